// Every benchmarked system by id, imported only when used (a W7 child loads one system, not all).
// The order is the report's column order; raw comes first because it is every ratio's baseline.
import type { SystemFactory } from '../system';

export const RAW_SYSTEM = 'raw';

export const SYSTEMS: Readonly<Record<string, () => Promise<SystemFactory>>> = {
  raw: async () => (await import('./raw')).createRawSystem,
  'retort-core': async () => (await import('./retort-core')).createRetortCoreSystem,
  'retort-orm': async () => (await import('./retort-orm')).createRetortOrmSystem,
  kysely: async () => (await import('./kysely')).createKyselySystem,
  drizzle: async () => (await import('./drizzle')).createDrizzleSystem,
  'mikro-orm': async () => (await import('./mikro-orm')).createMikroOrmSystem,
  typeorm: async () => (await import('./typeorm')).createTypeOrmSystem,
  sequelize: async () => (await import('./sequelize')).createSequelizeSystem,
};

export const SYSTEM_IDS: readonly string[] = Object.keys(SYSTEMS);
