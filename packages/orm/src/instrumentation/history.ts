// History: what changed on one attribute since it was loaded or last flushed, in SQLAlchemy's
// three lists (added, unchanged, deleted). Built by the attribute implementations from the
// instance's committed state; read by `inspect(obj).attrs.x.history` and the unit of work.

/** The value an attribute has when it has none: never set, never loaded (SQLAlchemy's NO_VALUE). */
export const NO_VALUE: unique symbol = Symbol.for('retort.orm.NO_VALUE');
export type NoValue = typeof NO_VALUE;

export class History<T = unknown> {
  constructor(
    /** Values set (or collection members appended) since the last flush or load. */
    readonly added: readonly T[],
    /** The loaded value, when it did not change (or the members still present). */
    readonly unchanged: readonly T[],
    /** The loaded value that was replaced (or the members removed). */
    readonly deleted: readonly T[],
  ) {}

  static readonly EMPTY: History<never> = new History<never>([], [], []);

  /** Nothing added, nothing deleted, nothing unchanged. */
  get empty(): boolean {
    return this.added.length === 0 && this.unchanged.length === 0 && this.deleted.length === 0;
  }

  /** Something was added or deleted. */
  get hasChanges(): boolean {
    return this.added.length > 0 || this.deleted.length > 0;
  }

  /** Added and unchanged: the current value(s). */
  get nonDeleted(): readonly T[] {
    return [...this.added, ...this.unchanged];
  }

  /** Unchanged and deleted: the value(s) as loaded. */
  get nonAdded(): readonly T[] {
    return [...this.unchanged, ...this.deleted];
  }

  /** Added, unchanged and deleted. */
  get sum(): readonly T[] {
    return [...this.added, ...this.unchanged, ...this.deleted];
  }

  toString(): string {
    const show = (list: readonly T[]) => `[${list.map((v) => describeValue(v)).join(', ')}]`;
    return `History(added=${show(this.added)}, unchanged=${show(this.unchanged)}, deleted=${show(this.deleted)})`;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && value.constructor !== Object) {
    return `<${value.constructor.name}>`;
  }
  return typeof value === 'bigint'
    ? `${value}n`
    : (globalThis.JSON.stringify(value) ?? globalThis.String(value));
}
