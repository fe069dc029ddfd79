// Result rows (SQLAlchemy's Row): real arrays (`row[0]`, destructuring, `Array.isArray`) with a
// named getter per column (`row.username`), made from one class per result shape so that
// hydration is a `new` plus index stores. Built by Result; the ORM reuses the shapes.
import { NoSuchColumnError, reprRow } from '../internal';

/** The named part of a row type: its non-index, non-Array members. */
export type RowNamesOf<R> = {
  readonly [K in keyof R as K extends keyof (readonly unknown[])
    ? never
    : K extends `${number}`
      ? never
      : K]: R[K];
};

/** What every row has besides its values (SQLAlchemy's Row API; names start with `_` as there). */
export interface RowMethods<R> {
  /** The values by column name, as a plain object (SQLAlchemy's `row._mapping`). */
  readonly _mapping: RowNamesOf<R>;
  /** The column names in order. */
  readonly _fields: readonly string[];
  /** Same as `_mapping` (SQLAlchemy's `row._asdict()`). */
  _asdict(): RowNamesOf<R>;
  /** The row itself, typed as the plain tuple (SQLAlchemy's `row._t` / `row._tuple()`). */
  readonly _t: R;
  readonly t: R;
  _tuple(): R;
  /** A value by column name or position; NoSuchColumnError when the row has none. */
  _get(key: string | number): unknown;
}

/** A row of a result whose statement gives the row type `R` (`RowOf<…>` for a typed select). */
export type Row<R = Readonly<Record<string, unknown>> & readonly unknown[]> = R & RowMethods<R>;

/** Names that keep their Row/Array meaning: a column of that name is read through `_mapping`. */
const RESERVED = new Set([
  'length',
  'constructor',
  '_mapping',
  '_fields',
  '_asdict',
  '_t',
  't',
  '_tuple',
  '_get',
  'toString',
  'toJSON',
]);

/** The base class of every row shape. */
export class RowBase extends Array<unknown> {
  /** map(), filter(), slice() … give plain arrays, not rows of this shape. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  declare readonly _fields: readonly string[];
  /** The position each name reads (the last column of a duplicated name wins, as in SQLAlchemy). */
  declare readonly _index: Readonly<Record<string, number>>;

  get _mapping(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const fields = this._fields;
    for (let i = 0; i < fields.length; i++) out[fields[i] as string] = this[i];
    return out;
  }

  _asdict(): Record<string, unknown> {
    return this._mapping;
  }

  get _t(): this {
    return this;
  }

  get t(): this {
    return this;
  }

  _tuple(): this {
    return this;
  }

  _get(key: string | number): unknown {
    const index = typeof key === 'number' ? key : this._index[key];
    if (index === undefined || index < 0 || index >= this.length)
      throw new NoSuchColumnError(`Could not locate column in row for column '${String(key)}'`);
    return this[index];
  }

  /** Python's tuple repr, as `print(row)` shows it: `(1, 'spongebob')`. */
  override toString(): string {
    return reprRow(this);
  }

  toJSON(): unknown[] {
    return Array.from(this);
  }
}

export type RowClass = new (length: number) => RowBase;

const shapes = new Map<string, RowClass>();

/** The row class for these column names (one per distinct shape, shared by every result). */
export function rowClassFor(fields: readonly string[]): RowClass {
  const signature = fields.join('\u0000');
  let shape = shapes.get(signature);
  if (shape) return shape;
  const Shape = class Row extends RowBase {};
  const index: Record<string, number> = Object.create(null);
  fields.forEach((field, i) => {
    index[field] = i;
  });
  Object.defineProperty(Shape.prototype, '_fields', { value: Object.freeze([...fields]) });
  Object.defineProperty(Shape.prototype, '_index', { value: Object.freeze(index) });
  for (const [field, i] of Object.entries(index)) {
    if (RESERVED.has(field) || /^\d+$/.test(field)) continue;
    Object.defineProperty(Shape.prototype, field, {
      get(this: RowBase) {
        return this[i];
      },
      configurable: true,
    });
  }
  shape = Shape;
  // Shapes are few in practice; a program that makes endless distinct ones (generated SQL text)
  // must not grow this map without bound.
  if (shapes.size >= 10_000) shapes.clear();
  shapes.set(signature, shape);
  return shape;
}

/** Builds one row from values (used outside the Result fast path: ORM, tests). */
export function makeRow(fields: readonly string[], values: readonly unknown[]): RowBase {
  const Shape = rowClassFor(fields);
  const row = new Shape(values.length);
  for (let i = 0; i < values.length; i++) row[i] = values[i];
  return row;
}
