// A relationship's `cascade` string parsed into flags (SQLAlchemy's CascadeOptions):
// "all, delete-orphan" → save-update, merge, refresh-expire, expunge, delete, delete-orphan.
// Read by the Session (add/delete/expunge/merge/refresh cascades) and by @retort/relationships.
import { ArgumentError } from '@retort/core';

export type CascadeName = 'save-update' | 'merge' | 'expunge' | 'delete' | 'delete-orphan' | 'refresh-expire';

const ALL: readonly CascadeName[] = ['save-update', 'merge', 'refresh-expire', 'expunge', 'delete'];
const KNOWN = new Set<string>([...ALL, 'delete-orphan', 'all', 'none']);

/** SQLAlchemy's default: "save-update, merge". */
export const DEFAULT_CASCADE = 'save-update, merge';

export class CascadeOptions {
  readonly saveUpdate: boolean;
  readonly merge: boolean;
  readonly expunge: boolean;
  readonly delete: boolean;
  readonly deleteOrphan: boolean;
  readonly refreshExpire: boolean;
  private readonly names: ReadonlySet<CascadeName>;

  constructor(spec: string = DEFAULT_CASCADE) {
    const parts = spec
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    const unknown = parts.filter((p) => !KNOWN.has(p));
    if (unknown.length > 0) {
      throw new ArgumentError(
        `Invalid cascade option(s): ${[...new Set(unknown)]
          .sort()
          .map((p) => `'${p}'`)
          .join(', ')}`,
      );
    }
    const names = new Set<CascadeName>();
    for (const part of parts) {
      if (part === 'all') for (const name of ALL) names.add(name);
      else if (part !== 'none') names.add(part as CascadeName);
    }
    this.names = names;
    this.saveUpdate = names.has('save-update');
    this.merge = names.has('merge');
    this.expunge = names.has('expunge');
    this.delete = names.has('delete');
    this.deleteOrphan = names.has('delete-orphan');
    this.refreshExpire = names.has('refresh-expire');
  }

  has(name: CascadeName): boolean {
    return this.names.has(name);
  }

  /** The cascades in SQLAlchemy's sorted order. */
  toArray(): CascadeName[] {
    return [...this.names].sort();
  }

  toString(): string {
    return this.toArray().join(', ');
  }
}
