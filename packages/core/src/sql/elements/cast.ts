// `CAST(expr AS type)` (SQLAlchemy's Cast) and `typeCoerce(expr, type)`, which changes only the
// TypeScript-side type (bind and result processing) without SQL. Both wrap a column expression:
// selected, they are labeled with the wrapped column's name (`CAST(users.id AS VARCHAR) AS id`).
import {
  anonLabel,
  BindParameter,
  ColumnElement,
  coerceOperand,
  type KeyBuilder,
  literal,
  type OperatorName,
  TextColumn,
  type TypeEngine,
  type TypeLike,
  toType,
  type ValueOfType,
} from '../../internal';

/** Naming shared by expressions that wrap a column (SQLAlchemy's WrapsColumnExpression). */
export abstract class WrapsColumnExpression<T = unknown> extends ColumnElement<T> {
  abstract readonly element: ColumnElement;

  override get nonAnonLabel(): string | undefined {
    return undefined;
  }

  override get anonNameLabel(): string {
    const wrapped = this.element;
    if (!(wrapped instanceof TextColumn)) return wrapped.nonAnonLabel ?? wrapped.anonNameLabel;
    return super.anonNameLabel;
  }

  override get tqLabel(): string | undefined {
    return this.element.tqLabel;
  }

  override get proxyKey(): string | undefined {
    return this.element instanceof TextColumn ? super.proxyKey : this.element.proxyKey;
  }

  override dedupeAnonLabel(index: number): string {
    const name = this.element.nonAnonLabel;
    return name ? anonLabel(this, `${name}_`) : this.dedupeAnonTqLabel(index);
  }
}

export class Cast<T = unknown> extends WrapsColumnExpression<T> {
  readonly kind = 'cast' as const;
  constructor(
    readonly element: ColumnElement,
    readonly type: TypeEngine,
  ) {
    super();
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`cast:${this.type.cacheKey()}`);
    this.element.addKey(builder);
  }
}

export class TypeCoerce<T = unknown> extends WrapsColumnExpression<T> {
  readonly kind = 'typeCoerce' as const;
  constructor(
    readonly element: ColumnElement,
    readonly type: TypeEngine,
  ) {
    super();
  }
  /** What renders: the element, or for a bound value the value bound with the new type. */
  get typedExpression(): ColumnElement {
    const e = this.element;
    return e instanceof BindParameter ? new BindParameter(e.paramKey, e.value, this.type, e.options) : e;
  }
  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<T> {
    const grouped = this.element.selfGroup(against, againstPrecedence);
    return grouped === this.element ? this : (new TypeCoerce<T>(grouped, this.type) as ColumnElement<T>);
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`coerce:${this.type.cacheKey()}`);
    this.element.addKey(builder);
  }
}

function asExpression(value: unknown, type: TypeEngine): ColumnElement {
  if (value instanceof ColumnElement) return coerceOperand(value, value);
  return literal(value, type);
}

/**
 * `null` when the expression cast can be NULL: a nullable column's CAST stays nullable, a NOT NULL
 * column's or a plain value's does not.
 */
export type NullOfCast<E> =
  E extends ColumnElement<infer T>
    ? null extends T
      ? null
      : never
    : E extends null | undefined
      ? null
      : never;

/** `CAST(expr AS type)`: `cast(users.c.id, String)`; a plain value is bound with the target type. */
export function cast<E, Ty extends TypeLike>(expression: E, type: Ty): Cast<ValueOfType<Ty> | NullOfCast<E>> {
  const target = toType(type);
  return new Cast<ValueOfType<Ty> | NullOfCast<E>>(asExpression(expression, target), target);
}

/** Treat `expr` as `type` for bind and result processing only, rendering no SQL (SQLAlchemy's type_coerce). */
export function typeCoerce<E, Ty extends TypeLike>(
  expression: E,
  type: Ty,
): TypeCoerce<ValueOfType<Ty> | NullOfCast<E>> {
  const target = toType(type);
  return new TypeCoerce<ValueOfType<Ty> | NullOfCast<E>>(asExpression(expression, target), target);
}
