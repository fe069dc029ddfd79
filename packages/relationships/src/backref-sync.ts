// Keeps both sides of a bidirectional relationship in step in memory (SQLAlchemy's backref
// listeners): `user.posts.push(p)` sets `p.author`, `p.author = u` appends to `u.posts` when it is
// loaded. Installed by the configure step on each side; initiator tokens stop the echo.
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
  type ScalarObjectAttributeImpl,
  UnmappedInstanceError,
} from '@retort/orm';

type Impl = CollectionAttributeImpl | ScalarObjectAttributeImpl;

/** Installs the listeners on `property` that update `reverse`, the other side, on the related objects. */
export function installBackrefSync(
  property: RelationshipProperty,
  reverse: RelationshipProperty,
  /** For a many-to-one: the parent an unloaded old value refers to, found without SQL. */
  previousParent: (state: InstanceState) => object | undefined,
): void {
  const other = reverse.impl;
  // What the other side is told when an object this side held is let go of: its own replace,
  // so that the other side does not undo the assignment that caused it.
  const releaseToken: AttributeEventToken = { key: property.key, op: 'replace', impl: property.impl };
  const stateFor = (child: unknown): InstanceState | undefined => {
    if (child === null || child === undefined) return undefined;
    const state = instanceStateOf(child);
    if (state === undefined) {
      throw new UnmappedInstanceError(
        `${property} holds ${reverse.parent.className} objects; got ${describe(child)}, which is not a mapped instance`,
      );
    }
    return state.mapper === reverse.parent ? state : undefined;
  };

  if (property.impl instanceof CollectionAttributeImpl) {
    const dispatch = property.dispatch as EventDispatcher<CollectionAttributeEvents>;
    dispatch.listen('append', (target, child, initiator) => {
      const state = stateFor(child);
      if (state !== undefined && !(initiator.impl === other && isAddition(initiator))) {
        attach(state, other, target, initiator);
      }
      return child;
    });
    dispatch.listen('remove', (target, child, initiator) => {
      const state = stateFor(child);
      if (state !== undefined && !(initiator.impl === other && isRemoval(initiator))) {
        release(state, other, target, initiator);
      }
    });
    return;
  }
  const dispatch = property.dispatch as EventDispatcher<ScalarAttributeEvents>;
  dispatch.listen('set', (target, value, oldValue, initiator) => {
    if (oldValue === value) return value;
    const old =
      oldValue === NO_VALUE ? previousParent(property.parent.stateFor(target)) : (oldValue as object | null);
    const oldState = old === value ? undefined : stateFor(old);
    // The other side letting go of this object already: releasing it again would loop.
    const released =
      initiator.impl === other &&
      (other instanceof CollectionAttributeImpl ? initiator.op === 'remove' : isAddition(initiator));
    if (oldState !== undefined && !released) {
      release(oldState, other, target, releaseToken);
    }
    const state = stateFor(value);
    if (state !== undefined && !(initiator.impl === other && isAddition(initiator))) {
      attach(state, other, target, initiator);
    }
    return value;
  });
}

/** A scalar assignment (`set`) or an append, as the other side fires them. */
function isAddition(token: AttributeEventToken): boolean {
  return token.op === 'append' || token.op === 'replace' || token.op === 'set';
}

function isRemoval(token: AttributeEventToken): boolean {
  return token.op === 'remove' || token.op === 'replace' || token.op === 'set';
}

/**
 * Adds `item` on the other side: appended to a collection that is loaded (a new object's always
 * is; a persistent object's unloaded collection will come from the database after the flush), or
 * assigned to a scalar.
 */
function attach(state: InstanceState, impl: Impl, item: object, initiator: AttributeEventToken): void {
  if (impl instanceof CollectionAttributeImpl) {
    if (impl.isWriteOnly(state)) {
      impl.append(state, item, initiator);
      return;
    }
    if (!collectionAvailable(state, impl)) return;
    const list = impl.get(state) as unknown[];
    if (!list.includes(item)) impl.append(state, item, initiator);
    return;
  }
  impl.set(state, item, initiator);
}

/** Removes `item` from the other side: from a loaded collection, or a scalar that holds it (or is unloaded). */
function release(state: InstanceState, impl: Impl, item: object, initiator: AttributeEventToken): void {
  if (impl instanceof CollectionAttributeImpl) {
    if (impl.isWriteOnly(state) || impl.key in state.dict) impl.remove(state, item, initiator);
    return;
  }
  const current = impl.key in state.dict ? state.dict[impl.key] : NO_VALUE;
  if (current === item || current === NO_VALUE) impl.set(state, null, initiator);
}

/** Whether reading the collection gives it without SQL (loaded, or a new object's empty one). */
function collectionAvailable(state: InstanceState, impl: CollectionAttributeImpl): boolean {
  if (impl.key in state.dict) return true;
  if (state.expiredAttributes.has(impl.key)) return false;
  return state.key === undefined || state.constructed;
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null)
    return `an instance of ${value.constructor?.name ?? 'Object'}`;
  return typeof value === 'string' ? `the string '${value}'` : String(value);
}
