// What the engine suite's tests share: the database under test, engines whose echo is captured
// (timings masked so lines compare exactly), the per-dialect spelling of placeholders and of the
// connect-time queries, and disposal of every engine a test made.
import { createEngine, type Engine, type EngineOptions } from '@retort/core';
import { afterEach, expect } from 'vitest';

/** The database a dialect package runs the suite against (the test kit's describeDialects context). */
export interface SuiteDatabase {
  readonly dialect: 'pg' | 'mysql' | 'sqlite';
  readonly url: string;
}

export interface EchoLine {
  readonly level: 'INFO' | 'DEBUG';
  readonly logger: string;
  readonly message: string;
}

const STATS =
  /^(\[[^\]]*\] )?\[(generated in|no key|caching disabled) (\d+\.\d{5})s( \(insertmanyvalues\) \d+\/\d+ \([^)]*\))?\] /;
const CACHED = /^(\[[^\]]*\] )?\[cached since ([^s]+)s ago( \(insertmanyvalues\) \d+\/\d+ \([^)]*\))?\] /;
/** C's %.4g output. */
const G4 = /^(?:0|\d(?:\.\d{1,3})?e[-+]\d\d|\d+(?:\.\d+)?)$/;

/** A message with its timing replaced: `[generated in X.XXXXXs]`, `[cached since Ns ago]`; formats are checked. */
export function maskTimings(message: string): string {
  const stats = STATS.exec(message);
  if (stats) return message.replace(`${stats[3]}s`, 'X.XXXXXs');
  const cached = CACHED.exec(message);
  if (cached) {
    expect(cached[2], `cached-since time in C %.4g: ${message}`).toMatch(G4);
    return message.replace(`since ${cached[2]}s ago`, 'since Ns ago');
  }
  return message;
}

export class EchoCapture {
  readonly lines: EchoLine[] = [];
  readonly logger = (level: 'INFO' | 'DEBUG', logger: string, message: string): void => {
    this.lines.push({ level, logger, message });
  };

  /** The engine logger's messages (timings masked), optionally DEBUG ones too. */
  messages(options: { readonly debug?: boolean; readonly logger?: string } = {}): string[] {
    return this.lines
      .filter(
        (l) =>
          (options.debug || l.level === 'INFO') &&
          l.logger.startsWith(options.logger ?? 'sqlalchemy.engine.Engine'),
      )
      .map((l) => maskTimings(l.message));
  }

  /** The messages so far, forgetting them. */
  take(options: { readonly debug?: boolean } = {}): string[] {
    const out = this.messages(options);
    this.lines.length = 0;
    return out;
  }

  clear(): void {
    this.lines.length = 0;
  }
}

/** The queries each dialect runs on an engine's first connection (ECHO.md §5). */
export function initializeQueries(dialect: SuiteDatabase['dialect']): string[] {
  switch (dialect) {
    case 'pg':
      return ['select pg_catalog.version()', 'select current_schema()', 'show standard_conforming_strings'];
    case 'mysql':
      return ['SELECT DATABASE()', 'SELECT @@sql_mode', 'SELECT @@lower_case_table_names'];
    case 'sqlite':
      return [];
  }
}

/** The `index`-th (0-based) placeholder as the dialect writes it. */
export function ph(dialect: SuiteDatabase['dialect'], index: number): string {
  return dialect === 'pg' ? `$${index + 1}` : '?';
}

/** SQL with `?` placeholders rewritten into the dialect's own. */
export function sqlFor(dialect: SuiteDatabase['dialect'], sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => ph(dialect, i++));
}

/** Engines made by a test, with captured echo, disposed after each test. */
export function engineFactory(
  db: SuiteDatabase,
): (options?: EngineOptions) => { engine: Engine; echo: EchoCapture } {
  const made: Engine[] = [];
  afterEach(async () => {
    for (const engine of made.splice(0)) await engine.dispose();
  });
  return (options = {}) => {
    const echo = new EchoCapture();
    const engine = createEngine(db.url, { echo: true, logger: echo.logger, ...options });
    made.push(engine);
    return { engine, echo };
  };
}

/**
 * The echo of a first connection without its connect-time queries: asserts each query, its
 * `[raw sql]` line (parameters hidden with hideParameters) and, with echo 'debug', skips its
 * Col/Row lines (the server version differs between servers).
 */
export function withoutInitialize(
  db: SuiteDatabase,
  messages: readonly string[],
  options: { readonly hidden?: boolean } = {},
): string[] {
  let i = 0;
  for (const query of initializeQueries(db.dialect)) {
    expect(messages[i]).toBe(query);
    expect(messages[i + 1]).toBe(
      options.hidden ? '[raw sql] [SQL parameters hidden due to hide_parameters=True]' : '[raw sql] ()',
    );
    i += 2;
    while (messages[i]?.startsWith('Col (') || messages[i]?.startsWith('Row (')) i++;
  }
  return messages.slice(i);
}

/** The database (MySQL) or file part of the suite's URL. */
export function databaseName(db: SuiteDatabase): string {
  return db.url.replace(/\?.*$/, '').split('/').at(-1) as string;
}

const PG_HAS_TABLE =
  'SELECT pg_catalog.pg_class.relname \n' +
  'FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace \n' +
  'WHERE pg_catalog.pg_class.relname = $1 AND pg_catalog.pg_class.relkind = ANY (ARRAY[$2, $3, $4, $5, $6]) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != $7';

/**
 * The echo of createAll/dropAll's existence check for `table` (ECHO.md §5): SQLite's PRAGMA
 * (main, then temp when not found), PostgreSQL's pg_class query (compiled once per engine),
 * MySQL's DESCRIBE.
 */
export function hasTableEcho(
  db: SuiteDatabase,
  table: string,
  options: { readonly exists: boolean; readonly cached: boolean },
): string[] {
  switch (db.dialect) {
    case 'sqlite':
      return [
        `PRAGMA main.table_info("${table}")`,
        '[raw sql] ()',
        ...(options.exists ? [] : [`PRAGMA temp.table_info("${table}")`, '[raw sql] ()']),
      ];
    case 'pg':
      return [
        PG_HAS_TABLE,
        `[${options.cached ? 'cached since Ns ago' : 'generated in X.XXXXXs'}] ('${table}', 'r', 'p', 'f', 'v', 'm', 'pg_catalog')`,
      ];
    case 'mysql':
      return [`DESCRIBE \`${databaseName(db)}\`.\`${table}\``, '[raw sql] ()'];
  }
}
