// executemany and insertmanyvalues (ECHO.md §3-§4), expectations recorded from SQLAlchemy 2.0.52
// on SQLite: a plain executemany shows its parameter sets as a list (first 8 and last 2 of more
// than 10); an INSERT with RETURNING becomes multi-row VALUES batches of 1000 rows with the
// `(insertmanyvalues) k/N (unordered)` annotation, long SQL and parameter lists truncated; rows
// that must come back in parameter order without a way to batch them go one statement each.
import {
  Column,
  createEngine,
  delete_,
  Integer,
  IntegrityError,
  insert,
  MetaData,
  String,
  select,
  Table,
} from '@retort/core';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase, sqlFor, withoutInitialize } from './engine-fixture';

export function executemanyCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const t = new Table(
    'many_t',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('name', String(30)),
  );

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.dispose();
  });

  beforeEach(async () => {
    const engine = createEngine(db.url);
    await engine.begin(async (conn) => {
      await conn.execute(delete_(t));
    });
    await engine.dispose();
  });

  // SQLAlchemy renders SQLite's RETURNING columns unqualified.
  const returningSql = db.dialect === 'sqlite' ? ' RETURNING id' : ' RETURNING many_t.id';

  function batchSql(rows: number, returning: boolean): string {
    let i = 0;
    const groups = Array.from({ length: rows }, () => `(${db.dialect === 'pg' ? `$${++i}` : '?'})`);
    return `INSERT INTO many_t (name) VALUES ${groups.join(', ')}${returning ? returningSql : ''}`;
  }

  function truncatedSql(sql: string): string {
    return sql.length <= 500
      ? sql
      : `${sql.slice(0, 250)} ... ${sql.length - 350} characters truncated ... ${sql.slice(-100)}`;
  }

  function quotedNames(from: number, to: number): string[] {
    return Array.from({ length: to - from }, (_, k) => `'n${from + k}'`);
  }

  function paramsText(from: number, to: number): string {
    const items = quotedNames(from, to);
    if (items.length <= 100) return `(${items.join(', ')})`;
    return `(${items.slice(0, 50).join(', ')} ... ${items.length - 100} parameters truncated ... ${items.slice(-50).join(', ')})`;
  }

  it('a plain executemany INSERT shows its parameter sets as a list, the first 8 and last 2 of more than 10', async () => {
    const { engine, echo } = makeEngine();
    const batched = engine.dialect.capabilities.insertManyValuesWithoutReturning;
    await engine.begin(async (conn) => {
      const result = await conn.execute(
        insert(t),
        Array.from({ length: 12 }, (_, i) => ({ name: `n${i}` })),
      );
      expect(result.rowcount).toBe(12);
    });
    const messages = withoutInitialize(db, echo.take());
    if (batched)
      expect(messages).toEqual([
        'BEGIN (implicit)',
        batchSql(12, false),
        `[generated in X.XXXXXs (insertmanyvalues) 1/1 (unordered)] ${paramsText(0, 12)}`,
        'COMMIT',
      ]);
    else
      expect(messages).toEqual([
        'BEGIN (implicit)',
        sqlFor(db.dialect, 'INSERT INTO many_t (name) VALUES (?)'),
        "[generated in X.XXXXXs] [('n0',), ('n1',), ('n2',), ('n3',), ('n4',), ('n5',), ('n6',), ('n7',)  ... displaying 10 of 12 total bound parameter sets ...  ('n10',), ('n11',)]",
        'COMMIT',
      ]);
    const { engine: reader } = makeEngine({ echo: false });
    await using conn = await reader.connect();
    expect((await conn.execute(select(t.c.name).orderBy(t.c.id))).scalars().all()).toEqual(
      Array.from({ length: 12 }, (_, i) => `n${i}`),
    );
  });

  it('an executemany INSERT … RETURNING runs as insertmanyvalues batches of 1000 rows', async () => {
    const { engine, echo } = makeEngine();
    if (!engine.dialect.capabilities.insertReturning) return;
    const rows = Array.from({ length: 2500 }, (_, i) => ({ name: `n${i}` }));
    const ids = await engine.begin(async (conn) =>
      (await conn.execute(insert(t).returning(t.c.id), rows)).scalars().all(),
    );
    expect(ids).toHaveLength(2500);
    expect(new Set(ids).size).toBe(2500);
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      truncatedSql(batchSql(1000, true)),
      `[generated in X.XXXXXs (insertmanyvalues) 1/3 (unordered)] ${paramsText(0, 1000)}`,
      truncatedSql(batchSql(1000, true)),
      `[insertmanyvalues 2/3 (unordered)] ${paramsText(1000, 2000)}`,
      truncatedSql(batchSql(500, true)),
      `[insertmanyvalues 3/3 (unordered)] ${paramsText(2000, 2500)}`,
      'COMMIT',
    ]);
  });

  it('rows in parameter order without an ordered batch: one statement per row, `(ordered; batch not supported)`', async () => {
    const { engine, echo } = makeEngine();
    const caps = engine.dialect.capabilities;
    if (!caps.insertReturning || caps.insertManyValuesReturningOrdered) return;
    const ids = await engine.begin(async (conn) =>
      (
        await conn.execute(insert(t).returning(t.c.id).sortedByParameterOrder(), [
          { name: 'a' },
          { name: 'b' },
        ])
      )
        .scalars()
        .all(),
    );
    expect(ids).toHaveLength(2);
    expect((ids[0] as number) < (ids[1] as number)).toBe(true);
    const single = `${sqlFor(db.dialect, 'INSERT INTO many_t (name) VALUES (?)')}${returningSql}`;
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      single,
      "[generated in X.XXXXXs (insertmanyvalues) 1/2 (ordered; batch not supported)] ('a',)",
      single,
      "[insertmanyvalues 2/2 (ordered; batch not supported)] ('b',)",
      'COMMIT',
    ]);
  });

  it('without echo or cursor events, rows in parameter order still come back in order, and a failing row rolls back', async () => {
    // On an in-process driver this runs as one executemany call instead of a statement per row.
    const { engine } = makeEngine({ echo: false });
    if (!engine.dialect.capabilities.insertReturning) return;
    const names = ['e', 'd', 'c', 'b', 'a'];
    const rows = await engine.begin(async (conn) =>
      (
        await conn.execute(
          insert(t).returning(t.c.id, t.c.name).sortedByParameterOrder(),
          names.map((name) => ({ name })),
        )
      ).all(),
    );
    expect(rows.map((r) => r.name)).toEqual(names);
    const ids = rows.map((r) => r.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    await expect(
      engine.begin(async (conn) => {
        await conn.execute(insert(t).returning(t.c.id).sortedByParameterOrder(), [
          { id: 100, name: 'x' },
          { id: ids[0], name: 'duplicate key' },
        ]);
      }),
    ).rejects.toThrow(IntegrityError);
    await using conn = await engine.connect();
    expect((await conn.execute(select(t.c.name).orderBy(t.c.id))).scalars().all()).toEqual(names);
  });

  it('a failing row rolls back the whole executemany with its transaction: nothing is half-written', async () => {
    const { engine } = makeEngine({ echo: false });
    for (const returning of [false, true]) {
      if (returning && !engine.dialect.capabilities.insertReturning) continue;
      const stmt = returning ? insert(t).returning(t.c.id) : insert(t);
      await expect(
        engine.begin(async (conn) => {
          await conn.execute(stmt, [
            { id: 1, name: 'a' },
            { id: 2, name: 'b' },
            { id: 1, name: 'duplicate key' },
          ]);
        }),
      ).rejects.toThrow(IntegrityError);
      await using conn = await engine.connect();
      expect((await conn.execute(select(t.c.id))).all()).toEqual([]);
    }
  });

  it('the batch size shrinks to stay under the bound-parameter limit, and follows insertmanyvaluesPageSize', async () => {
    const { engine, echo } = makeEngine({ executionOptions: { insertmanyvaluesPageSize: 2 } });
    if (!engine.dialect.capabilities.insertReturning) return;
    await engine.begin(async (conn) => {
      const result = await conn.execute(insert(t).returning(t.c.id), [
        { name: 'n0' },
        { name: 'n1' },
        { name: 'n2' },
      ]);
      expect(result.all()).toHaveLength(3);
    });
    const stats = withoutInitialize(db, echo.take()).filter((m) => m.startsWith('['));
    expect(stats).toEqual([
      "[generated in X.XXXXXs (insertmanyvalues) 1/2 (unordered)] ('n0', 'n1')",
      "[insertmanyvalues 2/2 (unordered)] ('n2',)",
    ]);
  });
}
