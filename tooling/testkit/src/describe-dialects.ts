// `describeDialects` runs one block of tests once per available dialect, each against its own
// fresh database. Every Retort test that touches a database is written with it; the suite
// titles it makes (`[pg] …`) are what the dialect summary reporter counts.
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { DIALECT_NAMES, type DialectName, type DialectServers } from './dialect-name';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from './test-database';

export interface DescribeDialectsOptions {
  /** Restrict the block to these dialects (e.g. a PostgreSQL-only feature). */
  readonly dialects?: readonly DialectName[];
}

/** A lazily filled handle: its fields are readable inside tests and hooks, after the database exists. */
export type DialectTestContext = TestDatabase;

export function servers(): DialectServers {
  const provided = inject('retortServers');
  if (!provided) {
    throw new Error(
      'retortServers was not provided: run the tests through the Retort vitest preset (its global setup finds the servers)',
    );
  }
  return provided;
}

export function availableDialects(): DialectName[] {
  const found = servers();
  return DIALECT_NAMES.filter((name) => found[name].available);
}

export function dialectTitle(dialect: DialectName, title: string): string {
  return `[${dialect}] ${title}`;
}

/**
 * Declares `body` once per available dialect. A dialect without a server declares nothing, so
 * nothing is skipped silently: the run's summary shows that dialect with zero tests, and with
 * RETORT_REQUIRE_DIALECTS set the global setup has already failed the run.
 */
export function describeDialects(
  title: string,
  body: (db: DialectTestContext) => void,
  options: DescribeDialectsOptions = {},
): void {
  const found = servers();
  const wanted = options.dialects ?? DIALECT_NAMES;
  for (const dialect of wanted) {
    const server = found[dialect];
    if (!server.available) continue;
    describe(dialectTitle(dialect, title), () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect, server);
      });
      afterAll(async () => {
        if (database) await dropTestDatabase(database);
      });
      body(lazyContext(dialect, () => database));
    });
  }
}

function lazyContext(dialect: DialectName, get: () => TestDatabase | undefined): DialectTestContext {
  const read = <K extends keyof TestDatabase>(key: K): TestDatabase[K] => {
    const database = get();
    if (!database)
      throw new Error(`the ${dialect} test database is created in beforeAll; read it inside a test or hook`);
    return database[key];
  };
  return {
    dialect,
    get url() {
      return read('url');
    },
    get name() {
      return read('name');
    },
    get adminUrl() {
      return read('adminUrl');
    },
  };
}
