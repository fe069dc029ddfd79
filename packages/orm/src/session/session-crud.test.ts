// Seed 003 "Session and CRUD" (and seed 004's day 7 CRUD) as tests: sessions and sessionmaker,
// create/read/update/delete, merge, flush vs commit, refresh/expire, 2.0-style execute,
// autoflush; echo recorded from SQLAlchemy 2.0.52 running the same program (expire_on_commit=False).
import { Boolean, delete as deleteStmt, Integer, insert, String, select, update } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { bool, ormDatabase, q, returning } from '../../test/orm-database';
import { DeclarativeBase, mappedColumn, Session, sessionmaker, UnloadedAttributeError } from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  email: mappedColumn(String(100), { nullable: true }),
  is_active: mappedColumn(Boolean, { default: true }),
}) {}

const SELECT_USER = 'SELECT users.id, users.name, users.email, users.is_active \nFROM users';
const GET_USER =
  'SELECT users.id AS users_id, users.name AS users_name, users.email AS users_email, users.is_active AS users_is_active \nFROM users \nWHERE users.id = ?';

/** Echo with the stats bracket reduced to `[…]` (insertmanyvalues annotations kept). */
function lines(messages: readonly string[]): string[] {
  return messages.map((m) =>
    m
      .replace(/^\[(generated in X\.XXXXXs|cached since Ns ago)\] /, '[…] ')
      .replace(
        /^\[(generated in X\.XXXXXs|cached since Ns ago) \(insertmanyvalues\)/,
        '[… (insertmanyvalues)',
      ),
  );
}

describeDialects('Session and CRUD (seed 003)', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  test('create: add and commit, then addAll; ids are populated', async () => {
    const { engine, echo } = await orm.engine();
    {
      await using session = new Session(engine);
      const user = new User({ name_: 'Alice', email: 'alice@example.com' });
      session.add(user);
      await session.commit();
      expect(user.id).toBe(1);
      const users = [
        new User({ name_: 'Bob', email: 'bob@example.com' }),
        new User({ name_: 'Charlie', email: 'charlie@example.com' }),
      ];
      session.addAll(users);
      await session.commit();
      expect(users.map((u) => u.id)).toEqual([2, 3]);
    }
    const t = bool(db, true);
    const insertOne =
      db.dialect === 'pg'
        ? [q(db, 'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?) RETURNING users.id')]
        : ['INSERT INTO users (name, email, is_active) VALUES (?, ?, ?)'];
    const insertTwo =
      db.dialect === 'sqlite'
        ? [
            'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?) RETURNING id',
            `[… (insertmanyvalues) 1/2 (ordered; batch not supported)] ('Bob', 'bob@example.com', ${t})`,
            'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?) RETURNING id',
            `[insertmanyvalues 2/2 (ordered; batch not supported)] ('Charlie', 'charlie@example.com', ${t})`,
          ]
        : db.dialect === 'pg'
          ? [
              'INSERT INTO users (name, email, is_active) SELECT p0::VARCHAR, p1::VARCHAR, p2::BOOLEAN FROM (VALUES ($1, $2, $3, 0), ($4, $5, $6, 1)) AS imp_sen(p0, p1, p2, sen_counter) ORDER BY sen_counter RETURNING users.id, users.id AS id__1',
              `[… (insertmanyvalues) 1/1 (ordered)] ('Bob', 'bob@example.com', ${t}, 'Charlie', 'charlie@example.com', ${t})`,
            ]
          : [
              'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?), (?, ?, ?) RETURNING users.id, users.id AS id__1',
              `[… (insertmanyvalues) 1/1 (ordered)] ('Bob', 'bob@example.com', ${t}, 'Charlie', 'charlie@example.com', ${t})`,
            ];
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      ...insertOne,
      `[…] ('Alice', 'alice@example.com', ${t})`,
      'COMMIT',
      'BEGIN (implicit)',
      ...insertTwo,
      'COMMIT',
    ]);
  });

  test('read: get (identity map first), scalarOne, scalars, iteration', async () => {
    const { engine, echo } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__), [
        { name: 'Alice', email: 'alice@example.com', is_active: true },
        { name: 'Bob', email: 'bob@example.com', is_active: true },
        { name: 'Charlie', email: 'charlie@example.com', is_active: true },
      ]);
    });
    echo.clear();
    await using session = new Session(engine);
    const user = await session.get(User, 1);
    expect(user?.name_).toBe('Alice');
    expect(await session.get(User, 1)).toBe(user);
    const stmt = select(User).where(User.name_.eq('Alice'));
    expect((await session.execute(stmt)).scalarOne()).toBe(user);
    expect((await session.execute(stmt)).scalarOneOrNone()).toBe(user);
    const ordered = (await session.execute(select(User).orderBy(User.name_))).scalars().all();
    expect(ordered.map((u) => u.name_)).toEqual(['Alice', 'Bob', 'Charlie']);
    const names: string[] = [];
    for (const u of (await session.execute(select(User))).scalars()) names.push(u.name_);
    expect(names).toEqual(['Alice', 'Bob', 'Charlie']);
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, GET_USER),
      '[…] (1,)',
      q(db, `${SELECT_USER} \nWHERE users.name = ?`),
      "[…] ('Alice',)",
      q(db, `${SELECT_USER} \nWHERE users.name = ?`),
      "[…] ('Alice',)",
      `${SELECT_USER} ORDER BY users.name`,
      '[…] ()',
      SELECT_USER,
      '[…] ()',
    ]);
  });

  test('update: only the changed column; bulk UPDATE without fetching', async () => {
    const { engine, echo } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__).values({ name: 'Alice', is_active: false }));
    });
    echo.clear();
    {
      await using session = new Session(engine);
      const user = (await session.get(User, 1)) as User;
      user.name_ = 'Alice Updated';
      await session.commit();
      await session.execute(update(User).where(User.is_active.eq(false)).values({ is_active: true }));
      await session.commit();
      expect(user.is_active).toBe(true);
    }
    const messages = lines(echo.take());
    expect(messages.slice(0, 6)).toEqual([
      'BEGIN (implicit)',
      q(db, GET_USER),
      '[…] (1,)',
      q(db, 'UPDATE users SET name=? WHERE users.id = ?'),
      "[…] ('Alice Updated', 1)",
      'COMMIT',
    ]);
    expect(messages[6]).toBe('BEGIN (implicit)');
    expect(messages[7]).toMatch(/^UPDATE users SET is_active=(\?|\$1) WHERE users\.is_active = /);
    expect(messages.at(-1)).toBe('COMMIT');
  });

  test('delete: fetch then delete; bulk DELETE without fetching', async () => {
    const { engine, echo } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__), [
        { name: 'Alice', is_active: true },
        { name: 'Bob', is_active: false },
      ]);
    });
    echo.clear();
    await using session = new Session(engine);
    const user = await session.get(User, 1);
    if (user) {
      session.delete(user);
      await session.commit();
    }
    await session.execute(deleteStmt(User).where(User.is_active.eq(false)));
    await session.commit();
    const messages = lines(echo.take());
    expect(messages.slice(0, 6)).toEqual([
      'BEGIN (implicit)',
      q(db, GET_USER),
      '[…] (1,)',
      q(db, 'DELETE FROM users WHERE users.id = ?'),
      '[…] (1,)',
      'COMMIT',
    ]);
    expect(messages[7]).toMatch(/^DELETE FROM users WHERE users\.is_active = /);
    const left = await engine.connect();
    expect((await left.execute(select(User.__table__.c.id))).all()).toEqual([]);
    await left.close();
  });

  test('merge(): an external object becomes the Session managed one', async () => {
    const { engine, echo } = await orm.engine();
    const externalUser = new User({ id: 42, name_: 'Updated Name', email: 'new@example.com' });
    await using session = new Session(engine);
    const mergedUser = await session.merge(externalUser);
    expect(mergedUser).not.toBe(externalUser);
    expect(mergedUser.name_).toBe('Updated Name');
    expect(session.new.has(mergedUser)).toBe(true);
    await session.commit();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, GET_USER),
      '[…] (42,)',
      q(db, 'INSERT INTO users (id, name, email, is_active) VALUES (?, ?, ?, ?)'),
      `[…] (42, 'Updated Name', 'new@example.com', ${bool(db, true)})`,
      'COMMIT',
    ]);
  });

  test('flush() sends the INSERT and gives the id; commit() makes it visible to others', async () => {
    const { engine } = await orm.engine();
    await using session = new Session(engine);
    const user = new User({ name_: 'Alice' });
    session.add(user);
    expect(user.id).toBeNull();
    await session.flush();
    expect(user.id).toBe(1);
    const other = await engine.connect();
    if (db.dialect !== 'sqlite') expect((await other.execute(select(User.__table__.c.id))).all()).toEqual([]);
    await other.rollback();
    await session.commit();
    expect((await other.execute(select(User.__table__.c.id))).all()).toEqual([[1]]);
    await other.close();
  });

  test('refresh() and expire(): reloads now, or on the next (awaited) access', async () => {
    const { engine, echo } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__).values({ name: 'Bob', is_active: true }));
    });
    echo.clear();
    await using session = new Session(engine);
    const user = (await session.get(User, 1)) as User;
    await session.refresh(user);
    session.expire(user);
    expect(() => user.name_).toThrow(UnloadedAttributeError);
    expect(() => user.name_).toThrow(
      'User.name_ is expired (by commit with expireOnCommit: true, session.expire() or a rollback), and reading it needs SQL, which a property read cannot run. Either reload it with await session.refresh(user), or await it: await user.awaitableAttrs.name_',
    );
    expect(await user.awaitableAttrs.name_).toBe('Bob');
    expect(user.name_).toBe('Bob');
    session.expireAll();
    expect(() => user.email).toThrow(UnloadedAttributeError);
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, GET_USER),
      '[…] (1,)',
      q(db, `${SELECT_USER} \nWHERE users.id = ?`),
      '[…] (1,)',
      q(db, GET_USER),
      '[…] (1,)',
    ]);
  });

  test('session.execute() 2.0 style: select, insert, update … returning, delete', async () => {
    const { engine, echo } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__), [
        { name: 'Alice', is_active: true },
        { name: 'Bob', is_active: false },
      ]);
    });
    echo.clear();
    await using session = new Session(engine);
    const user = (await session.execute(select(User).where(User.name_.eq('Alice')))).scalarOne();
    expect(user.id).toBe(1);
    await session.execute(insert(User).values({ name_: 'Dave', email: 'dave@example.com' }));
    await session.commit();
    if (engine.dialect.capabilities.updateReturning) {
      const row = (
        await session.execute(
          update(User).where(User.id.eq(1)).values({ name_: 'Alice V2' }).returning(User.id, User.name_),
        )
      ).one();
      expect([...row]).toEqual([1, 'Alice V2']);
      expect(row.name_).toBe('Alice V2');
      expect(user.name_).toBe('Alice V2');
      await session.commit();
    }
    await session.execute(deleteStmt(User).where(User.is_active.eq(false)));
    await session.commit();
    const messages = lines(echo.take());
    expect(messages.slice(0, 5)).toEqual([
      'BEGIN (implicit)',
      q(db, `${SELECT_USER} \nWHERE users.name = ?`),
      "[…] ('Alice',)",
      db.dialect === 'pg'
        ? q(db, 'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?) RETURNING users.id')
        : 'INSERT INTO users (name, email, is_active) VALUES (?, ?, ?)',
      `[…] ('Dave', 'dave@example.com', ${bool(db, true)})`,
    ]);
    if (engine.dialect.capabilities.updateReturning) {
      expect(messages.slice(6, 9)).toEqual([
        'BEGIN (implicit)',
        q(db, `UPDATE users SET name=? WHERE users.id = ? RETURNING ${returning(db, 'users', 'id, name')}`),
        "[…] ('Alice V2', 1)",
      ]);
    }
  });

  test('sessionmaker: a factory, and begin() that commits on success', async () => {
    const { engine, echo } = await orm.engine();
    const SessionFactory = sessionmaker({ bind: engine });
    {
      await using session = SessionFactory();
      expect(await session.scalar(select(User.name_).where(User.id.eq(2)))).toBeUndefined();
    }
    await SessionFactory.begin(async (session) => {
      session.add(new User({ name_: 'Alice' }));
    });
    await expect(
      SessionFactory.begin(async (session) => {
        session.add(new User({ name_: 'Bob' }));
        await session.flush();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const messages = lines(echo.take());
    expect(messages.filter((m) => m === 'COMMIT' || m === 'ROLLBACK')).toEqual([
      'ROLLBACK',
      'COMMIT',
      'ROLLBACK',
    ]);
    await using check = SessionFactory();
    expect((await check.scalars(select(User.name_))).all()).toEqual(['Alice']);
  });

  test('autoflush before a query, and noAutoflush (gotcha 9)', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const user = new User({ name_: 'test' });
    session.add(user);
    const result = await session.execute(select(User).where(User.name_.eq('test')));
    expect(result.scalars().first()).toBe(user);
    await session.noAutoflush(async () => {
      session.add(new User({ name_: 'test2' }));
      const found = await session.execute(select(User).where(User.name_.eq('test2')));
      expect(found.scalars().first()).toBeUndefined();
    });
    await session.rollback();
    const messages = lines(echo.take());
    expect(messages[1]).toMatch(/^INSERT INTO users \(name, email, is_active\) VALUES/);
    expect(messages[3]).toBe(q(db, `${SELECT_USER} \nWHERE users.name = ?`));
    expect(messages[5]).toBe(q(db, `${SELECT_USER} \nWHERE users.name = ?`));
    expect(messages[6]).toBe("[…] ('test2',)");
    expect(messages.at(-1)).toBe('ROLLBACK');
  });

  test('rows hold objects; scalars() gives the objects (gotcha 8)', async () => {
    const { engine } = await orm.engine();
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__).values({ name: 'Alice', is_active: true }));
    });
    await using session = new Session(engine);
    const rows = (await session.execute(select(User).orderBy(User.id))).all();
    expect(rows[0]?._fields).toEqual(['User']);
    expect(rows[0]?.[0]).toBeInstanceOf(User);
    expect(rows[0]?._get('User')).toBe(rows[0]?.[0]);
    const users = (await session.execute(select(User).orderBy(User.id))).scalars().all();
    expect(users[0]).toBeInstanceOf(User);
    expect(users[0]).toBe(rows[0]?.[0]);
  });
  test('expireOnCommit: true (gotcha 4): attributes reload when awaited; a closed session cannot (gotcha 3)', async () => {
    const { engine, echo } = await orm.engine();
    const SessionFactory = sessionmaker({ bind: engine, expireOnCommit: true });
    const session = SessionFactory();
    const user = new User({ name_: 'Alice' });
    session.add(user);
    await session.commit();
    expect(() => user.name_).toThrow(UnloadedAttributeError);
    echo.clear();
    expect(await user.awaitableAttrs.name_).toBe('Alice');
    expect(user.email).toBeNull();
    expect(lines(echo.take())).toEqual(['BEGIN (implicit)', q(db, GET_USER), '[…] (1,)']);
    await session.commit();
    await session.close();
    expect(() => user.name_).toThrow(
      'Instance <User (1)> is not bound to a Session; attribute refresh operation cannot proceed (User.name_ is expired)',
    );
    await expect(user.awaitableAttrs.name_).rejects.toThrow(/is not bound to a Session/);
  });
});
