// QueuePool over the real drivers (pg.Client, mysql2 connections, better-sqlite3 Database) with
// small lifecycles written here, as a dialect package would: exhaustion, FIFO waiters, and
// connections killed by the server while idle (noticed by the idle error listener, or by pre-ping).
import { type ConnectionLifecycle, event, TimeoutError } from '@retort/core';
import { type DialectTestContext, describeDialects, parseServerUrl } from '@retort/testkit';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterEach, expect, it, vi } from 'vitest';
import { QueuePool } from './queue-pool';
import { captureEcho } from './test-support/memory-lifecycle';

/** One raw connection of any of the three drivers, with what the tests need to reach it. */
interface RawConnection {
  readonly label: string;
  query(sql: string): Promise<unknown[]>;
  /** The server's id of this session (backend pid, CONNECTION_ID()); 0 for SQLite. */
  sessionId(): Promise<number>;
  rollback(): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
  ping(): Promise<void>;
  onError(listener: (error: unknown) => void): void;
}

interface TestLifecycle extends ConnectionLifecycle<RawConnection> {
  /** Raw connections made and not yet closed. */
  readonly open: Set<RawConnection>;
  /** Resolves when the driver reports an error on this connection. */
  errorSeen(connection: RawConnection): Promise<unknown>;
}

let made = 0;

async function connectRaw(db: DialectTestContext): Promise<RawConnection> {
  made += 1;
  if (db.dialect === 'pg') {
    const client = new pg.Client({ ...parseServerUrl(db.url) });
    await client.connect();
    return {
      label: `<pg.Client #${made}>`,
      query: async (sql) => (await client.query(sql)).rows,
      sessionId: async () => Number((await client.query('SELECT pg_backend_pid() AS id')).rows[0].id),
      rollback: async () => {
        await client.query('ROLLBACK');
      },
      commit: async () => {
        await client.query('COMMIT');
      },
      close: () => client.end().catch(() => undefined),
      ping: async () => {
        await client.query('SELECT 1');
      },
      onError: (listener) => client.on('error', listener),
    };
  }
  if (db.dialect === 'mysql') {
    const connection = await mysql.createConnection({ ...parseServerUrl(db.url) });
    return {
      label: `<mysql2.Connection #${made}>`,
      query: async (sql) => (await connection.query(sql))[0] as unknown[],
      sessionId: async () => {
        const [rows] = await connection.query('SELECT CONNECTION_ID() AS id');
        return Number((rows as { id: number }[])[0]?.id);
      },
      rollback: () => connection.rollback(),
      commit: () => connection.commit(),
      close: () => connection.end().catch(() => connection.destroy()),
      ping: () => connection.ping(),
      onError: (listener) => connection.on('error', listener),
    };
  }
  const database = new Database(db.url.replace(/^sqlite:\/\/\//, ''));
  return {
    label: `<better_sqlite3.Database #${made}>`,
    query: async (sql) => {
      const statement = database.prepare(sql);
      if (statement.reader) return statement.all();
      statement.run();
      return [];
    },
    sessionId: async () => 0,
    rollback: async () => {
      if (database.inTransaction) database.exec('ROLLBACK');
    },
    commit: async () => {
      if (database.inTransaction) database.exec('COMMIT');
    },
    close: async () => {
      database.close();
    },
    ping: async () => {
      database.prepare('SELECT 1').get();
    },
    onError: () => undefined,
  };
}

const DISCONNECT =
  /Connection terminated|not queryable|terminating connection|closed state|Connection lost|server closed|ECONNRESET|database connection is not open/i;

/**
 * `forwardIdleErrors: false` keeps a listener on the driver (so nothing crashes) but does not tell
 * the pool, as a driver that notices nothing until the next query would: pre-ping must find out.
 */
function testLifecycle(db: DialectTestContext, forwardIdleErrors = true): TestLifecycle {
  const open = new Set<RawConnection>();
  const errors = new Map<RawConnection, Promise<unknown>>();
  const reported = new Map<RawConnection, (error: unknown) => void>();
  return {
    open,
    errorSeen: (connection) => errors.get(connection) ?? Promise.reject(new Error('unknown connection')),
    async create() {
      const connection = await connectRaw(db);
      open.add(connection);
      errors.set(connection, new Promise((resolve) => reported.set(connection, resolve)));
      // The first listener only records; the pool's own listener comes through onIdleError.
      connection.onError((error) => reported.get(connection)?.(error));
      return connection;
    },
    rollback: (connection) => connection.rollback(),
    commit: (connection) => connection.commit(),
    close: async (connection) => {
      open.delete(connection);
      await connection.close();
    },
    ping: (connection) => connection.ping(),
    isDisconnect: (error) =>
      error instanceof Error &&
      DISCONNECT.test(`${error.message} ${String((error as { code?: unknown }).code)}`),
    onIdleError: (connection, listener) => {
      if (forwardIdleErrors) connection.onError(listener);
    },
    describe: (connection) => connection.label,
  };
}

async function killSession(db: DialectTestContext, id: number): Promise<void> {
  const address = parseServerUrl(db.adminUrl);
  if (db.dialect === 'pg') {
    const admin = new pg.Client({ ...address });
    admin.on('error', () => undefined);
    await admin.connect();
    try {
      await admin.query('SELECT pg_terminate_backend($1)', [id]);
    } finally {
      await admin.end();
    }
    return;
  }
  const admin = await mysql.createConnection({ ...address });
  try {
    await admin.query(`KILL ${id}`);
  } finally {
    await admin.end();
  }
}

/** Pools made in a test, checked and disposed after it: nothing checked out, no raw connection left open. */
function trackedPools(): (
  lifecycle: TestLifecycle,
  options?: ConstructorParameters<typeof QueuePool>[1],
) => QueuePool<RawConnection> {
  const made: { pool: QueuePool<RawConnection>; lifecycle: TestLifecycle }[] = [];
  afterEach(async () => {
    const pools = made.splice(0);
    for (const { pool } of pools) {
      expect(pool.checkedOut()).toBe(0);
      await pool.dispose();
    }
    for (const { lifecycle } of pools) expect(lifecycle.open.size).toBe(0);
  });
  return (lifecycle, options = {}) => {
    const pool = new QueuePool(lifecycle, options);
    made.push({ pool, lifecycle });
    return pool;
  };
}

describeDialects('QueuePool over the real driver', (db) => {
  const queuePool = trackedPools();

  it("serves waiters in order while exhausted, and times out with SQLAlchemy's message", async () => {
    const lifecycle = testLifecycle(db);
    const pool = queuePool(lifecycle, { poolSize: 2, maxOverflow: 1, timeout: 30 });
    const held = [await pool.connect(), await pool.connect(), await pool.connect()];
    const sessions = await Promise.all(held.map((connection) => connection.driverConnection.sessionId()));
    if (db.dialect !== 'sqlite') expect(new Set(sessions).size).toBe(3);
    expect(pool.status()).toBe(
      'Pool size: 2  Connections in pool: 0 Current Overflow: 1 Current Checked out connections: 3',
    );
    const order: string[] = [];
    const waiters = ['first', 'second', 'third'].map((name) =>
      pool.connect().then((connection) => {
        order.push(name);
        return connection;
      }),
    );
    for (const connection of held) await connection.close();
    const served = await Promise.all(waiters);
    expect(order).toEqual(['first', 'second', 'third']);
    for (const connection of served) {
      expect(await connection.driverConnection.query('SELECT 1 AS one')).toHaveLength(1);
    }

    const strict = queuePool(lifecycle, { poolSize: 1, maxOverflow: 0, timeout: 0.2 });
    const only = await strict.connect();
    const error = await strict.connect().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      'QueuePool limit of size 1 overflow 0 reached, connection timed out, timeout 0.20',
    );
    expect((error as TimeoutError).code).toBe('3o7r');
    await only.close();
    for (const connection of served) await connection.close();
  });

  it('resets on return: a transaction left open is rolled back before the next borrower', async () => {
    const lifecycle = testLifecycle(db);
    const pool = queuePool(lifecycle, { poolSize: 1, maxOverflow: 0 });
    const setup = await pool.connect();
    await setup.driverConnection.query('CREATE TABLE pool_reset (id INTEGER)');
    await setup.close();
    const writer = await pool.connect();
    await writer.driverConnection.query(db.dialect === 'mysql' ? 'START TRANSACTION' : 'BEGIN');
    await writer.driverConnection.query('INSERT INTO pool_reset VALUES (1)');
    await writer.close();
    const reader = await pool.connect();
    expect(await reader.driverConnection.query('SELECT id FROM pool_reset')).toEqual([]);
    await reader.driverConnection.query('DROP TABLE pool_reset');
    await reader.close();
  });
});

describeDialects(
  'QueuePool when the server kills a connection',
  (db) => {
    const queuePool = trackedPools();

    it('replaces a connection the server killed while idle: the idle error invalidates it, no crash', async () => {
      const lifecycle = testLifecycle(db);
      const pool = queuePool(lifecycle, { poolSize: 1 });
      const invalidated = new Promise<unknown>((resolve) => {
        event.listen(pool, 'invalidate', (_connection, _record, error) => resolve(error));
      });
      const first = await pool.connect();
      const raw = first.driverConnection;
      const killed = await raw.sessionId();
      await first.close();
      await killSession(db, killed);
      const reason = await invalidated;
      expect(lifecycle.isDisconnect(reason)).toBe(true);
      await vi.waitFor(() => expect(lifecycle.open.has(raw)).toBe(false));
      const second = await pool.connect();
      expect(await second.driverConnection.query('SELECT 1 AS one')).toHaveLength(1);
      expect(await second.driverConnection.sessionId()).not.toBe(killed);
      await second.close();
    });

    it('pre-ping finds a connection killed while idle and reconnects with no error for the caller', async () => {
      const lifecycle = testLifecycle(db, false);
      const echo = captureEcho();
      const pool = queuePool(lifecycle, { poolSize: 1, prePing: true, echo: 'debug', logger: echo.logger });
      const first = await pool.connect();
      const raw = first.driverConnection;
      const killed = await raw.sessionId();
      await first.close();
      const reused = await pool.connect();
      expect(reused.driverConnection).toBe(raw);
      await reused.close();
      await killSession(db, killed);
      await lifecycle.errorSeen(raw);
      echo.lines.length = 0;
      const second = await pool.connect();
      expect(await second.driverConnection.query('SELECT 1 AS one')).toHaveLength(1);
      expect(await second.driverConnection.sessionId()).not.toBe(killed);
      await second.close();
      const messages = echo.lines.map((line) => line.replace(/^\w+ \S+ /, ''));
      expect(messages.slice(0, 4)).toEqual([
        `Connection ${raw.label} checked out from pool`,
        `Pool pre-ping on connection ${raw.label}`,
        `Pool pre-ping on connection ${raw.label} failed, will invalidate pool`,
        'Disconnection detected on checkout, invalidating all pooled connections prior to current timestamp (reason: InvalidatePoolError())',
      ]);
    });
  },
  { dialects: ['pg', 'mysql'] },
);
