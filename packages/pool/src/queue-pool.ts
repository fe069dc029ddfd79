// SQLAlchemy's QueuePool: up to poolSize connections kept, maxOverflow more made under load and
// closed on return, callers beyond that wait in line for `timeout` seconds. The default pool.
import {
  type ConnectionLifecycle,
  type DriverConnection,
  type EventDispatcher,
  type PoolEvents,
  type PoolOptions,
  TimeoutError,
} from '@retort/core';
import { BasePool } from './base-pool';
import { ConnectionRecord } from './connection-record';

interface Waiter<C> {
  readonly resolve: (record: ConnectionRecord<C> | Promise<ConnectionRecord<C>>) => void;
  readonly timer: ReturnType<typeof setTimeout> | undefined;
}

/** setTimeout's ceiling (about 24.8 days); a longer timeout waits without a timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class QueuePool<C = DriverConnection> extends BasePool<C> {
  readonly kind: string = 'QueuePool';
  readonly #idle: ConnectionRecord<C>[] = [];
  readonly #waiters: Waiter<C>[] = [];
  readonly #claimed = new Set<ConnectionRecord<C>>();
  /** Connections that exist (idle or checked out, or being made) minus poolSize, as SQLAlchemy counts. */
  #overflow: number;
  readonly #maxOverflow: number;

  constructor(
    lifecycle: ConnectionLifecycle<C>,
    options: PoolOptions = {},
    events?: EventDispatcher<PoolEvents<C>>,
  ) {
    super(lifecycle, options, events);
    this.#overflow = -this.settings.poolSize;
    this.#maxOverflow = this.settings.poolSize === 0 ? -1 : this.settings.maxOverflow;
  }

  /** poolSize: the connections kept open between checkouts (0: no limit). */
  size(): number {
    return this.settings.poolSize;
  }

  /** Seconds a checkout waits for a connection. */
  timeout(): number {
    return this.settings.timeout;
  }

  /** Connections idle in the pool. */
  checkedIn(): number {
    return this.#idle.length;
  }

  /** Connections beyond poolSize (negative while fewer than poolSize exist). */
  overflow(): number {
    return this.settings.poolSize === 0 ? 0 : this.#overflow;
  }

  checkedOut(): number {
    return this.settings.poolSize - this.#idle.length + this.#overflow;
  }

  status(): string {
    return (
      `Pool size: ${this.size()}  Connections in pool: ${this.checkedIn()} ` +
      `Current Overflow: ${this.overflow()} Current Checked out connections: ${this.checkedOut()}`
    );
  }

  /** Closes the idle connections now; those checked out are closed when they come back. */
  async dispose(): Promise<void> {
    const idle = this.#idle.splice(0);
    this.#overflow -= idle.length;
    for (const record of this.#claimed) record.discardOnReturn = true;
    await Promise.all(idle.map((record) => record.close()));
    this.log.info(`Pool disposed. ${this.status()}`);
  }

  protected doGet(): Promise<ConnectionRecord<C>> {
    if (this.#waiters.length === 0) {
      const idle = this.settings.useLifo ? this.#idle.pop() : this.#idle.shift();
      if (idle) return Promise.resolve(this.#claim(idle));
    }
    if (this.#hasSlot()) return this.#createInSlot();
    return new Promise((resolve, reject) => {
      const { timeout } = this.settings;
      const ms = timeout * 1000;
      const timer =
        ms > MAX_TIMER_MS
          ? undefined
          : setTimeout(() => {
              const index = this.#waiters.indexOf(waiter);
              if (index >= 0) this.#waiters.splice(index, 1);
              reject(
                new TimeoutError(
                  `QueuePool limit of size ${this.size()} overflow ${this.overflow()} reached, ` +
                    `connection timed out, timeout ${timeout.toFixed(2)}`,
                  { code: '3o7r' },
                ),
              );
            }, ms);
      const waiter: Waiter<C> = { resolve, timer };
      this.#waiters.push(waiter);
    });
  }

  protected async doReturn(record: ConnectionRecord<C>): Promise<void> {
    this.#claimed.delete(record);
    if (record.discardOnReturn) {
      await this.#closeInSlot(record);
      return;
    }
    const waiter = this.#waiters.shift();
    if (waiter) {
      clearTimeout(waiter.timer);
      waiter.resolve(this.#claim(record));
      return;
    }
    if (this.settings.poolSize === 0 || this.#idle.length < this.settings.poolSize) {
      this.#idle.push(record);
      return;
    }
    await this.#closeInSlot(record);
  }

  protected doDetach(record: ConnectionRecord<C>): void {
    // The record, now without a connection, goes back like any return; closing it is a no-op.
    this.doReturn(record).catch((error: unknown) => this.reportBackgroundError(error));
  }

  #hasSlot(): boolean {
    return this.#maxOverflow === -1 || this.#overflow < this.#maxOverflow;
  }

  #claim(record: ConnectionRecord<C>): ConnectionRecord<C> {
    record.checkouts += 1;
    this.#claimed.add(record);
    return record;
  }

  /** A new connection in a free slot; a failed connect gives the slot back. */
  async #createInSlot(): Promise<ConnectionRecord<C>> {
    this.#overflow += 1;
    const record = this.#claim(new ConnectionRecord(this));
    try {
      await record.connect();
      return record;
    } catch (error) {
      record.checkouts -= 1;
      this.#claimed.delete(record);
      this.#overflow -= 1;
      this.#serveWaiterFromSlot();
      throw error;
    }
  }

  /** Closes a record for good and hands its slot to the first waiter. */
  async #closeInSlot(record: ConnectionRecord<C>): Promise<void> {
    try {
      await record.close();
    } finally {
      this.#overflow -= 1;
      this.#serveWaiterFromSlot();
    }
  }

  #serveWaiterFromSlot(): void {
    if (this.#waiters.length === 0 || !this.#hasSlot()) return;
    const waiter = this.#waiters.shift();
    if (!waiter) return;
    clearTimeout(waiter.timer);
    waiter.resolve(this.#createInSlot());
  }
}
