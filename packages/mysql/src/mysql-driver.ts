// The mysql2 driver adapter: opens raw mysql2 connections with Retort's settings (array rows,
// raw-form values, UTC session, found-rows semantics, a bounded connect timeout) and runs
// statements, streams and transactions for the engine. MySQLDialect builds its ConnectionLifecycle from it.

import type { Readable } from 'node:stream';
import {
  ArgumentError,
  type ConnectionLifecycle,
  type DriverColumn,
  type DriverConnection,
  type DriverCursor,
  type DriverResult,
  type ExecuteOptions,
} from '@retort/core';
import mysql from 'mysql2';
import { mysqlConnectError } from './mysql-errors';
import { formatMySQL } from './mysql-format';
import { insertManyStatements, insertValuesParts, MAX_STMT_LENGTH } from './mysql-insert-many';

export { formatMySQL } from './mysql-format';

/** Where and how to connect; built from a URL by mysqlConnectOptions or given directly. */
export interface MySQLConnectOptions {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password?: string | undefined;
  readonly database?: string | undefined;
  /** A Unix socket path; when set, host and port are not used. */
  readonly socketPath?: string | undefined;
  /** Milliseconds to wait for the server before the connect fails with an OperationalError. */
  readonly connectTimeoutMs: number;
  /** The connection character set (`utf8mb4` unless the URL says otherwise). */
  readonly charset?: string | undefined;
  readonly ssl?: mysql.ConnectionOptions['ssl'];
  /** Further mysql2 connection options, given as they are (createEngine's connectArgs). */
  readonly driverOptions?: Readonly<Record<string, unknown>> | undefined;
}

type MySQLResult = mysql.ResultSetHeader | unknown[][];

let connectionCounter = 0;

/** Opens one raw connection; failures (refused, unknown host, bad credentials, timeout) are OperationalErrors. */
export async function connectMySQL(options: MySQLConnectOptions): Promise<MySQLDriverConnection> {
  const raw = mysql.createConnection({
    ...options.driverOptions,
    host: options.host,
    port: options.port,
    user: options.user,
    password: options.password,
    database: options.database,
    socketPath: options.socketPath,
    connectTimeout: options.connectTimeoutMs,
    charset: options.charset ?? 'utf8mb4',
    ssl: options.ssl,
    // The raw forms of raw-forms.md: text for dates, decimals, big integers and JSON; BIT stays a Buffer.
    rowsAsArray: true,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    jsonStrings: true,
    timezone: 'Z',
    // UPDATE's rowcount counts matched rows, as SQLAlchemy's MySQL dialects ask with CLIENT_FOUND_ROWS.
    flags: ['FOUND_ROWS'],
    multipleStatements: false,
  });
  // Attached before connecting: an 'error' event without a listener would crash the process.
  const connection = new MySQLDriverConnection(raw, ++connectionCounter);
  try {
    await new Promise<void>((resolve, reject) => raw.connect((error) => (error ? reject(error) : resolve())));
    // autocommit off, as PyMySQL connects: the server opens a transaction with the first statement,
    // so begin() costs no round trip and COMMIT/ROLLBACK end it.
    await connection.execute("SET time_zone = '+00:00', autocommit = 0", []);
  } catch (error) {
    await connection.close();
    throw mysqlConnectError(error, options);
  }
  return connection;
}

/** What a pool needs to make, reset, check and close mysql2 connections (MySQLDialect.createConnectionLifecycle). */
export function mysqlLifecycle(
  options: MySQLConnectOptions,
  isDisconnect: (error: unknown) => boolean,
): ConnectionLifecycle<DriverConnection> {
  const own = (c: DriverConnection) => c as MySQLDriverConnection;
  return {
    create: () => connectMySQL(options),
    rollback: (c) => own(c).rollback(),
    commit: (c) => own(c).commit(),
    close: (c) => own(c).close(),
    ping: (c) => own(c).ping(),
    isDisconnect,
    onIdleError: (c, listener) => c.onIdleError(listener),
    describe: (c) => c.description,
  };
}

/** mysql2 takes positional parameters only here; a name-keyed object is a mistake of the caller. */
function positional(params: readonly unknown[] | Readonly<Record<string, unknown>>): readonly unknown[] {
  if (Array.isArray(params)) return params as readonly unknown[];
  throw new ArgumentError(
    'mysql2 takes positional parameters (?): pass an array of values, not an object keyed by name',
  );
}

function describeFields(fields: readonly mysql.FieldPacket[]): DriverColumn[] {
  return fields.map((field) => ({ name: field.name, typeId: field.columnType ?? field.type }));
}

function toRowId(id: number | string): number | bigint {
  return typeof id === 'number' ? id : BigInt(id);
}

/** One mysql2 connection as the engine uses it. */
export class MySQLDriverConnection implements DriverConnection {
  readonly raw: mysql.Connection;
  readonly description: string;
  /** Under AUTOCOMMIT (the server's autocommit on), commit/rollback send nothing: every statement commits by itself. */
  autocommit = false;
  private ended = false;
  private readonly idleListeners: ((error: unknown) => void)[] = [];
  /** PyMySQL's max_stmt_length, lowered to the server's max_allowed_packet (read once, when first needed). */
  private statementBytes: number | undefined;

  constructor(raw: mysql.Connection, id: number) {
    this.raw = raw;
    this.description = `<mysql2.Connection #${id}>`;
    raw.on('error', (error: unknown) => {
      this.ended = true;
      for (const listener of this.idleListeners) listener(error);
    });
    raw.on('end', () => {
      this.ended = true;
    });
  }

  /** True once the socket is gone (closed by us, or the server went away). */
  get closed(): boolean {
    return this.ended;
  }

  /** The version the server announced (`8.0.36`, `5.5.5-10.11.6-MariaDB-…`), from the handshake. */
  get serverVersion(): string {
    const handshake = (this.raw as unknown as { _handshakePacket?: { serverVersion?: unknown } })
      ._handshakePacket;
    return typeof handshake?.serverVersion === 'string' ? handshake.serverVersion : '';
  }

  /** MariaDB announces itself in the version string. */
  get isMariaDB(): boolean {
    return /mariadb/i.test(this.serverVersion);
  }

  /** The version as numbers (`[10, 11, 6]`); MariaDB's `5.5.5-` replication prefix is skipped. */
  get serverVersionInfo(): number[] {
    const text = this.serverVersion.replace(/^5\.5\.5-/, '');
    const match = /^(\d+)\.(\d+)\.(\d+)/.exec(text);
    return match ? match.slice(1, 4).map(Number) : [];
  }

  private run(sql: string): Promise<[MySQLResult, mysql.FieldPacket[] | undefined]> {
    return new Promise((resolve, reject) => {
      this.raw.query<mysql.ResultSetHeader>(sql, (error, result, fields) => {
        if (error) reject(error);
        else resolve([result as MySQLResult, fields as mysql.FieldPacket[] | undefined]);
      });
    });
  }

  private format(sql: string, params: readonly unknown[] | Readonly<Record<string, unknown>>): string {
    const values = positional(params);
    return values.length === 0 ? sql : formatMySQL(sql, values, (value) => this.raw.escape(value));
  }

  async execute(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
    _options?: ExecuteOptions,
  ): Promise<DriverResult> {
    const [result, fields] = await this.run(this.format(sql, params));
    if (Array.isArray(result)) {
      return { columns: describeFields(fields ?? []), rows: result, rowcount: result.length };
    }
    return {
      columns: undefined,
      rows: [],
      rowcount: result.affectedRows,
      lastrowid: result.insertId ? toRowId(result.insertId) : undefined,
    };
  }

  async executeMany(
    sql: string,
    paramSets: readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[],
    options?: ExecuteOptions,
  ): Promise<DriverResult> {
    let rowcount = 0;
    let columns: readonly DriverColumn[] | undefined;
    let lastrowid: number | bigint | undefined;
    const rows: (readonly unknown[])[] = [];
    const parts = paramSets.length > 1 ? insertValuesParts(sql) : undefined;
    if (parts !== undefined) {
      const statements = insertManyStatements(
        parts,
        paramSets.map(positional),
        (value) => this.raw.escape(value),
        await this.maxStatementBytes(),
      );
      if (statements !== undefined) {
        // As PyMySQL: rowcount sums the statements, lastrowid is the last statement's (its first row's id).
        for (const statement of statements) {
          const [result] = await this.run(statement);
          if (Array.isArray(result)) continue;
          rowcount += result.affectedRows;
          lastrowid = result.insertId ? toRowId(result.insertId) : lastrowid;
        }
        return { columns, rows, rowcount, lastrowid };
      }
    }
    for (const params of paramSets) {
      const result = await this.execute(sql, params, options);
      rowcount += Math.max(result.rowcount, 0);
      columns ??= result.columns;
      lastrowid = result.lastrowid ?? lastrowid;
      for (const row of result.rows) rows.push(row);
    }
    return { columns, rows, rowcount, lastrowid };
  }

  /** The longest rewritten executemany statement: PyMySQL's 1024000 bytes, or less when the server allows less. */
  private async maxStatementBytes(): Promise<number> {
    if (this.statementBytes === undefined) {
      const [result] = await this.run('SELECT @@max_allowed_packet');
      const packet = Array.isArray(result) ? Number((result[0] as unknown[] | undefined)?.[0]) : Number.NaN;
      // Room for the packet header and the command byte.
      this.statementBytes = Number.isFinite(packet)
        ? Math.min(MAX_STMT_LENGTH, packet - 1024)
        : MAX_STMT_LENGTH;
    }
    return this.statementBytes;
  }

  /** Streams the result unbuffered (mysql2 `query().stream()`): the socket pauses while read batches wait. */
  async openCursor(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
  ): Promise<DriverCursor> {
    const query = this.raw.query(this.format(sql, params));
    const cursor = new MySQLStream(query);
    await cursor.ready;
    return cursor;
  }

  /** Nothing to send: with autocommit off the server begins the transaction at the next statement. */
  async begin(): Promise<void> {}

  async commit(): Promise<void> {
    if (this.autocommit) return;
    await this.run('COMMIT');
  }

  async rollback(): Promise<void> {
    if (this.autocommit) return;
    await this.run('ROLLBACK');
  }

  /** Rejects when the connection is dead (pool pre-ping). */
  ping(): Promise<void> {
    return new Promise((resolve, reject) => this.raw.ping((error) => (error ? reject(error) : resolve())));
  }

  /** Sets the level of the following transactions, or turns AUTOCOMMIT on. Levels are checked by the caller. */
  async setIsolationLevel(level: string): Promise<void> {
    if (level === 'AUTOCOMMIT') {
      if (!this.autocommit) await this.run('SET autocommit = 1');
      this.autocommit = true;
      return;
    }
    if (this.autocommit) await this.run('SET autocommit = 0');
    this.autocommit = false;
    await this.run(`SET SESSION TRANSACTION ISOLATION LEVEL ${level}`);
  }

  /** The level the next transaction runs at (`REPEATABLE READ`), or `AUTOCOMMIT`. */
  async getIsolationLevel(): Promise<string> {
    if (this.autocommit) return 'AUTOCOMMIT';
    // MySQL 8 and MariaDB 11.1+ name it transaction_isolation; older servers only tx_isolation.
    const [result] = await this.run('SELECT @@transaction_isolation').catch(() =>
      this.run('SELECT @@tx_isolation'),
    );
    const value = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : undefined;
    return globalThis.String(value).replace(/-/g, ' ').toUpperCase();
  }

  /** Closes the socket; never throws, and gives up waiting on a server that no longer answers. */
  async close(): Promise<void> {
    if (this.ended) {
      this.raw.destroy();
      return;
    }
    this.ended = true;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.raw.destroy();
        resolve();
      }, 1000);
      timer.unref();
      this.raw.end(() => {
        clearTimeout(timer);
        this.raw.destroy();
        resolve();
      });
    });
  }

  onIdleError(listener: (error: unknown) => void): void {
    this.idleListeners.push(listener);
  }
}

/** Reads rows of a streaming query in batches; the stream's buffer bounds memory, then the socket pauses. */
class MySQLStream implements DriverCursor {
  columns: readonly DriverColumn[] = [];
  /** Settles once the columns are known (or the statement turned out to return none). */
  readonly ready: Promise<void>;
  private readonly stream: Readable;
  private ended = false;
  private failure: unknown;
  private wake: (() => void) | undefined;

  constructor(query: mysql.Query) {
    this.stream = query.stream({ highWaterMark: 64 });
    this.ready = new Promise<void>((resolve, reject) => {
      query.on('fields', (fields: unknown) => {
        this.columns = describeFields(fields as mysql.FieldPacket[]);
        resolve();
      });
      this.stream.on('error', (error: unknown) => {
        this.failure = error;
        reject(error);
        this.signal();
      });
      this.stream.on('end', () => {
        this.ended = true;
        resolve();
        this.signal();
      });
      this.stream.on('readable', () => this.signal());
    });
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async fetch(size: number): Promise<readonly (readonly unknown[])[]> {
    const rows: (readonly unknown[])[] = [];
    const wanted = Math.max(1, Math.floor(size));
    while (rows.length < wanted) {
      if (this.failure !== undefined) throw this.failure;
      const row: unknown = this.stream.read();
      if (row !== null) {
        rows.push(row as readonly unknown[]);
        continue;
      }
      if (this.ended) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    return rows;
  }

  /** Reads and discards what is left: the protocol allows no other command until the result is consumed. */
  async close(): Promise<void> {
    while (!this.ended && this.failure === undefined) await this.fetch(1000);
  }
}
