import { event } from '@retort/core';
import { describe, expect, it } from 'vitest';
import { NullPool } from './null-pool';
import { captureEcho, MemoryLifecycle } from './test-support/memory-lifecycle';

const N = 'sqlalchemy.pool.impl.NullPool';

describe('NullPool', () => {
  it('makes a connection per checkout and closes it on return, logging as SQLAlchemy does', async () => {
    const lifecycle = new MemoryLifecycle();
    const echo = captureEcho();
    const pool = new NullPool(lifecycle, { echo: 'debug', logger: echo.logger });
    const [a, b] = [await pool.connect(), await pool.connect()];
    expect(pool.checkedOut()).toBe(2);
    expect(pool.status()).toBe('NullPool');
    await a.close();
    await b.close();
    expect(pool.checkedOut()).toBe(0);
    expect(lifecycle.openCount()).toBe(0);
    expect(lifecycle.calls).toEqual([
      'create 1',
      'create 2',
      'rollback 1',
      'close 1',
      'rollback 2',
      'close 2',
    ]);
    // Recorded from SQLAlchemy 2.0.52 (NullPool, one checkout and return).
    expect(echo.lines.slice(0, 2)).toEqual([
      `DEBUG ${N} Created new connection <memory connection #1>`,
      `DEBUG ${N} Connection <memory connection #1> checked out from pool`,
    ]);
    expect(echo.lines.slice(4)).toEqual([
      `DEBUG ${N} Connection <memory connection #1> being returned to pool`,
      `DEBUG ${N} Connection <memory connection #1> rollback-on-return`,
      `DEBUG ${N} Closing connection <memory connection #1>`,
      `DEBUG ${N} Connection <memory connection #2> being returned to pool`,
      `DEBUG ${N} Connection <memory connection #2> rollback-on-return`,
      `DEBUG ${N} Closing connection <memory connection #2>`,
    ]);
  });

  it('never waits: it has no limit', async () => {
    const pool = new NullPool(new MemoryLifecycle(), { poolSize: 1, maxOverflow: 0 });
    const many = await Promise.all(Array.from({ length: 30 }, () => pool.connect()));
    expect(pool.checkedOut()).toBe(30);
    for (const connection of many) await connection.close();
  });

  it('skips pre-ping, every connection being fresh, and fires connect for each', async () => {
    const lifecycle = new MemoryLifecycle();
    const pool = new NullPool(lifecycle, { prePing: true });
    let connects = 0;
    event.listen(pool, 'connect', () => {
      connects += 1;
    });
    await (await pool.connect()).close();
    await (await pool.connect()).close();
    expect(connects).toBe(2);
    expect(lifecycle.calls.filter((call) => call.startsWith('ping'))).toEqual([]);
  });

  it('a failed connect leaves nothing counted as checked out', async () => {
    const lifecycle = new MemoryLifecycle();
    lifecycle.createSteps.push(new Error('too many clients already'));
    const pool = new NullPool(lifecycle);
    await expect(pool.connect()).rejects.toThrow('too many clients already');
    expect(pool.checkedOut()).toBe(0);
  });

  it('dispose() logs nothing and recreate() keeps the class', async () => {
    const echo = captureEcho();
    const pool = new NullPool(new MemoryLifecycle(), { echo: true, logger: echo.logger });
    await pool.dispose();
    expect(pool.recreate()).toBeInstanceOf(NullPool);
    expect(echo.lines).toEqual([`INFO ${N} Pool recreating`]);
  });
});
