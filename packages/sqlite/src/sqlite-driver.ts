// The driver adapter on better-sqlite3 (SQLAlchemy's pysqlite): raw-array rows, safeIntegers per
// statement, a per-connection prepared-statement cache, cursors over stmt.iterate(), explicit
// BEGIN/COMMIT/ROLLBACK and the AUTOCOMMIT / READ UNCOMMITTED isolation levels. SQLiteDialect
// builds its ConnectionLifecycle from connectSQLite().
import type {
  ConnectionLifecycle,
  DriverColumn,
  DriverConnection,
  DriverCursor,
  DriverResult,
  ExecuteOptions,
} from '@retort/core';
import Database from 'better-sqlite3';

type Params = readonly unknown[] | Readonly<Record<string, unknown>>;
type Statement = Database.Statement<unknown[], unknown>;

export interface SQLiteConnectOptions {
  /** A file path, or ':memory:'. */
  readonly filename: string;
  /** Seconds to wait on a locked database (SQLite's busy timeout; pysqlite's `timeout`, default 5). */
  readonly timeout: number;
  readonly readonly: boolean;
  /** Options handed to better-sqlite3 as given (createEngine's connectArgs). */
  readonly driverOptions: Readonly<Record<string, unknown>>;
}

/** Prepared statements kept per connection; preparing is a large part of a small query's cost. */
const STATEMENT_CACHE_SIZE = 200;

let serial = 0;

/** better-sqlite3 binds numbers, bigints, strings, buffers and null; SQLite has no booleans. */
function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function needsConversion(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}

function toBindings(params: Params): unknown[] | Record<string, unknown> {
  if (Array.isArray(params)) {
    for (const value of params) if (needsConversion(value)) return params.map(bindable);
    return params as unknown[];
  }
  const named = params as Readonly<Record<string, unknown>>;
  for (const key in named)
    if (needsConversion(named[key])) {
      return Object.fromEntries(Object.entries(named).map(([k, v]) => [k, bindable(v)]));
    }
  return named as Record<string, unknown>;
}

function columnsOf(statement: Statement): DriverColumn[] {
  return statement.columns().map((c) => ({ name: c.name, typeId: c.type ?? undefined }));
}

/**
 * DDL can change what a prepared `SELECT *` returns, and so can rolling it back (SQLite's DDL is
 * transactional): cached column lists are dropped after either.
 */
const SCHEMA_CHANGE = /^\s*(?:create|drop|alter|rollback)\b/i;

export class SQLiteDriverConnection implements DriverConnection {
  readonly description: string;
  /** No BEGIN/COMMIT/ROLLBACK is sent: each statement commits by itself (isolation level AUTOCOMMIT). */
  autocommit = false;
  private readonly statements = new Map<string, Statement>();
  /**
   * Column lists of cached statements: better-sqlite3's columns() builds an object per column on
   * every call, several microseconds that a small query would otherwise pay each time.
   */
  private columnLists = new WeakMap<Statement, DriverColumn[]>();

  constructor(readonly raw: Database.Database) {
    this.description = `<better-sqlite3.Database #${++serial}>`;
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      this.statements.delete(sql);
      this.statements.set(sql, statement);
      return statement;
    }
    statement = this.raw.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > STATEMENT_CACHE_SIZE) {
      const oldest = this.statements.keys().next().value as string;
      this.statements.delete(oldest);
    }
    return statement;
  }

  /**
   * The statement's columns, from the cache unless the rows show another width (another
   * connection changed the schema and SQLite prepared the statement again).
   */
  private columns(statement: Statement, rows: readonly (readonly unknown[])[]): DriverColumn[] {
    let columns = this.columnLists.get(statement);
    if (columns === undefined || (rows.length > 0 && (rows[0] as unknown[]).length !== columns.length)) {
      columns = columnsOf(statement);
      this.columnLists.set(statement, columns);
    }
    return columns;
  }

  /** Whether DDL ran since the last COMMIT/ROLLBACK (a ROLLBACK then undoes it). */
  private schemaChanged = false;

  /** After DDL on this connection, column lists are read afresh. */
  private afterWrite(sql: string): void {
    if (SCHEMA_CHANGE.test(sql)) {
      this.columnLists = new WeakMap();
      this.schemaChanged = true;
    }
  }

  async execute(sql: string, params: Params, options: ExecuteOptions = {}): Promise<DriverResult> {
    const statement = this.prepare(sql);
    const bindings = toBindings(params);
    if (statement.reader) {
      statement.raw(true);
      statement.safeIntegers(options.safeIntegers === true);
      const rows = statement.all(bindings) as unknown[][];
      // RETURNING statements change rows too; SQLite counts them as the rows returned.
      return {
        columns: this.columns(statement, rows),
        rows,
        rowcount: statement.readonly ? -1 : rows.length,
      };
    }
    statement.safeIntegers(options.safeIntegers === true);
    const info = statement.run(bindings);
    this.afterWrite(sql);
    return { columns: undefined, rows: [], rowcount: info.changes, lastrowid: info.lastInsertRowid };
  }

  async executeMany(
    sql: string,
    paramSets: readonly Params[],
    options: ExecuteOptions = {},
  ): Promise<DriverResult> {
    const statement = this.prepare(sql);
    statement.safeIntegers(options.safeIntegers === true);
    if (statement.reader) {
      statement.raw(true);
      const rows: unknown[][] = [];
      for (const params of paramSets) rows.push(...(statement.all(toBindings(params)) as unknown[][]));
      return { columns: this.columns(statement, rows), rows, rowcount: rows.length };
    }
    let changes = 0;
    let lastrowid: number | bigint | undefined;
    for (const params of paramSets) {
      const info = statement.run(toBindings(params));
      changes += info.changes;
      lastrowid = info.lastInsertRowid;
    }
    this.afterWrite(sql);
    return { columns: undefined, rows: [], rowcount: changes, lastrowid };
  }

  async openCursor(sql: string, params: Params): Promise<DriverCursor> {
    // A statement of its own: an iterating statement cannot run again until it is finished.
    const statement = this.raw.prepare(sql);
    if (!statement.reader) throw new TypeError('stream() needs a statement that returns rows');
    statement.raw(true);
    const iterator = statement.iterate(toBindings(params)) as IterableIterator<unknown[]>;
    return new SQLiteCursor(columnsOf(statement), iterator);
  }

  async begin(): Promise<void> {
    if (this.autocommit || this.raw.inTransaction) return;
    this.raw.exec('BEGIN');
  }

  async commit(): Promise<void> {
    this.schemaChanged = false;
    if (this.autocommit || !this.raw.inTransaction) return;
    this.raw.exec('COMMIT');
  }

  async rollback(): Promise<void> {
    if (this.schemaChanged) {
      this.columnLists = new WeakMap();
      this.schemaChanged = false;
    }
    if (this.autocommit || !this.raw.inTransaction) return;
    this.raw.exec('ROLLBACK');
  }

  async ping(): Promise<void> {
    this.prepare('SELECT 1').get();
  }

  async setIsolationLevel(level: string): Promise<void> {
    if (level === 'AUTOCOMMIT') {
      this.autocommit = true;
      return;
    }
    this.autocommit = false;
    this.raw.pragma(`read_uncommitted = ${level === 'READ UNCOMMITTED' ? 1 : 0}`);
  }

  async getIsolationLevel(): Promise<string> {
    if (this.autocommit) return 'AUTOCOMMIT';
    const value = this.raw.pragma('read_uncommitted', { simple: true });
    return value === 1 ? 'READ UNCOMMITTED' : 'SERIALIZABLE';
  }

  async close(): Promise<void> {
    this.statements.clear();
    try {
      if (this.raw.open) this.raw.close();
    } catch {
      // Closing must not throw (the contract): a database busy with an iterator is closed by GC.
    }
  }

  onIdleError(_listener: (error: unknown) => void): void {
    // An embedded database has no server that could drop an idle connection.
  }
}

class SQLiteCursor implements DriverCursor {
  private done = false;

  constructor(
    readonly columns: readonly DriverColumn[],
    private readonly iterator: IterableIterator<unknown[]>,
  ) {}

  async fetch(size: number): Promise<readonly (readonly unknown[])[]> {
    const rows: unknown[][] = [];
    while (!this.done && rows.length < size) {
      const next = this.iterator.next();
      if (next.done) this.done = true;
      else rows.push(next.value);
    }
    return rows;
  }

  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.iterator.return?.();
  }
}

/** Opens a database (a file is created when missing, as sqlite3.connect does). */
export async function connectSQLite(options: SQLiteConnectOptions): Promise<SQLiteDriverConnection> {
  const db = new Database(options.filename, {
    timeout: options.timeout * 1000,
    readonly: options.readonly,
    ...options.driverOptions,
  });
  return new SQLiteDriverConnection(db);
}

/** The lifecycle the pool drives: open, reset, ping, close. */
export function sqliteLifecycle(
  options: SQLiteConnectOptions,
  isDisconnect: (error: unknown) => boolean,
): ConnectionLifecycle<DriverConnection> {
  const own = (c: DriverConnection) => c as SQLiteDriverConnection;
  return {
    create: () => connectSQLite(options),
    rollback: (c) => own(c).rollback(),
    commit: (c) => own(c).commit(),
    close: (c) => own(c).close(),
    ping: (c) => own(c).ping(),
    isDisconnect,
    onIdleError: (c, listener) => c.onIdleError(listener),
    describe: (c) => c.description,
  };
}
