// Reads a MySQL/MariaDB URL (`mysql://`, `mysql+mysql2://`, `mariadb+mysql2://`,
// `?charset=utf8mb4&connect_timeout=5`) and createEngine's connectArgs into the options
// connectMySQL takes (connectArgs win over the URL). Called by MySQLDialect.createConnectionLifecycle.
import { ArgumentError, type ConnectOptions, type URL } from '@retort/core';
import type { MySQLConnectOptions } from './mysql-driver';

/** Query options understood in the URL and in connectArgs, with the names SQLAlchemy's MySQL drivers use. */
const QUERY_OPTIONS = ['charset', 'connect_timeout', 'unix_socket', 'ssl'] as const;
/** connectArgs names for the parts a URL has in its authority. */
const ADDRESS_ARGS = ['host', 'port', 'user', 'password', 'database'] as const;

function lastValue(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[value.length - 1];
}

function seconds(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!(n > 0))
    throw new ArgumentError(`${where} must be a positive number of seconds, not ${JSON.stringify(value)}`);
  return n;
}

export function mysqlConnectOptions(url: URL, connect: ConnectOptions): MySQLConnectOptions {
  const fromQuery: Record<string, string> = {};
  for (const [key, value] of Object.entries(url.query)) {
    if (!(QUERY_OPTIONS as readonly string[]).includes(key)) {
      throw new ArgumentError(
        `Unknown MySQL URL option '${key}'; the options understood are ${QUERY_OPTIONS.join(', ')}`,
      );
    }
    fromQuery[key] = lastValue(value) as string;
  }
  const args: Record<string, unknown> = {};
  const driverOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(connect.connectArgs)) {
    if (
      (QUERY_OPTIONS as readonly string[]).includes(key) ||
      (ADDRESS_ARGS as readonly string[]).includes(key)
    )
      args[key] = value;
    else driverOptions[key] = value;
  }
  const pick = (key: string): unknown => args[key] ?? fromQuery[key];
  const text = (key: string): string | undefined => {
    const value = pick(key);
    return value === undefined || value === null ? undefined : globalThis.String(value);
  };
  const ssl = pick('ssl');
  if (
    ssl !== undefined &&
    ssl !== 'true' &&
    ssl !== 'false' &&
    typeof ssl !== 'boolean' &&
    typeof ssl !== 'object'
  ) {
    throw new ArgumentError(
      `ssl must be true, false or mysql2's ssl options object, not ${JSON.stringify(ssl)}`,
    );
  }
  const timeout = pick('connect_timeout');
  return {
    host: text('host') ?? url.host ?? 'localhost',
    port: Number(pick('port') ?? url.port ?? 3306),
    user: text('user') ?? url.username ?? 'root',
    password: text('password') ?? url.password ?? undefined,
    database: text('database') ?? (url.database || undefined),
    socketPath: text('unix_socket'),
    connectTimeoutMs:
      1000 *
      (timeout === undefined
        ? seconds(connect.connectTimeout, 'connectTimeout')
        : seconds(timeout, 'connect_timeout')),
    charset: text('charset'),
    ssl: ssl === true || ssl === 'true' ? {} : typeof ssl === 'object' && ssl !== null ? ssl : undefined,
    driverOptions,
  };
}
