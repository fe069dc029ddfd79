// The execution half of the dialect contract: what a dialect package's driver adapter offers
// the engine (SQLAlchemy's DBAPI connection plus the dialect's do_execute/do_commit/…).
// Core never imports a driver; `@retort/pg`, `@retort/mysql`, `@retort/sqlite` implement these.

/** One column of a result, as the driver describes it. */
export interface DriverColumn {
  readonly name: string;
  /** The driver's type identifier (a PostgreSQL OID, a MySQL type code), when it has one. */
  readonly typeId?: number | string | undefined;
}

export interface DriverResult {
  /** Undefined for statements that return no rows (INSERT without RETURNING, DDL). */
  readonly columns: readonly DriverColumn[] | undefined;
  /** Rows as arrays, in column order. */
  readonly rows: readonly (readonly unknown[])[];
  /** Rows matched (UPDATE/DELETE, as SQLAlchemy defines rowcount), inserted, or -1 when unknown. */
  readonly rowcount: number;
  /** The driver's last inserted row id (MySQL insertId, SQLite lastInsertRowid). */
  readonly lastrowid?: number | bigint | undefined;
}

export interface ExecuteOptions {
  /** A name under which the driver may keep a prepared statement (PostgreSQL named statements). */
  readonly preparedName?: string | undefined;
  /** The statement returns rows (SELECT, RETURNING); lets SQLite choose all() over run(). */
  readonly returnsRows?: boolean;
  /** A result column is a BigInteger: SQLite returns integers as bigint for this statement (safeIntegers). */
  readonly safeIntegers?: boolean;
}

/** Rows read in batches from a server-side cursor; `close()` releases it early. */
export interface DriverCursor {
  readonly columns: readonly DriverColumn[];
  /** The next batch of up to `size` rows; empty when the cursor is exhausted. */
  fetch(size: number): Promise<readonly (readonly unknown[])[]>;
  close(): Promise<void>;
}

/** A raw driver connection (a `pg.Client`, a mysql2 connection, a better-sqlite3 `Database`) as the engine uses it. */
export interface DriverConnection {
  /** The driver's own connection object, for `execDriverSql` users and events (SQLAlchemy's dbapi_connection). */
  readonly raw: unknown;
  /** A stable, readable identity for echo (`<pg.Client #3>`). */
  readonly description: string;
  execute(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
    options?: ExecuteOptions,
  ): Promise<DriverResult>;
  /** Runs one statement per parameter set; rowcount is the total. */
  executeMany(
    sql: string,
    paramSets: readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[],
    options?: ExecuteOptions,
  ): Promise<DriverResult>;
  /** Opens a server-side cursor (streaming without buffering the whole result). */
  openCursor(
    sql: string,
    params: readonly unknown[] | Readonly<Record<string, unknown>>,
  ): Promise<DriverCursor>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Closes the connection; never throws. */
  close(): Promise<void>;
  /** Listens for errors raised while the connection is idle (the server went away): it must not crash the process. */
  onIdleError(listener: (error: unknown) => void): void;
}

/** Everything a pool needs to manage raw connections of one dialect (SQLAlchemy's _ConnDialect). */
export interface ConnectionLifecycle<C = DriverConnection> {
  create(): Promise<C>;
  /** Reset on return to the pool (SQLAlchemy's reset_on_return). */
  rollback(connection: C): Promise<void>;
  commit(connection: C): Promise<void>;
  close(connection: C): Promise<void>;
  /** Cheap liveness check for pre-ping; rejects when the connection is dead. */
  ping(connection: C): Promise<void>;
  /** Whether an error means the connection is unusable (a disconnect). */
  isDisconnect(error: unknown): boolean;
  /** Register a listener for errors on an idle connection. */
  onIdleError(connection: C, listener: (error: unknown) => void): void;
  /** How echo shows a connection. */
  describe(connection: C): string;
}
