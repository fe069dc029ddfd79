// The compiled-statement cache (ROSETTA §7, ECHO.md §3): a statement built again with other
// values compiles nothing and echoes `[cached since …]`, with its own values sent; the LRU keeps
// queryCacheSize entries; `compiledCache: null` disables it; DDL has no key.
import {
  Column,
  CreateTable,
  createEngine,
  DropTable,
  Integer,
  MetaData,
  String,
  select,
  Table,
  text,
} from '@retort/core';
import { beforeAll, expect, it, vi } from 'vitest';
import { engineFactory, type SuiteDatabase, sqlFor, withoutInitialize } from './engine-fixture';

export function cacheCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const t = new Table(
    'cache_t',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('name', String(20)),
  );

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.begin(async (conn) => {
      await conn.execute(text("INSERT INTO cache_t (id, name) VALUES (1, 'one'), (2, 'two'), (3, 'three')"));
    });
    await engine.dispose();
  });

  const byId = (id: number) => select(t.c.name).where(t.c.id.eq(id));

  it('compiles a statement once; the same structure with new values is served from the cache', async () => {
    const { engine, echo } = makeEngine();
    const compile = vi.spyOn(engine.dialect, 'compile');
    await using conn = await engine.connect();
    expect((await conn.execute(byId(1))).scalar()).toBe('one');
    expect(compile).toHaveBeenCalledTimes(1);
    expect((await conn.execute(byId(2))).scalar()).toBe('two');
    expect((await conn.execute(byId(3))).scalar()).toBe('three');
    expect(compile).toHaveBeenCalledTimes(1);
    const query = sqlFor(db.dialect, 'SELECT cache_t.name \nFROM cache_t \nWHERE cache_t.id = ?');
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      query,
      '[generated in X.XXXXXs] (1,)',
      query,
      '[cached since Ns ago] (2,)',
      query,
      '[cached since Ns ago] (3,)',
    ]);
  });

  it('keeps at most queryCacheSize compiled forms (least recently used go first)', async () => {
    const { engine, echo } = makeEngine({ queryCacheSize: 1 });
    await using conn = await engine.connect();
    await conn.execute(byId(1));
    await conn.execute(select(t.c.id).where(t.c.name.eq('two')));
    await conn.execute(byId(2));
    expect(withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['))).toEqual([
      '[generated in X.XXXXXs] (1,)',
      "[generated in X.XXXXXs] ('two',)",
      '[generated in X.XXXXXs] (2,)',
    ]);
  });

  it('executionOptions({ compiledCache: null }) compiles every time: `[caching disabled …]`', async () => {
    const { engine, echo } = makeEngine();
    await using conn = await engine.connect();
    conn.executionOptions({ compiledCache: null });
    await conn.execute(byId(1));
    await conn.execute(byId(1));
    expect(withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['))).toEqual([
      '[caching disabled X.XXXXXs] (1,)',
      '[caching disabled X.XXXXXs] (1,)',
    ]);
  });

  it('a statement’s own executionOptions apply too: `byId(1).executionOptions({ compiledCache: null })`', async () => {
    const { engine, echo } = makeEngine();
    await using conn = await engine.connect();
    await conn.execute(byId(1).executionOptions({ compiledCache: null }));
    expect(withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['))).toEqual([
      '[caching disabled X.XXXXXs] (1,)',
    ]);
  });

  it('DDL is never cached: `[no key …]` every time', async () => {
    const { engine, echo } = makeEngine();
    const other = new MetaData();
    const ddl = new Table('cache_ddl', other, new Column('id', Integer, { primaryKey: true }));
    await engine.begin(async (conn) => {
      for (let i = 0; i < 2; i++) {
        await conn.execute(new CreateTable(ddl));
        await conn.execute(new DropTable(ddl));
      }
    });
    expect(withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['))).toEqual(
      Array.from({ length: 4 }, () => '[no key X.XXXXXs] ()'),
    );
  });

  it('clearCompiledCache() empties the cache', async () => {
    const { engine, echo } = makeEngine();
    await using conn = await engine.connect();
    await conn.execute(byId(1));
    engine.clearCompiledCache();
    await conn.execute(byId(1));
    expect(withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['))).toEqual([
      '[generated in X.XXXXXs] (1,)',
      '[generated in X.XXXXXs] (1,)',
    ]);
  });
}
