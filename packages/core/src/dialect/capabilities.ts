// What a dialect's database can do, as read-only flags (SQLAlchemy's dialect `supports_*`
// attributes and testing requirements). Core and the ORM branch on these, never on dialect names.

export interface DialectCapabilities {
  /** INSERT … RETURNING */
  readonly insertReturning: boolean;
  readonly updateReturning: boolean;
  readonly deleteReturning: boolean;
  /** Multi-row INSERT … RETURNING whose rows can be matched to parameter sets (insertmanyvalues "ordered"). */
  readonly insertManyValuesReturningOrdered: boolean;
  /**
   * An autoincrement key numbered in VALUES order can put ordered RETURNING rows back in parameter
   * order (SQLAlchemy's implicit sentinel ANY_AUTOINCREMENT); without it such batches go one row
   * per statement.
   */
  readonly insertManyValuesAutoincrementSentinel: boolean;
  /** Ordered batches numbered by the database are written `INSERT … SELECT … FROM (VALUES …) ORDER BY sen_counter`. */
  readonly insertManyValuesSentinelSelect: boolean;
  /**
   * The driver's executemany costs a round trip per parameter set (network drivers): the ORM's
   * flush then sends several UPDATEs or DELETEs of a table as one statement per batch.
   */
  readonly executemanyRoundTrips: boolean;
  /** `INSERT … VALUES (…), (…)` */
  readonly multiValuesInsert: boolean;
  /** Rows per batch when an executemany INSERT is rewritten as multi-row VALUES. */
  readonly insertManyValuesPageSize: number;
  /**
   * An executemany INSERT without RETURNING is also sent as multi-row VALUES batches (SQLAlchemy's
   * use_insertmanyvalues_wo_returning, true for psycopg2); otherwise the driver runs it per row.
   */
  readonly insertManyValuesWithoutReturning: boolean;
  /** Most bound parameters one statement may carry. */
  readonly maxBindParameters: number;
  /** The driver reports the last inserted row id (MySQL, SQLite). */
  readonly postfetchLastrowid: boolean;
  /** `INSERT INTO t DEFAULT VALUES` */
  readonly defaultValuesInsert: boolean;
  /** `INSERT INTO t () VALUES ()` */
  readonly emptyInsert: boolean;
  readonly nativeBoolean: boolean;
  readonly nativeEnum: boolean;
  readonly nativeUuid: boolean;
  readonly nativeDecimal: boolean;
  readonly nativeJson: boolean;
  /** An INTERVAL type (else Interval is a DATETIME offset from the epoch, as in SQLAlchemy). */
  readonly nativeInterval: boolean;
  /** Enums are named types created apart from tables (PostgreSQL CREATE TYPE … AS ENUM). */
  readonly namedEnumTypes: boolean;
  readonly savepoints: boolean;
  readonly sequences: boolean;
  readonly isDistinctFrom: boolean;
  readonly alterTableConstraints: boolean;
  readonly comments: boolean;
  /** Comments are part of CREATE TABLE (MySQL) rather than separate COMMENT ON statements. */
  readonly inlineComments: boolean;
  readonly serverSideCursors: boolean;
  readonly windowFunctions: boolean;
  readonly ctes: boolean;
  readonly recursiveCtes: boolean;
  readonly lateral: boolean;
  readonly fullOuterJoin: boolean;
  readonly distinctOn: boolean;
  readonly forUpdate: boolean;
  readonly transactionalDdl: boolean;
  /** UPDATE/DELETE rowcount counts matched rows for every statement (not just changed ones). */
  readonly saneRowcount: boolean;
  /** Rowcount is accurate for executemany. */
  readonly saneMultiRowcount: boolean;
  /** UPDATE … FROM / DELETE … USING style multi-table statements. */
  readonly multiTableUpdate: boolean;
  readonly multiTableDelete: boolean;
  readonly isolationLevels: readonly string[];
  readonly maxIdentifierLength: number;
}

/** Conservative defaults; dialects override what their database supports. */
export const DEFAULT_CAPABILITIES: DialectCapabilities = {
  insertReturning: false,
  updateReturning: false,
  deleteReturning: false,
  insertManyValuesReturningOrdered: false,
  insertManyValuesAutoincrementSentinel: false,
  insertManyValuesSentinelSelect: false,
  executemanyRoundTrips: false,
  multiValuesInsert: true,
  insertManyValuesPageSize: 1000,
  insertManyValuesWithoutReturning: false,
  maxBindParameters: 32766,
  postfetchLastrowid: false,
  defaultValuesInsert: true,
  emptyInsert: false,
  nativeBoolean: true,
  nativeEnum: false,
  nativeUuid: false,
  nativeDecimal: true,
  nativeJson: false,
  nativeInterval: false,
  namedEnumTypes: false,
  savepoints: true,
  sequences: false,
  isDistinctFrom: true,
  alterTableConstraints: true,
  comments: false,
  inlineComments: false,
  serverSideCursors: false,
  windowFunctions: true,
  ctes: true,
  recursiveCtes: true,
  lateral: false,
  fullOuterJoin: true,
  distinctOn: false,
  forUpdate: true,
  transactionalDdl: false,
  saneRowcount: true,
  saneMultiRowcount: true,
  multiTableUpdate: false,
  multiTableDelete: false,
  isolationLevels: ['SERIALIZABLE', 'REPEATABLE READ', 'READ COMMITTED', 'READ UNCOMMITTED', 'AUTOCOMMIT'],
  maxIdentifierLength: 9999,
};
