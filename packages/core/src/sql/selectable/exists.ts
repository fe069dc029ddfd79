// `EXISTS (SELECT …)` (SQLAlchemy's Exists): `exists().where(...)` builds `SELECT *` inside,
// `select(...).exists()` wraps an existing select. A boolean expression; `not()` negates it.
import {
  BooleanType,
  type ColumnElement,
  ColumnElement as ColumnElementBase,
  Grouping,
  isPrecedent,
  type KeyBuilder,
  LiteralColumn,
  type OperatorName,
  Select,
  type SelectBase,
  type TextClause,
  type TypeEngine,
  UnaryExpression,
} from '../../internal';

export class Exists extends ColumnElementBase<boolean> {
  readonly kind = 'exists' as const;
  readonly type: TypeEngine = new BooleanType();

  constructor(readonly element: SelectBase) {
    super();
  }

  /** Adds criteria to the inner select: `exists().where(posts.c.author_id.eq(users.c.id))`. */
  where(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): Exists {
    return new Exists(this.innerSelect().where(...criteria));
  }

  /** Replaces the inner select's columns. */
  select(): Select {
    return this.innerSelect();
  }

  correlate(...froms: readonly object[]): Exists {
    return new Exists(this.innerSelect().correlate(...froms));
  }

  selectFrom(...froms: readonly object[]): Exists {
    return new Exists(this.innerSelect().selectFrom(...froms));
  }

  override get isImplicitlyBoolean(): boolean {
    return true;
  }

  /** Grouped like a prefix operator of precedence 0: `(EXISTS (…)) AND x`, plain in WHERE. */
  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<boolean> {
    return isPrecedent('exists', against, { against: againstPrecedence })
      ? new Grouping<boolean>(this)
      : this;
  }

  /** `NOT (EXISTS (…))`. */
  override negate(): ColumnElement<boolean> {
    return UnaryExpression.not(this);
  }

  addKey(builder: KeyBuilder): void {
    builder.push('exists');
    this.element.addKey(builder);
  }

  private innerSelect(): Select {
    if (this.element instanceof Select) return this.element as Select;
    throw new TypeError('this EXISTS wraps a compound or textual select; build the criteria into it first');
  }
}

/** `EXISTS (SELECT * …)`: `exists().where(posts.c.author_id.eq(users.c.id))`, or `exists(select(...))`. */
export function exists(inner?: SelectBase | ColumnElement): Exists {
  if (inner === undefined) return new Exists(new Select([new LiteralColumn('*')]));
  if (inner instanceof ColumnElementBase) return new Exists(new Select([inner]));
  return new Exists(inner);
}
