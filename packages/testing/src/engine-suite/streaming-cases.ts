// conn.stream(stmt): rows read from a server-side cursor in batches as they are iterated
// (ROSETTA §4), so 100k+ rows stream in bounded memory. Memory is compared loosely: what stays
// reachable mid-stream against what the buffered result of the same rows holds.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Column, createEngine, Integer, insert, MetaData, String, select, Table, text } from '@retort/core';
import { beforeAll, expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase, withoutInitialize } from './engine-fixture';

const ROWS = 100_000;

/** A gc() function even without --expose-gc, so heap measurements count live objects only. */
function collector(): () => void {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
}

export function streamingCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const big = new Table(
    'stream_big',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('payload', String(120)),
  );

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.begin(async (conn) => {
      const rows = Array.from({ length: ROWS }, (_, i) => ({
        id: i + 1,
        payload: `row-${i}-`.padEnd(100, 'x'),
      }));
      for (let i = 0; i < rows.length; i += 10_000)
        await conn.execute(insert(big), rows.slice(i, i + 10_000));
    });
    await engine.dispose();
  }, 120_000);

  it('iterates every row with `for await`, echoing the statement once and fetching in batches', async () => {
    const { engine, echo } = makeEngine();
    let count = 0;
    let sum = 0;
    await using conn = await engine.connect();
    const result = await conn.stream(select(big.c.id, big.c.payload).orderBy(big.c.id), undefined, {
      yieldPer: 500,
    });
    expect(result.keys()).toEqual(['id', 'payload']);
    for await (const row of result) {
      count++;
      sum += row.id;
      if (count === 1) expect(row.payload?.startsWith('row-0-')).toBe(true);
    }
    expect(count).toBe(ROWS);
    expect(sum).toBe((ROWS * (ROWS + 1)) / 2);
    expect(withoutInitialize(db, echo.take())).toEqual([
      'BEGIN (implicit)',
      'SELECT stream_big.id, stream_big.payload \nFROM stream_big ORDER BY stream_big.id',
      '[generated in X.XXXXXs] ()',
    ]);
  });

  it('keeps memory bounded: far less stays reachable mid-stream than a buffered result holds', async () => {
    const gc = collector();
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    const query = select(big.c.id, big.c.payload).orderBy(big.c.id);

    gc();
    const before = process.memoryUsage().heapUsed;
    const buffered = (await conn.execute(query)).all();
    gc();
    const bufferedHeld = process.memoryUsage().heapUsed - before;
    expect(buffered).toHaveLength(ROWS);
    buffered.length = 0;
    await conn.rollback();

    gc();
    const start = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const _row of await conn.stream(query, undefined, { yieldPer: 1000 })) {
      count++;
      if (count % 25_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - start);
      }
    }
    expect(count).toBe(ROWS);
    expect(bufferedHeld).toBeGreaterThan(5_000_000);
    expect(peak).toBeLessThan(bufferedHeld / 5);
  });

  it('scalars(), partitions() and early close() on a stream', async () => {
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    const ids = await conn.stream(select(big.c.id).where(big.c.id.le(5)).orderBy(big.c.id));
    expect(await ids.scalars().all()).toEqual([1, 2, 3, 4, 5]);
    const parts: number[][] = [];
    const partitioned = await conn.stream(select(big.c.id).where(big.c.id.le(5)).orderBy(big.c.id));
    for await (const part of partitioned.partitions(2)) parts.push(part.map((r) => r.id));
    expect(parts).toEqual([[1, 2], [3, 4], [5]]);
    const early = await conn.stream(select(big.c.id).orderBy(big.c.id));
    expect((await early.fetchmany(3)).map((r) => r.id)).toEqual([1, 2, 3]);
    await early.close();
    // The connection is free for the next statement once the cursor is closed.
    expect(
      Number((await conn.execute(text('SELECT count(*) FROM stream_big WHERE id <= 10'))).scalar()),
    ).toBe(10);
  });
}
