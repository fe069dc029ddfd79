// update(users).where(...).values({...}) (SQLAlchemy's Update): SET from values or correlated
// subqueries, WHERE, RETURNING, and the multi-table forms (PostgreSQL UPDATE … FROM, MySQL
// UPDATE a, b), derived from the tables the criteria mention.
import {
  type ColumnElement,
  type ColumnMap,
  coerceWhere,
  type KeyBuilder,
  type Table,
  type TextClause,
} from '../../internal';
import type { SelectArg } from '../selectable/select-typing';
import { DMLBase, type DMLState } from './dml-base';
import { addValuesKey, type ValuesOf } from './insert';

export interface UpdateState extends DMLState {
  readonly values: Readonly<Record<string, unknown>> | undefined;
  /** `orderedValues`: SET in this order (MySQL semantics depend on it). */
  readonly ordered: boolean;
  readonly where: readonly ColumnElement[];
}

type TargetColumns<T> = T extends Table<string, infer C> ? C : ColumnMap;

export class Update<T extends object = Table, R extends readonly unknown[] = readonly []> extends DMLBase<
  UpdateState,
  R
> {
  readonly kind = 'update' as const;

  where(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.with({ where: [...this.state.where, ...criteria.map((c) => coerceWhere(c, 'where'))] });
  }

  filter(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.where(...criteria);
  }

  /** `SET col = value, …`; later calls add to (and override) earlier ones. */
  values(values: ValuesOf<TargetColumns<T>>): this {
    return this.with({ values: { ...this.state.values, ...(values as Record<string, unknown>) } });
  }

  /** SET clauses in exactly this order: `orderedValues(['a', 1], ['b', 2])`. */
  orderedValues(...pairs: readonly (readonly [keyof TargetColumns<T> & string, unknown])[]): this {
    return this.with({ values: Object.fromEntries(pairs), ordered: true });
  }

  returning<const B extends readonly SelectArg[]>(...columns: B): Update<T, readonly [...R, ...B]> {
    // the same class (dialect subclasses keep their methods), with the RETURNING arguments added
    const Ctor = this.constructor as new (state: UpdateState) => Update<T, readonly [...R, ...B]>;
    return new Ctor({ ...this.state, returning: [...this.state.returning, ...columns] });
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`update:${this.state.ordered ? 'o' : ''}`);
    this.addCommonKey(builder);
    addValuesKey(this, this.state.values ? [this.state.values] : [], builder, false);
    builder.push(`where:${this.state.where.length}`);
    for (const clause of this.state.where) clause.addKey(builder);
  }
}

/** `UPDATE table …`; `table` may be a mapped class in ORM use. */
export function update<T extends object>(table: T): Update<T> {
  return new Update<T>({
    target: table,
    returning: [],
    prefixes: [],
    executionOptions: {},
    extensions: [],
    values: undefined,
    ordered: false,
    where: [],
  });
}
