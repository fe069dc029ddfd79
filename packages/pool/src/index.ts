// @retort/pool: connection pools with SQLAlchemy's semantics over any dialect's ConnectionLifecycle.
// createEngine builds one from its `poolclass` option; they can also be used on their own.
export { BasePool, POOL_EVENT_NAMES } from './base-pool';
export { CheckedOutConnection } from './checked-out-connection';
export { ConnectionRecord } from './connection-record';
export { NullPool } from './null-pool';
export { PoolLogger } from './pool-logger';
export { QueuePool } from './queue-pool';
export { type ResolvedPoolOptions, resolvePoolOptions } from './resolve-pool-options';
export { SingletonThreadPool } from './singleton-thread-pool';
export { StaticPool } from './static-pool';
