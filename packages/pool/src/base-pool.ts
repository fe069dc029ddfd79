// What every pool class shares (SQLAlchemy's Pool): checkout with pre-ping and checkout-listener
// retries, reset on return, generation invalidation, events and echo. QueuePool, NullPool and
// StaticPool supply how records are kept (doGet/doReturn), dispose() and status().
import {
  type ConnectionLifecycle,
  DisconnectionError,
  type DriverConnection,
  EVENTS,
  EventDispatcher,
  InvalidatePoolError,
  InvalidRequestError,
  type Pool,
  type PoolEvents,
  type PoolOptions,
} from '@retort/core';
import { CheckedOutConnection, type CheckinHost } from './checked-out-connection';
import type { ConnectionRecord, RecordHost } from './connection-record';
import { errorRepr, PoolLogger } from './pool-logger';
import { type ResolvedPoolOptions, resolvePoolOptions } from './resolve-pool-options';

/** The events a pool accepts, as `event.listen(pool, name, fn)` names. */
export const POOL_EVENT_NAMES: ReadonlySet<string> = new Set([
  'connect',
  'firstConnect',
  'checkout',
  'checkin',
  'reset',
  'invalidate',
  'softInvalidate',
  'close',
  'detach',
]);

/** Checkout attempts (pre-ping plus checkout listeners) before giving up, as SQLAlchemy makes. */
const CHECKOUT_ATTEMPTS = 2;

export abstract class BasePool<C = DriverConnection> implements Pool<C>, RecordHost<C>, CheckinHost<C> {
  /** The class name echo shows (`QueuePool`, `NullPool`, `StaticPool`). */
  abstract readonly kind: string;
  readonly [EVENTS]: EventDispatcher<PoolEvents<C>>;
  /** @internal */
  readonly settings: ResolvedPoolOptions;
  #log: PoolLogger | undefined;
  #serial = 0;
  #invalidatedUpTo = 0;
  #firstRunDone = false;
  #firstRun: Promise<void> | undefined;

  constructor(
    readonly lifecycle: ConnectionLifecycle<C>,
    /** The options as given, for recreate(). */
    readonly poolOptions: PoolOptions = {},
    /** Listeners to share (recreate() passes the old pool's, as SQLAlchemy does). */
    events?: EventDispatcher<PoolEvents<C>>,
  ) {
    this.settings = resolvePoolOptions(poolOptions);
    this[EVENTS] = events ?? new EventDispatcher<PoolEvents<C>>(POOL_EVENT_NAMES);
  }

  /** @internal */
  get events(): EventDispatcher<PoolEvents<C>> {
    return this[EVENTS];
  }

  /** @internal Made on first use: `kind` is a subclass field, not set yet in this constructor. */
  get log(): PoolLogger {
    this.#log ??= new PoolLogger(
      this.kind,
      this.settings.echo,
      this.settings.loggingName,
      this.settings.logger,
    );
    return this.#log;
  }

  /** @internal */
  get recycleSeconds(): number {
    return this.settings.recycle;
  }

  /** The logger name echo writes under (`sqlalchemy.pool.impl.QueuePool`). */
  get loggerName(): string {
    return this.log.name;
  }

  async connect(): Promise<CheckedOutConnection<C>> {
    const record = await this.doGet();
    let connection: C;
    try {
      connection = await record.getConnection();
    } catch (error) {
      await this.checkinFailed(record, error);
      throw error;
    }
    const proxy = new CheckedOutConnection(this, record, connection);
    this.log.debug(`Connection ${record.describe(connection)} checked out from pool`);
    await this.runCheckout(proxy, record, connection);
    return proxy;
  }

  abstract dispose(): Promise<void>;
  abstract status(): string;
  abstract checkedOut(): number;

  /** A new, empty pool of the same class and options, sharing this pool's listeners. */
  recreate(): this {
    this.log.info('Pool recreating');
    const PoolClass = this.constructor as new (
      lifecycle: ConnectionLifecycle<C>,
      options: PoolOptions,
      events: EventDispatcher<PoolEvents<C>>,
    ) => this;
    return new PoolClass(this.lifecycle, this.poolOptions, this[EVENTS]);
  }

  /**
   * Marks every connection made so far (checked out or idle) to be replaced at its next checkout,
   * as after a disconnect: SQLAlchemy's pool._invalidate().
   */
  invalidateAll(): void {
    this.#invalidatedUpTo = this.#serial;
  }

  /** A claimed record (checkouts counted) with or without a raw connection. */
  protected abstract doGet(): Promise<ConnectionRecord<C>>;
  /** Takes back a record whose checkout ended (checkouts already uncounted). */
  protected abstract doReturn(record: ConnectionRecord<C>): Promise<void>;
  /** Takes back a record whose raw connection a detached checkout now owns. */
  protected abstract doDetach(record: ConnectionRecord<C>): void;

  /** Whether reset on return runs for this return (SingletonThreadPool: only the last one out). */
  protected resetsOnReturn(_record: ConnectionRecord<C>): boolean {
    return true;
  }

  /** @internal */
  nextSerial(): number {
    this.#serial += 1;
    return this.#serial;
  }

  /** @internal */
  isInvalidatedGeneration(serial: number): boolean {
    return serial <= this.#invalidatedUpTo;
  }

  /** @internal */
  invalidateForError(record: ConnectionRecord<C>, error: unknown): void {
    if (this.lifecycle.isDisconnect(error)) this.invalidateGenerationOf(record);
  }

  /** @internal First connect (once, until one succeeds) runs before any other connection's connect events. */
  async connectEvents(connection: C, record: ConnectionRecord<C>): Promise<void> {
    while (!this.#firstRunDone && this.#firstRun !== undefined) {
      await this.#firstRun.catch(() => undefined);
    }
    if (this.#firstRunDone) {
      await this.events.dispatchAsync('connect', connection, record);
      return;
    }
    const run = (async () => {
      await this.events.dispatchAsync('firstConnect', connection, record);
      await this.events.dispatchAsync('connect', connection, record);
    })();
    this.#firstRun = run;
    try {
      await run;
      this.#firstRunDone = true;
    } finally {
      this.#firstRun = undefined;
    }
  }

  /** @internal */
  reportBackgroundError(error: unknown): void {
    process.emitWarning(error instanceof Error ? error : globalThis.String(error), {
      type: 'RetortPoolWarning',
      detail: `${this.kind} could not finish discarding a connection in the background`,
    });
  }

  /** @internal */
  async checkin(
    record: ConnectionRecord<C> | undefined,
    connection: C | undefined,
    options: { readonly transactionWasReset: boolean; readonly detachedFrom?: ConnectionRecord<C> },
  ): Promise<void> {
    if (connection !== undefined) {
      const owner = record ?? options.detachedFrom;
      if (owner === undefined) return;
      if (record !== undefined) {
        this.log.debug(`Connection ${owner.describe(connection)} being returned to pool`);
      }
      try {
        const lost = record?.lostWith;
        if (lost !== undefined) throw lost.error;
        if (record === undefined || this.resetsOnReturn(record)) {
          await this.reset(owner, connection, options.transactionWasReset, record === undefined);
        }
      } catch (error) {
        // A connection that cannot be reset (or that the driver reported lost) is not handed out again.
        if (record !== undefined) await record.invalidate(error);
      }
      if (record === undefined) await owner.closeConnection(connection, false);
    }
    if (record === undefined) return;
    record.checkouts -= 1;
    try {
      await this.events.dispatchAsync('checkin', record.driverConnection, record);
    } finally {
      await this.doReturn(record);
    }
  }

  /** @internal */
  detachRecord(record: ConnectionRecord<C>, connection: C): void {
    record.release();
    record.checkouts -= 1;
    this.doDetach(record);
    this.events.dispatch('detach', connection, record);
  }

  private invalidateGenerationOf(record: ConnectionRecord<C>): void {
    if (record.serial > this.#invalidatedUpTo) this.#invalidatedUpTo = this.#serial;
  }

  private async reset(
    record: ConnectionRecord<C>,
    connection: C,
    transactionWasReset: boolean,
    terminateOnly: boolean,
  ): Promise<void> {
    if (this.events.has('reset')) {
      await this.events.dispatchAsync('reset', connection, record, {
        terminateOnly,
        asyncioSafe: true,
        transactionWasReset,
      });
    }
    const description = record.describe(connection);
    switch (this.settings.resetOnReturn) {
      case 'rollback':
        if (transactionWasReset) {
          this.log.debug(`Connection ${description} reset, transaction already reset`);
        } else {
          this.log.debug(`Connection ${description} rollback-on-return`);
          await this.lifecycle.rollback(connection);
        }
        return;
      case 'commit':
        this.log.debug(`Connection ${description} commit-on-return`);
        await this.lifecycle.commit(connection);
        return;
      case 'none':
        return;
    }
  }

  /** SQLAlchemy's checkin of a record whose checkout failed: invalidated, then returned. */
  private async checkinFailed(record: ConnectionRecord<C>, error: unknown): Promise<void> {
    try {
      await record.invalidate(error);
    } finally {
      await this.checkin(record, undefined, { transactionWasReset: false });
    }
  }

  /** Pre-ping and checkout listeners; a disconnect they report replaces the raw connection and tries again. */
  private async runCheckout(
    proxy: CheckedOutConnection<C>,
    record: ConnectionRecord<C>,
    first: C,
  ): Promise<void> {
    const { prePing } = this.settings;
    if (!prePing && !this.events.has('checkout')) return;
    let connection = first;
    for (let attempt = 0; attempt < CHECKOUT_ATTEMPTS; attempt++) {
      const fresh = record.fresh;
      record.fresh = false;
      try {
        if (prePing) await this.prePing(record, connection, fresh);
        await this.events.dispatchAsync('checkout', connection, record, proxy);
        return;
      } catch (error) {
        if (!(error instanceof DisconnectionError)) {
          proxy.abandon();
          await this.checkinFailed(record, error);
          throw error;
        }
        if (error.invalidatePool) {
          this.log.info(
            'Disconnection detected on checkout, invalidating all pooled connections prior to ' +
              `current timestamp (reason: ${errorRepr(error)})`,
          );
          await record.invalidate(error);
          this.invalidateGenerationOf(record);
        } else {
          this.log.info(
            'Disconnection detected on checkout, invalidating individual connection ' +
              `${record.describe(connection)} (reason: ${errorRepr(error)})`,
          );
          await record.invalidate(error);
        }
        try {
          connection = await record.getConnection();
        } catch (connectError) {
          proxy.abandon();
          await this.checkinFailed(record, connectError);
          throw connectError;
        }
        proxy.replaceConnection(connection);
      }
    }
    this.log.info('Reconnection attempts exhausted on checkout');
    await proxy.invalidate();
    throw new InvalidRequestError(
      'This connection is closed: the pool gave up after the pre-ping or a checkout listener reported a ' +
        `disconnect ${CHECKOUT_ATTEMPTS} times; check that the database is reachable`,
    );
  }

  private async prePing(record: ConnectionRecord<C>, connection: C, fresh: boolean): Promise<void> {
    const description = record.describe(connection);
    if (fresh) {
      this.log.debug(`Connection ${description} is fresh, skipping pre-ping`);
      return;
    }
    this.log.debug(`Pool pre-ping on connection ${description}`);
    try {
      await this.lifecycle.ping(connection);
    } catch (error) {
      if (!this.lifecycle.isDisconnect(error)) throw error;
      this.log.debug(`Pool pre-ping on connection ${description} failed, will invalidate pool`);
      throw new InvalidatePoolError('', { cause: error });
    }
  }
}
