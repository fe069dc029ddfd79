// MySQL/MariaDB reflection (SQLAlchemy's MySQLDialect.get_* methods) over information_schema:
// tables, views, columns with their types mapped back to Retort types, keys, indexes, CHECKs,
// comments. MySQLDialect.introspector() creates one per connection; queries run on it and are echoed.
import {
  BIGINT,
  BINARY,
  BLOB,
  CHAR,
  DATE,
  DATETIME,
  DECIMAL,
  type DialectConnection,
  DOUBLE,
  Enum,
  FLOAT,
  INTEGER,
  type Introspector,
  NoSuchTableError,
  NULLTYPE,
  NUMERIC,
  type ReflectedCheckConstraint,
  type ReflectedColumn,
  type ReflectedForeignKeyConstraint,
  type ReflectedIndex,
  type ReflectedPrimaryKeyConstraint,
  type ReflectedTableComment,
  type ReflectedUniqueConstraint,
  SMALLINT,
  JSON as SqlJSON,
  TEXT,
  TIME,
  TIMESTAMP,
  type TypeEngine,
  text,
  UUID,
  VARBINARY,
  VARCHAR,
} from '@retort/core';
import {
  BIT,
  LONGBLOB,
  LONGTEXT,
  MEDIUMBLOB,
  MEDIUMINT,
  MEDIUMTEXT,
  SET,
  TINYBLOB,
  TINYINT,
  TINYTEXT,
} from './mysql-specific-types';

type Row = Readonly<Record<string, unknown>>;

/** `decimal(10,2) unsigned` → name, numeric arguments, the quoted values of ENUM/SET, flags. */
function parseColumnType(columnType: string): {
  name: string;
  args: number[];
  values: string[];
  unsigned: boolean;
} {
  const name = (/^\w+/.exec(columnType)?.[0] ?? '').toLowerCase();
  const inner = /^\w+\((.*)\)/.exec(columnType)?.[1] ?? '';
  const values = [...inner.matchAll(/'((?:[^']|'')*)'/g)].map((m) => (m[1] as string).replace(/''/g, "'"));
  const args = values.length > 0 || inner === '' ? [] : inner.split(',').map((n) => Number(n.trim()));
  return { name, args, values, unsigned: /\bunsigned\b/i.test(columnType) };
}

const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'mediumint', 'int', 'integer', 'bigint']);

/**
 * MySQL type names back to Retort types (SQLAlchemy's ischema_names): TINYINT(1) stays TINYINT, as
 * in SQLAlchemy; MariaDB's JSON (LONGTEXT checked by json_valid) reads as JSON; YEAR as NullType.
 */
function typeFromColumnType(columnType: string, isJson: boolean): TypeEngine {
  const { name, args, values, unsigned } = parseColumnType(columnType);
  const [first, second] = args;
  const fsp = first === undefined ? {} : { fsp: first };
  switch (name) {
    case 'tinyint':
      return TINYINT(first, unsigned ? { unsigned } : {});
    case 'mediumint':
      return MEDIUMINT(first, unsigned ? { unsigned } : {});
    case 'smallint':
      return SMALLINT();
    case 'int':
    case 'integer':
      return INTEGER();
    case 'bigint':
      return BIGINT();
    case 'decimal':
      return DECIMAL(first, second);
    case 'numeric':
      return NUMERIC(first, second);
    case 'float':
      return FLOAT();
    case 'double':
    case 'real':
      return DOUBLE();
    case 'char':
      return CHAR(first);
    case 'varchar':
      return VARCHAR(first);
    case 'tinytext':
      return TINYTEXT();
    case 'text':
      return TEXT();
    case 'mediumtext':
      return MEDIUMTEXT();
    case 'longtext':
      return isJson ? SqlJSON() : LONGTEXT();
    case 'json':
      return SqlJSON();
    case 'binary':
      return BINARY(first);
    case 'varbinary':
      return VARBINARY(first);
    case 'tinyblob':
      return TINYBLOB();
    case 'blob':
      return BLOB();
    case 'mediumblob':
      return MEDIUMBLOB();
    case 'longblob':
      return LONGBLOB();
    case 'bit':
      return BIT(first);
    case 'set':
      return SET(...values);
    case 'date':
      return DATE();
    case 'datetime':
      return DATETIME(fsp);
    case 'timestamp':
      return TIMESTAMP(fsp);
    case 'time':
      return TIME(fsp);
    case 'enum':
      return Enum(values);
    case 'uuid':
      return UUID();
    default:
      return NULLTYPE;
  }
}

const QUOTED_DEFAULT_TYPES =
  /^(char|varchar|tinytext|text|mediumtext|longtext|enum|set|date|datetime|timestamp|time|year|binary|varbinary)/;

function isNull(value: unknown): boolean {
  return value === null || value === undefined;
}

export class MySQLIntrospector implements Introspector {
  constructor(private readonly conn: DialectConnection) {}

  private get isMariaDB(): boolean {
    return this.conn.dialect.isMariaDB === true;
  }

  private async rows(sql: string, params: Readonly<Record<string, unknown>> = {}): Promise<readonly Row[]> {
    return (await this.conn.execute(text(sql), params)).mappings().all();
  }

  private quote(name: string): string {
    return `\`${name.replace(/`/g, '``')}\``;
  }

  /** The schema a name without one resolves to: the connection's database. */
  private async schemaOf(schema: string | undefined): Promise<string> {
    if (schema !== undefined) return schema;
    return this.conn.dialect.defaultSchemaName || ((await this.getDefaultSchemaName()) ?? '');
  }

  /** The schema of an existing table or view, or NoSuchTableError. */
  private async requireTable(tableName: string, schema: string | undefined): Promise<string> {
    const resolved = await this.schemaOf(schema);
    const found = await this.rows(
      'SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema AND TABLE_NAME = :table_name',
      { schema: resolved, table_name: tableName },
    );
    if (found.length === 0)
      throw new NoSuchTableError(schema === undefined ? tableName : `${schema}.${tableName}`);
    return resolved;
  }

  async getDefaultSchemaName(): Promise<string | undefined> {
    const value = (await this.conn.execDriverSql('SELECT DATABASE()')).scalar();
    return isNull(value) ? undefined : globalThis.String(value);
  }

  async getSchemaNames(): Promise<string[]> {
    const rows = await this.rows('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME');
    return rows.map((r) => globalThis.String(r.SCHEMA_NAME));
  }

  private async tablesOfType(types: readonly string[], schema: string | undefined): Promise<string[]> {
    const rows = await this.rows(
      `SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema AND TABLE_TYPE IN (${types
        .map((t) => `'${t}'`)
        .join(', ')}) ORDER BY TABLE_NAME`,
      { schema: await this.schemaOf(schema) },
    );
    return rows.map((r) => globalThis.String(r.TABLE_NAME));
  }

  getTableNames(schema?: string): Promise<string[]> {
    return this.tablesOfType(['BASE TABLE', 'SYSTEM VERSIONED'], schema);
  }

  getViewNames(schema?: string): Promise<string[]> {
    return this.tablesOfType(['VIEW'], schema);
  }

  /** The view's CREATE statement as SHOW CREATE VIEW prints it (SQLAlchemy returns the same). */
  async getViewDefinition(viewName: string, schema?: string): Promise<string> {
    const resolved = await this.requireTable(viewName, schema);
    const rows = (
      await this.conn.execDriverSql(`SHOW CREATE VIEW ${this.quote(resolved)}.${this.quote(viewName)}`)
    ).all();
    return globalThis.String(rows[0]?.[1]);
  }

  async getColumns(tableName: string, schema?: string): Promise<ReflectedColumn[]> {
    const resolved = await this.requireTable(tableName, schema);
    const params = { schema: resolved, table_name: tableName };
    const rows = await this.rows(
      `SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION
FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = :schema AND TABLE_NAME = :table_name ORDER BY ORDINAL_POSITION`,
      params,
    );
    // MariaDB's JSON is LONGTEXT with a column CHECK (json_valid(`col`)); such columns reflect as JSON.
    const jsonColumns = new Set<string>();
    if (this.isMariaDB) {
      const checks = await this.rows(
        `SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = :schema AND TABLE_NAME = :table_name AND LEVEL = 'Column'`,
        params,
      );
      for (const check of checks)
        if (/^json_valid\(`(?:[^`]|``)+`\)$/.test(globalThis.String(check.CHECK_CLAUSE)))
          jsonColumns.add(globalThis.String(check.CONSTRAINT_NAME));
    }
    return rows.map((row) => this.column(row, jsonColumns));
  }

  private column(row: Row, jsonColumns: ReadonlySet<string>): ReflectedColumn {
    const name = globalThis.String(row.COLUMN_NAME);
    const columnType = globalThis.String(row.COLUMN_TYPE);
    const extra = globalThis.String(row.EXTRA ?? '').toLowerCase();
    const generated =
      /\b(virtual|stored|persistent) generated\b/.test(extra) || /^(virtual|persistent|stored)$/.test(extra);
    let rawDefault = isNull(row.COLUMN_DEFAULT) ? null : globalThis.String(row.COLUMN_DEFAULT);
    // MariaDB writes defaults as SQL (`'abc'`, `NULL`, `current_timestamp()`); MySQL 8 writes literals bare.
    if (rawDefault === 'NULL') rawDefault = null;
    if (
      rawDefault !== null &&
      !this.isMariaDB &&
      !extra.includes('default_generated') &&
      QUOTED_DEFAULT_TYPES.test(columnType)
    )
      rawDefault = `'${rawDefault.replace(/'/g, "''")}'`;
    const comment = globalThis.String(row.COLUMN_COMMENT ?? '');
    const parsed = parseColumnType(columnType);
    const expression = isNull(row.GENERATION_EXPRESSION) ? '' : globalThis.String(row.GENERATION_EXPRESSION);
    return {
      name,
      type: typeFromColumnType(columnType, jsonColumns.has(name)),
      nullable: row.IS_NULLABLE === 'YES',
      default: generated ? null : rawDefault,
      // As SQLAlchemy: only integer columns say whether they autoincrement.
      ...(INTEGER_TYPES.has(parsed.name) ? { autoincrement: extra.includes('auto_increment') } : {}),
      comment: comment === '' ? null : comment,
      ...(generated && expression !== ''
        ? { computed: { sqltext: expression, persisted: /stored|persistent/.test(extra) } }
        : {}),
    };
  }

  private async statistics(resolved: string, tableName: string): Promise<readonly Row[]> {
    return this.rows(
      `SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, INDEX_TYPE, COLLATION
FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = :schema AND TABLE_NAME = :table_name
ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
      { schema: resolved, table_name: tableName },
    );
  }

  /** MySQL names every primary key PRIMARY; as SQLAlchemy, the name is reported as null. */
  async getPkConstraint(tableName: string, schema?: string): Promise<ReflectedPrimaryKeyConstraint> {
    const resolved = await this.requireTable(tableName, schema);
    const rows = (await this.statistics(resolved, tableName)).filter((r) => r.INDEX_NAME === 'PRIMARY');
    return { constrainedColumns: rows.map((r) => globalThis.String(r.COLUMN_NAME)), name: null };
  }

  async getForeignKeys(tableName: string, schema?: string): Promise<ReflectedForeignKeyConstraint[]> {
    const resolved = await this.requireTable(tableName, schema);
    const rows = await this.rows(
      `SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME,
  k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
WHERE k.TABLE_SCHEMA = :schema AND k.TABLE_NAME = :table_name AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
      { schema: resolved, table_name: tableName },
    );
    const byName = new Map<string, Row[]>();
    for (const row of rows) {
      const name = globalThis.String(row.CONSTRAINT_NAME);
      byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    return [...byName].map(([name, parts]) => {
      const first = parts[0] as Row;
      const options: { onupdate?: string; ondelete?: string } = {};
      // RESTRICT is the default; SHOW CREATE TABLE (which SQLAlchemy parses) leaves it out.
      if (first.UPDATE_RULE !== 'RESTRICT') options.onupdate = globalThis.String(first.UPDATE_RULE);
      if (first.DELETE_RULE !== 'RESTRICT') options.ondelete = globalThis.String(first.DELETE_RULE);
      const referredSchema = globalThis.String(first.REFERENCED_TABLE_SCHEMA);
      return {
        name,
        constrainedColumns: parts.map((p) => globalThis.String(p.COLUMN_NAME)),
        referredSchema: schema === undefined && referredSchema === resolved ? null : referredSchema,
        referredTable: globalThis.String(first.REFERENCED_TABLE_NAME),
        referredColumns: parts.map((p) => globalThis.String(p.REFERENCED_COLUMN_NAME)),
        options,
      };
    });
  }

  async getIndexes(tableName: string, schema?: string): Promise<ReflectedIndex[]> {
    const resolved = await this.requireTable(tableName, schema);
    const byName = new Map<string, Row[]>();
    for (const row of await this.statistics(resolved, tableName)) {
      const name = globalThis.String(row.INDEX_NAME);
      if (name !== 'PRIMARY') byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    return [...byName].map(([name, parts]) => {
      const first = parts[0] as Row;
      const unique = Number(first.NON_UNIQUE) === 0;
      const lengths: Record<string, number> = {};
      const sorting: Record<string, 'desc'[]> = {};
      for (const part of parts) {
        const column = globalThis.String(part.COLUMN_NAME);
        if (!isNull(part.SUB_PART)) lengths[column] = Number(part.SUB_PART);
        if (part.COLLATION === 'D') sorting[column] = ['desc'];
      }
      const dialectOptions: Record<string, unknown> = {};
      if (Object.keys(lengths).length > 0) dialectOptions.mysql_length = lengths;
      const indexType = globalThis.String(first.INDEX_TYPE);
      if (indexType === 'FULLTEXT' || indexType === 'SPATIAL') dialectOptions.mysql_prefix = indexType;
      return {
        name,
        columnNames: parts.map((p) => (isNull(p.COLUMN_NAME) ? null : globalThis.String(p.COLUMN_NAME))),
        unique,
        ...(unique ? { duplicatesConstraint: name } : {}),
        ...(Object.keys(sorting).length > 0 ? { columnSorting: sorting } : {}),
        ...(Object.keys(dialectOptions).length > 0 ? { dialectOptions } : {}),
      };
    });
  }

  /** MySQL keeps unique constraints as unique indexes; each is reported as both, as SQLAlchemy does. */
  async getUniqueConstraints(tableName: string, schema?: string): Promise<ReflectedUniqueConstraint[]> {
    const indexes = await this.getIndexes(tableName, schema);
    return indexes
      .filter((index) => index.unique)
      .map((index) => ({
        name: index.name,
        columnNames: index.columnNames.map((c) => globalThis.String(c)),
        ...(index.name === null ? {} : { duplicatesIndex: index.name }),
      }));
  }

  async getCheckConstraints(tableName: string, schema?: string): Promise<ReflectedCheckConstraint[]> {
    const resolved = await this.requireTable(tableName, schema);
    // MariaDB lists column-level CHECKs too (JSON's json_valid); SHOW CREATE TABLE shows those inline, not as constraints.
    const rows = await this.rows(
      `SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = :schema AND TABLE_NAME = :table_name${this.isMariaDB ? " AND LEVEL = 'Table'" : ''}
ORDER BY CONSTRAINT_NAME`,
      { schema: resolved, table_name: tableName },
    );
    return rows.map((row) => ({
      name: globalThis.String(row.CONSTRAINT_NAME),
      sqltext: globalThis.String(row.CHECK_CLAUSE),
    }));
  }

  async getTableComment(tableName: string, schema?: string): Promise<ReflectedTableComment> {
    const resolved = await this.requireTable(tableName, schema);
    const rows = await this.rows(
      'SELECT TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = :schema AND TABLE_NAME = :table_name',
      { schema: resolved, table_name: tableName },
    );
    const comment = globalThis.String(rows[0]?.TABLE_COMMENT ?? '');
    return { text: comment === '' ? null : comment };
  }

  /**
   * SQLAlchemy's check, word for word (ECHO.md §5): ``DESCRIBE `db`.`t` `` as raw SQL; the server's
   * "no such table" (1146) or "no such database" (1049) answers false.
   */
  async hasTable(tableName: string, schema?: string): Promise<boolean> {
    const resolved = await this.schemaOf(schema);
    try {
      const result = await this.conn.execDriverSql(
        `DESCRIBE ${this.quote(resolved)}.${this.quote(tableName)}`,
      );
      return result.all().length > 0;
    } catch (error) {
      const errno = (error as { orig?: { errno?: unknown } }).orig?.errno;
      if (errno === 1146 || errno === 1049) return false;
      throw error;
    }
  }

  async hasIndex(tableName: string, indexName: string, schema?: string): Promise<boolean> {
    const resolved = await this.requireTable(tableName, schema);
    return (await this.statistics(resolved, tableName)).some((r) => r.INDEX_NAME === indexName);
  }

  /** MariaDB has sequences (10.3+); MySQL has none. */
  async hasSequence(sequenceName: string, schema?: string): Promise<boolean> {
    if (!this.isMariaDB) return false;
    const rows = await this.rows(
      "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'SEQUENCE' AND TABLE_NAME = :name AND TABLE_SCHEMA = :schema",
      { name: sequenceName, schema: await this.schemaOf(schema) },
    );
    return rows.length > 0;
  }

  /** MySQL has no named types (ENUM is per column). */
  async hasType(_typeName: string, _schema?: string): Promise<boolean> {
    return false;
  }
}
