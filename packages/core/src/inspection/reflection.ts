// MetaData.reflect() and table reflection (SQLAlchemy's reflect / autoload_with): builds Table
// objects from what the Inspector reports — columns with their types, nullability, server
// defaults and comments, the primary key, foreign keys (reflecting the referred tables too),
// unique and check constraints, indexes and the table comment. Called by MetaData.
import {
  ArgumentError,
  CheckConstraint,
  Column,
  type ColumnOptions,
  type Connection,
  Engine,
  ForeignKeyConstraint,
  Index,
  Inspector,
  InvalidRequestError,
  type MetaData,
  NoSuchTableError,
  type ReflectedColumn,
  type ReflectedIndex,
  Table,
  type TableArg,
  text,
  UniqueConstraint,
} from '../internal';

/** Runs `fn` on a connection of `bind`; an Engine's is closed (rolled back) afterwards, as SQLAlchemy's inspection does. */
async function withConnection<T>(
  bind: Engine | Connection,
  fn: (conn: Connection) => Promise<T>,
): Promise<T> {
  if (!(bind instanceof Engine)) return fn(bind);
  await using conn = await bind.connect();
  return await fn(conn);
}

export interface ReflectOptions {
  /** Only these tables (names, or a predicate over name and metadata). Names that do not exist are an error. */
  readonly only?: readonly string[] | ((name: string, metadata: MetaData) => boolean);
  readonly schema?: string;
  /** Reflect views too. */
  readonly views?: boolean;
  /** Replace the columns of tables already in the MetaData (default: leave them alone). */
  readonly extendExisting?: boolean;
  /** Also reflect the tables that foreign keys refer to (default true). */
  readonly resolveFks?: boolean;
}

function referenceSpec(schema: string | null, table: string, column: string): string {
  return schema ? `${schema}.${table}.${column}` : `${table}.${column}`;
}

function reflectedColumn(column: ReflectedColumn, primaryKey: readonly string[]): TableArg {
  const options: ColumnOptions = {
    nullable: column.nullable,
    primaryKey: primaryKey.includes(column.name),
    ...(column.default !== null && column.default !== undefined && !column.computed
      ? { serverDefault: text(column.default) }
      : {}),
    ...(column.autoincrement !== undefined ? { autoincrement: column.autoincrement } : {}),
    ...(column.comment !== undefined && column.comment !== null ? { comment: column.comment } : {}),
  };
  return Column(column.name, column.type, options) as unknown as TableArg;
}

/** Whether an index only implements a constraint reflected separately (unique/PK). */
function duplicatesConstraint(index: ReflectedIndex): boolean {
  return index.duplicatesConstraint !== undefined;
}

/** Reflects one table into `metadata` (and the tables its foreign keys refer to, when resolveFks). */
export async function reflectTable(
  inspector: Inspector,
  metadata: MetaData,
  name: string,
  schema: string | undefined,
  options: { readonly extendExisting?: boolean; readonly resolveFks?: boolean } = {},
  seen: Set<string> = new Set(),
): Promise<Table> {
  const key = schema ? `${schema}.${name}` : name;
  const existing = metadata.tables[key];
  if (existing && !options.extendExisting) return existing;
  if (seen.has(key)) return existing as Table;
  seen.add(key);
  const columns = await inspector.getColumns(name, schema);
  if (columns.length === 0) throw new NoSuchTableError(name);
  const pk = await inspector.getPkConstraint(name, schema);
  const fks = await inspector.getForeignKeys(name, schema);
  const indexes = await inspector.getIndexes(name, schema);
  const uniques = await inspector.getUniqueConstraints(name, schema).catch(() => []);
  const checks = await inspector.getCheckConstraints(name, schema).catch(() => []);
  const comment = await inspector.getTableComment(name, schema).catch(() => ({ text: null }));
  if (options.resolveFks !== false) {
    for (const fk of fks) {
      const referredSchema = fk.referredSchema ?? schema;
      if (fk.referredTable === name && referredSchema === schema) continue;
      await reflectTable(inspector, metadata, fk.referredTable, referredSchema ?? undefined, options, seen);
    }
  }
  const args: TableArg[] = columns.map((c) => reflectedColumn(c, pk.constrainedColumns));
  for (const fk of fks) {
    args.push(
      ForeignKeyConstraint(
        fk.constrainedColumns,
        fk.referredColumns.map((c) => referenceSpec(fk.referredSchema, fk.referredTable, c)),
        {
          ...(fk.name ? { name: fk.name } : {}),
          ...(fk.options.ondelete ? { ondelete: fk.options.ondelete } : {}),
          ...(fk.options.onupdate ? { onupdate: fk.options.onupdate } : {}),
          ...(fk.options.deferrable !== undefined ? { deferrable: fk.options.deferrable } : {}),
          ...(fk.options.initially ? { initially: fk.options.initially } : {}),
        },
      ) as unknown as TableArg,
    );
  }
  for (const unique of uniques)
    args.push(
      UniqueConstraint(
        ...unique.columnNames,
        unique.name ? { name: unique.name } : {},
      ) as unknown as TableArg,
    );
  for (const check of checks)
    args.push(CheckConstraint(check.sqltext, check.name ? { name: check.name } : {}) as unknown as TableArg);
  for (const index of indexes) {
    if (duplicatesConstraint(index) || index.columnNames.some((c) => c === null)) continue;
    args.push(
      Index(index.name ?? undefined, ...(index.columnNames as string[]), {
        unique: index.unique,
      }) as unknown as TableArg,
    );
  }
  const tableOptions: Record<string, unknown> = {};
  if (schema !== undefined) tableOptions.schema = schema;
  if (comment.text !== null) tableOptions.comment = comment.text;
  if (existing) tableOptions.extendExisting = true;
  args.push(tableOptions as TableArg);
  return (Table as unknown as (name: string, metadata: MetaData, ...args: TableArg[]) => Table)(
    name,
    metadata,
    ...args,
  );
}

/** Loads table definitions from the database into `metadata` (SQLAlchemy's MetaData.reflect). */
export async function runReflect(
  metadata: MetaData,
  bind: Engine | Connection,
  options: ReflectOptions = {},
): Promise<void> {
  const schema = options.schema ?? metadata.schema;
  await withConnection(bind, async (conn) => {
    const inspector = new Inspector(conn);
    let available = await inspector.getTableNames(schema);
    if (options.views) available = [...available, ...(await inspector.getViewNames(schema))];
    let names: string[];
    if (options.only === undefined) names = available;
    else if (typeof options.only === 'function') {
      const test = options.only;
      names = available.filter((n) => test(n, metadata));
    } else {
      const missing = options.only.filter((n) => !available.includes(n));
      if (missing.length > 0)
        throw new InvalidRequestError(
          `Could not reflect: requested table(s) not available in ${conn.engine.url.render()}${schema ? ` schema '${schema}'` : ''}: (${missing.join(', ')})`,
        );
      names = [...options.only];
    }
    const seen = new Set<string>();
    for (const name of names)
      await reflectTable(
        inspector,
        metadata,
        name,
        schema,
        { extendExisting: options.extendExisting, resolveFks: options.resolveFks },
        seen,
      );
  });
}

/** Reflects one table by name (SQLAlchemy's `Table(name, metadata, autoload_with=engine)`). */
export async function reflectOneTable(
  metadata: MetaData,
  name: string,
  bind: Engine | Connection,
  options: {
    readonly schema?: string;
    readonly extendExisting?: boolean;
    readonly resolveFks?: boolean;
  } = {},
): Promise<Table> {
  if (!name) throw new ArgumentError('Table reflection needs a table name');
  return withConnection(bind, (conn) =>
    reflectTable(new Inspector(conn), metadata, name, options.schema ?? metadata.schema, options),
  );
}
