// Reads a PostgreSQL URL (`postgresql://user:pw@host:port/db?connect_timeout=5`) and createEngine's
// connectArgs into the options connectPG takes, as SQLAlchemy hands them to psycopg2 (libpq names;
// connectArgs win over the URL). Called by PGDialect.createConnectionLifecycle.
import { ArgumentError, type ConnectOptions, type URL } from '@retort/core';
import type { PGConnectOptions } from './pg-driver';

/** libpq parameter names understood in the URL query and in connectArgs. */
const LIBPQ_OPTIONS = [
  'host',
  'port',
  'user',
  'password',
  'dbname',
  'connect_timeout',
  'application_name',
  'sslmode',
  'options',
] as const;

/**
 * The driver adapter's own option (not libpq's), in the URL query or connectArgs: named prepared
 * statements kept per connection, as SQLAlchemy's asyncpg dialect reads it from the URL.
 */
const PREPARED_STATEMENT_CACHE_SIZE = 'prepared_statement_cache_size';

function lastValue(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[value.length - 1];
}

function sslFor(mode: string): PGConnectOptions['ssl'] {
  switch (mode) {
    case 'disable':
    case 'allow':
    case 'prefer':
      return false;
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify-ca':
    case 'verify-full':
      return true;
    default:
      throw new ArgumentError(
        `sslmode=${mode} is not a libpq sslmode: use disable, prefer, require, verify-ca or verify-full`,
      );
  }
}

/** `-c name=value` pairs of libpq's `options` parameter. */
function serverSettings(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const match of text.matchAll(/-c\s*([A-Za-z_.]+)=(\S+)/g))
    settings[match[1] as string] = match[2] as string;
  return settings;
}

function seconds(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!(n > 0))
    throw new ArgumentError(`${where} must be a positive number of seconds, not ${JSON.stringify(value)}`);
  return n;
}

export function pgConnectOptions(url: URL, connect: ConnectOptions): PGConnectOptions {
  const fromQuery: Record<string, string> = {};
  let cacheSize: unknown;
  for (const [key, value] of Object.entries(url.query)) {
    if (key === PREPARED_STATEMENT_CACHE_SIZE) {
      cacheSize = lastValue(value);
      continue;
    }
    if (!(LIBPQ_OPTIONS as readonly string[]).includes(key)) {
      throw new ArgumentError(
        `Unknown PostgreSQL URL option '${key}'; the options understood are ${[...LIBPQ_OPTIONS, PREPARED_STATEMENT_CACHE_SIZE].join(', ')}`,
      );
    }
    fromQuery[key] = lastValue(value) as string;
  }
  // connectArgs: libpq names are read like the URL's; any other key goes to pg.Client as it is.
  const args: Record<string, unknown> = {};
  const driverOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(connect.connectArgs)) {
    if (key === PREPARED_STATEMENT_CACHE_SIZE) cacheSize = value;
    else if ((LIBPQ_OPTIONS as readonly string[]).includes(key)) args[key] = value;
    else driverOptions[key] = value;
  }
  const pick = (key: (typeof LIBPQ_OPTIONS)[number]): unknown => args[key] ?? fromQuery[key];
  const text = (key: (typeof LIBPQ_OPTIONS)[number]): string | undefined => {
    const value = pick(key);
    return value === undefined || value === null ? undefined : globalThis.String(value);
  };

  const timeout = pick('connect_timeout');
  const sslmode = text('sslmode');
  const options = text('options');
  const port = pick('port') ?? url.port ?? 5432;
  return {
    host: text('host') ?? url.host ?? 'localhost',
    port: Number(port),
    user: text('user') ?? url.username ?? 'postgres',
    password: text('password') ?? url.password ?? undefined,
    database: text('dbname') ?? (url.database || undefined) ?? url.username ?? 'postgres',
    connectTimeoutMs:
      1000 *
      (timeout === undefined
        ? seconds(connect.connectTimeout, 'connectTimeout')
        : seconds(timeout, 'connect_timeout')),
    applicationName: text('application_name'),
    ssl: sslmode === undefined ? undefined : sslFor(sslmode),
    serverSettings: options === undefined ? undefined : serverSettings(options),
    driverOptions,
    ...(cacheSize === undefined ? {} : { preparedStatementCacheSize: statementCount(cacheSize) }),
  };
}

function statementCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new ArgumentError(
      `${PREPARED_STATEMENT_CACHE_SIZE} must be a whole number of statements (0 turns prepared statements off), not ${JSON.stringify(value)}`,
    );
  return n;
}
