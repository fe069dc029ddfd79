// The error part of a dialect: how its driver's errors become DBAPIError subclasses and which of
// them mean a lost connection. Dialect packages give one from their `<d>-errors.ts`; DefaultDialect's
// translateError() and isDisconnect() use it.
import type { DBAPIError } from '../errors/dbapi-error';
import type { ErrorContext } from './dialect';

export interface DriverErrorRules {
  /** The DBAPIError subclass for a driver error (IntegrityError, OperationalError, …); a DBAPIError passes. */
  translate(error: unknown, context: ErrorContext): DBAPIError;
  /** Whether `error` means the connection is unusable and must be discarded (SQLAlchemy's is_disconnect). */
  isDisconnect(error: unknown): boolean;
}
