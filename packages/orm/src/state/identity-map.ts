// The identity map of one Session: at most one object per identity key. It holds each state weakly
// from the turn after it enters (object and state refer to each other and are collected together),
// modified ones strongly until the next flush, as SQLAlchemy's WeakInstanceDict; dead entries are swept.
import { InvalidRequestError } from '@retort/core';
import type { Mapper } from '../mapper/mapper';
import type { IdentityKey, IdentityMapKey } from './identity-key';
import type { InstanceState } from './instance-state';
import type { SessionHandle } from './session-handle';

/** An entry: the state itself during the turn it entered, then a weak reference to it. */
export type IdentityEntry = InstanceState | WeakRef<InstanceState>;

/** One mapper's entries: identity map key → state (collected since, when its WeakRef is empty). */
export type IdentityTable = Map<IdentityMapKey, IdentityEntry>;

/** The state of an entry, unless it was collected. */
export function entryState(entry: IdentityEntry | undefined): InstanceState | undefined {
  return entry instanceof WeakRef ? entry.deref() : entry;
}

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
  /**
   * States entered this turn, held strongly until the next turn of the event loop. A WeakRef made
   * mid-turn keeps its target alive until the turn ends anyway, and thousands made in one long turn
   * (a synchronous driver) make every garbage collection slow: they are made afterwards, in one go.
   */
  private young: InstanceState[] = [];

  /** The live object with this key, if the map has one. */
  get(key: IdentityKey): object | undefined {
    return this.getState(key)?.obj();
  }

  /** The state with this key whose object is still alive. */
  getState(key: IdentityKey): InstanceState | undefined {
    const table = this.byMapper.get(key.mapper);
    if (table === undefined) return undefined;
    const entry = table.get(key.mapKey);
    if (entry === undefined) return undefined;
    const state = entryState(entry);
    if (state === undefined) {
      table.delete(key.mapKey);
      this.count--;
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

  private weakenSoon(state: InstanceState): void {
    if (this.young.push(state) === 1) setImmediate(this.weakenYoung);
  }

  private readonly weakenYoung = (): void => {
    const young = this.young;
    this.young = [];
    for (const state of young) {
      const key = state.key;
      const table = key === undefined ? undefined : this.byMapper.get(key.mapper);
      if (key !== undefined && table?.get(key.mapKey) === state) table.set(key.mapKey, new WeakRef(state));
    }
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
      for (const entry of table.values()) {
        const state = entryState(entry);
        if (state !== undefined) result.push(state);
      }
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
      for (const entry of table.values()) entryState(entry)?.leaveIdentityMap(this);
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
  addLoaded(table: IdentityTable, state: InstanceState, owner: SessionHandle): void {
    const mapKey = (state.key as IdentityKey).mapKey;
    const size = table.size;
    table.set(mapKey, state);
    if (table.size !== size) this.added();
    state.enterAsLoaded(this, owner);
    this.weakenSoon(state);
  }

  private put(state: InstanceState, key: IdentityKey): void {
    const table = this.tableFor(key.mapper);
    const size = table.size;
    table.set(key.mapKey, state);
    if (table.size !== size) this.added();
    state.enterIdentityMap(this);
    if (state.modified) this.pin(state);
    this.weakenSoon(state);
  }

  private added(): void {
    if (++this.count >= this.sweepAt) {
      this.sweep();
      this.sweepAt = Math.max(MIN_SWEEP, this.count * 2);
    }
  }

  /** Drops the entries whose states (and objects) were garbage collected. */
  private sweep(): void {
    for (const table of this.byMapper.values()) {
      for (const [mapKey, entry] of table) {
        if (entryState(entry) === undefined) {
          table.delete(mapKey);
          this.count--;
        }
      }
    }
  }

  private forget(state: InstanceState): void {
    const key = state.key;
    const table = key ? this.byMapper.get(key.mapper) : undefined;
    if (key && table !== undefined && entryState(table.get(key.mapKey)) === state) {
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
