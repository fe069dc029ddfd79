// The error hierarchy of Retort, mirroring sqlalchemy.exc (ROSETTA §8). Thrown by every layer;
// driver errors are wrapped into DBAPIError subclasses by the dialect's error translation.

/** Base of every error Retort raises (SQLAlchemy's SQLAlchemyError). */
export class RetortError extends Error {
  override name = 'RetortError';
  /** SQLAlchemy's error code, where it has one (`3o7r` for the pool timeout). */
  readonly code: string | undefined;

  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = options?.code;
  }
}

/** A function or method received an argument it cannot use. */
export class ArgumentError extends RetortError {
  override name = 'ArgumentError';
}

/** A construct cannot be rendered as SQL for the dialect at hand. */
export class CompileError extends RetortError {
  override name = 'CompileError';
}

/** A construct is not supported by the dialect in use. */
export class UnsupportedCompilationError extends CompileError {
  override name = 'UnsupportedCompilationError';
}

/** The operation was asked for at the wrong time or in the wrong state. */
export class InvalidRequestError extends RetortError {
  override name = 'InvalidRequestError';
}

/** `Result.one()`/`scalarOne()` found no row. */
export class NoResultFound extends InvalidRequestError {
  override name = 'NoResultFound';
}

/** `Result.one()`/`oneOrNone()` found more than one row. */
export class MultipleResultsFound extends InvalidRequestError {
  override name = 'MultipleResultsFound';
}

/** A name that a statement or Row was asked for does not exist. */
export class NoSuchColumnError extends InvalidRequestError {
  override name = 'NoSuchColumnError';
}

/** A table named by a foreign key or a reflection call does not exist. */
export class NoSuchTableError extends InvalidRequestError {
  override name = 'NoSuchTableError';
}

/** A foreign key points at a table or column that is not there. */
export class NoReferencedTableError extends InvalidRequestError {
  override name = 'NoReferencedTableError';
}

export class NoReferencedColumnError extends InvalidRequestError {
  override name = 'NoReferencedColumnError';
}

/** No foreign key (or more than one) joins two selectables and no ON clause was given. */
export class NoForeignKeysError extends ArgumentError {
  override name = 'NoForeignKeysError';
}

export class AmbiguousForeignKeysError extends ArgumentError {
  override name = 'AmbiguousForeignKeysError';
}

/** The connection pool had no connection to give within `poolTimeout` seconds. */
export class TimeoutError extends RetortError {
  override name = 'TimeoutError';
}

/** An operation was attempted on a closed Connection, Result or Engine. */
export class ResourceClosedError extends InvalidRequestError {
  override name = 'ResourceClosedError';
}

/**
 * A connection was lost and must be replaced. A pool `checkout` listener throws it to make the pool
 * discard the connection and check out a fresh one (at most two retries, as in SQLAlchemy).
 */
export class DisconnectionError extends RetortError {
  override name = 'DisconnectionError';
  /** Whether every pooled connection made before this one is replaced too (see InvalidatePoolError). */
  readonly invalidatePool: boolean = false;
}

/** A DisconnectionError that also replaces every pooled connection made before it (a failed pre-ping throws it). */
export class InvalidatePoolError extends DisconnectionError {
  override name = 'InvalidatePoolError';
  override readonly invalidatePool: boolean = true;
}

/** The session or connection needs `rollback()` after an earlier failure before it accepts more work. */
export class PendingRollbackError extends InvalidRequestError {
  override name = 'PendingRollbackError';
}

/** A circular dependency among tables or flush actions could not be ordered. */
export class CircularDependencyError extends RetortError {
  override name = 'CircularDependencyError';
}

/** A dialect named by a URL is unknown, or its package is not installed (SQLAlchemy's NoSuchModuleError). */
export class NoSuchModuleError extends ArgumentError {
  override name = 'NoSuchModuleError';
}

/** A constraint or index names a column its table does not have (SQLAlchemy's ConstraintColumnNotFoundError). */
export class ConstraintColumnNotFoundError extends ArgumentError {
  override name = 'ConstraintColumnNotFoundError';
}

/** A table got two columns with the same key (SQLAlchemy's DuplicateColumnError). */
export class DuplicateColumnError extends ArgumentError {
  override name = 'DuplicateColumnError';
}

/** An identifier is longer than the database allows (SQLAlchemy's IdentifierError). */
export class IdentifierError extends RetortError {
  override name = 'IdentifierError';
}

/** A value is not one of an Enum's values (Python's LookupError, which SQLAlchemy's Enum raises). */
export class LookupError extends RetortError {
  override name = 'LookupError';
}
