// Which parent holds an object through a relationship (SQLAlchemy's trackparent / hasparent):
// appends and assignments record the parent, removals forget it. The flush asks it whether an
// object taken out of a collection is an orphan (delete-orphan) or only moved to another parent.
import type { EventDispatcher } from '@retort/core';
import {
  type CollectionAttributeEvents,
  CollectionAttributeImpl,
  type InstanceState,
  instanceStateOf,
  NO_VALUE,
  type RelationshipProperty,
  type ScalarAttributeEvents,
} from '@retort/orm';

/** Per object: its parent along each relationship, or false once it was removed from it. */
const parents = new WeakMap<InstanceState, Map<RelationshipProperty, InstanceState | false>>();

/**
 * Whether `child` has a parent along `property`: true or false once an append, assignment or
 * removal said so; undefined when nothing did (an object loaded with its parent).
 */
export function hasParent(property: RelationshipProperty, child: InstanceState): boolean | undefined {
  const entry = parents.get(child)?.get(property);
  return entry === undefined ? undefined : entry !== false;
}

function setParent(
  property: RelationshipProperty,
  child: unknown,
  parent: InstanceState,
  value: boolean,
): void {
  const state = instanceStateOf(child);
  if (state === undefined) return;
  let map = parents.get(state);
  if (map === undefined) {
    map = new Map();
    parents.set(state, map);
  }
  if (value) {
    map.set(property, parent);
    return;
  }
  // Removed from a parent it no longer had (moved to another one first): keep the new parent.
  const last = map.get(property);
  if (last !== undefined && last !== false && last !== parent) return;
  map.set(property, false);
}

/** Installs the listeners that record parents along `property` (before any other listener). */
export function installParentTracking(property: RelationshipProperty): void {
  const parentOf = (target: object) => property.parent.stateFor(target);
  if (property.impl instanceof CollectionAttributeImpl) {
    const dispatch = property.dispatch as EventDispatcher<CollectionAttributeEvents>;
    dispatch.listen(
      'append',
      (target, child) => {
        if (child !== null && child !== undefined) setParent(property, child, parentOf(target), true);
        return child;
      },
      { insert: true },
    );
    dispatch.listen(
      'remove',
      (target, child) => {
        if (child !== null && child !== undefined) setParent(property, child, parentOf(target), false);
      },
      { insert: true },
    );
    return;
  }
  const dispatch = property.dispatch as EventDispatcher<ScalarAttributeEvents>;
  dispatch.listen(
    'set',
    (target, value, oldValue) => {
      const parent = parentOf(target);
      if (oldValue !== value && oldValue !== NO_VALUE && oldValue !== null && oldValue !== undefined) {
        setParent(property, oldValue, parent, false);
      }
      if (value !== null && value !== undefined) setParent(property, value, parent, true);
      return value;
    },
    { insert: true },
  );
}
