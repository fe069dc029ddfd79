// A Session's transaction (SQLAlchemy's SessionTransaction): the root one (autobegin or begin())
// or a SAVEPOINT (beginNested()), its Connection, and the snapshot a rollback restores objects
// from. The Session creates them; commit/rollback/close here follow SQLAlchemy 2.0's order.
import {
  Connection,
  Engine,
  InvalidRequestError,
  type NestedTransaction,
  PendingRollbackError,
  type RootTransaction,
} from '@retort/core';
import type { IdentityKey } from '../state/identity-key';
import type { InstanceState } from '../state/instance-state';
import type { Session } from './session';

/** How the transaction started. */
export type TransactionOrigin = 'autobegin' | 'begin' | 'beginNested';

/** What a Session bound to a Connection that is already in a transaction does (SQLAlchemy's join_transaction_mode). */
export type JoinTransactionMode =
  | 'conservative_savepoint'
  | 'create_savepoint'
  | 'rollback_only'
  | 'control_fully';

type TransactionState = 'active' | 'deactive' | 'committed' | 'closed';

/** The Session internals a transaction drives (implemented by Session). */
export interface TransactionHost {
  readonly session: Session;
  readonly bind: Engine | Connection | undefined;
  readonly joinTransactionMode: JoinTransactionMode;
  readonly expireOnCommit: boolean;
  setTransaction(transaction: SessionTransaction | undefined): void;
  /** Flushes until clean (commit's prepare step). */
  flushForCommit(): Promise<void>;
  isClean(): boolean;
  /** Rollback: pending objects and objects inserted in the transaction become transient. */
  expungeToTransient(states: Iterable<InstanceState>): void;
  /** Rollback: objects deleted (flushed or marked) come back as persistent. */
  revertDeletions(states: Iterable<InstanceState>): void;
  /** Commit: objects whose DELETE was committed become detached. */
  detachDeleted(states: Iterable<InstanceState>): void;
  markedForDeletion(): Iterable<InstanceState>;
  pendingStates(): Iterable<InstanceState>;
  dispatchAsync(name: 'afterBegin', transaction: SessionTransaction, connection: Connection): Promise<void>;
  dispatchAsync(name: 'beforeCommit' | 'afterCommit' | 'afterRollback'): Promise<void>;
  dispatchAsync(
    name: 'afterSoftRollback' | 'afterTransactionEnd',
    transaction: SessionTransaction,
  ): Promise<void>;
}

export class SessionTransaction {
  /** Objects inserted in this transaction (rollback makes them transient). */
  readonly newStates = new Set<InstanceState>();
  /** Objects whose DELETE was flushed in this transaction. */
  readonly deletedStates = new Set<InstanceState>();
  /** Objects whose UPDATE was flushed in this transaction (a nested rollback expires them). */
  readonly dirtyStates = new Set<InstanceState>();
  /** Primary key changes flushed in this transaction: the key each object had before. */
  readonly keySwitches = new Map<InstanceState, IdentityKey>();
  /** The error of the failed flush that rolled this transaction back. */
  rollbackError: unknown;
  #state: TransactionState = 'active';
  #connection: Connection | undefined;
  #connecting: Promise<Connection> | undefined;
  #dbTransaction: RootTransaction | NestedTransaction | undefined;
  /** The Session opened the Connection (and closes it at the end). */
  #ownsConnection = false;
  /** COMMIT/ROLLBACK reach the database (false when joined into an outer transaction as rollback-only). */
  #commitsDatabase = true;
  #rollsBackDatabase = true;

  constructor(
    private readonly host: TransactionHost,
    readonly parent: SessionTransaction | undefined,
    readonly origin: TransactionOrigin,
  ) {}

  get session(): Session {
    return this.host.session;
  }

  /** A SAVEPOINT (beginNested). */
  get nested(): boolean {
    return this.origin === 'beginNested';
  }

  /** Can still run SQL and be committed. */
  get isActive(): boolean {
    return this.#state === 'active';
  }

  /** Rolled back underneath (a failed flush, or the database), waiting for the program's rollback(). */
  get isDeactivated(): boolean {
    return this.#state === 'deactive';
  }

  /** The Connection, once SQL ran in this transaction. */
  get connectionIfStarted(): Connection | undefined {
    return this.#connection;
  }

  /** Raises PendingRollbackError when the transaction was rolled back underneath (SQLAlchemy's _assert_active). */
  assertActive(): void {
    if (this.#state === 'active') return;
    if (this.#state === 'deactive') {
      if (this.rollbackError !== undefined) {
        throw new PendingRollbackError(
          `This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: ${describeError(this.rollbackError)}`,
          { cause: this.rollbackError },
        );
      }
      throw new PendingRollbackError(
        "This session is in 'inactive' state, due to the SQL transaction being rolled back; no further SQL can be emitted within this transaction.",
      );
    }
    throw new InvalidRequestError('This session transaction is closed');
  }

  /** The Connection of this transaction, beginning it (BEGIN or SAVEPOINT) on first use. */
  async connection(): Promise<Connection> {
    this.assertActive();
    if (this.#connection !== undefined) return this.#connection;
    this.#connecting ??= this.#connect();
    try {
      return await this.#connecting;
    } finally {
      this.#connecting = undefined;
    }
  }

  async #connect(): Promise<Connection> {
    if (this.parent !== undefined) {
      const connection = await this.parent.connection();
      if (this.nested) {
        this.#dbTransaction = await connection.beginNested();
        this.#connection = connection;
        await this.host.dispatchAsync('afterBegin', this, connection);
      } else this.#connection = connection;
      return connection;
    }
    const bind = this.host.bind;
    if (bind === undefined) {
      throw new InvalidRequestError(
        'Could not locate a bind configured on this Session: pass an Engine or Connection (new Session(engine), sessionmaker({ bind: engine }))',
      );
    }
    let connection: Connection;
    if (bind instanceof Engine) {
      connection = await bind.connect();
      this.#ownsConnection = true;
      this.#dbTransaction = await connection.begin();
    } else if (bind instanceof Connection) {
      connection = bind;
      await this.#join(connection);
    } else {
      throw new InvalidRequestError(`A Session binds to an Engine or a Connection, not ${String(bind)}`);
    }
    this.#connection = connection;
    await this.host.dispatchAsync('afterBegin', this, connection);
    return connection;
  }

  /** A Session bound to a Connection: take its transaction over, or nest in it, per joinTransactionMode. */
  async #join(connection: Connection): Promise<void> {
    if (!connection.inTransaction()) {
      this.#dbTransaction = await connection.begin();
      return;
    }
    const mode = this.host.joinTransactionMode;
    if (
      mode === 'create_savepoint' ||
      (mode === 'conservative_savepoint' && connection.inNestedTransaction())
    ) {
      this.#dbTransaction = await connection.beginNested();
      return;
    }
    if (mode === 'control_fully') {
      this.#dbTransaction = connection.getNestedTransaction() ?? connection.getTransaction();
      return;
    }
    // rollback_only (and conservative_savepoint outside a SAVEPOINT): commit leaves the outer transaction alone.
    this.#dbTransaction = connection.getTransaction();
    this.#commitsDatabase = false;
  }

  // ---- commit --------------------------------------------------------------------------------

  /** Flushes, commits the database transaction, fires afterCommit, then lets go (SQLAlchemy's commit()). */
  async commit(): Promise<void> {
    this.assertActive();
    if (this.parent === undefined || this.nested) await this.host.dispatchAsync('beforeCommit');
    await this.host.flushForCommit();
    this.assertActive();
    if (this.parent === undefined || this.nested) {
      const db = this.#dbTransaction;
      if (db?.isActive && this.#commitsDatabase) await db.commit();
    }
    this.#state = 'committed';
    await this.host.dispatchAsync('afterCommit');
    this.#removeSnapshot();
    await this.close();
  }

  /** Commit: nested transactions hand their snapshot to the parent; the root expires and detaches. */
  #removeSnapshot(): void {
    if (this.nested && this.parent !== undefined) {
      for (const s of this.newStates) this.parent.newStates.add(s);
      for (const s of this.deletedStates) this.parent.deletedStates.add(s);
      for (const s of this.dirtyStates) this.parent.dirtyStates.add(s);
      for (const [s, key] of this.keySwitches)
        if (!this.parent.keySwitches.has(s)) this.parent.keySwitches.set(s, key);
      return;
    }
    if (this.parent !== undefined) return;
    if (this.host.expireOnCommit) {
      for (const state of this.session.identityMap.states()) state.expire();
    }
    this.host.detachDeleted(this.deletedStates);
    this.deletedStates.clear();
  }

  // ---- rollback ------------------------------------------------------------------------------

  /**
   * Rolls back this transaction's database work (ROLLBACK, or ROLLBACK TO SAVEPOINT) and restores
   * the objects, then lets go. `error` records why (a failed flush): the transaction then stays in
   * place, deactivated, until the program calls rollback(). `toRoot` continues up to the root.
   */
  async rollback(options: { readonly error?: unknown; readonly toRoot?: boolean } = {}): Promise<void> {
    let failure: unknown;
    if (this.#state === 'active') {
      failure = await this.#rollbackDatabase();
      this.#restoreSnapshot(this.nested);
    } else if (!this.host.isClean()) {
      // Changes made while deactivated are discarded as well (SQLAlchemy warns about them).
      this.#restoreSnapshot(this.nested);
    }
    if (options.error !== undefined) {
      this.rollbackError = options.error;
      if (failure !== undefined) throw failure;
      return;
    }
    await this.close();
    if (failure !== undefined) throw failure;
    await this.host.dispatchAsync('afterSoftRollback', this);
    if (options.toRoot && this.parent !== undefined) await this.parent.rollback({ toRoot: true });
  }

  /** The database half of a rollback; returns the error of a rollback that failed, to be rethrown. */
  async #rollbackDatabase(): Promise<unknown> {
    this.#state = 'deactive';
    const db = this.#dbTransaction;
    try {
      if (this.parent === undefined || this.nested) {
        if (db?.isActive && this.#rollsBackDatabase) await db.rollback();
        await this.host.dispatchAsync('afterRollback');
      }
      return undefined;
    } catch (error) {
      return error;
    }
  }

  /** Rollback: new objects become transient, deleted ones come back, and objects are expired. */
  #restoreSnapshot(dirtyOnly: boolean): void {
    const host = this.host;
    const toExpunge = new Set<InstanceState>([...this.newStates, ...host.pendingStates()]);
    host.expungeToTransient(toExpunge);
    const map = this.session.identityMap;
    for (const [state, oldKey] of this.keySwitches) {
      map.discard(state);
      state.setIdentity(oldKey);
      if (!toExpunge.has(state)) map.replace(state);
    }
    host.revertDeletions(new Set([...this.deletedStates, ...host.markedForDeletion()]));
    for (const state of map.states()) {
      if (!dirtyOnly || state.modified || this.dirtyStates.has(state)) state.expire();
    }
    this.newStates.clear();
    this.deletedStates.clear();
    this.dirtyStates.clear();
    this.keySwitches.clear();
  }

  // ---- close ---------------------------------------------------------------------------------

  /** Ends this transaction: rolls back what is still open, releases the Connection, hands over to the parent. */
  async close(): Promise<void> {
    if (this.#state === 'closed') return;
    const wasActive = this.#state === 'active';
    this.#state = 'closed';
    try {
      const db = this.#dbTransaction;
      if (this.parent === undefined) {
        const connection = this.#connection;
        if (this.#ownsConnection && connection !== undefined) await connection.close();
        else if (wasActive && db?.isActive && this.#commitsDatabase) await db.rollback();
      } else if (this.nested && wasActive && db?.isActive) await db.rollback();
    } finally {
      this.#connection = undefined;
      const parent = this.parent;
      this.host.setTransaction(parent !== undefined && parent.#state === 'closed' ? undefined : parent);
      await this.host.dispatchAsync('afterTransactionEnd', this);
    }
  }

  /** The transaction's outermost ancestor (itself for the root). */
  get root(): SessionTransaction {
    let t: SessionTransaction = this;
    while (t.parent !== undefined) t = t.parent;
    return t;
  }

  toString(): string {
    return `<SessionTransaction ${this.origin}${this.nested ? ' (nested)' : ''} ${this.#state}>`;
  }
}

/** How SQLAlchemy shows the original error: its message (a driver error's message names its class). */
function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
