// Session.merge() (SQLAlchemy's Session._merge): copies an object's loaded attributes onto the
// Session's object of the same identity (from the identity map, loaded with get(), or a new
// pending one), cascading along relationships with the 'merge' cascade.
import { InvalidRequestError, warn } from '@retort/core';
import { StaleDataError } from '../errors/orm-errors';
import type { LoaderOption } from '../query/loader-options';
import type { IdentityKey } from '../state/identity-key';
import { type InstanceState, instanceStateOf } from '../state/instance-state';
import type { Session } from './session';

interface MergeOptions {
  readonly load?: boolean;
  readonly options?: readonly LoaderOption[];
}

export async function mergeInstance<T extends object>(
  session: Session,
  instance: T,
  options: MergeOptions,
): Promise<T> {
  const done = new Map<InstanceState, object>();
  return (await mergeState(session, session.stateOf(instance), options, done)) as T;
}

async function mergeState(
  session: Session,
  state: InstanceState,
  options: MergeOptions,
  done: Map<InstanceState, object>,
): Promise<object> {
  const seen = done.get(state);
  if (seen !== undefined) return seen;
  const load = options.load ?? true;
  const mapper = state.mapper;
  let key: IdentityKey | undefined = state.key;
  let keyIsPersistent = true;
  if (key === undefined) {
    if (state.session === session && state.pending) {
      warn(
        `Instance ${state.describe()} is already pending in this Session yet is being merged again; this is probably not what you want to do`,
      );
    }
    if (!load) {
      throw new InvalidRequestError(
        'merge() with load: false does not support transient (i.e. unpersisted) objects.  flush() all changes on mapped instances before merging with load: false.',
      );
    }
    const values = mapper.primaryKeyFromInstance(state.obj() as object);
    keyIsPersistent = values !== undefined;
    key = values === undefined ? undefined : mapper.identityKeyFromPrimaryKey(values);
  }
  let merged: object | undefined = key === undefined ? undefined : session.identityMap.get(key);
  let isNew = false;
  if (merged === undefined && key !== undefined && !load) {
    if (state.modified) {
      throw new InvalidRequestError(
        "merge() with load: false does not support objects marked as 'dirty'.  flush() all changes on mapped instances before merging with load: false.",
      );
    }
    merged = mapper.newInstance();
    const mergedState = mapper.stateFor(merged);
    mergedState.setIdentity(key);
    session.add(merged);
    isNew = true;
  } else if (merged === undefined && key !== undefined && keyIsPersistent) {
    merged = await session.get(mapper.class_, [...key.identity], {
      ...(key.token !== undefined ? { identityToken: key.token } : {}),
      ...(options.options !== undefined ? { options: options.options } : {}),
    });
  }
  if (merged === undefined) {
    merged = mapper.newInstance();
    session.add(merged);
    isNew = true;
  }
  const mergedState = instanceStateOf(merged) as InstanceState;
  done.set(state, merged);
  if (state !== mergedState) {
    const versionProp = mapper.versionIdProperty;
    if (versionProp !== undefined && versionProp.key in state.dict && versionProp.key in mergedState.dict) {
      const existing = state.dict[versionProp.key];
      const current = mergedState.dict[versionProp.key];
      if (existing !== current) {
        throw new StaleDataError(
          `Version id '${String(existing)}' on merged state ${mergedState.describe()} does not match existing version '${String(current)}'. Leave the version attribute unset when merging to update the most recent version.`,
        );
      }
    }
    mergedState.loadOptions = state.loadOptions;
    for (const prop of mapper.columnAttrs.values()) {
      if (prop.key in state.dict) {
        const value = state.dict[prop.key];
        if (load) prop.impl.set(mergedState, value);
        else mergedState.dict[prop.key] = value;
      } else if (mergedState.key !== undefined && !(prop.key in mergedState.dict)) {
        mergedState.expire([prop.key]);
      }
    }
    for (const prop of mapper.relationships.values()) {
      if (!prop.cascade.merge || !(prop.key in state.dict)) continue;
      const value = state.dict[prop.key];
      const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
      const mergedItems: object[] = [];
      for (const item of items) {
        const itemState = instanceStateOf(item);
        if (itemState !== undefined) mergedItems.push(await mergeState(session, itemState, options, done));
      }
      if (load && prop.impl.loadRequired(mergedState)) await session.loadAttributes(mergedState, [prop.key]);
      const next = prop.uselist ? mergedItems : (mergedItems[0] ?? null);
      if (load) prop.impl.set(mergedState, next);
      else mergedState.dict[prop.key] = prop.impl.loadedValue(mergedState, next);
    }
  }
  if (!load) mergedState.commitAll();
  if (isNew && mapper.dispatch.has('load')) mapper.dispatch.dispatch('load', merged, undefined);
  return merged;
}
