// The DDL statements of `metadata.createAll(engine)` / `dropAll` (SQLAlchemy's SchemaGenerator and
// SchemaDropper), as an ordered list the engine executes one by one (with DDL events and echo).
//
// API, for the engine:
//   planCreateAll(metadata, dialect, { tables?, tableExists?, typeExists? }): DDLElement[]
//   planDropAll(metadata, dialect, { tables?, tableExists?, typeExists? }): DDLElement[]
// `tables` limits the plan to those tables (default: every table, in definition order).
// `tableExists(name, schema)` / `typeExists(name, schema)` are checkfirst: the engine looks the
// names up first (Introspector.hasTable, or the PostgreSQL enum type names) and passes
// synchronous predicates; leave them out for checkfirst=false. `schema` is the table's schema, or
// undefined for the default one.
//
// createAll: native enum types (CREATE TYPE, PostgreSQL) of the MetaData's tables, in the order
// the columns name them (as SQLAlchemy's metadata events, whatever `tables` says); then each table in foreign-key order (ties in definition order), followed by
// its indexes and, where comments are separate statements (PostgreSQL), COMMENT ON TABLE/COLUMN;
// then ALTER TABLE … ADD CONSTRAINT for foreign keys set aside by useAlter or a cycle (only
// where the database has ALTER for constraints; elsewhere CREATE TABLE keeps them inline).
// dropAll: ALTER TABLE … DROP CONSTRAINT for those foreign keys, the tables in reverse order,
// then the enum types. A cycle through unnamed foreign keys cannot be dropped on a database
// with ALTER: CircularDependencyError, as in SQLAlchemy; without ALTER a warning and the
// tables in the given order.
import {
  AddConstraint,
  CircularDependencyError,
  CreateEnumType,
  CreateIndex,
  CreateTable,
  type DDLElement,
  type Dialect,
  DropConstraint,
  DropEnumType,
  DropTable,
  EnumType,
  type MetaData,
  SetColumnComment,
  SetTableComment,
  type SortedTables,
  sortTablesAndConstraints,
  type Table,
  TableCycleError,
  type TableImpl,
  TypeDecorator,
  type TypeEngine,
  warn,
} from '../internal';

export interface DDLPlanOptions {
  /** Only these tables (SQLAlchemy's `tables=`); default every table of the MetaData. */
  readonly tables?: readonly Table[];
  /** checkfirst: whether a table exists already (createAll skips it, dropAll drops only existing ones). */
  readonly tableExists?: (name: string, schema: string | undefined) => boolean;
  /** checkfirst for named enum types (PostgreSQL). */
  readonly typeExists?: (name: string, schema: string | undefined) => boolean;
}

/** The statements of createAll, in execution order. */
export function planCreateAll(
  metadata: MetaData,
  dialect: Dialect,
  options: DDLPlanOptions = {},
): DDLElement[] {
  const all = options.tables ?? Object.values(metadata.tables);
  const tables = all.filter((t) => !options.tableExists?.(t.name, t.schema));
  const sorted = sortTablesAndConstraints(tables);
  const plan: DDLElement[] = [];
  if (dialect.capabilities.namedEnumTypes) {
    // As SQLAlchemy's metadata-level events: every enum of the MetaData, in the order columns name them.
    for (const type of namedEnums(Object.values(metadata.tables), dialect)) {
      if (!options.typeExists?.(type.name as string, type.schema)) plan.push(new CreateEnumType(type));
    }
  }
  const alter = dialect.capabilities.alterTableConstraints;
  const separateComments = dialect.capabilities.comments && !dialect.capabilities.inlineComments;
  for (const { table, foreignKeys } of sorted.tables) {
    const impl = table as TableImpl;
    plan.push(new CreateTable(impl, alter ? { includeForeignKeyConstraints: foreignKeys } : {}));
    for (const index of impl.indexes) plan.push(new CreateIndex(index));
    if (separateComments) {
      if (impl.comment !== undefined) plan.push(new SetTableComment(impl));
      for (const column of impl.columnList) {
        if ((column as { comment?: string }).comment !== undefined) plan.push(new SetColumnComment(column));
      }
    }
  }
  if (alter) for (const constraint of sorted.remaining) plan.push(new AddConstraint(constraint));
  return plan;
}

/** The statements of dropAll, in execution order. */
export function planDropAll(
  metadata: MetaData,
  dialect: Dialect,
  options: DDLPlanOptions = {},
): DDLElement[] {
  const all = options.tables ?? Object.values(metadata.tables);
  const tables = options.tableExists ? all.filter((t) => options.tableExists?.(t.name, t.schema)) : [...all];
  const alter = dialect.capabilities.alterTableConstraints;
  let sorted: SortedTables;
  let reverse = true;
  try {
    // Only named foreign keys can be dropped with ALTER; the others must be honoured by the order.
    sorted = sortTablesAndConstraints(tables, {
      filter: (c) => (!alter || c.name === undefined ? false : undefined),
    });
  } catch (error) {
    if (!(error instanceof TableCycleError)) throw error;
    const names = error.tables.join(', ');
    if (!alter) {
      warn(
        `Can't sort tables for DROP; an unresolvable foreign key dependency exists between tables: ${names}; and backend does not support ALTER.  To restore at least a partial sort, apply useAlter: true to ForeignKey and ForeignKeyConstraint objects involved in the cycle to mark these as known cycles that will be ignored.`,
      );
      // SQLAlchemy then drops the tables in their given order.
      sorted = { tables: tables.map((table) => ({ table, foreignKeys: [] })), remaining: [] };
      reverse = false;
    } else {
      throw new CircularDependencyError(
        `Can't sort tables for DROP; an unresolvable foreign key dependency exists between tables: ${names}.  Please ensure that the ForeignKey and ForeignKeyConstraint objects involved in the cycle have names so that they can be dropped using DROP CONSTRAINT.`,
        { cause: error },
      );
    }
  }
  const plan: DDLElement[] = [];
  if (alter) for (const constraint of sorted.remaining) plan.push(new DropConstraint(constraint));
  const ordered = reverse ? [...sorted.tables].reverse() : sorted.tables;
  for (const { table } of ordered) plan.push(new DropTable(table as TableImpl));
  if (dialect.capabilities.namedEnumTypes) {
    for (const type of namedEnums(Object.values(metadata.tables), dialect)) {
      if (!options.typeExists || options.typeExists(type.name as string, type.schema))
        plan.push(new DropEnumType(type));
    }
  }
  return plan;
}

/** The native enum types the tables' columns use on `dialect`, once each by schema and name. */
function namedEnums(tables: readonly Table[], dialect: Dialect): EnumType[] {
  const found = new Map<string, EnumType>();
  for (const table of tables) {
    for (const column of table.columnList) {
      const type = nativeEnumOf(column.type, dialect);
      if (!type || type.name === undefined) continue;
      const key = `${type.schema ?? ''}.${type.name}`;
      if (!found.has(key)) found.set(key, type);
    }
  }
  return [...found.values()];
}

/** The enum a column stores on `dialect` (through variants, TypeDecorators and ARRAY items), if native. */
function nativeEnumOf(type: TypeEngine, dialect: Dialect): EnumType | undefined {
  let t = type.forDialect(dialect);
  if (t instanceof TypeDecorator) t = t.loadDialectImpl(dialect);
  const item = (t as { itemType?: TypeEngine }).itemType;
  if (item) return nativeEnumOf(item, dialect);
  return t instanceof EnumType && t.nativeEnum ? t : undefined;
}
