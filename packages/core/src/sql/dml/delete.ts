// delete(users).where(...) (SQLAlchemy's Delete): WHERE, RETURNING, and the multi-table forms
// (PostgreSQL DELETE … USING, MySQL DELETE a FROM a, b) derived from the criteria's tables.
import {
  type ColumnElement,
  coerceWhere,
  type KeyBuilder,
  type Table,
  type TextClause,
} from '../../internal';
import type { SelectArg } from '../selectable/select-typing';
import { DMLBase, type DMLState } from './dml-base';

export interface DeleteState extends DMLState {
  readonly where: readonly ColumnElement[];
}

export class Delete<T extends object = Table, R extends readonly unknown[] = readonly []> extends DMLBase<
  DeleteState,
  R
> {
  readonly kind = 'delete' as const;

  where(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.with({ where: [...this.state.where, ...criteria.map((c) => coerceWhere(c, 'where'))] });
  }

  filter(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.where(...criteria);
  }

  returning<const B extends readonly SelectArg[]>(...columns: B): Delete<T, readonly [...R, ...B]> {
    // the same class (dialect subclasses keep their methods), with the RETURNING arguments added
    const Ctor = this.constructor as new (state: DeleteState) => Delete<T, readonly [...R, ...B]>;
    return new Ctor({ ...this.state, returning: [...this.state.returning, ...columns] });
  }

  addKey(builder: KeyBuilder): void {
    builder.push('delete');
    this.addCommonKey(builder);
    builder.push(`where:${this.state.where.length}`);
    for (const clause of this.state.where) clause.addKey(builder);
  }
}

/** `DELETE FROM table …`; `table` may be a mapped class in ORM use. */
export function delete_<T extends object>(table: T): Delete<T> {
  return new Delete<T>({
    target: table,
    returning: [],
    prefixes: [],
    executionOptions: {},
    extensions: [],
    where: [],
  });
}
