// Base of every node of the SQL expression tree (SQLAlchemy's ClauseElement). Nodes are immutable;
// the compiler visits them by `kind`. Statements, expressions and DDL constructs all extend it.

import type { CompileOptions } from '../compiler/compile-options';
import type { Compiled } from '../compiler/compiled';
import { defaultDialectHolder } from '../dialect/default-dialect-holder';
import type { Dialect } from '../dialect/dialect';
import { type CacheKey, KeyBuilder } from './cache-key';
import type { NodeKind } from './node-kind';

export abstract class ClauseElement {
  abstract readonly kind: NodeKind;

  /** Adds this node's structure (never its bound values) to a cache key. */
  abstract addKey(builder: KeyBuilder): void;

  /** The structural cache key and the bound parameters in key order; memoized, since nodes are immutable. */
  cacheKey(): CacheKey {
    const memo = this.cacheKeyMemo;
    if (memo) return memo;
    const builder = new KeyBuilder();
    this.addKey(builder);
    const computed: CacheKey = { key: builder.key(), binds: builder.binds };
    // A property rather than a WeakMap entry: a statement built per execution pays for its key
    // once, and a WeakMap insert costs more than the rest of a small key.
    if (Object.isExtensible(this)) Object.defineProperty(this, 'cacheKeyMemo', { value: computed });
    return computed;
  }

  /** The memoized cache key (set by cacheKey()); absent until then. */
  private declare readonly cacheKeyMemo: CacheKey | undefined;

  /** Compiles for `dialect` (the default string dialect when omitted), e.g. `stmt.compile({ dialect: engine.dialect })`. */
  compile(options: CompileOptions = {}): Compiled {
    const dialect: Dialect = options.dialect ?? defaultDialectHolder.get();
    return dialect.compile(this, options);
  }

  /** The SQL as the default dialect renders it, with `:name` placeholders (SQLAlchemy's `str(stmt)`). */
  toString(): string {
    return this.compile().sql;
  }
}
