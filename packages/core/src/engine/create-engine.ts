// createEngine(url, options): SQLAlchemy's create_engine with camelCase options (seed 003's list).
// Finds the dialect package for the URL, builds its driver lifecycle and the pool, and returns
// an Engine. Nothing connects until the first engine.connect().
import {
  ArgumentError,
  CompiledCache,
  type DriverConnection,
  type EchoFlag,
  Engine,
  EngineLog,
  type EngineShared,
  EVENTS,
  type EventDispatcher,
  type ExecutionOptions,
  type IsolationLevel,
  type LogWriter,
  loadDialect,
  makeUrl,
  type Pool,
  type PoolClass,
  type PoolEvents,
  type PoolOptions,
  type ResetOnReturn,
  type URL,
} from '../internal';

export interface EngineOptions {
  /** Log SQL, parameters and transaction lines (`true`), and rows too (`'debug'`). */
  readonly echo?: EchoFlag;
  /** Pool echo: invalidations, recycles, dispose (`true`); checkouts and returns too (`'debug'`). */
  readonly echoPool?: EchoFlag;
  /** Where echo lines go instead of stdout (tests capture them). */
  readonly logger?: LogWriter;
  /** Suffix of the engine's logger name: `sqlalchemy.engine.Engine.<name>`. */
  readonly loggingName?: string;
  readonly poolLoggingName?: string;
  /** Echo and error messages show `[SQL parameters hidden due to hide_parameters=True]` instead of values. */
  readonly hideParameters?: boolean;
  /** Connections the pool keeps (QueuePool; default 5). */
  readonly poolSize?: number;
  /** Extra connections beyond poolSize under load (default 10; -1 for no limit). */
  readonly maxOverflow?: number;
  /** Seconds to wait for a pooled connection before TimeoutError (default 30). */
  readonly poolTimeout?: number;
  /** Seconds after which a connection is replaced at checkout (-1: never). */
  readonly poolRecycle?: number;
  /** Test each connection with a ping at checkout and replace it when dead. */
  readonly poolPrePing?: boolean;
  readonly poolUseLifo?: boolean;
  readonly poolResetOnReturn?: ResetOnReturn;
  /** The pool class (`QueuePool`, `NullPool`, `StaticPool` from @retort/pool); the dialect's default otherwise. */
  readonly poolclass?: PoolClass;
  /** A pool built beforehand (SQLAlchemy's `pool=`). */
  readonly pool?: Pool<DriverConnection>;
  /** Execution options every connection starts with. */
  readonly executionOptions?: ExecutionOptions;
  /** Isolation level of every connection: SERIALIZABLE, REPEATABLE READ, READ COMMITTED, READ UNCOMMITTED, AUTOCOMMIT. */
  readonly isolationLevel?: IsolationLevel;
  /** Passed to the driver's connect call, over what the URL says. */
  readonly connectArgs?: Readonly<Record<string, unknown>>;
  /** Seconds to wait for a new connection before an OperationalError (default 10). */
  readonly connectTimeout?: number;
  /** Compiled statements kept (default 500); 0 disables caching. */
  readonly queryCacheSize?: number;
  /** Always true in 2.0 style; accepted for translated code. */
  readonly future?: true;
  /** Accepted for translated code; only `true` (SQLAlchemy 2.0 removed the alternative). */
  readonly implicitReturning?: true;
}

const KNOWN_OPTIONS = new Set<string>([
  'echo',
  'echoPool',
  'logger',
  'loggingName',
  'poolLoggingName',
  'hideParameters',
  'poolSize',
  'maxOverflow',
  'poolTimeout',
  'poolRecycle',
  'poolPrePing',
  'poolUseLifo',
  'poolResetOnReturn',
  'poolclass',
  'pool',
  'executionOptions',
  'isolationLevel',
  'connectArgs',
  'connectTimeout',
  'queryCacheSize',
  'future',
  'implicitReturning',
]);

/** An Engine for `url` (`'postgresql://scott:tiger@localhost/test'`, `'sqlite:///app.db'`, or a URL object). */
export function createEngine(url: string | URL, options: EngineOptions = {}): Engine {
  const unknown = Object.keys(options).filter((k) => !KNOWN_OPTIONS.has(k));
  if (unknown.length > 0)
    throw new ArgumentError(
      `Invalid argument(s) ${unknown.map((k) => `'${k}'`).join(',')} sent to createEngine(); it takes ${[...KNOWN_OPTIONS].join(', ')}`,
    );
  if (options.future !== undefined && options.future !== true)
    throw new ArgumentError('future: false is not supported; Retort is always 2.0 style');
  if (options.implicitReturning !== undefined && options.implicitReturning !== true)
    throw new ArgumentError('implicitReturning: false is not supported (SQLAlchemy 2.0 removed it)');
  const parsed = makeUrl(url);
  const dialect = loadDialect(parsed);
  const levels = dialect.capabilities.isolationLevels;
  for (const level of [options.isolationLevel, options.executionOptions?.isolationLevel]) {
    if (level !== undefined && !levels.includes(level))
      throw new ArgumentError(
        `Invalid value '${level}' for isolationLevel. Valid isolation levels for ${dialect.name} are ${levels.join(', ')}`,
      );
  }
  const cacheSize = options.queryCacheSize ?? 500;
  if (!Number.isInteger(cacheSize) || cacheSize < 0)
    throw new ArgumentError(`queryCacheSize must be a non-negative integer; got ${cacheSize}`);
  const pool = options.pool ?? makePool(parsed, options, dialect);
  const echo = options.echo ?? false;
  const shared: EngineShared = {
    url: parsed,
    dialect,
    pool,
    log: new EngineLog(echo, options.loggingName, options.logger),
    echo,
    loggingName: options.loggingName,
    logger: options.logger,
    cache: cacheSize > 0 ? new CompiledCache(cacheSize) : undefined,
    hideParameters: options.hideParameters ?? false,
    isolationLevel: options.isolationLevel,
    initialized: undefined,
    initializedDone: false,
  };
  const engine = new Engine(shared, options.executionOptions ?? {});
  // First on every new raw connection: the dialect's setup, the isolation level, initialize() once.
  (pool[EVENTS] as EventDispatcher<PoolEvents<DriverConnection>>).listen(
    'connect',
    (driver, record) => engine.onNewConnection(driver, record),
    { insert: true },
  );
  return engine;
}

function makePool(url: URL, options: EngineOptions, dialect: Engine['dialect']): Pool<DriverConnection> {
  const lifecycle = dialect.createConnectionLifecycle(url, {
    connectArgs: options.connectArgs ?? {},
    connectTimeout: options.connectTimeout ?? 10,
  });
  const PoolCls = options.poolclass ?? dialect.defaultPoolClass(url);
  const poolOptions: PoolOptions = {
    ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
    ...(options.maxOverflow !== undefined ? { maxOverflow: options.maxOverflow } : {}),
    ...(options.poolTimeout !== undefined ? { timeout: options.poolTimeout } : {}),
    ...(options.poolRecycle !== undefined ? { recycle: options.poolRecycle } : {}),
    ...(options.poolPrePing !== undefined ? { prePing: options.poolPrePing } : {}),
    ...(options.poolUseLifo !== undefined ? { useLifo: options.poolUseLifo } : {}),
    ...(options.poolResetOnReturn !== undefined ? { resetOnReturn: options.poolResetOnReturn } : {}),
    ...(options.echoPool !== undefined ? { echo: options.echoPool } : {}),
    ...(options.poolLoggingName !== undefined ? { loggingName: options.poolLoggingName } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  };
  return new PoolCls(lifecycle, poolOptions);
}
