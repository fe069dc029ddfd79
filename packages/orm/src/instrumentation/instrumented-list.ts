// The array behind a collection attribute (SQLAlchemy's InstrumentedList): every mutator (push,
// splice, pop, index assignment, length truncation …) reports each member added or removed to the
// attribute, which records history and fires events. Derived arrays (map, filter) are plain.

/** What a collection reports to: the attribute implementation, bound to one instance. */
export interface CollectionAdapter {
  /** Called once before the first change of a mutator call (the attribute snapshots its original). */
  beforeMutation(): void;
  /** A member is being added; returns the member to store (a validator may replace it). */
  appended(item: unknown): unknown;
  /** A member was removed. */
  removed(item: unknown): void;
}

const ADAPTER: unique symbol = Symbol('retort.orm.collectionAdapter');
const TARGET: unique symbol = Symbol('retort.orm.collectionTarget');

interface Internals<T> {
  [ADAPTER]: CollectionAdapter | undefined;
  [TARGET]: T[];
}

function isIndex(prop: string | symbol): prop is string {
  if (typeof prop !== 'string' || prop.length === 0 || prop.length > 10) return false;
  const n = Number(prop);
  return Number.isInteger(n) && n >= 0 && globalThis.String(n) === prop && n < 4294967295;
}

function relativeIndex(value: number | undefined, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Math.trunc(Number(value)) || 0;
  return n < 0 ? Math.max(length + n, 0) : Math.min(n, length);
}

export class InstrumentedList<T> extends Array<T> {
  /** Derived arrays (map, filter, slice, concat) are plain arrays. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** A collection holding `items`, reporting to `adapter`. */
  static create<T>(adapter: CollectionAdapter, items: Iterable<T> = []): InstrumentedList<T> {
    const target = Reflect.construct(Array, [], InstrumentedList) as InstrumentedList<T>;
    for (const item of items) Array.prototype.push.call(target, item);
    Object.defineProperty(target, ADAPTER, { value: adapter, writable: true, enumerable: false });
    Object.defineProperty(target, TARGET, { value: target, enumerable: false });
    return new Proxy(target, TRAPS) as InstrumentedList<T>;
  }

  /** Adds a member reporting to `adapter` rather than the list's own (to fire with another initiator). */
  static appendWith<T>(list: T[], adapter: CollectionAdapter, item: T): void {
    const target = (list as unknown as Internals<T>)[TARGET] ?? list;
    adapter.beforeMutation();
    Array.prototype.push.call(target, adapter.appended(item) as T);
  }

  /** Removes the member at `index`, reporting to `adapter`. */
  static removeWith<T>(list: T[], adapter: CollectionAdapter, index: number): void {
    const target = (list as unknown as Internals<T>)[TARGET] ?? list;
    adapter.beforeMutation();
    const [item] = Array.prototype.splice.call(target, index, 1) as T[];
    adapter.removed(item);
  }

  /** Stops reporting (the collection was replaced by another one). */
  static detach(list: unknown[]): void {
    if (list instanceof InstrumentedList) (list as unknown as Internals<unknown>)[ADAPTER] = undefined;
  }

  override push(...items: T[]): number {
    const { target, adapter } = internals(this);
    if (!adapter) return Array.prototype.push.apply(target, items);
    if (items.length > 0) adapter.beforeMutation();
    for (const item of items) Array.prototype.push.call(target, adapter.appended(item) as T);
    return target.length;
  }

  override unshift(...items: T[]): number {
    const { target, adapter } = internals(this);
    if (!adapter) return Array.prototype.unshift.apply(target, items);
    if (items.length > 0) adapter.beforeMutation();
    const stored = items.map((item) => adapter.appended(item) as T);
    return Array.prototype.unshift.apply(target, stored);
  }

  override pop(): T | undefined {
    const { target, adapter } = internals(this);
    if (!adapter || target.length === 0) return Array.prototype.pop.call(target) as T | undefined;
    adapter.beforeMutation();
    const item = Array.prototype.pop.call(target) as T;
    adapter.removed(item);
    return item;
  }

  override shift(): T | undefined {
    const { target, adapter } = internals(this);
    if (!adapter || target.length === 0) return Array.prototype.shift.call(target) as T | undefined;
    adapter.beforeMutation();
    const item = Array.prototype.shift.call(target) as T;
    adapter.removed(item);
    return item;
  }

  override splice(start: number, ...rest: unknown[]): T[] {
    const { target, adapter } = internals(this);
    const length = target.length;
    const from = relativeIndex(start, length, 0);
    const items = rest.slice(1) as T[];
    const count =
      rest.length === 0
        ? length - from
        : Math.min(Math.max(Math.trunc(Number(rest[0])) || 0, 0), length - from);
    if (!adapter) return Array.prototype.splice.call(target, from, count, ...items) as T[];
    if (count > 0 || items.length > 0) adapter.beforeMutation();
    const stored = items.map((item) => adapter.appended(item) as T);
    const removed = Array.prototype.splice.call(target, from, count, ...stored) as T[];
    for (const item of removed) adapter.removed(item);
    return [...removed];
  }

  override fill(value: T, start?: number, end?: number): this {
    const { target, adapter } = internals(this);
    const from = relativeIndex(start, target.length, 0);
    const to = relativeIndex(end, target.length, target.length);
    if (!adapter || from >= to) {
      Array.prototype.fill.call(target, value, from, to);
      return this;
    }
    adapter.beforeMutation();
    for (let i = from; i < to; i++) replaceAt(target, adapter, i, value);
    return this;
  }

  override copyWithin(destination: number, start: number, end?: number): this {
    const { target, adapter } = internals(this);
    if (!adapter) {
      Array.prototype.copyWithin.call(target, destination, start, end);
      return this;
    }
    const copy = [...target];
    Array.prototype.copyWithin.call(copy, destination, start, end);
    adapter.beforeMutation();
    for (let i = 0; i < copy.length; i++)
      if (copy[i] !== target[i]) replaceAt(target, adapter, i, copy[i] as T);
    return this;
  }

  /** Reordering changes no membership: no events (as in SQLAlchemy). */
  override sort(compare?: (a: T, b: T) => number): this {
    Array.prototype.sort.call(internals(this).target, compare);
    return this;
  }

  override reverse(): this {
    Array.prototype.reverse.call(internals(this).target);
    return this;
  }
}

function internals<T>(list: InstrumentedList<T>): { target: T[]; adapter: CollectionAdapter | undefined } {
  const inner = list as unknown as Internals<T>;
  return { target: inner[TARGET], adapter: inner[ADAPTER] };
}

function replaceAt<T>(target: T[], adapter: CollectionAdapter, index: number, value: T): void {
  const had = index < target.length;
  const old = target[index];
  if (had && old === value) return;
  target[index] = adapter.appended(value) as T;
  if (had) adapter.removed(old);
}

/** Direct index assignment, `delete list[i]` and `list.length = n` report through the same adapter. */
const TRAPS: ProxyHandler<InstrumentedList<unknown>> = {
  set(target, prop, value, receiver) {
    const adapter = (target as unknown as Internals<unknown>)[ADAPTER];
    if (adapter && isIndex(prop)) {
      adapter.beforeMutation();
      replaceAt(target, adapter, Number(prop), value);
      return true;
    }
    if (adapter && prop === 'length') {
      const length = Number(value);
      if (length < target.length) {
        adapter.beforeMutation();
        const removed = target.slice(length);
        target.length = length;
        for (const item of removed) adapter.removed(item);
        return true;
      }
    }
    return Reflect.set(target, prop, value, prop === 'length' ? target : receiver);
  },
  deleteProperty(target, prop) {
    const adapter = (target as unknown as Internals<unknown>)[ADAPTER];
    if (adapter && isIndex(prop) && Number(prop) < target.length && Object.hasOwn(target, prop)) {
      adapter.beforeMutation();
      const old = target[Number(prop)];
      delete target[Number(prop)];
      adapter.removed(old);
      return true;
    }
    return Reflect.deleteProperty(target, prop);
  },
};
