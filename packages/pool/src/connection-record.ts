// The pool's record of one connection slot across checkouts (SQLAlchemy's _ConnectionRecord): it
// makes the raw connection, replaces it when it is too old or invalidated, and closes it. Pools own records.
import type { ConnectionLifecycle, EventDispatcher, PoolConnectionRecord, PoolEvents } from '@retort/core';
import { errorMessage, errorReason, type PoolLogger } from './pool-logger';

/** What a record needs from its pool. */
export interface RecordHost<C> {
  readonly lifecycle: ConnectionLifecycle<C>;
  readonly events: EventDispatcher<PoolEvents<C>>;
  readonly log: PoolLogger;
  /** Seconds after which a connection is replaced at checkout; -1 never. */
  readonly recycleSeconds: number;
  /** A number for a connection about to be made, larger than every earlier one. */
  nextSerial(): number;
  /** Whether the pool invalidated every connection up to and including this serial. */
  isInvalidatedGeneration(serial: number): boolean;
  /** Dispatches firstConnect (once) and connect for a new raw connection. */
  connectEvents(connection: C, record: ConnectionRecord<C>): Promise<void>;
  /** An error no caller is waiting for (a listener failing while an idle connection is discarded). */
  reportBackgroundError(error: unknown): void;
}

export class ConnectionRecord<C> implements PoolConnectionRecord {
  /** Lives as long as the raw connection: cleared when it is replaced. */
  readonly info = new Map<string, unknown>();
  /** When the raw connection was made (performance.now()). */
  startedAt = 0;
  #connection: C | undefined;
  /** @internal Order of the raw connection's creation, for generation invalidation. */
  serial = 0;
  /** @internal Made by the last connect() and not pinged or checked out since: pre-ping skips it. */
  fresh = false;
  /** @internal Replace at the next checkout (soft invalidation). */
  softInvalidated = false;
  /** @internal Checkouts holding this record (more than one only in StaticPool). */
  checkouts = 0;
  /** @internal Close on return instead of pooling (the pool was disposed, or replaced this record). */
  discardOnReturn = false;
  /** @internal The driver reported this error while the connection was checked out; it is discarded on return. */
  lostWith: { readonly error: unknown } | undefined;

  constructor(private readonly host: RecordHost<C>) {}

  /** The raw connection, or undefined after invalidation until the next checkout reconnects. */
  get driverConnection(): C | undefined {
    return this.#connection;
  }

  /** Whether a checkout holds this record. */
  get inUse(): boolean {
    return this.checkouts > 0;
  }

  /** @internal The raw connection for a checkout: made now, or replaced if too old or invalidated. */
  async getConnection(): Promise<C> {
    const current = this.#connection;
    if (current === undefined) {
      this.info.clear();
      return this.connect();
    }
    let why: string | undefined;
    const { recycleSeconds } = this.host;
    if (recycleSeconds > -1 && (performance.now() - this.startedAt) / 1000 > recycleSeconds) {
      why = 'exceeded timeout; recycling';
    } else if (this.host.isInvalidatedGeneration(this.serial)) {
      why = 'invalidated due to pool invalidation; recycling';
    } else if (this.softInvalidated) {
      why = 'invalidated due to local soft invalidation; recycling';
    }
    if (why === undefined) return current;
    this.host.log.info(`Connection ${this.describe(current)} ${why}`);
    this.#connection = undefined;
    await this.closeConnection(current, true);
    this.info.clear();
    return this.connect();
  }

  /** @internal Makes a new raw connection (connect events included); a failure leaves none. */
  async connect(): Promise<C> {
    const { host } = this;
    this.#connection = undefined;
    this.serial = host.nextSerial();
    this.startedAt = performance.now();
    this.softInvalidated = false;
    this.lostWith = undefined;
    let connection: C;
    try {
      connection = await host.lifecycle.create();
    } catch (error) {
      host.log.debug(`Error on connect(): ${errorMessage(error)}`);
      throw error;
    }
    // Attached for the connection's whole life, closed or not: an unheard driver error event crashes Node.
    host.lifecycle.onIdleError(connection, (error) => this.onDriverError(connection, error));
    this.#connection = connection;
    host.log.debug(`Created new connection ${this.describe(connection)}`);
    this.fresh = true;
    try {
      await host.connectEvents(connection, this);
    } catch (error) {
      this.#connection = undefined;
      await this.closeConnection(connection, false);
      throw error;
    }
    return connection;
  }

  /**
   * Discards the raw connection (closed now; the next checkout makes a new one), or with `soft`,
   * marks it to be replaced at its next checkout.
   */
  async invalidate(error?: unknown, options: { readonly soft?: boolean } = {}): Promise<void> {
    const connection = this.#connection;
    if (connection === undefined) return;
    const soft = options.soft ?? false;
    if (soft) this.softInvalidated = true;
    else this.#connection = undefined;
    try {
      await this.host.events.dispatchAsync(soft ? 'softInvalidate' : 'invalidate', connection, this, error);
    } finally {
      const reason = error === undefined ? '' : ` (reason: ${errorReason(error)})`;
      this.host.log.info(`${soft ? 'Soft ' : ''}Invalidate connection ${this.describe(connection)}${reason}`);
      if (!soft) await this.closeConnection(connection, true);
    }
  }

  /** @internal Closes the raw connection for good (overflow on return, dispose, NullPool). */
  async close(): Promise<void> {
    const connection = this.#connection;
    if (connection === undefined) return;
    this.#connection = undefined;
    await this.closeConnection(connection, false);
  }

  /** @internal Forgets the raw connection without closing it: a detached checkout owns it now. */
  release(): void {
    this.#connection = undefined;
    this.info.clear();
  }

  /** @internal How echo shows a raw connection. */
  describe(connection: C): string {
    return this.host.lifecycle.describe(connection);
  }

  /** @internal Dispatches `close`, logs, and closes; `terminate` is SQLAlchemy's hard close after invalidation. */
  async closeConnection(connection: C, terminate: boolean): Promise<void> {
    try {
      await this.host.events.dispatchAsync('close', connection, this);
    } finally {
      this.host.log.debug(
        `${terminate ? 'Hard-closing' : 'Closing'} connection ${this.describe(connection)}`,
      );
      try {
        await this.host.lifecycle.close(connection);
      } catch (error) {
        this.host.reportBackgroundError(error);
      }
    }
  }

  private onDriverError(connection: C, error: unknown): void {
    // A late error from a connection already replaced or closed (pg reports a kill twice).
    if (this.#connection !== connection) return;
    if (this.checkouts > 0) {
      // The caller meets the error on its next statement; the connection is discarded when returned.
      this.lostWith ??= { error };
      return;
    }
    this.invalidate(error).catch((failure: unknown) => this.host.reportBackgroundError(failure));
  }
}
