// How statements reach PostgreSQL: cached compiled statements as named prepared statements (an
// LRU per connection), executemany INSERTs as insertmanyvalues batches with or without RETURNING
// (echo recorded from SQLAlchemy 2.0.52 with psycopg2), and executemany UPDATEs as pages of
// statements in one round trip (psycopg2's execute_batch), echoed as one executemany; operators
// between two parameters cast them, as SQLAlchemy's asyncpg dialect does.
import {
  bindparam,
  Column,
  createEngine,
  type Engine,
  Integer,
  insert,
  literal,
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
import { executeBatchPages, inlinePGParameters } from './pg-execute-batch';
import './index';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

describe('inlinePGParameters', () => {
  it('replaces $n outside literals, quoted names, dollar-quoted bodies and comments', () => {
    expect(
      inlinePGParameters(
        `SELECT $1, '$1', "a$1", E'\\'$2', $tag$ $1 $tag$, x$1 -- $1\n, /* $1 /* $2 */ */ $2`,
        ["'a'", "'b'"],
      ),
    ).toBe(`SELECT 'a', '$1', "a$1", E'\\'$2', $tag$ $1 $tag$, x$1 -- $1\n, /* $1 /* $2 */ */ 'b'`);
  });

  it('numbers past nine and repeated numbers', () => {
    const literals = Array.from({ length: 12 }, (_, i) => `'v${i + 1}'`);
    expect(inlinePGParameters('SELECT $12, $1, $1', literals)).toBe("SELECT 'v12', 'v1', 'v1'");
  });

  it('pages statements by the page size; bytes, dates and arrays are not inlined', () => {
    const pages = executeBatchPages(
      'UPDATE t SET v = $1 WHERE id = $2',
      [
        ["it's", 1],
        [null, 2n],
        [true, 3],
      ],
      2,
      quote,
    );
    expect(pages).toEqual([
      "UPDATE t SET v = 'it''s' WHERE id = '1';UPDATE t SET v = NULL WHERE id = '2'",
      "UPDATE t SET v = 'true' WHERE id = '3'",
    ]);
    expect(executeBatchPages('SELECT $1', [[Buffer.from([1])]], 100, quote)).toBeUndefined();
    expect(executeBatchPages('SELECT $1', [[new Date(0)]], 100, quote)).toBeUndefined();
    expect(executeBatchPages('SELECT $1', [[[1, 2]]], 100, quote)).toBeUndefined();
  });
});

describeDialects(
  'pg execution: prepared statements and batched executemany',
  (db) => {
    const metadata = new MetaData();
    const t = Table(
      'pg_exec_t',
      metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('name', String(50)),
    );
    const engines: Engine[] = [];
    function makeEngine(url = db.url, echo?: EchoCapture): Engine {
      const engine = createEngine(url, echo ? { echo: true, logger: echo.logger } : {});
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

    const withQuery = (query: string) => `${db.url}${db.url.includes('?') ? '&' : '?'}${query}`;

    it('an operator between two parameters casts them, so the server can type it (as asyncpg in SQLAlchemy)', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      const sum = select(literal(1).add(2));
      expect(sum.compile({ dialect: engine.dialect }).sql).toBe('SELECT $1::INTEGER + $2::INTEGER AS anon_1');
      expect((await conn.execute(sum)).scalar()).toBe(3);
      // Compared as numbers, not as text ('10' < '9').
      expect((await conn.execute(select(literal(10).lt(9)))).scalar()).toBe(false);
      expect((await conn.execute(select(literal('a').concat('b')))).scalar()).toBe('ab');
      // An untyped parameter takes the other side's type.
      const typed = select(bindparam('x', undefined, { type: Integer }).add(bindparam('y', 5)));
      expect(typed.compile({ dialect: engine.dialect }).sql).toBe(
        'SELECT $1::INTEGER + $2::INTEGER AS anon_1',
      );
      expect((await conn.execute(typed, { x: 4 })).scalar()).toBe(9);
    });

    it('a cached statement with parameters runs as one named prepared statement per connection', async () => {
      const engine = makeEngine(withQuery('prepared_statement_cache_size=5'));
      await using conn = await engine.connect();
      for (const id of [1, 2, 3]) await conn.execute(select(t.c.name).where(t.c.id.eq(id)));
      // Without parameters the simple protocol runs it: nothing is prepared.
      await conn.execute(select(t.c.id));
      const prepared = (await conn.execute(text('SELECT name, statement FROM pg_prepared_statements'))).all();
      expect(prepared).toHaveLength(1);
      expect(prepared[0]?.[0]).toMatch(/^retort_[0-9a-z]+$/);
      expect(prepared[0]?.[1]).toBe('SELECT pg_exec_t.name \nFROM pg_exec_t \nWHERE pg_exec_t.id = $1');
    });

    it('statements compiled without the cache are not prepared', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(select(t.c.name).where(t.c.id.eq(1)), undefined, { compiledCache: null });
      expect((await conn.execute(text('SELECT count(*) FROM pg_prepared_statements'))).scalar()).toBe('0');
    });

    it('beyond prepared_statement_cache_size the least recently used statement is deallocated', async () => {
      const engine = makeEngine(withQuery('prepared_statement_cache_size=2'));
      await using conn = await engine.connect();
      await conn.commit();
      const byId = select(t.c.name).where(t.c.id.eq(1));
      const byName = select(t.c.id).where(t.c.name.eq('x'));
      const both = select(t.c.id).where(t.c.id.gt(1), t.c.name.eq('x'));
      await conn.execute(byId);
      await conn.execute(byName);
      await conn.execute(byId);
      await conn.execute(both);
      await conn.commit();
      // The DEALLOCATE goes out ahead of the next statement outside a transaction.
      await conn.execute(select(t.c.name).where(t.c.id.eq(2)));
      const statements = (
        await conn.execute(text('SELECT statement FROM pg_prepared_statements ORDER BY prepare_time'))
      ).scalars();
      expect(statements.all()).toEqual([
        'SELECT pg_exec_t.name \nFROM pg_exec_t \nWHERE pg_exec_t.id = $1',
        'SELECT pg_exec_t.id \nFROM pg_exec_t \nWHERE pg_exec_t.id > $1 AND pg_exec_t.name = $2',
      ]);
      // The evicted statement is prepared again under a new name when it comes back.
      expect((await conn.execute(byName)).all()).toEqual([]);
    });

    it('prepared_statement_cache_size=0 prepares nothing; a bad value is an ArgumentError', async () => {
      const engine = makeEngine(withQuery('prepared_statement_cache_size=0'));
      await using conn = await engine.connect();
      await conn.execute(select(t.c.name).where(t.c.id.eq(1)));
      expect((await conn.execute(text('SELECT count(*) FROM pg_prepared_statements'))).scalar()).toBe('0');
      await expect(
        (async () => {
          const bad = await makeEngine(withQuery('prepared_statement_cache_size=-1')).connect();
          await bad.close();
        })(),
      ).rejects.toThrow(/prepared_statement_cache_size must be a whole number/);
    });

    it('a prepared statement whose result type changed after DDL is prepared afresh', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('CREATE TABLE pg_exec_ddl (id integer, v integer)'));
      await conn.execute(text('INSERT INTO pg_exec_ddl VALUES (1, 1)'));
      await conn.commit();
      const stmt = text('SELECT * FROM pg_exec_ddl WHERE id = :id');
      expect((await conn.execute(stmt, { id: 1 })).all()).toEqual([[1, 1]]);
      await conn.execute(text('ALTER TABLE pg_exec_ddl ADD COLUMN w integer'));
      await conn.commit();
      await expect(conn.execute(stmt, { id: 1 })).rejects.toThrow(/cached plan must not change result type/);
      await conn.rollback();
      expect((await conn.execute(stmt, { id: 1 })).all()).toEqual([[1, 1, null]]);
      await conn.execute(text('DROP TABLE pg_exec_ddl'));
      await conn.commit();
    });

    it('an executemany INSERT without RETURNING goes out as insertmanyvalues batches, as with psycopg2', async () => {
      // SQLAlchemy 2.0.52, postgresql+psycopg2, insertmanyvalues_page_size=3, 7 rows:
      //   INSERT INTO imv_t (name) VALUES (%(name__0)s), (%(name__1)s), (%(name__2)s)
      //   [generated in 0.00023s (insertmanyvalues) 1/3 (unordered)] {'name__0': 'n0', …}
      //   … [insertmanyvalues 2/3 (unordered)] …  INSERT INTO imv_t (name) VALUES (%(name__0)s)
      //   [insertmanyvalues 3/3 (unordered)] {'name__0': 'n6'}
      const echo = new EchoCapture();
      const engine = makeEngine(db.url, echo);
      await using conn = await engine.connect();
      await conn.execute(text('SELECT 1'));
      echo.take();
      await conn.execute(
        insert(t),
        Array.from({ length: 7 }, (_, i) => ({ name: `n${i}` })),
        { insertmanyvaluesPageSize: 3 },
      );
      expect(echo.take()).toEqual([
        'INSERT INTO pg_exec_t (name) VALUES ($1), ($2), ($3)',
        "[generated in X.XXXXXs (insertmanyvalues) 1/3 (unordered)] ('n0', 'n1', 'n2')",
        'INSERT INTO pg_exec_t (name) VALUES ($1), ($2), ($3)',
        "[insertmanyvalues 2/3 (unordered)] ('n3', 'n4', 'n5')",
        'INSERT INTO pg_exec_t (name) VALUES ($1)',
        "[insertmanyvalues 3/3 (unordered)] ('n6',)",
      ]);
      await conn.rollback();
    });

    it('an executemany UPDATE sends pages of statements, echoed as one executemany, with the total rowcount', async () => {
      const echo = new EchoCapture();
      const engine = makeEngine(db.url, echo);
      await using conn = await engine.connect();
      await conn.execute(
        insert(t),
        Array.from({ length: 250 }, (_, i) => ({ id: i + 1, name: `n${i + 1}` })),
      );
      echo.take();
      const result = await conn.execute(
        update(t)
          .where(t.c.id.eq(bindparam('b_id')))
          .values({ name: bindparam('b_name') }),
        [
          ...Array.from({ length: 249 }, (_, i) => ({ b_id: i + 1, b_name: `it's \\ ${i + 1}` })),
          { b_id: 999, b_name: 'missing' },
        ],
      );
      expect(result.rowcount).toBe(249);
      const lines = echo.take();
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe('UPDATE pg_exec_t SET name=$1 WHERE pg_exec_t.id = $2');
      expect(lines[1]).toMatch(
        /^\[generated in X\.XXXXXs\] \[\("it's \\\\ 1", 1\), \("it's \\\\ 2", 2\), .* \('missing', 999\)\]$/,
      );
      const names = (
        await conn.execute(
          select(t.c.name)
            .where(t.c.id.in([1, 249, 250]))
            .orderBy(t.c.id),
        )
      )
        .scalars()
        .all();
      expect(names).toEqual(["it's \\ 1", "it's \\ 249", 'n250']);
      await conn.rollback();
    });

    it('a failing statement in a page fails the executemany with the database error', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(insert(t), [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      await expect(
        conn.execute(
          update(t)
            .where(t.c.id.eq(bindparam('b_id')))
            .values({ id: bindparam('b_new') }),
          [
            { b_id: 1, b_new: 3 },
            { b_id: 2, b_new: 3 },
          ],
        ),
      ).rejects.toThrow(/duplicate key value violates unique constraint/);
      await conn.rollback();
    });
  },
  { dialects: ['pg'] },
);
