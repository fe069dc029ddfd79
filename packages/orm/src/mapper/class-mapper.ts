// Finds the Mapper of a mapped class: mapped classes carry it under a symbol (inherited by the
// user's subclass of a generated base), and the first use of a subclass tells the mapper which
// class it maps (JavaScript has no hook that runs when a class is extended).
import type { Mapper } from './mapper';

/** Where a mapped class keeps its Mapper. */
export const MAPPER: unique symbol = Symbol.for('retort.orm.mapper');

/** The mapper of a mapped class (claiming the class for it), or undefined for anything else. */
export function mapperForClass(cls: unknown): Mapper | undefined {
  if (typeof cls !== 'function') return undefined;
  const mapper = (cls as { [MAPPER]?: Mapper })[MAPPER];
  if (mapper === undefined) return undefined;
  mapper.claim(cls as abstract new (...args: never[]) => object);
  return mapper;
}

/** Records the mapper of a class (the generated base, or an imperatively mapped class). */
export function setClassMapper(cls: Function, mapper: Mapper): void {
  Object.defineProperty(cls, MAPPER, { value: mapper, enumerable: false, configurable: true });
}

const byTable = new WeakMap<object, Mapper>();

/** Records the mapper of a table (the Session asks which statements touch mapped tables). */
export function setTableMapper(table: object, mapper: Mapper): void {
  if (!byTable.has(table)) byTable.set(table, mapper);
}

/** The mapper of a table, if one maps it. */
export function mapperForTable(table: unknown): Mapper | undefined {
  return typeof table === 'object' && table !== null ? byTable.get(table) : undefined;
}
