// The identity map of one Session: at most one object per identity key. Unmodified objects are held
// weakly from the turn after they enter (a WeakRef in their InstanceState), modified ones strongly
// until the next flush, as SQLAlchemy's WeakInstanceDict does; dead entries are swept as it grows.
import { InvalidRequestError } from '@retort/core';
import type { Mapper } from '../mapper/mapper';
import type { IdentityKey, IdentityMapKey } from './identity-key';
import type { InstanceState } from './instance-state';
import type { SessionHandle } from './session-handle';

/** One mapper's entries: identity map key → state (whose object may have been collected since). */
export type IdentityTable = Map<IdentityMapKey, InstanceState>;

/** Entries below this count are never swept. */
const MIN_SWEEP = 1024;

export class IdentityMap {
  private readonly byMapper = new Map<Mapper, IdentityTable>();
  /** States modified since their last flush: held strongly (SQLAlchemy's `_modified`). */
  private readonly modified = new Set<InstanceState>();
  /** Entries, live or not (collected objects leave at the next sweep). */
  private count = 0;
  /**
   * The entry count that triggers the next sweep: twice the live entries after the last one, so
   * sweeping costs O(1) per added entry and dead entries never outnumber live ones for long (a
   * streamed result keeps the map as small as the objects the program still holds).
   */
  private sweepAt = MIN_SWEEP;
  /** States to hold weakly from the next turn of the event loop (see InstanceState.weaken). */
  private young: InstanceState[] = [];

  /** The live object with this key, if the map has one. */
  get(key: IdentityKey): object | undefined {
    return this.getState(key)?.obj();
  }

  /** The state with this key whose object is still alive. */
  getState(key: IdentityKey): InstanceState | undefined {
    const table = this.byMapper.get(key.mapper);
    if (table === undefined) return undefined;
    const state = table.get(key.mapKey);
    if (state === undefined) return undefined;
    if (state.obj() === undefined) {
      this.forget(state);
      return undefined;
    }
    return state;
  }

  has(key: IdentityKey): boolean {
    return this.getState(key) !== undefined;
  }

  /** Adds a state with an identity key; another live object with the same key is an error. */
  add(state: InstanceState): void {
    const key = requireKey(state);
    const existing = this.getState(key);
    if (existing === state) return;
    if (existing !== undefined) {
      throw new InvalidRequestError(
        `Can't attach instance ${state.describe()}; another instance with key ${key} is already present in this session.`,
      );
    }
    this.put(state, key);
  }

  /** Puts a state in place of whatever the map holds for its key; returns the state replaced. */
  replace(state: InstanceState): InstanceState | undefined {
    const key = requireKey(state);
    const existing = this.getState(key);
    if (existing === state) return undefined;
    if (existing !== undefined) this.discard(existing);
    this.put(state, key);
    return existing;
  }

  /** Removes a state (after expunge, delete or a key change); a no-op when it is not here. */
  discard(state: InstanceState): void {
    this.forget(state);
    state.leaveIdentityMap(this);
  }

  /** Called by a state that entered this map or was flushed: it lets its object go next turn. */
  weakenSoon(state: InstanceState): void {
    if (this.young.push(state) === 1) setImmediate(this.weakenYoung);
  }

  private readonly weakenYoung = (): void => {
    const young = this.young;
    this.young = [];
    for (const state of young) state.weaken(this);
  };

  /** Called by a state in this map when it becomes modified: hold its object strongly. */
  pin(state: InstanceState): void {
    this.modified.add(state);
  }

  /** Called when a state's changes are flushed (or expired): let its object go again. */
  unpin(state: InstanceState): void {
    this.modified.delete(state);
  }

  /** States modified since their last flush (the Session's dirty candidates). */
  modifiedStates(): readonly InstanceState[] {
    return [...this.modified];
  }

  /** Whether any state is modified since its last flush. */
  get hasModified(): boolean {
    return this.modified.size > 0;
  }

  /** Every state whose object is alive. */
  states(): InstanceState[] {
    const result: InstanceState[] = [];
    for (const table of this.byMapper.values()) {
      for (const state of table.values()) if (state.obj() !== undefined) result.push(state);
    }
    return result;
  }

  /** Every live object. */
  objects(): object[] {
    return this.states().map((s) => s.obj() as object);
  }

  /** How many live objects the map holds (entries of collected objects are swept first). */
  get size(): number {
    this.sweep();
    return this.count;
  }

  /** Forgets everything (Session.close / expunge_all). */
  clear(): void {
    for (const table of this.byMapper.values()) {
      for (const state of table.values()) state.leaveIdentityMap(this);
      table.clear();
    }
    this.modified.clear();
    this.young = [];
    this.count = 0;
    this.sweepAt = MIN_SWEEP;
  }

  /**
   * @internal The entries of one mapper, for the query layer: it looks rows up with
   * `table.get(mapKey)` (checking `state.obj()`) and adds new objects with addLoaded().
   */
  tableFor(mapper: Mapper): IdentityTable {
    let table = this.byMapper.get(mapper);
    if (table === undefined) {
      table = new Map();
      this.byMapper.set(mapper, table);
    }
    return table;
  }

  /**
   * @internal A new object loaded from a row: `table` (from tableFor(state.mapper)) has no live
   * state under `state.key` (a dead one is replaced). The state becomes persistent in `owner`.
   */
  addLoaded(table: IdentityTable, state: InstanceState, obj: object, owner: SessionHandle): void {
    const mapKey = (state.key as IdentityKey).mapKey;
    const size = table.size;
    table.set(mapKey, state);
    if (table.size !== size) this.added();
    state.enterAsLoaded(this, owner, obj);
  }

  private put(state: InstanceState, key: IdentityKey): void {
    const table = this.tableFor(key.mapper);
    const size = table.size;
    table.set(key.mapKey, state);
    if (table.size !== size) this.added();
    state.enterIdentityMap(this);
    if (state.modified) this.pin(state);
  }

  private added(): void {
    if (++this.count >= this.sweepAt) {
      this.sweep();
      this.sweepAt = Math.max(MIN_SWEEP, this.count * 2);
    }
  }

  /** Drops the entries whose objects were garbage collected. */
  private sweep(): void {
    for (const table of this.byMapper.values()) {
      for (const [mapKey, state] of table) {
        if (state.obj() === undefined) {
          table.delete(mapKey);
          this.count--;
          this.modified.delete(state);
        }
      }
    }
  }

  private forget(state: InstanceState): void {
    const key = state.key;
    const table = key ? this.byMapper.get(key.mapper) : undefined;
    if (key && table?.get(key.mapKey) === state) {
      table.delete(key.mapKey);
      this.count--;
    }
    this.modified.delete(state);
  }
}

function requireKey(state: InstanceState): IdentityKey {
  const key = state.key;
  if (key === undefined) {
    throw new InvalidRequestError(
      `${state.describe()} has no identity key yet; only persistent objects go into the identity map`,
    );
  }
  return key;
}
