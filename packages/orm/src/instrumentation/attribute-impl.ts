// Per-attribute behaviour behind the instrumented accessors (SQLAlchemy's AttributeImpl): what a
// read returns, what a write records, and the History of the attribute, for columns, scalar
// relationships and collections. The accessors on mapped prototypes and InstanceState call it.
import { ArgumentError, type EventDispatcher, InvalidRequestError } from '@retort/core';
import { DetachedInstanceError, UnloadedAttributeError } from '../errors/orm-errors';
import type { Mapper } from '../mapper/mapper';
import type { InstanceState } from '../state/instance-state';
import type {
  AttributeEventToken,
  CollectionAttributeEvents,
  ScalarAttributeEvents,
} from './attribute-events';
import { History, NO_VALUE } from './history';
import { type CollectionAdapter, InstrumentedList } from './instrumented-list';

/** What an attribute implementation needs from its mapper property. */
export interface AttributeOwner {
  readonly key: string;
  readonly parent: Mapper;
  /** The query option that loads this attribute eagerly, as the error for an unloaded read shows it. */
  eagerLoadHint(): string;
  /** A relationship's `lazy` setting: 'noload' reads as empty, 'raise' and 'raise_on_sql' refuse. */
  readonly lazy?: string | boolean | null;
  /** The `lazy` for one object, when a loader option of the query that loaded it overrides the setting. */
  lazyFor?(state: InstanceState): string | undefined;
  /** A value that needs no SQL (a many-to-one found in the identity map, or a NULL key); NO_VALUE otherwise. */
  resolveWithoutSql?(state: InstanceState): unknown;
  /**
   * For a write-only or dynamic collection (lazy 'write_only' / 'dynamic'): the object a read
   * returns instead of an array (@retort/relationships' WriteOnlyCollection, DynamicCollection).
   */
  collectionView?(state: InstanceState): object | undefined;
}

/**
 * The changes of a write-only collection since the last flush (SQLAlchemy's WriteOnlyHistory):
 * kept in `committedState`, so a flush's commitAll() forgets them. Such a collection never loads.
 */
export class WriteOnlyHistory {
  readonly added: unknown[] = [];
  readonly deleted: unknown[] = [];
}

type Listener = (...args: never[]) => unknown;
type AnyDispatcher = EventDispatcher<Record<string, Listener>>;

export abstract class AttributeImpl {
  abstract readonly isCollection: boolean;
  /** Column attributes compare values by their SQL type; relationships by identity. */
  abstract readonly isObject: boolean;
  protected readonly setToken: AttributeEventToken;
  protected readonly modifiedToken: AttributeEventToken;

  constructor(
    readonly owner: AttributeOwner,
    readonly dispatch: AnyDispatcher,
  ) {
    this.setToken = { key: owner.key, op: 'set', impl: this };
    this.modifiedToken = { key: owner.key, op: 'modified', impl: this };
  }

  get key(): string {
    return this.owner.key;
  }

  /** The value a property read returns. */
  abstract get(state: InstanceState): unknown;

  /** A property write. */
  abstract set(state: InstanceState, value: unknown, initiator?: AttributeEventToken): void;

  /** Changes since the last flush or load, without loading anything. */
  abstract history(state: InstanceState): History;

  /** The value to store for a value loaded from the database (collections wrap arrays). */
  loadedValue(_state: InstanceState, value: unknown): unknown {
    return value;
  }

  /** `flagModified()`: the attribute counts as changed although no assignment happened. */
  flagModified(state: InstanceState): void {
    if (!(this.key in state.dict)) {
      throw new InvalidRequestError(
        `Can't flag attribute '${this.key}' modified; it's not present in the object state`,
      );
    }
    state.modifiedEvent(this.key, NO_VALUE);
    this.fire('modified', state, this.modifiedToken);
  }

  /** Whether reading the attribute needs SQL: it has no value, and no rule gives one without a query. */
  loadRequired(state: InstanceState): boolean {
    if (this.key in state.dict) return false;
    if (state.expiredAttributes.has(this.key)) return true;
    if (state.key === undefined || (this.isCollection && state.constructed)) return false;
    const lazy = this.lazyOf(state);
    return lazy !== 'noload' && lazy !== 'raise' && lazy !== 'raise_on_sql';
  }

  /** The `lazy` that applies to this object's attribute. */
  protected lazyOf(state: InstanceState): string | boolean | null | undefined {
    return this.owner.lazyFor?.(state) ?? this.owner.lazy;
  }

  /** A read found no value: what new objects get, or the error that says how to load it. */
  protected missing(state: InstanceState): unknown {
    if (state.expiredAttributes.has(this.key)) {
      // An expired many-to-one whose target is in the identity map needs no SQL, as in SQLAlchemy.
      const known = this.owner.resolveWithoutSql?.(state) ?? NO_VALUE;
      if (known === NO_VALUE) return this.refuse(state, 'expired');
      state.loadValues({ [this.key]: known });
      return state.dict[this.key];
    }
    if (state.key === undefined) return this.initialValue(state);
    if (this.isCollection && state.constructed) return this.initialValue(state);
    const lazy = this.lazyOf(state);
    if (lazy === 'noload') return this.initialValue(state, true);
    // What needs no SQL is read at once, as SQLAlchemy's lazy loader does without a query.
    const known = lazy === 'raise' ? NO_VALUE : (this.owner.resolveWithoutSql?.(state) ?? NO_VALUE);
    if (known !== NO_VALUE) {
      state.loadValues({ [this.key]: known });
      return state.dict[this.key];
    }
    if (lazy === 'raise' || lazy === 'raise_on_sql') {
      throw new InvalidRequestError(`'${this.qualifiedName}' is not available due to lazy='${lazy}'`);
    }
    return this.refuse(state, 'unloaded');
  }

  /** The value of an attribute that has none yet: null, or an empty collection (stored). */
  protected initialValue(_state: InstanceState, _store = false): unknown {
    return null;
  }

  protected refuse(state: InstanceState, reason: 'expired' | 'unloaded'): never {
    const name = this.qualifiedName;
    if (state.session === undefined) {
      throw new DetachedInstanceError(
        this.isObject
          ? `Parent instance ${state.describe()} is not bound to a Session; lazy load operation of attribute '${this.key}' cannot proceed. Load it before the Session closes: ${this.owner.eagerLoadHint()}`
          : `Instance ${state.describe()} is not bound to a Session; attribute refresh operation cannot proceed (${name} is ${reason === 'expired' ? 'expired' : 'not loaded'})`,
      );
    }
    const variable = lowerFirst(this.owner.parent.className);
    const why =
      reason === 'expired'
        ? `${name} is expired (by commit with expireOnCommit: true, session.expire() or a rollback)`
        : `${name} is not loaded`;
    const eager =
      reason === 'expired' && !this.isObject
        ? `reload it with await session.refresh(${variable})`
        : `load it with the query: ${this.owner.eagerLoadHint()}`;
    throw new UnloadedAttributeError(
      `${why}, and reading it needs SQL, which a property read cannot run. Either ${eager}, or await it: await ${variable}.awaitableAttrs.${this.key}`,
    );
  }

  protected get qualifiedName(): string {
    return `${this.owner.parent.className}.${this.key}`;
  }

  /** Runs `set`/`append` listeners in order; `retval` listeners may replace the value. */
  protected fireWithRetval(
    name: 'set' | 'append',
    state: InstanceState,
    value: unknown,
    extra: readonly unknown[],
    initiator: AttributeEventToken,
  ): unknown {
    if (!this.dispatch.has(name)) return value;
    const target = state.obj();
    let current = value;
    for (const registration of [...this.dispatch.registrations(name)]) {
      if (registration.options.once) this.dispatch.remove(name, registration.fn);
      const fn = registration.fn as (...args: unknown[]) => unknown;
      const result =
        name === 'set' ? fn(target, current, extra[0], initiator) : fn(target, current, initiator);
      if (registration.options.retval) current = result;
    }
    return current;
  }

  protected fire(name: string, state: InstanceState, ...args: unknown[]): void {
    if (!this.dispatch.has(name)) return;
    const target = state.obj();
    for (const registration of [...this.dispatch.registrations(name)]) {
      if (registration.options.once) this.dispatch.remove(name, registration.fn);
      (registration.fn as (...a: unknown[]) => unknown)(target, ...args);
    }
  }
}

/** A column attribute, or any plain value (SQLAlchemy's ScalarAttributeImpl). */
export class ScalarAttributeImpl extends AttributeImpl {
  readonly isCollection = false;
  readonly isObject = false;

  constructor(
    owner: AttributeOwner,
    dispatch: EventDispatcher<ScalarAttributeEvents>,
    /** Equality of two values (the column type's compareValues). */
    private readonly isEqual: (a: unknown, b: unknown) => boolean,
  ) {
    super(owner, dispatch as unknown as AnyDispatcher);
  }

  get(state: InstanceState): unknown {
    const dict = state.dict;
    return this.key in dict ? dict[this.key] : this.missing(state);
  }

  set(state: InstanceState, value: unknown, initiator?: AttributeEventToken): void {
    const dict = state.dict;
    const old = this.key in dict ? dict[this.key] : NO_VALUE;
    const stored = this.fireWithRetval('set', state, value, [old], initiator ?? this.setToken);
    state.modifiedEvent(this.key, old);
    dict[this.key] = stored;
  }

  history(state: InstanceState): History {
    const dict = state.dict;
    const current = this.key in dict ? dict[this.key] : NO_VALUE;
    if (!state.committedState.has(this.key)) {
      return current === NO_VALUE ? History.EMPTY : new History([], [current], []);
    }
    const original = state.committedState.get(this.key);
    if (current !== NO_VALUE && original !== NO_VALUE && this.isEqual(current, original)) {
      return new History([], [current], []);
    }
    return new History(current === NO_VALUE ? [] : [current], [], original === NO_VALUE ? [] : [original]);
  }
}

/** A many-to-one or one-to-one relationship (SQLAlchemy's ScalarObjectAttributeImpl). */
export class ScalarObjectAttributeImpl extends AttributeImpl {
  readonly isCollection = false;
  readonly isObject = true;

  constructor(owner: AttributeOwner, dispatch: EventDispatcher<ScalarAttributeEvents>) {
    super(owner, dispatch as unknown as AnyDispatcher);
  }

  get(state: InstanceState): unknown {
    const dict = state.dict;
    return this.key in dict ? dict[this.key] : this.missing(state);
  }

  set(state: InstanceState, value: unknown, initiator?: AttributeEventToken): void {
    if (value !== null && typeof value !== 'object') {
      throw new ArgumentError(
        `${this.qualifiedName} must be assigned a mapped object or null, got ${value === undefined ? 'undefined' : typeof value}`,
      );
    }
    const dict = state.dict;
    const old = this.key in dict ? dict[this.key] : NO_VALUE;
    const stored = this.fireWithRetval('set', state, value, [old], initiator ?? this.setToken);
    state.modifiedEvent(this.key, old);
    dict[this.key] = stored;
  }

  protected override initialValue(state: InstanceState, store = false): unknown {
    if (store) state.dict[this.key] = null;
    return null;
  }

  history(state: InstanceState): History {
    const dict = state.dict;
    const current = this.key in dict ? dict[this.key] : NO_VALUE;
    if (!state.committedState.has(this.key)) {
      return current === NO_VALUE ? History.EMPTY : new History([], [current], []);
    }
    const original = state.committedState.get(this.key);
    if (current !== NO_VALUE && current === original) return new History([], [current], []);
    // As SQLAlchemy: a missing or null previous object is not reported as deleted.
    const deleted = original === NO_VALUE || original === null ? [] : [original];
    return new History(current === NO_VALUE ? [] : [current], [], deleted);
  }
}

/** A one-to-many or many-to-many collection (SQLAlchemy's CollectionAttributeImpl). */
export class CollectionAttributeImpl extends AttributeImpl {
  readonly isCollection = true;
  readonly isObject = true;
  private readonly appendToken: AttributeEventToken;
  private readonly removeToken: AttributeEventToken;
  private readonly replaceToken: AttributeEventToken;

  constructor(owner: AttributeOwner, dispatch: EventDispatcher<CollectionAttributeEvents>) {
    super(owner, dispatch as unknown as AnyDispatcher);
    this.appendToken = { key: owner.key, op: 'append', impl: this };
    this.removeToken = { key: owner.key, op: 'remove', impl: this };
    this.replaceToken = { key: owner.key, op: 'replace', impl: this };
  }

  get(state: InstanceState): unknown {
    const dict = state.dict;
    if (this.key in dict) return dict[this.key];
    return this.owner.collectionView?.(state) ?? this.missing(state);
  }

  /** A write-only or dynamic collection: it records changes instead of holding its members. */
  isWriteOnly(state: InstanceState): boolean {
    return this.owner.collectionView?.(state) !== undefined;
  }

  override loadRequired(state: InstanceState): boolean {
    return this.isWriteOnly(state) ? false : super.loadRequired(state);
  }

  /** `user.posts = [...]`: appends for new members, removes for members left out, one new collection. */
  set(state: InstanceState, value: unknown, initiator?: AttributeEventToken): void {
    if (value === null || typeof value !== 'object' || !(Symbol.iterator in value)) {
      throw new ArgumentError(
        `${this.qualifiedName} must be assigned an array, got ${value === null ? 'null' : typeof value}`,
      );
    }
    const items = [...(value as Iterable<unknown>)];
    if (this.isWriteOnly(state)) {
      this.replaceWriteOnly(state, items, initiator);
      return;
    }
    const dict = state.dict;
    let current = this.key in dict ? (dict[this.key] as unknown[]) : undefined;
    if (current === undefined) {
      const loadable = state.key !== undefined && !state.constructed && this.owner.lazy !== 'noload';
      if (loadable || state.expiredAttributes.has(this.key)) {
        if (state.session === undefined) this.refuse(state, 'unloaded');
        throw new UnloadedAttributeError(
          `Assigning ${this.qualifiedName} replaces a collection that is not loaded, and the members it replaces must be known. Load it first: await ${lowerFirst(this.owner.parent.className)}.awaitableAttrs.${this.key}, or ${this.owner.eagerLoadHint()}`,
        );
      }
      current = [];
    }
    const token = initiator ?? this.replaceToken;
    this.fire('bulkReplace', state, items, token);
    state.modifiedEvent(this.key, [...current]);
    const before = new Set(current);
    const after = new Set(items);
    const stored = items.map((item) =>
      before.has(item) ? item : this.fireWithRetval('append', state, item, [], initiator ?? this.appendToken),
    );
    for (const item of current)
      if (!after.has(item)) this.fire('remove', state, item, initiator ?? this.removeToken);
    InstrumentedList.detach(current);
    dict[this.key] = InstrumentedList.create(this.adapterFor(state), stored);
  }

  /** Adds a member as the relationships package does for the other side of a relationship, firing events with `initiator`. */
  append(state: InstanceState, item: unknown, initiator?: AttributeEventToken): void {
    if (this.isWriteOnly(state)) {
      const changes = this.writeOnlyChanges(state);
      const removed = changes.deleted.indexOf(item);
      if (removed >= 0) changes.deleted.splice(removed, 1);
      else changes.added.push(item);
      this.fireWithRetval('append', state, item, [], initiator ?? this.appendToken);
      return;
    }
    InstrumentedList.appendWith(this.get(state) as unknown[], this.adapterFor(state, initiator), item);
  }

  /** Removes a member (the first occurrence), firing events with `initiator`. */
  remove(state: InstanceState, item: unknown, initiator?: AttributeEventToken): void {
    if (this.isWriteOnly(state)) {
      const changes = this.writeOnlyChanges(state);
      const added = changes.added.indexOf(item);
      if (added >= 0) changes.added.splice(added, 1);
      else changes.deleted.push(item);
      this.fire('remove', state, item, initiator ?? this.removeToken);
      return;
    }
    const list = this.get(state) as unknown[];
    const index = list.indexOf(item);
    if (index >= 0) InstrumentedList.removeWith(list, this.adapterFor(state, initiator), index);
  }

  /** The pending changes of a write-only collection (marking the object modified). */
  private writeOnlyChanges(state: InstanceState): WriteOnlyHistory {
    const found = state.committedState.get(this.key);
    if (found instanceof WriteOnlyHistory) {
      state.modifiedEvent(this.key, found);
      return found;
    }
    const changes = new WriteOnlyHistory();
    state.modifiedEvent(this.key, changes);
    return changes;
  }

  /** Assigning a write-only collection: only for objects without a row, whose members are all pending. */
  private replaceWriteOnly(
    state: InstanceState,
    items: readonly unknown[],
    initiator?: AttributeEventToken,
  ): void {
    if (state.key !== undefined) {
      throw new InvalidRequestError(
        `Collection "${this.qualifiedName}" does not support implicit iteration; collection replacement operations can't be used`,
      );
    }
    const current = [...this.writeOnlyChanges(state).added];
    const after = new Set(items);
    for (const item of items) if (!current.includes(item)) this.append(state, item, initiator);
    for (const item of current) if (!after.has(item)) this.remove(state, item, initiator);
  }

  override loadedValue(state: InstanceState, value: unknown): unknown {
    const current = state.dict[this.key];
    if (Array.isArray(current)) InstrumentedList.detach(current);
    return InstrumentedList.create(this.adapterFor(state), (value as Iterable<unknown> | null) ?? []);
  }

  protected override initialValue(state: InstanceState): unknown {
    const list = InstrumentedList.create(this.adapterFor(state));
    state.dict[this.key] = list;
    this.fire('initCollection', state, list);
    return list;
  }

  history(state: InstanceState): History {
    const pending = state.committedState.get(this.key);
    if (pending instanceof WriteOnlyHistory) return new History([...pending.added], [], [...pending.deleted]);
    const dict = state.dict;
    const current = this.key in dict ? [...(dict[this.key] as unknown[])] : undefined;
    if (!state.committedState.has(this.key)) {
      return current === undefined ? History.EMPTY : new History([], current, []);
    }
    const original = state.committedState.get(this.key);
    const now = current ?? [];
    if (original === NO_VALUE) return new History(now, [], []);
    const before = new Set(original as unknown[]);
    const after = new Set(now);
    return new History(
      now.filter((item) => !before.has(item)),
      now.filter((item) => before.has(item)),
      (original as unknown[]).filter((item) => !after.has(item)),
    );
  }

  private adapterFor(state: InstanceState, initiator?: AttributeEventToken): CollectionAdapter {
    return {
      beforeMutation: () => {
        if (!state.committedState.has(this.key)) {
          const current = state.dict[this.key];
          state.modifiedEvent(this.key, Array.isArray(current) ? [...current] : []);
        } else state.modifiedEvent(this.key, NO_VALUE);
      },
      appended: (item) => this.fireWithRetval('append', state, item, [], initiator ?? this.appendToken),
      removed: (item) => this.fire('remove', state, item, initiator ?? this.removeToken),
    };
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
