// Table('users', metadata, Column(...), ...): a database table (SQLAlchemy's schema.Table) with
// typed column access (`users.c.name`), constraints, indexes and dialect options. Registered in
// its MetaData under its full name; compared by identity in cache keys.
import {
  ArgumentError,
  BooleanType,
  CheckConstraintImpl,
  type Column,
  ColumnImpl,
  type ColumnMap,
  type ColumnsByKey,
  type Constraint,
  callableClass,
  type Delete,
  type Dialect,
  DuplicateColumnError,
  delete_,
  EnumType,
  type ForeignKey,
  ForeignKeyConstraintImpl,
  FromClause,
  IndexImpl,
  type Insert,
  Integer,
  InvalidRequestError,
  identityToken,
  insert,
  type KeyBuilder,
  type MetaData,
  PrimaryKeyConstraintImpl,
  Select,
  type TypeEngine,
  typeCoerce,
  UniqueConstraintImpl,
  type Update,
  update,
  validateDialectOptions,
} from '../internal';

/** MySQL/MariaDB table options become `KEY=value` after CREATE TABLE's parenthesis (mysqlRowFormat → ROW_FORMAT=…). */
type MySQLTableOption = `mysql${Capitalize<string>}` | `mariadb${Capitalize<string>}`;

export interface TableOptions {
  readonly schema?: string;
  readonly comment?: string;
  readonly info?: Readonly<Record<string, unknown>>;
  /** Add these columns and options to the Table of the same name already in the MetaData (SQLAlchemy's extend_existing). */
  readonly extendExisting?: boolean;
  /** Return the Table already in the MetaData unchanged, ignoring these arguments (SQLAlchemy's keep_existing). */
  readonly keepExisting?: boolean;
  readonly mysqlEngine?: string;
  readonly mysqlCharset?: string;
  readonly mysqlCollate?: string;
  readonly mysqlDefaultCharset?: string;
  readonly mysqlRowFormat?: string;
  /** `PARTITION BY RANGE (id)`. */
  readonly postgresqlPartitionBy?: string;
  readonly postgresqlInherits?: string | readonly string[];
  readonly postgresqlUsing?: string;
  readonly postgresqlWithOids?: boolean;
  readonly postgresqlOnCommit?: 'preserve_rows' | 'delete_rows' | 'drop';
  readonly postgresqlTablespace?: string;
  /** `INTEGER PRIMARY KEY AUTOINCREMENT` (never reuse rowids). */
  readonly sqliteAutoincrement?: boolean;
  /** false: `WITHOUT ROWID`. */
  readonly sqliteWithRowid?: boolean;
  readonly sqliteStrict?: boolean;
  readonly [mysqlOption: MySQLTableOption]: unknown;
}

const TABLE_OPTION_KEYS: ReadonlySet<string> = new Set([
  'schema',
  'comment',
  'info',
  'extendExisting',
  'keepExisting',
]);

/** What `Table(name, metadata, ...)` accepts after the MetaData. */
export type TableArg = Column<string, unknown> | Constraint | IndexImpl | TableOptions;

export class TableImpl<N extends string = string, C extends ColumnMap = ColumnMap> extends FromClause<C> {
  readonly kind = 'table' as const;
  readonly c: C;
  readonly schema: string | undefined;
  comment: string | undefined;
  info: Readonly<Record<string, unknown>>;
  /** Dialect options by their camelCase name (`mysqlEngine`), checked when the table is made. */
  dialectOptions: Readonly<Record<string, unknown>>;
  readonly primaryKey: PrimaryKeyConstraintImpl;
  readonly constraints: Constraint[] = [];
  readonly indexes: IndexImpl[] = [];
  private readonly identity = identityToken('T');

  constructor(
    readonly name: N,
    readonly metadata: MetaData,
    args: readonly TableArg[] = [],
  ) {
    super();
    if (!name) throw new ArgumentError('Table() needs a name');
    const { columns, items, options } = parseArgs(name, args);
    this.schema = options.schema ?? metadata.schema;
    if (metadata.tables[this.fullname]) {
      throw new InvalidRequestError(
        `Table '${this.fullname}' is already defined for this MetaData instance.  Specify { extendExisting: true } to redefine options and columns on an existing Table object.`,
      );
    }
    this.comment = options.comment;
    this.info = options.info ?? {};
    this.dialectOptions = validateDialectOptions(
      'Table',
      options as Readonly<Record<string, unknown>>,
      TABLE_OPTION_KEYS,
    );
    this.c = {} as C;
    const explicitPk = items.find(
      (i): i is PrimaryKeyConstraintImpl => i instanceof PrimaryKeyConstraintImpl,
    );
    this.primaryKey = explicitPk ?? new PrimaryKeyConstraintImpl();
    for (const column of columns) this.addColumn(column, false);
    this.primaryKey.attach(this as unknown as TableImpl);
    this.syncPrimaryKey();
    metadata.applyNamingConvention(this.primaryKey);
    for (const column of columns) this.attachColumnItems(column);
    for (const item of items) {
      if (item === explicitPk) continue;
      if (item instanceof IndexImpl) this.appendIndex(item);
      else this.appendConstraint(item);
    }
    metadata.addTable(this as unknown as TableImpl);
  }

  get fromName(): string {
    return this.name;
  }

  /** `schema.name`, or the name. */
  get fullname(): string {
    return this.schema ? `${this.schema}.${this.name}` : this.name;
  }

  override get foreignKeys(): readonly ForeignKey[] {
    return this.columnList.flatMap((c) => (c as ColumnImpl).foreignKeys);
  }

  get foreignKeyConstraints(): readonly ForeignKeyConstraintImpl[] {
    return this.constraints.filter(
      (c): c is ForeignKeyConstraintImpl => c instanceof ForeignKeyConstraintImpl,
    );
  }

  override get columnList(): readonly Column[] {
    return Object.values(this.c) as Column[];
  }

  /**
   * The column the database numbers itself (SERIAL, AUTO_INCREMENT, the SQLite rowid), by
   * SQLAlchemy's rules: the single integer primary key column without a foreign key, client
   * default or server default, or the one marked `autoincrement: true`.
   */
  get autoincrementColumn(): Column | undefined {
    const pk = this.primaryKey.columns as readonly ColumnImpl[];
    if (pk.length === 1) {
      const only = pk[0] as ColumnImpl;
      if (only.autoincrement === true) return validAutoincrement(only, true) ? only : undefined;
      if (
        (only.autoincrement === 'auto' || only.autoincrement === 'ignore_fk') &&
        validAutoincrement(only, false)
      )
        return only;
      return undefined;
    }
    let found: ColumnImpl | undefined;
    for (const column of pk) {
      if (column.autoincrement !== true) continue;
      validAutoincrement(column, true);
      if (found) {
        throw new ArgumentError(
          `Only one Column may be marked autoincrement=True, found both ${column.name} and ${found.name}.`,
        );
      }
      found = column;
    }
    return found;
  }

  /** The column with this key (`table.c[key]`), if any. */
  columnByKey(key: string): Column | undefined {
    return Object.hasOwn(this.c, key) ? (this.c as unknown as Record<string, Column>)[key] : undefined;
  }

  /** The column with this key, else this SQL name; an ArgumentError naming the columns when there is none. */
  columnByKeyOrName(spec: string): Column {
    const found = this.columnByKey(spec) ?? this.columnList.find((c) => c.name === spec);
    if (!found) {
      throw new ArgumentError(
        `Table '${this.name}' has no column '${spec}' (columns: ${this.columnList.map((c) => c.columnKey).join(', ')})`,
      );
    }
    return found;
  }

  appendConstraint(constraint: Constraint): void {
    if (constraint.table === (this as unknown)) return;
    constraint.attach(this as unknown as TableImpl);
    this.constraints.push(constraint);
    this.metadata.applyNamingConvention(constraint);
  }

  appendIndex(index: IndexImpl): void {
    if (index.table === (this as unknown)) return;
    if (index.table)
      throw new ArgumentError(`Index '${index.name}' is already associated with table '${index.table.name}'`);
    index.attach(this as unknown as TableImpl);
    this.indexes.push(index);
    this.metadata.applyNamingConvention(index);
  }

  /** `SELECT … FROM this` (SQLAlchemy's `table.select()`). */
  select(): Select<readonly [TableImpl<N, C>]> {
    return new Select([this]) as Select<readonly [TableImpl<N, C>]>;
  }

  /** `INSERT INTO this …` (SQLAlchemy's `table.insert()`). */
  insert(): Insert<TableImpl<N, C>> {
    return insert(this as TableImpl<N, C>);
  }

  /** `UPDATE this …` (SQLAlchemy's `table.update()`). */
  update(): Update<TableImpl<N, C>> {
    return update(this as TableImpl<N, C>);
  }

  /** `DELETE FROM this …` (SQLAlchemy's `table.delete()`). */
  delete(): Delete<TableImpl<N, C>> {
    return delete_(this as TableImpl<N, C>);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(this.identity);
  }

  addFromKey(builder: KeyBuilder): void {
    builder.push(this.identity);
  }

  /** @internal extendExisting: new columns replace those of the same key, the rest is appended. */
  extend(
    columns: readonly ColumnImpl[],
    items: readonly (Constraint | IndexImpl)[],
    options: TableOptions,
  ): void {
    if (options.comment !== undefined) this.comment = options.comment;
    if (options.info !== undefined) this.info = options.info;
    this.dialectOptions = {
      ...this.dialectOptions,
      ...validateDialectOptions('Table', options as Readonly<Record<string, unknown>>, TABLE_OPTION_KEYS),
    };
    for (const column of columns) this.addColumn(column, true);
    this.syncPrimaryKey();
    for (const column of columns) this.attachColumnItems(column);
    for (const item of items) {
      if (item instanceof IndexImpl) this.appendIndex(item);
      else if (item instanceof PrimaryKeyConstraintImpl) {
        this.primaryKey.setColumns(item.columns.length ? [...item.columns] : []);
      } else this.appendConstraint(item);
    }
  }

  private addColumn(column: ColumnImpl, replace: boolean): void {
    if (column.table && column.table !== (this as unknown)) {
      throw new ArgumentError(
        `Column object '${column.name}' already assigned to Table '${column.table.name}'; use column.copy() to reuse it`,
      );
    }
    const byKey = this.c as unknown as Record<string, ColumnImpl>;
    if (Object.hasOwn(byKey, column.columnKey) && !replace) {
      throw new DuplicateColumnError(
        `A column with name '${column.columnKey}' is already present in table '${this.name}'.`,
      );
    }
    byKey[column.columnKey] = column;
    column.table = this as unknown as TableImpl;
  }

  /**
   * The primary key: an explicit PrimaryKeyConstraint marks its columns, else the columns
   * marked `primaryKey: true` form it; primary key columns are NOT NULL unless `nullable: true`.
   */
  private syncPrimaryKey(): void {
    const pk = this.primaryKey;
    if (!pk.explicit) pk.setColumns(this.columnList.filter((c) => (c as ColumnImpl).primaryKey));
    for (const column of pk.columns as readonly ColumnImpl[]) column.markPrimaryKey();
  }

  private attachColumnItems(column: ColumnImpl): void {
    for (const fk of column.foreignKeys) {
      if (!fk.constraint) {
        const constraint = new ForeignKeyConstraintImpl([column], [fk.targetFullname], { ...fk.options }, [
          fk,
        ]);
        this.appendConstraint(constraint);
      } else if (!fk.constraint.table) this.appendConstraint(fk.constraint);
    }
    for (const constraint of column.constraints) {
      if (constraint instanceof CheckConstraintImpl) {
        // A CHECK given to a Column is column-level: CREATE TABLE renders it after the column.
        constraint.columnLevel = true;
        constraint.attach(this as unknown as TableImpl);
        this.metadata.applyNamingConvention(constraint);
      } else this.appendConstraint(constraint);
    }
    // As in SQLAlchemy: `index: true` makes an index (unique when `unique: true`); `unique` alone a constraint.
    if (column.indexed) this.appendIndex(new IndexImpl(undefined, [column], { unique: column.unique }));
    else if (column.unique) this.appendConstraint(new UniqueConstraintImpl([column]));
    const check = typeBoundCheck(column);
    if (check) this.appendConstraint(check);
  }
}

/** SQLAlchemy's _validate_autoinc: integer (or numeric) type, no client or server default, no foreign key. */
function validAutoincrement(column: ColumnImpl, explicit: boolean): boolean {
  const affinity = column.type.affinity;
  const numeric =
    affinity === 'integer' || affinity === 'biginteger' || affinity === 'numeric' || affinity === 'float';
  if (!numeric) {
    if (explicit) {
      throw new ArgumentError(
        `Column type ${describeType(column.type)} on column '${column.table?.name}.${column.name}' is not compatible with autoincrement=True`,
      );
    }
    return false;
  }
  if (explicit) return true;
  if (column.default !== undefined || column.serverDefault !== undefined) return false;
  if (column.foreignKeys.length > 0 && column.autoincrement !== 'ignore_fk') return false;
  return true;
}

function describeType(type: TypeEngine): string {
  return type.toString();
}

/** The CHECK of a Boolean or Enum column with `createConstraint` (only where the type is not native). */
function typeBoundCheck(column: ColumnImpl): CheckConstraintImpl | undefined {
  const type = column.type;
  if (type instanceof BooleanType && type.createConstraint) {
    const check = new CheckConstraintImpl(typeCoerce(column, Integer()).in([0, 1]), { name: type.name });
    check.typeBound = { column, applies: (dialect: Dialect) => !dialect.capabilities.nativeBoolean };
    return check;
  }
  if (type instanceof EnumType && type.createConstraint) {
    const check = new CheckConstraintImpl(column.in([...type.storedValues] as never[]), { name: type.name });
    check.typeBound = {
      column,
      applies: (dialect: Dialect) => !(type.nativeEnum && dialect.capabilities.nativeEnum),
    };
    return check;
  }
  return undefined;
}

function parseArgs(
  name: string,
  args: readonly TableArg[],
): { columns: ColumnImpl[]; items: (Constraint | IndexImpl)[]; options: TableOptions } {
  const columns: ColumnImpl[] = [];
  const items: (Constraint | IndexImpl)[] = [];
  let options: TableOptions = {};
  for (const arg of args) {
    if (arg instanceof ColumnImpl) columns.push(arg);
    else if (arg instanceof IndexImpl || (typeof arg === 'object' && arg !== null && 'isConstraint' in arg)) {
      items.push(arg as Constraint | IndexImpl);
    } else if (typeof arg === 'object' && arg !== null) options = { ...options, ...(arg as TableOptions) };
    else throw new ArgumentError(`Table('${name}') got an unexpected argument ${String(arg)}`);
  }
  return { columns, items, options };
}

function hasOptionsBeyondSchema(options: TableOptions): boolean {
  return Object.keys(options).some(
    (k) =>
      k !== 'schema' && k !== 'extendExisting' && k !== 'keepExisting' && options[k as never] !== undefined,
  );
}

/** A table (SQLAlchemy's Table); callable with or without `new`. */
export type Table<N extends string = string, C extends ColumnMap = ColumnMap> = TableImpl<N, C>;

type ColumnsOf<A extends readonly TableArg[]> = ColumnsByKey<Extract<A[number], Column<string, unknown>>>;

export interface TableFactory {
  <const N extends string, const A extends readonly TableArg[]>(
    name: N,
    metadata: MetaData,
    ...args: A
  ): Table<N, ColumnsOf<A>>;
  new <const N extends string, const A extends readonly TableArg[]>(
    name: N,
    metadata: MetaData,
    ...args: A
  ): Table<N, ColumnsOf<A>>;
}

/**
 * The Table already in `metadata` under this name, when the call means to reuse it: no columns or
 * options given, `keepExisting`, or `extendExisting` (which first adds what is given), as in SQLAlchemy.
 */
function reuseExisting(name: string, metadata: MetaData, args: readonly TableArg[]): TableImpl | undefined {
  const { columns, items, options } = parseArgs(name, args);
  const schema = options.schema ?? metadata.schema;
  const existing = metadata.tables[schema ? `${schema}.${name}` : name] as TableImpl | undefined;
  if (!existing) return undefined;
  const given = columns.length > 0 || items.length > 0 || hasOptionsBeyondSchema(options);
  if (options.keepExisting || !given) return existing;
  if (!options.extendExisting) return undefined;
  existing.extend(columns, items, options);
  return existing;
}

export const Table: TableFactory = callableClass<TableFactory>(TableImpl, (...args: unknown[]) => {
  const [name, metadata, ...rest] = args as [string, MetaData, ...TableArg[]];
  return reuseExisting(name, metadata, rest) ?? new TableImpl(name, metadata, rest);
});
