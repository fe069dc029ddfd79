// Raw SQL text used as a column expression (`literalColumn('x')`, SQLAlchemy's literal_column:
// a ColumnClause whose name renders verbatim), and `literal(value)`, a bound value in a column position.
import {
  BindParameter,
  ColumnElement,
  inferType,
  type KeyBuilder,
  NULLTYPE,
  type TypeEngine,
  type TypeLike,
  toType,
} from '../../internal';

export class LiteralColumn<T = unknown> extends ColumnElement<T> {
  readonly kind = 'literalColumn' as const;
  readonly isLiteral = true;
  constructor(
    readonly text: string,
    readonly type: TypeEngine = NULLTYPE,
    /** A collation name: quoted by the identifier rules instead of rendered verbatim. */
    readonly isCollation = false,
  ) {
    super();
  }

  static collation(name: string): LiteralColumn {
    return new LiteralColumn(name, NULLTYPE, true);
  }

  override get labelName(): string | undefined {
    return this.isCollation ? undefined : this.text;
  }

  override get elementKey(): string | undefined {
    return this.isCollation ? undefined : this.text;
  }

  override get isNamedColumn(): boolean {
    return !this.isCollation;
  }

  override get bindKey(): string | undefined {
    return this.isCollation ? undefined : this.text;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`lit:${this.isCollation ? 'c:' : ''}${this.text}:${this.type.cacheKey()}`);
  }
}

/** Raw SQL text in a column position, rendered as written: `literalColumn('1')`, `literalColumn('x', Integer)`. */
export function literalColumn<T = unknown>(text: string, type?: TypeLike<T>): LiteralColumn<T> {
  return new LiteralColumn<T>(text, type ? toType(type) : NULLTYPE);
}

/** A value as a bound parameter in a column position: `select(literal(5))` is `SELECT :param_1`. */
export function literal<T>(value: T, type?: TypeLike<T>): BindParameter<T> {
  return new BindParameter<T>('param', value, type ? toType(type) : inferType(value), { unique: true });
}
