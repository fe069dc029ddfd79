// Wrappers of errors raised by a database driver (SQLAlchemy's DBAPIError family). Dialects build
// them in their error translation; the engine attaches the statement and parameters.

export interface DBAPIErrorDetails {
  /** The error the driver threw, unchanged. */
  readonly orig: unknown;
  readonly statement?: string | undefined;
  readonly params?: unknown;
  /** The constraint the database named, when it names one (unique, foreign key, check, not null). */
  readonly constraintName?: string | undefined;
  /** The driver's or database's error code (`23505`, `ER_DUP_ENTRY`, `SQLITE_CONSTRAINT_UNIQUE`). */
  readonly driverCode?: string | undefined;
  /** True when the error means the connection is gone and was invalidated. */
  readonly connectionInvalidated?: boolean;
}

import { RetortError } from './retort-error';

export class DBAPIError extends RetortError {
  override name = 'DBAPIError';
  readonly orig: unknown;
  readonly statement: string | undefined;
  readonly params: unknown;
  readonly constraintName: string | undefined;
  readonly driverCode: string | undefined;
  connectionInvalidated: boolean;

  constructor(message: string, details: DBAPIErrorDetails) {
    super(message, { cause: details.orig, code: 'dbapi' });
    this.orig = details.orig;
    this.statement = details.statement;
    this.params = details.params;
    this.constraintName = details.constraintName;
    this.driverCode = details.driverCode;
    this.connectionInvalidated = details.connectionInvalidated ?? false;
  }
}

export class InterfaceError extends DBAPIError {
  override name = 'InterfaceError';
}
export class DatabaseError extends DBAPIError {
  override name = 'DatabaseError';
}
export class DataError extends DatabaseError {
  override name = 'DataError';
}
export class OperationalError extends DatabaseError {
  override name = 'OperationalError';
}
export class IntegrityError extends DatabaseError {
  override name = 'IntegrityError';
}
export class InternalError extends DatabaseError {
  override name = 'InternalError';
}
export class ProgrammingError extends DatabaseError {
  override name = 'ProgrammingError';
}
export class NotSupportedError extends DatabaseError {
  override name = 'NotSupportedError';
}

/** The DBAPIError subclasses a dialect may choose from when it translates a driver error. */
export type DBAPIErrorClass =
  | typeof DBAPIError
  | typeof InterfaceError
  | typeof DatabaseError
  | typeof DataError
  | typeof OperationalError
  | typeof IntegrityError
  | typeof InternalError
  | typeof ProgrammingError
  | typeof NotSupportedError;
