// `class SoftDeleteMixin extends mixin({ deleted_at: mappedColumn(...) }) { … }`: SQLAlchemy's
// mixins. Columns are copied into each table listing the mixin, methods, getters and statics onto
// the mapped class (a class has one parent in JavaScript): `Base.table(n, cols, { mixins: [...] })`.
import { ArgumentError, InvalidRequestError } from '@retort/core';
import type { ClassAttributes, Instance, ModelDef, ReservedCheck } from './model-types';

/** Marks a mixin base class and holds its column definitions. */
const MIXIN_DEF = '~mixinDef';

/** What `mixin({...})` returns: a class to extend with methods. */
export type MixinClass<D extends ModelDef> = (abstract new () => Instance<D>) & {
  readonly '~mixinDef': D;
} & ClassAttributes<D>;

/** A mixin with columns `def` (SQLAlchemy's mixin class with mapped_column() attributes). */
export function mixin<const D extends ModelDef>(def: D & ReservedCheck<D>): MixinClass<D> {
  abstract class Mixin {
    constructor() {
      throw new InvalidRequestError(
        'A mixin class is not instantiated; list it in Base.table(name, columns, { mixins: [...] }) and construct the mapped class',
      );
    }
  }
  Object.defineProperty(Mixin, MIXIN_DEF, { value: def, enumerable: false });
  for (const key of Object.keys(def)) {
    Object.defineProperty(Mixin, key, {
      get(this: { name: string }) {
        throw new InvalidRequestError(
          `${this.name}.${key} is a mixin column; it is an expression only on a mapped class that lists the mixin (e.g. Article.${key})`,
        );
      },
      configurable: true,
    });
  }
  return Mixin as unknown as MixinClass<D>;
}

/** The column definitions of a mixin class (its own or inherited from `mixin({...})`). */
export function mixinDefinition(cls: unknown, tableName: string): ModelDef {
  const def = typeof cls === 'function' ? (cls as { [MIXIN_DEF]?: ModelDef })[MIXIN_DEF] : undefined;
  if (def === undefined) {
    throw new ArgumentError(
      `Base.table('${tableName}'): mixins must be classes made with mixin({...}), got ${typeof cls === 'function' ? `class ${cls.name}` : typeof cls}`,
    );
  }
  return def;
}

/** Copies the mixins' methods, getters and static methods onto a generated mapped class. */
export function applyMixins(
  target: Function,
  mixins: readonly unknown[],
  attributeKeys: ReadonlySet<string>,
): void {
  const skip = new Set([...attributeKeys, 'constructor', 'length', 'name', 'prototype', MIXIN_DEF]);
  for (const mixinClass of mixins) {
    for (const cls of chainUpToMixinBase(mixinClass as Function)) {
      copyMembers(cls.prototype as object, target.prototype as object, skip);
      copyMembers(cls, target, skip);
    }
  }
}

/** The mixin class and its ancestors, most derived first, stopping before the base made by mixin(). */
function chainUpToMixinBase(cls: Function): Function[] {
  const chain: Function[] = [];
  for (
    let c: Function | null = cls;
    c !== null && c !== Function.prototype;
    c = Object.getPrototypeOf(c) as Function | null
  ) {
    if (Object.hasOwn(c, MIXIN_DEF)) break;
    chain.push(c);
  }
  return chain;
}

function copyMembers(from: object, to: object, skip: ReadonlySet<string>): void {
  for (const key of Reflect.ownKeys(from)) {
    if (typeof key === 'string' && skip.has(key)) continue;
    if (Object.hasOwn(to, key)) continue;
    const descriptor = Object.getOwnPropertyDescriptor(from, key);
    if (descriptor) Object.defineProperty(to, key, descriptor);
  }
}
