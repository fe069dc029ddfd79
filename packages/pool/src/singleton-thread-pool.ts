// SQLAlchemy's SingletonThreadPool, which create_engine('sqlite://') uses: one connection per thread.
// JavaScript runs one thread, so it is a StaticPool under SQLAlchemy's name (for echo) whose reset
// on return waits for the last of overlapping checkouts, as nested checkouts in one thread share it.
import type { DriverConnection } from '@retort/core';
import type { ConnectionRecord } from './connection-record';
import { StaticPool } from './static-pool';

let nextId = 1;

export class SingletonThreadPool<C = DriverConnection> extends StaticPool<C> {
  override readonly kind: string = 'SingletonThreadPool';
  /** Stands in for SQLAlchemy's id(pool) in status(). */
  readonly id: number = nextId++;

  override status(): string {
    return `SingletonThreadPool id:${this.id} size: ${this.connectionCount()}`;
  }

  protected override resetsOnReturn(record: ConnectionRecord<C>): boolean {
    return record.checkouts === 1;
  }
}
