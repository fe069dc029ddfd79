// Connections and transactions on a real database, with the echo SQLAlchemy prints: seed 003's
// "Engine and Connection" examples (connect, manual commit, engine.begin), seed 004 day 2
// (explicit begin/commit, engine.begin), autobegin/close, savepoints and failed statements.
import {
  Column,
  createEngine,
  delete_,
  event,
  Integer,
  InvalidRequestError,
  insert,
  MetaData,
  OperationalError,
  PendingRollbackError,
  ResourceClosedError,
  String,
  select,
  Table,
  text,
} from '@retort/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase, sqlFor, withoutInitialize } from './engine-fixture';

export function connectionCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const users = new Table(
    'conn_users',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('name', String(50), { nullable: false }),
    new Column('age', Integer),
  );

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.dispose();
  });

  async function names(): Promise<string[]> {
    const engine = createEngine(db.url);
    try {
      await using conn = await engine.connect();
      return (await conn.execute(select(users.c.name).orderBy(users.c.id))).scalars().all();
    } finally {
      await engine.dispose();
    }
  }

  async function clear(): Promise<void> {
    const engine = createEngine(db.url);
    await engine.begin(async (conn) => {
      await conn.execute(delete_(users));
    });
    await engine.dispose();
  }

  describe('engine.connect()', () => {
    it('runs text() with named parameters and rolls back what is not committed (seed 003)', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      {
        await using conn = await engine.connect();
        await conn.execute(text('INSERT INTO conn_users (name) VALUES (:name)'), { name: 'Alice' });
        const result = await conn.execute(text('SELECT name FROM conn_users WHERE name = :name'), {
          name: 'Alice',
        });
        const row = result.fetchone();
        expect(row?.[0]).toBe('Alice');
        expect(row?.name).toBe('Alice');
      }
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        sqlFor(db.dialect, 'INSERT INTO conn_users (name) VALUES (?)'),
        "[generated in X.XXXXXs] ('Alice',)",
        sqlFor(db.dialect, 'SELECT name FROM conn_users WHERE name = ?'),
        "[generated in X.XXXXXs] ('Alice',)",
        'ROLLBACK',
      ]);
      expect(await names()).toEqual([]);
    });

    it('commits with conn.commit() (seed 003 "Manual commit")', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      {
        await using conn = await engine.connect();
        await conn.execute(text('INSERT INTO conn_users (name) VALUES (:name)'), { name: 'Alice' });
        await conn.commit();
      }
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        sqlFor(db.dialect, 'INSERT INTO conn_users (name) VALUES (?)'),
        "[generated in X.XXXXXs] ('Alice',)",
        'COMMIT',
      ]);
      expect(await names()).toEqual(['Alice']);
    });

    it('logs nothing for a connection that ran no statement', async () => {
      const { engine, echo } = makeEngine();
      const conn = await engine.connect();
      await conn.close();
      expect(withoutInitialize(db, echo.take())).toEqual([]);
    });

    it('raises ResourceClosedError on a closed connection', async () => {
      const { engine } = makeEngine();
      const conn = await engine.connect();
      await conn.close();
      await conn.close();
      expect(conn.closed).toBe(true);
      await expect(conn.execute(select(users.c.id))).rejects.toThrow(ResourceClosedError);
      await expect(conn.execute(select(users.c.id))).rejects.toThrow('This Connection is closed');
      await expect(conn.commit()).rejects.toThrow(ResourceClosedError);
    });
  });

  describe('engine.begin()', () => {
    it('commits both inserts when the callback resolves (seed 003)', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      const value = await engine.begin(async (conn) => {
        await conn.execute(text('INSERT INTO conn_users (name) VALUES (:name)'), { name: 'Alice' });
        await conn.execute(text('INSERT INTO conn_users (name) VALUES (:name)'), { name: 'Bob' });
        return 'done';
      });
      expect(value).toBe('done');
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        sqlFor(db.dialect, 'INSERT INTO conn_users (name) VALUES (?)'),
        "[generated in X.XXXXXs] ('Alice',)",
        sqlFor(db.dialect, 'INSERT INTO conn_users (name) VALUES (?)'),
        "[cached since Ns ago] ('Bob',)",
        'COMMIT',
      ]);
      expect(await names()).toEqual(['Alice', 'Bob']);
    });

    it('rolls back and rethrows when the callback throws', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      const failure = new Error('boom');
      await expect(
        engine.begin(async (conn) => {
          await conn.execute(text('INSERT INTO conn_users (name) VALUES (:name)'), { name: 'Alice' });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        sqlFor(db.dialect, 'INSERT INTO conn_users (name) VALUES (?)'),
        "[generated in X.XXXXXs] ('Alice',)",
        'ROLLBACK',
      ]);
      expect(await names()).toEqual([]);
    });

    it('a failed statement inside engine.begin() leaves nothing written', async () => {
      await clear();
      const { engine } = makeEngine();
      await expect(
        engine.begin(async (conn) => {
          await conn.execute(insert(users).values({ name: 'Alice' }));
          await conn.execute(text('INSERT INTO conn_users (id, name) VALUES (:id, :name)'), {
            id: 1,
            name: null,
          });
        }),
      ).rejects.toThrow(/IntegrityError|NOT NULL|null/i);
      expect(await names()).toEqual([]);
    });

    it('rejects a begin() without a callback with a message saying what to do', async () => {
      const { engine } = makeEngine();
      await expect((engine.begin as unknown as () => Promise<void>)()).rejects.toThrow(
        /engine\.begin\(\) takes a callback/,
      );
    });
  });

  describe('explicit transactions (seed 004 day 2)', () => {
    it('commit(), then conn.begin() with trans.commit()', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      {
        await using conn = await engine.connect();
        await conn.execute(text("INSERT INTO conn_users (name) VALUES ('Alice')"));
        await conn.commit();
        const trans = await conn.begin();
        await conn.execute(text("UPDATE conn_users SET age=30 WHERE name='Alice'"));
        await trans.commit();
        expect(trans.isActive).toBe(false);
      }
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        "INSERT INTO conn_users (name) VALUES ('Alice')",
        '[generated in X.XXXXXs] ()',
        'COMMIT',
        'BEGIN (implicit)',
        "UPDATE conn_users SET age=30 WHERE name='Alice'",
        '[generated in X.XXXXXs] ()',
        'COMMIT',
      ]);
      const engine2 = createEngine(db.url);
      await using conn = await engine2.connect();
      expect((await conn.execute(select(users.c.name, users.c.age))).all()).toEqual([['Alice', 30]]);
      await conn.close();
      await engine2.dispose();
    });

    it('begin() while a transaction is in progress is an error', async () => {
      const { engine } = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(select(users.c.id));
      await expect(conn.begin()).rejects.toThrow(InvalidRequestError);
      await expect(conn.begin()).rejects.toThrow(
        /already initialized a Transaction\(\) object via begin\(\) or autobegin/,
      );
    });

    it('trans.rollback() discards the work; the transaction cannot end twice', async () => {
      await clear();
      const { engine } = makeEngine();
      await using conn = await engine.connect();
      const trans = await conn.begin();
      await conn.execute(text("INSERT INTO conn_users (name) VALUES ('Zed')"));
      await trans.rollback();
      await expect(trans.commit()).rejects.toThrow(/inactive/);
      expect(conn.inTransaction()).toBe(false);
      expect(await names()).toEqual([]);
    });
  });

  describe('savepoints', () => {
    it('beginNested(): SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE SAVEPOINT with their echo', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      {
        await using conn = await engine.connect();
        await conn.execute(insert(users).values({ name: 'keep' }));
        const nested = await conn.beginNested();
        await conn.execute(insert(users).values({ name: 'discard' }));
        await nested.rollback();
        await conn.beginNested(async () => {
          await conn.execute(insert(users).values({ name: 'nested' }));
        });
        await conn.commit();
      }
      const insertSql =
        db.dialect === 'pg'
          ? 'INSERT INTO conn_users (name) VALUES ($1) RETURNING conn_users.id'
          : 'INSERT INTO conn_users (name) VALUES (?)';
      const params = '()';
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit)',
        insertSql,
        "[generated in X.XXXXXs] ('keep',)",
        'SAVEPOINT sa_savepoint_1',
        `[no key X.XXXXXs] ${params}`,
        insertSql,
        "[cached since Ns ago] ('discard',)",
        'ROLLBACK TO SAVEPOINT sa_savepoint_1',
        `[no key X.XXXXXs] ${params}`,
        'SAVEPOINT sa_savepoint_2',
        `[no key X.XXXXXs] ${params}`,
        insertSql,
        "[cached since Ns ago] ('nested',)",
        'RELEASE SAVEPOINT sa_savepoint_2',
        `[no key X.XXXXXs] ${params}`,
        'COMMIT',
      ]);
      expect(await names()).toEqual(['keep', 'nested']);
    });

    it('a failing beginNested() callback rolls back to its savepoint and rethrows; the outer work stays', async () => {
      await clear();
      const { engine } = makeEngine();
      await engine.begin(async (conn) => {
        await conn.execute(insert(users).values({ name: 'outer' }));
        await expect(
          conn.beginNested(async () => {
            await conn.execute(insert(users).values({ name: 'inner' }));
            throw new Error('inner failed');
          }),
        ).rejects.toThrow('inner failed');
        expect(conn.inNestedTransaction()).toBe(false);
        expect(conn.inTransaction()).toBe(true);
      });
      expect(await names()).toEqual(['outer']);
    });
  });

  describe('isolation levels', () => {
    it('AUTOCOMMIT logs SQLAlchemy’s autocommit wording and commits every statement', async () => {
      await clear();
      const { engine, echo } = makeEngine({ isolationLevel: 'AUTOCOMMIT' });
      {
        await using conn = await engine.connect();
        await conn.execute(text("INSERT INTO conn_users (name) VALUES ('auto')"));
      }
      expect(withoutInitialize(db, echo.take())).toEqual([
        'BEGIN (implicit; DBAPI should not BEGIN due to autocommit mode)',
        "INSERT INTO conn_users (name) VALUES ('auto')",
        '[generated in X.XXXXXs] ()',
        'ROLLBACK using DBAPI connection.rollback(); set skip_autocommit_rollback to prevent fully',
      ]);
      expect(await names()).toEqual(['auto']);
      await engine.begin(async (conn) => {
        await conn.execute(text('SELECT 1'));
      });
      expect(echo.take()).toEqual([
        'BEGIN (implicit; DBAPI should not BEGIN due to autocommit mode)',
        'SELECT 1',
        '[generated in X.XXXXXs] ()',
        'COMMIT using DBAPI connection.commit(), has no effect due to autocommit mode',
      ]);
    });

    it('connection executionOptions({ isolationLevel }) applies to the next transaction and is reset on return', async () => {
      const { engine } = makeEngine({ poolSize: 1 });
      {
        await using conn = await engine.connect();
        conn.executionOptions({ isolationLevel: 'SERIALIZABLE' });
        await conn.execute(text('SELECT 1'));
        expect(await conn.getIsolationLevel()).toBe('SERIALIZABLE');
      }
      await using conn = await engine.connect();
      expect(await conn.getIsolationLevel()).toBe(conn.defaultIsolationLevel);
    });

    it('rejects an isolation level the database does not have, naming the valid ones', async () => {
      expect(() => createEngine(db.url, { isolationLevel: 'SOMETIMES' })).toThrow(
        /Invalid value 'SOMETIMES' for isolationLevel\. Valid isolation levels for \w+ are .*AUTOCOMMIT/,
      );
      const { engine } = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('SELECT 1'));
      expect(() => conn.executionOptions({ isolationLevel: 'SERIALIZABLE' })).toThrow(
        /isolationLevel may not be altered unless rollback\(\) or commit\(\) is called first/,
      );
    });
  });

  describe('Engine', () => {
    it('`await using` disposes an engine; toString() hides the password', async () => {
      let pool: ReturnType<typeof createEngine>['pool'] | undefined;
      {
        await using engine = createEngine(db.url);
        await using conn = await engine.connect();
        await conn.execute(text('SELECT 1'));
        pool = engine.pool;
        expect(`${engine}`).toBe(`Engine(${engine.url.render()})`);
      }
      expect(pool?.checkedOut()).toBe(0);
    });

    it('executionOptions() makes an engine whose connections start with those options; the original is unchanged', async () => {
      await clear();
      const { engine, echo } = makeEngine();
      const autocommit = engine.executionOptions({ isolationLevel: 'AUTOCOMMIT' });
      expect(autocommit.getExecutionOptions()).toEqual({ isolationLevel: 'AUTOCOMMIT' });
      expect(engine.getExecutionOptions()).toEqual({});
      expect(autocommit.pool).toBe(engine.pool);
      {
        await using conn = await autocommit.connect();
        await conn.execute(text("INSERT INTO conn_users (name) VALUES ('opt')"));
        expect(await conn.getIsolationLevel()).toBe('AUTOCOMMIT');
      }
      expect(await names()).toEqual(['opt']);
      const messages = withoutInitialize(db, echo.take());
      expect(messages[0]).toBe('BEGIN (implicit; DBAPI should not BEGIN due to autocommit mode)');
      await using conn = await engine.connect();
      expect(await conn.getIsolationLevel()).not.toBe('AUTOCOMMIT');
      expect(() => engine.executionOptions({ isolationLevel: 'NEVER' })).toThrow(/Invalid value 'NEVER'/);
    });

    it('beforeExecute and afterExecute see the statement, parameters and result', async () => {
      const { engine } = makeEngine({ echo: false });
      const seen: string[] = [];
      event.listen(engine, 'beforeExecute', (_conn, clauseelement, multiparams) => {
        seen.push(`before ${clauseelement.kind} ${JSON.stringify(multiparams)}`);
        return undefined;
      });
      event.listen(engine, 'afterExecute', (_conn, _clause, _multiparams, _params, _options, result) => {
        seen.push(`after ${result.keys().join(',')}`);
      });
      await using conn = await engine.connect();
      await conn.execute(select(users.c.id, users.c.name).where(users.c.id.eq(-1)));
      await conn.execute(text('SELECT :n AS n'), { n: 1 });
      expect(seen).toEqual(['before select []', 'after id,name', 'before textClause [{"n":1}]', 'after n']);
    });
  });

  describe('disconnects', () => {
    /** The server-side id of a connection, and a statement that ends it from another connection. */
    const backend = {
      pg: { id: 'SELECT pg_backend_pid()', kill: (id: unknown) => `SELECT pg_terminate_backend(${id})` },
      mysql: { id: 'SELECT CONNECTION_ID()', kill: (id: unknown) => `KILL ${id}` },
    } as const;

    async function killFromOutside(id: unknown): Promise<void> {
      if (db.dialect === 'sqlite') return;
      const admin = createEngine(db.url);
      try {
        await using conn = await admin.connect();
        await conn.execDriverSql(backend[db.dialect].kill(id));
      } finally {
        await admin.dispose();
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    it('a connection the server dropped: OperationalError with connectionInvalidated, rollback(), then a new connection', async () => {
      if (db.dialect === 'sqlite') return;
      const { engine } = makeEngine({ echo: false });
      await using conn = await engine.connect();
      const id = (await conn.execDriverSql(backend[db.dialect].id)).scalar();
      await killFromOutside(id);
      const error = (await conn.execute(text('SELECT 1')).catch((e: unknown) => e)) as OperationalError;
      expect(error).toBeInstanceOf(OperationalError);
      expect(error.connectionInvalidated).toBe(true);
      expect(conn.invalidated).toBe(true);
      await expect(conn.execute(text('SELECT 1'))).rejects.toThrow(PendingRollbackError);
      await conn.rollback();
      expect((await conn.execute(text('SELECT 2'))).scalar()).toBe(2);
      expect((await conn.execDriverSql(backend[db.dialect].id)).scalar()).not.toEqual(id);
    });

    it('poolPrePing replaces a pooled connection the server dropped before it is handed out', async () => {
      if (db.dialect === 'sqlite') return;
      const { engine } = makeEngine({ echo: false, poolPrePing: true, poolSize: 1 });
      let id: unknown;
      {
        await using conn = await engine.connect();
        id = (await conn.execDriverSql(backend[db.dialect].id)).scalar();
      }
      await killFromOutside(id);
      await using conn = await engine.connect();
      expect((await conn.execute(text('SELECT 1'))).scalar()).toBe(1);
      expect((await conn.execDriverSql(backend[db.dialect].id)).scalar()).not.toEqual(id);
    });
  });

  describe('invalidation', () => {
    it('after invalidate() inside a transaction, statements need rollback() first; then it reconnects', async () => {
      const { engine } = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('SELECT 1'));
      await conn.invalidate();
      expect(conn.invalidated).toBe(true);
      await expect(conn.execute(text('SELECT 1'))).rejects.toThrow(PendingRollbackError);
      await conn.rollback();
      expect((await conn.execute(text('SELECT 2'))).scalar()).toBe(2);
    });
  });
}
