// The contract between Core and a dialect package (SQLAlchemy's Dialect): how SQL is rendered
// (compilers, placeholders, quoting, literals), how values convert, and what the database can
// do. Dialect packages extend DefaultDialect; the engine adds the execution half (driver).
//
// The execution half, in one paragraph: createEngine(url) finds the dialect package through the
// registry (dialect-registry.ts; a package registers itself when imported, else it is required by
// name) and calls its `create(url)` for a dialect instance of its own, because `initialize()` may
// change it (MariaDB vs MySQL). The engine asks the dialect for a ConnectionLifecycle
// (`createConnectionLifecycle(url, { connectArgs, connectTimeout })`: the driver adapter that opens
// raw DriverConnections) and for the pool class to use when `poolclass` is not given
// (`defaultPoolClass(url)`, a class of @retort/pool). On the first connection the engine calls
// `initialize(conn)` once, through a DialectConnection whose `execDriverSql`/`execute` are echoed
// (the connect-time queries of ECHO.md §5). On every new raw connection it calls `onConnect()`,
// then applies the engine's isolation level with `setIsolationLevel()`; connection-level
// `executionOptions({ isolationLevel })` is undone with `resetIsolationLevel()` before the
// connection goes back to the pool. Driver errors become DBAPIErrors through `translateError()`
// (IntegrityError with the constraint name, OperationalError for lost connections, …), and
// `isDisconnect()` tells the engine to invalidate the connection. Savepoints use
// `savepointSql`/`releaseSavepointSql`/`rollbackToSavepointSql`. Reflection and createAll's
// checkfirst go through `introspector(conn)` (introspector.ts), whose queries run on the engine's
// connection and are therefore echoed too. DefaultDialect implements the parts every database
// shares; a dialect that cannot connect (StrDialect) throws a clear error from the connect parts.
import type { CompileOptions } from '../compiler/compile-options';
import type { Compiled } from '../compiler/compiled';
import type { IdentifierPreparer } from '../compiler/identifier-preparer';
import type { ConnectionLifecycle, DriverConnection } from '../engine/driver';
import type { PoolClass } from '../engine/pool-interface';
import type { URL } from '../engine/url';
import type { DBAPIError } from '../errors/dbapi-error';
import type { ClauseElement } from '../sql/clause-element';
import type { BindProcessor, ResultProcessor, TypeEngine } from '../types/type-engine';
import type { DialectCapabilities } from './capabilities';
import type { Introspector } from './introspector';

/** How placeholders look: `:name`, `?`, `$1`, `%s`, `%(name)s`. */
export type Paramstyle = 'named' | 'qmark' | 'numeric_dollar' | 'format' | 'pyformat';

export interface Dialect {
  /** `postgresql`, `mysql`, `sqlite`, or `default` for the string dialect. */
  readonly name: string;
  /** The driver: `pg`, `mysql2`, `better-sqlite3`. */
  readonly driver: string;
  readonly paramstyle: Paramstyle;
  /** Parameters go to the driver as an array (else as an object by name). */
  readonly positional: boolean;
  readonly capabilities: DialectCapabilities;
  readonly identifierPreparer: IdentifierPreparer;
  /** MariaDB is the `mysql` dialect with a few differences; other dialects say false. */
  readonly isMariaDB?: boolean;

  /** The placeholder for the bind `name`, the `index`-th (0-based) in the statement. */
  placeholder(name: string, index: number): string;
  /**
   * What replaces an empty IN list inside its parentheses (SQLAlchemy's visit_empty_set_op_expr):
   * `NULL) AND (1 != 1` for IN, `NULL) OR (1 = 1` for NOT IN, or a subquery that returns no rows.
   */
  emptySetExpression(type: TypeEngine, tupleWidth: number, expandOp: 'in' | 'notIn'): string;
  /** Text before the rows of a tuple IN list (`VALUES ` on SQLite). */
  readonly tupleInValuesPrefix: string;

  /** Compiles a statement, expression or DDL construct. */
  compile(element: ClauseElement, options?: CompileOptions): Compiled;
  /** Renders `type` as in DDL (`VARCHAR(50)`, `TIMESTAMP WITHOUT TIME ZONE`). */
  typeDDL(type: TypeEngine): string;

  /**
   * Converts a value for the driver; undefined when no conversion is needed. `null` reaches it
   * only when `type.forDialect(dialect).evaluatesNone` (JSON without noneAsNull, TypeDecorator).
   */
  bindProcessor(type: TypeEngine): BindProcessor | undefined;
  /**
   * Converts a value from the driver; undefined when none is needed. SQL NULL reaches it only
   * when `type.forDialect(dialect).evaluatesNone` (a TypeDecorator's processResultValue sees null).
   */
  resultProcessor(type: TypeEngine): ResultProcessor | undefined;
  /** A value as an inline SQL literal, for `literalBinds`. */
  renderLiteral(value: unknown, type: TypeEngine): string;
  /** A string as a SQL string literal, quotes (and on MySQL backslashes) escaped. */
  quoteString(value: string): string;

  // ---- execution (see the paragraph at the top) ------------------------------------------------

  /** The driver adapter that opens raw connections for `url`; nothing connects until the pool asks. */
  createConnectionLifecycle(url: URL, options: ConnectOptions): ConnectionLifecycle<DriverConnection>;
  /** The pool class when createEngine gets no `poolclass` (QueuePool; StaticPool for SQLite memory). */
  defaultPoolClass(url: URL): PoolClass;
  /**
   * Runs once, on the engine's first connection: server version, default schema and isolation
   * level, capability changes (MariaDB's RETURNING). Queries go through `conn`, so echo shows them.
   */
  initialize(conn: DialectConnection): Promise<void>;
  /** Per-connection setup on every new raw connection (SQLAlchemy's on_connect), before any event. */
  onConnect(connection: DriverConnection): Promise<void>;
  /** The server version as numbers (`[15, 4]`, `[10, 11, 6]`), known after initialize(). */
  readonly serverVersionInfo: readonly number[] | undefined;
  /** The default schema name, known after initialize() (`public`, the MySQL database, `main`). */
  readonly defaultSchemaName: string | undefined;

  /** Wraps a driver error (or a connect failure, with no statement) into the right DBAPIError subclass. */
  translateError(error: unknown, context: ErrorContext): DBAPIError;
  /** Whether a driver error means the connection is unusable (the engine then invalidates it). */
  isDisconnect(error: unknown): boolean;

  /** The connection's current isolation level, in capabilities.isolationLevels spelling. */
  getIsolationLevel(connection: DriverConnection): Promise<IsolationLevel>;
  /** Sets the level (validated against capabilities.isolationLevels by the engine), incl. 'AUTOCOMMIT'. */
  setIsolationLevel(connection: DriverConnection, level: IsolationLevel): Promise<void>;
  /** Back to the database default found at initialize(), before the connection returns to the pool. */
  resetIsolationLevel(connection: DriverConnection): Promise<void>;

  savepointSql(name: string): string;
  releaseSavepointSql(name: string): string;
  rollbackToSavepointSql(name: string): string;

  /** Reflection over `conn` (and createAll's checkfirst: `hasTable`). */
  introspector(conn: DialectConnection): Introspector;
}

/** 'SERIALIZABLE', 'REPEATABLE READ', 'READ COMMITTED', 'READ UNCOMMITTED', 'AUTOCOMMIT' (as the dialect lists them). */
export type IsolationLevel = string;

export interface ConnectOptions {
  /** createEngine's `connectArgs`: handed to the driver's connect call, over what the URL says. */
  readonly connectArgs: Readonly<Record<string, unknown>>;
  /** Seconds to wait for a new connection (unreachable host) before an OperationalError. */
  readonly connectTimeout: number;
}

/** Where a driver error happened, for its message and `.statement`/`.params`. */
export interface ErrorContext {
  /** The SQL sent, undefined for connect errors. */
  readonly statement?: string | undefined;
  /** The parameters sent: one set, or a list of sets when `executemany`. */
  readonly params?: unknown;
  readonly executemany?: boolean;
  /** createEngine's hideParameters: the message must not show the parameters. */
  readonly hideParameters?: boolean;
}

/** A row of a DialectResult: positional values (the engine's Row also has named fields). */
export type DialectRow = readonly unknown[];

/** What dialect code reads from a statement it ran (the engine's Result satisfies it). */
export interface DialectResult {
  readonly rowcount: number;
  keys(): string[];
  /** Every remaining row. */
  all(): readonly DialectRow[];
  /** The first column of the first row; undefined when there is no row. */
  scalar(): unknown;
  /** Rows as `{ column: value }` objects. */
  mappings(): { all(): readonly Readonly<Record<string, unknown>>[] };
}

/** The engine connection that initialize() and introspectors run on: echoed, with events and error translation. */
export interface DialectConnection {
  readonly dialect: Dialect;
  /** The raw driver connection underneath. */
  readonly driverConnection: DriverConnection;
  /** Runs a statement built with core constructs (cached; echo `[generated in …]`). */
  execute(statement: ClauseElement, parameters?: Readonly<Record<string, unknown>>): Promise<DialectResult>;
  /** Runs SQL text as given, in the dialect's paramstyle (echo `[raw sql]`). */
  execDriverSql(
    sql: string,
    parameters?: readonly unknown[] | Readonly<Record<string, unknown>>,
  ): Promise<DialectResult>;
}
