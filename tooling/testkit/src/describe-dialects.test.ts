import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { availableDialects, describeDialects, servers } from './describe-dialects';
import type { DialectName } from './dialect-name';
import { listDatabases, parseServerUrl } from './server-admin';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from './test-database';

async function run(db: TestDatabase, sql: string): Promise<unknown[]> {
  if (db.dialect === 'sqlite') {
    const conn = new Database(db.name);
    try {
      const stmt = conn.prepare(sql);
      if (stmt.reader) return stmt.all();
      stmt.run();
      return [];
    } finally {
      conn.close();
    }
  }
  const address = parseServerUrl(db.url);
  if (db.dialect === 'pg') {
    const client = new pg.Client(address);
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const conn = await mysql.createConnection(address);
  try {
    const [rows] = await conn.query(sql);
    return Array.isArray(rows) ? rows : [];
  } finally {
    await conn.end();
  }
}

async function exists(db: TestDatabase): Promise<boolean> {
  if (db.dialect === 'sqlite') return existsSync(db.name);
  return (await listDatabases(db.dialect, db.adminUrl)).includes(db.name);
}

describeDialects('test kit', (db) => {
  it('gives the file its own empty database that it can write to', async () => {
    expect(await exists(db)).toBe(true);
    await run(db, 'CREATE TABLE kit_probe (id INTEGER PRIMARY KEY, note VARCHAR(20))');
    await run(db, "INSERT INTO kit_probe (id, note) VALUES (1, 'mine')");
    expect(await run(db, 'SELECT note FROM kit_probe')).toEqual([{ note: 'mine' }]);
  });

  it("isolates: a second database does not see this one's tables, and is gone after dropping", async () => {
    const other = await createTestDatabase(db.dialect, servers()[db.dialect]);
    try {
      expect(other.name).not.toBe(db.name);
      await expect(run(other, 'SELECT note FROM kit_probe')).rejects.toThrow(/kit_probe/);
    } finally {
      await dropTestDatabase(other);
    }
    expect(await exists(other)).toBe(false);
  });
});

describe('servers found for this run', () => {
  const seen: DialectName[] = availableDialects();
  afterAll(() => {
    // The summary reporter relies on this: every available dialect declared its tests above.
    expect(seen.length).toBeGreaterThan(0);
  });
  it('reports each dialect as available or with a reason', () => {
    for (const [name, server] of Object.entries(servers())) {
      if (server.available) expect(server.adminUrl, name).toMatch(/^(postgresql|mysql|sqlite):/);
      else expect(server.reason, name).toMatch(/\w/);
    }
  });
});
