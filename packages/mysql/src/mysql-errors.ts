// Translates mysql2 errors into Retort's DBAPIError family (the server error numbers PyMySQL maps,
// plus CHECK violations), reads constraint names out of the server's messages, and recognises
// disconnects. Called by MySQLDialect's error translation and by connectMySQL for connect failures.
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

interface MySQLErrorFields {
  readonly message: string;
  readonly code?: string | undefined;
  readonly errno?: number | undefined;
  readonly sqlMessage?: string | undefined;
  readonly fatal?: boolean | undefined;
}

function fieldsOf(error: unknown): MySQLErrorFields {
  if (error instanceof Error) return error as Error & MySQLErrorFields;
  return { message: globalThis.String(error) };
}

/** Server error numbers by DBAPI class (PyMySQL's table, plus MariaDB's and MySQL's CHECK violations). */
const ERRNO_CLASSES: readonly (readonly [DBAPIErrorClass, readonly number[]])[] = [
  [ProgrammingError, [1007, 1064, 1102, 1103, 1110, 1111, 1112, 1113, 1146, 1149, 1179]],
  [DataError, [1171, 1230, 1263, 1264, 1265, 1292, 1365, 1366, 1367, 1406, 1441]],
  // 4025 (MariaDB) and 3819 (MySQL) are CHECK constraint violations: integrity, though PyMySQL leaves them operational.
  [IntegrityError, [1022, 1048, 1062, 1169, 1215, 1216, 1217, 1451, 1452, 1557, 1586, 3819, 4025]],
  [NotSupportedError, [1196, 1235, 1286, 1289]],
];
const CLASS_BY_ERRNO = new Map<number, DBAPIErrorClass>();
for (const [ErrorClass, numbers] of ERRNO_CLASSES) for (const n of numbers) CLASS_BY_ERRNO.set(n, ErrorClass);

/** Client error numbers (CR_*) for what mysql2 reports without one, as the C client would number it. */
const CLIENT_ERRNO_BY_CODE: Readonly<Record<string, number>> = {
  PROTOCOL_CONNECTION_LOST: 2013,
  ECONNRESET: 2013,
  EPIPE: 2006,
  ECONNREFUSED: 2003,
  ETIMEDOUT: 2003,
  EHOSTUNREACH: 2003,
  ENETUNREACH: 2003,
  ENOTFOUND: 2005,
  EAI_AGAIN: 2005,
  ENOENT: 2002,
  PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR: 2006,
  PROTOCOL_ENQUEUE_AFTER_QUIT: 2006,
  PROTOCOL_SEQUENCE_TIMEOUT: 2013,
};

/** Server and client error numbers that mean the session is gone (SQLAlchemy's MySQL is_disconnect list). */
const DISCONNECT_ERRNOS = new Set([1053, 1927, 2006, 2013, 2014, 2045, 2055, 4031]);

const DISCONNECT_MESSAGES = [
  'closed state',
  'Connection lost',
  'The server closed the connection',
  'gone away',
];

function errnoOf(error: MySQLErrorFields): number | undefined {
  if (typeof error.errno === 'number' && error.errno > 0) return error.errno;
  return error.code === undefined ? undefined : CLIENT_ERRNO_BY_CODE[error.code];
}

/** Whether `error` means the connection is unusable and must be discarded. */
export function isMySQLDisconnect(error: unknown): boolean {
  if (error instanceof DBAPIError) return error.connectionInvalidated || isMySQLDisconnect(error.orig);
  const fields = fieldsOf(error);
  const errno = errnoOf(fields);
  if (errno !== undefined && DISCONNECT_ERRNOS.has(errno)) return true;
  if (fields.code === 'ECONNRESET' || fields.code === 'EPIPE') return true;
  return DISCONNECT_MESSAGES.some((text) => fields.message.includes(text));
}

/** Python's repr of a string, as PyMySQL's `(1062, "Duplicate entry …")` shows the message. */
function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const body = text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return `${quote}${quote === "'" ? body.replace(/'/g, "\\'") : body}${quote}`;
}

/**
 * The constraint a server message names: the key of a duplicate entry, the CONSTRAINT of a
 * foreign key or CHECK failure. MySQL 8 writes duplicate keys as `table.key`; the key is kept.
 */
export function mysqlConstraintName(errno: number | undefined, message: string): string | undefined {
  if (errno === 1062 || errno === 1586) {
    const key = /for key '(.*)'$/.exec(message)?.[1];
    return key?.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : key;
  }
  const constraint = /CONSTRAINT `((?:[^`]|``)+)`/.exec(message)?.[1];
  if (constraint !== undefined) return constraint.replace(/``/g, '`');
  return /Check constraint '(.+)' is violated/.exec(message)?.[1];
}

function classFor(errno: number | undefined, disconnect: boolean): DBAPIErrorClass {
  if (errno !== undefined) {
    const known = CLASS_BY_ERRNO.get(errno);
    if (known) return known;
    // PyMySQL: unknown server errors below 1000 are internal, the rest operational.
    return errno < 1000 ? InternalError : OperationalError;
  }
  return disconnect ? OperationalError : InternalError;
}

/**
 * Wraps a mysql2 error in the DBAPIError subclass its error number calls for, with SQLAlchemy's
 * layout and PyMySQL's wording (`(mysql2.IntegrityError) (1062, "Duplicate entry '1' for key
 * 'PRIMARY'")\n[SQL: …]\n[parameters: …]`), the driver error as `.orig`, the statement,
 * parameters, driver code and the constraint the server named.
 */
export function translateMySQLError(error: unknown, context: ErrorContext = {}): DBAPIError {
  if (error instanceof DBAPIError) return error;
  const fields = fieldsOf(error);
  const errno = errnoOf(fields);
  const disconnect = isMySQLDisconnect(error);
  const ErrorClass = classFor(errno, disconnect);
  const text = fields.sqlMessage ?? fields.message;
  return wrapDriverError(ErrorClass, error, context, {
    driverErrorName: `mysql2.${ErrorClass.name}`,
    message: errno === undefined ? text : `(${errno}, ${pyRepr(text)})`,
    constraintName: mysqlConstraintName(errno, text),
    driverCode: fields.code,
    connectionInvalidated: disconnect,
  });
}

/** A failed connect as an OperationalError naming the server, like PyMySQL's `(2003, "Can't connect …")`. */
export function mysqlConnectError(
  error: unknown,
  server: { readonly host: string; readonly socketPath?: string | undefined },
): DBAPIError {
  if (error instanceof DBAPIError) return error;
  const fields = fieldsOf(error);
  if (typeof fields.errno === 'number' && fields.errno >= 1000) {
    const translated = translateMySQLError(error);
    return new OperationalError(translated.message.replace(/^\(mysql2\.\w+\)/, '(mysql2.OperationalError)'), {
      orig: error,
      driverCode: fields.code,
      connectionInvalidated: true,
    });
  }
  const where = server.socketPath ?? server.host;
  const reason =
    fields.code === 'ETIMEDOUT' || /timeout/i.test(fields.message) ? 'timed out' : fields.message;
  const errno = fields.code === 'ENOENT' ? 2002 : 2003;
  const message = `Can't connect to MySQL server on '${where}' (${reason})`;
  return new OperationalError(`(mysql2.OperationalError) (${errno}, ${pyRepr(message)})`, {
    orig: error,
    driverCode: fields.code,
    connectionInvalidated: true,
  });
}
