// A bound parameter (SQLAlchemy's BindParameter): a value sent to the driver apart from the SQL.
// Created by operator coercion (`users.c.id.eq(5)`) or explicitly with `bindparam()`; its value
// never enters the cache key, so statements differing only in values share a compiled form.
import {
  anonLabel,
  ColumnElement,
  type KeyBuilder,
  NULLTYPE,
  type TypeEngine,
  type TypeLike,
  toType,
} from '../../internal';

export interface BindParameterOptions {
  /** Anonymous binds get a numbered name at compile time (`id_1`); named ones keep theirs. */
  readonly unique?: boolean;
  /** `IN` lists: one placeholder per element at execution (`__[POSTCOMPILE_x]`). */
  readonly expanding?: boolean;
  /** Must be given a value at execution (`conn.execute(stmt, { name: … })`). */
  readonly required?: boolean;
  /** Produce the value at execution time instead of storing one. */
  readonly callable?: () => unknown;
  /** Render this value inline even in normal compilation (SQLAlchemy's literal_execute). */
  readonly literalExecute?: boolean;
  /** For expanding binds: the IN operator they stand in, which decides how an empty list renders. */
  readonly expandOp?: 'in' | 'notIn';
}

export class BindParameter<T = unknown> extends ColumnElement<T> {
  readonly kind = 'bindParam' as const;
  readonly type: TypeEngine;

  constructor(
    /** The base of the placeholder name: the compared column's key, `param`, or the user's name. */
    readonly paramKey: string,
    readonly value: T | undefined,
    type: TypeEngine,
    readonly options: BindParameterOptions = {},
  ) {
    super();
    this.type = type;
  }

  get unique(): boolean {
    return this.options.unique === true;
  }

  get expanding(): boolean {
    return this.options.expanding === true;
  }

  /** SQLAlchemy's `key`: the user's name, or an anonymous name numbered at compile time. */
  override get elementKey(): string {
    return this.unique ? this.anonKey : this.paramKey;
  }

  /** The anonymous name of a unique bind (`id_1` once compiled); stable for this object. */
  get anonKey(): string {
    return anonLabel(this, this.paramKey.replace(/^_+|_+$/g, '') || 'param');
  }

  override get bindKey(): string | undefined {
    return this.unique ? undefined : this.paramKey;
  }

  /** The same bind standing in the other IN operator (after `not()`). */
  withExpandOp(expandOp: 'in' | 'notIn'): BindParameter<T> {
    return new BindParameter(this.paramKey, this.value, this.type, { ...this.options, expandOp });
  }

  /** A copy holding another value (the engine fills `bindparam('x')` this way). */
  withValue(value: T): BindParameter<T> {
    return new BindParameter(this.paramKey, value, this.type, this.options);
  }

  /** The value to send: the stored one or the callable's result. */
  effectiveValue(): unknown {
    return this.options.callable ? this.options.callable() : this.value;
  }

  addKey(builder: KeyBuilder): void {
    const o = this.options;
    builder.push(
      `b:${o.unique ? '' : this.paramKey}:${this.type.cacheKey()}${o.expanding ? `:x${o.expandOp ?? ''}` : ''}${o.literalExecute ? `:l=${String(this.value)}` : ''}`,
    );
    builder.binds.push(this as BindParameter<unknown>);
  }
}

/**
 * A named bound parameter whose value is given at execution: `bindparam('username')` with
 * `conn.execute(stmt, { username: 'x' })`, or with a value: `bindparam('x', 5)`.
 */
export function bindparam<T = unknown>(
  key: string,
  value?: T,
  options: {
    type?: TypeLike<T>;
    expanding?: boolean;
    required?: boolean;
    unique?: boolean;
    callable?: () => T;
  } = {},
): BindParameter<T> {
  const type = options.type ? toType(options.type) : NULLTYPE;
  return new BindParameter<T>(key, value, type, {
    expanding: options.expanding,
    required: options.required ?? (value === undefined && !options.callable),
    unique: options.unique,
    callable: options.callable,
  });
}
