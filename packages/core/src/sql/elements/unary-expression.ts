// Prefix operators and postfix modifiers on one expression (SQLAlchemy's UnaryExpression and
// AsBoolean): `NOT x`, `-x`, `~x`, `DISTINCT x`, `x DESC`, `x NULLS FIRST`, and the boolean test
// of a column (`x` or `x = 1` where the database has no boolean type). Built by ColumnElement
// methods, `not()`, `desc()`, and the grouping of boolean columns in WHERE.
import {
  anonLabel,
  BooleanType,
  ColumnElement,
  FalseElement,
  Grouping,
  isPrecedent,
  type KeyBuilder,
  type OperatorName,
  TextualLabelReference,
  TrueElement,
  type TypeEngine,
} from '../../internal';

export class UnaryExpression<T = unknown> extends ColumnElement<T> {
  readonly kind = 'unary' as const;

  private constructor(
    readonly element: ColumnElement,
    /** Rendered before the element (`NOT`, `-`, `DISTINCT`, `~`), or a boolean test (`isTrue`, `isFalse`). */
    readonly operator: OperatorName | undefined,
    /** Rendered after the element (`DESC`, `ASC`, `NULLS FIRST`). */
    readonly modifier: OperatorName | undefined,
    readonly type: TypeEngine,
  ) {
    super();
  }

  static not(element: ColumnElement): UnaryExpression<boolean> {
    return new UnaryExpression<boolean>(element.selfGroup('not'), 'not', undefined, new BooleanType());
  }

  static operator(element: ColumnElement, operator: OperatorName, type: TypeEngine): UnaryExpression {
    return new UnaryExpression(element.selfGroup(operator), operator, undefined, type);
  }

  static modifier(element: ColumnElement, modifier: OperatorName): UnaryExpression {
    return new UnaryExpression(element.selfGroup(modifier), undefined, modifier, element.type);
  }

  /** `x` tested as a boolean (SQLAlchemy's AsBoolean): `x` / `NOT x`, or `x = 1` / `x = 0` without native booleans. */
  static asBoolean(element: ColumnElement, test: 'isTrue' | 'isFalse'): UnaryExpression<boolean> {
    return new UnaryExpression<boolean>(element, test, undefined, new BooleanType());
  }

  get isAsBoolean(): boolean {
    return this.operator === 'isTrue' || this.operator === 'isFalse';
  }

  override get isImplicitlyBoolean(): boolean {
    if (this.isAsBoolean) return this.element.isImplicitlyBoolean;
    return this.operator === 'not';
  }

  // AsBoolean wraps a column expression: it is labeled with the column's own name.
  override get nonAnonLabel(): string | undefined {
    return this.isAsBoolean ? undefined : super.nonAnonLabel;
  }

  override get anonNameLabel(): string {
    if (this.isAsBoolean) return this.element.nonAnonLabel ?? this.element.anonNameLabel;
    return super.anonNameLabel;
  }

  override get tqLabel(): string | undefined {
    return this.isAsBoolean ? this.element.tqLabel : undefined;
  }

  override get proxyKey(): string | undefined {
    return this.isAsBoolean ? this.element.proxyKey : super.proxyKey;
  }

  override dedupeAnonLabel(index: number): string {
    if (!this.isAsBoolean) return super.dedupeAnonLabel(index);
    const name = this.element.nonAnonLabel;
    return name ? anonLabel(this, `${name}_`) : this.dedupeAnonTqLabel(index);
  }

  /** Whether the expression inside is not a plain named column (then the unary is labeled in a columns clause). */
  get wrapsUnnamedColumn(): boolean {
    let inner: ColumnElement = this.element;
    while (inner instanceof Grouping) inner = inner.element;
    return !inner.isNamedColumn || inner.nonAnonLabel === undefined;
  }

  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<T> {
    if (this.isAsBoolean) return this;
    if (this.operator && isPrecedent(this.operator, against, { against: againstPrecedence }))
      return new Grouping<T>(this);
    return this;
  }

  /** `not()` of this: the opposite boolean test, or `NOT (…)` for boolean expressions. */
  override negate(): ColumnElement<boolean> {
    if (this.isAsBoolean) {
      if (this.element instanceof TrueElement || this.element instanceof FalseElement)
        return this.element.negate();
      return UnaryExpression.asBoolean(this.element, this.operator === 'isTrue' ? 'isFalse' : 'isTrue');
    }
    if (this.type.affinity === 'boolean') return UnaryExpression.not(this);
    return super.negate();
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`un:${this.operator ?? ''}:${this.modifier ?? ''}:${this.type.cacheKey()}`);
    this.element.addKey(builder);
  }
}

/** `-x` */
export function neg<T extends number | bigint | string | null>(element: ColumnElement<T>): ColumnElement<T> {
  return UnaryExpression.operator(element, 'neg', element.type) as ColumnElement<T>;
}

/** `x DESC`; a string names a selected label or column: `desc('total')`. */
export function desc<T>(element: ColumnElement<T> | string): ColumnElement<T> {
  if (typeof element === 'string') {
    return UnaryExpression.modifier(new TextualLabelReference(element), 'desc') as ColumnElement<T>;
  }
  return element.desc();
}

/** `x ASC`; a string names a selected label or column. */
export function asc<T>(element: ColumnElement<T> | string): ColumnElement<T> {
  if (typeof element === 'string') {
    return UnaryExpression.modifier(new TextualLabelReference(element), 'asc') as ColumnElement<T>;
  }
  return element.asc();
}

export function nullsFirst<T>(element: ColumnElement<T>): ColumnElement<T> {
  return element.nullsFirst();
}

export function nullsLast<T>(element: ColumnElement<T>): ColumnElement<T> {
  return element.nullsLast();
}

/** `DISTINCT x` inside an aggregate: `func.count(distinct(users.c.name))`. */
export function distinct<T>(element: ColumnElement<T>): ColumnElement<T> {
  return element.distinct();
}
