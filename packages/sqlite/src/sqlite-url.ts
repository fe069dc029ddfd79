// Reads a SQLite URL as SQLAlchemy's pysqlite dialect does: `sqlite://` and `sqlite:///:memory:`
// are in-memory, `sqlite:///rel.db` is relative to the working directory, `sqlite:////abs.db` is
// absolute; `?timeout=…&mode=ro` are understood. Called by SQLiteDialect.
import { isAbsolute, resolve } from 'node:path';
import { ArgumentError, type URL } from '@retort/core';
import type { SQLiteConnectOptions } from './sqlite-driver';

const QUERY_OPTIONS = ['timeout', 'mode', 'check_same_thread', 'uri'] as const;

/** The database is in memory: every connection would see its own, so the engine keeps one (StaticPool). */
export function isMemoryUrl(url: URL): boolean {
  return url.database === null || url.database === '' || url.database === ':memory:';
}

function queryValue(url: URL, key: string): string | undefined {
  const value = url.query[key];
  return typeof value === 'string' ? value : value?.[value.length - 1];
}

export function sqliteConnectOptions(
  url: URL,
  connectArgs: Readonly<Record<string, unknown>>,
): SQLiteConnectOptions {
  if (url.host !== null || url.username !== null || url.port !== null)
    throw new ArgumentError(
      `A SQLite URL names a file, not a server: use sqlite:///relative/path.db, sqlite:////absolute/path.db or sqlite:///:memory: (got '${url.render()}')`,
    );
  for (const key of Object.keys(url.query)) {
    if (!(QUERY_OPTIONS as readonly string[]).includes(key))
      throw new ArgumentError(
        `Unknown SQLite URL option '${key}'; the options understood are ${QUERY_OPTIONS.join(', ')}`,
      );
  }
  const timeoutText = queryValue(url, 'timeout');
  const timeout = timeoutText === undefined ? 5 : Number(timeoutText);
  if (!Number.isFinite(timeout) || timeout < 0)
    throw new ArgumentError(
      `The SQLite URL option timeout must be a number of seconds; got '${timeoutText}'`,
    );
  const mode = queryValue(url, 'mode');
  if (mode !== undefined && !['ro', 'rw', 'rwc', 'memory'].includes(mode))
    throw new ArgumentError(`The SQLite URL option mode must be ro, rw, rwc or memory; got '${mode}'`);
  let filename = isMemoryUrl(url) || mode === 'memory' ? ':memory:' : (url.database as string);
  if (filename !== ':memory:' && filename.startsWith('file:')) filename = filename.slice('file:'.length);
  if (filename !== ':memory:' && !isAbsolute(filename)) filename = resolve(process.cwd(), filename);
  const {
    timeout: argTimeout,
    check_same_thread: _ignored,
    ...driverOptions
  } = connectArgs as {
    timeout?: unknown;
    check_same_thread?: unknown;
  } & Record<string, unknown>;
  return {
    filename,
    timeout: typeof argTimeout === 'number' ? argTimeout : timeout,
    readonly: mode === 'ro',
    driverOptions: { ...(mode === 'rw' ? { fileMustExist: true } : {}), ...driverOptions },
  };
}
