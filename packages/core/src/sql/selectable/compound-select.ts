// `SELECT … UNION SELECT …` and the other set operations (SQLAlchemy's CompoundSelect), with
// their own ORDER BY / LIMIT applying to the whole.

import {
  type ColumnElement,
  coerceColumnExpression,
  type KeyBuilder,
  type LabelStyle,
  limitValue,
  SelectBase,
  TextualLabelReference,
} from '../../internal';
import type { SameWidth } from './select-typing';

export type SetOperator = 'union' | 'unionAll' | 'intersect' | 'intersectAll' | 'except' | 'exceptAll';

export const SET_OPERATOR_SQL: Readonly<Record<SetOperator, string>> = {
  union: 'UNION',
  unionAll: 'UNION ALL',
  intersect: 'INTERSECT',
  intersectAll: 'INTERSECT ALL',
  except: 'EXCEPT',
  exceptAll: 'EXCEPT ALL',
};

export class CompoundSelect<A extends readonly unknown[] = readonly unknown[]> extends SelectBase<A> {
  readonly kind = 'compoundSelect' as const;

  constructor(
    readonly operator: SetOperator,
    readonly selects: readonly SelectBase[],
    readonly orderByClauses: readonly ColumnElement[] = [],
    readonly limitClause: ColumnElement | undefined = undefined,
    readonly offsetClause: ColumnElement | undefined = undefined,
  ) {
    super();
  }

  get selectedColumns(): readonly ColumnElement[] {
    return (this.selects[0] as SelectBase).selectedColumns;
  }

  override get labelStyle(): LabelStyle {
    return (this.selects[0] as SelectBase).labelStyle;
  }

  /**
   * ORDER BY for the whole: column expressions, or a selected column's name (`orderBy('name')`);
   * `orderBy(null)` clears it.
   */
  orderBy(...clauses: readonly (ColumnElement | string | null)[]): CompoundSelect<A> {
    const cleared = clauses.length === 1 && clauses[0] === null;
    const terms = clauses.flatMap((c) =>
      c === null
        ? []
        : [typeof c === 'string' ? new TextualLabelReference(c) : coerceColumnExpression(c, 'orderBy')],
    );
    return this.with({ orderByClauses: cleared ? [] : [...this.orderByClauses, ...terms] });
  }

  /** LIMIT for the whole; `null` removes it. */
  limit(limit: number | ColumnElement<number> | null): CompoundSelect<A> {
    return this.with({ limitClause: limitValue(limit, 'limit') });
  }

  /** OFFSET for the whole; `null` removes it. */
  offset(offset: number | ColumnElement<number> | null): CompoundSelect<A> {
    return this.with({ offsetClause: limitValue(offset, 'offset') });
  }

  private with(patch: {
    orderByClauses?: readonly ColumnElement[];
    limitClause?: ColumnElement | undefined;
    offsetClause?: ColumnElement | undefined;
  }): CompoundSelect<A> {
    const next = { limitClause: this.limitClause, offsetClause: this.offsetClause, ...patch };
    return new CompoundSelect<A>(
      this.operator,
      this.selects,
      patch.orderByClauses ?? this.orderByClauses,
      next.limitClause,
      next.offsetClause,
    );
  }

  addKey(builder: KeyBuilder): void {
    builder.push(
      `compound:${this.operator}:${this.selects.length}:${this.orderByClauses.length}:${this.limitClause ? 'l' : ''}${this.offsetClause ? 'o' : ''}`,
    );
    for (const select of this.selects) select.addKey(builder);
    for (const clause of this.orderByClauses) clause.addKey(builder);
    this.limitClause?.addKey(builder);
    this.offsetClause?.addKey(builder);
  }
}

/** `a UNION b`; the first select names the columns, the others must have as many. */
export function union<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('union', [first, ...others]);
}

/** `a UNION ALL b` */
export function unionAll<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('unionAll', [first, ...others]);
}

/** `a INTERSECT b` */
export function intersect<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('intersect', [first, ...others]);
}

/** `a INTERSECT ALL b` */
export function intersectAll<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('intersectAll', [first, ...others]);
}

/** `a EXCEPT b` */
export function except<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('except', [first, ...others]);
}

/** `a EXCEPT ALL b` */
export function exceptAll<A extends readonly unknown[]>(
  first: SelectBase<A>,
  ...others: readonly SelectBase<SameWidth<A>>[]
): CompoundSelect<A> {
  return new CompoundSelect<A>('exceptAll', [first, ...others]);
}
