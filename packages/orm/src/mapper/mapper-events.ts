// The events of a mapped class (SQLAlchemy's InstanceEvents and MapperEvents), registered with
// core's `event.listen(User, 'beforeInsert', fn)`. The ORM fires init, expire and
// mapperConfigured; the Session fires load, refresh and the flush events.
import type { Mapper } from './mapper';

export type MapperEvents<T extends object = object> = {
  /** A new instance was constructed, before the constructor applied its keyword values. */
  init: (target: T, values: Readonly<Record<string, unknown>>) => void;
  /** An instance was created from a row (the constructor does not run for loaded objects). */
  load: (target: T, context: unknown) => void;
  /** An instance's attributes were refreshed from a row. */
  refresh: (target: T, context: unknown, keys: readonly string[] | undefined) => void;
  /** Attributes were expired (all of them when `keys` is undefined). */
  expire: (target: T, keys: readonly string[] | undefined) => void;
  beforeInsert: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  afterInsert: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  beforeUpdate: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  afterUpdate: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  beforeDelete: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  afterDelete: (mapper: Mapper<T>, connection: unknown, target: T) => void;
  /** The mapper was configured (its relationships resolved). */
  mapperConfigured: (mapper: Mapper<T>, cls: abstract new (...args: never[]) => T) => void;
};

export const MAPPER_EVENT_NAMES: ReadonlySet<string> = new Set([
  'init',
  'load',
  'refresh',
  'expire',
  'beforeInsert',
  'afterInsert',
  'beforeUpdate',
  'afterUpdate',
  'beforeDelete',
  'afterDelete',
  'mapperConfigured',
]);
