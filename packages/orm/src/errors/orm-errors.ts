// The ORM's errors (SQLAlchemy's sqlalchemy.orm.exc and the ORM half of sqlalchemy.exc), all
// RetortError subclasses. Thrown by mapping, instrumentation, instance state and the Session.
import { InvalidRequestError, RetortError } from '@retort/core';

/** An instance is not attached to a Session, so an operation that needs SQL cannot proceed. */
export class DetachedInstanceError extends InvalidRequestError {
  override name = 'DetachedInstanceError';
}

/** An object was passed where a mapped instance is required. */
export class UnmappedInstanceError extends InvalidRequestError {
  override name = 'UnmappedInstanceError';
}

/** A class was passed where a mapped class is required. */
export class UnmappedClassError extends InvalidRequestError {
  override name = 'UnmappedClassError';
}

/** `inspect()` was given something it has no inspection for (SQLAlchemy's NoInspectionAvailable). */
export class NoInspectionAvailable extends InvalidRequestError {
  override name = 'NoInspectionAvailable';
}

/**
 * A property read needed SQL: the attribute is unloaded, expired or deferred on a persistent
 * object, and a synchronous read cannot run a query. Says which attribute and both ways out.
 * SQLAlchemy's asyncio extension raises MissingGreenlet in the same situation.
 */
export class UnloadedAttributeError extends InvalidRequestError {
  override name = 'UnloadedAttributeError';
}

/** A model declaration is wrong in a way only the configure step can see (names both classes). */
export class MapperConfigurationError extends InvalidRequestError {
  override name = 'MapperConfigurationError';
}

/**
 * A flush found the database out of step with the Session: an UPDATE or DELETE matched fewer (or
 * more) rows than it addressed, e.g. a version counter changed underneath (SQLAlchemy's StaleDataError).
 */
export class StaleDataError extends RetortError {
  override name = 'StaleDataError';
}

/** The unit of work could not proceed with the objects it was given (SQLAlchemy's FlushError). */
export class FlushError extends RetortError {
  override name = 'FlushError';
}

/** An object's row is gone: a refresh or attribute load found nothing (SQLAlchemy's ObjectDeletedError). */
export class ObjectDeletedError extends InvalidRequestError {
  override name = 'ObjectDeletedError';
}

/** `synchronizeSession: 'evaluate'` met criteria it cannot evaluate in JavaScript. */
export class UnevaluatableError extends InvalidRequestError {
  override name = 'UnevaluatableError';
}
