// What every section of the compliance suite shares: the database under test, one engine for
// the whole run (its dialect initialised, so MariaDB's capabilities are known), capability gates,
// the statements a block sent, and per-section tables created before and dropped after.
import {
  type Connection,
  createEngine,
  type DialectCapabilities,
  type DialectConnection,
  type DriverParams,
  type Engine,
  type EngineOptions,
  event,
  type Introspector,
  type MetaData,
} from '@retort/core';
import { afterAll, beforeAll, expect, type TestContext } from 'vitest';

/** The database a dialect package runs the suite against (the test kit's describeDialects context). */
export interface ComplianceDatabase {
  readonly dialect: 'pg' | 'mysql' | 'sqlite';
  readonly url: string;
  /** The database name on the server (the MySQL schema), or the SQLite file. */
  readonly name: string;
}

/** A statement as it went to the driver. */
export interface SentStatement {
  readonly sql: string;
  readonly params: DriverParams;
  readonly executemany: boolean;
}

type Flag = {
  [K in keyof DialectCapabilities]: DialectCapabilities[K] extends boolean ? K : never;
}[keyof DialectCapabilities];

export class ComplianceContext {
  #engine: Engine | undefined;
  #engines: Engine[] = [];
  #sent: SentStatement[] | undefined;

  constructor(readonly db: ComplianceDatabase) {}

  /** @internal Made by describeComplianceSuite's beforeAll. */
  async open(): Promise<void> {
    this.#engine = this.engineWith();
    // The first connection runs dialect.initialize(): server version, MariaDB capabilities.
    await (await this.#engine.connect()).close();
  }

  /** @internal */
  async close(): Promise<void> {
    for (const engine of this.#engines) await engine.dispose();
    this.#engines = [];
  }

  get engine(): Engine {
    if (!this.#engine)
      throw new Error('the compliance engine is made in beforeAll; use it inside tests and hooks');
    return this.#engine;
  }

  /** The dialect's capabilities as the first connection found them. */
  get caps(): DialectCapabilities {
    return this.engine.dialect.capabilities;
  }

  /** Another engine on the same database (disposed after the suite); statements it sends are recorded too. */
  engineWith(options: EngineOptions = {}): Engine {
    const engine = createEngine(this.db.url, options);
    event.listen(engine, 'beforeCursorExecute', (_conn, _cursor, sql, params, _context, executemany) => {
      this.#sent?.push({ sql, params, executemany });
      return undefined;
    });
    this.#engines.push(engine);
    return engine;
  }

  /** Skips the running test unless the dialect has every capability named (SQLAlchemy's requirements). */
  requires(t: TestContext, ...flags: Flag[]): void {
    const missing = flags.filter((flag) => !this.caps[flag]);
    if (missing.length > 0) t.skip(`the ${this.engine.dialect.name} dialect lacks ${missing.join(', ')}`);
  }

  /** Runs `fn` and returns what it sent to the driver alongside its result. */
  async capture<T>(fn: () => Promise<T>): Promise<{ result: T; sent: SentStatement[] }> {
    const sent: SentStatement[] = [];
    this.#sent = sent;
    try {
      const result = await fn();
      return { result, sent };
    } finally {
      this.#sent = undefined;
    }
  }

  /** A connection for one test, closed (rolled back) afterwards. */
  async connected<T>(fn: (conn: Connection) => Promise<T>, engine: Engine = this.engine): Promise<T> {
    await using conn = await engine.connect();
    return await fn(conn);
  }

  /** A transaction that commits when `fn` resolves. */
  async inTransaction<T>(fn: (conn: Connection) => Promise<T>): Promise<T> {
    return this.engine.begin(fn);
  }

  /** The dialect's reflection over `conn`. */
  introspector(conn: Connection): Introspector {
    return conn.dialect.introspector(conn as unknown as DialectConnection);
  }

  /** Creates `metadata`'s tables before the section's tests and drops them after. */
  tables(metadata: MetaData): void {
    beforeAll(async () => {
      await metadata.createAll(this.engine);
    });
    afterAll(async () => {
      if (this.#engine) await metadata.dropAll(this.#engine);
    });
  }

  /** Every connection went back to the pool (checked after each test). */
  expectNothingCheckedOut(): void {
    for (const engine of this.#engines) expect(engine.pool.checkedOut(), engine.pool.status()).toBe(0);
  }

  /** The per-dialect form of an expectation. */
  pick<T>(forms: { readonly pg: T; readonly mysql: T; readonly sqlite: T }): T {
    return forms[this.db.dialect];
  }
}
