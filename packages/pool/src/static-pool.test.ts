import { describe, expect, it } from 'vitest';
import { SingletonThreadPool } from './singleton-thread-pool';
import { StaticPool } from './static-pool';
import { captureEcho, gate, LostConnection, MemoryLifecycle } from './test-support/memory-lifecycle';

const S = 'sqlalchemy.pool.impl.StaticPool';

describe('StaticPool', () => {
  it('shares one connection among every checkout and resets it on each return, as SQLAlchemy does', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = new StaticPool(lifecycle, { echo: 'debug', logger: echo.logger });
    const [a, b] = await Promise.all([pool.connect(), pool.connect()]);
    expect(a.driverConnection).toBe(b.driverConnection);
    expect(pool.checkedOut()).toBe(2);
    await a.close();
    await b.close();
    expect(pool.checkedOut()).toBe(0);
    expect(pool.status()).toBe('StaticPool');
    expect(lifecycle.calls).toEqual(['create 1', 'rollback 1', 'rollback 1']);
    await pool.dispose();
    expect(lifecycle.openCount()).toBe(0);
    // Recorded from SQLAlchemy 2.0.52 (StaticPool: a checkout, a return, dispose()).
    expect(echo.lines.slice(0, 2)).toEqual([
      `DEBUG ${S} Created new connection <memory connection #1>`,
      `DEBUG ${S} Connection <memory connection #1> checked out from pool`,
    ]);
    expect(echo.lines.at(-1)).toBe(`DEBUG ${S} Closing connection <memory connection #1>`);
  });

  it('dispose() with the connection checked out closes it when it comes back', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = new StaticPool(lifecycle);
    const held = await pool.connect();
    await pool.dispose();
    expect(lifecycle.openCount()).toBe(1);
    const next = await pool.connect();
    expect(next.driverConnection.id).toBe(2);
    await held.close();
    expect(lifecycle.connections.map((connection) => connection.open)).toEqual([false, true]);
    await next.close();
    await pool.dispose();
    expect(lifecycle.openCount()).toBe(0);
  });

  it('reconnects after the connection was invalidated, and after an idle error', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = new StaticPool(lifecycle);
    const first = await pool.connect();
    await first.invalidate(new LostConnection('gone'));
    const second = await pool.connect();
    expect(second.driverConnection.id).toBe(2);
    const raw = second.driverConnection;
    await second.close();
    lifecycle.emitError(raw, new LostConnection('idle connection killed'));
    const third = await pool.connect();
    expect(third.driverConnection.id).toBe(3);
    await third.close();
    await pool.dispose();
    expect(lifecycle.openCount()).toBe(0);
  });

  it('a stale connection still in use is closed after its last user returns it; newcomers get a new one', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = new StaticPool(lifecycle);
    const user = await pool.connect();
    await user.invalidate(undefined, { soft: true });
    const newcomer = await pool.connect();
    expect(newcomer.driverConnection.id).toBe(2);
    expect(user.driverConnection.id).toBe(1);
    await user.close();
    expect(lifecycle.connections[0]?.open).toBe(false);
    await newcomer.close();
    await pool.dispose();
    expect(lifecycle.openCount()).toBe(0);
  });

  it('concurrent first checkouts share one connect', async () => {
    const lifecycle = new MemoryLifecycle();
    const slow = gate();
    lifecycle.createSteps.push(() => slow.promise);
    const pool = new StaticPool(lifecycle);
    const checkouts = [pool.connect(), pool.connect(), pool.connect()];
    slow.open();
    const connections = await Promise.all(checkouts);
    expect(new Set(connections.map((connection) => connection.driverConnection.id))).toEqual(new Set([1]));
    for (const connection of connections) await connection.close();
    await pool.dispose();
  });
});

describe('SingletonThreadPool', () => {
  it("echoes under SQLAlchemy's SingletonThreadPool logger and resets only when the last checkout returns", async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = new SingletonThreadPool(lifecycle, { echo: 'debug', logger: echo.logger });
    expect(pool.status()).toBe(`SingletonThreadPool id:${pool.id} size: 0`);
    const outer = await pool.connect();
    const inner = await pool.connect();
    expect(pool.status()).toBe(`SingletonThreadPool id:${pool.id} size: 1`);
    await inner.close();
    expect(lifecycle.calls).toEqual(['create 1']);
    await outer.close();
    expect(lifecycle.calls).toEqual(['create 1', 'rollback 1']);
    expect(echo.lines[0]).toBe(
      'DEBUG sqlalchemy.pool.impl.SingletonThreadPool Created new connection <memory connection #1>',
    );
    await pool.dispose();
    expect(pool.status()).toBe(`SingletonThreadPool id:${pool.id} size: 0`);
    expect(lifecycle.openCount()).toBe(0);
  });
});
