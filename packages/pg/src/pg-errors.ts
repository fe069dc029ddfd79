// Translates node-postgres errors into Retort's DBAPIError family (SQLAlchemy's psycopg2 error
// mapping, keyed by SQLSTATE class) and recognises disconnects. Called by PGDialect's error
// translation and by connectPG for connect-time failures.
import {
  DataError,
  DBAPIError,
  type DBAPIErrorClass,
  type ErrorContext,
  IntegrityError,
  InternalError,
  NotSupportedError,
  OperationalError,
  ProgrammingError,
  wrapDriverError,
} from '@retort/core';

/** The fields of a server error (pg's DatabaseError) that translation reads. */
interface PGServerError {
  readonly message: string;
  readonly code: string;
  readonly detail?: string | undefined;
  readonly hint?: string | undefined;
  readonly constraint?: string | undefined;
}

function isServerError(error: unknown): error is PGServerError {
  if (!(error instanceof Error)) return false;
  const fields = error as Error & { code?: unknown; severity?: unknown };
  return (
    typeof fields.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(fields.code) &&
    typeof fields.severity === 'string'
  );
}

/** The DBAPI class of each SQLSTATE class (the first two characters), as psycopg2 maps them. */
const CLASS_BY_SQLSTATE_CLASS: Readonly<Record<string, DBAPIErrorClass>> = {
  '08': OperationalError,
  '0A': NotSupportedError,
  '20': ProgrammingError,
  '21': ProgrammingError,
  '22': DataError,
  '23': IntegrityError,
  '24': InternalError,
  '25': InternalError,
  '26': InternalError,
  '27': OperationalError,
  '28': OperationalError,
  '2B': InternalError,
  '2D': InternalError,
  '2F': InternalError,
  '34': OperationalError,
  '38': InternalError,
  '39': InternalError,
  '3B': InternalError,
  '3D': ProgrammingError,
  '3F': ProgrammingError,
  '40': OperationalError,
  '42': ProgrammingError,
  '44': ProgrammingError,
  '53': OperationalError,
  '54': OperationalError,
  '55': OperationalError,
  '57': OperationalError,
  '58': OperationalError,
  '72': InternalError,
  F0: InternalError,
  HV: OperationalError,
  P0: InternalError,
  XX: InternalError,
};

/** PostgreSQL's condition names (Appendix A) of the errors applications meet, for messages. */
const CONDITION_NAMES: Readonly<Record<string, string>> = {
  '0A000': 'FeatureNotSupported',
  '08000': 'ConnectionException',
  '08003': 'ConnectionDoesNotExist',
  '08006': 'ConnectionFailure',
  '21000': 'CardinalityViolation',
  '22001': 'StringDataRightTruncation',
  '22003': 'NumericValueOutOfRange',
  '22007': 'InvalidDatetimeFormat',
  '22008': 'DatetimeFieldOverflow',
  '22012': 'DivisionByZero',
  '22021': 'CharacterNotInRepertoire',
  '22023': 'InvalidParameterValue',
  '22P02': 'InvalidTextRepresentation',
  '22P05': 'UntranslatableCharacter',
  '23000': 'IntegrityConstraintViolation',
  '23001': 'RestrictViolation',
  '23502': 'NotNullViolation',
  '23503': 'ForeignKeyViolation',
  '23505': 'UniqueViolation',
  '23514': 'CheckViolation',
  '23P01': 'ExclusionViolation',
  '25001': 'ActiveSqlTransaction',
  '25P02': 'InFailedSqlTransaction',
  '28000': 'InvalidAuthorizationSpecification',
  '28P01': 'InvalidPassword',
  '34000': 'InvalidCursorName',
  '3D000': 'InvalidCatalogName',
  '3F000': 'InvalidSchemaName',
  '3B001': 'InvalidSavepointSpecification',
  '40001': 'SerializationFailure',
  '40P01': 'DeadlockDetected',
  '42501': 'InsufficientPrivilege',
  '42601': 'SyntaxError',
  '42702': 'AmbiguousColumn',
  '42703': 'UndefinedColumn',
  '42704': 'UndefinedObject',
  '42710': 'DuplicateObject',
  '42803': 'GroupingError',
  '42804': 'DatatypeMismatch',
  '42830': 'InvalidForeignKey',
  '42883': 'UndefinedFunction',
  '42P01': 'UndefinedTable',
  '42P02': 'UndefinedParameter',
  '42P04': 'DuplicateDatabase',
  '42P06': 'DuplicateSchema',
  '42P07': 'DuplicateTable',
  '42P18': 'IndeterminateDatatype',
  '53300': 'TooManyConnections',
  '55P03': 'LockNotAvailable',
  '57014': 'QueryCanceled',
  '57P01': 'AdminShutdown',
  '57P02': 'CrashShutdown',
  '57P03': 'CannotConnectNow',
  P0001: 'RaiseException',
  XX000: 'InternalError_',
};

/** Socket-level error codes Node reports when the server cannot be reached or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT',
]);

/** What node-postgres says when the socket is gone or the client can no longer be used. */
const DISCONNECT_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'Connection is not open',
  'terminating connection',
  'server closed the connection unexpectedly',
];

/** The SQLSTATEs that mean the server ended this session (administrator kill, shutdown, crash). */
const DISCONNECT_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : globalThis.String(error);
}

/** Whether `error` means the connection is unusable and must be discarded (SQLAlchemy's is_disconnect). */
export function isPGDisconnect(error: unknown): boolean {
  if (error instanceof DBAPIError) return error.connectionInvalidated || isPGDisconnect(error.orig);
  const code = errorCode(error);
  if (code !== undefined) {
    if (DISCONNECT_SQLSTATES.has(code) || code.startsWith('08')) return true;
    if (NETWORK_CODES.has(code)) return true;
  }
  const message = errorMessage(error);
  return DISCONNECT_MESSAGES.some((text) => message.includes(text));
}

/** The condition name SQLAlchemy's psycopg2 messages show (`UniqueViolation`), or the driver's class name. */
function driverErrorName(error: unknown): string {
  if (isServerError(error)) return `pg.${CONDITION_NAMES[error.code] ?? 'DatabaseError'}`;
  return `pg.${error instanceof Error ? error.name : 'Error'}`;
}

/** The server's message with its DETAIL and HINT lines, laid out as libpq prints them. */
function fullMessage(error: unknown): string {
  if (!isServerError(error)) return errorMessage(error);
  let text = error.message;
  if (error.detail) text += `\nDETAIL:  ${error.detail}`;
  if (error.hint) text += `\nHINT:  ${error.hint}`;
  return text;
}

function classOf(error: unknown, disconnect: boolean): DBAPIErrorClass {
  if (isServerError(error)) return CLASS_BY_SQLSTATE_CLASS[error.code.slice(0, 2)] ?? DBAPIError;
  // A driver-side failure without a SQLSTATE: lost sockets and timeouts are operational, the rest is the driver's.
  if (disconnect || NETWORK_CODES.has(errorCode(error) ?? '')) return OperationalError;
  return InternalError;
}

/**
 * Wraps a pg error in the DBAPIError subclass its SQLSTATE calls for, with SQLAlchemy's message
 * layout (`(pg.UniqueViolation) duplicate key …\nDETAIL:  …\n[SQL: …]\n[parameters: …]`), the
 * driver error as `.orig`, the SQLSTATE as `driverCode` and the constraint the server named.
 * A DBAPIError passes through unchanged.
 */
export function translatePGError(error: unknown, context: ErrorContext = {}): DBAPIError {
  if (error instanceof DBAPIError) return error;
  const disconnect = isPGDisconnect(error);
  return wrapDriverError(classOf(error, disconnect), error, context, {
    driverErrorName: driverErrorName(error),
    message: fullMessage(error),
    constraintName: isServerError(error) ? error.constraint : undefined,
    driverCode: errorCode(error),
    connectionInvalidated: disconnect,
  });
}

/** A failed connect as an OperationalError naming the server, like libpq's `connection to server at … failed`. */
export function pgConnectError(
  error: unknown,
  server: { readonly host: string; readonly port: number },
): DBAPIError {
  if (error instanceof DBAPIError) return error;
  let reason = errorMessage(error);
  if (/timeout/i.test(reason)) reason = `timeout expired (${reason})`;
  const where = server.host.startsWith('/')
    ? `on socket "${server.host}/.s.PGSQL.${server.port}"`
    : `at "${server.host}", port ${server.port}`;
  return new OperationalError(`(pg.OperationalError) connection to server ${where} failed: ${reason}`, {
    orig: error,
    driverCode: errorCode(error),
    connectionInvalidated: true,
  });
}
