// PyMySQL's executemany rewrite in the mysql2 adapter: an executemany INSERT … VALUES goes out as
// multi-row statements (split by length), leaves the same rows as one INSERT per row, keeps the
// executemany echo SQLAlchemy shows with PyMySQL, and leaves other statements to run per row.
import {
  bindparam,
  Column,
  createEngine,
  type Engine,
  event,
  Integer,
  MetaData,
  String,
  select,
  Table,
  text,
  update,
} from '@retort/core';
import { EchoCapture } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertManyStatements, insertValuesParts } from './mysql-insert-many';
import './index';

const quote = (value: unknown): string =>
  value === null
    ? 'NULL'
    : typeof value === 'number'
      ? globalThis.String(value)
      : `'${globalThis.String(value)}'`;

describe('insertValuesParts', () => {
  it("splits an INSERT at its one group of bare placeholders (PyMySQL's RE_INSERT_VALUES)", () => {
    expect(insertValuesParts('INSERT INTO t (a, b) VALUES (?, ?)')).toEqual({
      prefix: 'INSERT INTO t (a, b) VALUES ',
      values: '(?, ?)',
      postfix: '',
      width: 2,
    });
    expect(insertValuesParts('insert into t (a) values (?) ON DUPLICATE KEY UPDATE a = VALUES(a)')).toEqual({
      prefix: 'insert into t (a) values ',
      values: '(?)',
      postfix: ' ON DUPLICATE KEY UPDATE a = VALUES(a)',
      width: 1,
    });
  });

  it('leaves statements it cannot repeat per row alone', () => {
    expect(insertValuesParts('UPDATE t SET a = ? WHERE id = ?')).toBeUndefined();
    expect(insertValuesParts('INSERT INTO t (a, b) VALUES (?, now())')).toBeUndefined();
    expect(insertValuesParts('INSERT INTO t (a) SELECT ? FROM dual')).toBeUndefined();
    expect(insertValuesParts('INSERT INTO t (a) VALUES (?) ON DUPLICATE KEY UPDATE a = ?')).toBeUndefined();
  });
});

describe('insertManyStatements', () => {
  const parts = insertValuesParts('INSERT INTO t (a, b) VALUES (?, ?)');

  it('joins rows into one statement, or several of at most the byte limit', () => {
    if (!parts) throw new Error('no parts');
    const sets = [
      [1, 'x'],
      [2, null],
      [3, 'é'],
    ];
    expect(insertManyStatements(parts, sets, quote, 1024000)).toEqual([
      "INSERT INTO t (a, b) VALUES (1, 'x'),(2, NULL),(3, 'é')",
    ]);
    // The prefix is 28 bytes, each row 9 or 10 ('é' is two bytes): two rows fit in 48 bytes.
    expect(insertManyStatements(parts, sets, quote, 48)).toEqual([
      "INSERT INTO t (a, b) VALUES (1, 'x'),(2, NULL)",
      "INSERT INTO t (a, b) VALUES (3, 'é')",
    ]);
    expect(insertManyStatements(parts, sets, quote, 10)).toHaveLength(3);
    expect(insertManyStatements(parts, [[1]], quote, 1024000)).toBeUndefined();
  });
});

describeDialects(
  'mysql executemany INSERT rewrite',
  (db) => {
    const metadata = new MetaData();
    const t = Table(
      'many_rewrite',
      metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('name', String(50), { nullable: false }),
      Column('note', String(50)),
    );
    const engines: Engine[] = [];
    function makeEngine(echo?: EchoCapture): Engine {
      const engine = createEngine(db.url, echo ? { echo: true, logger: echo.logger } : {});
      engines.push(engine);
      return engine;
    }
    afterEach(async () => {
      for (const engine of engines.splice(0)) await engine.dispose();
    });
    beforeAll(async () => {
      const engine = createEngine(db.url);
      await engine.begin(async (conn) => {
        await metadata.dropAll(conn);
        await metadata.createAll(conn);
      });
      await engine.dispose();
    });

    const rowsOf = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({
        name: `it's \\ "${from + i}"`,
        note: (from + i) % 3 === 0 ? null : `n${from + i}`,
      }));

    it('sends one multi-row INSERT, echoed as the executemany SQLAlchemy shows with PyMySQL', async () => {
      const echo = new EchoCapture();
      const engine = makeEngine(echo);
      const sent: string[] = [];
      event.listen(engine, 'beforeCursorExecute', (_c, _d, statement) => {
        sent.push(statement);
        return undefined;
      });
      await using conn = await engine.connect();
      await conn.execute(text('DELETE FROM many_rewrite'));
      echo.take();
      const result = await conn.execute(t.insert(), rowsOf(12));
      expect(result.rowcount).toBe(12);
      expect(echo.take()).toEqual([
        'INSERT INTO many_rewrite (name, note) VALUES (?, ?)',
        "[generated in X.XXXXXs] [('it\\'s \\\\ \"0\"', None), ('it\\'s \\\\ \"1\"', 'n1'), ('it\\'s \\\\ \"2\"', 'n2'), ('it\\'s \\\\ \"3\"', None), ('it\\'s \\\\ \"4\"', 'n4'), ('it\\'s \\\\ \"5\"', 'n5'), ('it\\'s \\\\ \"6\"', None), ('it\\'s \\\\ \"7\"', 'n7')  ... displaying 10 of 12 total bound parameter sets ...  ('it\\'s \\\\ \"10\"', 'n10'), ('it\\'s \\\\ \"11\"', 'n11')]",
      ]);
      // Events see the executemany statement; the driver joins the rows below them.
      expect(sent.at(-1)).toBe('INSERT INTO many_rewrite (name, note) VALUES (?, ?)');
      const stored = (await conn.execute(select(t.c.name, t.c.note).orderBy(t.c.id))).all();
      expect(stored.map((row) => [...row])).toEqual(rowsOf(12).map((r) => [r.name, r.note]));
      await conn.rollback();
    });

    it('leaves the same rows as one INSERT per row, for thousands of rows and long values', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('DELETE FROM many_rewrite'));
      const rows = rowsOf(3000).map((r, i) => ({ ...r, note: i % 500 === 0 ? 'x'.repeat(50) : r.note }));
      const result = await conn.execute(t.insert(), rows);
      expect(result.rowcount).toBe(3000);
      // PyMySQL's lastrowid: the first id of the last statement sent (one statement here).
      const ids = (await conn.execute(select(t.c.id).orderBy(t.c.id))).scalars().all();
      expect(ids).toHaveLength(3000);
      expect(result.lastrowid).toBe(ids[0]);
      const stored = (await conn.execute(select(t.c.name, t.c.note).orderBy(t.c.id))).all();
      expect(stored.map((row) => [...row])).toEqual(rows.map((r) => [r.name, r.note]));
      await conn.rollback();
    });

    it('a duplicate key fails the whole statement with IntegrityError', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await expect(
        conn.execute(t.insert(), [
          { id: 1, name: 'a' },
          { id: 1, name: 'b' },
        ]),
      ).rejects.toThrow(/Duplicate entry '1' for key/);
      await conn.rollback();
    });

    it('an executemany UPDATE still runs once per parameter set, rowcount totalled', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('DELETE FROM many_rewrite'));
      await conn.execute(t.insert(), [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      const result = await conn.execute(
        update(t)
          .where(t.c.id.eq(bindparam('b_id')))
          .values({ name: bindparam('b_name') }),
        [
          { b_id: 1, b_name: 'x' },
          { b_id: 2, b_name: 'y' },
          { b_id: 3, b_name: 'z' },
        ],
      );
      expect(result.rowcount).toBe(2);
      expect((await conn.execute(select(t.c.name).orderBy(t.c.id))).scalars().all()).toEqual(['x', 'y']);
      await conn.rollback();
    });
  },
  { dialects: ['mysql'] },
);
