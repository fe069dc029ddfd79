// What the engine needs from a connection pool (SQLAlchemy's Pool and _ConnectionFairy), and the
// pool's events. `@retort/pool` implements it; `createEngine` builds a pool from a dialect's
// ConnectionLifecycle with the class the `poolclass` option names.
import type { EventTarget } from '../event/event-dispatcher';
import type { ConnectionLifecycle, DriverConnection } from './driver';

/** A checked-out connection: the raw driver connection plus pool bookkeeping. */
export interface PooledConnection<C = DriverConnection> {
  /** The raw connection; valid until close() or invalidate(). */
  readonly driverConnection: C;
  /** Per-connection storage that lives as long as the raw connection (SQLAlchemy's connection.info). */
  readonly info: Map<string, unknown>;
  /** Per-checkout storage, cleared on return (SQLAlchemy's record_info vs info). */
  readonly checkoutInfo: Map<string, unknown>;
  /** Still usable: not closed, not invalidated. */
  readonly isValid: boolean;
  /**
   * Returns the connection to the pool (reset on return applies) or closes it (overflow, disposed pool).
   * `transactionWasReset`: the caller already rolled back, so reset-on-return 'rollback' is skipped
   * (echo `Connection <c> reset, transaction already reset`, SQLAlchemy's _close_special).
   */
  close(options?: { readonly transactionWasReset?: boolean }): Promise<void>;
  /**
   * Discards the raw connection. With `soft`, it is replaced at its next checkout instead.
   * A disconnect error invalidates the whole generation: every connection made before it.
   */
  invalidate(error?: unknown, options?: { readonly soft?: boolean }): Promise<void>;
  /**
   * Removes the raw connection from the pool for good: the pool makes a new one in its place, and
   * close() then closes this one instead of returning it (SQLAlchemy's detach()).
   */
  detach?(): void;
}

export interface PoolEvents<C = DriverConnection> {
  [name: string]: (...args: never[]) => unknown;
  /** A new raw connection was made. */
  connect(connection: C, record: PoolConnectionRecord): unknown;
  /** The first connection the pool ever made (dialect initialisation). */
  firstConnect(connection: C, record: PoolConnectionRecord): unknown;
  checkout(connection: C, record: PoolConnectionRecord, proxy: PooledConnection<C>): unknown;
  checkin(connection: C | undefined, record: PoolConnectionRecord): unknown;
  /** Reset on return happened (rollback or commit). */
  reset(
    connection: C,
    record: PoolConnectionRecord,
    state: {
      readonly terminateOnly: boolean;
      readonly asyncioSafe: boolean;
      /** The caller already rolled back (close({ transactionWasReset: true })). */
      readonly transactionWasReset: boolean;
    },
  ): unknown;
  invalidate(connection: C, record: PoolConnectionRecord, error: unknown): unknown;
  softInvalidate(connection: C, record: PoolConnectionRecord, error: unknown): unknown;
  close(connection: C, record: PoolConnectionRecord): unknown;
  detach(connection: C, record: PoolConnectionRecord): unknown;
}

/** The pool's record of one raw connection across checkouts. */
export interface PoolConnectionRecord {
  readonly info: Map<string, unknown>;
  /** When the raw connection was made (performance.now()). */
  readonly startedAt: number;
}

export type ResetOnReturn = 'rollback' | 'commit' | 'none';

export interface PoolOptions {
  readonly poolSize?: number;
  readonly maxOverflow?: number;
  /** Seconds to wait for a connection before TimeoutError. */
  readonly timeout?: number;
  /** Seconds after which a connection is replaced at checkout; -1 disables. */
  readonly recycle?: number;
  readonly prePing?: boolean;
  readonly resetOnReturn?: ResetOnReturn;
  /** Hand out the most recently returned connection first. */
  readonly useLifo?: boolean;
  /** `true` for INFO lines (invalidate, recycle, dispose), `'debug'` for checkouts and returns too. */
  readonly echo?: boolean | 'debug';
  /** Suffix of the echo logger name (`sqlalchemy.pool.impl.QueuePool.<name>`). */
  readonly loggingName?: string;
  /** Where echo lines go; defaults to stdout in SQLAlchemy's format. */
  readonly logger?: (level: 'INFO' | 'DEBUG', loggerName: string, message: string) => void;
}

export interface Pool<C = DriverConnection> extends EventTarget<PoolEvents<C>> {
  /** The class name, for echo (`QueuePool`, `NullPool`, `StaticPool`). */
  readonly kind: string;
  /** Checks a connection out; waits up to `timeout` seconds, then TimeoutError with SQLAlchemy's message. */
  connect(): Promise<PooledConnection<C>>;
  /** Closes idle connections; checked-out ones are closed when returned. Logs `Pool disposed. …`. */
  dispose(): Promise<void>;
  /** A new, empty pool with the same configuration (SQLAlchemy's recreate()). */
  recreate(): Pool<C>;
  /** SQLAlchemy's status() text: `Pool size: 5  Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0`. */
  status(): string;
  /** Connections currently checked out. */
  checkedOut(): number;
}

/** How `poolclass` is given to createEngine: a pool class of @retort/pool (or a compatible one). */
export type PoolClass = new <C>(lifecycle: ConnectionLifecycle<C>, options: PoolOptions) => Pool<C>;
