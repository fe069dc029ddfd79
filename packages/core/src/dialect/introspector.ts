// What a dialect's reflection returns (SQLAlchemy's Inspector API, per dialect, camelCase keys).
// Each dialect package implements Introspector over a DialectConnection; core's Inspector
// (`inspect(engine)`) and MetaData.reflect() build on it. Every method takes the schema
// (undefined = the connection's default schema) and rejects with NoSuchTableError for a
// table that does not exist.
import type { TypeEngine } from '../types/type-engine';

export interface ReflectedComputed {
  readonly sqltext: string;
  readonly persisted?: boolean;
}

export interface ReflectedIdentity {
  readonly always: boolean;
  readonly start?: number;
  readonly increment?: number;
}

export interface ReflectedColumn {
  readonly name: string;
  /** The column's type as the dialect maps it (a generic or dialect-specific TypeEngine; NullType when unknown). */
  readonly type: TypeEngine;
  readonly nullable: boolean;
  /** The server default as SQL text (`'0'`, `nextval('t_id_seq'::regclass)`, `CURRENT_TIMESTAMP`), or null. */
  readonly default: string | null;
  /** True when the database generates values (SERIAL, AUTO_INCREMENT, INTEGER PRIMARY KEY on SQLite). */
  readonly autoincrement?: boolean;
  readonly comment?: string | null;
  readonly computed?: ReflectedComputed;
  readonly identity?: ReflectedIdentity;
  /** Dialect-specific extras (`{ mysql: { collation } }`). */
  readonly dialectOptions?: Readonly<Record<string, unknown>>;
}

export interface ReflectedPrimaryKeyConstraint {
  readonly constrainedColumns: readonly string[];
  readonly name: string | null;
  readonly comment?: string | null;
}

export interface ReflectedForeignKeyConstraint {
  readonly name: string | null;
  readonly constrainedColumns: readonly string[];
  readonly referredSchema: string | null;
  readonly referredTable: string;
  readonly referredColumns: readonly string[];
  readonly options: {
    readonly onupdate?: string;
    readonly ondelete?: string;
    readonly deferrable?: boolean;
    readonly initially?: string;
    readonly match?: string;
  };
  readonly comment?: string | null;
}

export interface ReflectedIndex {
  readonly name: string | null;
  /** Column names in index order; null for an expression element (see `expressions`). */
  readonly columnNames: readonly (string | null)[];
  /** The SQL of each element when some are expressions. */
  readonly expressions?: readonly string[];
  readonly unique: boolean;
  /** Set when the index is the implementation of a unique constraint of that name (MySQL, PostgreSQL). */
  readonly duplicatesConstraint?: string;
  readonly includeColumns?: readonly string[];
  readonly columnSorting?: Readonly<
    Record<string, readonly ('asc' | 'desc' | 'nulls_first' | 'nulls_last')[]>
  >;
  readonly dialectOptions?: Readonly<Record<string, unknown>>;
}

export interface ReflectedUniqueConstraint {
  readonly name: string | null;
  readonly columnNames: readonly string[];
  /** Set when an index of that name implements the constraint. */
  readonly duplicatesIndex?: string;
  readonly comment?: string | null;
}

export interface ReflectedCheckConstraint {
  readonly name: string | null;
  readonly sqltext: string;
  readonly comment?: string | null;
}

export interface ReflectedTableComment {
  readonly text: string | null;
}

/** A dialect's reflection queries over one connection (SQLAlchemy's Dialect.get_* methods). */
export interface Introspector {
  /** The schema that unqualified names resolve to (`public`, the MySQL database, `main`). */
  getDefaultSchemaName(): Promise<string | undefined>;
  getSchemaNames(): Promise<string[]>;
  /** Table names (not views), sorted by name. */
  getTableNames(schema?: string): Promise<string[]>;
  getViewNames(schema?: string): Promise<string[]>;
  getViewDefinition(viewName: string, schema?: string): Promise<string>;
  getColumns(tableName: string, schema?: string): Promise<ReflectedColumn[]>;
  getPkConstraint(tableName: string, schema?: string): Promise<ReflectedPrimaryKeyConstraint>;
  getForeignKeys(tableName: string, schema?: string): Promise<ReflectedForeignKeyConstraint[]>;
  getIndexes(tableName: string, schema?: string): Promise<ReflectedIndex[]>;
  getUniqueConstraints(tableName: string, schema?: string): Promise<ReflectedUniqueConstraint[]>;
  getCheckConstraints(tableName: string, schema?: string): Promise<ReflectedCheckConstraint[]>;
  getTableComment(tableName: string, schema?: string): Promise<ReflectedTableComment>;
  /**
   * Whether a table or view exists. Used by createAll/dropAll's checkfirst; the statements it runs
   * are the echo-visible ones of ECHO.md §5 (PRAGMA main.table_info, the pg_class query, DESCRIBE).
   */
  hasTable(tableName: string, schema?: string): Promise<boolean>;
  hasIndex(tableName: string, indexName: string, schema?: string): Promise<boolean>;
  /** Sequences (PostgreSQL); false where the database has none. */
  hasSequence(sequenceName: string, schema?: string): Promise<boolean>;
  /** Named types such as PostgreSQL ENUMs (createAll's CREATE TYPE checkfirst); false elsewhere. */
  hasType(typeName: string, schema?: string): Promise<boolean>;
}
