// The events of instrumented attributes (SQLAlchemy's AttributeEvents): set, append, remove,
// bulkReplace, initCollection, modified, listened to with core's `event.listen(User.username, 'set',
// fn)`. @retort/relationships syncs both sides through them; validates() is a retval listener.
import type { NoValue } from './history';

/** Identifies the operation behind an event, so a listener can tell its own echo from a new change. */
export interface AttributeEventToken {
  /** The attribute key on its class. */
  readonly key: string;
  readonly op: 'set' | 'append' | 'remove' | 'replace' | 'modified';
  /** The attribute implementation that fired (compare with `===` to recognise a round trip). */
  readonly impl: object;
}

/** Events of a column or scalar relationship attribute. */
export type ScalarAttributeEvents<T = unknown> = {
  /**
   * A value was assigned to `target`'s attribute. `oldValue` is NO_VALUE when nothing was loaded.
   * Registered with `{ retval: true }`, the listener's return value is stored instead of `value`.
   */
  set: (target: object, value: T, oldValue: T | NoValue, initiator: AttributeEventToken) => unknown;
  /** `flagModified()` was called for the attribute. */
  modified: (target: object, initiator: AttributeEventToken) => void;
};

/** Events of a collection attribute (`user.posts`). */
export type CollectionAttributeEvents<E = unknown> = {
  /** A member was added (push, splice, index assignment, or replacement of the collection). With `{ retval: true }` the return value is added instead. */
  append: (target: object, value: E, initiator: AttributeEventToken) => unknown;
  /** A member was removed. */
  remove: (target: object, value: E, initiator: AttributeEventToken) => void;
  /** The whole collection is about to be replaced by `values` (`user.posts = [...]`); append/remove follow per member. */
  bulkReplace: (target: object, values: E[], initiator: AttributeEventToken) => void;
  /** An empty collection was created for an object that had none loaded (a new object's first read). */
  initCollection: (target: object, collection: E[]) => void;
  /** `flagModified()` was called for the attribute. */
  modified: (target: object, initiator: AttributeEventToken) => void;
};

export const SCALAR_EVENT_NAMES: ReadonlySet<string> = new Set(['set', 'modified']);
export const COLLECTION_EVENT_NAMES: ReadonlySet<string> = new Set([
  'append',
  'remove',
  'bulkReplace',
  'initCollection',
  'modified',
]);
