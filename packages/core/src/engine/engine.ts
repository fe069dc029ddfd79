// Engine (SQLAlchemy's Engine): a dialect, a connection pool, the compiled cache and echo for one
// database. connect() hands out Connections; begin(fn) runs fn in a transaction; dispose()
// closes the pool's connections. Made by createEngine(); executionOptions() makes a copy that
// shares the pool and cache but has its own options and listeners (SQLAlchemy's OptionEngine).
import {
  ArgumentError,
  CONNECTION_EVENT_NAMES,
  type CompiledCache,
  Connection,
  connectionIsolation,
  DBAPIError,
  type Dialect,
  type DriverConnection,
  type EchoFlag,
  type EngineEvents,
  EngineLog,
  EVENTS,
  EventDispatcher,
  type EventTarget,
  type ExceptionContext,
  type ExecutionOptions,
  type IsolationLevel,
  type ListenOptions,
  type LogWriter,
  POOL_EVENT_NAMES_FOR_ENGINE,
  type Pool,
  type PoolConnectionRecord,
  type PoolEvents,
  type PooledConnection,
  RetortError,
  type RootTransaction,
  type URL,
} from '../internal';

/** What an Engine and the engines made by its executionOptions() share. */
export interface EngineShared {
  readonly url: URL;
  readonly dialect: Dialect;
  pool: Pool<DriverConnection>;
  log: EngineLog;
  echo: EchoFlag;
  readonly loggingName: string | undefined;
  readonly logger: LogWriter | undefined;
  readonly cache: CompiledCache | undefined;
  readonly hideParameters: boolean;
  /** createEngine's isolationLevel, set on every new raw connection. */
  readonly isolationLevel: IsolationLevel | undefined;
  /** dialect.initialize() ran (once per engine, on its first connection). */
  initialized: Promise<void> | undefined;
  initializedDone: boolean;
}

/** What a Connection needs from its engine. */
export interface EngineCore {
  readonly dialect: Dialect;
  readonly log: EngineLog;
  readonly cache: CompiledCache | undefined;
  readonly hideParameters: boolean;
  readonly isolationLevel: IsolationLevel | undefined;
  readonly pool: Pool<DriverConnection>;
  readonly events: EngineEventDispatcher;
  checkout(): Promise<PooledConnection>;
  validateIsolationLevel(level: IsolationLevel): void;
  dispatch<K extends keyof EngineEvents & string>(
    name: K,
    ...args: Parameters<EngineEvents[K]>
  ): Promise<void>;
  /** Runs handleError listeners; returns the error to throw. */
  handleError(context: ExceptionContext): Promise<unknown>;
}

/** The engine's listeners: connection events here, pool events on the (shared) pool. */
export class EngineEventDispatcher extends EventDispatcher<EngineEvents> {
  constructor(
    private readonly poolEvents: () => EventDispatcher<PoolEvents<DriverConnection>>,
    private readonly parentDispatcher?: EngineEventDispatcher,
  ) {
    super(
      new Set([...CONNECTION_EVENT_NAMES, ...POOL_EVENT_NAMES_FOR_ENGINE]),
      parentDispatcher && (() => parentDispatcher),
    );
  }

  override listen<K extends keyof EngineEvents>(
    name: K,
    fn: EngineEvents[K],
    options: ListenOptions = {},
  ): void {
    if (POOL_EVENT_NAMES_FOR_ENGINE.has(name as string))
      this.poolEvents().listen(name as keyof PoolEvents, fn as PoolEvents[keyof PoolEvents], options);
    else super.listen(name, fn, options);
  }

  override remove<K extends keyof EngineEvents>(name: K, fn: EngineEvents[K]): void {
    if (POOL_EVENT_NAMES_FOR_ENGINE.has(name as string))
      this.poolEvents().remove(name as keyof PoolEvents, fn as PoolEvents[keyof PoolEvents]);
    else super.remove(name, fn);
  }

  override contains<K extends keyof EngineEvents>(name: K, fn: EngineEvents[K]): boolean {
    if (POOL_EVENT_NAMES_FOR_ENGINE.has(name as string))
      return this.poolEvents().contains(name as keyof PoolEvents, fn as PoolEvents[keyof PoolEvents]);
    return super.contains(name, fn);
  }

  /** Listeners of `name` here and on the engine this one was derived from, parent first. */
  allRegistrations<K extends keyof EngineEvents>(
    name: K,
  ): readonly { readonly fn: EngineEvents[K]; readonly options: ListenOptions }[] {
    return [...(this.parentDispatcher?.allRegistrations(name) ?? []), ...this.registrations(name)];
  }
}

type Awaited2<T> = T extends Promise<infer U> ? U : T;

export class Engine implements EngineCore, EventTarget<EngineEvents>, AsyncDisposable {
  readonly [EVENTS]: EngineEventDispatcher;
  readonly #shared: EngineShared;
  readonly #options: ExecutionOptions;

  /** @internal Use createEngine(). */
  constructor(shared: EngineShared, options: ExecutionOptions, parent?: Engine) {
    this.#shared = shared;
    this.#options = options;
    this[EVENTS] = new EngineEventDispatcher(
      () => shared.pool[EVENTS] as EventDispatcher<PoolEvents<DriverConnection>>,
      parent?.[EVENTS],
    );
  }

  get url(): URL {
    return this.#shared.url;
  }

  get dialect(): Dialect {
    return this.#shared.dialect;
  }

  /** `postgresql`, `mysql`, `sqlite`. */
  get name(): string {
    return this.#shared.dialect.name;
  }

  get driver(): string {
    return this.#shared.dialect.driver;
  }

  get pool(): Pool<DriverConnection> {
    return this.#shared.pool;
  }

  get echo(): EchoFlag {
    return this.#shared.echo;
  }

  /** Turns echo on or off for this engine (SQLAlchemy's `engine.echo = True`). */
  set echo(value: EchoFlag) {
    this.#shared.echo = value;
    this.#shared.log = new EngineLog(value, this.#shared.loggingName, this.#shared.logger);
  }

  /** @internal */
  get log(): EngineLog {
    return this.#shared.log;
  }

  /** @internal */
  get cache(): CompiledCache | undefined {
    return this.#shared.cache;
  }

  /** @internal */
  get hideParameters(): boolean {
    return this.#shared.hideParameters;
  }

  /** @internal */
  get isolationLevel(): IsolationLevel | undefined {
    return this.#shared.isolationLevel;
  }

  /** @internal */
  get events(): EngineEventDispatcher {
    return this[EVENTS];
  }

  getExecutionOptions(): ExecutionOptions {
    return this.#options;
  }

  /**
   * An engine sharing this one's pool, dialect and cache whose connections start with these
   * execution options (SQLAlchemy's OptionEngine), e.g. `engine.executionOptions({ isolationLevel: 'AUTOCOMMIT' })`.
   */
  executionOptions(options: ExecutionOptions): Engine {
    if (options.isolationLevel !== undefined) this.validateIsolationLevel(options.isolationLevel);
    const derived = new Engine(this.#shared, { ...this.#options, ...options }, this);
    if (this[EVENTS].has('setEngineExecutionOptions'))
      void derived.dispatch('setEngineExecutionOptions', derived, options);
    return derived;
  }

  /** A new Connection from the pool; close it (or `await using`) to return it. */
  async connect(): Promise<Connection> {
    const pooled = await this.checkout();
    const { isolationLevel, ...rest } = this.#options;
    const conn = new Connection(this, this, pooled, rest);
    if (isolationLevel !== undefined) conn.executionOptions({ isolationLevel });
    if (this[EVENTS].has('engineConnect')) await this.dispatch('engineConnect', conn);
    return conn;
  }

  /**
   * Runs `fn` on a new Connection inside a transaction: commits when it resolves, rolls back and
   * rethrows when it rejects; the connection goes back to the pool either way.
   */
  async begin<T>(fn: (conn: Connection, transaction: RootTransaction) => Promise<T>): Promise<T> {
    if (typeof fn !== 'function')
      throw new ArgumentError(
        'engine.begin() takes a callback: await engine.begin(async (conn) => { … }); use engine.connect() for a Connection to manage yourself',
      );
    const conn = await this.connect();
    try {
      return await conn.begin((transaction) => fn(conn, transaction));
    } finally {
      await conn.close();
    }
  }

  /** The raw pooled connection (SQLAlchemy's raw_connection()). */
  async rawConnection(): Promise<PooledConnection> {
    return this.checkout();
  }

  /**
   * Closes the pool's idle connections and replaces the pool with a new, empty one (connections
   * checked out now are closed when returned). With `close: false` the old pool's connections are
   * left alone, for a child process that must not touch its parent's (SQLAlchemy's dispose(close=False)).
   */
  async dispose(options: { readonly close?: boolean } = {}): Promise<void> {
    const old = this.#shared.pool;
    if (options.close !== false) await old.dispose();
    this.#shared.pool = old.recreate() as Pool<DriverConnection>;
    if (this[EVENTS].has('engineDisposed')) await this.dispatch('engineDisposed', this);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  /** Empties the compiled-statement cache. */
  clearCompiledCache(): void {
    this.#shared.cache?.clear();
  }

  toString(): string {
    return `Engine(${this.#shared.url.render()})`;
  }

  // ---- internal, for Connection ----------------------------------------------------------------

  /** @internal A pooled connection; connect failures become DBAPIErrors (wrong password, unreachable host). */
  async checkout(): Promise<PooledConnection> {
    try {
      return await this.#shared.pool.connect();
    } catch (error) {
      throw await this.#connectError(error);
    }
  }

  async #connectError(error: unknown): Promise<unknown> {
    // Errors of the pool itself (TimeoutError) and already-translated ones pass through.
    if (error instanceof RetortError && !(error instanceof DBAPIError)) return error;
    const translated =
      error instanceof DBAPIError
        ? error
        : this.dialect.translateError(error, { hideParameters: this.hideParameters });
    const context: ExceptionContext = {
      connection: undefined,
      engine: this,
      cursor: undefined,
      statement: translated.statement,
      parameters: undefined,
      originalException: error instanceof DBAPIError ? error.orig : error,
      sqlalchemyException: translated,
      chainedException: translated,
      executionContext: undefined,
      isDisconnect: false,
      isPrePing: false,
      isConnect: true,
    };
    return this.handleError(context);
  }

  /** @internal */
  validateIsolationLevel(level: IsolationLevel): void {
    const levels = this.dialect.capabilities.isolationLevels;
    if (!levels.includes(level))
      throw new ArgumentError(
        `Invalid value '${level}' for isolationLevel. Valid isolation levels for ${this.dialect.name} are ${levels.join(', ')}`,
      );
  }

  /** @internal Calls every listener of `name` in order, awaiting each. */
  async dispatch<K extends keyof EngineEvents & string>(
    name: K,
    ...args: Parameters<EngineEvents[K]>
  ): Promise<void> {
    for (const { fn } of this[EVENTS].allRegistrations(name))
      await (fn as unknown as (...a: Parameters<EngineEvents[K]>) => unknown)(...args);
  }

  /** @internal */
  async handleError(context: ExceptionContext): Promise<unknown> {
    let thrown: unknown = context.chainedException;
    if (!this[EVENTS].has('handleError')) return thrown;
    for (const { fn } of this[EVENTS].allRegistrations('handleError')) {
      const replaced = (await fn({ ...context, chainedException: thrown } as ExceptionContext)) as Awaited2<
        ReturnType<EngineEvents['handleError']>
      >;
      if (replaced instanceof Error) thrown = replaced;
    }
    return thrown;
  }

  /** @internal The listener createEngine puts first on the pool's `connect`: per-connection setup, then initialize() once. */
  async onNewConnection(driver: DriverConnection, record: PoolConnectionRecord): Promise<void> {
    const shared = this.#shared;
    const dialect = shared.dialect;
    await dialect.onConnect(driver);
    if (shared.isolationLevel !== undefined) await dialect.setIsolationLevel(driver, shared.isolationLevel);
    if (!shared.initializedDone) {
      shared.initialized ??= this.#initialize(driver, record).catch((error: unknown) => {
        shared.initialized = undefined;
        throw error;
      });
      await shared.initialized;
    }
    const level =
      shared.isolationLevel ?? (dialect as { defaultIsolationLevel?: IsolationLevel }).defaultIsolationLevel;
    if (level !== undefined) connectionIsolation.set(driver, level);
  }

  async #initialize(driver: DriverConnection, record: PoolConnectionRecord): Promise<void> {
    const adhoc: PooledConnection = {
      driverConnection: driver,
      info: record.info,
      checkoutInfo: new Map(),
      isValid: true,
      close: async () => {},
      invalidate: async () => {},
    };
    const conn = new Connection(this, this, adhoc, {}, true);
    await this.#shared.dialect.initialize(conn);
    this.#shared.initializedDone = true;
  }
}
