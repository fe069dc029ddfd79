// Session events: seed 003's "Session Events" as written, the order SQLAlchemy 2.0.52 fires them in,
// listeners per sessionmaker and per Session, and doOrmExecute changing or answering a statement.
import { Boolean, event, Integer, Result, Select, String, select } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { ormDatabase } from '../../test/orm-database';
import {
  DeclarativeBase,
  mappedColumn,
  type OrmExecuteState,
  Session,
  type SessionEvents,
  sessionmaker,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  is_active: mappedColumn(Boolean, { default: true }),
}) {
  override toString(): string {
    return `User(${this.name_})`;
  }
}

describeDialects('Session events', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  test("seed 003 'Session Events': beforeCommit sees session.new, afterCommit and afterRollback fire", async () => {
    const { engine } = await orm.engine();
    const printed: string[] = [];
    const beforeCommit = (session: Session): void => {
      for (const obj of session.new) printed.push(`About to insert: ${obj}`);
    };
    const afterCommit = (): void => {
      printed.push('after commit');
    };
    const afterRollback = (): void => {
      printed.push('after rollback');
    };
    event.listen(Session, 'beforeCommit', beforeCommit);
    event.listen(Session, 'afterCommit', afterCommit);
    event.listen(Session, 'afterRollback', afterRollback);
    try {
      await using session = new Session(engine);
      session.add(new User({ name_: 'Alice' }));
      await session.commit();
      session.add(new User({ name_: 'Bob' }));
      await session.flush();
      await session.rollback();
    } finally {
      event.remove(Session, 'beforeCommit', beforeCommit);
      event.remove(Session, 'afterCommit', afterCommit);
      event.remove(Session, 'afterRollback', afterRollback);
    }
    expect(printed).toEqual(['About to insert: User(Alice)', 'after commit', 'after rollback']);
  });

  test('the order of events around add, commit, a rollback after a flush, and close', async () => {
    const { engine } = await orm.engine();
    const SessionLocal = sessionmaker({ bind: engine });
    const fired: string[] = [];
    const names: (keyof SessionEvents)[] = [
      'afterTransactionCreate',
      'afterTransactionEnd',
      'beforeCommit',
      'afterCommit',
      'afterRollback',
      'afterSoftRollback',
      'beforeFlush',
      'afterFlush',
      'afterFlushPostexec',
      'afterBegin',
      'beforeAttach',
      'afterAttach',
      'transientToPending',
      'pendingToPersistent',
      'persistentToDeleted',
      'deletedToPersistent',
      'persistentToDetached',
    ];
    for (const name of names) event.listen(SessionLocal, name, () => void fired.push(name));
    event.listen(User, 'beforeInsert', () => void fired.push('mapper beforeInsert'));
    event.listen(User, 'afterInsert', () => void fired.push('mapper afterInsert'));
    const session = SessionLocal();
    const user = new User({ name_: 'a' });
    session.add(user);
    expect(fired.splice(0)).toEqual([
      'afterTransactionCreate',
      'beforeAttach',
      'afterAttach',
      'transientToPending',
    ]);
    await session.commit();
    expect(fired.splice(0)).toEqual([
      'beforeCommit',
      'beforeFlush',
      'afterBegin',
      'mapper beforeInsert',
      'mapper afterInsert',
      'afterFlush',
      'pendingToPersistent',
      'afterFlushPostexec',
      'afterCommit',
      'afterTransactionEnd',
    ]);
    session.delete(user);
    await session.flush();
    await session.rollback();
    expect(fired.splice(0)).toEqual([
      'afterTransactionCreate',
      'beforeFlush',
      'afterBegin',
      'afterFlush',
      'persistentToDeleted',
      'afterFlushPostexec',
      'afterRollback',
      'deletedToPersistent',
      'afterTransactionEnd',
      'afterSoftRollback',
    ]);
    await session.close();
    expect(fired).toEqual(['persistentToDetached']);
    // listeners of another factory's sessions, and of plain Sessions, are not called
    fired.length = 0;
    await using plain = new Session(engine);
    plain.add(new User({ name_: 'b' }));
    expect(fired).toEqual([]);
  });

  test('doOrmExecute can change the statement, or answer it with a Result of its own', async () => {
    const { engine } = await orm.engine();
    await using session = new Session(engine);
    session.addAll([new User({ name_: 'active' }), new User({ name_: 'inactive', is_active: false })]);
    await session.commit();
    const seen: boolean[] = [];
    event.listen(session, 'doOrmExecute', (state: OrmExecuteState) => {
      seen.push(state.isSelect && state.isOrmStatement);
      if (state.isSelect && state.statement instanceof Select && state.bindMapper?.className === 'User') {
        state.statement = (state.statement as Select).where(User.is_active.eq(true));
      }
    });
    expect((await session.scalars(select(User.name_))).all()).toEqual(['active']);
    const cache = new Map<string, Result<unknown>>();
    event.listen(session, 'doOrmExecute', async (state: OrmExecuteState) => {
      if (!state.isSelect) return undefined;
      const cached = cache.get('users');
      if (cached) return cached;
      const result = await state.invokeStatement();
      const rows = result.all();
      const keys = result.keys();
      cache.set('users', new Result({ keys, rows: rows as never, rowcount: rows.length }));
      return new Result({ keys, rows: rows as never, rowcount: rows.length });
    });
    expect((await session.scalars(select(User.name_))).all()).toEqual(['active']);
    expect((await session.scalars(select(User.name_))).all()).toEqual(['active']);
    expect(seen).toEqual([true, true, true]);
  });
});
