// Column(name, type, ...): a table column with its DDL options (SQLAlchemy's schema.Column).
// Its TypeScript value type comes from the SQL type, nullable unless `nullable: false` or a
// primary key, exactly as SQLAlchemy decides NULL/NOT NULL.
import {
  ArgumentError,
  type ClauseElement,
  ColumnClause,
  type ColumnDefault,
  callableClass,
  type DefaultClause,
  type EngineOf,
  ForeignKey,
  NULLTYPE,
  type Table,
  type TypeEngine,
  type TypeLike,
  toColumnDefault,
  toDefaultClause,
  toType,
  type ValueOfType,
} from '../internal';
import type { Constraint } from './constraint';

export interface ColumnOptions<T = unknown> {
  readonly primaryKey?: boolean;
  /** Defaults to true, except for primary key columns. */
  readonly nullable?: boolean;
  readonly unique?: boolean;
  readonly index?: boolean;
  /** Client-side default: a value, a function, or a SQL expression (`func.now()`). */
  readonly default?: T | (() => T) | ClauseElement;
  /** Server-side default: a string literal, `text('…')` or a SQL expression. */
  readonly serverDefault?: string | ClauseElement;
  /** Client-side value for UPDATE statements. */
  readonly onupdate?: T | (() => T) | ClauseElement;
  /** Marks the column as set by the server on UPDATE (e.g. ON UPDATE CURRENT_TIMESTAMP). */
  readonly serverOnupdate?: string | ClauseElement;
  /** `true`, `false`, `'auto'` (default) or `'ignore_fk'`. */
  readonly autoincrement?: boolean | 'auto' | 'ignore_fk';
  readonly comment?: string;
  /** The attribute name in `table.c` when it differs from the SQL name. */
  readonly key?: string;
  /** Force quoting of the name (or forbid it with false). */
  readonly quote?: boolean;
  /** Free-form data for applications; never read by Retort. */
  readonly info?: Readonly<Record<string, unknown>>;
  /** Exclude the column from `SELECT *`-style expansion of the table (SQLAlchemy's system=True). */
  readonly system?: boolean;
}

/** A foreign key or a constraint given positionally: `Column('user_id', Integer, ForeignKey('users.id'))`. */
export type ColumnItem = ForeignKey | Constraint;

/** The key of a column: its `key` option, else its name. */
export type ColumnKeyOf<N extends string, O> = O extends { readonly key: infer K extends string } ? K : N;

/** NULL unless `nullable: false`, or a primary key without `nullable: true`. */
export type ColumnValueOf<Ty, O> = O extends { readonly nullable: false }
  ? ValueOfType<Ty>
  : O extends { readonly nullable: true }
    ? ValueOfType<Ty> | null
    : O extends { readonly primaryKey: true }
      ? ValueOfType<Ty>
      : ValueOfType<Ty> | null;

export class ColumnImpl<K extends string = string, T = unknown> extends ColumnClause<K, T> {
  declare table: Table | undefined;
  /** Set by the table when an explicit PrimaryKeyConstraint names this column. */
  primaryKey: boolean;
  /** False for primary key columns unless `nullable: true` was given. */
  nullable: boolean;
  readonly unique: boolean;
  /** Whether the column has its own index (the `index` option). */
  readonly indexed: boolean;
  readonly default: ColumnDefault | undefined;
  readonly serverDefault: DefaultClause | undefined;
  readonly onupdate: ColumnDefault | undefined;
  readonly serverOnupdate: DefaultClause | undefined;
  readonly autoincrement: boolean | 'auto' | 'ignore_fk';
  readonly comment: string | undefined;
  readonly quote: boolean | undefined;
  readonly info: Readonly<Record<string, unknown>>;
  readonly system: boolean;
  readonly foreignKeys: ForeignKey[] = [];
  /** Constraints given positionally, attached to the table with the column. */
  readonly constraints: Constraint[] = [];
  /** True when `nullable` was given explicitly (the ORM infers it otherwise). */
  readonly nullableGiven: boolean;

  constructor(
    name: string,
    type: TypeEngine,
    items: readonly ColumnItem[] = [],
    options: ColumnOptions = {},
  ) {
    super(name, type, (options.key ?? name) as K);
    if (!name) throw new ArgumentError('Column() needs a name: Column(name, type, …)');
    this.primaryKey = options.primaryKey ?? false;
    this.nullableGiven = options.nullable !== undefined;
    this.nullable = options.nullable ?? !this.primaryKey;
    this.unique = options.unique ?? false;
    this.indexed = options.index ?? false;
    this.default = toColumnDefault(options.default);
    this.serverDefault = toDefaultClause(options.serverDefault);
    this.onupdate = toColumnDefault(options.onupdate);
    this.serverOnupdate = toDefaultClause(options.serverOnupdate, true);
    this.autoincrement = options.autoincrement ?? 'auto';
    this.comment = options.comment;
    this.quote = options.quote;
    this.info = options.info ?? {};
    this.system = options.system ?? false;
    for (const item of items) {
      if (item instanceof ForeignKey) {
        item.attach(this);
        this.foreignKeys.push(item);
      } else this.constraints.push(item);
    }
  }

  /** A copy for another table (mixins, `toMetadata`); foreign keys are copied unresolved. */
  copy(): ColumnImpl<K, T> {
    return new ColumnImpl<K, T>(
      this.name,
      this.type,
      this.foreignKeys.map((fk) => fk.copy()),
      {
        primaryKey: this.primaryKey,
        nullable: this.nullableGiven ? this.nullable : undefined,
        unique: this.unique,
        index: this.indexed,
        default: this.default?.arg as T,
        serverDefault: this.serverDefault?.arg,
        onupdate: this.onupdate?.arg as T,
        serverOnupdate: this.serverOnupdate?.arg,
        autoincrement: this.autoincrement,
        comment: this.comment,
        key: this.columnKey,
        quote: this.quote,
        info: this.info,
        system: this.system,
      },
    );
  }

  /** @internal The table puts this column in its primary key: NOT NULL unless `nullable` was given. */
  markPrimaryKey(): void {
    this.primaryKey = true;
    if (!this.nullableGiven) this.nullable = false;
  }

  /** Whether this column gets the database's auto-increment (SERIAL, AUTO_INCREMENT, ROWID alias). */
  get isAutoincrement(): boolean {
    const table = this.table;
    if (!table || this.autoincrement === false) return false;
    return table.autoincrementColumn === this;
  }
}

/** A table column (SQLAlchemy's Column); callable with or without `new`. */
export type Column<K extends string = string, T = unknown> = ColumnImpl<K, T>;

export interface ColumnFactory {
  <const N extends string, Ty extends TypeLike, const O extends ColumnOptions<ValueOfType<Ty>> = {}>(
    name: N,
    type: Ty,
    options?: O,
  ): Column<ColumnKeyOf<N, O>, ColumnValueOf<EngineOf<Ty>, O>>;
  <const N extends string, Ty extends TypeLike, const O extends ColumnOptions<ValueOfType<Ty>> = {}>(
    name: N,
    type: Ty,
    item: ColumnItem,
    options?: O,
  ): Column<ColumnKeyOf<N, O>, ColumnValueOf<EngineOf<Ty>, O>>;
  <const N extends string, Ty extends TypeLike, const O extends ColumnOptions<ValueOfType<Ty>> = {}>(
    name: N,
    type: Ty,
    item: ColumnItem,
    item2: ColumnItem,
    options?: O,
  ): Column<ColumnKeyOf<N, O>, ColumnValueOf<EngineOf<Ty>, O>>;
  /** With the type taken from the foreign key's target, as SQLAlchemy allows: `Column('user_id', ForeignKey('users.id'))`. */
  <const N extends string, const O extends ColumnOptions = {}>(
    name: N,
    foreignKey: ForeignKey,
    options?: O,
  ): Column<ColumnKeyOf<N, O>, unknown>;
  new <const N extends string, Ty extends TypeLike, const O extends ColumnOptions<ValueOfType<Ty>> = {}>(
    name: N,
    type: Ty,
    ...rest: [...ColumnItem[], O] | ColumnItem[]
  ): Column<ColumnKeyOf<N, O>, ColumnValueOf<EngineOf<Ty>, O>>;
}

class ColumnConstruct extends ColumnImpl {
  constructor(name: string, typeOrItem: TypeLike | ForeignKey, ...rest: unknown[]) {
    const items: ColumnItem[] = [];
    let options: ColumnOptions = {};
    let type: TypeEngine | undefined;
    if (typeOrItem instanceof ForeignKey) items.push(typeOrItem);
    else if (typeOrItem !== undefined) type = toType(typeOrItem);
    for (const arg of rest) {
      if (arg instanceof ForeignKey || isConstraint(arg)) items.push(arg as ColumnItem);
      else if (arg !== undefined && typeof arg === 'object') options = arg as ColumnOptions;
      else
        throw new ArgumentError(
          `Column('${name}', …) got an unexpected argument ${String(arg)}; pass ForeignKey/constraints, then one options object`,
        );
    }
    // Without a type, the column takes its foreign key's target type once the key resolves, as in SQLAlchemy.
    super(name, type ?? NULLTYPE, items, options);
  }
}

function isConstraint(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'isConstraint' in value;
}

export const Column: ColumnFactory = callableClass<ColumnFactory>(ColumnConstruct);
