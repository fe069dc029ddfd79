// The save-update cascade as it happens on assignment (SQLAlchemy's track_cascade_events): an
// object appended to, or assigned on, an object of a Session joins that Session at once; a pending
// object taken out of a delete-orphan relationship leaves it. Installed by the configure step.
import type { EventDispatcher } from '@retort/core';
import {
  type AttributeEventToken,
  type CollectionAttributeEvents,
  CollectionAttributeImpl,
  type InstanceState,
  instanceStateOf,
  NO_VALUE,
  type RelationshipProperty,
  type ScalarAttributeEvents,
  Session,
} from '@retort/orm';
import { hasParent } from './dependency/parent-tracker';

/** Installs the cascade listeners of `property` (after parent tracking, so orphans are known). */
export function installCascadeEvents(property: RelationshipProperty): void {
  const cascade = property.cascade;
  if (!cascade.saveUpdate && !cascade.deleteOrphan) return;
  const sessionOf = (target: object): Session | undefined => {
    const session = property.parent.stateFor(target).session;
    return session instanceof Session ? session : undefined;
  };
  /** Only the assignment itself cascades, not what the other side does in return. */
  const direct = (initiator: AttributeEventToken) => initiator.impl === property.impl;
  const attach = (target: object, item: unknown, initiator: AttributeEventToken) => {
    if (!cascade.saveUpdate || item === null || item === undefined || !direct(initiator)) return;
    const session = sessionOf(target);
    const state = instanceStateOf(item);
    if (session !== undefined && state !== undefined && !contains(session, state))
      session.add(item as object);
  };
  const release = (target: object, item: unknown) => {
    if (!cascade.deleteOrphan || item === null || item === undefined || item === NO_VALUE) return;
    const session = sessionOf(target);
    const state = instanceStateOf(item);
    // A pending orphan is forgotten rather than inserted and deleted (SQLAlchemy expunges it).
    if (session !== undefined && state !== undefined && state.pending && state.session === session) {
      if (hasParent(property, state) !== true) session.expunge(item as object);
    }
  };
  if (property.impl instanceof CollectionAttributeImpl) {
    const dispatch = property.dispatch as EventDispatcher<CollectionAttributeEvents>;
    dispatch.listen('append', (target, item, initiator) => {
      attach(target, item, initiator);
      return item;
    });
    dispatch.listen('remove', (target, item) => release(target, item));
    return;
  }
  const dispatch = property.dispatch as EventDispatcher<ScalarAttributeEvents>;
  dispatch.listen('set', (target, value, oldValue, initiator) => {
    if (oldValue === value) return value;
    attach(target, value, initiator);
    release(target, oldValue);
    return value;
  });
}

/** SQLAlchemy's Session._contains_state: pending there, or in its identity map. */
function contains(session: Session, state: InstanceState): boolean {
  if (state.session !== session) return false;
  return state.pending || (state.key !== undefined && session.identityMap.getState(state.key) === state);
}
