// validates(User, 'email', (user, key, value) => …): SQLAlchemy's @validates. The function runs
// when the attribute is set (or a collection member appended, and removed with includeRemoves)
// and returns the value to store, or throws. Registered as a `retval` attribute listener.
import { ArgumentError, InvalidRequestError } from '@retort/core';
import { mapperForClass } from '../mapper/class-mapper';
import type { MAPPED_ATTRIBUTES } from '../state/instance-state';
import type { AttributeEventToken } from './attribute-events';

type AttrsOf<T> = T extends { readonly [MAPPED_ATTRIBUTES]?: infer A } ? NonNullable<A> : never;
type ItemOf<T, K> = K extends keyof AttrsOf<T>
  ? AttrsOf<T>[K] extends { readonly item: infer I }
    ? I
    : never
  : never;
type InstanceOf<C> = C extends abstract new (...args: never[]) => infer I ? I : never;

export interface ValidatesOptions {
  /** Also call the validator when a collection member is removed (with `isRemove` true). */
  readonly includeRemoves?: boolean;
  /** Also validate changes made by the other side of a relationship (default true). */
  readonly includeBackrefs?: boolean;
}

const registered = new WeakMap<object, Set<string>>();

/**
 * Validates `keys` of `cls`: `validator(obj, key, value, isRemove)` returns the value to store.
 * Call it after the class, or inside it: `static { validates(this, 'email', …) }`.
 */
export function validates<
  C extends abstract new (
    ...args: never[]
  ) => object,
  const K extends keyof AttrsOf<InstanceOf<C>> & string,
>(
  cls: C,
  keys: K | readonly K[],
  validator: (
    obj: InstanceOf<C>,
    key: K,
    value: ItemOf<InstanceOf<C>, K>,
    isRemove: boolean,
  ) => ItemOf<InstanceOf<C>, K>,
  options: ValidatesOptions = {},
): void {
  const mapper = mapperForClass(cls);
  if (mapper === undefined) throw new ArgumentError(`validates() needs a mapped class, got ${cls.name}`);
  const done = registered.get(mapper) ?? new Set<string>();
  registered.set(mapper, done);
  for (const key of typeof keys === 'string' ? [keys] : keys) {
    const prop = mapper.getPropertyOrUndefined(key);
    if (prop === undefined)
      throw new ArgumentError(`validates(): ${mapper.className} has no mapped attribute '${key}'`);
    if (done.has(key)) {
      throw new InvalidRequestError(
        `A validation function for mapped attribute '${key}' on mapper ${mapper} already exists.`,
      );
    }
    done.add(key);
    const includeBackrefs = options.includeBackrefs ?? true;
    const own = (initiator: AttributeEventToken) => includeBackrefs || initiator.impl === prop.impl;
    const call = (target: object, value: unknown, isRemove: boolean) =>
      validator(target as InstanceOf<C>, key, value as ItemOf<InstanceOf<C>, K>, isRemove);
    const dispatch = prop.dispatch as unknown as {
      listen(name: string, fn: (...args: never[]) => unknown, options: object): void;
    };
    if (prop.impl.isCollection) {
      dispatch.listen(
        'append',
        ((target: object, value: unknown, initiator: AttributeEventToken) =>
          own(initiator) ? call(target, value, false) : value) as (...args: never[]) => unknown,
        { retval: true },
      );
      if (options.includeRemoves) {
        dispatch.listen(
          'remove',
          ((target: object, value: unknown, initiator: AttributeEventToken) => {
            if (own(initiator)) call(target, value, true);
          }) as (...args: never[]) => unknown,
          {},
        );
      }
    } else {
      dispatch.listen(
        'set',
        ((target: object, value: unknown, _old: unknown, initiator: AttributeEventToken) =>
          own(initiator) ? call(target, value, false) : value) as (...args: never[]) => unknown,
        { retval: true },
      );
    }
  }
}
