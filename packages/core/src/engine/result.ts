// Buffered results (SQLAlchemy's CursorResult, ScalarResult, MappingResult; ROSETTA §4): rows are
// fetched when the statement runs, so every method is synchronous. Rows are consumed as in
// SQLAlchemy: `all()` twice gives `[]` the second time; `first()`, `one()`, `scalar()` close.
// Connection.execute builds one; views made by scalars()/mappings()/columns() share its cursor.
import {
  InvalidRequestError,
  MultipleResultsFound,
  makeRow,
  NoResultFound,
  ResourceClosedError,
  type Row,
  type RowBase,
  type RowNamesOf,
} from '../internal';

/** Where echo's DEBUG `Row (…)` lines go as rows are fetched. */
export type RowLogger = (row: readonly unknown[]) => void;

export interface ResultInit {
  /** Column names (`keys()`), or undefined when the statement returns no rows. */
  readonly keys: readonly string[] | undefined;
  readonly rows: RowBase[];
  readonly rowcount: number;
  readonly lastrowid?: number | bigint | undefined;
  /** The primary key of each inserted row (single INSERTs and executemany with RETURNING). */
  readonly insertedPrimaryKeyRows?: readonly (readonly unknown[])[] | undefined;
  /** The statement was an INSERT (insertedPrimaryKey is meaningful). */
  readonly isInsert?: boolean;
  readonly executemany?: boolean;
  readonly logRow?: RowLogger | undefined;
}

/** The cursor shared by a Result and the views made from it. */
export class RowSource {
  position = 0;
  closed = false;
  constructor(
    readonly rows: RowBase[],
    readonly returnsRows: boolean,
    readonly logRow: RowLogger | undefined,
  ) {}

  check(): void {
    if (!this.returnsRows)
      throw new ResourceClosedError(
        'This result object does not return rows. It has been closed automatically.',
      );
    if (this.closed) throw new ResourceClosedError('This result object is closed.');
  }

  next(): RowBase | undefined {
    this.check();
    if (this.position >= this.rows.length) return undefined;
    const row = this.rows[this.position++] as RowBase;
    if (this.logRow) this.logRow(row);
    return row;
  }

  close(): void {
    this.closed = true;
    this.position = this.rows.length;
  }
}

type Transform<T> = (row: RowBase) => T;

/** A Result's rows as they are: one function for every result rather than a closure each. */
function asRow(row: RowBase): RowBase {
  return row;
}

/** Identity of a value for unique(): primitives by value (typed), objects by identity. */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
function uniqueToken(value: unknown): string {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    let id = objectIds.get(value);
    if (id === undefined) {
      id = ++nextObjectId;
      objectIds.set(value, id);
    }
    return `o${id}`;
  }
  return `${typeof value}:${String(value)}`;
}

function rowToken(row: readonly unknown[]): string {
  let token = '';
  for (let i = 0; i < row.length; i++) token += `${uniqueToken(row[i])}\u0000`;
  return token;
}

/** The methods Result, ScalarResult and MappingResult share, over values of type T. */
abstract class FilteredResult<T> implements Iterable<T> {
  protected uniqueSeen: Set<unknown> | undefined;

  constructor(
    protected readonly source: RowSource,
    protected readonly transform: Transform<T>,
    uniqueSeen: Set<unknown> | undefined,
  ) {
    this.uniqueSeen = uniqueSeen;
  }

  /** The key unique() compares. */
  protected abstract uniqueKey(value: T): unknown;

  protected nextValue(): T | undefined {
    for (;;) {
      const row = this.source.next();
      if (row === undefined) return undefined;
      const value = this.transform(row);
      if (this.uniqueSeen) {
        const key = this.uniqueKey(value);
        if (this.uniqueSeen.has(key)) continue;
        this.uniqueSeen.add(key);
      }
      return value;
    }
  }

  /** Every remaining row. */
  all(): T[] {
    const out: T[] = [];
    if (!this.uniqueSeen && !this.source.logRow) {
      // The common path: no per-row bookkeeping.
      this.source.check();
      const { rows } = this.source;
      for (let i = this.source.position; i < rows.length; i++) out.push(this.transform(rows[i] as RowBase));
      this.source.position = rows.length;
      return out;
    }
    for (let value = this.nextValue(); value !== undefined; value = this.nextValue()) out.push(value);
    return out;
  }

  /** The first row, or undefined when there is none; the result is closed afterwards. */
  first(): T | undefined {
    const value = this.nextValue();
    this.source.close();
    return value;
  }

  /** Exactly one row, else NoResultFound / MultipleResultsFound; closes the result. */
  one(): T {
    const value = this.nextValue();
    if (value === undefined) {
      this.source.close();
      throw new NoResultFound('No row was found when one was required');
    }
    if (this.nextValue() !== undefined) {
      this.source.close();
      throw new MultipleResultsFound('Multiple rows were found when exactly one was required');
    }
    this.source.close();
    return value;
  }

  /** One row or undefined; MultipleResultsFound when there are more. Closes the result. */
  oneOrNone(): T | undefined {
    const value = this.nextValue();
    if (value !== undefined && this.nextValue() !== undefined) {
      this.source.close();
      throw new MultipleResultsFound('Multiple rows were found when one or none was required');
    }
    this.source.close();
    return value;
  }

  /** The next row, or undefined when exhausted. */
  fetchone(): T | undefined {
    return this.nextValue();
  }

  /** Up to `size` more rows. */
  fetchmany(size = 1): T[] {
    const out: T[] = [];
    while (out.length < size) {
      const value = this.nextValue();
      if (value === undefined) break;
      out.push(value);
    }
    return out;
  }

  fetchall(): T[] {
    return this.all();
  }

  /** The remaining rows in lists of `size` (SQLAlchemy's partitions()). */
  *partitions(size = 100): Generator<T[], void, undefined> {
    for (;;) {
      const part = this.fetchmany(size);
      if (part.length === 0) return;
      yield part;
    }
  }

  /** Discards the remaining rows; fetching afterwards raises ResourceClosedError. */
  close(): void {
    this.source.close();
  }

  get closed(): boolean {
    return this.source.closed;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let value = this.nextValue(); value !== undefined; value = this.nextValue()) yield value;
  }
}

/** Rows of one execution. `R` is the row type (`RowOf<…>` for typed selects). */
export class Result<R = Readonly<Record<string, unknown>> & readonly unknown[]> extends FilteredResult<
  Row<R>
> {
  readonly rowcount: number;
  readonly lastrowid: number | bigint | undefined;
  readonly returnsRows: boolean;
  private readonly keyList: readonly string[];
  private readonly init: ResultInit;

  constructor(
    init: ResultInit,
    source?: RowSource,
    transform?: Transform<Row<R>>,
    uniqueSeen?: Set<unknown>,
  ) {
    const src = source ?? new RowSource(init.rows, init.keys !== undefined, init.logRow);
    super(src, transform ?? (asRow as unknown as Transform<Row<R>>), uniqueSeen);
    this.init = init;
    this.rowcount = init.rowcount;
    this.lastrowid = init.lastrowid;
    this.returnsRows = init.keys !== undefined;
    this.keyList = init.keys ?? [];
  }

  protected uniqueKey(value: Row<R>): unknown {
    return rowToken(value as unknown as readonly unknown[]);
  }

  /** The column names of the rows. */
  keys(): string[] {
    return [...this.keyList];
  }

  /** The primary key of the inserted row, as a tuple (SQLAlchemy's inserted_primary_key). */
  get insertedPrimaryKey(): readonly unknown[] {
    if (!this.init.isInsert)
      throw new InvalidRequestError('Statement is not an insert() expression construct.');
    if (this.init.executemany)
      throw new InvalidRequestError(
        'This statement was an executemany call; if primary key returning is supported, please use .insertedPrimaryKeyRows.',
      );
    return this.init.insertedPrimaryKeyRows?.[0] ?? [];
  }

  /** The primary key of each inserted row (SQLAlchemy's inserted_primary_key_rows). */
  get insertedPrimaryKeyRows(): readonly (readonly unknown[])[] {
    if (!this.init.isInsert)
      throw new InvalidRequestError('Statement is not an insert() expression construct.');
    return this.init.insertedPrimaryKeyRows ?? [];
  }

  /** The first column of the first row (undefined when there is no row); closes the result. */
  scalar(): FirstOf<R> | undefined {
    const row = this.first();
    return row === undefined ? undefined : ((row as unknown as readonly unknown[])[0] as FirstOf<R>);
  }

  /** The first column of exactly one row. */
  scalarOne(): FirstOf<R> {
    return (this.one() as unknown as readonly unknown[])[0] as FirstOf<R>;
  }

  /** The first column of one row, or undefined when there is none. */
  scalarOneOrNone(): FirstOf<R> | undefined {
    const row = this.oneOrNone();
    return row === undefined ? undefined : ((row as unknown as readonly unknown[])[0] as FirstOf<R>);
  }

  /** The values of one column (the first, or the one named or numbered), sharing this result's cursor. */
  scalars(): ScalarResult<FirstOf<R>>;
  scalars<K extends keyof RowNamesOf<R> & string>(column: K): ScalarResult<RowNamesOf<R>[K]>;
  scalars(column: number | string): ScalarResult<unknown>;
  scalars(column: number | string = 0): ScalarResult<unknown> {
    const index = this.indexOf(column);
    return new ScalarResult(this.source, (row) => row[index], this.uniqueSeen ? new Set() : undefined);
  }

  /** Rows as plain `{ column: value }` objects. */
  mappings(): MappingResult<RowNamesOf<R>> {
    return new MappingResult(
      this.source,
      (row) => row._mapping as RowNamesOf<R>,
      this.uniqueSeen ? new Set() : undefined,
    );
  }

  /** Rows limited to (and ordered as) the given columns, by name or position. */
  columns(...columns: (string | number)[]): Result<readonly unknown[] & Readonly<Record<string, unknown>>> {
    const indexes = columns.map((c) => this.indexOf(c));
    const names = indexes.map((i) => this.keyList[i] as string);
    const init: ResultInit = { ...this.init, keys: names };
    return new Result(init, this.source, (row) => makeSlice(names, indexes, row), this.uniqueSeen);
  }

  /** Drops duplicate rows (by value; objects by identity), as SQLAlchemy's unique(). */
  unique(): this {
    this.uniqueSeen ??= new Set();
    return this;
  }

  /** The same result, typed as plain tuples (SQLAlchemy's tuples() / `.t`). */
  tuples(): this {
    return this;
  }

  get t(): this {
    return this;
  }

  private indexOf(column: string | number): number {
    if (typeof column === 'number') {
      if (column < 0 || column >= this.keyList.length)
        throw new InvalidRequestError(
          `Column index ${column} is out of range for a result of ${this.keyList.length} columns`,
        );
      return column;
    }
    const index = this.keyList.lastIndexOf(column);
    if (index < 0)
      throw new InvalidRequestError(
        `Could not locate column in row for column '${column}'; the result has ${this.keyList.join(', ') || 'no columns'}`,
      );
    return index;
  }
}

/** The first value type of a row type. */
export type FirstOf<R> = R extends readonly [infer F, ...unknown[]]
  ? F
  : R extends readonly (infer E)[]
    ? E
    : unknown;

/** One column's values (SQLAlchemy's ScalarResult). */
export class ScalarResult<T> extends FilteredResult<T> {
  protected uniqueKey(value: T): unknown {
    return value;
  }

  unique(): this {
    this.uniqueSeen ??= new Set();
    return this;
  }
}

/** Rows as plain objects (SQLAlchemy's MappingResult). */
export class MappingResult<M> extends FilteredResult<M> {
  protected uniqueKey(value: M): unknown {
    return rowToken(Object.values(value as object));
  }

  unique(): this {
    this.uniqueSeen ??= new Set();
    return this;
  }
}

function makeSlice(
  names: readonly string[],
  indexes: readonly number[],
  row: RowBase,
): Row<readonly unknown[] & Readonly<Record<string, unknown>>> {
  const values = indexes.map((i) => row[i]);
  return makeRow(names, values) as unknown as Row<readonly unknown[] & Readonly<Record<string, unknown>>>;
}
