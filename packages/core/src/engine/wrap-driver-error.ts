// Builds a DBAPIError from a driver error with SQLAlchemy's message layout:
// `(better_sqlite3.SqliteError) UNIQUE constraint failed: users.email\n[SQL: …]\n[parameters: (…)]`.
// Dialects call it from translateError(); the engine calls it for errors no dialect claimed.
import { type DBAPIError, type DBAPIErrorClass, type ErrorContext, reprParams } from '../internal';

export interface DriverErrorExtras {
  /** The driver's error class for the message prefix (`pg.DatabaseError`, `better_sqlite3.SqliteError`). */
  readonly driverErrorName?: string;
  /** The driver error's text when it is more than `error.message` (pg's DETAIL and HINT lines). */
  readonly message?: string;
  readonly constraintName?: string | undefined;
  readonly driverCode?: string | undefined;
  readonly connectionInvalidated?: boolean;
}

function origMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

function origName(error: unknown): string {
  if (error instanceof Error) return error.constructor.name === 'Error' ? error.name : error.constructor.name;
  return typeof error;
}

export function wrapDriverError(
  errorClass: DBAPIErrorClass,
  error: unknown,
  context: ErrorContext,
  extras: DriverErrorExtras = {},
): DBAPIError {
  let message = `(${extras.driverErrorName ?? origName(error)}) ${extras.message ?? origMessage(error)}`;
  if (context.statement !== undefined) {
    message += `\n[SQL: ${context.statement}]`;
    if (context.hideParameters) message += '\n[SQL parameters hidden due to hide_parameters=True]';
    else if (context.params !== undefined)
      message += `\n[parameters: ${reprParams(context.params as readonly unknown[], context.executemany ?? false)}]`;
  }
  return new errorClass(message, {
    orig: error,
    statement: context.statement,
    params: context.params,
    constraintName: extras.constraintName,
    driverCode: extras.driverCode,
    connectionInvalidated: extras.connectionInvalidated ?? false,
  });
}
