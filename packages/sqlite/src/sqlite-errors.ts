// Translates better-sqlite3 errors into Retort's DBAPIError family, with the classes Python's
// sqlite3 module gives each SQLite result code, and the constraint SQLite names in its message
// (`UNIQUE constraint failed: users.email` → constraintName 'users.email'). Used by SQLiteDialect.
import {
  DatabaseError,
  DataError,
  type DBAPIError,
  type DBAPIErrorClass,
  type ErrorContext,
  IntegrityError,
  InterfaceError,
  InternalError,
  OperationalError,
  ProgrammingError,
  wrapDriverError,
} from '@retort/core';

/** pysqlite's exception class per primary result code. */
const CLASS_BY_CODE: Readonly<Record<string, DBAPIErrorClass>> = {
  SQLITE_INTERNAL: InternalError,
  SQLITE_NOTFOUND: InternalError,
  SQLITE_ERROR: OperationalError,
  SQLITE_PERM: OperationalError,
  SQLITE_ABORT: OperationalError,
  SQLITE_BUSY: OperationalError,
  SQLITE_LOCKED: OperationalError,
  SQLITE_READONLY: OperationalError,
  SQLITE_INTERRUPT: OperationalError,
  SQLITE_IOERR: OperationalError,
  SQLITE_FULL: OperationalError,
  SQLITE_CANTOPEN: OperationalError,
  SQLITE_PROTOCOL: OperationalError,
  SQLITE_EMPTY: OperationalError,
  SQLITE_SCHEMA: OperationalError,
  SQLITE_CORRUPT: DatabaseError,
  SQLITE_NOTADB: DatabaseError,
  SQLITE_TOOBIG: DataError,
  SQLITE_CONSTRAINT: IntegrityError,
  SQLITE_MISMATCH: IntegrityError,
  SQLITE_MISUSE: InterfaceError,
  SQLITE_RANGE: InterfaceError,
};

interface SqliteErrorLike {
  readonly code: string;
  readonly message: string;
}

function isSqliteError(error: unknown): error is SqliteErrorLike {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

/** The primary code of an extended one: SQLITE_CONSTRAINT_UNIQUE → SQLITE_CONSTRAINT. */
function primaryCode(code: string): string {
  const match = /^SQLITE_[A-Z]+/.exec(code);
  return match ? match[0] : code;
}

/** What a constraint failure names: `users.email` (or `users.a, users.b`), or a CHECK constraint's name. */
export function constraintNameOf(message: string): string | undefined {
  const match = /^(?:UNIQUE|NOT NULL|CHECK|PRIMARY KEY) constraint failed: (.+)$/.exec(message);
  return match?.[1];
}

/** Messages meaning the connection can no longer be used. */
export function isSQLiteDisconnect(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return (
    message.includes('The database connection is not open') ||
    message.includes('Cannot operate on a closed database')
  );
}

export function translateSQLiteError(error: unknown, context: ErrorContext): DBAPIError {
  if (isSqliteError(error)) {
    const errorClass = CLASS_BY_CODE[primaryCode(error.code)] ?? DatabaseError;
    return wrapDriverError(errorClass, error, context, {
      driverErrorName: `better_sqlite3.SqliteError ${error.code}`,
      driverCode: error.code,
      constraintName: errorClass === IntegrityError ? constraintNameOf(error.message) : undefined,
    });
  }
  if (isSQLiteDisconnect(error))
    return wrapDriverError(ProgrammingError, error, context, {
      driverErrorName: 'better_sqlite3.TypeError',
      connectionInvalidated: true,
    });
  // better-sqlite3 checks the path itself before SQLite does (pysqlite: "unable to open database file").
  if (error instanceof TypeError && /Cannot open database|unable to open database/.test(error.message))
    return wrapDriverError(OperationalError, error, context, { driverErrorName: 'better_sqlite3.TypeError' });
  // Binding mistakes (wrong number of values, a value SQLite cannot store) are programming errors,
  // as pysqlite reports them.
  if (error instanceof RangeError || error instanceof TypeError)
    return wrapDriverError(ProgrammingError, error, context, {
      driverErrorName: `better_sqlite3.${error.constructor.name}`,
    });
  return wrapDriverError(DatabaseError, error, context);
}
