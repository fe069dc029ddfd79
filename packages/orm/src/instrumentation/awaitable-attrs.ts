// `await user.awaitableAttrs.posts`: each mapped attribute as a promise (SQLAlchemy's
// AsyncAttrs.awaitable_attrs). Loaded values resolve at once; unloaded ones are loaded through the
// owning Session (`SessionHandle.loadAttributes`), which runs the SQL a property read cannot.

import { UnmappedInstanceError } from '../errors/orm-errors';
import { mapperForClass } from '../mapper/class-mapper';
import type { Mapper } from '../mapper/mapper';
import type { AttributeImpl } from './attribute-impl';

const TARGET: unique symbol = Symbol('retort.orm.awaitableTarget');
const prototypes = new WeakMap<Mapper, object>();

/** The awaitable view of a mapped instance's attributes. */
export function awaitableAttrsOf(obj: object): Record<string, Promise<unknown>> {
  const mapper = mapperForClass(obj.constructor);
  if (mapper === undefined) {
    throw new UnmappedInstanceError(
      `Class ${obj.constructor.name} is not mapped, so its instances have no awaitableAttrs`,
    );
  }
  const view = Object.create(prototypeFor(mapper)) as Record<string, Promise<unknown>> & { [TARGET]: object };
  view[TARGET] = obj;
  return view;
}

function prototypeFor(mapper: Mapper): object {
  let proto = prototypes.get(mapper);
  if (proto === undefined) {
    proto = {};
    for (const impl of mapper.attributeImpls.values()) {
      Object.defineProperty(proto, impl.key, {
        get(this: { [TARGET]: object }) {
          return load(mapper, this[TARGET], impl);
        },
        enumerable: true,
      });
    }
    prototypes.set(mapper, proto);
  }
  return proto;
}

async function load(mapper: Mapper, obj: object, impl: AttributeImpl): Promise<unknown> {
  const state = mapper.stateFor(obj);
  if (impl.loadRequired(state)) await state.loadAttributes([impl.key]);
  return impl.get(state);
}
