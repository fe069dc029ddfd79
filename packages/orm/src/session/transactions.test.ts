// The Session's transactions, echo and states recorded from SQLAlchemy 2.0.52: rollback states, a
// failed flush needing rollback(), SAVEPOINTs, begin() callbacks, closed sessions, bad input, and
// a Session joined to an outer transaction.
import {
  Integer,
  IntegrityError,
  InvalidRequestError,
  PendingRollbackError,
  String,
  select,
  text,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { ormDatabase, q } from '../../test/orm-database';
import {
  DeclarativeBase,
  inspect,
  mappedColumn,
  Session,
  UnloadedAttributeError,
  UnmappedClassError,
  UnmappedInstanceError,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50), { unique: true }),
}) {}

class Membership extends Base.table('memberships', {
  user_id: mappedColumn(Integer, { primaryKey: true, autoincrement: false }),
  group_id: mappedColumn(Integer, { primaryKey: true, autoincrement: false }),
  role: mappedColumn(String(20)),
}) {}

function lines(messages: readonly string[]): string[] {
  return messages.map((m) =>
    m.replace(/^\[(generated in X\.XXXXXs|cached since Ns ago|no key X\.XXXXXs)\] /, '[…] '),
  );
}

describeDialects('Session transactions', (db) => {
  const orm = ormDatabase(db, Base.metadata);
  const insertUser =
    db.dialect === 'pg'
      ? q(db, 'INSERT INTO users (name) VALUES (?) RETURNING users.id')
      : 'INSERT INTO users (name) VALUES (?)';
  const empty = '[…] ()';

  test('rollback(): pending → transient (values kept), deleted → persistent, the rest expired', async () => {
    const { engine } = await orm.engine();
    await using session = new Session(engine);
    session.addAll([new User({ name_: 'a' }), new User({ name_: 'b' })]);
    await session.commit();
    const pending = new User({ name_: 'pend' });
    session.add(pending);
    await session.flush();
    const deleted = (await session.get(User, 2)) as User;
    session.delete(deleted);
    await session.flush();
    const modified = (await session.get(User, 1)) as User;
    modified.name_ = 'changed';
    expect([inspect(pending).persistent, inspect(deleted).deleted]).toEqual([true, true]);
    await session.rollback();
    expect(inspect(pending).transient).toBe(true);
    expect(pending.id).toBe(3);
    expect(inspect(deleted).persistent).toBe(true);
    expect(session.contains(deleted)).toBe(true);
    expect([...inspect(modified).expiredAttributes].sort()).toEqual(['id', 'name_']);
    expect(() => modified.name_).toThrow(UnloadedAttributeError);
    expect(await modified.awaitableAttrs.name_).toBe('a');
  });

  test('a flush that hits a unique constraint: IntegrityError naming it, nothing committed, rollback() needed', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    session.add(new User({ name_: 'alice' }));
    await session.commit();
    echo.clear();
    const kept = (await session.get(User, 1)) as User;
    session.add(new User({ name_: 'bob' }));
    session.add(new User({ name_: 'alice' }));
    const error = await session.flush().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntegrityError);
    const constraint = { pg: 'users_name_key', mysql: 'name', sqlite: 'users.name' }[db.dialect];
    expect((error as IntegrityError).constraintName).toBe(constraint);
    expect((error as Error).message).toContain(db.dialect === 'mysql' ? "for key 'name'" : constraint);
    const refused = `This Session's transaction has been rolled back due to a previous exception during flush. To begin a new transaction with this Session, first issue Session.rollback(). Original exception was: ${(error as Error).message}`;
    await expect(session.execute(select(User))).rejects.toThrow(new PendingRollbackError(refused));
    await session.flush(); // nothing to flush: the failed objects were already put back
    await expect(session.commit()).rejects.toThrow(PendingRollbackError);
    const other = await engine.connect();
    expect((await other.execute(select(User.__table__.c.name))).all().map((r) => r[0])).toEqual(['alice']);
    await other.close();
    expect(lines(echo.take()).at(-1)).toBe('ROLLBACK');
    await session.rollback();
    expect(echo.take()).toEqual([]);
    expect(await kept.awaitableAttrs.name_).toBe('alice');
    expect((await session.scalars(select(User.name_))).all()).toEqual(['alice']);
  });

  test('beginNested(): SAVEPOINT released, or rolled back with the objects it touched', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const a = new User({ name_: 'a' });
    session.add(a);
    await session.commit();
    echo.clear();
    await session.beginNested();
    session.add(new User({ name_: 'n1' }));
    await session.commit();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      'SAVEPOINT sa_savepoint_1',
      empty,
      insertUser,
      "[…] ('n1',)",
      'RELEASE SAVEPOINT sa_savepoint_1',
      empty,
      'COMMIT',
    ]);
    const nested = await session.beginNested();
    const b = new User({ name_: 'n2' });
    session.add(b);
    await session.flush();
    a.name_ = 'changed';
    await session.flush();
    await nested.rollback();
    expect(inspect(b).transient).toBe(true);
    expect([...inspect(a).expiredAttributes].sort()).toEqual(['id', 'name_']);
    await session.commit();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      'SAVEPOINT sa_savepoint_1',
      empty,
      insertUser,
      "[…] ('n2',)",
      q(db, 'UPDATE users SET name=? WHERE users.id = ?'),
      "[…] ('changed', 1)",
      'ROLLBACK TO SAVEPOINT sa_savepoint_1',
      empty,
      'COMMIT',
    ]);
    // a failed flush inside the savepoint: only the savepoint rolls back
    await expect(
      session.beginNested(async () => {
        session.add(new User({ name_: 'a' }));
        await session.flush();
      }),
    ).rejects.toThrow(IntegrityError);
    expect(lines(echo.take()).slice(-3)).toEqual([
      "[…] ('a',)",
      'ROLLBACK TO SAVEPOINT sa_savepoint_1',
      empty,
    ]);
    expect((await session.scalars(select(User.name_).orderBy(User.id))).all()).toEqual(['a', 'n1']);
    await session.commit();
  });

  test('begin(callback) commits, or rolls back and rethrows', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    await expect(
      session.begin(async () => {
        session.add(new User({ name_: 'x1' }));
        await session.flush();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await session.scalars(select(User.name_).where(User.name_.eq('x1')))).all()).toEqual([]);
    await session.rollback();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      insertUser,
      "[…] ('x1',)",
      'ROLLBACK',
      'BEGIN (implicit)',
      q(db, 'SELECT users.name \nFROM users \nWHERE users.name = ?'),
      "[…] ('x1',)",
      'ROLLBACK',
    ]);
    const value = await session.begin(async () => {
      session.add(new User({ name_: 'x2' }));
      return 'done';
    });
    expect(value).toBe('done');
    await session.begin();
    await expect(session.begin()).rejects.toThrow(
      new InvalidRequestError('A transaction is already begun on this Session.'),
    );
    await session.rollback();
  });

  test('autobegin: false needs begin(); a Session without a bind says so', async () => {
    const { engine } = await orm.engine();
    await using session = new Session(engine, { autobegin: false });
    expect(() => session.add(new User({ name_: 'a' }))).toThrow(
      'Autobegin is disabled on this Session; please call session.begin() to start a new transaction',
    );
    await session.begin();
    session.add(new User({ name_: 'a' }));
    await session.commit();
    await using unbound = new Session();
    await expect(unbound.execute(select(User))).rejects.toThrow(
      /Could not locate a bind configured on this Session/,
    );
  });

  test('closed sessions: close() resets, closeResetsOnly: false and `await using` close for good', async () => {
    const { engine } = await orm.engine();
    const session = new Session(engine);
    const user = new User({ name_: 'a' });
    session.add(user);
    await session.commit();
    await session.close();
    expect(inspect(user).detached).toBe(true);
    expect((await session.scalars(select(User.name_))).all()).toEqual(['a']);
    await session.close();
    const final = new Session(engine, { closeResetsOnly: false });
    await final.close();
    await expect(final.execute(select(User))).rejects.toThrow(
      new InvalidRequestError(
        'This Session has been permanently closed and is unable to handle any more transaction requests.',
      ),
    );
    let escaped: Session | undefined;
    {
      await using scoped = new Session(engine);
      escaped = scoped;
    }
    expect(() => escaped.add(new User({ name_: 'late' }))).toThrow(
      'This Session was closed at the end of its `await using` block and cannot be used any more; create a new Session',
    );
  });

  test('bad input: unmapped instances and classes, get() with the wrong key arity', async () => {
    const { engine } = await orm.engine();
    await using session = new Session(engine);
    class Foo {}
    expect(() => session.add(new Foo())).toThrow(new UnmappedInstanceError("Class 'Foo' is not mapped"));
    await expect(session.get(Foo, 1)).rejects.toThrow(new UnmappedClassError("Class 'Foo' is not mapped"));
    await expect(session.get(User, [1, 2])).rejects.toThrow(
      new InvalidRequestError(
        "Incorrect number of values in identifier to formulate primary key for session.get(); primary key columns are 'users.id'",
      ),
    );
    await expect(session.get(Membership, 1)).rejects.toThrow(
      "Incorrect number of values in identifier to formulate primary key for session.get(); primary key columns are 'memberships.user_id','memberships.group_id'",
    );
    await expect(session.get(Membership, { user_id: 1 })).rejects.toThrow(
      "Incorrect names of values in identifier to formulate primary key for session.get(); primary key attribute names are 'user_id','group_id'",
    );
    session.add(new Membership({ user_id: 1, group_id: 2, role: 'admin' }));
    await session.flush();
    expect((await session.get(Membership, [1, 2]))?.role).toBe('admin');
    expect((await session.get(Membership, { group_id: 2, user_id: 1 }))?.role).toBe('admin');
  });

  test('a Session on a Connection in a transaction: commit leaves it, the outer rollback undoes everything', async () => {
    const { engine } = await orm.engine();
    const conn = await engine.connect();
    await conn.begin();
    const session = new Session(conn);
    session.add(new User({ name_: 'inner' }));
    await session.commit();
    expect(conn.inTransaction()).toBe(true);
    expect(Number((await conn.execute(text('SELECT count(*) FROM users'))).scalar())).toBe(1);
    await session.close();
    await conn.rollback();
    expect(Number((await conn.execute(text('SELECT count(*) FROM users'))).scalar())).toBe(0);
    await conn.close();
  });
});
