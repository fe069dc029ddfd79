// inspect(): SQLAlchemy's runtime inspection. A mapped class gives its Mapper, an aliased()
// entity its AliasedInsp, a mapped instance its InstanceState; engines and connections get core's
// Inspector. The ORM also registers these with core's inspect(), so either import works.
import {
  ArgumentError,
  type Connection,
  inspect as coreInspect,
  type Engine,
  type Inspector,
  registerInspection,
} from '@retort/core';
import type { InstanceOf } from './declarative/model-types';
import { NoInspectionAvailable } from './errors/orm-errors';
import { mapperForClass } from './mapper/class-mapper';
import type { Mapper } from './mapper/mapper';
import { type ALIASED_INSP, type AliasedInsp, aliasedInspOf } from './query/aliased';
import type { InstanceState } from './state/instance-state';

/** The ORM's inspection of `subject`, or undefined when it is not an ORM object. */
function ormInspection(subject: unknown): AliasedInsp | Mapper | InstanceState | undefined {
  const aliased = aliasedInspOf(subject);
  if (aliased !== undefined) return aliased;
  if (typeof subject === 'function') {
    const mapper = mapperForClass(subject);
    if (mapper !== undefined) mapper.registry.configure();
    return mapper;
  }
  if (typeof subject === 'object' && subject !== null) {
    return mapperForClass(subject.constructor)?.stateFor(subject);
  }
  return undefined;
}

registerInspection(
  (subject) => ormInspection(subject) !== undefined,
  (subject) => ormInspection(subject),
);

/** `inspect(engine)`: core's Inspector (reflection). */
export function inspect(subject: Engine | Connection): Inspector;
/** `inspect(u2)` for an aliased() entity. */
export function inspect(entity: { readonly [ALIASED_INSP]: AliasedInsp }): AliasedInsp;
/** `inspect(User)`: the Mapper. */
export function inspect<C extends abstract new (...args: never[]) => object>(cls: C): Mapper<InstanceOf<C>>;
/** `inspect(user)`: the InstanceState (`.transient`, `.pending`, `.persistent`, `.attrs.x.history`, …). */
export function inspect<T extends object>(obj: T): InstanceState<T>;
export function inspect(subject: object): unknown {
  const found = ormInspection(subject);
  if (found !== undefined) return found;
  try {
    return coreInspect(subject);
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    const what =
      typeof subject === 'function'
        ? `class ${subject.name}`
        : `${subject?.constructor?.name ?? typeof subject} object`;
    throw new NoInspectionAvailable(`No inspection system is available for ${what}`, { cause: error });
  }
}
