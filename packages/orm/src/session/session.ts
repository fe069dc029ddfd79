// Session (SQLAlchemy's Session): the unit of work over one Engine or Connection. It holds pending
// objects and the identity map, autobegins a SessionTransaction, flushes before queries, runs
// ORM-enabled statements and moves objects through their states. `new Session(engine)`.
import {
  type ClauseElement,
  Connection,
  Engine,
  EVENTS,
  EventDispatcher,
  type ExecutionOptions,
  type FirstOf,
  InvalidRequestError,
  NoResultFound,
  type Result,
  type RowOfStatement,
  type ScalarResult,
  type StreamingResult,
} from '@retort/core';
import type { InstanceOf } from '../declarative/model-types';
import { UnmappedClassError, UnmappedInstanceError } from '../errors/orm-errors';
import { mapperForClass } from '../mapper/class-mapper';
import type { Mapper } from '../mapper/mapper';
import type { RelationshipProperty } from '../mapper/relationship-property';
import type { LoaderOption } from '../query/loader-options';
import type { IdentityKey } from '../state/identity-key';
import { IdentityMap } from '../state/identity-map';
import { type InstanceState, instanceStateOf } from '../state/instance-state';
import type { SessionHandle } from '../state/session-handle';
import { flushSession } from '../unitofwork/flush';
import { getInstance, loadAttributesOf, refreshInstance } from './load-on-ident';
import { mergeInstance } from './merge';
import { executeOrmStatement, type SessionExecuteOptions, streamOrmStatement } from './orm-execute';
import { SESSION_EVENT_NAMES, type SessionEvents } from './session-events';
import { type JoinTransactionMode, SessionTransaction, type TransactionHost } from './session-transaction';

type Params = Readonly<Record<string, unknown>>;

export interface SessionOptions {
  /** The Engine or Connection SQL goes to. */
  readonly bind?: Engine | Connection;
  /** Flush pending changes before queries (default true). */
  readonly autoflush?: boolean;
  /**
   * Expire every object after commit, so that the next access loads it again. Retort's default is
   * false (reading an expired attribute cannot run SQL; ROSETTA §6); SQLAlchemy's is true.
   */
  readonly expireOnCommit?: boolean;
  /** Begin a transaction on first use (default true); false requires begin() first. */
  readonly autobegin?: boolean;
  /** close() resets the Session for reuse (default true); false makes close() final, as SQLAlchemy's close_resets_only=False. */
  readonly closeResetsOnly?: boolean;
  /** With a Connection bind that is already in a transaction: how to join it (default 'conservative_savepoint'). */
  readonly joinTransactionMode?: JoinTransactionMode;
  /** Free-form data for the application (SQLAlchemy's Session.info). */
  readonly info?: Record<string, unknown>;
  /**
   * Beyond SQLAlchemy: report N+1 lazy loading ('warn' or 'raise'), when the same relationship is
   * lazy-loaded for several objects of one query. Read by @retort/relationships' lazy loader.
   */
  readonly nPlusOne?: 'warn' | 'raise';
  /** SQLAlchemy 1.x's option, accepted as SQLAlchemy 2.0 does: only `false` (the Session always uses transactions). */
  readonly autocommit?: false;
}

/** Options of get()/getOne(). */
export interface GetOptions {
  /** Loader options for the load, when the object is not in the identity map. */
  readonly options?: readonly LoaderOption[];
  /** Load from the database even when the identity map has the object, overwriting its attributes. */
  readonly populateExisting?: boolean;
  /** Lock the row: `SELECT … FOR UPDATE` (implies populateExisting, as in SQLAlchemy). */
  readonly withForUpdate?:
    | boolean
    | { readonly nowait?: boolean; readonly skipLocked?: boolean; readonly read?: boolean };
  readonly identityToken?: string;
  readonly executionOptions?: ExecutionOptions;
}

/** A primary key for get(): one value, the values of a composite key in column order, or `{ attribute: value }`. */
export type PrimaryKeyIdentity = unknown;

type MappedClassLike = abstract new (...args: never[]) => object;

const classDispatch = new EventDispatcher<SessionEvents>(SESSION_EVENT_NAMES);
let sessionCounter = 0;

export class Session implements SessionHandle, AsyncDisposable {
  /** `event.listen(Session, 'beforeCommit', fn)`: listeners for every Session. */
  static get [EVENTS](): EventDispatcher<SessionEvents> {
    return classDispatch;
  }

  /** This Session's listeners (a sessionmaker's and the class's run first). */
  readonly [EVENTS]: EventDispatcher<SessionEvents>;
  readonly identityMap = new IdentityMap();
  /** The number SQLAlchemy calls hash_key: `inspect(obj).sessionId`. */
  readonly hashKey: number;
  readonly info: Record<string, unknown>;
  bind: Engine | Connection | undefined;
  autoflush: boolean;
  expireOnCommit: boolean;
  readonly autobegin: boolean;
  readonly closeResetsOnly: boolean;
  readonly joinTransactionMode: JoinTransactionMode;
  /** The N+1 lazy-load report mode (see SessionOptions.nPlusOne); undefined: off. */
  nPlusOne: 'warn' | 'raise' | undefined;

  /** Pending objects (added, not flushed), in the order they were added. */
  readonly #pending = new Map<InstanceState, object>();
  /** Objects marked by delete(), not flushed yet. */
  readonly #toDelete = new Map<InstanceState, object>();
  #transaction: SessionTransaction | undefined;
  #insertOrder = 0;
  #noAutoflush = 0;
  #flushing = false;
  #closedForGood: string | undefined;
  readonly #host: TransactionHost;
  /** Listener sources, outermost first: the class's, a sessionmaker's, this Session's. */
  readonly #dispatchers: readonly EventDispatcher<SessionEvents>[];

  constructor(
    bind?: Engine | Connection | SessionOptions,
    options: SessionOptions = {},
    /** @internal The sessionmaker's listeners. */
    factoryDispatch?: EventDispatcher<SessionEvents>,
  ) {
    const opts: SessionOptions =
      bind instanceof Engine || bind instanceof Connection
        ? { ...options, bind }
        : { ...(bind ?? {}), ...options };
    this.bind = opts.bind;
    this.autoflush = opts.autoflush ?? true;
    this.expireOnCommit = opts.expireOnCommit ?? false;
    this.autobegin = opts.autobegin ?? true;
    this.closeResetsOnly = opts.closeResetsOnly ?? true;
    this.joinTransactionMode = opts.joinTransactionMode ?? 'conservative_savepoint';
    this.info = opts.info ?? {};
    this.nPlusOne = opts.nPlusOne;
    const parent = factoryDispatch ?? classDispatch;
    this[EVENTS] = new EventDispatcher<SessionEvents>(SESSION_EVENT_NAMES, () => parent);
    this.#dispatchers = [classDispatch, ...(factoryDispatch ? [factoryDispatch] : []), this[EVENTS]];
    this.hashKey = ++sessionCounter;
    this.#host = new Session.#Host(this);
  }

  // ---- object states ---------------------------------------------------------------------

  /** Places an object in the Session: transient → pending, detached → persistent (cascading to related objects). */
  add(instance: object): void {
    this.#checkOpen();
    const state = this.#stateOf(instance);
    this.#autobeginTransaction();
    this.#saveOrUpdate(state, instance);
    // Objects already in this Session are not descended into (SQLAlchemy's halt_on=_contains_state).
    const contained = (s: InstanceState) =>
      s.session === this && (this.#pending.has(s) || s.key !== undefined);
    for (const [related, relatedObj] of this.#cascade(state, 'saveUpdate', contained))
      this.#saveOrUpdate(related, relatedObj);
  }

  addAll(instances: Iterable<object>): void {
    for (const instance of instances) this.add(instance);
  }

  /** Marks a persistent object for deletion at the next flush (cascading along loaded relationships with delete cascade). */
  delete(instance: object): void {
    this.#checkOpen();
    const state = this.#stateOf(instance);
    if (state.key === undefined) {
      throw new InvalidRequestError(`Instance '${state.describe()}' is not persisted`);
    }
    this.#autobeginTransaction();
    this.#deleteImpl(state, instance, true);
    for (const [related, relatedObj] of this.#cascade(state, 'delete')) {
      if (related.key !== undefined) this.#deleteImpl(related, relatedObj, false);
    }
  }

  #deleteImpl(state: InstanceState, obj: object, head: boolean): void {
    if (state.deleted || state.wasDeleted) {
      if (head && state.session !== this) {
        throw new InvalidRequestError(
          `Instance '${state.describe()}' has been deleted. Use the makeTransient() function to send this object back to the transient state.`,
        );
      }
      return;
    }
    if (this.#toDelete.has(state)) return;
    const attaching = state.session !== this;
    if (attaching) {
      this.#checkOtherSession(state);
      this.#beforeAttach(state, obj);
      this.identityMap.add(state);
      state.attach(this);
    }
    this.#toDelete.set(state, obj);
    if (attaching) this.#afterAttach(state, obj);
  }

  /** Removes an object from the Session: pending → transient, persistent → detached (cascades along expunge). */
  expunge(instance: object): void {
    this.#checkOpen();
    const state = this.#stateOf(instance);
    if (state.session !== this) {
      throw new InvalidRequestError(`Instance ${state.describe()} is not present in this Session`);
    }
    const states = [state, ...[...this.#cascade(state, 'expunge')].map(([s]) => s)].filter(
      (s) => s.session === this,
    );
    this.#expungeStates(states, false);
  }

  /** Removes every object (SQLAlchemy's expunge_all). */
  expungeAll(): void {
    const states = [...this.identityMap.states(), ...this.#pending.keys()];
    for (let t = this.#transaction; t !== undefined; t = t.parent) states.push(...t.deletedStates);
    this.identityMap.clear();
    this.#pending.clear();
    this.#toDelete.clear();
    this.#detachStates(states);
  }

  /** Whether the object belongs to this Session (SQLAlchemy's `obj in session`). */
  contains(instance: object): boolean {
    const state = instanceStateOf(instance);
    if (state === undefined) throw new UnmappedInstanceError(unmappedMessage(instance));
    return (
      this.#pending.has(state) || (state.key !== undefined && this.identityMap.getState(state.key) === state)
    );
  }

  /** Pending objects. */
  get new(): ReadonlySet<object> {
    return new Set(this.#pending.values());
  }

  /** Persistent objects with changes since their last flush (SQLAlchemy's dirty: any set, even to the same value). */
  get dirty(): ReadonlySet<object> {
    const out = new Set<object>();
    for (const state of this.identityMap.modifiedStates()) {
      const obj = state.obj();
      if (obj !== undefined && !this.#toDelete.has(state)) out.add(obj);
    }
    return out;
  }

  /** Objects marked for deletion, not flushed yet. */
  get deleted(): ReadonlySet<object> {
    return new Set(this.#toDelete.values());
  }

  /** Whether the object has net changes in its column attributes (and collections, unless includeCollections is false). */
  isModified(instance: object, options: { readonly includeCollections?: boolean } = {}): boolean {
    const state = this.#stateOf(instance);
    if (!state.modified) return false;
    for (const impl of state.mapper.attributeImpls.values()) {
      if (impl.isCollection && options.includeCollections === false) continue;
      if (!state.committedState.has(impl.key)) continue;
      if (impl.history(state).hasChanges) return true;
    }
    return false;
  }

  /** Forgets loaded values so that they load again (all of them, or the attributes named). */
  expire(instance: object, attributeNames?: readonly string[]): void {
    const state = this.#stateOf(instance);
    if (state.session !== this || state.key === undefined) {
      throw new InvalidRequestError(`Instance '${state.describe()}' is not persistent within this Session`);
    }
    if (attributeNames === undefined) {
      state.expire();
      for (const [related] of this.#cascade(state, 'refreshExpire'))
        if (related.session === this) related.expire();
    } else state.expire(attributeNames);
  }

  /** Expires every persistent object (SQLAlchemy's expire_all). */
  expireAll(): void {
    for (const state of this.identityMap.states()) state.expire();
  }

  // ---- queries -----------------------------------------------------------------------------

  /**
   * Runs a statement. ORM-enabled selects give rows of objects from the identity map
   * (`select(User)`), of attributes (`select(User.name_)`) or both; insert/update/delete of a
   * mapped class run as ORM bulk statements. Flushes first (autoflush).
   */
  async execute<S extends ClauseElement>(
    statement: S,
    parameters?: Params | readonly Params[],
    options: SessionExecuteOptions = {},
  ): Promise<Result<RowOfStatement<S>>> {
    this.#checkOpen();
    return executeOrmStatement(this, statement, parameters, options) as Promise<Result<RowOfStatement<S>>>;
  }

  /** The first column of every row: `await session.scalars(select(User))` gives User objects. */
  async scalars<S extends ClauseElement>(
    statement: S,
    parameters?: Params,
    options: SessionExecuteOptions = {},
  ): Promise<ScalarResult<FirstOf<RowOfStatement<S>>>> {
    return (await this.execute(statement, parameters, options)).scalars();
  }

  /** The first column of the first row. */
  async scalar<S extends ClauseElement>(
    statement: S,
    parameters?: Params,
    options: SessionExecuteOptions = {},
  ): Promise<FirstOf<RowOfStatement<S>> | undefined> {
    return (await this.execute(statement, parameters, options)).scalar();
  }

  /**
   * Runs a select on a server-side cursor and hydrates objects batch by batch; unmodified
   * objects are held weakly by the identity map, so memory stays bounded.
   */
  async stream<S extends ClauseElement>(
    statement: S,
    parameters?: Params,
    options: SessionExecuteOptions = {},
  ): Promise<StreamingResult<RowOfStatement<S>>> {
    this.#checkOpen();
    return streamOrmStatement(this, statement, parameters, options) as Promise<
      StreamingResult<RowOfStatement<S>>
    >;
  }

  /** The object with this primary key: from the identity map, else loaded (undefined when there is no row). */
  async get<C extends MappedClassLike>(
    entity: C,
    ident: PrimaryKeyIdentity,
    options: GetOptions = {},
  ): Promise<InstanceOf<C> | undefined> {
    this.#checkOpen();
    return (await getInstance(this, this.#mapperOf(entity), ident, options)) as InstanceOf<C> | undefined;
  }

  /** Like get(), raising NoResultFound when there is no row. */
  async getOne<C extends MappedClassLike>(
    entity: C,
    ident: PrimaryKeyIdentity,
    options: GetOptions = {},
  ): Promise<InstanceOf<C>> {
    const found = await this.get(entity, ident, options);
    if (found === undefined) throw new NoResultFound('No row was found when one was required');
    return found;
  }

  /**
   * Copies the state of `instance` onto the object of the same identity in this Session (loaded
   * with get() when needed), or onto a new pending one; returns the Session's object.
   */
  async merge<T extends object>(
    instance: T,
    options: { readonly load?: boolean; readonly options?: readonly LoaderOption[] } = {},
  ): Promise<T> {
    this.#checkOpen();
    return mergeInstance(this, instance, options);
  }

  /** Reloads a persistent object's attributes (all of them, or the named ones) from the database. */
  async refresh(
    instance: object,
    attributeNames?: readonly string[],
    options: { readonly withForUpdate?: GetOptions['withForUpdate'] } = {},
  ): Promise<void> {
    this.#checkOpen();
    const state = this.#stateOf(instance);
    if (state.session !== this || state.key === undefined || state.deleted) {
      throw new InvalidRequestError(`Instance '${state.describe()}' is not persistent within this Session`);
    }
    await refreshInstance(this, state, attributeNames, options);
  }

  /** @internal InstanceState/awaitableAttrs: loads unloaded attributes (SessionHandle). */
  async loadAttributes(state: InstanceState, keys: readonly string[]): Promise<void> {
    this.#checkOpen();
    await loadAttributesOf(this, state, keys);
  }

  // ---- flush and transactions ---------------------------------------------------------------

  /** Writes pending changes (INSERT/UPDATE/DELETE in dependency order) without committing. */
  async flush(objects?: readonly object[]): Promise<void> {
    this.#checkOpen();
    if (this.#flushing) throw new InvalidRequestError('Session is already flushing');
    if (this.isClean()) return;
    const transaction = this.#autobeginTransaction();
    transaction.assertActive();
    this.#flushing = true;
    try {
      await flushSession(
        this,
        objects?.map((o) => this.#stateOf(o)),
      );
    } catch (error) {
      await transaction.rollback({ error });
      throw error;
    } finally {
      this.#flushing = false;
    }
  }

  /** Flushes, then commits the transaction all the way to the root (SQLAlchemy 2.0's commit()). */
  async commit(): Promise<void> {
    this.#checkOpen();
    let transaction: SessionTransaction | undefined = this.#transaction ?? this.#autobeginTransaction();
    while (transaction !== undefined) {
      const parent: SessionTransaction | undefined = transaction.parent;
      await transaction.commit();
      transaction = parent;
    }
  }

  /** Rolls back the whole transaction: pending objects become transient, deleted ones come back, the rest are expired. */
  async rollback(): Promise<void> {
    this.#checkOpen();
    const transaction = this.#transaction;
    if (transaction === undefined) return;
    await transaction.rollback({ toRoot: true });
  }

  /**
   * Begins the root transaction. With a callback: commits after it, or rolls back and rethrows
   * (`await session.begin(async () => { … })`, SQLAlchemy's `with session.begin():`).
   */
  begin(): Promise<SessionTransaction>;
  begin<T>(fn: (transaction: SessionTransaction) => Promise<T>): Promise<T>;
  async begin<T>(fn?: (transaction: SessionTransaction) => Promise<T>): Promise<SessionTransaction | T> {
    this.#checkOpen();
    if (this.#transaction !== undefined) {
      if (
        this.#transaction.origin !== 'autobegin' ||
        this.#transaction.connectionIfStarted !== undefined ||
        !this.isClean()
      ) {
        throw new InvalidRequestError('A transaction is already begun on this Session.');
      }
      await this.#transaction.close();
    }
    const transaction = this.#beginTransaction(undefined, 'begin');
    if (fn === undefined) return transaction;
    return this.#runIn(transaction, fn, true);
  }

  /** Begins a SAVEPOINT. With a callback: releases it after, or rolls back to it and rethrows. */
  beginNested(): Promise<SessionTransaction>;
  beginNested<T>(fn: (transaction: SessionTransaction) => Promise<T>): Promise<T>;
  async beginNested<T>(
    fn?: (transaction: SessionTransaction) => Promise<T>,
  ): Promise<SessionTransaction | T> {
    this.#checkOpen();
    const parent = this.#autobeginTransaction();
    parent.assertActive();
    const transaction = this.#beginTransaction(parent, 'beginNested');
    await transaction.connection();
    if (fn === undefined) return transaction;
    return this.#runIn(transaction, fn, false);
  }

  async #runIn<T>(
    transaction: SessionTransaction,
    fn: (transaction: SessionTransaction) => Promise<T>,
    root: boolean,
  ): Promise<T> {
    let value: T;
    try {
      value = await fn(transaction);
    } catch (error) {
      if (this.#chainHas(transaction)) await transaction.rollback({ toRoot: false });
      throw error;
    }
    if (this.#chainHas(transaction)) {
      if (root) await this.commit();
      else await this.#commitUpTo(transaction);
    }
    return value;
  }

  /** Commits inner transactions left open by the callback, then `transaction` itself. */
  async #commitUpTo(transaction: SessionTransaction): Promise<void> {
    for (let t = this.#transaction; t !== undefined; ) {
      const parent: SessionTransaction | undefined = t.parent;
      await t.commit();
      if (t === transaction) return;
      t = parent;
    }
  }

  #chainHas(transaction: SessionTransaction): boolean {
    for (let t = this.#transaction; t !== undefined; t = t.parent) if (t === transaction) return true;
    return false;
  }

  /** Runs `fn` with autoflush off (SQLAlchemy's `with session.no_autoflush:`). */
  async noAutoflush<T>(fn: () => Promise<T>): Promise<T> {
    this.#noAutoflush++;
    try {
      return await fn();
    } finally {
      this.#noAutoflush--;
    }
  }

  /** The Connection of the current transaction (beginning it). */
  async connection(): Promise<Connection> {
    this.#checkOpen();
    return this.#autobeginTransaction().connection();
  }

  /** The Engine or Connection SQL goes to (SQLAlchemy's get_bind()). */
  getBind(): Engine | Connection {
    if (this.bind === undefined) {
      throw new InvalidRequestError(
        'Could not locate a bind configured on this Session: pass an Engine or Connection (new Session(engine), sessionmaker({ bind: engine }))',
      );
    }
    return this.bind;
  }

  inTransaction(): boolean {
    return this.#transaction !== undefined;
  }

  inNestedTransaction(): boolean {
    return this.#transaction?.nested ?? false;
  }

  getTransaction(): SessionTransaction | undefined {
    return this.#transaction?.root;
  }

  getNestedTransaction(): SessionTransaction | undefined {
    for (let t = this.#transaction; t !== undefined; t = t.parent) if (t.nested) return t;
    return undefined;
  }

  /**
   * Expunges every object and ends the transaction (rolling back what is not committed). The
   * Session can be used again unless closeResetsOnly is false.
   */
  async close(): Promise<void> {
    await this.#closeImpl();
    if (!this.closeResetsOnly) {
      this.#closedForGood =
        'This Session has been permanently closed and is unable to handle any more transaction requests.';
    }
  }

  /** close(), keeping the Session usable (SQLAlchemy's reset()). */
  async reset(): Promise<void> {
    await this.#closeImpl();
  }

  /**
   * `await using session = new Session(engine)`: closes (without committing) at the end of the
   * block. The Session is unusable afterwards: the block owned it.
   */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.#closeImpl();
    this.#closedForGood =
      'This Session was closed at the end of its `await using` block and cannot be used any more; create a new Session';
  }

  async #closeImpl(): Promise<void> {
    this.expungeAll();
    const transaction = this.#transaction;
    if (transaction === undefined) return;
    const chain: SessionTransaction[] = [];
    for (let t: SessionTransaction | undefined = transaction; t !== undefined; t = t.parent) chain.push(t);
    for (const t of chain) await t.close();
    this.#transaction = undefined;
  }

  // ---- internals shared with the unit of work and the query layer --------------------------

  /** @internal Whether there is nothing to flush. */
  isClean(): boolean {
    return this.#pending.size === 0 && this.#toDelete.size === 0 && !this.identityMap.hasModified;
  }

  /** @internal Flushes when autoflush is on and no flush is running (before queries). */
  async autoflushIfEnabled(): Promise<void> {
    if (this.autoflush && this.#noAutoflush === 0 && !this.#flushing) await this.flush();
  }

  /** @internal The current transaction, begun if needed. */
  currentTransaction(): SessionTransaction {
    return this.#autobeginTransaction();
  }

  /** @internal Pending objects in the order they were added. */
  pendingStates(): InstanceState[] {
    return [...this.#pending.keys()];
  }

  /** @internal Objects marked for deletion. */
  markedForDeletion(): InstanceState[] {
    return [...this.#toDelete.keys()];
  }

  /** @internal A state's object held strongly while the flush works on it. */
  objectOf(state: InstanceState): object | undefined {
    return this.#pending.get(state) ?? this.#toDelete.get(state) ?? state.obj();
  }

  /** @internal The flush inserted these: pending → persistent. */
  registerInserted(state: InstanceState): void {
    const obj = this.#pending.get(state);
    this.#pending.delete(state);
    this.identityMap.replace(state);
    this.#transaction?.newStates.add(state);
    if (obj !== undefined) this.#dispatchSync('pendingToPersistent', this, obj);
  }

  /** @internal The flush updated this persistent object. */
  registerUpdated(state: InstanceState): void {
    this.#transaction?.dirtyStates.add(state);
  }

  /** @internal The flush changed this object's primary key. */
  registerKeySwitch(state: InstanceState, oldKey: IdentityKey): void {
    const transaction = this.#transaction;
    if (transaction !== undefined && !transaction.keySwitches.has(state))
      transaction.keySwitches.set(state, oldKey);
  }

  /** @internal The flush deleted this object: persistent → deleted. */
  registerDeleted(state: InstanceState): void {
    const obj = this.#toDelete.get(state) ?? state.obj();
    this.#toDelete.delete(state);
    this.identityMap.discard(state);
    state.markDeleted();
    this.#transaction?.deletedStates.add(state);
    if (obj !== undefined) this.#dispatchSync('persistentToDeleted', this, obj);
  }

  /** @internal A row was loaded into a new object, which joined the identity map as persistent. */
  dispatchLoadedAsPersistent(obj: object): void {
    this.#dispatchSync('loadedAsPersistent', this, obj);
  }

  /** @internal Objects the flush must include although not added (cascades found at flush time). */
  addFromFlush(state: InstanceState, obj: object): void {
    this.#saveOrUpdate(state, obj);
  }

  /** @internal Bulk DELETE synchronisation: objects whose rows are gone become deleted. */
  removeDeleted(states: Iterable<InstanceState>): void {
    for (const state of states) {
      if (state.session !== this) continue;
      this.#toDelete.delete(state);
      this.identityMap.discard(state);
      state.markDeleted();
      this.#transaction?.deletedStates.add(state);
      const obj = state.obj();
      if (obj !== undefined) this.#dispatchSync('persistentToDeleted', this, obj);
    }
  }

  /** @internal Fires an event on this Session's listeners (and its factory's and the class's), awaiting async ones. */
  async dispatchAsync<K extends keyof SessionEvents>(
    name: K,
    ...args: Parameters<SessionEvents[K]>
  ): Promise<void> {
    if (this[EVENTS].has(name)) await this[EVENTS].dispatchAsync(name, ...args);
  }

  /** @internal The listeners of an event in the order they run (class, sessionmaker, this Session). */
  listenersFor<K extends keyof SessionEvents>(name: K): SessionEvents[K][] {
    return this.#dispatchers.flatMap((d) => d.registrations(name).map((r) => r.fn));
  }

  /** @internal The mapper of an entity argument, or the error SQLAlchemy gives. */
  mapperOf(entity: unknown): Mapper {
    return this.#mapperOf(entity);
  }

  /** @internal The state of a mapped instance, or UnmappedInstanceError. */
  stateOf(instance: object): InstanceState {
    return this.#stateOf(instance);
  }

  /** @internal Throws when the Session was closed for good. */
  checkOpen(): void {
    this.#checkOpen();
  }

  // ---- private -------------------------------------------------------------------------------

  #checkOpen(): void {
    if (this.#closedForGood !== undefined) throw new InvalidRequestError(this.#closedForGood);
  }

  #mapperOf(entity: unknown): Mapper {
    const mapper = mapperForClass(entity);
    if (mapper === undefined) {
      throw new UnmappedClassError(
        `Class '${typeof entity === 'function' ? entity.name : String(entity)}' is not mapped`,
      );
    }
    mapper.registry.configure();
    return mapper;
  }

  #stateOf(instance: object): InstanceState {
    const own = instanceStateOf(instance);
    if (own !== undefined) return own;
    const mapper =
      instance === null || typeof instance !== 'object' ? undefined : mapperForClass(instance.constructor);
    if (mapper === undefined) throw new UnmappedInstanceError(unmappedMessage(instance));
    return mapper.stateFor(instance);
  }

  #autobeginTransaction(): SessionTransaction {
    const current = this.#transaction;
    if (current !== undefined) return current;
    if (!this.autobegin) {
      throw new InvalidRequestError(
        'Autobegin is disabled on this Session; please call session.begin() to start a new transaction',
      );
    }
    return this.#beginTransaction(undefined, 'autobegin');
  }

  #beginTransaction(
    parent: SessionTransaction | undefined,
    origin: 'autobegin' | 'begin' | 'beginNested',
  ): SessionTransaction {
    const transaction = new SessionTransaction(this.#host, parent, origin);
    this.#transaction = transaction;
    this.#dispatchSync('afterTransactionCreate', this, transaction);
    return transaction;
  }

  #saveOrUpdate(state: InstanceState, obj: object): void {
    if (state.key === undefined) {
      if (state.session === this) return;
      this.#checkOtherSession(state);
      this.#beforeAttach(state, obj);
      state.attach(this);
      state.insertOrder = ++this.#insertOrder;
      this.#pending.set(state, obj);
      this.#afterAttach(state, obj);
      this.#dispatchSync('transientToPending', this, obj);
      return;
    }
    if (state.deleted || (state.wasDeleted && state.session !== this)) {
      if (state.session === this) return;
      throw new InvalidRequestError(
        `Instance '${state.describe()}' has been deleted. Use the makeTransient() function to send this object back to the transient state.`,
      );
    }
    if (this.#toDelete.has(state)) {
      this.#toDelete.delete(state);
      return;
    }
    if (state.session === this) return;
    this.#checkOtherSession(state);
    this.#beforeAttach(state, obj);
    this.identityMap.add(state);
    state.attach(this);
    this.#afterAttach(state, obj);
    this.#dispatchSync('detachedToPersistent', this, obj);
  }

  #checkOtherSession(state: InstanceState): void {
    const other = state.session;
    if (other !== undefined && other !== this) {
      const otherId = other instanceof Session ? other.hashKey : '?';
      throw new InvalidRequestError(
        `Object '${state.describe()}' is already attached to session '${otherId}' (this is '${this.hashKey}')`,
      );
    }
  }

  #beforeAttach(_state: InstanceState, obj: object): void {
    this.#dispatchSync('beforeAttach', this, obj);
  }

  #afterAttach(_state: InstanceState, obj: object): void {
    this.#dispatchSync('afterAttach', this, obj);
  }

  /**
   * Related objects reachable through loaded relationships whose cascade has `flag`, depth first
   * in property order as SQLAlchemy's cascade_iterator yields them (which decides the INSERT order
   * of cascaded objects). `haltOn` objects are neither yielded nor descended into.
   */
  *#cascade(
    state: InstanceState,
    flag: 'saveUpdate' | 'delete' | 'expunge' | 'refreshExpire',
    haltOn?: (state: InstanceState) => boolean,
  ): Generator<[InstanceState, object]> {
    const visited = new Set<InstanceState>([state]);
    type Frame =
      | { readonly props: RelationshipProperty[]; readonly state: InstanceState }
      | { readonly items: [InstanceState, object][] };
    const stack: Frame[] = [{ props: [...state.mapper.relationships.values()], state }];
    while (stack.length > 0) {
      const frame = stack.at(-1) as Frame;
      if ('props' in frame) {
        const prop = frame.props.shift();
        if (prop === undefined) {
          stack.pop();
          continue;
        }
        // The attribute's history (a write-only collection holds its members there, not in dict).
        if (!prop.cascade[flag]) continue;
        const items: [InstanceState, object][] = [];
        for (const item of cascadeValues(frame.state, prop, flag)) {
          const related = instanceStateOf(item) ?? this.#stateOf(item);
          if (visited.has(related) || haltOn?.(related)) continue;
          visited.add(related);
          items.push([related, item]);
        }
        if (items.length > 0) stack.push({ items });
        continue;
      }
      const next = frame.items.shift();
      if (next === undefined) {
        stack.pop();
        continue;
      }
      yield next;
      stack.push({ props: [...next[0].mapper.relationships.values()], state: next[0] });
    }
  }

  #expungeStates(states: readonly InstanceState[], toTransient: boolean): void {
    for (const state of states) {
      const obj = this.#pending.get(state) ?? state.obj();
      if (this.#pending.delete(state)) {
        state.detach();
        if (obj !== undefined) this.#dispatchSync('pendingToTransient', this, obj);
        continue;
      }
      this.#toDelete.delete(state);
      this.identityMap.discard(state);
      if (toTransient) {
        state.detach();
        state.clearIdentity();
        if (obj !== undefined) this.#dispatchSync('persistentToTransient', this, obj);
      } else {
        state.detach();
        if (obj !== undefined) this.#dispatchSync('persistentToDetached', this, obj);
      }
    }
  }

  #detachStates(states: readonly InstanceState[]): void {
    for (const state of states) {
      if (state.session !== this) continue;
      const obj = state.obj();
      const wasDeleted = state.deleted;
      const wasPending = state.pending;
      state.detach();
      if (obj === undefined) continue;
      if (wasPending) this.#dispatchSync('pendingToTransient', this, obj);
      else if (wasDeleted) this.#dispatchSync('deletedToDetached', this, obj);
      else this.#dispatchSync('persistentToDetached', this, obj);
    }
  }

  #dispatchSync<K extends keyof SessionEvents>(name: K, ...args: Parameters<SessionEvents[K]>): void {
    if (this[EVENTS].has(name)) this[EVENTS].dispatch(name, ...args);
  }

  /**
   * What a SessionTransaction may do to its Session: one class with shared methods, rather than an
   * object literal of getters and closures made afresh for every Session.
   */
  static readonly #Host = class SessionTransactionHost implements TransactionHost {
    constructor(readonly session: Session) {}

    get bind(): Engine | Connection | undefined {
      return this.session.bind;
    }

    get joinTransactionMode(): JoinTransactionMode {
      return this.session.joinTransactionMode;
    }

    get expireOnCommit(): boolean {
      return this.session.expireOnCommit;
    }

    setTransaction(transaction: SessionTransaction | undefined): void {
      this.session.#transaction = transaction;
    }

    async flushForCommit(): Promise<void> {
      const session = this.session;
      for (let i = 0; i < 100 && !session.isClean(); i++) await session.flush();
      if (!session.isClean()) {
        throw new InvalidRequestError(
          'Over 100 subsequent flushes have occurred within session.commit() - is an afterFlush() hook creating new objects?',
        );
      }
    }

    isClean(): boolean {
      return this.session.isClean();
    }

    expungeToTransient(states: Iterable<InstanceState>): void {
      this.session.#expungeStates([...states], true);
    }

    revertDeletions(states: Iterable<InstanceState>): void {
      const session = this.session;
      for (const state of states) {
        session.#toDelete.delete(state);
        if (!state.deleted) continue;
        state.undoDelete();
        session.identityMap.replace(state);
        const obj = state.obj();
        if (obj !== undefined) session.#dispatchSync('deletedToPersistent', session, obj);
      }
    }

    detachDeleted(states: Iterable<InstanceState>): void {
      this.session.#detachStates([...states]);
    }

    markedForDeletion(): Iterable<InstanceState> {
      return this.session.#toDelete.keys();
    }

    pendingStates(): Iterable<InstanceState> {
      return this.session.#pending.keys();
    }

    dispatchAsync(name: keyof SessionEvents, ...args: unknown[]): Promise<void> {
      const session = this.session;
      if (!session[EVENTS].has(name)) return Promise.resolve();
      const full =
        name === 'afterBegin' || name === 'afterSoftRollback' || name === 'afterTransactionEnd'
          ? [session, ...args]
          : [session];
      return session[EVENTS].dispatchAsync(
        name,
        ...(full as never as Parameters<SessionEvents[typeof name]>),
      );
    }
  };

  toString(): string {
    return `<Session ${this.hashKey}>`;
  }
}

function unmappedMessage(instance: unknown): string {
  if (instance === null || typeof instance !== 'object')
    return `${String(instance)} is not a mapped instance`;
  return `Class '${instance.constructor?.name ?? 'Object'}' is not mapped`;
}

/**
 * The objects a relationship holds for a cascade: for save-update as SQLAlchemy's get_all_pending
 * orders them (added, unchanged, then removed since the last flush), otherwise its current value.
 */
function cascadeValues(state: InstanceState, prop: RelationshipProperty, flag: string): object[] {
  const history = prop.impl.history(state);
  const values =
    flag === 'saveUpdate' ? [...history.added, ...history.unchanged, ...history.deleted] : history.nonDeleted;
  const out: object[] = [];
  for (const item of values) {
    if (typeof item === 'object' && item !== null && !out.includes(item)) out.push(item);
  }
  return out;
}
