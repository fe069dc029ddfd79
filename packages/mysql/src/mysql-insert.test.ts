// insert() of @retort/mysql against MariaDB: ON DUPLICATE KEY UPDATE with the inserted row (VALUES(col)),
// SET in pair order, and RETURNING where the server has it, checked by the SQL and parameters sent.
import {
  Column,
  CompileError,
  createEngine,
  type Engine,
  event,
  Integer,
  MetaData,
  String,
  select,
  Table,
  UniqueConstraint,
  update,
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
  'insert() with ON DUPLICATE KEY UPDATE',
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

    it('inserted renders VALUES(col) on MariaDB and adds to the existing row', async () => {
      const base = insert(items).values([
        { id: 1, code: 'a', qty: 4 },
        { id: 2, code: 'c', qty: 7 },
      ]);
      const stmt = base.onDuplicateKeyUpdate({ qty: items.c.qty.add(base.inserted.qty) });
      await engine.begin((conn) => conn.execute(stmt));
      expect(engine.dialect.isMariaDB).toBe(true);
      expect(sent.at(-1)).toEqual({
        sql:
          'INSERT INTO upsert_items (id, code, qty) VALUES (?, ?, ?), (?, ?, ?) ' +
          'ON DUPLICATE KEY UPDATE qty = (upsert_items.qty + VALUES(qty))',
        params: [1, 'a', 4, 2, 'c', 7],
      });
      expect(await rows()).toEqual([
        [1, 'a', 5],
        [2, 'c', 7],
      ]);
    });

    it('[key, value] pairs set in their order; values bind after the row', async () => {
      const base = insert(items).values({ id: 1, code: 'z', qty: 3 });
      const stmt = base.onDuplicateKeyUpdate([
        ['code', base.inserted.code],
        ['qty', 10],
      ]);
      await engine.begin((conn) => conn.execute(stmt));
      expect(sent.at(-1)).toEqual({
        sql: 'INSERT INTO upsert_items (id, code, qty) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE code = VALUES(code), qty = ?',
        params: [1, 'z', 3, 10],
      });
      expect(await rows()).toEqual([[1, 'z', 10]]);
    });

    it('RETURNING: INSERT and DELETE on MariaDB 10.5+, a CompileError for UPDATE', async () => {
      const returned = await engine.begin(async (conn) =>
        (
          await conn.execute(
            insert(items).values({ id: 5, code: 'r', qty: 2 }).returning(items.c.id, items.c.qty),
          )
        )
          .all()
          .map((r) => [...r]),
      );
      expect(sent.at(-1)?.sql).toBe(
        'INSERT INTO upsert_items (id, code, qty) VALUES (?, ?, ?) RETURNING upsert_items.id, upsert_items.qty',
      );
      expect(returned).toEqual([[5, 2]]);
      const stmt = update(items).values({ qty: 0 }).returning(items.c.id);
      expect(() => stmt.compile({ dialect: engine.dialect })).toThrow(CompileError);
      await expect(engine.begin((conn) => conn.execute(stmt))).rejects.toThrow(/RETURNING is not supported/);
    });
  },
  { dialects: ['mysql'] },
);
