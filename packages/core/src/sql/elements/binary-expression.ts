// `left op right` (SQLAlchemy's BinaryExpression): comparisons, arithmetic, LIKE, IN, JSON
// access, custom operators. Built by ColumnElement's operator methods with operands already grouped.
import {
  BindParameter,
  COMPARISON_OPERATORS,
  ColumnElement,
  Grouping,
  isPrecedent,
  type KeyBuilder,
  NEGATIONS,
  type OperatorName,
  type TypeEngine,
} from '../../internal';

export interface BinaryOptions {
  /** ESCAPE character, BETWEEN SYMMETRIC, regexp flags. */
  readonly modifiers?:
    | { readonly escape?: string; readonly symmetric?: boolean; readonly flags?: string }
    | undefined;
  /** For `custom`: the operator text. */
  readonly customSql?: string;
  readonly customPrecedence?: number;
  readonly isComparison?: boolean;
}

export class BinaryExpression<T = unknown> extends ColumnElement<T> {
  readonly kind = 'binary' as const;

  constructor(
    readonly left: ColumnElement,
    readonly right: ColumnElement,
    readonly operator: OperatorName,
    readonly type: TypeEngine,
    readonly options: BinaryOptions = {},
  ) {
    super();
  }

  override get isImplicitlyBoolean(): boolean {
    return this.operator === 'custom'
      ? this.options.isComparison === true
      : COMPARISON_OPERATORS.has(this.operator);
  }

  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<T> {
    const precedences = { operator: this.options.customPrecedence, against: againstPrecedence };
    return isPrecedent(this.operator, against, precedences) ? new Grouping<T>(this) : this;
  }

  /**
   * `not()` of this: the negated operator where one exists (`=` becomes `!=`, `IN` becomes
   * `NOT IN`), otherwise `NOT (this)` (`(this) = 0` for boolean values on databases without booleans).
   */
  override negate(): ColumnElement<boolean> {
    const negated = NEGATIONS[this.operator];
    if (negated) {
      const right =
        this.right instanceof BindParameter &&
        this.right.expanding &&
        (negated === 'in' || negated === 'notIn')
          ? this.right.withExpandOp(negated)
          : this.right;
      return new BinaryExpression<boolean>(this.left, right, negated, this.type, this.options);
    }
    return this.selfGroup().negate();
  }

  addKey(builder: KeyBuilder): void {
    const m = this.options.modifiers;
    builder.push(
      `bin:${this.operator}${this.options.customSql ? `:${this.options.customSql}:${this.options.customPrecedence ?? 0}` : ''}${m ? `:${m.escape ?? ''}:${m.symmetric ? 's' : ''}:${m.flags ?? ''}` : ''}:${this.type.cacheKey()}`,
    );
    this.left.addKey(builder);
    this.right.addKey(builder);
  }
}
