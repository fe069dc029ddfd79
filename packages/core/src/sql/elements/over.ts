// Window functions: `func.row_number().over({ partitionBy, orderBy, rows, range })` (SQLAlchemy's
// Over), and the aggregate FILTER and WITHIN GROUP clauses.
import {
  ClauseList,
  ColumnElement,
  coerceColumnExpression,
  coerceWhere,
  type FunctionElement,
  type KeyBuilder,
  type TypeEngine,
} from '../../internal';

/** A frame bound: `null` is UNBOUNDED, 0 is CURRENT ROW, negative n is n PRECEDING, positive n FOLLOWING. */
export type FrameBound = number | null;

export interface OverOptions {
  readonly partitionBy?: ColumnElement | readonly ColumnElement[];
  readonly orderBy?: ColumnElement | readonly ColumnElement[];
  readonly rows?: readonly [FrameBound, FrameBound];
  readonly range?: readonly [FrameBound, FrameBound];
  readonly groups?: readonly [FrameBound, FrameBound];
}

function list(
  value: ColumnElement | readonly ColumnElement[] | undefined,
  where: string,
): ClauseList | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return new ClauseList(
    items.map((v) => coerceColumnExpression(v, where)),
    'comma',
    false,
  );
}

export class Over<T = unknown> extends ColumnElement<T> {
  readonly kind = 'over' as const;
  readonly partitionBy: ClauseList | undefined;
  readonly orderBy: ClauseList | undefined;

  constructor(
    readonly element: ColumnElement,
    readonly options: OverOptions,
  ) {
    super();
    this.partitionBy = list(options.partitionBy, 'over({ partitionBy })');
    this.orderBy = list(options.orderBy, 'over({ orderBy })');
  }

  get type(): TypeEngine {
    return this.element.type;
  }

  addKey(builder: KeyBuilder): void {
    const frame = (f: readonly [FrameBound, FrameBound] | undefined) => (f ? `${f[0]}..${f[1]}` : '');
    builder.push(
      `over:${frame(this.options.rows)}:${frame(this.options.range)}:${frame(this.options.groups)}:${this.partitionBy ? 'p' : ''}:${this.orderBy ? 'o' : ''}`,
    );
    this.element.addKey(builder);
    this.partitionBy?.addKey(builder);
    this.orderBy?.addKey(builder);
  }
}

/** `agg(...) FILTER (WHERE …)` */
export class FunctionFilter<T = unknown> extends ColumnElement<T> {
  readonly kind = 'functionFilter' as const;
  readonly criterion: ColumnElement;

  constructor(
    readonly func: FunctionElement,
    criteria: readonly ColumnElement[],
  ) {
    super();
    const coerced = criteria.map((c) => coerceWhere(c, 'filter'));
    this.criterion = coerced.length === 1 ? (coerced[0] as ColumnElement) : new ClauseList(coerced, 'and');
  }

  get type(): TypeEngine {
    return this.func.type;
  }

  over(options: OverOptions): Over<T> {
    return new Over<T>(this, options);
  }

  addKey(builder: KeyBuilder): void {
    builder.push('filter');
    this.func.addKey(builder);
    this.criterion.addKey(builder);
  }
}

/** `agg(...) WITHIN GROUP (ORDER BY …)` for ordered-set aggregates (percentile_cont, mode). */
export class WithinGroup<T = unknown> extends ColumnElement<T> {
  readonly kind = 'withinGroup' as const;
  readonly orderBy: ClauseList;

  constructor(
    readonly func: FunctionElement,
    orderBy: readonly ColumnElement[],
  ) {
    super();
    this.orderBy = new ClauseList(
      orderBy.map((c) => coerceColumnExpression(c, 'withinGroup')),
      'comma',
      false,
    );
  }

  get type(): TypeEngine {
    return this.func.type;
  }

  addKey(builder: KeyBuilder): void {
    builder.push('withingroup');
    this.func.addKey(builder);
    this.orderBy.addKey(builder);
  }
}

/** `over(func.row_number(), { orderBy: … })`, as Python's standalone `over()`. */
export function over<T>(element: FunctionElement<string, T>, options: OverOptions = {}): Over<T> {
  return new Over<T>(element, options);
}
