// InstanceState, `inspect(obj)` (SQLAlchemy's InstanceState): attribute values and their committed
// originals, expiry, identity key, owning Session and the object state (transient … detached).
// The instrumented accessors write here; the Session (phase 2) drives the transitions.
import { ArgumentError } from '@retort/core';
import { DetachedInstanceError } from '../errors/orm-errors';
import type { AttributeImpl } from '../instrumentation/attribute-impl';
import { type History, NO_VALUE, type NoValue } from '../instrumentation/history';
import type { Mapper } from '../mapper/mapper';
import type { IdentityKey } from './identity-key';
import type { IdentityMap } from './identity-map';
import type { SessionHandle } from './session-handle';

/** Reads an instance's state (SQLAlchemy's `_sa_instance_state`): a getter on every mapped class. */
export const INSTANCE_STATE: unique symbol = Symbol.for('retort.orm.instanceState');

/** Keys the type of a mapped instance's attributes, for typed `inspect(obj).attrs` (never set at run time). */
export const MAPPED_ATTRIBUTES: unique symbol = Symbol.for('retort.orm.mappedAttributes');

/** One attribute's TypeScript types: its value, and the type of each History entry. */
export interface AttributeTypes {
  readonly value: unknown;
  readonly item: unknown;
}

type AttributesOf<T> = T extends { readonly [MAPPED_ATTRIBUTES]?: infer A }
  ? NonNullable<A>
  : Record<string, AttributeTypes>;
type ValueOf<A> = A extends { readonly value: infer V } ? V : unknown;
type ItemOf<A> = A extends { readonly item: infer I } ? I : unknown;

/** `inspect(obj).attrs.name`: one attribute's value, loaded value and history (SQLAlchemy's AttributeState). */
export class AttributeState<V = unknown, I = unknown> {
  constructor(
    private readonly state: InstanceState,
    private readonly impl: AttributeImpl,
  ) {}

  get key(): string {
    return this.impl.key;
  }

  /** The current value, read as the instance's property would be (it may throw when unloaded). */
  get value(): V {
    return this.impl.get(this.state) as V;
  }

  /** The value held without loading anything, or NO_VALUE. */
  get loadedValue(): V | NoValue {
    const dict = this.state.dict;
    return (this.impl.key in dict ? dict[this.impl.key] : NO_VALUE) as V | NoValue;
  }

  /** Changes since the last flush or load, without loading anything. */
  get history(): History<I> {
    return this.impl.history(this.state) as History<I>;
  }

  /** Like `history`, loading the attribute first when it is unloaded (needs a Session). */
  async loadHistory(): Promise<History<I>> {
    if (!(this.impl.key in this.state.dict) && this.state.key !== undefined) {
      await this.state.loadAttributes([this.impl.key]);
    }
    return this.history;
  }
}

/** Shared by states that have none: most loaded objects never change or expire anything. */
const NO_CHANGES: ReadonlyMap<string, unknown> = new Map();
const NO_EXPIRY: ReadonlySet<string> = new Set();
const NO_OPTIONS: readonly unknown[] = Object.freeze([]);

/** The per-attribute views of `inspect(obj).attrs`, made on first use (few objects are inspected). */
const attributeStates = new WeakMap<InstanceState, Record<string, AttributeState>>();

/** Bits of InstanceState.flags. */
const MODIFIED = 1;
const CONSTRUCTED = 2;
const DELETE_FLUSHED = 4;
const EVER_DELETED = 8;

/**
 * Where a loaded object came from: the query execution (siblings share it; read by the N+1
 * detector) and the loader options that applied to its entity. One per entity per statement.
 */
export interface LoadOrigin {
  readonly context: object | undefined;
  readonly options: readonly unknown[];
}

export class InstanceState<T extends object = object> {
  /** Attribute values by key (SQLAlchemy's instance `__dict__`): a key is present exactly when loaded or set. */
  readonly dict: Record<string, unknown>;
  /** The identity key, once the object has a row (after flush, or when loaded). */
  key: IdentityKey | undefined = undefined;
  /** Order in which a Session took the object, for INSERT ordering (set by the Session). */
  insertOrder = 0;
  /** @internal Where the object was loaded from (see LoadOrigin). */
  origin: LoadOrigin | undefined = undefined;
  /** @internal The loader run that last read this object from a row (negative: it was new or overwritten then). */
  loadMark = 0;

  private flags: number;
  /** The value each changed attribute had before its first change; allocated on the first change. */
  private changes: Map<string, unknown> | undefined = undefined;
  /** Expired attribute keys; allocated on the first expiry. */
  private expiredKeys: Set<string> | undefined = undefined;
  /**
   * The object. State and object refer to each other and are collected together: the identity map
   * holds the state weakly (see IdentityMap), so an object the program drops leaves with its state.
   */
  private readonly target: T;
  private owner: SessionHandle | undefined = undefined;
  private map: IdentityMap | undefined = undefined;

  constructor(
    obj: T,
    readonly mapper: Mapper,
    options: { readonly constructed: boolean },
  ) {
    this.dict = mapper.newDict();
    this.target = obj;
    this.flags = options.constructed ? CONSTRUCTED : 0;
  }

  /** The object: a state lives exactly as long as its object. */
  obj(): T {
    return this.target;
  }

  /** The object (SQLAlchemy's `state.object`). */
  get object(): T {
    return this.target;
  }

  /** The mapped class. */
  get class_(): abstract new (
    ...args: never[]
  ) => object {
    return this.mapper.class_;
  }

  /** The value each changed attribute had before its first change since the last flush or load. */
  get committedState(): ReadonlyMap<string, unknown> {
    return this.changes ?? NO_CHANGES;
  }

  /** Attributes expired by the Session; reading one needs a load. */
  get expiredAttributes(): ReadonlySet<string> {
    return this.expiredKeys ?? NO_EXPIRY;
  }

  /** Changed since the last flush or load. */
  get modified(): boolean {
    return (this.flags & MODIFIED) !== 0;
  }

  /**
   * Constructed by the program (not loaded): its collections start loaded and empty and stay so
   * after flush until expired (ROSETTA §6), since no rows can refer to a row that did not exist.
   */
  get constructed(): boolean {
    return (this.flags & CONSTRUCTED) !== 0;
  }

  /** Loader options the object was loaded with (read by the Session when it lazy-loads). */
  get loadOptions(): readonly unknown[] {
    return this.origin?.options ?? NO_OPTIONS;
  }

  set loadOptions(options: readonly unknown[]) {
    this.origin = { context: this.origin?.context, options };
  }

  /** The query execution that loaded the object (its siblings share it; read by the N+1 detector). */
  get loadedBy(): object | undefined {
    return this.origin?.context;
  }

  // ---- object states ------------------------------------------------------------------------

  /** The owning Session, while attached. */
  get session(): SessionHandle | undefined {
    return this.owner;
  }

  /** No Session and no identity: constructed and not yet added. */
  get transient(): boolean {
    return this.key === undefined && this.owner === undefined;
  }

  /** In a Session, not yet flushed. */
  get pending(): boolean {
    return this.key === undefined && this.owner !== undefined;
  }

  /** In a Session with an identity (flushed or loaded), not deleted. */
  get persistent(): boolean {
    return this.key !== undefined && this.owner !== undefined && (this.flags & DELETE_FLUSHED) === 0;
  }

  /** Its DELETE was flushed and the transaction is still open. */
  get deleted(): boolean {
    return this.key !== undefined && this.owner !== undefined && (this.flags & DELETE_FLUSHED) !== 0;
  }

  /** Its DELETE was flushed at some point (stays true once detached). */
  get wasDeleted(): boolean {
    return (this.flags & EVER_DELETED) !== 0;
  }

  /** Has an identity, but no Session (closed, expunged, or deleted and committed). */
  get detached(): boolean {
    return this.key !== undefined && this.owner === undefined;
  }

  get hasIdentity(): boolean {
    return this.key !== undefined;
  }

  /** The primary key values (SQLAlchemy's `state.identity`), once it has an identity. */
  get identity(): readonly unknown[] | undefined {
    return this.key?.identity;
  }

  // ---- attributes ---------------------------------------------------------------------------

  /** Per-attribute views: value, loaded value, history. */
  get attrs(): {
    readonly [K in keyof AttributesOf<T>]: AttributeState<
      ValueOf<AttributesOf<T>[K]>,
      ItemOf<AttributesOf<T>[K]>
    >;
  } {
    let states = attributeStates.get(this);
    if (states === undefined) {
      states = {};
      for (const impl of this.mapper.attributeImpls.values())
        states[impl.key] = new AttributeState(this, impl);
      attributeStates.set(this, states);
    }
    return states as never;
  }

  /** Mapped attributes with no value here (never loaded, deferred, expired). */
  get unloaded(): ReadonlySet<string> {
    const keys = new Set<string>();
    for (const key of this.mapper.attributeImpls.keys()) if (!(key in this.dict)) keys.add(key);
    return keys;
  }

  /** Mapped attributes without pending changes. */
  get unmodified(): ReadonlySet<string> {
    const keys = new Set<string>();
    const changes = this.committedState;
    for (const key of this.mapper.attributeImpls.keys()) if (!changes.has(key)) keys.add(key);
    return keys;
  }

  /** Records the value an attribute had before its first change, and marks the object modified. */
  modifiedEvent(key: string, original: unknown): void {
    this.changes ??= new Map();
    if (!this.changes.has(key)) this.changes.set(key, original);
    this.expiredKeys?.delete(key);
    if ((this.flags & MODIFIED) === 0) {
      this.flags |= MODIFIED;
      this.map?.pin(this);
    }
  }

  // ---- transitions driven by the Session ----------------------------------------------------

  /** The Session takes the object (add, or load). */
  attach(session: SessionHandle): void {
    this.owner = session;
  }

  /** The Session lets go (close, expunge, or commit after delete). */
  detach(): void {
    this.owner = undefined;
  }

  /** The object got a row: after INSERT, or when loaded. */
  setIdentity(key: IdentityKey): void {
    this.key = key;
  }

  /** Rolled back before commit: the INSERT did not happen, the object is transient again. */
  clearIdentity(): void {
    this.key = undefined;
    this.flags &= ~(DELETE_FLUSHED | EVER_DELETED);
  }

  /** The owning Session's hashKey (SQLAlchemy's session_id), while attached. */
  get sessionId(): number | undefined {
    return this.owner?.hashKey;
  }

  /** The identity key (SQLAlchemy's identity_key), once the object has a row. */
  get identityKey(): IdentityKey | undefined {
    return this.key;
  }

  /** Every attribute is expired (SQLAlchemy's state.expired). */
  get expired(): boolean {
    const expired = this.expiredKeys;
    if (expired === undefined || expired.size === 0) return false;
    for (const key of this.mapper.attributeImpls.keys()) if (!expired.has(key)) return false;
    return true;
  }

  /** Its DELETE was flushed. */
  markDeleted(): void {
    this.flags |= DELETE_FLUSHED | EVER_DELETED;
  }

  /** Rolled back before commit: the flushed DELETE did not happen. */
  undoDelete(): void {
    this.flags &= ~(DELETE_FLUSHED | EVER_DELETED);
  }

  /**
   * Values loaded from a row: stored without history. Attributes with pending changes keep them
   * unless `overwrite` (SQLAlchemy's populate_existing).
   */
  loadValues(
    values: Readonly<Record<string, unknown>>,
    options: { readonly overwrite?: boolean } = {},
  ): void {
    const changes = this.changes;
    for (const key in values) {
      const value = values[key];
      if (changes?.has(key)) {
        if (!options.overwrite) continue;
        changes.delete(key);
      }
      const impl = this.mapper.attributeImpls.get(key);
      if (impl === undefined)
        throw new ArgumentError(`${this.mapper.className} has no mapped attribute '${key}' to load`);
      this.dict[key] = impl.loadedValue(this, value);
      this.expiredKeys?.delete(key);
    }
  }

  /** After a flush: the current values become the committed ones (history resets). */
  commitAll(): void {
    this.changes?.clear();
    const expired = this.expiredKeys;
    if (expired !== undefined) for (const key of expired) if (key in this.dict) expired.delete(key);
    this.unmodify();
  }

  /** After a partial flush or refresh: these attributes' history resets. */
  commit(keys: Iterable<string>): void {
    const changes = this.changes;
    for (const key of keys) {
      changes?.delete(key);
      if (key in this.dict) this.expiredKeys?.delete(key);
    }
    if (changes === undefined || changes.size === 0) this.unmodify();
  }

  /**
   * Forgets loaded values so the next access loads them again: the named attributes, or all of
   * them with their pending changes (SQLAlchemy's expire / expire_all).
   */
  expire(keys?: Iterable<string>): void {
    const all = keys === undefined;
    const targets = all ? [...this.mapper.attributeImpls.keys()] : [...keys];
    this.expiredKeys ??= new Set();
    const expired = this.expiredKeys;
    for (const key of targets) {
      if (!this.mapper.attributeImpls.has(key)) {
        throw new ArgumentError(`${this.mapper.className} has no mapped attribute '${key}' to expire`);
      }
      delete this.dict[key];
      this.changes?.delete(key);
      expired.add(key);
    }
    if (all || this.changes === undefined || this.changes.size === 0) {
      this.changes?.clear();
      this.unmodify();
    }
    this.mapper.dispatchExpire(this, all ? undefined : targets);
  }

  /** Loads unloaded attributes through the owning Session. */
  async loadAttributes(keys: readonly string[]): Promise<void> {
    const session = this.owner;
    if (session === undefined) {
      throw new DetachedInstanceError(
        `Instance ${this.describe()} is not bound to a Session; attribute refresh operation cannot proceed (attributes: ${keys.join(', ')})`,
      );
    }
    await session.loadAttributes(this, keys);
  }

  /** `<User (1)>`, `<User (transient)>`: how errors name the instance. */
  describe(): string {
    const key = this.key;
    const where = key
      ? key.identity.map((v) => String(v)).join(', ')
      : this.pending
        ? 'pending'
        : 'transient';
    return `<${this.mapper.className} (${where})>`;
  }

  /** @internal Called by the identity map when it takes this state. */
  enterIdentityMap(map: IdentityMap): void {
    this.map = map;
  }

  /** @internal A loaded object entering the identity map, which has no other state for its key. */
  enterAsLoaded(map: IdentityMap, owner: SessionHandle): void {
    this.owner = owner;
    this.map = map;
  }

  /** @internal Called by the identity map. */
  leaveIdentityMap(map: IdentityMap): void {
    if (this.map === map) this.map = undefined;
  }

  /** The identity map holding this state, if any. */
  get identityMap(): IdentityMap | undefined {
    return this.map;
  }

  private unmodify(): void {
    this.flags &= ~MODIFIED;
    this.map?.unpin(this);
  }
}

/** Hands the object it is given back as `this`, so that a subclass can add a field to any object. */
class Passthrough {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the point of the class: StateSlot's field lands on `target`
    return target as Passthrough;
  }
}

/**
 * Links an instance to its state with a private field: invisible to `{ ...obj }`,
 * Object.assign() and reflection, and several times cheaper to add per loaded row than a
 * non-enumerable property (Object.defineProperty).
 */
class StateSlot extends Passthrough {
  #state: InstanceState;

  constructor(target: object, state: InstanceState) {
    super(target);
    this.#state = state;
  }

  static of(obj: object): InstanceState | undefined {
    return #state in obj ? (obj as StateSlot).#state : undefined;
  }
}

/** @internal Gives a new instance its state (once; the Mapper calls it). */
export function attachInstanceState(obj: object, state: InstanceState): void {
  new StateSlot(obj, state);
}

/** The state of a mapped instance, or undefined for anything else (also `obj[INSTANCE_STATE]`). */
export function instanceStateOf(obj: unknown): InstanceState | undefined {
  if (typeof obj !== 'object' || obj === null) return undefined;
  return StateSlot.of(obj);
}
