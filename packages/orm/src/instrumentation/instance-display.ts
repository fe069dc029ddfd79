// How mapped instances print in Node (console.log, the test runner's diffs): their attribute
// values live in the instance state, not in own properties, so the default shows `User {}`.
// Shows the loaded attributes under the class name; unloaded ones are left out, never loaded.
import { mapperForClass } from '../mapper/class-mapper';
import type { Mapper } from '../mapper/mapper';

/** Node's util.inspect hook. */
export const NODE_INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

const views = new WeakMap<Mapper, new () => object>();

/** A plain object of `obj`'s loaded attributes, of a class named like the mapped class. */
export function displayInstance(obj: object): object {
  const mapper = mapperForClass(obj.constructor);
  if (mapper === undefined) return obj;
  let View = views.get(mapper);
  if (View === undefined) {
    const name = mapper.className;
    View = { [name]: class {} }[name] as new () => object;
    views.set(mapper, View);
  }
  const view = new View() as Record<string, unknown>;
  const state = mapper.stateFor(obj);
  for (const key of mapper.attributeImpls.keys()) if (key in state.dict) view[key] = state.dict[key];
  return view;
}

/** Installs the display on a mapped class's prototype. */
export function installDisplay(prototype: object): void {
  if (Object.hasOwn(prototype, NODE_INSPECT)) return;
  Object.defineProperty(prototype, NODE_INSPECT, {
    value(this: object) {
      return displayInstance(this);
    },
    configurable: true,
  });
}
