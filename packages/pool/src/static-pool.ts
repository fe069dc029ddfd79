// SQLAlchemy's StaticPool: one connection shared by every checkout, made on first use. For SQLite
// `:memory:` databases, which exist only inside their one connection.
import type { DriverConnection } from '@retort/core';
import { BasePool } from './base-pool';
import { ConnectionRecord } from './connection-record';

export class StaticPool<C = DriverConnection> extends BasePool<C> {
  readonly kind: string = 'StaticPool';
  #current: ConnectionRecord<C> | undefined;
  #making: Promise<ConnectionRecord<C>> | undefined;
  /** Records with checkouts: the current one, and replaced ones still in use. */
  readonly #inUse = new Set<ConnectionRecord<C>>();

  status(): string {
    return 'StaticPool';
  }

  checkedOut(): number {
    let count = 0;
    for (const record of this.#inUse) count += record.checkouts;
    return count;
  }

  /** Connections that exist (0 or 1, or more while a replaced one is still checked out). */
  protected connectionCount(): number {
    const records = new Set(this.#inUse);
    if (this.#current?.driverConnection !== undefined) records.add(this.#current);
    return [...records].filter((record) => record.driverConnection !== undefined).length;
  }

  /** Closes the connection now if no one holds it, else when the last holder returns it. */
  async dispose(): Promise<void> {
    const record = this.#current;
    this.#current = undefined;
    if (record === undefined) return;
    if (record.checkouts > 0) record.discardOnReturn = true;
    else await record.close();
  }

  protected async doGet(): Promise<ConnectionRecord<C>> {
    let record = this.#current;
    if (record !== undefined && record.checkouts > 0 && this.#isStale(record)) {
      // Others still use the stale connection: give it up when they return it, start a new one.
      record.discardOnReturn = true;
      this.#current = record = undefined;
    }
    record ??= await this.#make();
    record.checkouts += 1;
    this.#inUse.add(record);
    return record;
  }

  protected async doReturn(record: ConnectionRecord<C>): Promise<void> {
    if (record.checkouts > 0) return;
    this.#inUse.delete(record);
    if (record.discardOnReturn) await record.close();
  }

  protected doDetach(record: ConnectionRecord<C>): void {
    if (record.checkouts === 0) this.#inUse.delete(record);
  }

  #isStale(record: ConnectionRecord<C>): boolean {
    return (
      record.driverConnection === undefined ||
      record.softInvalidated ||
      this.isInvalidatedGeneration(record.serial) ||
      (this.recycleSeconds > -1 && (performance.now() - record.startedAt) / 1000 > this.recycleSeconds)
    );
  }

  /** The one connection; concurrent first checkouts share one attempt to make it. */
  #make(): Promise<ConnectionRecord<C>> {
    this.#making ??= (async () => {
      const record = new ConnectionRecord(this);
      try {
        await record.connect();
        this.#current = record;
        return record;
      } finally {
        this.#making = undefined;
      }
    })();
    return this.#making;
  }
}
