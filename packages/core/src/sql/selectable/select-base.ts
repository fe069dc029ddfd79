// What every SELECT-like statement shares (SQLAlchemy's SelectBase): turning into a subquery,
// CTE, scalar subquery or EXISTS. Select, CompoundSelect and TextualSelect extend it.
import {
  ClauseElement,
  type ColumnElement,
  CTE,
  Exists,
  type Label,
  type LabelStyle,
  ScalarSubquery,
  Subquery,
} from '../../internal';
import type { FirstValue, SubqueryColumns } from './select-typing';

export abstract class SelectBase<A extends readonly unknown[] = readonly unknown[]> extends ClauseElement {
  /** Phantom: the arguments this select was built from, for row typing. */
  declare readonly '~args': A;

  /** The expressions this statement selects, in order; subqueries and CTEs derive their columns from them. */
  abstract get selectedColumns(): readonly ColumnElement[];

  /** How selected columns are labeled (Select.setLabelStyle). */
  get labelStyle(): LabelStyle {
    return 'disambiguateOnly';
  }

  /** A named or anonymous derived table: `SELECT … FROM (SELECT …) AS anon_1`. */
  subquery(name?: string): Subquery<SubqueryColumns<A>> {
    return new Subquery<SubqueryColumns<A>>(this, name);
  }

  /** Alias of subquery(), as in SQLAlchemy. */
  alias(name?: string): Subquery<SubqueryColumns<A>> {
    return this.subquery(name);
  }

  /** A common table expression: `WITH name AS (…)`; `{ recursive: true }` for WITH RECURSIVE. */
  cte(name?: string, options: { recursive?: boolean; nesting?: boolean } = {}): CTE<SubqueryColumns<A>> {
    return new CTE<SubqueryColumns<A>>(this, name, options);
  }

  /** `(SELECT …)` used as a value; correlates automatically with an enclosing select. */
  scalarSubquery(): ScalarSubquery<FirstValue<A>> {
    return new ScalarSubquery<FirstValue<A>>(this);
  }

  /** `(SELECT …) AS name`: a labeled scalar subquery. */
  label<const K extends string>(name: K): Label<K, FirstValue<A>> {
    return this.scalarSubquery().label(name);
  }

  /** `EXISTS (SELECT …)`. */
  exists(): Exists {
    return new Exists(this);
  }
}
