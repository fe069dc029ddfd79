// text('SELECT * FROM users WHERE id = :id'): literal SQL with `:name` bound parameters
// (SQLAlchemy's TextClause). `.bindparams()` gives values or types; `.columns()` types the result.
import {
  ArgumentError,
  BindParameter,
  ClauseElement,
  ColumnClause,
  ColumnElement,
  Grouping,
  type KeyBuilder,
  NULLTYPE,
  type OperatorName,
  TextualSelect,
  type TypeEngine,
  type TypeLike,
  toType,
  type ValueOfType,
} from '../../internal';

/** `:name` not preceded by a colon or backslash; `\:` escapes a literal colon, as in SQLAlchemy. */
const BIND = /(?<![:\w\\]):(\w+)(?!:)/g;

export class TextClause extends ClauseElement {
  readonly kind = 'textClause' as const;
  /** The binds in order of first appearance; `.bindparams()` replaces them by name. */
  readonly binds: ReadonlyMap<string, BindParameter>;

  constructor(
    readonly text: string,
    binds?: ReadonlyMap<string, BindParameter>,
  ) {
    super();
    if (binds) this.binds = binds;
    else {
      const found = new Map<string, BindParameter>();
      for (const match of text.matchAll(BIND)) {
        const name = match[1] as string;
        if (!found.has(name))
          found.set(name, new BindParameter(name, undefined, NULLTYPE, { required: true }));
      }
      this.binds = found;
    }
  }

  /**
   * Values or typed binds for the `:name` placeholders: `.bindparams({ id: 5 })`,
   * `.bindparams(bindparam('when', undefined, { type: DateTime }))`.
   */
  bindparams(...args: readonly (BindParameter | Readonly<Record<string, unknown>>)[]): TextClause {
    const next = new Map(this.binds);
    for (const arg of args) {
      if (arg instanceof BindParameter) {
        if (!next.has(arg.paramKey))
          throw new ArgumentError(
            `This text() construct doesn't define a bound parameter named '${arg.paramKey}'`,
          );
        next.set(arg.paramKey, arg);
      } else {
        for (const [name, value] of Object.entries(arg)) {
          const existing = next.get(name);
          if (!existing)
            throw new ArgumentError(`This text() construct doesn't define a bound parameter named '${name}'`);
          next.set(name, new BindParameter(name, value, existing.type, {}));
        }
      }
    }
    return new TextClause(this.text, next);
  }

  /**
   * Declares the result columns, making this a selectable with typed rows:
   * `text('SELECT id, name FROM users').columns(column('id', Integer), column('name', String))`.
   */
  columns<const A extends readonly ColumnClause<string, unknown>[]>(...columns: A): TextualSelect<A>;
  columns<const R extends Readonly<Record<string, TypeLike>>>(
    types: R,
  ): TextualSelect<
    readonly { [K in keyof R & string]: ColumnClause<K, ValueOfType<R[K]> | null> }[keyof R & string][]
  >;
  columns(...args: readonly unknown[]): TextualSelect<readonly ColumnClause<string, unknown>[]> {
    const first = args[0];
    if (args.length === 1 && first && !(first instanceof ColumnElement) && typeof first === 'object') {
      const cols = Object.entries(first as Record<string, TypeLike>).map(
        ([name, type]) => new ColumnClause(name, toType(type)),
      );
      return new TextualSelect(this, cols);
    }
    return new TextualSelect(this, args as ColumnClause[]);
  }

  /** This text as a boolean criterion (in `where()`). */
  asColumn(): ColumnElement<boolean> {
    return new TextColumn(this);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`text:${this.text}`);
    for (const bind of this.binds.values()) bind.addKey(builder);
  }
}

/** A text() used where an expression is expected (WHERE, ORDER BY); renders its text. */
export class TextColumn extends ColumnElement<boolean> {
  readonly kind = 'textClause' as const;
  readonly type: TypeEngine = NULLTYPE;
  constructor(readonly clause: TextClause) {
    super();
  }
  get text(): string {
    return this.clause.text;
  }
  get binds(): ReadonlyMap<string, BindParameter> {
    return this.clause.binds;
  }
  override get renderLabelInColumnsClause(): boolean {
    return false;
  }
  override selfGroup(against?: OperatorName, _againstPrecedence?: number): ColumnElement<boolean> {
    return against === 'in' ? new Grouping<boolean>(this) : this;
  }
  addKey(builder: KeyBuilder): void {
    this.clause.addKey(builder);
  }
}

/** Literal SQL with `:name` parameters (SQLAlchemy's `text()`). */
export function text(sql: string): TextClause {
  return new TextClause(sql);
}
