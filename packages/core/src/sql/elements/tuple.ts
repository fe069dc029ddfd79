// `(a, b)` as a value (SQLAlchemy's Tuple), for row-value comparisons and `tuple(a, b).in([[1, 'x']])`.
import {
  BindParameter,
  ColumnElement,
  coerceOperand,
  comparedValueType,
  inferType,
  type KeyBuilder,
  NULLTYPE,
  type Operand,
  type OperatorName,
  TupleType,
  type TypeEngine,
} from '../../internal';

export class Tuple<T extends readonly unknown[] = readonly unknown[]> extends ColumnElement<T> {
  readonly kind = 'tuple' as const;
  readonly type: TypeEngine = NULLTYPE;

  constructor(readonly elements: readonly ColumnElement[]) {
    super();
  }

  /** A tuple of binds typed element-wise after this tuple's expressions (named `param_N`, as in SQLAlchemy). */
  bindTuple(values: readonly unknown[]): Tuple {
    return new Tuple(
      values.map((v, i) => {
        if (v instanceof ColumnElement) return coerceOperand(v, this);
        const element = this.elements[i];
        const type = element ? comparedValueType(element.type, v) : inferType(v);
        return new BindParameter('param', v, type, { unique: true });
      }),
    );
  }

  /** The expanding bind for `tuple(...).in([[...], ...])`: one placeholder group per row at execution. */
  expandingBind(rows: readonly unknown[], expandOp: 'in' | 'notIn' = 'in'): BindParameter {
    const first = rows[0] as readonly unknown[] | undefined;
    const types = this.elements.map((e, i) => (first ? comparedValueType(e.type, first[i]) : e.type));
    return new BindParameter('param', rows, new TupleType(types), {
      unique: true,
      expanding: true,
      expandOp,
    });
  }

  /** `(a, b) = (x, y)`: another tuple, or one value per element (each bound with its element's type). */
  override eq(other: TupleOperand<T>): ColumnElement<boolean> {
    return this.compare('eq', other);
  }

  override ne(other: TupleOperand<T>): ColumnElement<boolean> {
    return this.compare('ne', other);
  }

  override selfGroup(_against?: OperatorName, _againstPrecedence?: number): ColumnElement<T> {
    return this;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`tuple:${this.elements.length}`);
    for (const element of this.elements) element.addKey(builder);
  }
}

/** What a tuple compares with: values per element, or a tuple of as many expressions. */
export type TupleOperand<T extends readonly unknown[]> =
  | Operand<T>
  | { readonly [K in keyof T]: T[K] | ColumnElement<T[K]> }
  | Tuple<{ readonly [K in keyof T]: unknown }>;

/** `(a, b, …)` (Python `tuple_`). */
export function tuple<const E extends readonly ColumnElement[]>(
  ...elements: E
): Tuple<{ -readonly [I in keyof E]: E[I]['~value'] }> {
  return new Tuple(elements.map((e) => e));
}
