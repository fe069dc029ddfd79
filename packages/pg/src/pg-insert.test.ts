// insert() of @retort/pg against PostgreSQL: ON CONFLICT DO NOTHING / DO UPDATE with excluded,
// index elements, a partial index's WHERE and a named constraint, checked by the SQL and parameters
// sent and by the rows they leave.
import {
  Column,
  createEngine,
  type Engine,
  event,
  Integer,
  MetaData,
  String,
  select,
  Table,
  UniqueConstraint,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { insert } from './index';

const metadata = new MetaData();
const items = Table(
  'upsert_items',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('code', String(20), { nullable: false }),
  Column('qty', Integer, { nullable: false }),
  UniqueConstraint('code', { name: 'uq_upsert_items_code' }),
);

describeDialects(
  'insert() with ON CONFLICT',
  (db) => {
    let engine: Engine;
    const sent: { sql: string; params: unknown }[] = [];
    beforeAll(async () => {
      engine = createEngine(db.url);
      event.listen(engine, 'beforeCursorExecute', (_conn, _cursor, sql, params) => {
        sent.push({ sql, params });
        return undefined;
      });
      await metadata.createAll(engine);
    });
    afterAll(async () => {
      await engine.dispose();
    });
    beforeEach(async () => {
      await engine.begin(async (conn) => {
        await conn.execute(items.delete());
        await conn.execute(insert(items).values({ id: 1, code: 'a', qty: 1 }));
      });
      sent.length = 0;
    });

    const rows = async () =>
      engine.begin(async (conn) =>
        (await conn.execute(select(items.c.id, items.c.code, items.c.qty).orderBy(items.c.id)))
          .all()
          .map((r) => [...r]),
      );

    it('DO NOTHING leaves the existing row', async () => {
      const stmt = insert(items).values({ id: 1, code: 'b', qty: 5 }).onConflictDoNothing();
      const result = await engine.begin((conn) => conn.execute(stmt));
      expect(sent.at(-1)).toEqual({
        sql: 'INSERT INTO upsert_items (id, code, qty) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        params: [1, 'b', 5],
      });
      expect(result.rowcount).toBe(0);
      expect(await rows()).toEqual([[1, 'a', 1]]);
    });

    it('DO UPDATE on index elements adds to the existing row from excluded', async () => {
      const base = insert(items).values([
        { id: 1, code: 'a', qty: 4 },
        { id: 2, code: 'c', qty: 7 },
      ]);
      const stmt = base.onConflictDoUpdate({
        indexElements: [items.c.id],
        set: { qty: items.c.qty.add(base.excluded.qty) },
        where: base.excluded.qty.gt(0),
      });
      await engine.begin((conn) => conn.execute(stmt));
      expect(sent.at(-1)).toEqual({
        sql:
          'INSERT INTO upsert_items (id, code, qty) VALUES ($1, $2, $3), ($4, $5, $6) ON CONFLICT (id) DO UPDATE ' +
          'SET qty = (upsert_items.qty + excluded.qty) WHERE excluded.qty > $7',
        params: [1, 'a', 4, 2, 'c', 7, 0],
      });
      expect(await rows()).toEqual([
        [1, 'a', 5],
        [2, 'c', 7],
      ]);
    });

    it('DO UPDATE ON CONSTRAINT, with RETURNING', async () => {
      const base = insert(items).values({ id: 9, code: 'a', qty: 3 });
      const stmt = base
        .onConflictDoUpdate({ constraint: 'uq_upsert_items_code', set: { qty: base.excluded.qty } })
        .returning(items.c.id, items.c.qty);
      const result = await engine.begin(async (conn) => (await conn.execute(stmt)).all().map((r) => [...r]));
      expect(sent.at(-1)).toEqual({
        sql:
          'INSERT INTO upsert_items (id, code, qty) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_upsert_items_code ' +
          'DO UPDATE SET qty = excluded.qty RETURNING upsert_items.id, upsert_items.qty',
        params: [9, 'a', 3],
      });
      expect(result).toEqual([[1, 3]]);
    });
  },
  { dialects: ['pg'] },
);
