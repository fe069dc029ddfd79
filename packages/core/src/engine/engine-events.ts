// The events an Engine accepts (SQLAlchemy's ConnectionEvents and DialectEvents, camelCase), plus
// the pool events it forwards to its pool. `event.listen(engine, 'beforeCursorExecute', fn)`;
// listeners may return a promise, which the engine awaits. Dispatched by Connection and Engine.
import type {
  ClauseElement,
  Connection,
  DBAPIError,
  DriverConnection,
  Engine,
  ExecutionContext,
  ExecutionOptions,
  PoolEvents,
  Result,
} from '../internal';

/** Parameters as the driver receives them: one set, or a list of sets for an executemany. */
export type DriverParams =
  | readonly unknown[]
  | Readonly<Record<string, unknown>>
  | readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[];

/** Execution parameters as the user gives them to execute(). */
export type ExecuteParams = Readonly<Record<string, unknown>>;

/** What a handleError listener sees (SQLAlchemy's ExceptionContext); it may change `isDisconnect`. */
export interface ExceptionContext {
  readonly connection: Connection | undefined;
  readonly engine: Engine;
  readonly cursor: DriverConnection | undefined;
  readonly statement: string | undefined;
  readonly parameters: DriverParams | undefined;
  readonly originalException: unknown;
  /** The DBAPIError the engine made from it (undefined for errors that are not the driver's). */
  readonly sqlalchemyException: DBAPIError | undefined;
  /** The error that will be thrown (after earlier listeners' replacements). */
  readonly chainedException: unknown;
  readonly executionContext: ExecutionContext | undefined;
  /** Whether the connection will be invalidated; a listener may set it. */
  isDisconnect: boolean;
  /** The error happened in the pool's pre-ping. */
  readonly isPrePing: boolean;
  /** The error happened while connecting. */
  readonly isConnect: boolean;
}

type Awaitable<T> = T | Promise<T>;

export interface ConnectionEvents {
  [name: string]: (...args: never[]) => unknown;
  /** Before a statement is compiled and run; with `{ retval: true }` return `[statement, multiparams, params]`. */
  beforeExecute(
    conn: Connection,
    clauseelement: ClauseElement,
    multiparams: readonly ExecuteParams[],
    params: ExecuteParams,
    executionOptions: ExecutionOptions,
  ): Awaitable<undefined | readonly [ClauseElement, readonly ExecuteParams[], ExecuteParams]>;
  afterExecute(
    conn: Connection,
    clauseelement: ClauseElement,
    multiparams: readonly ExecuteParams[],
    params: ExecuteParams,
    executionOptions: ExecutionOptions,
    result: Result<unknown>,
  ): Awaitable<void>;
  /** Before the SQL goes to the driver; with `{ retval: true }` return `[statement, parameters]` to replace them. */
  beforeCursorExecute(
    conn: Connection,
    cursor: DriverConnection,
    statement: string,
    parameters: DriverParams,
    context: ExecutionContext | undefined,
    executemany: boolean,
  ): Awaitable<undefined | readonly [string, DriverParams]>;
  afterCursorExecute(
    conn: Connection,
    cursor: DriverConnection,
    statement: string,
    parameters: DriverParams,
    context: ExecutionContext | undefined,
    executemany: boolean,
  ): Awaitable<void>;
  begin(conn: Connection): Awaitable<void>;
  commit(conn: Connection): Awaitable<void>;
  rollback(conn: Connection): Awaitable<void>;
  savepoint(conn: Connection, name: string): Awaitable<void>;
  rollbackSavepoint(conn: Connection, name: string, context: undefined): Awaitable<void>;
  releaseSavepoint(conn: Connection, name: string, context: undefined): Awaitable<void>;
  /** A statement or connect failed; return an Error to throw that instead. */
  handleError(context: ExceptionContext): Awaitable<undefined | Error>;
  /** A Connection was made by engine.connect(). */
  engineConnect(conn: Connection): Awaitable<void>;
  engineDisposed(engine: Engine): Awaitable<void>;
  setConnectionExecutionOptions(conn: Connection, options: ExecutionOptions): Awaitable<void>;
  setEngineExecutionOptions(engine: Engine, options: ExecutionOptions): Awaitable<void>;
}

/** Every event an Engine takes: its own and its pool's. */
// An interface rather than an intersection: each event is one member, so a listener's parameters are
// typed from it (an intersection would also meet the other interface's index signature).
export interface EngineEvents extends ConnectionEvents, PoolEvents<DriverConnection> {}

export const CONNECTION_EVENT_NAMES: ReadonlySet<string> = new Set([
  'beforeExecute',
  'afterExecute',
  'beforeCursorExecute',
  'afterCursorExecute',
  'begin',
  'commit',
  'rollback',
  'savepoint',
  'rollbackSavepoint',
  'releaseSavepoint',
  'handleError',
  'engineConnect',
  'engineDisposed',
  'setConnectionExecutionOptions',
  'setEngineExecutionOptions',
]);

export const POOL_EVENT_NAMES_FOR_ENGINE: ReadonlySet<string> = new Set([
  'connect',
  'firstConnect',
  'checkout',
  'checkin',
  'reset',
  'invalidate',
  'softInvalidate',
  'close',
  'detach',
]);
