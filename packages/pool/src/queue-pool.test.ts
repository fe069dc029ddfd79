import { ArgumentError, DisconnectionError, event, InvalidRequestError, TimeoutError } from '@retort/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueuePool } from './queue-pool';
import { captureEcho, gate, LostConnection, MemoryLifecycle } from './test-support/memory-lifecycle';

const pools: QueuePool<unknown>[] = [];
function queuePool(lifecycle: MemoryLifecycle, options: ConstructorParameters<typeof QueuePool>[1] = {}) {
  const pool = new QueuePool(lifecycle, options);
  pools.push(pool as QueuePool<unknown>);
  return pool;
}

afterEach(async () => {
  vi.useRealTimers();
  for (const pool of pools.splice(0)) {
    expect(pool.checkedOut()).toBe(0);
    await pool.dispose();
  }
});

const Q = 'sqlalchemy.pool.impl.QueuePool';

describe('QueuePool sizing', () => {
  it('starts empty and makes connections only when checked out', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0',
    );
    expect(lifecycle.calls).toEqual([]);
    const connection = await pool.connect();
    expect(lifecycle.calls).toEqual(['create 1']);
    expect(connection.driverConnection.id).toBe(1);
    await connection.close();
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 1 Current Overflow: -4 Current Checked out connections: 0',
    );
  });

  it('keeps poolSize connections and closes overflow ones on return (statuses as SQLAlchemy prints them)', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { poolSize: 2, maxOverflow: 1 });
    const [c1, c2, c3] = [await pool.connect(), await pool.connect(), await pool.connect()];
    const statuses = [pool.status()];
    await c3.close();
    statuses.push(pool.status());
    await c1.close();
    statuses.push(pool.status());
    await c2.close();
    statuses.push(pool.status());
    // Recorded from SQLAlchemy 2.0.52: QueuePool(pool_size=2, max_overflow=1), same steps.
    expect(statuses).toEqual([
      'Pool size: 2  Connections in pool: 0 Current Overflow: 1 Current Checked out connections: 3',
      'Pool size: 2  Connections in pool: 1 Current Overflow: 1 Current Checked out connections: 2',
      'Pool size: 2  Connections in pool: 2 Current Overflow: 1 Current Checked out connections: 1',
      'Pool size: 2  Connections in pool: 2 Current Overflow: 0 Current Checked out connections: 0',
    ]);
    expect(lifecycle.calls.filter((call) => call.startsWith('close'))).toEqual(['close 2']);
    expect(lifecycle.openCount()).toBe(2);
  });

  it('hands out idle connections first in, first out by default and last in, first out with useLifo', async () => {
    for (const [useLifo, expected] of [
      [false, 1],
      [true, 3],
    ] as const) {
      const pool = queuePool(new MemoryLifecycle(), { poolSize: 3, useLifo });
      const held = [await pool.connect(), await pool.connect(), await pool.connect()];
      for (const connection of held) await connection.close();
      const next = await pool.connect();
      expect(next.driverConnection.id).toBe(expected);
      await next.close();
    }
  });

  it('has no limit with poolSize 0 (every connection is kept) or maxOverflow -1', async () => {
    const unlimited = queuePool(new MemoryLifecycle(), { poolSize: 0 });
    const held = await Promise.all(Array.from({ length: 20 }, () => unlimited.connect()));
    expect(unlimited.checkedOut()).toBe(20);
    for (const connection of held) await connection.close();
    expect(unlimited.status()).toBe(
      'Pool size: 0  Connections in pool: 20 Current Overflow: 0 Current Checked out connections: 0',
    );

    const lifecycle = new MemoryLifecycle();
    const overflowing = queuePool(lifecycle, { poolSize: 1, maxOverflow: -1 });
    const many = await Promise.all(Array.from({ length: 12 }, () => overflowing.connect()));
    expect(overflowing.status()).toBe(
      'Pool size: 1  Connections in pool: 0 Current Overflow: 11 Current Checked out connections: 12',
    );
    for (const connection of many) await connection.close();
    expect(lifecycle.openCount()).toBe(1);
  });

  it('rejects options SQLAlchemy would misread, naming the option', () => {
    const lifecycle = new MemoryLifecycle();
    expect(() => new QueuePool(lifecycle, { poolSize: -1 })).toThrow(ArgumentError);
    expect(() => new QueuePool(lifecycle, { maxOverflow: 1.5 })).toThrow(/maxOverflow must be an integer/);
    expect(() => new QueuePool(lifecycle, { timeout: -2 })).toThrow(/timeout must be a number of seconds/);
    expect(() => new QueuePool(lifecycle, { recycle: -5 })).toThrow(/recycle must be .* -1 to never recycle/);
    expect(() => new QueuePool(lifecycle, { resetOnReturn: 'rollbak' as unknown as 'rollback' })).toThrow(
      "Pool option resetOnReturn must be 'rollback', 'commit' or 'none', got rollbak",
    );
  });
});

describe('QueuePool exhaustion', () => {
  it("raises core's TimeoutError with SQLAlchemy's message and code after `timeout` seconds", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pool = queuePool(new MemoryLifecycle());
    const held = await Promise.all(Array.from({ length: 15 }, () => pool.connect()));
    const waiting = pool.connect();
    const outcome = waiting.then(
      () => 'served',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(29_999);
    expect(await Promise.race([outcome, Promise.resolve('still waiting')])).toBe('still waiting');
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toBe(
      'QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00',
    );
    expect((error as TimeoutError).code).toBe('3o7r');
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 0 Current Overflow: 10 Current Checked out connections: 15',
    );
    for (const connection of held) await connection.close();
  });

  it('formats a fractional timeout with two decimals', async () => {
    const pool = queuePool(new MemoryLifecycle(), { poolSize: 1, maxOverflow: 0, timeout: 0.05 });
    const held = await pool.connect();
    await expect(pool.connect()).rejects.toThrow(
      'QueuePool limit of size 1 overflow 0 reached, connection timed out, timeout 0.05',
    );
    await held.close();
  });

  it('serves waiters in the order they asked, each with a returned connection', async () => {
    const pool = queuePool(new MemoryLifecycle(), { poolSize: 1, maxOverflow: 1 });
    const first = await pool.connect();
    const second = await pool.connect();
    const served: string[] = [];
    const waiters = ['a', 'b', 'c'].map((name) =>
      pool.connect().then((connection) => {
        served.push(`${name}:${connection.driverConnection.id}`);
        return connection;
      }),
    );
    await second.close();
    await first.close();
    const [a, b] = await Promise.all([waiters[0], waiters[1]]);
    expect(served).toEqual(['a:2', 'b:1']);
    await a?.close();
    const c = await waiters[2];
    expect(served).toEqual(['a:2', 'b:1', 'c:2']);
    await b?.close();
    await c?.close();
    expect(pool.checkedOut()).toBe(0);
  });

  it('a failed connect gives its slot back and the next waiter gets a new attempt', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { poolSize: 1, maxOverflow: 0 });
    const slow = gate();
    // The first checkout's connect hangs, then fails; the second waits meanwhile for the only slot.
    lifecycle.createSteps.push(async () => {
      await slow.promise;
      lifecycle.calls.push('refused');
      throw new Error('server refused');
    });
    const failing = pool.connect();
    const waiting = pool.connect();
    expect(pool.status()).toBe(
      'Pool size: 1  Connections in pool: 0 Current Overflow: 0 Current Checked out connections: 1',
    );
    slow.open();
    await expect(failing).rejects.toThrow('server refused');
    const connection = await waiting;
    expect(connection.driverConnection.id).toBe(1);
    expect(lifecycle.calls).toEqual(['refused', 'create 1']);
    await connection.close();
    expect(pool.status()).toBe(
      'Pool size: 1  Connections in pool: 1 Current Overflow: 0 Current Checked out connections: 0',
    );
  });

  it('a failed connect with nobody waiting leaves the counters as they were', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { poolSize: 1, maxOverflow: 0 });
    lifecycle.createSteps.push(new Error('no route to host'));
    await expect(pool.connect()).rejects.toThrow('no route to host');
    expect(pool.status()).toBe(
      'Pool size: 1  Connections in pool: 0 Current Overflow: -1 Current Checked out connections: 0',
    );
    const connection = await pool.connect();
    await connection.close();
  });
});

describe('QueuePool reset on return', () => {
  it('rolls back by default, commits or does nothing as configured, and skips a rollback already done', async () => {
    const rollback = new MemoryLifecycle();
    const pool = queuePool(rollback);
    await (await pool.connect()).close();
    await (await pool.connect()).close({ transactionWasReset: true });
    expect(rollback.calls).toEqual(['create 1', 'rollback 1']);

    const commit = new MemoryLifecycle();
    await (await queuePool(commit, { resetOnReturn: 'commit' }).connect()).close();
    expect(commit.calls).toEqual(['create 1', 'commit 1']);

    const none = new MemoryLifecycle();
    await (await queuePool(none, { resetOnReturn: 'none' }).connect()).close();
    expect(none.calls).toEqual(['create 1']);
  });

  it('discards a connection whose reset fails and makes a new one next time', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: true, logger: echo.logger });
    const invalidated: unknown[] = [];
    event.listen(pool, 'invalidate', (_connection, _record, error) => {
      invalidated.push(error);
    });
    const connection = await pool.connect();
    lifecycle.resetError = new Error('rollback failed: broken pipe');
    await connection.close();
    lifecycle.resetError = undefined;
    expect(invalidated).toEqual([new Error('rollback failed: broken pipe')]);
    expect(echo.lines).toEqual([
      `INFO ${Q} Invalidate connection <memory connection #1> (reason: Error:rollback failed: broken pipe)`,
    ]);
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 1 Current Overflow: -4 Current Checked out connections: 0',
    );
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await next.close();
    expect(lifecycle.calls).toEqual(['create 1', 'rollback 1', 'close 1', 'create 2', 'rollback 2']);
  });

  it('a reset listener runs before the rollback and its failure discards the connection', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    const states: unknown[] = [];
    const listener = (_connection: unknown, _record: unknown, state: unknown) => {
      states.push(state);
      lifecycle.calls.push('reset event');
    };
    event.listen(pool, 'reset', listener);
    await (await pool.connect()).close();
    expect(lifecycle.calls).toEqual(['create 1', 'reset event', 'rollback 1']);
    expect(states).toEqual([{ terminateOnly: false, asyncioSafe: true, transactionWasReset: false }]);
    event.remove(pool, 'reset', listener);
    event.listen(pool, 'reset', () => {
      throw new Error('sp_reset_connection failed');
    });
    await (await pool.connect()).close();
    expect(lifecycle.connections[0]?.open).toBe(false);
  });
});

describe('QueuePool events', () => {
  it('dispatches connect, firstConnect, checkout, reset, checkin and close in SQLAlchemy order', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { poolSize: 1, maxOverflow: 1 });
    const seen: string[] = [];
    for (const name of ['connect', 'firstConnect', 'checkout', 'checkin', 'reset', 'close'] as const) {
      event.listen(pool, name, (connection: { id: number } | undefined) => {
        seen.push(`${name} ${connection?.id}`);
      });
    }
    const a = await pool.connect();
    const b = await pool.connect();
    await b.close();
    await a.close();
    expect(seen).toEqual([
      'firstConnect 1',
      'connect 1',
      'checkout 1',
      'connect 2',
      'checkout 2',
      'reset 2',
      'checkin 2',
      'reset 1',
      'checkin 1',
      'close 1',
    ]);
  });

  it('runs the first connect events before any other connection reports connect', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    const slow = gate();
    const seen: string[] = [];
    event.listen(pool, 'firstConnect', async (connection) => {
      seen.push(`first ${connection.id} start`);
      await slow.promise;
      seen.push(`first ${connection.id} end`);
    });
    event.listen(pool, 'connect', (connection) => {
      seen.push(`connect ${connection.id}`);
    });
    const checkouts = [pool.connect(), pool.connect()];
    await new Promise((resolve) => setImmediate(resolve));
    slow.open();
    const connections = await Promise.all(checkouts);
    expect(seen).toEqual(['first 1 start', 'first 1 end', 'connect 1', 'connect 2']);
    for (const connection of connections) await connection.close();
  });

  it('names the events it knows when a listener is registered for another', () => {
    const pool = queuePool(new MemoryLifecycle());
    expect(() => event.listen(pool, 'checkot' as 'checkout', () => undefined)).toThrow(
      /No such event 'checkot'; this target has: connect, firstConnect, checkout/,
    );
  });

  it('a checkout listener throwing DisconnectionError gets a fresh connection, as SQLAlchemy logs it', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: 'debug', logger: echo.logger });
    let calls = 0;
    event.listen(pool, 'checkout', () => {
      calls += 1;
      if (calls === 1) throw new DisconnectionError('server gone');
    });
    const connection = await pool.connect();
    expect(connection.driverConnection.id).toBe(2);
    await connection.close();
    // Recorded from SQLAlchemy 2.0.52 (a checkout listener raising DisconnectionError once).
    expect(echo.lines).toEqual([
      `DEBUG ${Q} Created new connection <memory connection #1>`,
      `DEBUG ${Q} Connection <memory connection #1> checked out from pool`,
      `INFO ${Q} Disconnection detected on checkout, invalidating individual connection <memory connection #1> (reason: DisconnectionError('server gone'))`,
      `INFO ${Q} Invalidate connection <memory connection #1> (reason: DisconnectionError:server gone)`,
      `DEBUG ${Q} Hard-closing connection <memory connection #1>`,
      `DEBUG ${Q} Created new connection <memory connection #2>`,
      `DEBUG ${Q} Connection <memory connection #2> being returned to pool`,
      `DEBUG ${Q} Connection <memory connection #2> rollback-on-return`,
    ]);
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 1 Current Overflow: -4 Current Checked out connections: 0',
    );
  });

  it('gives up after two disconnects on checkout, like SQLAlchemy, and leaves nothing open', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    event.listen(pool, 'checkout', () => {
      throw new DisconnectionError('always down');
    });
    const error = await pool.connect().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect((error as Error).message).toMatch(/^This connection is closed: the pool gave up/);
    // Two listener calls, each replacing the connection; SQLAlchemy then discards the third unchecked.
    expect(lifecycle.calls).toEqual(['create 1', 'close 1', 'create 2', 'close 2', 'create 3', 'close 3']);
    expect(lifecycle.openCount()).toBe(0);
    expect(pool.checkedOut()).toBe(0);
  });

  it('a checkout listener throwing anything else fails the checkout and discards the connection', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    event.listen(pool, 'checkout', () => {
      throw new TypeError('listener bug');
    });
    await expect(pool.connect()).rejects.toThrow('listener bug');
    expect(lifecycle.calls).toEqual(['create 1', 'close 1']);
    expect(pool.checkedOut()).toBe(0);
  });
});

describe('QueuePool invalidation', () => {
  it('invalidate() discards the raw connection; the record reconnects at its next checkout', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: 'debug', logger: echo.logger, loggingName: 'x' });
    const connection = await pool.connect();
    await connection.invalidate(new Error('gone away'));
    expect(connection.isValid).toBe(false);
    expect(() => connection.driverConnection).toThrow(/returned to the pool or invalidated/);
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 1 Current Overflow: -4 Current Checked out connections: 0',
    );
    await connection.close();
    const next = await pool.connect();
    await next.close();
    expect(echo.lines).toEqual([
      `DEBUG ${Q}.x Created new connection <memory connection #1>`,
      `DEBUG ${Q}.x Connection <memory connection #1> checked out from pool`,
      `INFO ${Q}.x Invalidate connection <memory connection #1> (reason: Error:gone away)`,
      `DEBUG ${Q}.x Hard-closing connection <memory connection #1>`,
      `DEBUG ${Q}.x Created new connection <memory connection #2>`,
      `DEBUG ${Q}.x Connection <memory connection #2> checked out from pool`,
      `DEBUG ${Q}.x Connection <memory connection #2> being returned to pool`,
      `DEBUG ${Q}.x Connection <memory connection #2> rollback-on-return`,
    ]);
  });

  it('a disconnect error invalidates every connection made before it, checked out or idle', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: true, logger: echo.logger });
    const [a, b, c] = [await pool.connect(), await pool.connect(), await pool.connect()];
    await b.close();
    await a.invalidate(new LostConnection('server closed the connection'));
    await c.close();
    // Idle in order: #2, the record of #1 (no connection now), #3.
    const replacements = [await pool.connect(), await pool.connect(), await pool.connect()];
    expect(replacements.map((connection) => connection.driverConnection.id)).toEqual([4, 5, 6]);
    for (const connection of replacements) await connection.close();
    expect(echo.lines).toEqual([
      `INFO ${Q} Invalidate connection <memory connection #1> (reason: LostConnection:server closed the connection)`,
      `INFO ${Q} Connection <memory connection #2> invalidated due to pool invalidation; recycling`,
      `INFO ${Q} Connection <memory connection #3> invalidated due to pool invalidation; recycling`,
    ]);
    expect(lifecycle.openCount()).toBe(3);
  });

  it('invalidateAll() replaces every existing connection at its next checkout', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { poolSize: 2 });
    const [a, b] = [await pool.connect(), await pool.connect()];
    await a.close();
    pool.invalidateAll();
    expect(b.isValid).toBe(true);
    await b.close();
    const [c, d] = [await pool.connect(), await pool.connect()];
    expect([c.driverConnection.id, d.driverConnection.id]).toEqual([3, 4]);
    await c.close();
    await d.close();
    expect(lifecycle.openCount()).toBe(2);
  });

  it('an error that is not a disconnect invalidates only its own connection', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    const [a, b] = [await pool.connect(), await pool.connect()];
    await b.close();
    await a.invalidate(new Error('protocol confusion'));
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await next.close();
  });

  it('a connection made after the invalidation is kept', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    const old = await pool.connect();
    const fresh = await pool.connect();
    await old.invalidate(new LostConnection('reset by peer'));
    const later = await pool.connect();
    await later.close();
    await fresh.close();
    const [x, y] = [await pool.connect(), await pool.connect()];
    expect([x.driverConnection.id, y.driverConnection.id].sort()).toEqual([3, 4]);
    await x.close();
    await y.close();
    // #2 predates the invalidation (replaced by #4); #3, made after it, was kept.
    expect(lifecycle.calls).toContain('close 2');
    expect(lifecycle.calls).not.toContain('close 3');
  });

  it('soft invalidation keeps the connection usable until it is returned, then replaces it', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: 'debug', logger: echo.logger });
    const connection = await pool.connect();
    const soft: number[] = [];
    event.listen(pool, 'softInvalidate', (raw) => {
      soft.push(raw.id);
    });
    await connection.invalidate(undefined, { soft: true });
    expect(connection.isValid).toBe(true);
    expect(connection.driverConnection.id).toBe(1);
    await connection.close();
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await next.close();
    expect(soft).toEqual([1]);
    expect(echo.lines.slice(2, 8)).toEqual([
      `INFO ${Q} Soft Invalidate connection <memory connection #1>`,
      `DEBUG ${Q} Connection <memory connection #1> being returned to pool`,
      `DEBUG ${Q} Connection <memory connection #1> rollback-on-return`,
      `INFO ${Q} Connection <memory connection #1> invalidated due to local soft invalidation; recycling`,
      `DEBUG ${Q} Hard-closing connection <memory connection #1>`,
      `DEBUG ${Q} Created new connection <memory connection #2>`,
    ]);
  });

  it('an error event on an idle connection invalidates it without throwing', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle);
    const invalidated: string[] = [];
    event.listen(pool, 'invalidate', (raw, _record, error) => {
      invalidated.push(`${raw.id}: ${(error as Error).message}`);
    });
    const connection = await pool.connect();
    const raw = connection.driverConnection;
    await connection.close();
    lifecycle.emitError(raw, new LostConnection('terminating connection due to administrator command'));
    // pg reports a killed connection twice; the second report finds nothing to do.
    lifecycle.emitError(raw, new LostConnection('Connection terminated unexpectedly'));
    await vi.waitFor(() => expect(raw.open).toBe(false));
    expect(invalidated).toEqual(['1: terminating connection due to administrator command']);
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await next.close();
    expect(lifecycle.calls).toEqual(['create 1', 'rollback 1', 'close 1', 'create 2', 'rollback 2']);
  });

  it('an error event on a checked-out connection discards it on return instead of resetting it', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: true, logger: echo.logger });
    const connection = await pool.connect();
    lifecycle.emitError(connection.driverConnection, new LostConnection('Connection lost'));
    expect(connection.isValid).toBe(true);
    await connection.close();
    expect(lifecycle.calls).toEqual(['create 1', 'close 1']);
    expect(echo.lines).toEqual([
      `INFO ${Q} Invalidate connection <memory connection #1> (reason: LostConnection:Connection lost)`,
    ]);
  });
});

describe('QueuePool pre-ping and recycle', () => {
  it('pings reused connections, skips fresh ones, and replaces a dead one with no error for the caller', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, {
      poolSize: 2,
      maxOverflow: 1,
      prePing: true,
      echo: 'debug',
      logger: echo.logger,
    });
    const [c1, c2, c3] = [await pool.connect(), await pool.connect(), await pool.connect()];
    await c3.close();
    await c1.close();
    await c2.close();
    const again = await pool.connect();
    await again.close();
    for (const connection of lifecycle.connections) connection.dead = true;
    echo.lines.length = 0;
    const replaced = await pool.connect();
    expect(replaced.driverConnection.id).toBe(4);
    await replaced.close();
    // Recorded from SQLAlchemy 2.0.52 (pool_pre_ping with the idle connections dead).
    expect(echo.lines).toEqual([
      `DEBUG ${Q} Connection <memory connection #1> checked out from pool`,
      `DEBUG ${Q} Pool pre-ping on connection <memory connection #1>`,
      `DEBUG ${Q} Pool pre-ping on connection <memory connection #1> failed, will invalidate pool`,
      `INFO ${Q} Disconnection detected on checkout, invalidating all pooled connections prior to current timestamp (reason: InvalidatePoolError())`,
      `INFO ${Q} Invalidate connection <memory connection #1> (reason: InvalidatePoolError:())`,
      `DEBUG ${Q} Hard-closing connection <memory connection #1>`,
      `DEBUG ${Q} Created new connection <memory connection #4>`,
      `DEBUG ${Q} Connection <memory connection #4> is fresh, skipping pre-ping`,
      `DEBUG ${Q} Connection <memory connection #4> being returned to pool`,
      `DEBUG ${Q} Connection <memory connection #4> rollback-on-return`,
    ]);
    // The other idle connection predates the failed ping: replaced without being pinged.
    const other = await pool.connect();
    const fourth = await pool.connect();
    expect([other.driverConnection.id, fourth.driverConnection.id].sort()).toEqual([4, 5]);
    await other.close();
    await fourth.close();
    expect(lifecycle.calls.filter((call) => call.startsWith('ping'))).toEqual(['ping 3', 'ping 1', 'ping 4']);
  });

  it('a ping error that is not a disconnect reaches the caller and discards the connection', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = queuePool(lifecycle, { prePing: true });
    await (await pool.connect()).close();
    lifecycle.pingError = () => new Error('permission denied for function ping');
    await expect(pool.connect()).rejects.toThrow('permission denied for function ping');
    lifecycle.pingError = undefined;
    expect(lifecycle.connections[0]?.open).toBe(false);
    expect(pool.checkedOut()).toBe(0);
  });

  it('replaces connections older than `recycle` seconds at checkout', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { recycle: 3600, echo: true, logger: echo.logger });
    await (await pool.connect()).close();
    vi.advanceTimersByTime(3_600_000);
    const kept = await pool.connect();
    expect(kept.driverConnection.id).toBe(1);
    await kept.close();
    vi.advanceTimersByTime(1);
    const recycled = await pool.connect();
    expect(recycled.driverConnection.id).toBe(2);
    await recycled.close();
    expect(echo.lines).toEqual([`INFO ${Q} Connection <memory connection #1> exceeded timeout; recycling`]);
    expect(lifecycle.openCount()).toBe(1);
  });
});

describe('QueuePool dispose, recreate, detach', () => {
  it('closes idle connections now and checked-out ones when they come back', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { echo: true, logger: echo.logger });
    const [a, b, c] = [await pool.connect(), await pool.connect(), await pool.connect()];
    await a.close();
    await pool.dispose();
    expect(lifecycle.calls.filter((call) => call.startsWith('close'))).toEqual(['close 1']);
    expect(echo.lines).toEqual([
      `INFO ${Q} Pool disposed. Pool size: 5  Connections in pool: 0 Current Overflow: -3 Current Checked out connections: 2`,
    ]);
    await b.close();
    await c.close();
    expect(lifecycle.openCount()).toBe(0);
    expect(pool.status()).toBe(
      'Pool size: 5  Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0',
    );
    // Still usable afterwards, like SQLAlchemy's.
    const d = await pool.connect();
    expect(d.driverConnection.id).toBe(4);
    await d.close();
  });

  it('recreate() makes an empty pool with the same options that keeps the listeners', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { poolSize: 2, maxOverflow: 0, echo: true, logger: echo.logger });
    const seen: number[] = [];
    event.listen(pool, 'checkout', (raw) => {
      seen.push(raw.id);
    });
    await (await pool.connect()).close();
    await pool.dispose();
    const fresh = pool.recreate();
    pools.push(fresh as QueuePool<unknown>);
    expect(fresh).toBeInstanceOf(QueuePool);
    expect(fresh.status()).toBe(
      'Pool size: 2  Connections in pool: 0 Current Overflow: -2 Current Checked out connections: 0',
    );
    await (await fresh.connect()).close();
    expect(seen).toEqual([1, 2]);
    expect(echo.lines).toEqual([
      `INFO ${Q} Pool disposed. Pool size: 2  Connections in pool: 0 Current Overflow: -2 Current Checked out connections: 0`,
      `INFO ${Q} Pool recreating`,
    ]);
  });

  it('detach() takes the raw connection out of the pool; closing it closes the connection', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = queuePool(lifecycle, { poolSize: 1, echo: 'debug', logger: echo.logger });
    const detached: number[] = [];
    event.listen(pool, 'detach', (raw) => {
      detached.push(raw.id);
    });
    const connection = await pool.connect();
    connection.info.set('tag', 'kept');
    connection.detach();
    expect(connection.isDetached).toBe(true);
    expect(connection.info.get('tag')).toBe('kept');
    expect(pool.status()).toBe(
      'Pool size: 1  Connections in pool: 1 Current Overflow: 0 Current Checked out connections: 0',
    );
    await connection.close();
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await next.close();
    expect(detached).toEqual([1]);
    // Recorded from SQLAlchemy 2.0.52: a detached connection is reset and closed, never "returned to pool".
    expect(echo.lines).toEqual([
      `DEBUG ${Q} Created new connection <memory connection #1>`,
      `DEBUG ${Q} Connection <memory connection #1> checked out from pool`,
      `DEBUG ${Q} Connection <memory connection #1> rollback-on-return`,
      `DEBUG ${Q} Closing connection <memory connection #1>`,
      `DEBUG ${Q} Created new connection <memory connection #2>`,
      `DEBUG ${Q} Connection <memory connection #2> checked out from pool`,
      `DEBUG ${Q} Connection <memory connection #2> being returned to pool`,
      `DEBUG ${Q} Connection <memory connection #2> rollback-on-return`,
    ]);
  });
});

describe('QueuePool echo', () => {
  it("writes SQLAlchemy's line layout to stdout by default, INFO only with echo: true", async () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(globalThis.String(chunk));
      return true;
    });
    try {
      const pool = new QueuePool(new MemoryLifecycle(), { echo: true });
      await (await pool.connect()).close();
      await pool.dispose();
    } finally {
      spy.mockRestore();
    }
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO sqlalchemy\.pool\.impl\.QueuePool Pool disposed\. Pool size: 5 {2}Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0\n$/,
    );
  });

  it('writes nothing without echo', async () => {
    const spy = vi.spyOn(process.stdout, 'write');
    try {
      const pool = queuePool(new MemoryLifecycle());
      await (await pool.connect()).close();
      await pool.dispose();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
