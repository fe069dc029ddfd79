import { type DriverConnection, event, type Pool, type PoolClass, type PooledConnection } from '@retort/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { CheckedOutConnection } from './checked-out-connection';
import { NullPool } from './null-pool';
import { QueuePool } from './queue-pool';
import { SingletonThreadPool } from './singleton-thread-pool';
import { StaticPool } from './static-pool';
import type { MemoryConnection, MemoryLifecycle } from './test-support/memory-lifecycle';

declare const lifecycle: MemoryLifecycle;

describe('pool classes', () => {
  it('are what createEngine accepts as poolclass', () => {
    expectTypeOf(QueuePool).toExtend<PoolClass>();
    expectTypeOf(NullPool).toExtend<PoolClass>();
    expectTypeOf(StaticPool).toExtend<PoolClass>();
    expectTypeOf(SingletonThreadPool).toExtend<PoolClass>();
  });

  it('infer the raw connection type from the lifecycle', () => {
    const pool = new QueuePool(lifecycle, { poolSize: 2 });
    expectTypeOf(pool).toExtend<Pool<MemoryConnection>>();
    expectTypeOf(pool.connect()).resolves.toEqualTypeOf<CheckedOutConnection<MemoryConnection>>();
    expectTypeOf<CheckedOutConnection<MemoryConnection>>().toExtend<PooledConnection<MemoryConnection>>();
    expectTypeOf<
      CheckedOutConnection<MemoryConnection>['driverConnection']
    >().toEqualTypeOf<MemoryConnection>();
    expectTypeOf(new NullPool(lifecycle).recreate()).toEqualTypeOf<NullPool<MemoryConnection>>();
  });

  it('default to DriverConnection', () => {
    expectTypeOf<QueuePool['connect']>().returns.resolves.toEqualTypeOf<
      CheckedOutConnection<DriverConnection>
    >();
  });

  it('type their listeners per event and reject unknown names', () => {
    const pool = new QueuePool(lifecycle);
    event.listen(pool, 'checkout', (connection, record, proxy) => {
      expectTypeOf(connection).toEqualTypeOf<MemoryConnection>();
      expectTypeOf(record.info).toEqualTypeOf<Map<string, unknown>>();
      expectTypeOf(proxy).toEqualTypeOf<PooledConnection<MemoryConnection>>();
    });
    event.listen(pool, 'checkin', (connection) => {
      expectTypeOf(connection).toEqualTypeOf<MemoryConnection | undefined>();
    });
    event.listen(pool, 'reset', (_connection, _record, state) => {
      expectTypeOf(state.transactionWasReset).toEqualTypeOf<boolean>();
    });
    // @ts-expect-error the option is poolSize
    new QueuePool(lifecycle, { pool_size: 3 });
    // @ts-expect-error resetOnReturn is 'rollback' | 'commit' | 'none'
    new QueuePool(lifecycle, { resetOnReturn: true });
  });
});
