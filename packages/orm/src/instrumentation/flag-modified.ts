// flagModified(obj, 'data') and isModified(obj): SQLAlchemy's flag_modified() and
// Session.is_modified(). In-place changes (a mutated JSON object) are invisible to the
// accessors, so flagModified() marks the attribute changed for the next flush.
import { UnmappedInstanceError } from '../errors/orm-errors';
import { mapperForClass } from '../mapper/class-mapper';
import type { Mapper } from '../mapper/mapper';
import type { InstanceState, MAPPED_ATTRIBUTES } from '../state/instance-state';
import type { History } from './history';

type KeysOf<T> = T extends { readonly [MAPPED_ATTRIBUTES]?: infer A }
  ? keyof NonNullable<A> & string
  : string;

function stateOf(obj: object): { mapper: Mapper; state: InstanceState } {
  const mapper = typeof obj === 'object' && obj !== null ? mapperForClass(obj.constructor) : undefined;
  if (mapper === undefined) {
    throw new UnmappedInstanceError(`Class ${obj?.constructor?.name ?? typeof obj} is not mapped`);
  }
  return { mapper, state: mapper.stateFor(obj) };
}

/** Marks `key` of `obj` as changed although no assignment happened (its value must be loaded). */
export function flagModified<T extends object>(obj: T, key: KeysOf<T>): void {
  const { mapper, state } = stateOf(obj);
  const impl = mapper.attributeImpls.get(key);
  if (impl === undefined)
    throw new UnmappedInstanceError(`${mapper.className} has no mapped attribute '${key}'`);
  impl.flagModified(state);
}

/** Whether `obj` has changes a flush would write (SQLAlchemy's Session.is_modified, without loading anything). */
export function isModified(obj: object, options: { readonly includeCollections?: boolean } = {}): boolean {
  const { mapper, state } = stateOf(obj);
  if (!state.modified) return false;
  const includeCollections = options.includeCollections ?? true;
  for (const impl of mapper.attributeImpls.values()) {
    if (!includeCollections && impl.isCollection) continue;
    if (state.committedState.has(impl.key) && impl.history(state).hasChanges) return true;
  }
  return false;
}

/** The History of one attribute (SQLAlchemy's attributes.get_history), without loading anything. */
export function getHistory<T extends object>(obj: T, key: KeysOf<T>): History {
  const { mapper, state } = stateOf(obj);
  const impl = mapper.attributeImpls.get(key);
  if (impl === undefined)
    throw new UnmappedInstanceError(`${mapper.className} has no mapped attribute '${key}'`);
  return impl.history(state);
}
