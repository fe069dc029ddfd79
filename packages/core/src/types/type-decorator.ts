// TypeDecorator: a user type built on an existing one (SQLAlchemy's TypeDecorator). It renders and
// stores as its `impl`, and converts values on the way in (processBindParam) and out
// (processResultValue). DefaultDialect composes these with the impl's own processors.
import type { Dialect } from '../dialect/dialect';
import { warnOnce } from '../errors/warnings';
import type { OperatorName } from '../sql/operators';
import type { OperatorHooks } from './operator-hooks';
import {
  type BindProcessor,
  type ResultProcessor,
  type TypeAffinity,
  TypeEngine,
  type TypeLike,
  toType,
} from './type-engine';

/**
 * Subclass it, give `impl`, and override the hooks you need:
 *
 * ```ts
 * class LowerCased extends TypeDecorator<string> {
 *   readonly impl = String(100);
 *   readonly cacheOk = true;
 *   override processBindParam(value: string | null) { return value?.toLowerCase() ?? null; }
 * }
 * ```
 *
 * `T` is the value your code sees; `I` the value of the impl type (what the database stores).
 */
export abstract class TypeDecorator<T = unknown, I = unknown> extends TypeEngine<T> {
  /** The type this one is stored as: a type or a type factory (`String(50)`, `Integer`). */
  abstract readonly impl: TypeLike<I>;

  /**
   * Whether statements using this type may be cached (SQLAlchemy's cache_ok). Left undefined, a
   * warning is emitted and such statements are compiled every time, as in SQLAlchemy. Set it to
   * true when every attribute that changes the SQL or the processing is listed in cacheKeyArgs().
   */
  readonly cacheOk: boolean | undefined = undefined;

  readonly visitName: string = 'typeDecorator';

  get affinity(): TypeAffinity {
    return this.implType.affinity;
  }

  override get operatorHooks(): OperatorHooks | undefined {
    return this.implType.operatorHooks;
  }

  /** The impl as a TypeEngine. */
  get implType(): TypeEngine<I> {
    return toType(this.impl);
  }

  /** The impl to use on `dialect` (SQLAlchemy's load_dialect_impl); override to choose per dialect. */
  loadDialectImpl(dialect: Dialect): TypeEngine<I> {
    return this.implType.forDialect(dialect);
  }

  /** Converts a value on its way to the database; receives `null` too. Default: unchanged. */
  processBindParam?(value: T | null, dialect: Dialect): I | null;

  /** Converts a value from the database; receives `null` too. Default: unchanged. */
  processResultValue?(value: I | null, dialect: Dialect): T | null;

  /** Converts a value rendered inline (literalBinds); defaults to processBindParam. */
  processLiteralParam?(value: T | null, dialect: Dialect): I | null;

  /** The attributes that change rendering or processing, for the cache key when cacheOk is true. */
  protected cacheKeyArgs(): readonly unknown[] {
    return [];
  }

  protected ownKey(): string {
    if (this.cacheOk !== true) {
      if (this.cacheOk === undefined) {
        warnOnce(
          `TypeDecorator ${this.constructor.name}() will not produce a cache key because the cacheOk attribute is not set to true. This can have significant performance implications including some performance degradations in comparison to prior SQLAlchemy versions. Set this attribute to true if this type object's state is safe to use in a cache key, or false to disable this warning.`,
        );
      }
      // A key no other statement shares: the statement is compiled every time.
      uncachedCounter += 1;
      return `${this.constructor.name}!uncached${uncachedCounter}`;
    }
    return `${this.constructor.name}#${classKey(this)}(${this.cacheKeyArgs().map(keyOf).join(',')}):${this.implType.cacheKey()}`;
  }

  override get evaluatesNone(): boolean {
    return true;
  }

  /** As SQLAlchemy: values compared with this type's expressions are bound with this type. */
  override coerceComparedValue(_op: OperatorName, _value: unknown, _inferred: TypeEngine): TypeEngine {
    return this;
  }

  /** processBindParam, then the impl's own conversion on `dialect`. */
  override bindProcessor(dialect: Dialect): BindProcessor | undefined {
    const inner = dialect.bindProcessor(this.loadDialectImpl(dialect));
    const own = this.processBindParam?.bind(this);
    if (!own) return inner;
    if (!inner) return (value) => own(value as T | null, dialect);
    return (value) => {
      const converted = own(value as T | null, dialect);
      return converted === null || converted === undefined ? null : inner(converted);
    };
  }

  /** The impl's own conversion on `dialect`, then processResultValue. */
  override resultProcessor(dialect: Dialect): ResultProcessor | undefined {
    const inner = dialect.resultProcessor(this.loadDialectImpl(dialect));
    const own = this.processResultValue?.bind(this);
    if (!own) return inner;
    if (!inner) return (value) => own(value as I | null, dialect);
    return (value) => own(value === null || value === undefined ? null : (inner(value) as I), dialect);
  }

  /** The value as the impl renders it inline. */
  override literal(value: T, dialect: Dialect): string {
    const convert = this.processLiteralParam ?? this.processBindParam;
    const converted = convert ? convert.call(this, value, dialect) : value;
    return dialect.renderLiteral(converted, this.loadDialectImpl(dialect));
  }

  override compareValues(a: T, b: T): boolean {
    return (this.implType as unknown as TypeEngine<T>).compareValues(a, b);
  }
}

let uncachedCounter = 0;

const classKeys = new WeakMap<object, number>();
let nextClassKey = 0;

/** Two TypeDecorator classes of the same name in different modules must not share cache entries. */
function classKey(instance: object): number {
  const ctor = instance.constructor;
  let key = classKeys.get(ctor);
  if (key === undefined) {
    nextClassKey += 1;
    key = nextClassKey;
    classKeys.set(ctor, key);
  }
  return key;
}

function keyOf(value: unknown): string {
  if (value instanceof TypeEngine) return value.cacheKey();
  if (typeof value === 'bigint') return `${value}n`;
  return globalThis.JSON.stringify(value) ?? String(value);
}
