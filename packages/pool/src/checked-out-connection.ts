// A connection checked out of a pool (SQLAlchemy's _ConnectionFairy): the raw connection plus the
// way back to the pool. `pool.connect()` returns one; the engine's Connection holds it.
import { type PooledConnection, ResourceClosedError } from '@retort/core';
import type { ConnectionRecord } from './connection-record';

/** What a checked-out connection needs from its pool. */
export interface CheckinHost<C> {
  /** Resets and returns (or closes) the connection; `record` is undefined once detached. */
  checkin(
    record: ConnectionRecord<C> | undefined,
    connection: C | undefined,
    options: { readonly transactionWasReset: boolean; readonly detachedFrom?: ConnectionRecord<C> },
  ): Promise<void>;
  /** Invalidates the generation of `record` when `error` is a disconnect. */
  invalidateForError(record: ConnectionRecord<C>, error: unknown): void;
  /** Takes the record back into the pool without its raw connection (detach). */
  detachRecord(record: ConnectionRecord<C>, connection: C): void;
}

export class CheckedOutConnection<C> implements PooledConnection<C> {
  /** Per-checkout storage, dropped on return. */
  readonly checkoutInfo = new Map<string, unknown>();
  #connection: C | undefined;
  #record: ConnectionRecord<C> | undefined;
  #detachedFrom: ConnectionRecord<C> | undefined;
  #detachedInfo: Map<string, unknown> | undefined;
  #closed = false;

  constructor(
    private readonly host: CheckinHost<C>,
    record: ConnectionRecord<C>,
    connection: C,
  ) {
    this.#record = record;
    this.#connection = connection;
  }

  get driverConnection(): C {
    const connection = this.#connection;
    if (this.#closed || connection === undefined) {
      throw new ResourceClosedError(
        'This pooled connection was returned to the pool or invalidated; check out another with pool.connect()',
      );
    }
    return connection;
  }

  /** Storage that lives as long as the raw connection (a copy once detached). */
  get info(): Map<string, unknown> {
    return this.#detachedInfo ?? this.#record?.info ?? new Map();
  }

  get isValid(): boolean {
    return !this.#closed && this.#connection !== undefined;
  }

  /** Whether detach() took the raw connection out of the pool. */
  get isDetached(): boolean {
    return this.#record === undefined;
  }

  /** The pool's record of this connection; undefined once detached. */
  get record(): ConnectionRecord<C> | undefined {
    return this.#record;
  }

  async close(options: { readonly transactionWasReset?: boolean } = {}): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const connection = this.#connection;
    this.#connection = undefined;
    this.checkoutInfo.clear();
    await this.host.checkin(this.#record, connection, {
      transactionWasReset: options.transactionWasReset ?? false,
      ...(this.#detachedFrom ? { detachedFrom: this.#detachedFrom } : {}),
    });
  }

  async invalidate(error?: unknown, options: { readonly soft?: boolean } = {}): Promise<void> {
    const connection = this.#connection;
    if (this.#closed || connection === undefined) return;
    const record = this.#record;
    if (options.soft) {
      await record?.invalidate(error, { soft: true });
      return;
    }
    this.#closed = true;
    this.#connection = undefined;
    this.checkoutInfo.clear();
    if (record === undefined) {
      // Detached: nothing goes back to the pool; only the raw connection is closed.
      await this.#detachedFrom?.closeConnection(connection, true);
      return;
    }
    if (error !== undefined) this.host.invalidateForError(record, error);
    try {
      await record.invalidate(error);
    } finally {
      await this.host.checkin(record, undefined, { transactionWasReset: false });
    }
  }

  /**
   * Takes the raw connection out of the pool for good: the pool makes a new one in its place, and
   * close() closes this one instead of returning it.
   */
  detach(): void {
    const record = this.#record;
    const connection = this.#connection;
    if (record === undefined || connection === undefined || this.#closed) return;
    this.#detachedInfo = new Map(record.info);
    this.#detachedFrom = record;
    this.#record = undefined;
    this.host.detachRecord(record, connection);
  }

  /** @internal The checkout replaced the raw connection (a listener or pre-ping reported a disconnect). */
  replaceConnection(connection: C): void {
    this.#connection = connection;
  }

  /** @internal The checkout failed and the pool took the record back already. */
  abandon(): void {
    this.#closed = true;
    this.#connection = undefined;
  }
}
