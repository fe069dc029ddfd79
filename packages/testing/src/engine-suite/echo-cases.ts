// Echo as SQLAlchemy prints it (ECHO.md §1-§6), recorded from SQLAlchemy 2.0.52 on SQLite: the
// line layout on stdout, logger names, `echo: 'debug'` Col/Row lines, logging tokens,
// hideParameters, the stats bracket of every cache case, raw SQL and DDL.
import {
  Column,
  CreateTable,
  createEngine,
  DropTable,
  Integer,
  MetaData,
  String,
  Table,
  text,
} from '@retort/core';
import { afterEach, expect, it, vi } from 'vitest';
import {
  engineFactory,
  initializeQueries,
  type SuiteDatabase,
  sqlFor,
  withoutInitialize,
} from './engine-fixture';

export function echoCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes `YYYY-MM-DD HH:MM:SS,mmm LEVEL logger message` lines to stdout by default', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(globalThis.String(chunk));
      return true;
    });
    const engine = createEngine(db.url, { echo: true });
    try {
      await using conn = await engine.connect();
      await conn.execute(text('SELECT 1'));
    } finally {
      await engine.dispose();
    }
    vi.restoreAllMocks();
    const lines = written
      .join('')
      .split('\n')
      .filter((l) => l.includes('sqlalchemy.engine.Engine'));
    const begin = lines.find((l) => l.endsWith(' BEGIN (implicit)'));
    expect(begin).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO sqlalchemy\.engine\.Engine BEGIN \(implicit\)$/,
    );
    expect(
      lines.some((l) => / INFO sqlalchemy\.engine\.Engine \[generated in \d\.\d{5}s\] \(\)$/.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(/ INFO sqlalchemy\.engine\.Engine ROLLBACK$/);
  });

  it('loggingName names the logger; echo "debug" adds Col and Row lines as rows are fetched', async () => {
    const { engine, echo } = makeEngine({ echo: 'debug', loggingName: 'x' });
    {
      await using conn = await engine.connect();
      const result = await conn.execute(text("select 1 as a, 'x' as b union all select 2, 'y'"));
      expect([...(result.fetchone() ?? [])]).toEqual([1, 'x']);
      expect(result.all().map((r) => [...r])).toEqual([[2, 'y']]);
      expect((await conn.execute(text('select 1 as a'))).scalar()).toBe(1);
    }
    expect(new Set(echo.lines.map((l) => l.logger))).toEqual(new Set(['sqlalchemy.engine.Engine.x']));
    expect(withoutInitialize(db, echo.take({ debug: true }))).toEqual([
      'BEGIN (implicit)',
      "select 1 as a, 'x' as b union all select 2, 'y'",
      '[generated in X.XXXXXs] ()',
      "Col ('a', 'b')",
      "Row (1, 'x')",
      "Row (2, 'y')",
      'select 1 as a',
      '[generated in X.XXXXXs] ()',
      "Col ('a',)",
      'Row (1,)',
      'ROLLBACK',
    ]);
    expect(echo.lines.filter((l) => l.message.startsWith('Row')).every((l) => l.level === 'DEBUG')).toBe(
      true,
    );
  });

  it('executionOptions({ loggingToken }) prefixes the connection’s lines with [token]', async () => {
    const { engine, echo } = makeEngine();
    {
      await using conn = await engine.connect();
      await conn.execute(text('select 2'));
      conn.executionOptions({ loggingToken: 'tok' });
      await conn.execute(text('select 3'));
    }
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      'select 2',
      '[generated in X.XXXXXs] ()',
      '[tok] select 3',
      '[tok] [generated in X.XXXXXs] ()',
      '[tok] ROLLBACK',
    ]);
  });

  it('hideParameters and queryCacheSize: 0 give `[caching disabled …] [SQL parameters hidden …]`', async () => {
    const { engine, echo } = makeEngine({ hideParameters: true, queryCacheSize: 0 });
    {
      await using conn = await engine.connect();
      await conn.execute(text('select :x'), { x: 1 });
      await conn.execute(text('select :x'), { x: 1 });
    }
    expect(withoutInitialize(db, echo.take(), { hidden: true })).toEqual([
      'BEGIN (implicit)',
      sqlFor(db.dialect, 'select ?'),
      '[caching disabled X.XXXXXs] [SQL parameters hidden due to hide_parameters=True]',
      sqlFor(db.dialect, 'select ?'),
      '[caching disabled X.XXXXXs] [SQL parameters hidden due to hide_parameters=True]',
      'ROLLBACK',
    ]);
  });

  it('compiled statements: `[generated in …]` once, then `[cached since …]`; execDriverSql is `[raw sql]`', async () => {
    const { engine, echo } = makeEngine();
    {
      await using conn = await engine.connect();
      await conn.execute(text('select :x'), { x: 1 });
      await conn.execute(text('select :x'), { x: 2 });
      await conn.execDriverSql(sqlFor(db.dialect, 'select ?, ?'), [1, 'two']);
      await conn.execDriverSql('select 1');
    }
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      sqlFor(db.dialect, 'select ?'),
      '[generated in X.XXXXXs] (1,)',
      sqlFor(db.dialect, 'select ?'),
      '[cached since Ns ago] (2,)',
      sqlFor(db.dialect, 'select ?, ?'),
      "[raw sql] (1, 'two')",
      'select 1',
      '[raw sql] ()',
      'ROLLBACK',
    ]);
  });

  it('logs DDL as compiled, with `[no key …] ()`', async () => {
    const metadata = new MetaData();
    const t = new Table(
      'echo_ddl',
      metadata,
      new Column('id', Integer, { primaryKey: true }),
      new Column('name', String(30)),
    );
    const { engine, echo } = makeEngine();
    await engine.begin(async (conn) => {
      await conn.execute(new CreateTable(t));
      await conn.execute(new DropTable(t));
    });
    const messages = withoutInitialize(db, echo.take());
    const create = new CreateTable(t).compile({ dialect: engine.dialect }).sql;
    expect(messages).toEqual([
      'BEGIN (implicit)',
      create,
      '[no key X.XXXXXs] ()',
      '\nDROP TABLE echo_ddl',
      '[no key X.XXXXXs] ()',
      'COMMIT',
    ]);
    expect(create.startsWith('\nCREATE TABLE echo_ddl (\n\tid ')).toBe(true);
  });

  it('echoPool "debug" logs checkouts and returns around the engine’s lines; dispose() logs the pool’s status', async () => {
    const { engine, echo } = makeEngine({ echoPool: 'debug' });
    {
      await using conn = await engine.connect();
      await conn.execute(text('select 1'));
    }
    await engine.begin(async (conn) => {
      await conn.execute(text('select 1'));
    });
    await engine.dispose();
    // The connect-time queries (and their `[raw sql]` lines) are asserted elsewhere.
    const init = new Set(initializeQueries(db.dialect));
    const lines = echo.lines
      .filter((l, i, all) => !init.has(l.message) && !init.has(all[i - 1]?.message ?? ''))
      .map((l) => `${l.level} ${l.logger} ${l.message.replace(/<[^>]+>/, '<c>')}`);
    const pool = 'sqlalchemy.pool.impl.QueuePool';
    expect(
      lines.map((l) => l.replace(/\d+\.\d{5}s/, 'X.XXXXXs').replace(/since \S+s ago/, 'since Ns ago')),
    ).toEqual([
      `DEBUG ${pool} Created new connection <c>`,
      `DEBUG ${pool} Connection <c> checked out from pool`,
      'INFO sqlalchemy.engine.Engine BEGIN (implicit)',
      'INFO sqlalchemy.engine.Engine select 1',
      'INFO sqlalchemy.engine.Engine [generated in X.XXXXXs] ()',
      'INFO sqlalchemy.engine.Engine ROLLBACK',
      `DEBUG ${pool} Connection <c> being returned to pool`,
      `DEBUG ${pool} Connection <c> reset, transaction already reset`,
      `DEBUG ${pool} Connection <c> checked out from pool`,
      'INFO sqlalchemy.engine.Engine BEGIN (implicit)',
      'INFO sqlalchemy.engine.Engine select 1',
      'INFO sqlalchemy.engine.Engine [cached since Ns ago] ()',
      'INFO sqlalchemy.engine.Engine COMMIT',
      `DEBUG ${pool} Connection <c> being returned to pool`,
      `DEBUG ${pool} Connection <c> rollback-on-return`,
      `DEBUG ${pool} Closing connection <c>`,
      `INFO ${pool} Pool disposed. Pool size: 5  Connections in pool: 0 Current Overflow: -5 Current Checked out connections: 0`,
      `INFO ${pool} Pool recreating`,
    ]);
  });

  it('engine.echo can be switched off and on', async () => {
    const { engine, echo } = makeEngine();
    engine.echo = false;
    {
      await using conn = await engine.connect();
      await conn.execute(text('select 1'));
    }
    expect(echo.take()).toEqual([]);
    engine.echo = true;
    {
      await using conn = await engine.connect();
      await conn.execute(text('select 1'));
    }
    expect(echo.take()).toEqual(['BEGIN (implicit)', 'select 1', '[cached since Ns ago] ()', 'ROLLBACK']);
  });
}
