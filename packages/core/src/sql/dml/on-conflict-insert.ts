// The INSERT of the PostgreSQL and SQLite packages (SQLAlchemy's postgresql.insert / sqlite.insert):
// Core's Insert plus `onConflictDoNothing()`, `onConflictDoUpdate()` and the `excluded` row.
// The packages export `insert()` functions that build it; their compilers render the clauses.
import {
  Alias,
  type ColumnElement,
  Insert,
  OnConflictDoNothing,
  OnConflictDoUpdate,
  type OnConflictTarget,
  type SelectArg,
  type Table,
  type TargetColumns,
  tableOf,
  type ValuesOf,
} from '../../internal';

/** One `excluded` pseudo-table per statement, so its columns stay the same objects. */
const excludedRows = new WeakMap<object, Alias<object>>();

export interface OnConflictUpdate<T extends object> extends OnConflictTarget {
  /** The SET: `{ name: stmt.excluded.name }`, or `[key, value]` pairs. */
  readonly set: ValuesOf<TargetColumns<T>> | readonly (readonly [keyof TargetColumns<T> & string, unknown])[];
  /** `DO UPDATE … WHERE …` */
  readonly where?: ColumnElement<boolean | null>;
}

export class OnConflictInsert<
  T extends object = Table,
  R extends readonly unknown[] = readonly [],
> extends Insert<T, R> {
  /**
   * The columns of the row proposed for insertion (SQLAlchemy's `stmt.excluded`):
   * `stmt.excluded.name` renders `excluded.name`.
   */
  get excluded(): TargetColumns<T> {
    let alias = excludedRows.get(this);
    if (!alias) {
      alias = new Alias(tableOf(this.state.target, 'insert'), 'excluded');
      excludedRows.set(this, alias);
    }
    return (alias as Alias<TargetColumns<T>>).c;
  }

  /** `ON CONFLICT [(index elements) | ON CONSTRAINT name] DO NOTHING`. */
  onConflictDoNothing(target: OnConflictTarget = {}): this {
    return this.withExtension(new OnConflictDoNothing(target));
  }

  /** `ON CONFLICT (index elements) DO UPDATE SET … [WHERE …]`. */
  onConflictDoUpdate(options: OnConflictUpdate<T>): this {
    const { set, where, ...target } = options;
    return this.withExtension(
      new OnConflictDoUpdate(tableOf(this.state.target, 'insert'), target, set as never, where),
    );
  }

  override returning<const B extends readonly SelectArg[]>(
    ...columns: B
  ): OnConflictInsert<T, readonly [...R, ...B]> {
    return super.returning(...columns) as OnConflictInsert<T, readonly [...R, ...B]>;
  }
}
