// ORM INSERT/UPDATE/DELETE through session.execute(): bulk INSERT of many rows (null values left
// out), RETURNING of objects, bulk UPDATE by primary key, and synchronizeSession 'auto',
// 'evaluate', 'fetch' and false; echo and object states recorded from SQLAlchemy 2.0.52.
import {
  Boolean,
  delete as deleteStmt,
  func,
  Integer,
  InvalidRequestError,
  insert,
  String,
  update,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { bool, ormDatabase, q, returning } from '../../test/orm-database';
import { DeclarativeBase, inspect, mappedColumn, Session } from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50), { unique: true }),
  email: mappedColumn(String(100), { nullable: true }),
  is_active: mappedColumn(Boolean, { default: true }),
}) {}

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

describeDialects('ORM DML', (db) => {
  const orm = ormDatabase(db, Base.metadata);
  const t = bool(db, true);

  test('bulk INSERT of many rows: attribute names, null values left out, defaults applied', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const result = await session.execute(
      insert(User),
      [0, 1, 2].map((i) => ({ name_: `b${i}`, email: null })),
    );
    expect(result.rowcount).toBe(3);
    expect(session.identityMap.size).toBe(0);
    const expected =
      db.dialect === 'sqlite' || db.dialect === 'mysql'
        ? [
            'INSERT INTO users (name, is_active) VALUES (?, ?)',
            `[…] [('b0', ${t}), ('b1', ${t}), ('b2', ${t})]`,
          ]
        : // psycopg2 sends an executemany INSERT as one multi-row statement (insertmanyvalues).
          [
            'INSERT INTO users (name, is_active) VALUES ($1, $2), ($3, $4), ($5, $6)',
            `[… (insertmanyvalues) 1/1 (unordered)] ('b0', ${t}, 'b1', ${t}, 'b2', ${t})`,
          ];
    expect(lines(echo.take())).toEqual(['BEGIN (implicit)', ...expected]);
  });

  test('INSERT … RETURNING an entity gives objects in the identity map', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const users = (await session.execute(insert(User).returning(User), [{ name_: 'r0' }, { name_: 'r1' }]))
      .scalars()
      .all();
    expect(users.map((u) => [u.name_, u.is_active])).toEqual([
      ['r0', true],
      ['r1', true],
    ]);
    expect(session.contains(users[0] as User)).toBe(true);
    expect(inspect(users[0] as User).persistent).toBe(true);
    const row = (
      await session.execute(insert(User).values({ name_: 'v1' }).returning(User.id, User.name_))
    ).one();
    expect(row.name_).toBe('v1');
    const messages = lines(echo.take());
    expect(messages[1]).toBe(
      q(
        db,
        `INSERT INTO users (name, is_active) VALUES (?, ?), (?, ?) RETURNING ${returning(db, 'users', 'id, name, email, is_active')}`,
      ),
    );
    expect(messages[2]).toBe(`[… (insertmanyvalues) 1/1 (unordered)] ('r0', ${t}, 'r1', ${t})`);
    expect(messages.slice(3)).toEqual([
      q(
        db,
        `INSERT INTO users (name, is_active) VALUES (?, ?) RETURNING ${returning(db, 'users', 'id, name')}`,
      ),
      `[…] ('v1', ${t})`,
    ]);
  });

  test('bulk UPDATE by primary key: one executemany; objects in the Session take the values', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    session.addAll([new User({ name_: 'a' }), new User({ name_: 'b' }), new User({ name_: 'c' })]);
    await session.commit();
    const a = (await session.get(User, 1)) as User;
    echo.clear();
    await session.execute(update(User), [
      { id: 1, name_: 'A' },
      { id: 2, name_: 'B' },
    ]);
    expect(a.name_).toBe('A');
    expect(session.isModified(a)).toBe(false);
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, 'UPDATE users SET name=? WHERE users.id = ?'),
      "[…] [('A', 1), ('B', 2)]",
    ]);
    await expect(session.execute(update(User), [{ name_: 'x' }])).rejects.toThrow(
      new InvalidRequestError(
        'No primary key value supplied for column(s) users.id; per-row ORM Bulk UPDATE by Primary Key requires that records contain primary key values',
      ),
    );
    await expect(
      session.execute(update(User), [{ id: 1, name_: 'z' }], {
        executionOptions: { synchronizeSession: 'fetch' },
      }),
    ).rejects.toThrow("The 'fetch' synchronization strategy is not available for 'bulk' ORM updates");
  });

  test("UPDATE … WHERE: 'auto' evaluates in memory, 'fetch' reads the keys, false leaves objects alone", async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    session.addAll([new User({ name_: 'B0' }), new User({ name_: 'B1' }), new User({ name_: 'c' })]);
    await session.commit();
    const u1 = (await session.get(User, 1)) as User;
    const u3 = (await session.get(User, 3)) as User;
    echo.clear();
    await session.execute(update(User).where(User.name_.eq('B0')).values({ email: 'x' }));
    expect(u1.email).toBe('x');
    expect(u3.email).toBeNull();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, 'UPDATE users SET email=? WHERE users.name = ?'),
      "[…] ('x', 'B0')",
    ]);
    await session.execute(update(User).where(User.name_.like('B%')).values({ email: 'y' }), undefined, {
      executionOptions: { synchronizeSession: 'fetch' },
    });
    expect(u1.email).toBe('y');
    expect(lines(echo.take())).toEqual(
      db.dialect === 'mysql'
        ? [
            'SELECT users.id \nFROM users \nWHERE users.name LIKE ?',
            "[…] ('B%',)",
            'UPDATE users SET email=? WHERE users.name LIKE ?',
            "[…] ('y', 'B%')",
          ]
        : [
            q(
              db,
              `UPDATE users SET email=? WHERE users.name LIKE ? RETURNING ${returning(db, 'users', 'id')}`,
            ),
            "[…] ('y', 'B%')",
          ],
    );
    await session.execute(update(User).where(User.id.eq(1)).values({ email: 'w' }), undefined, {
      executionOptions: { synchronizeSession: false },
    });
    expect(u1.email).toBe('y');
    await expect(
      session.execute(update(User).where(func.lower(User.name_).eq('b0')).values({ email: 'q' }), undefined, {
        executionOptions: { synchronizeSession: 'evaluate' },
      }),
    ).rejects.toThrow(
      new InvalidRequestError(
        'Could not evaluate current criteria in Python: "Cannot evaluate Function". Specify \'fetch\' or false for the synchronizeSession execution option.',
      ),
    );
    echo.clear();
    await session.execute(update(User).where(func.lower(User.name_).eq('b0')).values({ email: 'q' }));
    expect(u1.email).toBe('q');
    expect(lines(echo.take())[0]).toBe(
      db.dialect === 'mysql'
        ? 'SELECT users.id \nFROM users \nWHERE lower(users.name) = ?'
        : q(
            db,
            `UPDATE users SET email=? WHERE lower(users.name) = ? RETURNING ${returning(db, 'users', 'id')}`,
          ),
    );
    await session.execute(update(User).where(User.id.eq(3)).values({ is_active: false }), undefined, {
      executionOptions: { synchronizeSession: 'evaluate' },
    });
    expect(u3.is_active).toBe(false);
  });

  test("DELETE … WHERE: matched objects become deleted ('auto' and 'fetch')", async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    session.addAll([new User({ name_: 'a' }), new User({ name_: 'b' })]);
    await session.commit();
    const u1 = (await session.get(User, 1)) as User;
    const u2 = (await session.get(User, 2)) as User;
    echo.clear();
    await session.execute(deleteStmt(User).where(User.name_.eq('a')));
    expect([session.contains(u1), inspect(u1).deleted, inspect(u1).wasDeleted]).toEqual([false, true, true]);
    await session.execute(deleteStmt(User).where(User.name_.eq('b')), undefined, {
      executionOptions: { synchronizeSession: 'fetch' },
    });
    expect([session.contains(u2), inspect(u2).deleted]).toEqual([false, true]);
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, 'DELETE FROM users WHERE users.name = ?'),
      "[…] ('a',)",
      q(db, `DELETE FROM users WHERE users.name = ? RETURNING ${returning(db, 'users', 'id')}`),
      "[…] ('b',)",
    ]);
    await session.commit();
    expect(inspect(u1).detached).toBe(true);
  });
});
