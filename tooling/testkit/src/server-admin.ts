// Administrative statements on the PostgreSQL and MariaDB test servers, on the raw drivers:
// probing a server, creating and dropping one test database. Used by the global setup and
// by useTestDatabase; Retort itself is never used here, so a broken Retort cannot hide a server.
import mysql from 'mysql2/promise';
import pg from 'pg';

const CONNECT_TIMEOUT_MS = 3000;

/** Databases the kit creates all start with this, followed by a creation time stamp (minutes since epoch). */
export const TEST_DATABASE_PREFIX = 'rt_';

interface ServerAddress {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

export function parseServerUrl(url: string): ServerAddress {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port) || (parsed.protocol.startsWith('postgres') ? 5432 : 3306),
    user:
      decodeURIComponent(parsed.username) || (parsed.protocol.startsWith('postgres') ? 'postgres' : 'root'),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'test',
  };
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Resolves to undefined when the server answers a query, else to the reason it did not. */
export async function probeServer(dialect: 'pg' | 'mysql', url: string): Promise<string | undefined> {
  try {
    await withAdmin(dialect, url, async (query) => {
      await query('SELECT 1');
    });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

export async function createDatabase(dialect: 'pg' | 'mysql', adminUrl: string, name: string): Promise<void> {
  await withAdmin(dialect, adminUrl, async (query) => {
    await query(
      dialect === 'pg' ? `CREATE DATABASE "${name}"` : `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`,
    );
  });
}

export async function dropDatabase(dialect: 'pg' | 'mysql', adminUrl: string, name: string): Promise<void> {
  await withAdmin(dialect, adminUrl, async (query) => {
    // FORCE ends sessions a failed test left open, so cleanup never hangs on them.
    await query(
      dialect === 'pg'
        ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
        : `DROP DATABASE IF EXISTS \`${name}\``,
    );
  });
}

export async function listDatabases(dialect: 'pg' | 'mysql', adminUrl: string): Promise<string[]> {
  return withAdmin(dialect, adminUrl, async (query) => {
    const rows = await query(
      dialect === 'pg'
        ? 'SELECT datname AS name FROM pg_database'
        : 'SELECT schema_name AS name FROM information_schema.schemata',
    );
    return rows.map((row) => String(row.name));
  });
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

async function withAdmin<T>(
  dialect: 'pg' | 'mysql',
  url: string,
  work: (query: Query) => Promise<T>,
): Promise<T> {
  const address = parseServerUrl(url);
  if (dialect === 'pg') {
    const client = new pg.Client({ ...address, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // A server that goes away mid-call must reject the call, not crash the run.
    client.on('error', () => {});
    await client.connect();
    try {
      return await work(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.end().catch(() => {});
    }
  }
  const connection = await mysql.createConnection({ ...address, connectTimeout: CONNECT_TIMEOUT_MS });
  connection.on('error', () => {});
  try {
    return await work(async (sql) => {
      const [rows] = await connection.query(sql);
      return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
    });
  } finally {
    await connection.end().catch(() => {});
  }
}
