// Reliability through the engine and its pool against a real server (issue 4's "Done when"):
// an exhausted pool times out with SQLAlchemy's message while waiters are served in order, a
// session killed while idle is replaced by pre-ping unseen, one killed mid-query fails that call
// only and the pool heals, and a failed statement leaves no partial write. Dialect packages run
// it inside describeDialects, giving the server's session id and kill statement where it has them.
import {
  Column,
  type Connection,
  type Engine,
  type EngineOptions,
  Integer,
  IntegrityError,
  insert,
  MetaData,
  OperationalError,
  select,
  Table,
  TimeoutError,
  text,
} from '@retort/core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ComplianceContext, type ComplianceDatabase } from './compliance-context';

export interface ReliabilityOptions {
  /** The server's id for the session behind `conn` (pg_backend_pid(), CONNECTION_ID()); absent where sessions cannot be killed (SQLite). */
  readonly sessionId?: (conn: Connection) => Promise<number>;
  /** Ends session `id` from `admin`, another connection (pg_terminate_backend, KILL). */
  readonly killSession?: (admin: Connection, id: number) => Promise<void>;
  /** Whether session `id` still exists, seen from `admin`; the kill tests wait until it is gone. */
  readonly sessionExists?: (admin: Connection, id: number) => Promise<boolean>;
  /** SQL that runs for about `seconds` (SELECT pg_sleep(n), SELECT SLEEP(n)). */
  readonly sleepSql?: (seconds: number) => string;
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

export function describeReliabilitySuite(db: ComplianceDatabase, options: ReliabilityOptions = {}): void {
  const ctx = new ComplianceContext(db);
  const metadata = new MetaData();
  const ledger = new Table(
    'rel_ledger',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('amount', Integer),
  );
  beforeAll(() => ctx.open());
  afterAll(() => ctx.close());
  afterEach(() => ctx.expectNothingCheckedOut());
  ctx.tables(metadata);

  const engine = (extra: EngineOptions = {}): Engine =>
    ctx.engineWith({ poolSize: 2, maxOverflow: 0, ...extra });
  const { sessionId, killSession, sessionExists, sleepSql } = options;

  async function kill(id: number): Promise<void> {
    if (!killSession || !sessionExists) throw new Error('killSession and sessionExists are needed');
    await ctx.connected(async (admin) => {
      await killSession(admin, id);
      await until(async () => !(await sessionExists(admin, id)), `session ${id} to end`);
    });
  }

  it('an exhausted pool raises TimeoutError after poolTimeout; waiters are served in order', async () => {
    const pooled = engine({ poolSize: 1, poolTimeout: 0.2 });
    const holder = await pooled.connect();
    await holder.execute(text('SELECT 1'));
    const error = await pooled
      .connect()
      .then(async (conn) => {
        await conn.execute(text('SELECT 1'));
        return conn;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(
      /^QueuePool limit of size 1 overflow 0 reached, connection timed out, timeout 0\.20/,
    );
    expect((error as TimeoutError).code).toBe('3o7r');

    const patient = engine({ poolSize: 1, poolTimeout: 10 });
    const first = await patient.connect();
    await first.execute(text('SELECT 1'));
    const served: string[] = [];
    const waiters = ['a', 'b', 'c'].map(async (name, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 20));
      const conn = await patient.connect();
      await conn.execute(text('SELECT 1'));
      served.push(name);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await conn.close();
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(served).toEqual([]);
    await first.close();
    await Promise.all(waiters);
    expect(served).toEqual(['a', 'b', 'c']);
    await holder.close();
  });

  it('a session killed while idle is replaced by pre-ping; the caller sees no error', async (c) => {
    if (!sessionId) c.skip('the database has no sessions to kill');
    const pinged = engine({ poolSize: 1, poolPrePing: true });
    const before = await ctx.connected((conn) => (sessionId as NonNullable<typeof sessionId>)(conn), pinged);
    await kill(before);
    const after = await ctx.connected(async (conn) => {
      expect(Number((await conn.execute(text('SELECT 1'))).scalar())).toBe(1);
      return (sessionId as NonNullable<typeof sessionId>)(conn);
    }, pinged);
    expect(after).not.toBe(before);
  });

  it('a session killed mid-query fails that call only; it is invalidated and the pool heals', async (c) => {
    if (!sessionId || !sleepSql) c.skip('the database has no sessions to kill');
    const pooled = engine({ poolSize: 2 });
    const id = sessionId as NonNullable<typeof sessionId>;
    const victim = await pooled.connect();
    const bystander = await pooled.connect();
    const victimSession = await id(victim);
    const bystanderSession = await id(bystander);
    const running = victim.execute(text(sleepSql?.(10) as string)).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await kill(victimSession);
    const failure = await running;
    expect(failure).toBeInstanceOf(OperationalError);
    expect((failure as OperationalError).connectionInvalidated).toBe(true);
    expect(victim.invalidated).toBe(true);
    await victim.close();
    // The other connection was not touched, and a new one replaces the dead one.
    expect(await id(bystander)).toBe(bystanderSession);
    await bystander.close();
    const healed = await ctx.connected(async (conn) => {
      expect(Number((await conn.execute(text('SELECT 1'))).scalar())).toBe(1);
      return id(conn);
    }, pooled);
    expect(healed).not.toBe(victimSession);
  });

  it('a statement that fails inside a transaction leaves no partial write', async () => {
    const failure = await ctx.engine
      .begin(async (conn) => {
        await conn.execute(insert(ledger).values({ id: 1, amount: 100 }));
        await conn.execute(insert(ledger), [
          { id: 2, amount: -50 },
          { id: 1, amount: -50 },
        ]);
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IntegrityError);
    const rows = await ctx.connected(async (conn) => (await conn.execute(select(ledger.c.id))).all());
    expect(rows).toEqual([]);
  });
}
