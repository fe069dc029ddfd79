// Structural cache keys (SQLAlchemy's _generate_cache_key): a string naming a statement's shape
// without its bound values, plus the bound parameters in traversal order. The engine looks up
// compiled forms by the string and feeds the new values by position.
import { mapAnonIdentities } from '../internal';
import type { BindParameter } from './elements/bind-parameter';

export class KeyBuilder {
  /** The key so far: tokens each followed by \u0001 (appending beats an array and a join). */
  private text = '';
  readonly binds: BindParameter<unknown>[] = [];
  /** Anonymous objects (unnamed aliases, subqueries) get an index on first sight, so two
      statements built the same way produce the same key although their objects differ.
      Made on first use: most statements have none. */
  private anonymous: Map<object, number> | undefined;
  private anonymousNames: Map<string, number> | undefined;

  push(token: string): void {
    this.text += token;
    this.text += '\u0001';
  }

  /** The index of an anonymous object within this key. */
  anon(object: object): number {
    this.anonymous ??= new Map();
    let index = this.anonymous.get(object);
    if (index === undefined) {
      index = this.anonymous.size;
      this.anonymous.set(object, index);
    }
    return index;
  }

  /** A name whose anonymous parts (anon-label.ts) are renumbered by order of appearance in this key. */
  name(name: string): string {
    return mapAnonIdentities(name, (identity) => {
      this.anonymousNames ??= new Map();
      let index = this.anonymousNames.get(identity);
      if (index === undefined) {
        index = this.anonymousNames.size;
        this.anonymousNames.set(identity, index);
      }
      return `#${index}`;
    });
  }

  key(): string {
    return this.text;
  }
}

export interface CacheKey {
  readonly key: string;
  readonly binds: readonly BindParameter<unknown>[];
}

/** Objects that take part in cache keys; every clause element is one. */
export interface Keyed {
  addKey(builder: KeyBuilder): void;
}

let nextIdentity = 0;

/** A process-unique token for objects compared by identity (tables, user-defined types). */
export function identityToken(prefix: string): string {
  nextIdentity += 1;
  return `${prefix}${nextIdentity.toString(36)}`;
}
