// What a flush sends, with echo recorded from SQLAlchemy 2.0.52: multi-row INSERTs, changed columns
// only, batched DELETEs, foreign-key and per-row order, version counters, server values; the
// UPDATE/DELETE batching on PostgreSQL and MySQL is Retort's (README: one statement per batch).
import { DateTime, event, ForeignKey, func, Integer, String, text } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { bool, ormDatabase, q, returning } from '../../test/orm-database';
import { DeclarativeBase, inspect, mappedColumn, Session, StaleDataError } from '../index';

class Base extends DeclarativeBase {}

class Account extends Base.table('accounts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  email: mappedColumn(String(100), { nullable: true }),
  balance: mappedColumn(Integer, { default: 0 }),
}) {}

class Entry extends Base.table('entries', {
  id: mappedColumn(Integer, { primaryKey: true }),
  account_id: mappedColumn(Integer, ForeignKey('accounts.id')),
  amount: mappedColumn(Integer),
}) {}

class Node extends Base.table('nodes', {
  id: mappedColumn(Integer, { primaryKey: true, autoincrement: false }),
  parent_id: mappedColumn(Integer, ForeignKey('nodes.id'), { nullable: true }),
  name_: mappedColumn('name', String(20)),
}) {}

class Versioned extends Base.table(
  'vers',
  {
    id: mappedColumn(Integer, { primaryKey: true }),
    data: mappedColumn(String(50)),
    version_id: mappedColumn(Integer),
  },
  { mapperArgs: { versionIdCol: 'version_id' } },
) {}

class Item extends Base.table('items', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  qty: mappedColumn(Integer, { default: 0 }),
  code: mappedColumn(String(10), { defaultFactory: () => 'X-1' }),
  created_at: mappedColumn(DateTime, { serverDefault: func.now() }),
  updated_at: mappedColumn(DateTime, { nullable: true, onupdate: func.now() }),
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

describeDialects('flush', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  test('1000 new rows of one table: one multi-row INSERT … RETURNING (one per row on SQLite)', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const accounts = Array.from({ length: 1000 }, (_, i) => new Account({ name_: `a${i}` }));
    session.addAll(accounts);
    await session.flush();
    expect(accounts.map((a) => a.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(accounts.every((a) => a.balance === 0)).toBe(true);
    const messages = lines(echo.take());
    const inserts = messages.filter((m) => m.startsWith('INSERT'));
    if (db.dialect === 'sqlite') {
      expect(inserts.length).toBe(1000);
      expect(messages.slice(1, 3)).toEqual([
        'INSERT INTO accounts (name, email, balance) VALUES (?, ?, ?) RETURNING id',
        "[… (insertmanyvalues) 1/1000 (ordered; batch not supported)] ('a0', None, 0)",
      ]);
      expect(messages[2000]).toBe(
        "[insertmanyvalues 1000/1000 (ordered; batch not supported)] ('a999', None, 0)",
      );
    } else {
      expect(inserts.length).toBe(1);
      expect(messages[2]).toMatch(
        /^\[… \(insertmanyvalues\) 1\/1 \(ordered\)\] \('a0', None, 0, 'a1', None, 0,/,
      );
      expect(inserts[0]).toContain(' ... ');
      expect(inserts[0]).toMatch(
        db.dialect === 'pg'
          ? /^INSERT INTO accounts \(name, email, balance\) SELECT p0::VARCHAR, p1::VARCHAR, p2::INTEGER FROM \(VALUES \(\$1, \$2, \$3, 0\), /
          : /^INSERT INTO accounts \(name, email, balance\) VALUES \(\?, \?, \?\), \(\?, \?, \?\), /,
      );
      expect(inserts[0]).toMatch(/RETURNING accounts\.id, accounts\.id AS id__1$/);
    }
  });

  test('UPDATE sends the changed columns only, grouped by the columns they change', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const [a, b, c] = [new Account({ name_: 'a' }), new Account({ name_: 'b' }), new Account({ name_: 'c' })];
    session.addAll([a, b, c]);
    await session.flush();
    echo.clear();
    a.name_ = 'aa';
    b.name_ = 'bb';
    c.balance = 10;
    c.email = 'c@x';
    await session.flush();
    const tail = [
      q(db, 'UPDATE accounts SET email=?, balance=? WHERE accounts.id = ?'),
      "[…] ('c@x', 10, 3)",
    ];
    if (db.dialect === 'sqlite') {
      expect(lines(echo.take())).toEqual([
        'UPDATE accounts SET name=? WHERE accounts.id = ?',
        "[…] [('aa', 1), ('bb', 2)]",
        ...tail,
      ]);
    } else {
      // PostgreSQL numbers a bind named twice once ($1 in CASE and IN); MySQL sends it again.
      expect(lines(echo.take())).toEqual([
        db.dialect === 'pg'
          ? 'UPDATE accounts SET name=CASE accounts.id WHEN $1 THEN $2 WHEN $3 THEN $4 ELSE accounts.name END WHERE accounts.id IN ($1, $3)'
          : 'UPDATE accounts SET name=CASE accounts.id WHEN ? THEN ? WHEN ? THEN ? ELSE accounts.name END WHERE accounts.id IN (?, ?)',
        db.dialect === 'pg' ? "[…] (1, 'aa', 2, 'bb')" : "[…] (1, 'aa', 2, 'bb', 1, 2)",
        ...tail,
      ]);
    }
    expect(session.dirty.size).toBe(0);
    await session.commit();
  });

  test('DELETE of several rows: one executemany (SQLite) or one statement', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const accounts = [new Account({ name_: 'a' }), new Account({ name_: 'b' })];
    session.addAll(accounts);
    await session.flush();
    echo.clear();
    for (const account of accounts) session.delete(account);
    await session.flush();
    expect(lines(echo.take())).toEqual(
      db.dialect === 'sqlite'
        ? ['DELETE FROM accounts WHERE accounts.id = ?', '[…] [(1,), (2,)]']
        : [q(db, 'DELETE FROM accounts WHERE accounts.id IN (?, ?)'), '[…] (1, 2)'],
    );
    expect(accounts.map((a) => inspect(a).deleted)).toEqual([true, true]);
  });

  test('rows referenced by foreign keys are inserted first and deleted last', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const account = new Account({ id: 1, name_: 'a' });
    const entry = new Entry({ id: 1, account_id: 1, amount: 5 });
    session.add(entry);
    session.add(account);
    await session.flush();
    session.delete(account);
    session.delete(entry);
    await session.flush();
    const sql = lines(echo.take()).filter((m) => !m.startsWith('['));
    expect(sql).toEqual([
      'BEGIN (implicit)',
      q(db, 'INSERT INTO accounts (id, name, email, balance) VALUES (?, ?, ?, ?)'),
      q(db, 'INSERT INTO entries (id, account_id, amount) VALUES (?, ?, ?)'),
      q(db, 'DELETE FROM entries WHERE entries.id = ?'),
      q(db, 'DELETE FROM accounts WHERE accounts.id = ?'),
    ]);
  });

  test('a table referring to itself: rows in key order (referenced first), deleted the other way round', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const nodes = [
      new Node({ id: 3, parent_id: 2, name_: 'c' }),
      new Node({ id: 2, parent_id: 1, name_: 'b' }),
      new Node({ id: 1, name_: 'a' }),
    ];
    session.addAll(nodes);
    await session.flush();
    // PostgreSQL: one multi-row statement, as SQLAlchemy's insertmanyvalues sends it with psycopg2.
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      ...(db.dialect === 'pg'
        ? [
            'INSERT INTO nodes (id, parent_id, name) VALUES ($1, $2, $3), ($4, $5, $6), ($7, $8, $9)',
            "[… (insertmanyvalues) 1/1 (unordered)] (1, None, 'a', 2, 1, 'b', 3, 2, 'c')",
          ]
        : [
            'INSERT INTO nodes (id, parent_id, name) VALUES (?, ?, ?)',
            "[…] [(1, None, 'a'), (2, 1, 'b'), (3, 2, 'c')]",
          ]),
    ]);
    for (const node of [...nodes].reverse()) session.delete(node);
    await session.flush();
    // Row by row (MySQL checks foreign keys per row, so no single statement for a self-referring table).
    expect(lines(echo.take())).toEqual([
      q(db, 'DELETE FROM nodes WHERE nodes.id = ?'),
      '[…] [(3,), (2,), (1,)]',
    ]);
  });

  test('version counter: UPDATE and DELETE check it; a changed row is StaleDataError', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const v = new Versioned({ data: 'a' });
    session.add(v);
    await session.flush();
    expect(v.version_id).toBe(1);
    v.data = 'b';
    await session.flush();
    expect(v.version_id).toBe(2);
    await session.execute(text('update vers set version_id = 10'));
    v.data = 'c';
    await expect(session.flush()).rejects.toThrow(
      new StaleDataError("UPDATE statement on table 'vers' expected to update 1 row(s); 0 were matched."),
    );
    const messages = lines(echo.take());
    expect(messages.slice(0, 5)).toEqual([
      'BEGIN (implicit)',
      db.dialect === 'sqlite'
        ? 'INSERT INTO vers (data, version_id) VALUES (?, ?) RETURNING id'
        : db.dialect === 'pg'
          ? q(db, 'INSERT INTO vers (data, version_id) VALUES (?, ?) RETURNING vers.id')
          : 'INSERT INTO vers (data, version_id) VALUES (?, ?) RETURNING vers.id',
      "[…] ('a', 1)",
      q(db, 'UPDATE vers SET data=?, version_id=? WHERE vers.id = ? AND vers.version_id = ?'),
      "[…] ('b', 2, 1, 1)",
    ]);
    expect(messages.slice(-3)).toEqual([
      q(db, 'UPDATE vers SET data=?, version_id=? WHERE vers.id = ? AND vers.version_id = ?'),
      "[…] ('c', 3, 1, 2)",
      'ROLLBACK',
    ]);
    await session.rollback();
    const again = (await session.get(Versioned, 1)) as Versioned | undefined;
    expect(again).toBeUndefined();
    const w = new Versioned({ data: 'w' });
    session.add(w);
    await session.commit();
    await session.execute(text('update vers set version_id = 20'));
    session.delete(w);
    await expect(session.flush()).rejects.toThrow(
      new StaleDataError(
        "DELETE statement on table 'vers' expected to delete 1 row(s); Only 0 were matched.",
      ),
    );
    await session.rollback();
  });

  test('defaults: value and function defaults set on the object, server values fetched at flush', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const a = new Item({ name_: 'a' });
    const b = new Item({ name_: 'b', qty: 5 });
    session.add(a);
    await session.flush();
    expect([a.qty, a.code, a.updated_at]).toEqual([0, 'X-1', null]);
    expect(a.created_at).toBeInstanceOf(Date);
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(
        db,
        `INSERT INTO items (name, qty, code, updated_at) VALUES (?, ?, ?, ?) RETURNING ${returning(db, 'items', 'id, created_at')}`,
      ),
      "[…] ('a', 0, 'X-1', None)",
    ]);
    session.add(b);
    await session.flush();
    expect(b.qty).toBe(5);
    echo.clear();
    a.name_ = 'aa';
    await session.flush();
    expect(a.updated_at).toBeInstanceOf(Date);
    const now = db.dialect === 'sqlite' ? 'CURRENT_TIMESTAMP' : 'now()';
    expect(lines(echo.take())).toEqual(
      db.dialect === 'mysql'
        ? [
            `UPDATE items SET name=?, updated_at=${now} WHERE items.id = ?`,
            "[…] ('aa', 1)",
            'SELECT items.updated_at AS items_updated_at \nFROM items \nWHERE items.id = ?',
            '[…] (1,)',
          ]
        : [
            q(
              db,
              `UPDATE items SET name=?, updated_at=${now} WHERE items.id = ? RETURNING ${returning(db, 'items', 'updated_at')}`,
            ),
            "[…] ('aa', 1)",
          ],
    );
    expect(bool(db, true)).toBeDefined();
  });

  test("mapper events (seed 003 'Events'): before/after insert, update, delete", async () => {
    const { engine } = await orm.engine();
    const printed: string[] = [];
    class EventBase extends DeclarativeBase {
      static override metadata = Base.metadata;
    }
    void EventBase;
    const beforeInsert = (_mapper: unknown, _connection: unknown, target: Account): void => {
      target.name_ = target.name_.trim();
    };
    const beforeUpdate = (_mapper: unknown, _connection: unknown, target: Account): void => {
      target.email = 'updated@example.com';
    };
    const afterInsert = (_mapper: unknown, _connection: unknown, target: Account): void => {
      printed.push(`Created user ${target.id}`);
    };
    const afterDelete = (_mapper: unknown, _connection: unknown, target: Account): void => {
      printed.push(`Deleted user ${target.id}`);
    };
    event.listen(Account, 'beforeInsert', beforeInsert);
    event.listen(Account, 'beforeUpdate', beforeUpdate);
    event.listen(Account, 'afterInsert', afterInsert);
    event.listen(Account, 'afterDelete', afterDelete);
    try {
      await using session = new Session(engine);
      const user = new Account({ name_: '  Alice  ' });
      session.add(user);
      await session.commit();
      expect(user.name_).toBe('Alice');
      user.balance = 5;
      await session.commit();
      expect(user.email).toBe('updated@example.com');
      session.delete(user);
      await session.commit();
      expect(printed).toEqual(['Created user 1', 'Deleted user 1']);
    } finally {
      event.remove(Account, 'beforeInsert', beforeInsert);
      event.remove(Account, 'beforeUpdate', beforeUpdate);
      event.remove(Account, 'afterInsert', afterInsert);
      event.remove(Account, 'afterDelete', afterDelete);
    }
  });
  test('a new object with the key of an object deleted in the same flush takes its row (row switch)', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    session.add(new Account({ id: 1, name_: 'a', email: 'x' }));
    await session.commit();
    const old = (await session.get(Account, 1)) as Account;
    session.delete(old);
    const replacement = new Account({ id: 1, name_: 'b' });
    session.add(replacement);
    echo.clear();
    await session.flush();
    expect(lines(echo.take())).toEqual([
      'BEGIN (implicit)',
      q(db, 'UPDATE accounts SET name=? WHERE accounts.id = ?'),
      "[…] ('b', 1)",
    ]);
    expect([inspect(old).deleted, inspect(replacement).persistent]).toEqual([true, true]);
    expect(await replacement.awaitableAttrs.email).toBe('x');
    await session.commit();
    expect(inspect(old).detached).toBe(true);
  });
});
