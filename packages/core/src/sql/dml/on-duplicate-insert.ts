// The INSERT of the MySQL package (SQLAlchemy's sqlalchemy.dialects.mysql.insert): Core's Insert plus
// `onDuplicateKeyUpdate()` and the `inserted` row, which MySQLCompiler renders as `VALUES(col)`
// (MariaDB, MySQL before 8.0.20) or through the row alias `AS new … new.col` (MySQL 8.0.20+).
import {
  Alias,
  Insert,
  OnDuplicateKeyUpdate,
  type SelectArg,
  type Table,
  type TargetColumns,
  tableOf,
  type UpsertSet,
  type ValuesOf,
} from '../../internal';

const insertedRows = new WeakMap<object, Alias<object>>();

export class OnDuplicateKeyInsert<
  T extends object = Table,
  R extends readonly unknown[] = readonly [],
> extends Insert<T, R> {
  /**
   * The columns of the row proposed for insertion (SQLAlchemy's `stmt.inserted`):
   * `stmt.inserted.name` renders `VALUES(name)`, or `new.name` on MySQL 8.0.20+.
   */
  get inserted(): TargetColumns<T> {
    return this.insertedAlias.c;
  }

  /** The `inserted` pseudo-table the compiler recognises; one per statement, so its columns stay the same objects. */
  private get insertedAlias(): Alias<TargetColumns<T>> {
    let alias = insertedRows.get(this);
    if (!alias) {
      alias = new Alias(tableOf(this.state.target, 'insert'), 'inserted');
      insertedRows.set(this, alias);
    }
    return alias as Alias<TargetColumns<T>>;
  }

  /**
   * `ON DUPLICATE KEY UPDATE col = value, …`: an object (SET in table order) or `[key, value]`
   * pairs (SET in that order).
   */
  onDuplicateKeyUpdate(
    set: ValuesOf<TargetColumns<T>> | readonly (readonly [keyof TargetColumns<T> & string, unknown])[],
  ): this {
    return this.withExtension(
      new OnDuplicateKeyUpdate(tableOf(this.state.target, 'insert'), this.insertedAlias, set as UpsertSet),
    );
  }

  override returning<const B extends readonly SelectArg[]>(
    ...columns: B
  ): OnDuplicateKeyInsert<T, readonly [...R, ...B]> {
    return super.returning(...columns) as OnDuplicateKeyInsert<T, readonly [...R, ...B]>;
  }
}
