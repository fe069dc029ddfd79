// INSERT against a real database (sqlalchemy.testing.suite test_insert): generated primary keys
// (insertedPrimaryKey, lastrowid), RETURNING, executemany and insertmanyvalues batches in
// parameter order, empty inserts, INSERT … SELECT, client and server defaults.
import { Column, column, func, Integer, insert, MetaData, String, select, Table, text } from '@retort/core';
import { describe, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function insertCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const autoinc = new Table(
    'cs_ins_autoinc',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('data', String(50)),
  );
  const manual = new Table(
    'cs_ins_manual',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
  );
  const defaults = new Table(
    'cs_ins_defaults',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('status', String(10), { serverDefault: 'new' }),
    new Column('score', Integer, { default: () => 42 }),
  );
  const target = new Table(
    'cs_ins_target',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
  );
  ctx.tables(metadata);

  const rowsOf = async (table: Table) =>
    ctx.connected(async (conn) =>
      (await conn.execute(select(table).orderBy(column('id')))).all().map((r) => [...r]),
    );

  describe('generated primary keys', () => {
    it('insertedPrimaryKey gives the id the database generated', async () => {
      await ctx.inTransaction(async (conn) => {
        const first = await conn.execute(insert(autoinc).values({ data: 'd1' }));
        const second = await conn.execute(insert(autoinc).values({ data: 'd2' }));
        const [id1] = first.insertedPrimaryKey;
        const [id2] = second.insertedPrimaryKey;
        expect(typeof id1).toBe('number');
        expect(id2).toBe(Number(id1) + 1);
        const found = await conn.execute(select(autoinc.c.data).where(autoinc.c.id.eq(id2 as number)));
        expect(found.scalar()).toBe('d2');
      });
    });

    it('an id given in the values is the insertedPrimaryKey, and nothing extra is sent', async () => {
      const { result, sent } = await ctx.capture(() =>
        ctx.inTransaction(
          async (conn) =>
            (await conn.execute(insert(manual).values({ id: 10, data: 'ten' }))).insertedPrimaryKey,
        ),
      );
      expect(result).toEqual([10]);
      expect(sent.map((s) => s.sql)).toEqual([
        ctx.pick({
          pg: 'INSERT INTO cs_ins_manual (id, data) VALUES ($1, $2)',
          mysql: 'INSERT INTO cs_ins_manual (id, data) VALUES (?, ?)',
          sqlite: 'INSERT INTO cs_ins_manual (id, data) VALUES (?, ?)',
        }),
      ]);
      expect(sent[0]?.params).toEqual([10, 'ten']);
    });

    it('lastrowid is the driver’s last inserted row id', async (c) => {
      ctx.requires(c, 'postfetchLastrowid');
      await ctx.inTransaction(async (conn) => {
        const result = await conn.execute(insert(autoinc).values({ data: 'lastrowid' }));
        expect(result.lastrowid).toBeDefined();
        expect([Number(result.lastrowid)]).toEqual(result.insertedPrimaryKey);
      });
    });
  });

  describe('RETURNING', () => {
    it('INSERT … RETURNING gives the inserted row', async (c) => {
      ctx.requires(c, 'insertReturning');
      await ctx.inTransaction(async (conn) => {
        const result = await conn.execute(
          insert(autoinc).values({ data: 'returned' }).returning(autoinc.c.id, autoinc.c.data),
        );
        const row = result.one();
        expect(row[1]).toBe('returned');
        expect(typeof row[0]).toBe('number');
      });
    });

    it('executemany with RETURNING, sorted by parameter order, comes back in the order given', async (c) => {
      ctx.requires(c, 'insertReturning');
      const data = Array.from({ length: 25 }, (_, i) => ({ data: `row ${24 - i}` }));
      const { result, sent } = await ctx.capture(() =>
        ctx.inTransaction(async (conn) =>
          (
            await conn.execute(
              insert(autoinc).returning(autoinc.c.id, autoinc.c.data).sortedByParameterOrder(),
              data,
              { insertmanyvaluesPageSize: 10 },
            )
          ).all(),
        ),
      );
      expect(result.map((r) => r[1])).toEqual(data.map((d) => d.data));
      const idsInOrder = result.map((r) => Number(r[0]));
      expect(new Set(idsInOrder).size).toBe(25);
      // insertmanyvalues: 25 rows in pages of 10 are three multi-row INSERTs (the autoincrement key
      // matches rows to parameters), or one per row where batches can't be matched to parameters.
      const batches =
        ctx.caps.insertManyValuesReturningOrdered || ctx.caps.insertManyValuesAutoincrementSentinel ? 3 : 25;
      expect(sent.filter((s) => s.sql.startsWith('INSERT')).length).toBe(batches);
    });
  });

  describe('executemany', () => {
    it('inserts every parameter set and reports the total rowcount', async () => {
      const { result, sent } = await ctx.capture(() =>
        ctx.inTransaction(async (conn) =>
          conn.execute(insert(manual), [
            { id: 20, data: 'a' },
            { id: 21, data: 'b' },
            { id: 22, data: 'c' },
          ]),
        ),
      );
      expect(result.rowcount).toBe(3);
      expect((await rowsOf(manual)).filter((r) => Number(r[0]) >= 20)).toEqual([
        [20, 'a'],
        [21, 'b'],
        [22, 'c'],
      ]);
      // Without RETURNING, rows go as one multi-row INSERT (insertmanyvalues) or as a driver executemany.
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((s) => s.sql.startsWith('INSERT INTO cs_ins_manual'))).toBe(true);
    });

    it('executemany fills client-side defaults per row and server defaults by the database', async () => {
      await ctx.inTransaction(async (conn) => {
        // The first parameter set's keys decide the columns of an executemany, as in SQLAlchemy.
        await conn.execute(insert(defaults), [{ id: 1 }, { id: 2 }]);
        await conn.execute(insert(defaults), [
          { id: 3, score: 7 },
          { id: 4, score: 8 },
        ]);
        await conn.execute(insert(defaults).values({ id: 5, status: 'old' }));
      });
      expect(await rowsOf(defaults)).toEqual([
        [1, 'new', 42],
        [2, 'new', 42],
        [3, 'new', 7],
        [4, 'new', 8],
        [5, 'old', 42],
      ]);
    });
  });

  describe('empty inserts and INSERT … SELECT', () => {
    it('an INSERT with no values fills every column from its defaults', async (c) => {
      if (!ctx.caps.defaultValuesInsert && !ctx.caps.emptyInsert) c.skip('no empty INSERT form');
      const { sent } = await ctx.capture(() =>
        ctx.inTransaction(async (conn) => {
          await conn.execute(insert(autoinc).values({}));
        }),
      );
      expect(sent[0]?.sql).toMatch(
        ctx.caps.defaultValuesInsert
          ? /^INSERT INTO cs_ins_autoinc DEFAULT VALUES/
          : /^INSERT INTO cs_ins_autoinc \(\) VALUES \(\)/,
      );
      const count = await ctx.connected(async (conn) =>
        (
          await conn.execute(select(func.count()).selectFrom(autoinc).where(autoinc.c.data.is(null)))
        ).scalar(),
      );
      expect(Number(count)).toBeGreaterThanOrEqual(1);
    });

    it('INSERT … SELECT copies rows', async () => {
      await ctx.inTransaction(async (conn) => {
        const source = select(manual.c.id, manual.c.data).where(manual.c.id.ge(20));
        const result = await conn.execute(insert(target).fromSelect(['id', 'data'], source));
        expect(result.rowcount).toBe(3);
      });
      expect(await rowsOf(target)).toEqual([
        [20, 'a'],
        [21, 'b'],
        [22, 'c'],
      ]);
    });

    it('text() INSERT with named parameters', async () => {
      await ctx.inTransaction(async (conn) => {
        const result = await conn.execute(text('INSERT INTO cs_ins_target (id, data) VALUES (:id, :data)'), [
          { id: 30, data: 'x' },
          { id: 31, data: 'y' },
        ]);
        expect(result.rowcount).toBe(2);
      });
      expect((await rowsOf(target)).filter((r) => Number(r[0]) >= 30)).toEqual([
        [30, 'x'],
        [31, 'y'],
      ]);
    });
  });
}
