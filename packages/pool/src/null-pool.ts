// SQLAlchemy's NullPool: no pooling; every checkout makes a new connection and every return closes
// it. For migrations, serverless functions, and programs that share a server-side pooler.
import type { DriverConnection } from '@retort/core';
import { BasePool } from './base-pool';
import { ConnectionRecord } from './connection-record';

export class NullPool<C = DriverConnection> extends BasePool<C> {
  readonly kind: string = 'NullPool';
  readonly #open = new Set<ConnectionRecord<C>>();

  status(): string {
    return 'NullPool';
  }

  checkedOut(): number {
    return this.#open.size;
  }

  /** Nothing is idle, and every connection is closed when it is returned. */
  async dispose(): Promise<void> {}

  protected async doGet(): Promise<ConnectionRecord<C>> {
    const record = new ConnectionRecord(this);
    record.checkouts = 1;
    this.#open.add(record);
    try {
      await record.connect();
    } catch (error) {
      this.#open.delete(record);
      throw error;
    }
    return record;
  }

  protected async doReturn(record: ConnectionRecord<C>): Promise<void> {
    this.#open.delete(record);
    await record.close();
  }

  protected doDetach(record: ConnectionRecord<C>): void {
    this.#open.delete(record);
  }
}
