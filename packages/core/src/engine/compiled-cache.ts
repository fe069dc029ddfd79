// The engine's compiled-statement cache (SQLAlchemy's LRUCache behind query_cache_size): compiled
// forms by structural key plus execution shape. A hit skips compilation entirely; values come
// from the executed statement's own binds. Owned by an Engine; Connection reads and fills it.
import type { Compiled } from '../internal';

interface Entry {
  readonly compiled: Compiled;
  /** The execution shape (parameter names, executemany …) this form was compiled for. */
  readonly variant: string;
  /** The use counter's value at the last hit: the least recently used entries go first. */
  used: number;
  /** Another execution shape of the same statement. */
  next: Entry | undefined;
}

export class CompiledCache {
  /**
   * By the statement's structural key as memoized on the statement (its hash is computed once
   * per statement object), then by execution shape: concatenating the two into one key would
   * make every execution hash a fresh string.
   */
  private readonly entries = new Map<string, Entry>();
  private count = 0;
  private counter = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  get(key: string, variant = ''): Compiled | undefined {
    let entry = this.entries.get(key);
    while (entry !== undefined && entry.variant !== variant) entry = entry.next;
    if (entry === undefined) return undefined;
    // A hit only stamps the entry (as SQLAlchemy's LRUCache does): reordering the map on every
    // hit would cost each cached execution a delete and an insert.
    entry.used = ++this.counter;
    return entry.compiled;
  }

  set(key: string, compiled: Compiled, variant = ''): void {
    const fresh: Entry = { compiled, variant, used: ++this.counter, next: undefined };
    let tail = fresh;
    for (let e = this.entries.get(key); e !== undefined; e = e.next) {
      if (e.variant === variant) {
        this.count--;
        continue;
      }
      tail.next = { compiled: e.compiled, variant: e.variant, used: e.used, next: undefined };
      tail = tail.next;
    }
    this.entries.set(key, fresh);
    this.count++;
    // Like SQLAlchemy, let the cache overshoot by half before pruning back to capacity, so
    // pruning is rare.
    if (this.count > this.capacity * 1.5) this.prune();
  }

  clear(): void {
    this.entries.clear();
    this.count = 0;
  }

  /** Drops the least recently used entries down to capacity. */
  private prune(): void {
    const all: [string, Entry][] = [];
    for (const [key, first] of this.entries)
      for (let e: Entry | undefined = first; e; e = e.next) all.push([key, e]);
    all.sort((a, b) => a[1].used - b[1].used);
    const drop = new Set(all.slice(0, this.count - this.capacity).map(([, e]) => e));
    for (const [key, first] of [...this.entries]) {
      let head: Entry | undefined;
      let tail: Entry | undefined;
      for (let e: Entry | undefined = first; e; e = e.next) {
        if (drop.has(e)) continue;
        const copy: Entry = { compiled: e.compiled, variant: e.variant, used: e.used, next: undefined };
        if (tail) tail.next = copy;
        else head = copy;
        tail = copy;
      }
      if (head) this.entries.set(key, head);
      else this.entries.delete(key);
    }
    this.count -= drop.size;
  }
}
