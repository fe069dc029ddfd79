// One statement's execution as events see it (SQLAlchemy's DefaultExecutionContext), and the
// execution options a Connection or Engine carries. Made by Connection for each execute().
import type {
  ClauseElement,
  Compiled,
  CompiledCache,
  Connection,
  DriverParams,
  IsolationLevel,
} from '../internal';

/** Options of Engine/Connection.executionOptions() (SQLAlchemy's execution_options). */
export interface ExecutionOptions {
  /** Isolation level of this connection's next transactions, incl. 'AUTOCOMMIT'; reset when it goes back to the pool. */
  readonly isolationLevel?: IsolationLevel;
  /** Read rows through a server-side cursor (what stream() does; execute() still buffers). */
  readonly streamResults?: boolean;
  /** Rows per fetch from a server-side cursor (stream()). */
  readonly yieldPer?: number;
  readonly maxRowBuffer?: number;
  /** Prefix of this connection's echo lines: `[token] …`. */
  readonly loggingToken?: string;
  /** `null` compiles every statement afresh (echo `[caching disabled …]`); a cache of one's own otherwise. */
  readonly compiledCache?: CompiledCache | null;
  /** Rows per insertmanyvalues batch (default: the dialect's, 1000). */
  readonly insertmanyvaluesPageSize?: number;
  /**
   * @internal The result's rows are the driver's arrays with the type processors applied, not Row
   * objects: for the ORM, which reads them by position and hands out objects instead.
   */
  readonly '~plainRows'?: boolean;
  /** Other options travel along for events and the ORM. */
  readonly [option: string]: unknown;
}

export class ExecutionContext {
  /** Rows affected, once the driver answered. */
  rowcount = -1;
  lastrowid: number | bigint | undefined;

  constructor(
    readonly connection: Connection,
    /** The compiled form, undefined for `execDriverSql`. */
    readonly compiled: Compiled | undefined,
    /** The statement object as executed (undefined for driver SQL). */
    readonly invokedStatement: ClauseElement | undefined,
    /** The SQL sent. */
    readonly statement: string,
    readonly parameters: DriverParams,
    readonly executemany: boolean,
    readonly executionOptions: ExecutionOptions,
  ) {}

  get isInsert(): boolean {
    return this.compiled?.isInsert ?? false;
  }

  get isUpdate(): boolean {
    return this.compiled?.isUpdate ?? false;
  }

  get isDelete(): boolean {
    return this.compiled?.isDelete ?? false;
  }

  get isDDL(): boolean {
    return this.compiled?.isDDL ?? false;
  }

  get engine(): Connection['engine'] {
    return this.connection.engine;
  }
}
