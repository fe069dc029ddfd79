// Base of every SQL type (SQLAlchemy's TypeEngine): the TypeScript value type it carries, how
// dialects convert values to and from the driver, how literals render, and which operators apply.
// Expressions, columns and the compiler read types; dialect packages supply per-dialect behaviour.
import { defaultDialectHolder } from '../dialect/default-dialect-holder';
import type { Dialect } from '../dialect/dialect';
import { ArgumentError } from '../errors/retort-error';
import type { OperatorName } from '../sql/operators';
import type { OperatorHooks } from './operator-hooks';

export type BindProcessor = (value: unknown) => unknown;
export type ResultProcessor = (value: unknown) => unknown;

/** The family a type belongs to; operators, literal coercion and dialect type maps key on it. */
export type TypeAffinity =
  | 'integer'
  | 'biginteger'
  | 'float'
  | 'numeric'
  | 'string'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'time'
  | 'interval'
  | 'binary'
  | 'json'
  | 'enum'
  | 'uuid'
  | 'array'
  | 'null'
  | 'other';

export abstract class TypeEngine<T = unknown> {
  /** Phantom: the TypeScript type of this SQL type's values. Never set at run time. */
  declare readonly '~value': T;

  /** The name type compilers dispatch on (`integer`, `string`, `json`, …). */
  abstract readonly visitName: string;
  abstract readonly affinity: TypeAffinity;

  /** Operator behaviour specific to this type (string concatenation, JSON paths, ARRAY contains). */
  get operatorHooks(): OperatorHooks | undefined {
    return undefined;
  }

  /**
   * Identity of everything that changes how this type renders or processes values; part of the
   * compiled-statement cache key. Two types with the same key are interchangeable for a compile.
   */
  cacheKey(): string {
    if (!this.variants) return this.ownKey();
    return `${this.ownKey()}{${[...this.variants].map(([name, type]) => `${name}:${type.cacheKey()}`).join(',')}}`;
  }

  /** The cache key of this type without its variants: its class and arguments. */
  protected abstract ownKey(): string;

  /**
   * Converts a value before it is handed to the driver, for conversions that belong to the type
   * itself (Enum names, TypeDecorator); dialect packages add the driver-specific ones by affinity.
   */
  bindProcessor(_dialect: Dialect): BindProcessor | undefined {
    return undefined;
  }

  /** Converts a value the driver returned, for conversions that belong to the type itself. */
  resultProcessor(_dialect: Dialect): ResultProcessor | undefined {
    return undefined;
  }

  /**
   * Whether a JS `null` is a value this type converts itself (SQLAlchemy's should_evaluate_none):
   * JSON stores it as the JSON `null` unless `noneAsNull`, a TypeDecorator sees it in
   * processBindParam. Otherwise `null` is SQL NULL and never reaches the processors.
   */
  get evaluatesNone(): boolean {
    return false;
  }

  /**
   * The type to bind a plain value with when it is compared with an expression of this type
   * (SQLAlchemy's coerce_compared_value): this type when the value belongs to it, else the type
   * the value implies, so `intColumn.eq('5')` binds a string. TypeDecorator returns itself.
   */
  coerceComparedValue(_op: OperatorName, value: unknown, inferred: TypeEngine): TypeEngine {
    if (value === null || value === undefined || inferred.affinity === 'null') return this;
    return inferred.affinity === this.affinity ? this : inferred;
  }

  /** Renders a value inline, for `literalBinds` compilation (offline SQL, DDL defaults). */
  literal(value: T, dialect: Dialect): string {
    return dialect.renderLiteral(value, this);
  }

  /**
   * The same type, but rendered and processed as `type` on the named dialects (`postgresql`,
   * `mysql`, `mariadb`, `sqlite`); a `mysql` variant also applies to MariaDB.
   */
  withVariant(type: TypeLike<T>, ...dialectNames: string[]): this {
    const variant = toType(type);
    if (variant.variants) {
      throw new ArgumentError(
        "can't pass a type that already has variants as a dialect-level type to withVariant()",
      );
    }
    if (dialectNames.length === 0) throw new ArgumentError('withVariant() needs at least one dialect name');
    const variants = new Map(this.variants ?? []);
    for (const name of dialectNames) {
      if (variants.has(name)) {
        throw new ArgumentError(`Dialect '${name}' is already present in the mapping for this ${this}`);
      }
      variants.set(name, variant);
    }
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this)) as this, this);
    copy.variants = variants;
    return copy;
  }

  /** The type to use on `dialect`: a variant registered for it, else this type. */
  forDialect(dialect: Dialect): TypeEngine<T> {
    const variants = this.variants;
    if (!variants) return this;
    return (dialect.isMariaDB ? variants.get('mariadb') : undefined) ?? variants.get(dialect.name) ?? this;
  }

  /** Variants by dialect name; set only by withVariant on a copy. */
  variants: ReadonlyMap<string, TypeEngine<T>> | undefined;

  /** True when two values of this type are the same value (used by ORM change tracking). */
  compareValues(a: T, b: T): boolean {
    return a === b;
  }

  /** The type as the default dialect names it in DDL (`VARCHAR(10)`), as SQLAlchemy's str(type). */
  toString(): string {
    try {
      return defaultDialectHolder.get().typeDDL(this);
    } catch {
      return this.ownKey();
    }
  }
}

/** A type, or a function returning one: `Integer` and `Integer()` are both accepted, as in SQLAlchemy. */
export type TypeLike<T = unknown> = TypeEngine<T> | (() => TypeEngine<T>);

/** The value type of a TypeLike. */
export type ValueOfType<X> =
  X extends TypeEngine<infer T> ? T : X extends () => TypeEngine<infer T> ? T : never;

/** The TypeEngine a TypeLike stands for. */
export type EngineOf<X> = X extends TypeEngine
  ? X
  : X extends () => infer E
    ? E extends TypeEngine
      ? E
      : never
    : never;

export function toType<T>(type: TypeLike<T>): TypeEngine<T> {
  return typeof type === 'function' ? type() : type;
}

export function isTypeEngine(value: unknown): value is TypeEngine {
  return value instanceof TypeEngine;
}
