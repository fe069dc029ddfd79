import { createServer, type Server } from 'node:net';
import {
  ArgumentError,
  DataError,
  IntegrityError,
  makeUrl,
  OperationalError,
  ProgrammingError,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectPG, type PGDriverConnection } from './pg-driver';
import { isPGDisconnect, translatePGError } from './pg-errors';
import { pgConnectOptions } from './pg-url';

const options = (url: string, connectArgs: Record<string, unknown> = {}, connectTimeout = 10) =>
  pgConnectOptions(makeUrl(url), { connectArgs, connectTimeout });

describe('pgConnectOptions', () => {
  it('reads user, password, host, port, database and libpq options from the URL', () => {
    expect(
      options('postgresql+pg://scott:ti%40ger@db.example:5433/app?connect_timeout=3&application_name=blog'),
    ).toEqual({
      host: 'db.example',
      port: 5433,
      user: 'scott',
      password: 'ti@ger',
      database: 'app',
      connectTimeoutMs: 3000,
      applicationName: 'blog',
      ssl: undefined,
      serverSettings: undefined,
      driverOptions: {},
    });
  });

  it("defaults the port, the user and the timeout (the engine's connectTimeout), and takes a socket directory from ?host=", () => {
    expect(
      options(
        'postgresql:///app?host=/var/run/postgresql&sslmode=require&options=-c%20search_path%3Dx',
        {},
        4,
      ),
    ).toMatchObject({
      host: '/var/run/postgresql',
      port: 5432,
      user: 'postgres',
      database: 'app',
      connectTimeoutMs: 4000,
      ssl: { rejectUnauthorized: false },
      serverSettings: { search_path: 'x' },
    });
  });

  it('lets connectArgs win over the URL and hands other keys to pg.Client', () => {
    expect(
      options('postgresql://u:p@h/d?connect_timeout=3', {
        password: 'secret',
        connect_timeout: 1,
        keepAlive: true,
      }),
    ).toMatchObject({ password: 'secret', connectTimeoutMs: 1000, driverOptions: { keepAlive: true } });
  });

  it('rejects unknown URL options and bad timeouts with the fix', () => {
    expect(() => options('postgresql://u@h/d?colour=red')).toThrow(ArgumentError);
    expect(() => options('postgresql://u@h/d?colour=red')).toThrow(/Unknown PostgreSQL URL option 'colour'/);
    expect(() => options('postgresql://u@h/d?connect_timeout=0')).toThrow(/positive number of seconds/);
    expect(() => options('postgresql://u@h/d?sslmode=maybe')).toThrow(/not a libpq sslmode/);
  });
});

describeDialects(
  'pg driver adapter',
  (db) => {
    let conn: PGDriverConnection;
    beforeAll(async () => {
      conn = await connectPG(options(db.url));
    });
    afterAll(async () => {
      await conn.close();
    });

    it('hands values over in the raw forms of the type processors contract', async () => {
      const result = await conn.execute(
        `SELECT true, 7::int2, 8::int4, 9::oid, 1.5::float4, 2.25::float8, '\\x0102ff'::bytea,
                9007199254740993::int8, 1.10::numeric(5,2), timestamp '2024-01-02 03:04:05.123456',
                timestamptz '2024-01-02 03:04:05+02', date '2024-01-02', time '03:04:05', interval '1 day 2 hours',
                '{"a": [1]}'::json, '{"b": 2}'::jsonb, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, ARRAY[1, 2]::int4[],
                'NaN'::float8, NULL::int4`,
        [],
      );
      const row = result.rows[0] as unknown[];
      expect(row.slice(0, 6)).toEqual([true, 7, 8, 9, 1.5, 2.25]);
      expect(row[6]).toBeInstanceOf(Buffer);
      expect([...(row[6] as Buffer)]).toEqual([1, 2, 255]);
      expect(row.slice(7)).toEqual([
        '9007199254740993',
        '1.10',
        '2024-01-02 03:04:05.123456',
        '2024-01-02 01:04:05+00',
        '2024-01-02',
        '03:04:05',
        '1 day 02:00:00',
        '{"a": [1]}',
        '{"b": 2}',
        'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
        '{1,2}',
        Number.NaN,
        null,
      ]);
      expect(result.columns?.slice(0, 2)).toEqual([
        { name: '?column?', typeId: 16 },
        { name: 'int2', typeId: 21 },
      ]);
    });

    it('runs every session in UTC', async () => {
      expect((await conn.execute('show timezone', [])).rows).toEqual([['UTC']]);
    });

    it('reports rowcount for DML, -1 and no columns for DDL', async () => {
      const ddl = await conn.execute('CREATE TABLE drv_t (id serial PRIMARY KEY, v integer)', []);
      expect(ddl).toEqual({ columns: undefined, rows: [], rowcount: -1 });
      const inserted = await conn.execute('INSERT INTO drv_t (v) VALUES ($1), ($2)', [1, 2]);
      expect(inserted.rowcount).toBe(2);
      expect(inserted.columns).toBeUndefined();
      const updated = await conn.execute('UPDATE drv_t SET v = v WHERE v > $1', [0]);
      expect(updated.rowcount).toBe(2);
      const returning = await conn.execute('INSERT INTO drv_t (v) VALUES ($1) RETURNING id, v', [3]);
      expect(returning.rows).toEqual([[3, 3]]);
      expect(returning.columns?.map((c) => c.name)).toEqual(['id', 'v']);
    });

    it('keeps a named prepared statement per connection and reuses it', async () => {
      const sql = 'SELECT v FROM drv_t WHERE id = $1';
      expect((await conn.execute(sql, [1], { preparedName: 'retort_test_1' })).rows).toEqual([[1]]);
      expect((await conn.execute(sql, [2], { preparedName: 'retort_test_1' })).rows).toEqual([[2]]);
      const prepared = await conn.execute('SELECT name, statement FROM pg_prepared_statements', []);
      expect(prepared.rows).toEqual([['retort_test_1', sql]]);
    });

    it('executeMany runs each parameter set and totals the rowcount', async () => {
      const result = await conn.executeMany('UPDATE drv_t SET v = v + 10 WHERE id = $1', [[1], [2], [99]]);
      expect(result.rowcount).toBe(2);
      expect((await conn.execute('SELECT v FROM drv_t ORDER BY id', [])).rows).toEqual([[11], [12], [3]]);
    });

    it('pg takes positional parameters only', async () => {
      await expect(conn.execute('SELECT $1', { a: 1 })).rejects.toThrow(/pass an array of values/);
    });

    it('reads a server-side cursor in batches inside a transaction', async () => {
      await conn.begin();
      const cursor = await conn.openCursor('SELECT g, $1::text FROM generate_series(1, 5) g', ['x']);
      expect(cursor.columns.map((c) => c.name)).toEqual(['g', 'text']);
      expect(await cursor.fetch(2)).toEqual([
        [1, 'x'],
        [2, 'x'],
      ]);
      expect(await cursor.fetch(10)).toEqual([
        [3, 'x'],
        [4, 'x'],
        [5, 'x'],
      ]);
      expect(await cursor.fetch(10)).toEqual([]);
      await cursor.close();
      await conn.commit();
      const cursors = await conn.execute('SELECT count(*) FROM pg_cursors', []);
      expect(cursors.rows).toEqual([['0']]);
    });

    it('opens its own transaction for a cursor outside one, and ends it on close', async () => {
      const cursor = await conn.openCursor('SELECT g FROM generate_series(1, 3) g', []);
      expect(await cursor.fetch(1)).toEqual([[1]]);
      await cursor.close();
      expect((await conn.execute('SELECT now() = statement_timestamp()', [])).rows).toEqual([[true]]);
    });

    it('a cursor closed after its transaction ended sends nothing', async () => {
      await conn.begin();
      const cursor = await conn.openCursor('SELECT 1', []);
      await conn.rollback();
      await expect(cursor.close()).resolves.toBeUndefined();
    });

    it('begin, commit and rollback', async () => {
      await conn.begin();
      await conn.execute('INSERT INTO drv_t (v) VALUES (100)', []);
      await conn.rollback();
      await conn.begin();
      await conn.execute('INSERT INTO drv_t (v) VALUES (200)', []);
      await conn.commit();
      expect((await conn.execute('SELECT v FROM drv_t WHERE v >= 100', [])).rows).toEqual([[200]]);
    });

    it('sets and reads isolation levels; AUTOCOMMIT sends no BEGIN', async () => {
      await conn.setIsolationLevel('SERIALIZABLE');
      expect(await conn.getIsolationLevel()).toBe('SERIALIZABLE');
      await conn.begin();
      expect((await conn.execute('show transaction isolation level', [])).rows).toEqual([['serializable']]);
      await conn.commit();
      await conn.setIsolationLevel('AUTOCOMMIT');
      expect(await conn.getIsolationLevel()).toBe('AUTOCOMMIT');
      await conn.begin();
      expect((await conn.execute('SELECT now() = statement_timestamp()', [])).rows).toEqual([[true]]);
      await conn.commit();
      await conn.setIsolationLevel('READ COMMITTED');
      expect(await conn.getIsolationLevel()).toBe('READ COMMITTED');
    });

    it('describes itself stably for echo', () => {
      expect(conn.description).toMatch(/^<pg\.Client #\d+>$/);
    });

    describe('errors', () => {
      it('translates constraint violations to IntegrityError naming the constraint', async () => {
        await conn.execute(
          'CREATE TABLE drv_e (id integer PRIMARY KEY, u varchar(3) CONSTRAINT uq_drv_e_u UNIQUE, n integer CHECK (n < 5))',
          [],
        );
        await conn.execute("INSERT INTO drv_e VALUES (1, 'a', 1)", []);
        const statement = 'INSERT INTO drv_e VALUES ($1, $2, $3)';
        const failure = await conn.execute(statement, [2, 'a', 1]).catch((e: unknown) => e);
        const error = translatePGError(failure, { statement, params: [2, 'a', 1] });
        expect(error).toBeInstanceOf(IntegrityError);
        expect(error.message).toBe(
          '(pg.UniqueViolation) duplicate key value violates unique constraint "uq_drv_e_u"\nDETAIL:  Key (u)=(a) already exists.\n' +
            "[SQL: INSERT INTO drv_e VALUES ($1, $2, $3)]\n[parameters: (2, 'a', 1)]",
        );
        expect(error).toMatchObject({
          constraintName: 'uq_drv_e_u',
          driverCode: '23505',
          statement,
          params: [2, 'a', 1],
          orig: failure,
          connectionInvalidated: false,
        });
        const check = translatePGError(
          await conn.execute("INSERT INTO drv_e VALUES (3, 'c', 9)", []).catch((e) => e),
        );
        expect(check).toBeInstanceOf(IntegrityError);
        expect(check.constraintName).toBe('drv_e_n_check');
      });

      it('translates data, programming and syntax errors by SQLSTATE class', async () => {
        const tooLong = translatePGError(
          await conn.execute("INSERT INTO drv_e VALUES (4, 'long', 1)", []).catch((e) => e),
        );
        expect(tooLong).toBeInstanceOf(DataError);
        expect(tooLong.message).toBe(
          '(pg.StringDataRightTruncation) value too long for type character varying(3)',
        );
        const noTable = translatePGError(await conn.execute('SELECT * FROM nosuch', []).catch((e) => e));
        expect(noTable).toBeInstanceOf(ProgrammingError);
        expect(noTable.message).toBe('(pg.UndefinedTable) relation "nosuch" does not exist');
        expect(noTable.driverCode).toBe('42P01');
        const syntax = translatePGError(await conn.execute('SELEC 1', []).catch((e) => e));
        expect(syntax).toBeInstanceOf(ProgrammingError);
        expect(syntax.message).toBe('(pg.SyntaxError) syntax error at or near "SELEC"');
        expect(translatePGError(await conn.execute('SELECT 1/0', []).catch((e) => e))).toBeInstanceOf(
          DataError,
        );
        expect(isPGDisconnect(syntax)).toBe(false);
      });
    });
  },
  { dialects: ['pg'] },
);

describeDialects(
  'pg driver adapter: lost connections and connect failures',
  (db) => {
    let killer: PGDriverConnection;
    let silent: Server | undefined;
    beforeAll(async () => {
      killer = await connectPG(options(db.url));
    });
    afterAll(async () => {
      await killer.close();
    });
    afterEach(() => {
      silent?.close();
      silent = undefined;
    });

    async function backendPid(conn: PGDriverConnection): Promise<number> {
      return (await conn.execute('SELECT pg_backend_pid()', [])).rows[0]?.[0] as number;
    }

    it('reports a connection killed while idle to its listener, without crashing', async () => {
      const victim = await connectPG(options(db.url));
      const seen = new Promise<unknown>((resolve) => victim.onIdleError(resolve));
      await killer.execute('SELECT pg_terminate_backend($1)', [await backendPid(victim)]);
      const idleError = await seen;
      expect(isPGDisconnect(idleError)).toBe(true);
      const next = await victim.ping().catch((e: unknown) => e);
      expect(isPGDisconnect(next)).toBe(true);
      const translated = translatePGError(next);
      expect(translated).toBeInstanceOf(OperationalError);
      expect(translated.connectionInvalidated).toBe(true);
      await victim.close();
      expect(victim.closed).toBe(true);
    });

    it('a query in flight on a killed connection fails as a disconnect', async () => {
      const victim = await connectPG(options(db.url));
      victim.onIdleError(() => undefined);
      const pid = await backendPid(victim);
      const running = victim.execute('SELECT pg_sleep(10)', []).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await killer.execute('SELECT pg_terminate_backend($1)', [pid]);
      const failure = await running;
      expect(isPGDisconnect(failure)).toBe(true);
      expect(translatePGError(failure)).toBeInstanceOf(OperationalError);
      await victim.close();
    });

    it('wrong credentials fail with an OperationalError naming the server', async () => {
      const failure = await connectPG({ ...options(db.url), user: 'no_such_role_retort' }).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(OperationalError);
      expect((failure as Error).message).toMatch(
        /^\(pg\.OperationalError\) connection to server at "127\.0\.0\.1", port \d+ failed: role "no_such_role_retort" does not exist$/,
      );
    });

    it('an unreachable port fails with an OperationalError', async () => {
      const failure = await connectPG({ ...options(db.url), port: 1 }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(OperationalError);
      expect((failure as Error).message).toMatch(/port 1 failed: connect ECONNREFUSED/);
    });

    it('a server that never answers fails within the connect timeout', async () => {
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const failure = await connectPG({ ...options(db.url), port, connectTimeoutMs: 200 }).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(OperationalError);
      expect((failure as Error).message).toMatch(/failed: timeout expired/);
    });
  },
  { dialects: ['pg'] },
);
