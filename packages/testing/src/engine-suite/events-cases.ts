// Engine and pool events (seed 003 "Events", seed 004 day 2), translated: the slow-query logger
// on before/afterCursorExecute with conn.info, beforeCursorExecute with retval rewriting the SQL,
// the pool's connect and checkout events through the engine, transaction and savepoint events,
// handleError, engineConnect and engineDisposed.
import {
  type Connection,
  createEngine,
  DisconnectionError,
  type DriverConnection,
  type DriverParams,
  type ExecutionContext,
  event,
  IntegrityError,
  text,
} from '@retort/core';
import { expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase } from './engine-fixture';

/** A per-connection setting each database has, to set in a `connect` listener and read back. */
function sessionSetting(dialect: SuiteDatabase['dialect']): { set: string; read: string; expected: unknown } {
  switch (dialect) {
    case 'pg':
      return { set: 'SET search_path TO public', read: 'SHOW search_path', expected: 'public' };
    case 'mysql':
      return {
        set: "SET SESSION sql_mode = 'ANSI_QUOTES'",
        read: 'SELECT @@sql_mode',
        expected: 'ANSI_QUOTES',
      };
    case 'sqlite':
      return { set: 'PRAGMA foreign_keys = ON', read: 'PRAGMA foreign_keys', expected: 1 };
  }
}

export function eventsCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);

  it('beforeCursorExecute/afterCursorExecute with conn.info: the seed’s slow-query logger', async () => {
    const { engine } = makeEngine({ echo: false });
    const seen: { statement: string; parameters: DriverParams; executemany: boolean; ms: number }[] = [];
    event.listen(
      engine,
      'beforeCursorExecute',
      (conn, _cursor, _statement, _parameters, _context, _executemany) => {
        const starts = (conn.info.get('query_start_time') as number[] | undefined) ?? [];
        starts.push(performance.now());
        conn.info.set('query_start_time', starts);
        return undefined;
      },
    );
    event.listen(
      engine,
      'afterCursorExecute',
      (conn, _cursor, statement, parameters, _context, executemany) => {
        const start = (conn.info.get('query_start_time') as number[]).pop() as number;
        seen.push({ statement, parameters, executemany, ms: performance.now() - start });
      },
    );
    await using conn = await engine.connect();
    await conn.execute(text('SELECT :x AS x'), { x: 5 });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.statement).toBe(db.dialect === 'pg' ? 'SELECT $1 AS x' : 'SELECT ? AS x');
    expect(seen[0]?.parameters).toEqual([5]);
    expect(seen[0]?.executemany).toBe(false);
    expect(seen[0]?.ms).toBeGreaterThanOrEqual(0);
    expect(conn.info.get('query_start_time')).toEqual([]);
  });

  it('beforeCursorExecute with { retval: true } replaces the statement and parameters', async () => {
    const { engine, echo } = makeEngine();
    let context: ExecutionContext | undefined;
    event.listen(
      engine,
      'beforeCursorExecute',
      (_conn, _cursor, statement, parameters, ctx) => {
        context = ctx;
        return [`${statement} -- tagged`, parameters] as const;
      },
      { retval: true },
    );
    await using conn = await engine.connect();
    expect((await conn.execute(text('SELECT 7 AS seven'))).scalar()).toBe(7);
    expect(context?.statement).toBe('SELECT 7 AS seven');
    expect(context?.isInsert).toBe(false);
    // Echo shows the statement as compiled, before listeners change it (as SQLAlchemy logs it).
    expect(echo.messages()).toContain('SELECT 7 AS seven');
  });

  it('the pool’s `connect` event on the engine runs per-connection setup on the driver connection (seed 003)', async () => {
    const { engine } = makeEngine({ echo: false });
    const setting = sessionSetting(db.dialect);
    const connected: DriverConnection[] = [];
    event.listen(engine, 'connect', async (dbapiConnection, _record) => {
      connected.push(dbapiConnection);
      await dbapiConnection.execute(setting.set, []);
    });
    await using conn = await engine.connect();
    expect(connected).toHaveLength(1);
    expect(connected[0]).toBe(conn.driverConnection);
    expect((await conn.execDriverSql(setting.read)).scalar()).toBe(setting.expected);
  });

  it('checkout gets the record; a DisconnectionError from it makes the pool use a fresh connection (seed 004 day 2)', async () => {
    const { engine } = makeEngine({ echo: false, poolSize: 2 });
    const checkouts: unknown[] = [];
    event.listen(engine, 'checkout', (_dbapiCon, conRecord, _conProxy) => {
      checkouts.push(conRecord);
      if (conRecord.info.get('is_stale')) {
        conRecord.info.delete('is_stale');
        throw new DisconnectionError('Simulated disconnect!');
      }
    });
    {
      await using conn = await engine.connect();
      conn.info.set('is_stale', true);
      await conn.execute(text("SELECT 'First'"));
    }
    await using conn = await engine.connect();
    expect((await conn.execute(text('SELECT 1'))).scalar()).toBe(1);
    expect(conn.info.get('is_stale')).toBeUndefined();
    expect(checkouts.length).toBeGreaterThanOrEqual(3);
  });

  it('begin, commit, rollback, savepoint, releaseSavepoint and rollbackSavepoint fire in order', async () => {
    const { engine } = makeEngine({ echo: false });
    const log: string[] = [];
    const track = (name: string) => (_conn: Connection, savepoint?: string) => {
      log.push(savepoint ? `${name} ${savepoint}` : name);
    };
    for (const name of [
      'begin',
      'commit',
      'rollback',
      'savepoint',
      'releaseSavepoint',
      'rollbackSavepoint',
    ] as const)
      event.listen(engine, name, track(name));
    await using conn = await engine.connect();
    await conn.execute(text('SELECT 1'));
    const sp = await conn.beginNested();
    await sp.rollback();
    await conn.beginNested(async () => undefined);
    await conn.commit();
    await conn.execute(text('SELECT 1'));
    await conn.rollback();
    expect(log).toEqual([
      'begin',
      'savepoint sa_savepoint_1',
      'rollbackSavepoint sa_savepoint_1',
      'savepoint sa_savepoint_2',
      'releaseSavepoint sa_savepoint_2',
      'commit',
      'begin',
      'rollback',
    ]);
  });

  it('handleError sees the failure and can replace the error that is thrown', async () => {
    const { engine } = makeEngine({ echo: false });
    class AppError extends Error {}
    const contexts: { statement: string | undefined; original: unknown; isDisconnect: boolean }[] = [];
    event.listen(engine, 'handleError', (ctx) => {
      contexts.push({
        statement: ctx.statement,
        original: ctx.originalException,
        isDisconnect: ctx.isDisconnect,
      });
      return new AppError(`wrapped: ${ctx.sqlalchemyException?.name}`);
    });
    await using conn = await engine.connect();
    await expect(conn.execute(text('SELECT * FROM no_such_table_here'))).rejects.toThrow(AppError);
    expect(contexts[0]?.statement).toBe('SELECT * FROM no_such_table_here');
    expect(contexts[0]?.isDisconnect).toBe(false);
    expect(contexts[0]?.original).toBeInstanceOf(Error);
  });

  it('engineConnect on every engine.connect(), engineDisposed on dispose()', async () => {
    const engine = createEngine(db.url);
    const log: string[] = [];
    event.listen(engine, 'engineConnect', (conn) => {
      log.push(`connect ${conn.closed}`);
    });
    event.listen(engine, 'engineDisposed', (e) => {
      log.push(`disposed ${e === engine}`);
    });
    const conn = await engine.connect();
    await conn.close();
    await engine.dispose();
    expect(log).toEqual(['connect false', 'disposed true']);
  });

  it('listeners on an engine made by executionOptions() are its own; the parent’s still fire', async () => {
    const { engine } = makeEngine({ echo: false });
    const log: string[] = [];
    event.listen(engine, 'begin', () => {
      log.push('parent');
    });
    const child = engine.executionOptions({ loggingToken: 'child' });
    event.listen(child, 'begin', () => {
      log.push('child');
    });
    {
      await using conn = await child.connect();
      await conn.execute(text('SELECT 1'));
    }
    {
      await using conn = await engine.connect();
      await conn.execute(text('SELECT 1'));
    }
    expect(log).toEqual(['parent', 'child', 'parent']);
  });

  it('an unknown event name is an error that lists the engine’s events', () => {
    const engine = createEngine(db.url);
    expect(() =>
      event.listen(engine, 'before_cursor_execute' as 'beforeCursorExecute', () => undefined),
    ).toThrow(/No such event 'before_cursor_execute'; this target has: .*beforeCursorExecute/);
  });

  it('IntegrityError listeners can tell constraint failures apart', async () => {
    const { engine } = makeEngine({ echo: false });
    const names: string[] = [];
    event.listen(engine, 'handleError', (ctx) => {
      if (ctx.sqlalchemyException instanceof IntegrityError) names.push(ctx.sqlalchemyException.name);
      return undefined;
    });
    await using conn = await engine.connect();
    await conn.execDriverSql('CREATE TABLE ev_unique (id INTEGER PRIMARY KEY)');
    await conn.execDriverSql('INSERT INTO ev_unique (id) VALUES (1)');
    await expect(conn.execDriverSql('INSERT INTO ev_unique (id) VALUES (1)')).rejects.toThrow(IntegrityError);
    expect(names).toEqual(['IntegrityError']);
    await conn.rollback();
  });
}
