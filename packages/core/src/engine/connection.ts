// Connection (SQLAlchemy 2.0's Connection): one pooled driver connection with autobegin, commit,
// rollback, savepoints, statement execution through the compiled cache, executemany and
// insertmanyvalues, echo, events and error translation. Made by Engine.connect()/begin().
import {
  ArgumentError,
  type BindParameter,
  batchSize,
  type ClauseElement,
  type Compiled,
  type CompiledCache,
  DBAPIError,
  DDLElement,
  type Dialect,
  type DialectConnection,
  type DriverConnection,
  type DriverParams,
  type DriverResult,
  type Engine,
  type EngineCore,
  type ExceptionContext,
  type ExecuteOptions,
  ExecutionContext,
  type ExecutionOptions,
  formatG4,
  formatSeconds5,
  type InsertSentinel,
  InvalidRequestError,
  type IsolationLevel,
  insertManyValuesBatches,
  NestedTransaction,
  PendingRollbackError,
  type PooledConnection,
  planInsertManyValues,
  ResourceClosedError,
  Result,
  type ResultColumn,
  RootTransaction,
  type RowBase,
  type RowClass,
  type RowOf,
  reprParams,
  reprRow,
  rowClassFor,
  StreamingResult,
  truncateBatchSql,
} from '../internal';

/** Statements whose rows are typed: select(), returning() (their `~args` carries the columns). */
interface TypedStatement<A extends readonly unknown[]> {
  readonly '~args': A;
}

/** The row type a statement gives. */
export type RowOfStatement<S> = S extends TypedStatement<infer A> ? RowOf<A> : DefaultRow;

/** The row of a statement with no static column types (text(), DDL). */
export type DefaultRow = readonly unknown[] & Readonly<Record<string, unknown>>;

type ParamSet = Readonly<Record<string, unknown>>;

/** How the stats bracket starts: `generated in …`, `cached since … ago`, `no key …`, `caching disabled …`, `raw sql`. */
type CacheStats =
  | { readonly kind: 'generated' | 'cached' | 'nokey' | 'disabled'; readonly compiled: Compiled }
  | { readonly kind: 'raw' };

/** Isolation levels each raw connection currently has (for echo's AUTOCOMMIT wording and resets). */
export const connectionIsolation = new WeakMap<DriverConnection, IsolationLevel>();

/** Per compiled form: result keys, processors and the row class, resolved once. */
interface ResultShape {
  readonly keys: readonly string[];
  readonly processors: readonly (((value: unknown) => unknown) | undefined)[];
  readonly anyProcessor: boolean;
  readonly rowClass: RowClass;
  readonly safeIntegers: boolean;
  /** What the driver is told for one execution of the compiled form (made once, shared). */
  readonly executeOptions: {
    /** Run once: no prepared-statement name. */
    readonly once: ExecuteOptions;
    /** A cached form: drivers that keep prepared statements may keep this one under `preparedName`. */
    readonly cached: ExecuteOptions;
  };
}
const shapesByCompiled = new WeakMap<Compiled, ResultShape>();

/** Numbers the prepared-statement names of cached compiled forms (unique in the process). */
let preparedSerial = 0;

/**
 * The driver options of one execution. A compiled form that lives in the cache and has static
 * SQL with parameters is worth preparing once per connection (PostgreSQL named statements);
 * statements without parameters keep the simple protocol, which also runs several statements.
 */
function executeOptionsFor(
  compiled: Compiled,
  shape: ResultShape,
  uncached: boolean,
  params: DriverParams,
): ExecuteOptions {
  if (
    uncached ||
    compiled.hasExpanding ||
    !Array.isArray(params) ||
    params.length === 0 ||
    !reusable(compiled)
  )
    return shape.executeOptions.once;
  return shape.executeOptions.cached;
}

function compiledShape(compiled: Compiled): ResultShape {
  let shape = shapesByCompiled.get(compiled);
  if (shape) return shape;
  const columns: readonly ResultColumn[] = compiled.resultColumns;
  const keys = columns.map((c) => c.key);
  const processors = columns.map((c) => {
    const p = compiled.dialect.resultProcessor(c.type);
    return p ? (p as (value: unknown) => unknown) : undefined;
  });
  const safeIntegers = columns.some((c) => c.type.visitName === 'biginteger');
  const returnsRows =
    compiled.isSelect ||
    compiled.hasReturning ||
    (!compiled.isDDL && !compiled.isInsert && !compiled.isUpdate && !compiled.isDelete);
  shape = {
    keys,
    processors,
    anyProcessor: processors.some((p) => p !== undefined),
    rowClass: rowClassFor(keys),
    safeIntegers,
    executeOptions: {
      once: { returnsRows, safeIntegers },
      cached: { returnsRows, safeIntegers, preparedName: `retort_${(++preparedSerial).toString(36)}` },
    },
  };
  shapesByCompiled.set(compiled, shape);
  return shape;
}

/** Rows from the driver's arrays: processors applied where a type has one. */
export function buildRows(raw: readonly (readonly unknown[])[], shape: ResultShape): RowBase[] {
  const Shape = shape.rowClass;
  const n = shape.keys.length;
  const out = new Array<RowBase>(raw.length);
  if (!shape.anyProcessor) {
    for (let r = 0; r < raw.length; r++) {
      const source = raw[r] as readonly unknown[];
      const row = new Shape(n);
      for (let i = 0; i < n; i++) row[i] = source[i];
      out[r] = row;
    }
    return out;
  }
  const processors = shape.processors;
  for (let r = 0; r < raw.length; r++) {
    const source = raw[r] as readonly unknown[];
    const row = new Shape(n);
    for (let i = 0; i < n; i++) {
      const value = source[i];
      const processor = processors[i];
      row[i] = processor === undefined || value === null || value === undefined ? value : processor(value);
    }
    out[r] = row;
  }
  return out;
}

/** The driver's own arrays with the processors applied in place (ExecutionOptions['~plainRows']). */
function processRows(raw: readonly (readonly unknown[])[], shape: ResultShape): RowBase[] {
  if (shape.anyProcessor) {
    const processors = shape.processors;
    for (const source of raw) {
      const row = source as unknown[];
      for (let i = 0; i < processors.length; i++) {
        const processor = processors[i];
        const value = row[i];
        if (processor !== undefined && value !== null && value !== undefined) row[i] = processor(value);
      }
    }
  }
  return raw as unknown as RowBase[];
}

/** The shape for a result whose driver columns do not match the compiled columns (text(), `*`). */
export function driverShape(names: readonly string[], compiled: Compiled | undefined): ResultShape {
  const base = compiled ? compiledShape(compiled) : undefined;
  const processors = names.map((_, i) =>
    base && base.keys.length === names.length ? base.processors[i] : undefined,
  );
  return {
    keys: names,
    processors,
    anyProcessor: processors.some((p) => p !== undefined),
    rowClass: rowClassFor(names),
    safeIntegers: base?.safeIntegers ?? false,
    executeOptions: base?.executeOptions ?? { once: {}, cached: {} },
  };
}

/** Compiled-cache variants of statements executed once without parameters (no column keys). */
const VARIANT_ONE = '\u0002s';
const VARIANT_ONE_RETURN_DEFAULTS = '\u0002sr';

const reusability = new WeakMap<Compiled, boolean>();

/**
 * Whether a compiled form can serve other statements with the same key: every value it sends comes
 * from the executed statement's key binds or from execution parameters. A placeholder whose value
 * lives only in the compiled statement's own binds would send that statement's value again.
 */
function reusable(compiled: Compiled): boolean {
  let known = reusability.get(compiled);
  if (known === undefined) {
    known = compiled.placeholders.every((p) => {
      if (p.keyIndex >= 0 || p.constant === true) return true;
      const bind = compiled.bindsByName.get(p.name);
      return bind === undefined || (bind.value === undefined && !bind.options.callable);
    });
    reusability.set(compiled, known);
  }
  return known;
}

/** Connection options, then the statement's own (`stmt.executionOptions(…)`), then the call's. */
function mergeOptions(
  connection: ExecutionOptions,
  statement: ClauseElement,
  call: ExecutionOptions | undefined,
): ExecutionOptions {
  const own = (statement as { state?: { executionOptions?: ExecutionOptions } }).state?.executionOptions;
  if (!call && (!own || Object.keys(own).length === 0)) return connection;
  return { ...connection, ...own, ...call };
}

function isParamList(params: unknown): params is readonly ParamSet[] {
  return Array.isArray(params);
}

export class Connection implements DialectConnection, AsyncDisposable {
  readonly engine: Engine;
  readonly dialect: Dialect;
  #core: EngineCore;
  #pooled: PooledConnection | undefined;
  #transaction: RootTransaction | undefined;
  #nested: NestedTransaction | undefined;
  #savepointSeq = 0;
  #closed = false;
  #invalidated = false;
  #options: ExecutionOptions;
  /** Isolation level asked for by executionOptions(), applied before the next BEGIN. */
  #pendingIsolation: IsolationLevel | undefined;
  #isolationChanged = false;
  /** initialize() runs on a connection that neither autobegins nor fires events. */
  readonly #internal: boolean;

  /** @internal Made by Engine.connect(). */
  constructor(
    engine: Engine,
    core: EngineCore,
    pooled: PooledConnection,
    options: ExecutionOptions,
    internal = false,
  ) {
    this.engine = engine;
    this.#core = core;
    this.dialect = core.dialect;
    this.#pooled = pooled;
    this.#options = options;
    this.#internal = internal;
  }

  // ---- state ------------------------------------------------------------------------------------

  get closed(): boolean {
    return this.#closed;
  }

  get invalidated(): boolean {
    return this.#invalidated;
  }

  /** Storage that lives as long as the raw connection (SQLAlchemy's connection.info). */
  get info(): Map<string, unknown> {
    return this.#checkedPooled().info;
  }

  /** The pooled connection (SQLAlchemy's `conn.connection`). */
  get connection(): PooledConnection {
    return this.#checkedPooled();
  }

  /** The raw driver connection adapter. */
  get driverConnection(): DriverConnection {
    return this.#checkedPooled().driverConnection;
  }

  inTransaction(): boolean {
    return this.#transaction?.isActive ?? false;
  }

  inNestedTransaction(): boolean {
    return this.#nested?.isActive ?? false;
  }

  getTransaction(): RootTransaction | undefined {
    return this.#transaction;
  }

  getNestedTransaction(): NestedTransaction | undefined {
    return this.#nested;
  }

  getExecutionOptions(): ExecutionOptions {
    return this.#options;
  }

  /**
   * Sets options for this connection's following executions and returns it (SQLAlchemy 2.0 changes
   * the Connection in place). An isolation level applies from the next transaction on.
   */
  executionOptions(options: ExecutionOptions): this {
    this.#checkOpen();
    if (options.isolationLevel !== undefined) {
      if (this.inTransaction())
        throw new InvalidRequestError(
          'This connection has already initialized a Transaction via begin() or autobegin; isolationLevel may not be altered unless rollback() or commit() is called first.',
        );
      this.#core.validateIsolationLevel(options.isolationLevel);
      this.#pendingIsolation = options.isolationLevel;
    }
    this.#options = { ...this.#options, ...options };
    if (this.#core.events.has('setConnectionExecutionOptions'))
      void this.#core.dispatch('setConnectionExecutionOptions', this, options);
    return this;
  }

  /** The isolation level the raw connection has now, as the database reports it. */
  async getIsolationLevel(): Promise<IsolationLevel> {
    return this.dialect.getIsolationLevel(this.#checkedPooled().driverConnection);
  }

  /** The isolation level of a fresh connection of this engine. */
  get defaultIsolationLevel(): IsolationLevel | undefined {
    return (this.dialect as { defaultIsolationLevel?: IsolationLevel }).defaultIsolationLevel;
  }

  #checkOpen(): void {
    if (this.#closed) throw new ResourceClosedError('This Connection is closed');
  }

  #checkedPooled(): PooledConnection {
    this.#checkOpen();
    if (!this.#pooled)
      throw new PendingRollbackError(
        "Can't reconnect until invalid transaction is rolled back.  Please rollback() fully before proceeding",
      );
    return this.#pooled;
  }

  /** A usable raw connection: after an invalidation outside a transaction, a fresh one from the pool. */
  async #driver(): Promise<DriverConnection> {
    this.#checkOpen();
    if (this.#invalidated) {
      if (this.#transaction?.isActive)
        throw new PendingRollbackError(
          "Can't reconnect until invalid transaction is rolled back.  Please rollback() fully before proceeding",
        );
      this.#pooled = await this.#core.checkout();
      this.#invalidated = false;
    }
    return this.#checkedPooled().driverConnection;
  }

  get #token(): string | undefined {
    return this.#options.loggingToken;
  }

  #autocommit(driver: DriverConnection): boolean {
    return connectionIsolation.get(driver) === 'AUTOCOMMIT';
  }

  // ---- transactions -------------------------------------------------------------------------------

  /** Starts the root transaction (SQLAlchemy's Connection.begin()); with a callback, commits or rolls back around it. */
  begin(): Promise<RootTransaction>;
  begin<T>(fn: (transaction: RootTransaction) => Promise<T>): Promise<T>;
  async begin<T>(fn?: (transaction: RootTransaction) => Promise<T>): Promise<RootTransaction | T> {
    this.#checkOpen();
    if (this.#transaction?.isActive)
      throw new InvalidRequestError(
        "This connection has already initialized a Transaction() object via begin() or autobegin; can't call begin() here unless rollback() or commit() is called first.",
      );
    const transaction = await this.#beginRoot();
    if (!fn) return transaction;
    return runInTransaction(transaction, fn);
  }

  async #beginRoot(): Promise<RootTransaction> {
    const driver = await this.#driver();
    if (this.#pendingIsolation !== undefined) {
      await this.#guard(
        () => this.dialect.setIsolationLevel(driver, this.#pendingIsolation as IsolationLevel),
        'set isolation level',
      );
      connectionIsolation.set(driver, this.#pendingIsolation);
      this.#pendingIsolation = undefined;
      this.#isolationChanged = true;
    }
    const log = this.#core.log;
    if (log.info)
      log.writeInfo(
        this.#autocommit(driver)
          ? 'BEGIN (implicit; DBAPI should not BEGIN due to autocommit mode)'
          : 'BEGIN (implicit)',
        this.#token,
      );
    if (!this.#internal && this.#core.events.has('begin')) await this.#core.dispatch('begin', this);
    await this.#guard(() => driver.begin(), 'BEGIN');
    const transaction = new RootTransaction(this);
    this.#transaction = transaction;
    return transaction;
  }

  async #autobegin(): Promise<void> {
    if (this.#internal || this.#transaction?.isActive) return;
    await this.#beginRoot();
  }

  /** Commits the transaction in progress, if any (savepoints included). */
  async commit(): Promise<void> {
    this.#checkOpen();
    if (this.#transaction?.isActive) await this.#transaction.commit();
  }

  /** Rolls back the transaction in progress, if any. */
  async rollback(): Promise<void> {
    this.#checkOpen();
    if (this.#transaction?.isActive) await this.#transaction.rollback();
    else if (this.#transaction && this.#invalidated) this.#transaction = undefined;
  }

  #endTransactions(): void {
    for (let n = this.#nested; n; n = n.previous) n.end();
    this.#transaction = undefined;
    this.#nested = undefined;
  }

  /** @internal RootTransaction.commit() */
  async commitRoot(_transaction: RootTransaction): Promise<void> {
    this.#endTransactions();
    if (this.#invalidated || !this.#pooled) return;
    const driver = this.#pooled.driverConnection;
    const log = this.#core.log;
    if (log.info)
      log.writeInfo(
        this.#autocommit(driver)
          ? 'COMMIT using DBAPI connection.commit(), has no effect due to autocommit mode'
          : 'COMMIT',
        this.#token,
      );
    if (this.#core.events.has('commit')) await this.#core.dispatch('commit', this);
    await this.#guard(() => driver.commit(), 'COMMIT');
  }

  /** @internal RootTransaction.rollback() */
  async rollbackRoot(_transaction: RootTransaction): Promise<void> {
    this.#endTransactions();
    if (this.#invalidated || !this.#pooled) return;
    const driver = this.#pooled.driverConnection;
    const log = this.#core.log;
    if (log.info)
      log.writeInfo(
        this.#autocommit(driver)
          ? 'ROLLBACK using DBAPI connection.rollback(); set skip_autocommit_rollback to prevent fully'
          : 'ROLLBACK',
        this.#token,
      );
    if (this.#core.events.has('rollback')) await this.#core.dispatch('rollback', this);
    await this.#guard(() => driver.rollback(), 'ROLLBACK');
  }

  /**
   * Starts a SAVEPOINT (beginning the root transaction first if needed). With a callback: RELEASE on
   * success, ROLLBACK TO on error (rethrown).
   */
  beginNested(): Promise<NestedTransaction>;
  beginNested<T>(fn: (transaction: NestedTransaction) => Promise<T>): Promise<T>;
  async beginNested<T>(fn?: (transaction: NestedTransaction) => Promise<T>): Promise<NestedTransaction | T> {
    this.#checkOpen();
    if (!this.#transaction?.isActive) await this.#beginRoot();
    const name = `sa_savepoint_${++this.#savepointSeq}`;
    if (this.#core.events.has('savepoint')) await this.#core.dispatch('savepoint', this, name);
    await this.#runNoKey(this.dialect.savepointSql(name));
    const nested = new NestedTransaction(this, name, this.#nested);
    this.#nested = nested;
    if (!fn) return nested;
    return runInTransaction(nested, fn);
  }

  /** @internal NestedTransaction.commit() */
  async releaseSavepoint(nested: NestedTransaction): Promise<void> {
    this.#nested = nested.previous;
    if (this.#invalidated) return;
    if (this.#core.events.has('releaseSavepoint'))
      await this.#core.dispatch('releaseSavepoint', this, nested.name, undefined);
    await this.#runNoKey(this.dialect.releaseSavepointSql(nested.name));
  }

  /** @internal NestedTransaction.rollback() */
  async rollbackToSavepoint(nested: NestedTransaction): Promise<void> {
    this.#nested = nested.previous;
    if (this.#invalidated) return;
    if (this.#core.events.has('rollbackSavepoint'))
      await this.#core.dispatch('rollbackSavepoint', this, nested.name, undefined);
    await this.#runNoKey(this.dialect.rollbackToSavepointSql(nested.name));
  }

  /** Savepoint statements: echoed as `[no key …] ()`, not cached. */
  async #runNoKey(sql: string): Promise<void> {
    const started = performance.now();
    const driver = await this.#driver();
    const params = this.dialect.positional ? [] : {};
    this.#logStatement(
      sql,
      () => `no key ${formatSeconds5((performance.now() - started) / 1000)}s`,
      params,
      false,
    );
    await this.#cursorExecute(driver, sql, params, false, undefined, {});
  }

  // ---- closing --------------------------------------------------------------------------------------

  /** Rolls back what is not committed and returns the connection to the pool. Closing twice is allowed. */
  async close(): Promise<void> {
    if (this.#closed) return;
    const pooled = this.#pooled;
    let reset = false;
    try {
      if (this.#transaction?.isActive) {
        await this.#transaction.rollback();
        reset = true;
      }
      if (pooled && this.#isolationChanged && !this.#invalidated) {
        await this.dialect.resetIsolationLevel(pooled.driverConnection);
        connectionIsolation.set(
          pooled.driverConnection,
          this.#core.isolationLevel ?? this.defaultIsolationLevel ?? '',
        );
      }
    } finally {
      this.#closed = true;
      this.#transaction = undefined;
      this.#nested = undefined;
      this.#pooled = undefined;
      if (pooled && !this.#internal) await pooled.close({ transactionWasReset: reset });
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** Discards the raw connection (SQLAlchemy's invalidate()); the next statement outside a transaction reconnects. */
  async invalidate(error?: unknown): Promise<void> {
    this.#checkOpen();
    if (this.#invalidated) return;
    const pooled = this.#pooled;
    this.#invalidated = true;
    if (pooled) await pooled.invalidate(error);
  }

  /** Takes the raw connection out of the pool: it is closed, not returned, when this Connection closes. */
  detach(): void {
    const pooled = this.#checkedPooled();
    if (!pooled.detach)
      throw new InvalidRequestError(`The ${this.#core.pool.kind} pool cannot detach connections`);
    pooled.detach();
  }

  // ---- execution -------------------------------------------------------------------------------------

  /**
   * Runs a statement. Parameters: one object, or a list of objects for an executemany (an INSERT
   * then runs as insertmanyvalues batches where it can). Returns a buffered Result.
   */
  async execute<S extends ClauseElement>(
    statement: S,
    parameters?: ParamSet | readonly ParamSet[],
    executionOptions?: ExecutionOptions,
  ): Promise<Result<RowOfStatement<S>>> {
    if (
      !(statement instanceof Object) ||
      typeof (statement as { cacheKey?: unknown }).cacheKey !== 'function'
    )
      throw new ArgumentError(
        `execute() takes a statement object (select(), insert(), text(), …); got ${typeof statement === 'string' ? 'a string: wrap SQL in text(), or use execDriverSql()' : String(statement)}`,
      );
    this.#checkOpen();
    const options = mergeOptions(this.#options, statement, executionOptions);
    let element: ClauseElement = statement;
    let multiparams: readonly ParamSet[] =
      parameters === undefined ? [] : isParamList(parameters) ? parameters : [parameters];
    if (!this.#internal && this.#core.events.has('beforeExecute')) {
      for (const { fn, options: o } of this.#core.events.registrations('beforeExecute')) {
        const out = await fn(this, element, multiparams, {}, options);
        if (o.retval && out) {
          element = out[0];
          multiparams = out[1];
        }
      }
    }
    const result = await this.#executeClause(element, multiparams, options);
    if (!this.#internal && this.#core.events.has('afterExecute'))
      await this.#core.dispatch(
        'afterExecute',
        this,
        element,
        multiparams,
        {},
        options,
        result as Result<unknown>,
      );
    return result as Result<RowOfStatement<S>>;
  }

  /** The first column of the first row (SQLAlchemy's Connection.scalar()). */
  async scalar<S extends ClauseElement>(
    statement: S,
    parameters?: ParamSet,
    executionOptions?: ExecutionOptions,
  ): Promise<ReturnType<Result<RowOfStatement<S>>['scalar']>> {
    return (await this.execute(statement, parameters, executionOptions)).scalar();
  }

  /** The first column of every row (SQLAlchemy's Connection.scalars()). */
  async scalars<S extends ClauseElement>(
    statement: S,
    parameters?: ParamSet,
    executionOptions?: ExecutionOptions,
  ): Promise<ReturnType<Result<RowOfStatement<S>>['scalars']>> {
    return (await this.execute(statement, parameters, executionOptions)).scalars();
  }

  /**
   * Compiles through the cache: the compiled form, where it came from, and the executed
   * statement's key binds (undefined for DDL, which has no key). A hit builds no compile options.
   */
  #compile(
    element: ClauseElement,
    multiparams: readonly ParamSet[],
    options: ExecutionOptions,
  ): CacheStats & { compiled: Compiled; keyBinds: readonly BindParameter[] | undefined } {
    const executemany = multiparams.length > 1;
    const first = multiparams[0];
    const columnKeys = first ? Object.keys(first) : undefined;
    const returnDefaults = options.returnDefaults === true;
    if (element instanceof DDLElement)
      return {
        kind: 'nokey',
        compiled: this.#compileNow(element, columnKeys, executemany, returnDefaults),
        keyBinds: undefined,
      };
    const cacheKey = element.cacheKey();
    const cache: CompiledCache | null | undefined =
      'compiledCache' in options ? options.compiledCache : this.#core.cache;
    if (!cache)
      return {
        kind: 'disabled',
        compiled: this.#compileNow(element, columnKeys, executemany, returnDefaults),
        keyBinds: cacheKey.binds,
      };
    // The execution shape: a constant for the common one (no parameters, one execution).
    const variant =
      !executemany && (columnKeys === undefined || columnKeys.length === 0)
        ? returnDefaults
          ? VARIANT_ONE_RETURN_DEFAULTS
          : VARIANT_ONE
        : `${columnKeys?.join('\u0003') ?? ''}\u0002${executemany ? 'm' : 's'}${returnDefaults ? 'r' : ''}`;
    const found = cache.get(cacheKey.key, variant);
    if (found) return { kind: 'cached', compiled: found, keyBinds: cacheKey.binds };
    const compiled = this.#compileNow(element, columnKeys, executemany, returnDefaults);
    if (reusable(compiled)) cache.set(cacheKey.key, compiled, variant);
    return { kind: 'generated', compiled, keyBinds: cacheKey.binds };
  }

  #compileNow(
    element: ClauseElement,
    columnKeys: readonly string[] | undefined,
    executemany: boolean,
    returnDefaults: boolean,
  ): Compiled {
    return this.dialect.compile(element, {
      dialect: this.dialect,
      ...(columnKeys && columnKeys.length > 0 ? { columnKeys } : {}),
      ...(executemany ? { forExecutemany: true } : {}),
      ...(returnDefaults ? { returnDefaults: true } : {}),
    });
  }

  async #executeClause(
    element: ClauseElement,
    multiparams: readonly ParamSet[],
    options: ExecutionOptions,
  ): Promise<Result<DefaultRow>> {
    const stats = this.#compile(element, multiparams, options);
    const { compiled, keyBinds } = stats;
    const executemany = multiparams.length > 1;
    // Awaited only when there is something to wait for: each await costs the hot path a turn.
    const driver = this.#invalidated ? await this.#driver() : this.#checkedPooled().driverConnection;
    if (!this.#internal && !this.#transaction?.isActive) await this.#beginRoot();
    if (executemany)
      return this.#executeMany(driver, element, compiled, stats, keyBinds, multiparams, options);
    const { sql, params } = compiled.executionParams(keyBinds, multiparams[0]);
    if (this.#core.log.info) this.#logStatement(sql, this.#statsText(stats), params, false);
    const shape = compiledShape(compiled);
    const context = new ExecutionContext(this, compiled, element, sql, params, false, options);
    const executeOptions = executeOptionsFor(
      compiled,
      shape,
      stats.kind !== 'cached' && stats.kind !== 'generated',
      params,
    );
    let driverResult: DriverResult;
    if (this.#withoutCursorEvents) {
      // No cursor events: the driver call itself, one async step fewer than #cursorExecute.
      try {
        driverResult = await driver.execute(sql, params, executeOptions);
      } catch (error) {
        throw await this.#handleDriverError(error, sql, params, false, context);
      }
    } else driverResult = await this.#cursorExecute(driver, sql, params, false, context, executeOptions);
    return this.#buildResult(compiled, driverResult, context, multiparams, keyBinds, false);
  }

  /** No before/afterCursorExecute listener would see a driver call (or this connection fires none). */
  get #withoutCursorEvents(): boolean {
    const events = this.#core.events;
    return this.#internal || (!events.has('beforeCursorExecute') && !events.has('afterCursorExecute'));
  }

  async #executeMany(
    driver: DriverConnection,
    element: ClauseElement,
    compiled: Compiled,
    stats: CacheStats,
    keyBinds: readonly BindParameter[] | undefined,
    multiparams: readonly ParamSet[],
    options: ExecutionOptions,
  ): Promise<Result<DefaultRow>> {
    const perRow = multiparams.map((p) => compiled.executionParams(keyBinds, p));
    const sql = (perRow[0] as { sql: string }).sql;
    const rowParams = perRow.map((p) => p.params);
    const shape = compiledShape(compiled);
    const useBatches =
      compiled.isInsert &&
      this.dialect.capabilities.multiValuesInsert &&
      (compiled.hasReturning || this.dialect.capabilities.insertManyValuesWithoutReturning === true);
    const plan = useBatches ? planInsertManyValues(compiled) : undefined;
    if (!plan) {
      // Plain executemany: one statement, the driver runs it per parameter set.
      this.#logStatement(sql, () => this.#statsText(stats), rowParams, true);
      const context = new ExecutionContext(this, compiled, element, sql, rowParams, true, options);
      const driverResult = await this.#cursorExecute(
        driver,
        sql,
        rowParams,
        true,
        context,
        executeOptionsFor(
          compiled,
          shape,
          stats.kind !== 'cached' && stats.kind !== 'generated',
          rowParams[0] ?? [],
        ),
      );
      return this.#buildResult(compiled, driverResult, context, multiparams, keyBinds, true);
    }
    const ordered =
      (element as { state?: { sortByParameterOrder?: boolean } }).state?.sortByParameterOrder === true;
    const sentinel = compiled.insertSentinel;
    const perStatement =
      ordered &&
      compiled.hasReturning &&
      sentinel === undefined &&
      !this.dialect.capabilities.insertManyValuesReturningOrdered;
    const size = perStatement ? 1 : batchSize(this.dialect, plan.width, options.insertmanyvaluesPageSize);
    if (
      perStatement &&
      !this.dialect.capabilities.executemanyRoundTrips &&
      !this.#core.log.info &&
      this.#withoutCursorEvents
    ) {
      // One statement per row with nothing to echo or dispatch per row, on an in-process driver:
      // its executemany runs the rows in order and returns their RETURNING rows, in one call.
      const context = new ExecutionContext(this, compiled, element, sql, rowParams, true, options);
      let driverResult: DriverResult;
      try {
        driverResult = await driver.executeMany(sql, rowParams, {
          returnsRows: true,
          safeIntegers: shape.safeIntegers,
        });
      } catch (error) {
        throw await this.#handleDriverError(error, sql, rowParams, true, context);
      }
      return this.#buildResult(compiled, driverResult, context, multiparams, keyBinds, true);
    }
    const order = `${ordered ? 'ordered' : 'unordered'}${perStatement ? '; batch not supported' : ''}`;
    const rows: unknown[][] = [];
    let rowcount = 0;
    let columns: DriverResult['columns'];
    let lastrowid: DriverResult['lastrowid'];
    let context: ExecutionContext | undefined;
    const batches = perStatement
      ? rowParams.map((params, i) => ({
          sql,
          params,
          index: i + 1,
          total: rowParams.length,
          rowCount: 1,
          firstRow: i,
        }))
      : insertManyValuesBatches(plan, rowParams, size);
    for (const batch of batches) {
      if (this.#core.log.info)
        this.#logStatement(
          truncateBatchSql(batch.sql),
          batch.index === 1
            ? `${this.#statsText(stats)} (insertmanyvalues) ${batch.index}/${batch.total} (${order})`
            : `insertmanyvalues ${batch.index}/${batch.total} (${order})`,
          batch.params,
          false,
        );
      context = new ExecutionContext(this, compiled, element, batch.sql, batch.params, false, options);
      const result = await this.#cursorExecute(driver, batch.sql, batch.params, false, context, {
        returnsRows: compiled.hasReturning,
        safeIntegers: shape.safeIntegers,
      });
      lastrowid = result.lastrowid ?? lastrowid;
      rowcount += result.rowcount > 0 ? result.rowcount : batch.rowCount;
      if (sentinel !== undefined && result.columns !== undefined) {
        const width = result.columns.length - sentinel.columns.length;
        columns = result.columns.slice(0, width);
        const batchParams = rowParams.slice(batch.firstRow, batch.firstRow + batch.rowCount);
        for (const row of sortBySentinel(compiled, sentinel, result.rows, batchParams, width)) rows.push(row);
      } else {
        columns = result.columns ?? columns;
        for (const row of result.rows) rows.push(row as unknown[]);
      }
    }
    const merged: DriverResult = { columns, rows, rowcount, lastrowid };
    return this.#buildResult(compiled, merged, context as ExecutionContext, multiparams, keyBinds, true);
  }

  #buildResult(
    compiled: Compiled,
    driverResult: DriverResult,
    context: ExecutionContext,
    multiparams: readonly ParamSet[],
    keyBinds: readonly BindParameter[] | undefined,
    executemany: boolean,
  ): Result<DefaultRow> {
    context.rowcount = driverResult.rowcount;
    context.lastrowid = driverResult.lastrowid;
    const columns = driverResult.columns;
    let shape: ResultShape | undefined;
    if (columns !== undefined) {
      const base = compiledShape(compiled);
      shape =
        base.keys.length === columns.length && base.keys.length > 0
          ? base
          : driverShape(
              columns.map((c) => c.name),
              compiled,
            );
    }
    const rows = shape
      ? context.executionOptions['~plainRows'] === true
        ? processRows(driverResult.rows, shape)
        : buildRows(driverResult.rows, shape)
      : [];
    let insertedPrimaryKeyRows: unknown[][] | undefined;
    let userRows = shape !== undefined;
    if (compiled.isInsert) {
      insertedPrimaryKeyRows = this.#insertedPrimaryKeys(
        compiled,
        rows,
        shape,
        driverResult,
        multiparams,
        keyBinds,
        executemany,
      );
      // Implicit RETURNING fetched only the key: the statement returns no rows to the caller.
      if (compiled.implicitReturning) userRows = false;
    }
    const log = this.#core.log;
    if (userRows && shape && log.debug) log.writeDebug(`Col ${reprRow(shape.keys)}`, this.#token);
    const token = this.#token;
    return new Result<DefaultRow>({
      keys: userRows && shape ? shape.keys : undefined,
      rows: userRows ? rows : [],
      rowcount: driverResult.rowcount,
      lastrowid: driverResult.lastrowid,
      isInsert: compiled.isInsert,
      executemany,
      insertedPrimaryKeyRows,
      logRow: log.debug ? (row) => log.writeDebug(`Row ${reprRow(row)}`, token) : undefined,
    });
  }

  /** SQLAlchemy's inserted_primary_key: from RETURNING, the parameters, or the driver's lastrowid. */
  #insertedPrimaryKeys(
    compiled: Compiled,
    rows: readonly RowBase[],
    shape: ResultShape | undefined,
    driverResult: DriverResult,
    multiparams: readonly ParamSet[],
    keyBinds: readonly BindParameter[] | undefined,
    executemany: boolean,
  ): unknown[][] {
    const pk = compiled.insertPrimaryKey;
    if (pk.length === 0) return executemany ? [] : [[]];
    // Implicit RETURNING returns exactly the key columns, in order; explicit RETURNING by name.
    const returnedIndex = pk.map(({ key }, k) =>
      !shape
        ? -1
        : compiled.implicitReturning && shape.keys.length === pk.length
          ? k
          : shape.keys.indexOf(key),
    );
    if (executemany) {
      if (!compiled.hasReturning || returnedIndex.some((i) => i < 0)) return [];
      return rows.map((row) => returnedIndex.map((i) => row[i]));
    }
    const returned = rows[0];
    const params = multiparams[0];
    let lastrowidUsed = false;
    return [
      pk.map(({ bindName }, k) => {
        const index = returnedIndex[k] as number;
        if (returned && index >= 0) return returned[index];
        if (bindName !== undefined) {
          if (params && bindName in params) return params[bindName];
          const placeholder = compiled.placeholders.find((p) => p.name === bindName);
          const bind =
            placeholder && placeholder.keyIndex >= 0 && keyBinds
              ? keyBinds[placeholder.keyIndex]
              : compiled.bindsByName.get(bindName);
          const value = bind?.effectiveValue();
          if (value !== undefined && value !== null) return value;
        }
        if (
          !lastrowidUsed &&
          driverResult.lastrowid !== undefined &&
          this.dialect.capabilities.postfetchLastrowid
        ) {
          lastrowidUsed = true;
          return typeof driverResult.lastrowid === 'bigint'
            ? Number(driverResult.lastrowid)
            : driverResult.lastrowid;
        }
        return null;
      }),
    ];
  }

  /** Runs SQL as given, in the dialect's paramstyle (SQLAlchemy's exec_driver_sql; echo `[raw sql]`). */
  async execDriverSql(
    sql: string,
    parameters?: readonly unknown[] | Readonly<Record<string, unknown>> | readonly (readonly unknown[])[],
    executionOptions?: ExecutionOptions,
  ): Promise<Result<DefaultRow>> {
    this.#checkOpen();
    const options = executionOptions ? { ...this.#options, ...executionOptions } : this.#options;
    const driver = await this.#driver();
    await this.#autobegin();
    const executemany =
      Array.isArray(parameters) &&
      parameters.length > 0 &&
      parameters.every((p) => Array.isArray(p) || (p !== null && typeof p === 'object'));
    const params = parameters ?? (this.dialect.positional ? [] : {});
    this.#logStatement(sql, 'raw sql', params as DriverParams, executemany);
    const context = new ExecutionContext(
      this,
      undefined,
      undefined,
      sql,
      params as DriverParams,
      executemany,
      options,
    );
    const driverResult = await this.#cursorExecute(
      driver,
      sql,
      params as DriverParams,
      executemany,
      context,
      {},
    );
    const names = driverResult.columns?.map((c) => c.name);
    const shape = names ? driverShape(names, undefined) : undefined;
    const log = this.#core.log;
    if (shape && log.debug) log.writeDebug(`Col ${reprRow(shape.keys)}`, this.#token);
    const token = this.#token;
    return new Result<DefaultRow>({
      keys: shape?.keys,
      rows: shape ? buildRows(driverResult.rows, shape) : [],
      rowcount: driverResult.rowcount,
      lastrowid: driverResult.lastrowid,
      executemany,
      logRow: log.debug ? (row) => log.writeDebug(`Row ${reprRow(row)}`, token) : undefined,
    });
  }

  /**
   * Runs a SELECT on a server-side cursor: rows arrive in batches of `yieldPer` (default 1000) as
   * they are iterated, so memory stays bounded (`for await (const row of await conn.stream(stmt))`).
   */
  async stream<S extends ClauseElement>(
    statement: S,
    parameters?: ParamSet,
    executionOptions?: ExecutionOptions,
  ): Promise<StreamingResult<RowOfStatement<S>>> {
    this.#checkOpen();
    const options = { ...mergeOptions(this.#options, statement, executionOptions), streamResults: true };
    const stats = this.#compile(statement, parameters ? [parameters] : [], options);
    const { compiled, keyBinds } = stats;
    const driver = await this.#driver();
    await this.#autobegin();
    const { sql, params } = compiled.executionParams(keyBinds, parameters);
    this.#logStatement(sql, () => this.#statsText(stats), params, false);
    const context = new ExecutionContext(this, compiled, statement, sql, params, false, options);
    let statementSql = sql;
    let statementParams: DriverParams = params;
    if (this.#core.events.has('beforeCursorExecute'))
      [statementSql, statementParams] = await this.#beforeCursor(driver, sql, params, false, context);
    const cursor = await this.#guardStatement(
      () => driver.openCursor(statementSql, statementParams as readonly unknown[]),
      statementSql,
      statementParams,
      false,
      context,
    );
    const base = compiledShape(compiled);
    const shape =
      base.keys.length === cursor.columns.length && base.keys.length > 0
        ? base
        : driverShape(
            cursor.columns.map((c) => c.name),
            compiled,
          );
    const log = this.#core.log;
    if (log.debug) log.writeDebug(`Col ${reprRow(shape.keys)}`, this.#token);
    const token = this.#token;
    return new StreamingResult<RowOfStatement<S>>({
      cursor,
      keys: shape.keys,
      build: (raw) => buildRows(raw, shape),
      batchSize: options.yieldPer ?? 1000,
      logRow: log.debug ? (row) => log.writeDebug(`Row ${reprRow(row)}`, token) : undefined,
      translate: (error) => this.#translate(error, statementSql, statementParams, false),
    });
  }

  // ---- the driver call, echo and errors -------------------------------------------------------------

  #statsText(stats: CacheStats): string {
    if (stats.kind === 'raw') return 'raw sql';
    const seconds = (performance.now() - stats.compiled.compiledAt) / 1000;
    switch (stats.kind) {
      case 'generated':
        return `generated in ${formatSeconds5(seconds)}s`;
      case 'cached':
        return `cached since ${formatG4(seconds)}s ago`;
      case 'nokey':
        return `no key ${formatSeconds5(seconds)}s`;
      case 'disabled':
        return `caching disabled ${formatSeconds5(seconds)}s`;
    }
  }

  /** Echo of one statement; `stats` is a thunk where working it out costs time that echo off must not pay. */
  #logStatement(
    sql: string,
    stats: string | (() => string),
    params: DriverParams,
    executemany: boolean,
  ): void {
    const log = this.#core.log;
    if (!log.info) return;
    const bracket = typeof stats === 'function' ? stats() : stats;
    log.writeInfo(sql, this.#token);
    const shown = this.#core.hideParameters
      ? '[SQL parameters hidden due to hide_parameters=True]'
      : reprParams(params as readonly unknown[], executemany);
    log.writeInfo(`[${bracket}] ${shown}`, this.#token);
  }

  async #beforeCursor(
    driver: DriverConnection,
    sql: string,
    params: DriverParams,
    executemany: boolean,
    context: ExecutionContext | undefined,
  ): Promise<[string, DriverParams]> {
    let statement = sql;
    let parameters = params;
    for (const { fn, options } of this.#core.events.registrations('beforeCursorExecute')) {
      const out = await fn(this, driver, statement, parameters, context, executemany);
      if (options.retval && out) [statement, parameters] = out;
    }
    return [statement, parameters];
  }

  async #cursorExecute(
    driver: DriverConnection,
    sql: string,
    params: DriverParams,
    executemany: boolean,
    context: ExecutionContext | undefined,
    executeOptions: ExecuteOptions,
  ): Promise<DriverResult> {
    const events = this.#core.events;
    let statement = sql;
    let parameters = params;
    if (!this.#internal && events.has('beforeCursorExecute'))
      [statement, parameters] = await this.#beforeCursor(driver, sql, params, executemany, context);
    let result: DriverResult;
    try {
      result = await (executemany
        ? driver.executeMany(
            statement,
            parameters as readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[],
            executeOptions,
          )
        : driver.execute(
            statement,
            parameters as readonly unknown[] | Readonly<Record<string, unknown>>,
            executeOptions,
          ));
    } catch (error) {
      throw await this.#handleDriverError(error, statement, parameters, executemany, context);
    }
    if (!this.#internal && events.has('afterCursorExecute'))
      await this.#core.dispatch(
        'afterCursorExecute',
        this,
        driver,
        statement,
        parameters,
        context,
        executemany,
      );
    return result;
  }

  async #guardStatement<T>(
    run: () => Promise<T>,
    statement: string,
    parameters: DriverParams,
    executemany: boolean,
    context: ExecutionContext | undefined,
  ): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw await this.#handleDriverError(error, statement, parameters, executemany, context);
    }
  }

  /** Driver calls that are not statements (BEGIN, COMMIT, isolation): errors are translated the same way. */
  async #guard<T>(run: () => Promise<T>, what: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw await this.#handleDriverError(error, what, undefined, false, undefined);
    }
  }

  #translate(
    error: unknown,
    statement: string | undefined,
    parameters: DriverParams | undefined,
    executemany: boolean,
  ): DBAPIError {
    return this.dialect.translateError(error, {
      statement,
      params: parameters,
      executemany,
      hideParameters: this.#core.hideParameters,
    });
  }

  async #handleDriverError(
    error: unknown,
    statement: string | undefined,
    parameters: DriverParams | undefined,
    executemany: boolean,
    context: ExecutionContext | undefined,
  ): Promise<unknown> {
    const translated =
      error instanceof DBAPIError ? error : this.#translate(error, statement, parameters, executemany);
    const ctx: ExceptionContext = {
      connection: this,
      engine: this.engine,
      cursor: this.#pooled?.driverConnection,
      statement,
      parameters,
      originalException: error,
      sqlalchemyException: translated,
      chainedException: translated,
      executionContext: context,
      isDisconnect: this.dialect.isDisconnect(error),
      isPrePing: false,
      isConnect: false,
    };
    const thrown = await this.#core.handleError(ctx);
    if (ctx.isDisconnect && !this.#invalidated) {
      translated.connectionInvalidated = true;
      this.#invalidated = true;
      const pooled = this.#pooled;
      if (pooled) await pooled.invalidate(error);
      // Outside a transaction the next statement reconnects; inside one, rollback() comes first.
      if (!this.#transaction?.isActive) this.#transaction = undefined;
    }
    return thrown;
  }
}

/**
 * An ordered batch's RETURNING rows in parameter order, without the sentinel columns: matched on
 * the key values the parameters gave, or sorted by the key the database numbered in VALUES order.
 */
function sortBySentinel(
  compiled: Compiled,
  sentinel: InsertSentinel,
  rows: readonly (readonly unknown[])[],
  params: readonly (unknown[] | Record<string, unknown>)[],
  width: number,
): unknown[][] {
  const keyOf = (values: readonly unknown[]): string =>
    values.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v))).join('\u0000');
  const returnedKey = (row: readonly unknown[]): readonly unknown[] => row.slice(width);
  let ordered: readonly (readonly unknown[])[] = rows;
  if (sentinel.fromParameters) {
    const positions = sentinel.columns.map((c) => compiled.placeholders.findIndex((p) => p.name === c.key));
    const byKey = new Map(rows.map((row) => [keyOf(returnedKey(row)), row]));
    const matched = params.map((p) =>
      byKey.get(
        keyOf(
          sentinel.columns.map((c, i) =>
            Array.isArray(p) ? p[positions[i] as number] : (p as Record<string, unknown>)[c.key],
          ),
        ),
      ),
    );
    if (matched.every((row) => row !== undefined)) ordered = matched as readonly (readonly unknown[])[];
  } else {
    const numeric = (v: unknown): number | bigint => (typeof v === 'bigint' ? v : Number(v));
    ordered = [...rows].sort((a, b) => {
      const x = numeric(a[width]);
      const y = numeric(b[width]);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  return ordered.map((row) => row.slice(0, width));
}

/** The callback forms of begin()/beginNested(): commit on success, roll back and rethrow on error. */
async function runInTransaction<X extends RootTransaction | NestedTransaction, T>(
  transaction: X,
  fn: (transaction: X) => Promise<T>,
): Promise<T> {
  let value: T;
  try {
    value = await fn(transaction);
  } catch (error) {
    if (transaction.isActive) await transaction.rollback();
    throw error;
  }
  if (transaction.isActive) await transaction.commit();
  return value;
}
