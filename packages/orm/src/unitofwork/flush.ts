// Session.flush()'s body (SQLAlchemy's Session._flush): collects pending, dirty and deleted
// objects into a UnitOfWork, runs it on the transaction's connection, then moves the objects to
// their new states, with the beforeFlush/afterFlush/afterFlushPostexec events around it.
import type { Session } from '../session/session';
import type { InstanceState } from '../state/instance-state';
import { UnitOfWork } from './unit-of-work';

export async function flushSession(
  session: Session,
  only: readonly InstanceState[] | undefined,
): Promise<void> {
  const uow = new UnitOfWork(session);
  await session.dispatchAsync(
    'beforeFlush',
    session,
    uow,
    only?.map((s) => session.objectOf(s) as object),
  );
  const restrict = only === undefined ? undefined : new Set(only);
  const deleted = new Set(session.markedForDeletion());
  const saves = [...session.pendingStates(), ...session.identityMap.modifiedStates()].filter(
    (s) => !deleted.has(s) && (restrict === undefined || restrict.has(s)),
  );
  for (const state of saves) uow.registerObject(state);
  for (const state of deleted) {
    if (restrict === undefined || restrict.has(state)) uow.registerObject(state, { isDelete: true });
  }
  if (!uow.hasWork) return;
  uow.connection = await session.currentTransaction().connection();
  await uow.execute();
  await session.dispatchAsync('afterFlush', session, uow);
  uow.finalize();
  await session.dispatchAsync('afterFlushPostexec', session, uow);
}
