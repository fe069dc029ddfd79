// Creates the fresh database one bench run uses on each server (and drops it afterwards), and
// holds the raw admin connection that seeds and resets its data between workloads. Only the
// database this module created is ever dropped. Used by the CLI and by the W7 child processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { schemaDdl, seedSql } from './dataset';
import type { BenchTarget, DbKind } from './system';

/** Servers as in the test kit: the local PostgreSQL and MariaDB unless the environment says otherwise. */
const SERVER_URLS: Readonly<Record<'pg' | 'mysql', string>> = {
  pg: process.env.RETORT_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  mysql: process.env.RETORT_BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/mysql',
};

/** Bench databases are named `retort_bench_<pid>_<time>`, so no run can collide with another or a real database. */
function benchDatabaseName(): string {
  return `retort_bench_${process.pid}_${Date.now().toString(36)}`;
}

interface ServerParts {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

function serverParts(url: string, defaultPort: number): ServerParts {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port) || defaultPort,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

function retortUrl(db: 'pg' | 'mysql', parts: ServerParts, database: string): string {
  const auth = `${encodeURIComponent(parts.user)}${parts.password ? `:${encodeURIComponent(parts.password)}` : ''}`;
  const scheme = db === 'pg' ? 'postgresql' : 'mysql';
  return `${scheme}://${auth}@${parts.host}:${parts.port}/${database}`;
}

/** Runs plain SQL on the bench database through the raw driver: DDL, seeding, resets. */
export interface AdminConnection {
  run(sql: string): Promise<void>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export class BenchDatabase {
  private constructor(
    readonly target: BenchTarget,
    private readonly dropIt: () => Promise<void>,
  ) {}

  /** Creates an empty database on the server for `db` (a temporary file for SQLite). */
  static async create(db: DbKind): Promise<BenchDatabase> {
    if (db === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'retort-bench-'));
      const file = join(dir, 'bench.db');
      new Database(file).close();
      const target: BenchTarget = {
        db,
        url: `sqlite:///${file}`,
        host: '',
        port: 0,
        user: '',
        password: '',
        database: 'main',
        file,
      };
      return new BenchDatabase(target, async () => rmSync(dir, { recursive: true, force: true }));
    }
    const parts = serverParts(SERVER_URLS[db], db === 'pg' ? 5432 : 3306);
    const name = benchDatabaseName();
    const server = await openServer(db, parts);
    try {
      await server.run(
        db === 'pg' ? `CREATE DATABASE "${name}"` : `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`,
      );
    } finally {
      await server.close();
    }
    const target: BenchTarget = { db, url: retortUrl(db, parts, name), ...parts, database: name, file: '' };
    return new BenchDatabase(target, async () => {
      const admin = await openServer(db, parts);
      try {
        await admin.run(
          db === 'pg'
            ? `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`
            : `DROP DATABASE IF EXISTS \`${name}\``,
        );
      } finally {
        await admin.close();
      }
    });
  }

  /** A raw connection to this bench database. */
  admin(): Promise<AdminConnection> {
    return openTarget(this.target);
  }

  async drop(): Promise<void> {
    await this.dropIt();
  }
}

/** Creates the tables and seeds `users` users. */
export async function createSchema(admin: AdminConnection, db: DbKind, users: number): Promise<void> {
  for (const sql of schemaDdl(db)) await admin.run(sql);
  await seed(admin, db, users);
}

export async function seed(admin: AdminConnection, db: DbKind, users: number): Promise<void> {
  for (const sql of seedSql(db, users)) await admin.run(sql);
}

export function openTarget(target: BenchTarget): Promise<AdminConnection> {
  if (target.db === 'sqlite') {
    const sqlite = new Database(target.file);
    return Promise.resolve({
      run: async (sql) => {
        sqlite.exec(sql);
      },
      count: async (table) =>
        Number((sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n),
      close: async () => {
        sqlite.close();
      },
    });
  }
  const { host, port, user, password, database } = target;
  return openServer(target.db, { host, port, user, password, database });
}

/** Untimed, before each workload: fresh planner statistics and no dead rows from the last one's writes. */
export function settleSql(db: DbKind): string {
  return db === 'pg'
    ? 'VACUUM ANALYZE users, posts'
    : db === 'mysql'
      ? 'ANALYZE TABLE users, posts'
      : 'ANALYZE';
}

async function openServer(db: 'pg' | 'mysql', parts: ServerParts): Promise<AdminConnection> {
  if (db === 'pg') {
    const client = new pg.Client({ ...parts, connectionTimeoutMillis: 5000 });
    client.on('error', () => {});
    await client.connect();
    return {
      run: async (sql) => {
        await client.query(sql);
      },
      count: async (table) => Number((await client.query(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n),
      close: () => client.end(),
    };
  }
  const connection = await mysql.createConnection({ ...parts, connectTimeout: 5000 });
  connection.on('error', () => {});
  return {
    run: async (sql) => {
      await connection.query(sql);
    },
    count: async (table) => {
      const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number((rows as { n: number }[])[0]?.n);
    },
    close: () => connection.end(),
  };
}
