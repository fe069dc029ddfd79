// mappedColumn(String(50), { unique: true }) (SQLAlchemy's mapped_column()): a column definition.
// The registry builds a fresh core Column from it per table (so mixins can share it); the model
// types read its phantom `~col` for instances, class attributes and the constructor.
import {
  ArgumentError,
  type ClauseElement,
  Column,
  type ColumnItem,
  ForeignKey,
  TypeEngine,
  type TypeLike,
  toType,
  type ValueOfType,
} from '@retort/core';
import { resolveAnnotation, type TypeAnnotationMap } from './type-annotation-map';

/** The options of `mappedColumn()` (every option of SQLAlchemy's mapped_column that applies outside dataclasses). */
export interface MappedColumnOptions<T = unknown> {
  readonly primaryKey?: boolean;
  /** NOT NULL unless true (SQLAlchemy's `Mapped[str]` vs `Mapped[Optional[str]]`); true also types the attribute `T | null`. */
  readonly nullable?: boolean;
  readonly unique?: boolean;
  readonly index?: boolean;
  /** `'auto'` by default: a single integer primary key column autoincrements. */
  readonly autoincrement?: boolean | 'auto' | 'ignore_fk';
  readonly comment?: string;
  /** Client-side default for INSERT: a value, a function, or a SQL expression (`func.now()`). `null` means none, as Python's `default=None`. */
  readonly default?: T | null | (() => T) | ClauseElement;
  /** A function giving the default for INSERT (for mutable defaults: `defaultFactory: () => ({})`). */
  readonly defaultFactory?: () => T;
  /** The INSERT default, when `default` is wanted for something else (same effect here). */
  readonly insertDefault?: T | (() => T) | ClauseElement;
  /** Server-side default: a string literal, `text('…')` or a SQL expression. */
  readonly serverDefault?: string | ClauseElement;
  /** Client-side value for UPDATE. */
  readonly onupdate?: T | (() => T) | ClauseElement;
  /** The server changes the column on UPDATE (e.g. ON UPDATE CURRENT_TIMESTAMP). */
  readonly serverOnupdate?: string | ClauseElement;
  /** The column's name in the database when it differs from the attribute (`metadata_` → `metadata`). */
  readonly name?: string;
  /** The key of the column in `Table.c` (defaults to the database name if given, else the attribute). */
  readonly key?: string;
  /** Not loaded by `select(Model)` until asked for (`undefer()`, or `await obj.awaitableAttrs.x`). */
  readonly deferred?: boolean;
  /** Deferred columns of one group load together. */
  readonly deferredGroup?: string;
  /** Force quoting of the name (or forbid it with false). */
  readonly quote?: boolean;
  /** Free-form data for applications; never read by Retort. */
  readonly info?: Readonly<Record<string, unknown>>;
}

/** What the model types read from a column declaration: its SQL type (or annotation key), options and whether it has a foreign key. */
export interface ColumnSpec {
  readonly type: unknown;
  readonly options: object;
  readonly fk: boolean;
}

export class MappedColumn<S extends ColumnSpec = ColumnSpec> {
  /** Phantom: the declaration's type information. Never set at run time. */
  declare readonly '~col': S;
  readonly kind = 'mappedColumn' as const;

  constructor(
    /** The database name given positionally (`mappedColumn('metadata', JSON)`). */
    readonly columnName: string | undefined,
    /** A SQL type, or an annotation key resolved by the base's typeAnnotationMap. */
    readonly type: TypeLike | string,
    /** Foreign keys and constraints given positionally. */
    readonly items: readonly ColumnItem[],
    readonly options: MappedColumnOptions,
  ) {}

  /** Whether the declaration has a foreign key (the constructor can leave it to a relationship). */
  get hasForeignKey(): boolean {
    return this.items.some((item) => item instanceof ForeignKey);
  }

  /** A new core Column for attribute `attributeKey` of one table. */
  toColumn(attributeKey: string, typeMap: TypeAnnotationMap, where: string): Column {
    const type =
      typeof this.type === 'string' ? resolveAnnotation(typeMap, this.type, where) : toType(this.type);
    const o = this.options;
    const givenName = this.columnName ?? o.name;
    const defaultArg = o.default ?? o.insertDefault ?? o.defaultFactory;
    const items = this.items.map((item) => (item instanceof ForeignKey ? item.copy() : item));
    return new Column(givenName ?? attributeKey, type, ...items, {
      primaryKey: o.primaryKey,
      nullable: o.nullable === true,
      unique: o.unique,
      index: o.index,
      autoincrement: o.autoincrement,
      comment: o.comment,
      default: defaultArg === null ? undefined : defaultArg,
      serverDefault: o.serverDefault,
      onupdate: o.onupdate,
      serverOnupdate: o.serverOnupdate,
      key: o.key ?? givenName ?? attributeKey,
      quote: o.quote,
      info: o.info,
    }) as Column;
  }
}

type HasForeignKey<I> = [Extract<I, ForeignKey>] extends [never] ? false : true;

/** The options with a positional database name folded in. */
type Named<O, N extends string> = O & { readonly name: N };

function isTypeLike(value: unknown): value is TypeLike {
  return value instanceof TypeEngine || typeof value === 'function';
}

function isColumnItem(value: unknown): value is ColumnItem {
  return (
    value instanceof ForeignKey || (typeof value === 'object' && value !== null && 'isConstraint' in value)
  );
}

// ---- overloads: [name,] type or annotation key, [ForeignKey/constraints…,] [options] ----------

/** `mappedColumn(String(50), { unique: true })` */
export function mappedColumn<Ty extends TypeLike, const O extends MappedColumnOptions<ValueOfType<Ty>> = {}>(
  type: Ty,
  options?: O,
): MappedColumn<{ type: Ty; options: O; fk: false }>;
/** `mappedColumn(Integer, ForeignKey('users.id'), { nullable: true })` */
export function mappedColumn<
  Ty extends TypeLike,
  I extends ColumnItem,
  const O extends MappedColumnOptions<ValueOfType<Ty>> = {},
>(type: Ty, item: I, options?: O): MappedColumn<{ type: Ty; options: O; fk: HasForeignKey<I> }>;
export function mappedColumn<
  Ty extends TypeLike,
  I extends ColumnItem,
  I2 extends ColumnItem,
  const O extends MappedColumnOptions<ValueOfType<Ty>> = {},
>(
  type: Ty,
  item: I,
  item2: I2,
  options?: O,
): MappedColumn<{ type: Ty; options: O; fk: HasForeignKey<I | I2> }>;
/** `mappedColumn('metadata', JSON)`: the database name first, as SQLAlchemy allows. */
export function mappedColumn<
  const N extends string,
  Ty extends TypeLike,
  const O extends MappedColumnOptions<ValueOfType<Ty>> = {},
>(name: N, type: Ty, options?: O): MappedColumn<{ type: Ty; options: Named<O, N>; fk: false }>;
export function mappedColumn<
  const N extends string,
  Ty extends TypeLike,
  I extends ColumnItem,
  const O extends MappedColumnOptions<ValueOfType<Ty>> = {},
>(
  name: N,
  type: Ty,
  item: I,
  options?: O,
): MappedColumn<{ type: Ty; options: Named<O, N>; fk: HasForeignKey<I> }>;
/** `mappedColumn('name', 'str')`: a database name and an annotation key. */
export function mappedColumn<
  const N extends string,
  const K extends string,
  const O extends MappedColumnOptions = {},
>(name: N, annotation: K, options?: O): MappedColumn<{ type: K; options: Named<O, N>; fk: false }>;
export function mappedColumn<
  const N extends string,
  const K extends string,
  I extends ColumnItem,
  const O extends MappedColumnOptions = {},
>(
  name: N,
  annotation: K,
  item: I,
  options?: O,
): MappedColumn<{ type: K; options: Named<O, N>; fk: HasForeignKey<I> }>;
/** `mappedColumn('int', { primaryKey: true })`: the SQL type comes from the base's typeAnnotationMap (SQLAlchemy's `Mapped[int]`). */
export function mappedColumn<const K extends string, const O extends MappedColumnOptions = {}>(
  annotation: K,
  options?: O,
): MappedColumn<{ type: K; options: O; fk: false }>;
export function mappedColumn<
  const K extends string,
  I extends ColumnItem,
  const O extends MappedColumnOptions = {},
>(annotation: K, item: I, options?: O): MappedColumn<{ type: K; options: O; fk: HasForeignKey<I> }>;
export function mappedColumn(...args: unknown[]): MappedColumn {
  let index = 0;
  let columnName: string | undefined;
  if (typeof args[0] === 'string' && (typeof args[1] === 'string' || isTypeLike(args[1]))) {
    columnName = args[0];
    index = 1;
  }
  const type = args[index++];
  if (!(typeof type === 'string' || isTypeLike(type))) {
    throw new ArgumentError(
      `mappedColumn() needs a SQL type (mappedColumn(String(50))) or a typeAnnotationMap key (mappedColumn('str')), got ${describe(type)}`,
    );
  }
  const items: ColumnItem[] = [];
  while (isColumnItem(args[index])) items.push(args[index++] as ColumnItem);
  let options: MappedColumnOptions = {};
  const last = args[index];
  if (last !== undefined) {
    if (typeof last !== 'object' || last === null || Array.isArray(last)) {
      throw new ArgumentError(
        `mappedColumn() got an unexpected argument ${describe(last)}; pass [name,] type, ForeignKey/constraints, then one options object`,
      );
    }
    options = last as MappedColumnOptions;
    index++;
  }
  if (index < args.length) {
    throw new ArgumentError(
      `mappedColumn() takes one options object, last; got ${args.length - index} more argument(s)`,
    );
  }
  return new MappedColumn(columnName, type, items, options);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  return typeof value;
}
