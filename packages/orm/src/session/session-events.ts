// The events of a Session (SQLAlchemy's SessionEvents), registered on the Session class, on a
// sessionmaker or on one Session: `event.listen(Session, 'beforeCommit', (session) => …)`.
// Listeners may be async where the Session is (flush, commit, execute); attach events are sync.
import type { Connection, Result } from '@retort/core';
import type { FlushContext } from '../mapper/relationship-extension';
import type { OrmExecuteState } from './orm-execute-state';
import type { Session } from './session';
import type { SessionTransaction } from './session-transaction';

type Maybe = unknown;

export type SessionEvents = {
  /** A SessionTransaction was created (autobegin, begin(), beginNested(), flush's inner one is not counted). */
  afterTransactionCreate: (session: Session, transaction: SessionTransaction) => Maybe;
  /** A SessionTransaction ended (commit, rollback or close). */
  afterTransactionEnd: (session: Session, transaction: SessionTransaction) => Maybe;
  /** A transaction began on a Connection for this Session (its BEGIN, or its SAVEPOINT). */
  afterBegin: (session: Session, transaction: SessionTransaction, connection: Connection) => Maybe;
  /** commit() was called, before its flush. */
  beforeCommit: (session: Session) => Maybe;
  /** The database transaction committed. */
  afterCommit: (session: Session) => Maybe;
  /** The database transaction rolled back (the Session's objects are not restored yet). */
  afterRollback: (session: Session) => Maybe;
  /** A SessionTransaction rolled back, after the objects were restored. */
  afterSoftRollback: (session: Session, previousTransaction: SessionTransaction) => Maybe;
  /** A flush starts; `instances` is what flush(objects) was limited to. */
  beforeFlush: (
    session: Session,
    flushContext: FlushContext,
    instances: readonly object[] | undefined,
  ) => Maybe;
  /** The flush's statements ran; states still show the changes. */
  afterFlush: (session: Session, flushContext: FlushContext) => Maybe;
  /** The flush finished and states were reset. */
  afterFlushPostexec: (session: Session, flushContext: FlushContext) => Maybe;
  beforeAttach: (session: Session, instance: object) => void;
  afterAttach: (session: Session, instance: object) => void;
  /**
   * An ORM statement is about to run through session.execute() (or get/refresh/attribute loads).
   * Set `state.statement` to change it, or return a Result (e.g. `state.invokeStatement()`'s) to
   * answer it yourself.
   */
  doOrmExecute: (state: OrmExecuteState) => Maybe | Promise<Result<unknown> | undefined>;
  transientToPending: (session: Session, instance: object) => void;
  pendingToTransient: (session: Session, instance: object) => void;
  pendingToPersistent: (session: Session, instance: object) => void;
  loadedAsPersistent: (session: Session, instance: object) => void;
  persistentToDetached: (session: Session, instance: object) => void;
  persistentToTransient: (session: Session, instance: object) => void;
  persistentToDeleted: (session: Session, instance: object) => void;
  deletedToDetached: (session: Session, instance: object) => void;
  deletedToPersistent: (session: Session, instance: object) => void;
  detachedToPersistent: (session: Session, instance: object) => void;
};

export const SESSION_EVENT_NAMES: ReadonlySet<string> = new Set([
  'afterTransactionCreate',
  'afterTransactionEnd',
  'afterBegin',
  'beforeCommit',
  'afterCommit',
  'afterRollback',
  'afterSoftRollback',
  'beforeFlush',
  'afterFlush',
  'afterFlushPostexec',
  'beforeAttach',
  'afterAttach',
  'doOrmExecute',
  'transientToPending',
  'pendingToTransient',
  'pendingToPersistent',
  'loadedAsPersistent',
  'persistentToDetached',
  'persistentToTransient',
  'persistentToDeleted',
  'deletedToDetached',
  'deletedToPersistent',
  'detachedToPersistent',
]);
