// Table-level constraints (SQLAlchemy's PrimaryKeyConstraint, UniqueConstraint, CheckConstraint,
// ForeignKeyConstraint). Columns may be named before the table exists; they resolve by key when
// the constraint is attached, and a missing one is a ConstraintColumnNotFoundError then.
import {
  ArgumentError,
  type ClauseElement,
  type Column,
  ColumnElement,
  ConstraintColumnNotFoundError,
  callableClass,
  type Dialect,
  ForeignKeyImpl,
  type ForeignKeyOptions,
  type Table,
  text,
  validateDialectOptions,
} from '../internal';

export interface ConstraintOptions {
  readonly name?: string;
  readonly deferrable?: boolean;
  readonly initially?: string;
  /** Free-form data for applications. */
  readonly info?: Readonly<Record<string, unknown>>;
  /** PostgreSQL: `INCLUDE (…)` columns of a UNIQUE or PRIMARY KEY constraint. */
  readonly postgresqlInclude?: readonly string[];
  /** PostgreSQL 15: `UNIQUE NULLS NOT DISTINCT` (true) or `NULLS DISTINCT` (false). */
  readonly postgresqlNullsNotDistinct?: boolean;
  /** PostgreSQL: `NOT VALID` for CHECK and FOREIGN KEY constraints. */
  readonly postgresqlNotValid?: boolean;
  /** MySQL: `USING BTREE|HASH` for a primary key. */
  readonly mysqlUsing?: string;
  /** SQLite: `ON CONFLICT ROLLBACK|ABORT|FAIL|IGNORE|REPLACE`. */
  readonly sqliteOnConflict?: string;
}

const CONSTRAINT_OPTION_KEYS: ReadonlySet<string> = new Set([
  'name',
  'deferrable',
  'initially',
  'info',
  'ondelete',
  'onupdate',
  'useAlter',
  'match',
  'linkToName',
]);

let creationCounter = 0;
export function nextCreationOrder(): number {
  creationCounter += 1;
  return creationCounter;
}

/** A CHECK made by a Boolean or Enum type with `createConstraint` (SQLAlchemy's `_type_bound`). */
export interface TypeBoundCheck {
  readonly column: Column;
  /** Whether the dialect needs the CHECK (only where the type is not native). */
  readonly applies: (dialect: Dialect) => boolean;
}

export abstract class Constraint {
  readonly isConstraint = true;
  /** The name given, or the one the naming convention produced; undefined lets the database choose. */
  name: string | undefined;
  table: Table | undefined;
  readonly options: ConstraintOptions;
  /** True when the name came from a naming convention rather than the user (long ones are truncated in DDL). */
  conventionName = false;
  /** Set when the naming convention could not name it (raised by the DDL compiler, as SQLAlchemy does then). */
  namingError: Error | undefined;
  /** Creation order: DDL lists constraints in the order they were made, as SQLAlchemy does. */
  readonly creationOrder = nextCreationOrder();
  /** The dialect options given (`postgresqlInclude`, …), checked when made. */
  readonly dialectOptions: Readonly<Record<string, unknown>>;

  constructor(options: ConstraintOptions = {}) {
    this.name = options.name;
    this.options = options;
    this.dialectOptions = validateDialectOptions(
      'Constraint',
      options as Readonly<Record<string, unknown>>,
      CONSTRAINT_OPTION_KEYS,
    );
  }

  abstract readonly constraintKind: 'primaryKey' | 'unique' | 'check' | 'foreignKey';
  /** The SQLAlchemy class name, for messages. */
  abstract readonly label: string;

  get deferrable(): boolean | undefined {
    return this.options.deferrable;
  }

  get initially(): string | undefined {
    return this.options.initially;
  }

  /** Whether DDL for `dialect` includes this constraint (type-bound CHECKs only where the type is not native). */
  appliesTo(_dialect: Dialect): boolean {
    return true;
  }

  attach(table: Table): void {
    this.table = table;
  }
}

/** A constraint over named columns; names resolve by column key against the table at attach time. */
export abstract class ColumnCollectionConstraint extends Constraint {
  protected readonly columnSpecs: readonly (string | Column)[];
  private resolvedColumns: Column[] | undefined;

  constructor(columns: readonly (string | Column)[], options: ConstraintOptions = {}) {
    super(options);
    this.columnSpecs = columns;
  }

  get columns(): readonly Column[] {
    if (this.resolvedColumns) return this.resolvedColumns;
    const table = this.table;
    if (!table) {
      if (this.columnSpecs.every((c) => typeof c !== 'string')) return this.columnSpecs as Column[];
      throw new ArgumentError(
        `${this.label} names columns (${this.columnSpecs.join(', ')}) but is not attached to a table`,
      );
    }
    this.resolvedColumns = this.columnSpecs.map((spec) => {
      if (typeof spec !== 'string') return spec;
      const found = table.columnByKey(spec);
      if (!found) {
        throw new ConstraintColumnNotFoundError(
          `Can't create ${this.label} on table '${table.name}': no column named '${spec}' is present.`,
        );
      }
      return found;
    });
    return this.resolvedColumns;
  }

  override attach(table: Table): void {
    super.attach(table);
    this.resolvedColumns = undefined;
    void this.columns;
  }

  /** Set by PrimaryKeyConstraint when columns declare primaryKey: true. */
  protected replaceColumns(columns: Column[]): void {
    this.resolvedColumns = columns;
  }
}

export class PrimaryKeyConstraintImpl extends ColumnCollectionConstraint {
  readonly constraintKind = 'primaryKey' as const;
  readonly label: string = 'PrimaryKeyConstraint';
  /** Declared with explicit columns, rather than collected from `primaryKey: true` columns. */
  readonly explicit: boolean;

  constructor(columns: readonly (string | Column)[] = [], options: ConstraintOptions = {}) {
    super(columns, options);
    this.explicit = columns.length > 0;
  }

  /** The table's primary key columns, when collected from the columns' own flags. */
  setColumns(columns: Column[]): void {
    this.replaceColumns(columns);
  }

  /**
   * The columns as CREATE TABLE lists them: for a key collected from `primaryKey: true`
   * columns, the autoincrement column first, as SQLAlchemy's columns_autoinc_first.
   */
  get ddlColumns(): readonly Column[] {
    const columns = this.columns;
    if (this.explicit) return columns;
    const autoinc = this.table?.autoincrementColumn;
    if (!autoinc || columns[0] === autoinc || !columns.includes(autoinc)) return columns;
    return [autoinc, ...columns.filter((c) => c !== autoinc)];
  }
}

export class UniqueConstraintImpl extends ColumnCollectionConstraint {
  readonly constraintKind = 'unique' as const;
  readonly label: string = 'UniqueConstraint';
}

export class CheckConstraintImpl extends Constraint {
  readonly constraintKind = 'check' as const;
  readonly label: string = 'CheckConstraint';
  readonly sqltext: ClauseElement;
  /** Set for the CHECK of a Boolean or Enum with createConstraint. */
  typeBound: TypeBoundCheck | undefined;
  /** Given to a Column: rendered after the column's definition rather than among the table's constraints. */
  columnLevel = false;

  constructor(sqltext: string | ClauseElement, options: ConstraintOptions = {}) {
    super(options);
    this.sqltext = typeof sqltext === 'string' ? text(sqltext) : sqltext;
  }

  /** The columns of a type-bound CHECK (naming conventions read `column_0_name` from them). */
  get columns(): readonly Column[] {
    return this.typeBound ? [this.typeBound.column] : [];
  }

  override appliesTo(dialect: Dialect): boolean {
    return this.typeBound ? this.typeBound.applies(dialect) : true;
  }
}

export class ForeignKeyConstraintImpl extends ColumnCollectionConstraint {
  readonly constraintKind = 'foreignKey' as const;
  readonly label: string = 'ForeignKeyConstraint';
  readonly elements: ForeignKeyImpl[];
  readonly fkOptions: ForeignKeyOptions;

  constructor(
    columns: readonly (string | Column)[],
    refColumns: readonly (string | Column)[],
    options: ForeignKeyOptions & ConstraintOptions = {},
    /** Keys already created by the columns themselves (single-column ForeignKey()). */
    elements?: ForeignKeyImpl[],
  ) {
    super(columns, options);
    if (columns.length !== refColumns.length) {
      throw new ArgumentError(
        'ForeignKeyConstraint number of constrained columns must match the number of referenced columns.',
      );
    }
    this.fkOptions = options;
    this.elements = elements ?? refColumns.map((ref) => new ForeignKeyImpl(ref, options));
    for (const element of this.elements) element.constraint = this;
  }

  override attach(table: Table): void {
    super.attach(table);
    this.columns.forEach((column, i) => {
      const element = this.elements[i] as ForeignKeyImpl;
      if (!element.parent) {
        element.attach(column);
        if (!column.foreignKeys.includes(element)) column.foreignKeys.push(element);
      }
    });
  }

  get ondelete(): string | undefined {
    return this.fkOptions.ondelete;
  }

  get onupdate(): string | undefined {
    return this.fkOptions.onupdate;
  }

  get useAlter(): boolean {
    return this.fkOptions.useAlter === true;
  }

  /** The referenced table's name as the first key's spec gives it, without resolving it. */
  get referredTableName(): string {
    const element = this.elements[0] as ForeignKeyImpl;
    return element.targetTableName.split('.').at(-1) as string;
  }

  /** The referenced table (resolving the keys: the table must be in the MetaData by now). */
  get referredTable(): Table {
    return (this.elements[0] as ForeignKeyImpl).column.table as Table;
  }
}

type ColumnsThenOptions = readonly (string | Column | ConstraintOptions)[];

function splitOptions(args: ColumnsThenOptions): [(string | Column)[], ConstraintOptions] {
  const last = args.at(-1);
  if (last !== undefined && typeof last === 'object' && !(last instanceof ColumnElement)) {
    return [args.slice(0, -1) as (string | Column)[], last as ConstraintOptions];
  }
  return [args as (string | Column)[], {}];
}

class PrimaryKeyConstraintConstruct extends PrimaryKeyConstraintImpl {
  constructor(...args: ColumnsThenOptions) {
    const [columns, options] = splitOptions(args);
    super(columns, options);
  }
}

class UniqueConstraintConstruct extends UniqueConstraintImpl {
  constructor(...args: ColumnsThenOptions) {
    const [columns, options] = splitOptions(args);
    super(columns, options);
  }
}

export type PrimaryKeyConstraint = PrimaryKeyConstraintImpl;
export type UniqueConstraint = UniqueConstraintImpl;
export type CheckConstraint = CheckConstraintImpl;
export type ForeignKeyConstraint = ForeignKeyConstraintImpl;

interface ColumnsConstraintFactory<C> {
  (...columnsThenOptions: readonly (string | Column | ConstraintOptions)[]): C;
  new (...columnsThenOptions: readonly (string | Column | ConstraintOptions)[]): C;
}

/** `PrimaryKeyConstraint('a', 'b', { name: 'pk_x' })`. */
export const PrimaryKeyConstraint = callableClass<ColumnsConstraintFactory<PrimaryKeyConstraintImpl>>(
  PrimaryKeyConstraintConstruct,
);

/** `UniqueConstraint('email', { name: 'uq_user_email' })`. */
export const UniqueConstraint =
  callableClass<ColumnsConstraintFactory<UniqueConstraintImpl>>(UniqueConstraintConstruct);

/** `CheckConstraint('price > 0', { name: 'ck_price' })`. */
export const CheckConstraint = callableClass<{
  (sqltext: string | ClauseElement, options?: ConstraintOptions): CheckConstraintImpl;
  new (sqltext: string | ClauseElement, options?: ConstraintOptions): CheckConstraintImpl;
}>(CheckConstraintImpl);

/** `ForeignKeyConstraint(['a', 'b'], ['other.a', 'other.b'], { ondelete: 'CASCADE' })`. */
export const ForeignKeyConstraint = callableClass<{
  (
    columns: readonly (string | Column)[],
    refColumns: readonly (string | Column)[],
    options?: ForeignKeyOptions & ConstraintOptions,
  ): ForeignKeyConstraintImpl;
  new (
    columns: readonly (string | Column)[],
    refColumns: readonly (string | Column)[],
    options?: ForeignKeyOptions & ConstraintOptions,
  ): ForeignKeyConstraintImpl;
}>(ForeignKeyConstraintImpl);
