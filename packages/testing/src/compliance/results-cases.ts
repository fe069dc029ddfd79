// Results against a real database (sqlalchemy.testing.suite test_results): rows by name and by
// position, duplicate and case-sensitive labels, and server-side cursors (stream(),
// streamResults) that read big results in batches and leave the connection usable.
import {
  Column,
  func,
  Integer,
  insert,
  literalColumn,
  MetaData,
  String,
  select,
  Table,
  text,
} from '@retort/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

const ROWS = 2500;

export function resultsCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const plain = new Table(
    'cs_results',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
  );
  const many = new Table(
    'cs_results_many',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
  );
  ctx.tables(metadata);

  beforeAll(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(insert(plain), [
        { id: 1, data: 'd1' },
        { id: 2, data: 'd2' },
      ]);
      await conn.execute(
        insert(many),
        Array.from({ length: ROWS }, (_, i) => ({ id: i + 1, data: `data ${i + 1}` })),
      );
    });
  });

  describe('rows', () => {
    it('are read by position, by name and through _mapping', async () => {
      await ctx.connected(async (conn) => {
        const row = (await conn.execute(select(plain).where(plain.c.id.eq(2)))).one();
        expect([row[0], row[1]]).toEqual([2, 'd2']);
        expect([row.id, row.data]).toEqual([2, 'd2']);
        expect(row._mapping).toEqual({ id: 2, data: 'd2' });
        expect(row._fields).toEqual(['id', 'data']);
      });
    });

    it('keep both of two columns with the same name, and labels as given', async () => {
      await ctx.connected(async (conn) => {
        const result = await conn.execute(
          select(plain.c.id, plain.c.id, plain.c.data.label('Data')).limit(1),
        );
        const row = result.one();
        expect([...row]).toEqual([1, 1, 'd1']);
        expect(result.keys()).toEqual(['id', 'id__1', 'Data']);
      });
    });

    it('text() rows take their names from the database, case kept', async () => {
      await ctx.connected(async (conn) => {
        const result = await conn.execute(
          text('SELECT id AS "CamelCase", data AS lower_case FROM cs_results ORDER BY id'),
        );
        expect(result.keys()).toEqual(['CamelCase', 'lower_case']);
        expect(result.all().map((r) => [...r])).toEqual([
          [1, 'd1'],
          [2, 'd2'],
        ]);
      });
    });

    it('a literal column and a function call, labelled', async () => {
      await ctx.connected(async (conn) => {
        const result = await conn.execute(
          select(literalColumn("'x'").label('lit'), func.count(plain.c.id).label('n')).selectFrom(plain),
        );
        const row = result.one();
        expect([row[0], Number(row[1])]).toEqual(['x', 2]);
        expect(result.keys()).toEqual(['lit', 'n']);
      });
    });
  });

  describe('server-side cursors', () => {
    it('stream() reads every row in batches of yieldPer', async (c) => {
      ctx.requires(c, 'serverSideCursors');
      await ctx.connected(async (conn) => {
        const result = await conn.stream(select(many).orderBy(many.c.id), undefined, { yieldPer: 100 });
        let count = 0;
        let last = 0;
        for await (const row of result) {
          count++;
          expect(Number(row[0])).toBe(last + 1);
          last = Number(row[0]);
        }
        expect(count).toBe(ROWS);
      });
    });

    it('a stream closed early releases its cursor; the connection runs the next statement', async (c) => {
      ctx.requires(c, 'serverSideCursors');
      await ctx.connected(async (conn) => {
        const result = await conn.stream(select(many).orderBy(many.c.id), undefined, { yieldPer: 50 });
        const first = await result.fetchmany(3);
        expect(first.map((r) => r[0])).toEqual([1, 2, 3]);
        await result.close();
        const next = await conn.execute(select(func.count()).selectFrom(many));
        expect(Number(next.scalar())).toBe(ROWS);
      });
    });

    it('streamResults as an execution option on execute()', async (c) => {
      ctx.requires(c, 'serverSideCursors');
      await ctx.connected(async (conn) => {
        const result = await conn.execute(
          select(many.c.id).where(many.c.id.le(10)).orderBy(many.c.id),
          undefined,
          {
            streamResults: true,
            yieldPer: 3,
          },
        );
        expect(result.all().map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      });
    });
  });
}
