// The node-postgres driver adapter: opens raw `pg.Client` connections with Retort's settings
// (array rows, raw-form type parsers, TimeZone=UTC, a bounded connect timeout) and runs statements,
// cursors and transactions for the engine. PGDialect builds its ConnectionLifecycle from it.
import {
  ArgumentError,
  type ConnectionLifecycle,
  type DriverColumn,
  type DriverConnection,
  type DriverCursor,
  type DriverResult,
  type ExecuteOptions,
} from '@retort/core';
import pg from 'pg';
import { pgConnectError } from './pg-errors';
import { executeBatchPages } from './pg-execute-batch';

/** Where and how to connect; built from a URL by parsePGUrl or given directly. */
export interface PGConnectOptions {
  /** A host name, an address, or a directory holding the server's Unix socket. */
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password?: string | undefined;
  readonly database: string;
  /** Milliseconds to wait for the server before the connect fails with an OperationalError. */
  readonly connectTimeoutMs: number;
  readonly applicationName?: string | undefined;
  readonly ssl?: pg.ClientConfig['ssl'];
  /** Extra run-time settings sent at startup as `-c name=value` (TimeZone=UTC is always sent). */
  readonly serverSettings?: Readonly<Record<string, string>> | undefined;
  /** Further pg.Client options, given as they are (createEngine's connectArgs). */
  readonly driverOptions?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Named prepared statements kept per connection for cached compiled statements (the least
   * recently used are deallocated beyond it); 0 turns them off, as for a pgbouncer in transaction
   * mode. SQLAlchemy's asyncpg dialect has the same `prepared_statement_cache_size`, default 100.
   */
  readonly preparedStatementCacheSize?: number | undefined;
}

/** Prepared statements per connection unless the URL says otherwise. */
export const DEFAULT_PREPARED_STATEMENT_CACHE_SIZE = 100;

/** Statements per round trip when executeMany batches (psycopg2's execute_batch page size). */
export const EXECUTEMANY_PAGE_SIZE = 100;

/**
 * The raw forms of raw-forms.md: node-postgres parses bool, int2/int4/oid, float4/float8 and bytea;
 * everything else (int8, numeric, dates, json, uuid, arrays, enums …) stays the server's text for
 * the dialect's type processors. Shared by every client; never touches pg's global parsers.
 */
const byteaParser = pg.types.getTypeParser(17, 'text');
const parseBool = (value: string): boolean => value === 't';
const parseInt10 = (value: string): number => Number.parseInt(value, 10);
const parseFloatText = (value: string): number => Number.parseFloat(value);
const keepText = (value: string): string => value;

function rawFormParser(oid: number): (value: string) => unknown {
  switch (oid) {
    case 16:
      return parseBool;
    case 21:
    case 23:
    case 26:
      return parseInt10;
    case 700:
    case 701:
      return parseFloatText;
    case 17:
      return byteaParser;
    default:
      return keepText;
  }
}

export const PG_RAW_FORM_TYPES: pg.CustomTypesConfig = {
  getTypeParser: rawFormParser as pg.CustomTypesConfig['getTypeParser'],
};

let connectionCounter = 0;

/** Opens one raw connection; failures (refused, unknown host, bad credentials, timeout) are OperationalErrors. */
export async function connectPG(options: PGConnectOptions): Promise<PGDriverConnection> {
  const settings = { TimeZone: 'UTC', ...options.serverSettings };
  const client = new pg.Client({
    ...options.driverOptions,
    host: options.host,
    port: options.port,
    user: options.user,
    password: options.password,
    database: options.database,
    application_name: options.applicationName,
    ssl: options.ssl,
    options: Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value.replace(/([\\ ])/g, '\\$1')}`)
      .join(' '),
    types: PG_RAW_FORM_TYPES,
    connectionTimeoutMillis: options.connectTimeoutMs,
  });
  // Attached before connecting: an 'error' event without a listener would crash the process.
  const connection = new PGDriverConnection(
    client,
    ++connectionCounter,
    options.preparedStatementCacheSize ?? DEFAULT_PREPARED_STATEMENT_CACHE_SIZE,
  );
  try {
    await client.connect();
  } catch (error) {
    await connection.close();
    throw pgConnectError(error, options);
  }
  return connection;
}

/** What a pool needs to make, reset, check and close pg connections (PGDialect.createConnectionLifecycle). */
export function pgLifecycle(
  options: PGConnectOptions,
  isDisconnect: (error: unknown) => boolean,
): ConnectionLifecycle<DriverConnection> {
  const own = (c: DriverConnection) => c as PGDriverConnection;
  return {
    create: () => connectPG(options),
    rollback: (c) => own(c).rollback(),
    commit: (c) => own(c).commit(),
    close: (c) => own(c).close(),
    ping: (c) => own(c).ping(),
    isDisconnect,
    onIdleError: (c, listener) => c.onIdleError(listener),
    describe: (c) => c.description,
  };
}

/** pg accepts positional parameters only; a name-keyed object is a mistake of the caller. */
function positional(params: readonly unknown[] | Readonly<Record<string, unknown>>): unknown[] {
  if (Array.isArray(params)) return params as unknown[];
  throw new ArgumentError(
    'pg takes positional parameters ($1, $2, …): pass an array of values, not an object keyed by name',
  );
}

function describeFields(fields: readonly pg.FieldDef[]): DriverColumn[] {
  return fields.map((field) => ({ name: field.name, typeId: field.dataTypeID }));
}

/** SQLSTATEs after which a named statement is gone or stale: it is prepared afresh next time. */
const STALE_STATEMENT = new Set([
  '26000', // invalid_sql_statement_name: DEALLOCATE ALL / DISCARD ALL ran on this session
  '0A000', // feature_not_supported: "cached plan must not change result type" after DDL
]);

/** pg.Client's record of the statements it parsed (name → text), to forget a deallocated one. */
interface ParsedStatements {
  readonly parsedStatements?: Record<string, string>;
}

/** One `pg.Client` as the engine uses it. */
export class PGDriverConnection implements DriverConnection {
  readonly raw: pg.Client;
  readonly description: string;
  /** Under AUTOCOMMIT, begin/commit/rollback send nothing: every statement commits by itself. */
  autocommit = false;
  /**
   * The server's transaction status from its last ReadyForQuery: `I` idle, `T` in a transaction,
   * `E` in a failed one. As psycopg2 does, commit/rollback send nothing when idle.
   */
  private transactionStatus = 'I';
  /** Counts transactions that ended: a cursor declared in an earlier one is already gone. */
  private transactionSerial = 0;
  private ended = false;
  private cursorCounter = 0;
  private readonly idleListeners: ((error: unknown) => void)[] = [];
  /**
   * Named prepared statements on this session, least recently used first: the engine's name for a
   * cached compiled form → the server's name (the same, or suffixed when it had to be prepared again).
   */
  private readonly prepared = new Map<string, string>();
  /** Server names to DEALLOCATE once no transaction is open (a failing DEALLOCATE must not abort one). */
  private readonly deallocate: string[] = [];
  /** Server names that may exist on this session (prepared, or not yet deallocated). */
  private readonly serverNames = new Set<string>();
  private preparedSerial = 0;

  constructor(
    client: pg.Client,
    id: number,
    private readonly preparedStatementCacheSize = DEFAULT_PREPARED_STATEMENT_CACHE_SIZE,
  ) {
    this.raw = client;
    this.description = `<pg.Client #${id}>`;
    client.on('error', (error) => {
      for (const listener of this.idleListeners) listener(error);
    });
    client.on('end', () => {
      this.ended = true;
    });
    client.connection.on('readyForQuery', (message: { status?: string }) => {
      const status = message.status ?? 'I';
      if (status === 'I' && this.transactionStatus !== 'I') this.transactionSerial++;
      this.transactionStatus = status;
    });
  }

  /** A transaction is open on the server (possibly failed, waiting for ROLLBACK). */
  get inTransaction(): boolean {
    return this.transactionStatus !== 'I';
  }

  /** True once the socket is gone (closed by us, or the server went away). */
  get closed(): boolean {
    return this.ended;
  }

  async execute(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
    options?: ExecuteOptions,
  ): Promise<DriverResult> {
    const config: pg.QueryArrayConfig = { text: sql, values: positional(params), rowMode: 'array' };
    const preparedName = options?.preparedName;
    if (preparedName !== undefined && this.preparedStatementCacheSize > 0) {
      if (this.deallocate.length > 0 && !this.inTransaction) this.flushDeallocate();
      config.name = this.serverName(preparedName);
    }
    let result: pg.QueryArrayResult | pg.QueryArrayResult[];
    try {
      result = (await this.raw.query(config)) as pg.QueryArrayResult | pg.QueryArrayResult[];
    } catch (error) {
      if (config.name !== undefined && preparedName !== undefined)
        this.afterPreparedError(preparedName, error);
      throw error;
    }
    // A multi-statement string (simple protocol) answers with one result per statement; the last one counts.
    const last: pg.QueryArrayResult = Array.isArray(result) ? (result.at(-1) as pg.QueryArrayResult) : result;
    return {
      columns: last.fields.length > 0 ? describeFields(last.fields) : undefined,
      rows: last.rows,
      rowcount: last.rowCount ?? -1,
    };
  }

  /**
   * The server name under which to run a cached statement: known ones move to the recent end;
   * a new one may push the least recently used out (deallocated when no transaction is open).
   */
  private serverName(preparedName: string): string {
    const known = this.prepared.get(preparedName);
    if (known !== undefined) {
      this.prepared.delete(preparedName);
      this.prepared.set(preparedName, known);
      return known;
    }
    // A name used before on this session (then evicted or stale) gets a fresh suffix: the server
    // may still hold the old statement until its DEALLOCATE has run.
    const name = this.serverNames.has(preparedName)
      ? `${preparedName}_${++this.preparedSerial}`
      : preparedName;
    this.serverNames.add(name);
    this.prepared.set(preparedName, name);
    if (this.prepared.size > this.preparedStatementCacheSize) {
      const [oldest, oldestName] = this.prepared.entries().next().value as [string, string];
      this.prepared.delete(oldest);
      this.forget(oldestName);
    }
    return name;
  }

  /** Forgets a server statement and queues its DEALLOCATE. */
  private forget(serverName: string): void {
    const parsed = (this.raw as unknown as { connection: ParsedStatements }).connection.parsedStatements;
    // Only a statement the server parsed exists there; DEALLOCATE of an unknown name is an error.
    if (parsed?.[serverName] !== undefined) {
      delete parsed[serverName];
      this.deallocate.push(serverName);
    } else this.serverNames.delete(serverName);
  }

  /** Sends the queued DEALLOCATEs ahead of the next statement (the client queues them in order). */
  private flushDeallocate(): void {
    const names = this.deallocate.splice(0);
    for (const name of names)
      this.raw.query(`DEALLOCATE ${name}`).then(
        () => this.serverNames.delete(name),
        () => undefined,
      );
  }

  /** A named statement the server no longer has, or whose plan went stale, is prepared afresh next time. */
  private afterPreparedError(preparedName: string, error: unknown): void {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !STALE_STATEMENT.has(code)) return;
    const serverName = this.prepared.get(preparedName);
    if (serverName === undefined) return;
    this.prepared.delete(preparedName);
    if (code === '26000') {
      // Already gone from the server: only the client's record is left.
      const parsed = (this.raw as unknown as { connection: ParsedStatements }).connection.parsedStatements;
      if (parsed) delete parsed[serverName];
      this.serverNames.delete(serverName);
    } else this.forget(serverName);
  }

  async executeMany(
    sql: string,
    paramSets: readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[],
    options?: ExecuteOptions,
  ): Promise<DriverResult> {
    let rowcount = 0;
    let columns: readonly DriverColumn[] | undefined;
    const rows: (readonly unknown[])[] = [];
    const pages =
      paramSets.length > 1
        ? executeBatchPages(sql, paramSets.map(positional), EXECUTEMANY_PAGE_SIZE, (text) =>
            this.raw.escapeLiteral(text),
          )
        : undefined;
    if (pages !== undefined) {
      // One round trip per page of statements (simple protocol, one result per statement).
      for (const page of pages) {
        const answered = (await this.raw.query({ text: page, rowMode: 'array' })) as
          | pg.QueryArrayResult
          | pg.QueryArrayResult[];
        for (const result of Array.isArray(answered) ? answered : [answered]) {
          rowcount += Math.max(result.rowCount ?? 0, 0);
          if (columns === undefined && result.fields.length > 0) columns = describeFields(result.fields);
          for (const row of result.rows) rows.push(row);
        }
      }
      return { columns, rows, rowcount };
    }
    for (const params of paramSets) {
      const result = await this.execute(sql, params, options);
      rowcount += Math.max(result.rowcount, 0);
      columns ??= result.columns;
      for (const row of result.rows) rows.push(row);
    }
    return { columns, rows, rowcount };
  }

  /**
   * A server-side cursor (`DECLARE … NO SCROLL CURSOR`), read with `FETCH FORWARD n`. A cursor lives
   * inside a transaction: outside one (AUTOCOMMIT) the cursor opens its own and ends it on close.
   */
  async openCursor(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
  ): Promise<DriverCursor> {
    const name = `retort_cursor_${++this.cursorCounter}`;
    const ownTransaction = !this.inTransaction;
    if (ownTransaction) await this.raw.query('BEGIN');
    try {
      await this.raw.query({
        text: `DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`,
        values: positional(params),
      });
      // FETCH FORWARD 0 returns no row but describes the columns.
      const head = await this.raw.query({ text: `FETCH FORWARD 0 FROM ${name}`, rowMode: 'array' });
      return new PGCursor(this, name, describeFields(head.fields), ownTransaction, this.transactionSerial);
    } catch (error) {
      if (ownTransaction) await this.raw.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async begin(): Promise<void> {
    if (this.deallocate.length > 0 && !this.inTransaction) this.flushDeallocate();
    if (this.autocommit) return;
    await this.raw.query('BEGIN');
  }

  async commit(): Promise<void> {
    if (this.autocommit || !this.inTransaction) return;
    await this.raw.query('COMMIT');
  }

  async rollback(): Promise<void> {
    if (this.autocommit || !this.inTransaction) return;
    await this.raw.query('ROLLBACK');
  }

  /** Rejects when the connection is dead (pool pre-ping). */
  async ping(): Promise<void> {
    await this.raw.query('SELECT 1');
  }

  /**
   * Sets the level of the following transactions (`SET SESSION CHARACTERISTICS …`), or turns
   * AUTOCOMMIT on. Levels are checked against the dialect's list by the caller.
   */
  async setIsolationLevel(level: string): Promise<void> {
    if (level === 'AUTOCOMMIT') {
      this.autocommit = true;
      return;
    }
    this.autocommit = false;
    await this.raw.query(`SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL ${level}`);
  }

  /** The level the next transaction runs at (`READ COMMITTED`), or `AUTOCOMMIT`. */
  async getIsolationLevel(): Promise<string> {
    if (this.autocommit) return 'AUTOCOMMIT';
    const result = await this.raw.query({ text: 'show transaction isolation level', rowMode: 'array' });
    return String(result.rows[0]?.[0]).toUpperCase();
  }

  /** Closes the socket; never throws, and gives up waiting on a server that no longer answers. */
  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const ended = this.raw.end().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.raw.connection.stream.destroy();
        resolve();
      }, 1000);
      timer.unref();
    });
    await Promise.race([ended, gaveUp]);
    clearTimeout(timer);
  }

  onIdleError(listener: (error: unknown) => void): void {
    this.idleListeners.push(listener);
  }

  /** @internal Whether a cursor declared in transaction `serial` still exists. */
  cursorAlive(serial: number): boolean {
    return !this.ended && serial === this.transactionSerial;
  }

  /** @internal Runs cursor statements on this connection. */
  query(text: string): Promise<pg.QueryArrayResult> {
    return this.raw.query({ text, rowMode: 'array' });
  }
}

/** A cursor opened by PGDriverConnection.openCursor. */
class PGCursor implements DriverCursor {
  private closed = false;

  constructor(
    private readonly connection: PGDriverConnection,
    private readonly name: string,
    readonly columns: readonly DriverColumn[],
    private readonly ownTransaction: boolean,
    private readonly transactionSerial: number,
  ) {}

  async fetch(size: number): Promise<readonly (readonly unknown[])[]> {
    if (this.closed) return [];
    const batch = Math.max(1, Math.floor(size));
    return (await this.connection.query(`FETCH FORWARD ${batch} FROM ${this.name}`)).rows;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.connection.cursorAlive(this.transactionSerial)) return;
    await this.connection.query(`CLOSE ${this.name}`);
    if (this.ownTransaction) await this.connection.query('COMMIT');
  }
}
