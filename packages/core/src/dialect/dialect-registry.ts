// Finds the dialect for a URL (SQLAlchemy's dialect registry and entry points): dialect packages
// call registerDialect() when imported; createEngine calls loadDialect(), which requires the
// package that serves the URL's backend if nobody imported it yet (Node 20.19+ can require ESM).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { URL } from '../engine/url';
import { ArgumentError, type Dialect, NoSuchModuleError } from '../internal';

export interface DialectEntry {
  /** The URL backend names the package serves: `['postgresql', 'postgres']`. */
  readonly names: readonly string[];
  /** Driver names a URL may give after `+` (`postgresql+pg`); the first is the default. */
  readonly drivers: readonly string[];
  /** A new dialect instance for one engine on `url` (instances are per engine: initialize() changes them). */
  create(url: URL): Dialect;
}

/** Which package serves which backend, for loading and for the "install …" message. */
export const DIALECT_PACKAGES: Readonly<Record<string, { readonly pkg: string; readonly driver: string }>> = {
  postgresql: { pkg: '@retort/pg', driver: 'pg' },
  postgres: { pkg: '@retort/pg', driver: 'pg' },
  mysql: { pkg: '@retort/mysql', driver: 'mysql2' },
  mariadb: { pkg: '@retort/mysql', driver: 'mysql2' },
  sqlite: { pkg: '@retort/sqlite', driver: 'better-sqlite3' },
};

const registry = new Map<string, DialectEntry>();

/** Called by a dialect package at import time. A later registration for a name replaces the earlier one. */
export function registerDialect(entry: DialectEntry): void {
  for (const name of entry.names) registry.set(name, entry);
}

/** The registered entry for a backend name, if any. */
export function registeredDialect(name: string): DialectEntry | undefined {
  return registry.get(name);
}

/** A fresh dialect for `url`, loading its package when needed; clear errors for unknown or missing ones. */
export function loadDialect(url: URL): Dialect {
  const backend = url.getBackendName();
  let entry = registry.get(backend);
  if (!entry) {
    const known = DIALECT_PACKAGES[backend];
    if (!known)
      throw new NoSuchModuleError(
        `Can't load plugin: no dialect named '${backend}' (from the URL '${url.render()}'); Retort knows ${Object.keys(DIALECT_PACKAGES).join(', ')}`,
      );
    requirePackage(known.pkg, known.driver, backend);
    entry = registry.get(backend);
    if (!entry)
      throw new NoSuchModuleError(
        `The package ${known.pkg} loaded but registered no dialect named '${backend}'; is it a Retort dialect package of a matching version?`,
      );
  }
  const driver = url.getDriverName();
  if (driver !== undefined && !entry.drivers.includes(driver))
    throw new ArgumentError(
      `The ${backend} dialect has no driver '${driver}'; Retort drives ${backend} with ${entry.drivers.join(', ')}: use '${backend}://' or '${backend}+${entry.drivers[0]}://'`,
    );
  return entry.create(url);
}

function isNotFound(error: unknown, pkg: string): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return (
    (e?.code === 'MODULE_NOT_FOUND' || e?.code === 'ERR_MODULE_NOT_FOUND') &&
    typeof e.message === 'string' &&
    e.message.includes(pkg)
  );
}

/** Requires `pkg` from the program's directory, then from core's own location (a hoisted install). */
function requirePackage(pkg: string, driver: string, backend: string): void {
  const bases = [join(process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      createRequire(base)(pkg);
      return;
    } catch (error) {
      if (!isNotFound(error, pkg)) throw error;
    }
  }
  throw new NoSuchModuleError(
    `Can't load the '${backend}' dialect: the package ${pkg} is not installed. Install it with its driver: npm install ${pkg} ${driver}`,
  );
}
