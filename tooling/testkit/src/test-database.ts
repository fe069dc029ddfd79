// One private database per test file and dialect: created before the file's tests on that
// dialect run, dropped after them. Called by describeDialects; tests only read `url`.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName, DialectServer } from './dialect-name';
import { createDatabase, dropDatabase, TEST_DATABASE_PREFIX, withDatabase } from './server-admin';

export interface TestDatabase {
  readonly dialect: DialectName;
  /** A SQLAlchemy-style URL of this file's own database (`postgresql://…`, `mysql://…`, `sqlite:////…`). */
  readonly url: string;
  /** The database name on the server, or the SQLite file path. */
  readonly name: string;
  /** The server's administrative URL (PostgreSQL, MariaDB), for tests that must act from outside, e.g. kill a session. */
  readonly adminUrl: string;
}

export function newDatabaseName(): string {
  const minutes = Math.floor(Date.now() / 60_000);
  return `${TEST_DATABASE_PREFIX}${minutes}_${process.pid}_${randomBytes(3).toString('hex')}`;
}

export async function createTestDatabase(dialect: DialectName, server: DialectServer): Promise<TestDatabase> {
  if (!server.available) throw new Error(`${dialect} is unavailable: ${server.reason}`);
  const name = newDatabaseName();
  if (dialect === 'sqlite') {
    const dir = join(tmpdir(), 'retort-test');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${name}.db`);
    // A zero-byte file is a valid empty SQLite database; creating it makes the database exist, as on the servers.
    writeFileSync(path, '');
    return { dialect, name: path, url: `sqlite:///${path}`, adminUrl: server.adminUrl };
  }
  await createDatabase(dialect, server.adminUrl, name);
  const url = withDatabase(server.adminUrl, name).replace(/^postgres(ql)?:/, 'postgresql:');
  return { dialect, name, url, adminUrl: server.adminUrl };
}

export async function dropTestDatabase(database: TestDatabase): Promise<void> {
  if (database.dialect === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      rmSync(`${database.name}${suffix}`, { force: true });
    return;
  }
  await dropDatabase(database.dialect, database.adminUrl, database.name);
}
