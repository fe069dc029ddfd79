// SELECT against a real database (sqlalchemy.testing.suite test_select): LIMIT/OFFSET/FETCH,
// compound selects, expanding IN (empty lists and tuples), LIKE escaping, EXISTS, IS DISTINCT
// FROM, window functions, joins, grouping and scalar subqueries.
import {
  Column,
  type ColumnElement,
  column,
  exists,
  func,
  Integer,
  insert,
  literal,
  MetaData,
  or,
  String,
  select,
  Table,
  tuple,
  union,
  unionAll,
} from '@retort/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function selectCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const t = new Table(
    'cs_select',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('x', Integer),
    new Column('y', Integer),
    new Column('q', String(50)),
  );
  const other = new Table(
    'cs_select_other',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('t_id', Integer),
    new Column('label', String(20)),
  );
  ctx.tables(metadata);

  beforeAll(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(insert(t), [
        { id: 1, x: 1, y: 2, q: 'hi % there' },
        { id: 2, x: 2, y: 3, q: 'under_score' },
        { id: 3, x: 3, y: 4, q: 'back\\slash' },
        { id: 4, x: 4, y: 5, q: null },
        { id: 5, x: null, y: 6, q: 'plain' },
      ]);
      await conn.execute(insert(other), [
        { id: 1, t_id: 1, label: 'one' },
        { id: 2, t_id: 1, label: 'uno' },
        { id: 3, t_id: 3, label: 'three' },
        { id: 4, t_id: 9, label: 'orphan' },
      ]);
    });
  });

  const ids = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r[0]);

  describe('limit, offset and fetch', () => {
    it('limits, offsets, and offsets without a limit', async () => {
      await ctx.connected(async (conn) => {
        const base = select(t.c.id).orderBy(t.c.id);
        expect(ids((await conn.execute(base.limit(2))).all())).toEqual([1, 2]);
        expect(ids((await conn.execute(base.limit(2).offset(1))).all())).toEqual([2, 3]);
        expect(ids((await conn.execute(base.offset(3))).all())).toEqual([4, 5]);
        expect(ids((await conn.execute(base.limit(0))).all())).toEqual([]);
      });
    });

    it('sends limit and offset as bound parameters', async () => {
      const { result, sent } = await ctx.capture(() =>
        ctx.connected(async (conn) =>
          (await conn.execute(select(t.c.id).orderBy(t.c.id).limit(2).offset(1))).all(),
        ),
      );
      expect(ids(result)).toEqual([2, 3]);
      // MySQL writes LIMIT offset, count.
      expect(sent.at(-1)?.params).toEqual(ctx.pick({ pg: [2, 1], mysql: [1, 2], sqlite: [2, 1] }));
    });

    it('FETCH FIRST n ROWS ONLY, with and without an offset', async (c) => {
      // SQLAlchemy renders FETCH for SQLite too, and its own suite skips it there: SQLite has no FETCH.
      if (ctx.db.dialect === 'sqlite') c.skip('SQLite has no FETCH FIRST');
      await ctx.connected(async (conn) => {
        const base = select(t.c.id).orderBy(t.c.id);
        expect(ids((await conn.execute(base.fetch(2))).all())).toEqual([1, 2]);
        expect(ids((await conn.execute(base.offset(2).fetch(2))).all())).toEqual([3, 4]);
      });
    });
  });

  describe('compound selects', () => {
    it('UNION removes duplicates, UNION ALL keeps them; ORDER BY and LIMIT apply to the whole', async () => {
      await ctx.connected(async (conn) => {
        const a = select(t.c.id).where(t.c.id.le(2));
        const b = select(t.c.id).where(t.c.id.in([2, 3]));
        const u = union(a, b).orderBy(column('id'));
        expect(ids((await conn.execute(u)).all())).toEqual([1, 2, 3]);
        const ua = unionAll(a, b).orderBy(column('id'));
        expect(ids((await conn.execute(ua)).all())).toEqual([1, 2, 2, 3]);
        expect(ids((await conn.execute(unionAll(a, b).orderBy(column('id')).limit(2))).all())).toEqual([
          1, 2,
        ]);
      });
    });

    it('a compound select as a subquery', async () => {
      await ctx.connected(async (conn) => {
        const sub = union(select(t.c.id).where(t.c.id.eq(1)), select(t.c.id).where(t.c.id.eq(4))).subquery();
        const rows = (await conn.execute(select(func.count()).selectFrom(sub))).scalar();
        expect(Number(rows)).toBe(2);
      });
    });
  });

  describe('expanding IN', () => {
    it('expands a list into one parameter per value', async () => {
      const { result, sent } = await ctx.capture(() =>
        ctx.connected(async (conn) =>
          (
            await conn.execute(
              select(t.c.id)
                .where(t.c.x.in([1, 3, 4]))
                .orderBy(t.c.id),
            )
          ).all(),
        ),
      );
      expect(ids(result)).toEqual([1, 3, 4]);
      expect(sent.at(-1)?.params).toEqual([1, 3, 4]);
    });

    it('an empty list matches nothing; NOT IN an empty list matches everything', async () => {
      await ctx.connected(async (conn) => {
        expect((await conn.execute(select(t.c.id).where(t.c.x.in([])))).all()).toEqual([]);
        const all = (await conn.execute(select(t.c.id).where(t.c.y.notIn([])).orderBy(t.c.id))).all();
        expect(ids(all)).toEqual([1, 2, 3, 4, 5]);
      });
    });

    it('tuples IN a list of tuples, and an empty list of tuples', async () => {
      await ctx.connected(async (conn) => {
        const pairs = tuple(t.c.x, t.c.y);
        const rows = await conn.execute(
          select(t.c.id)
            .where(
              pairs.in([
                [1, 2],
                [3, 4],
                [7, 7],
              ]),
            )
            .orderBy(t.c.id),
        );
        expect(ids(rows.all())).toEqual([1, 3]);
        expect((await conn.execute(select(t.c.id).where(pairs.in([])))).all()).toEqual([]);
      });
    });

    it('IN a subquery', async () => {
      await ctx.connected(async (conn) => {
        const rows = await conn.execute(
          select(t.c.id)
            .where(t.c.id.in(select(other.c.t_id)))
            .orderBy(t.c.id),
        );
        expect(ids(rows.all())).toEqual([1, 3]);
      });
    });
  });

  describe('LIKE and its escaping', () => {
    it('contains/startswith/endswith with autoescape treat % and _ as text', async () => {
      await ctx.connected(async (conn) => {
        const q = async (where: ColumnElement<boolean | null>) =>
          ids((await conn.execute(select(t.c.id).where(where).orderBy(t.c.id))).all());
        expect(await q(t.c.q.contains('%', { autoescape: true }))).toEqual([1]);
        expect(await q(t.c.q.contains('_', { autoescape: true }))).toEqual([2]);
        expect(await q(t.c.q.startswith('under_', { autoescape: true }))).toEqual([2]);
        expect(await q(t.c.q.endswith('% there', { autoescape: true }))).toEqual([1]);
        expect(await q(t.c.q.contains('_'))).toEqual([1, 2, 3, 5]);
      });
    });

    it('LIKE with an explicit ESCAPE character, and a backslash in the data', async () => {
      await ctx.connected(async (conn) => {
        const rows = await conn.execute(select(t.c.id).where(t.c.q.like('under/_%', { escape: '/' })));
        expect(ids(rows.all())).toEqual([2]);
        const backslash = await conn.execute(
          select(t.c.id).where(t.c.q.contains('\\', { autoescape: true })),
        );
        expect(ids(backslash.all())).toEqual([3]);
        const equal = await conn.execute(select(t.c.id).where(t.c.q.eq('back\\slash')));
        expect(ids(equal.all())).toEqual([3]);
      });
    });
  });

  describe('EXISTS, IS DISTINCT FROM, NULL comparisons', () => {
    it('EXISTS as a WHERE criterion and as a selected value', async () => {
      await ctx.connected(async (conn) => {
        const correlated = exists(select(other.c.id).where(other.c.t_id.eq(t.c.id)));
        const rows = await conn.execute(select(t.c.id).where(correlated).orderBy(t.c.id));
        expect(ids(rows.all())).toEqual([1, 3]);
        const value = await conn.execute(select(exists(select(t.c.id).where(t.c.id.eq(99)))));
        expect([false, 0]).toContain(value.scalar());
      });
    });

    it('IS DISTINCT FROM and IS NOT DISTINCT FROM treat NULLs as values', async (c) => {
      ctx.requires(c, 'isDistinctFrom');
      await ctx.connected(async (conn) => {
        const distinct = await conn.execute(select(t.c.id).where(t.c.x.isDistinctFrom(null)).orderBy(t.c.id));
        expect(ids(distinct.all())).toEqual([1, 2, 3, 4]);
        const same = await conn.execute(select(t.c.id).where(t.c.x.isNotDistinctFrom(null)));
        expect(ids(same.all())).toEqual([5]);
        const bound = await conn.execute(select(t.c.id).where(t.c.x.isDistinctFrom(2)).orderBy(t.c.id));
        expect(ids(bound.all())).toEqual([1, 3, 4, 5]);
      });
    });

    it('== None is IS NULL, != None is IS NOT NULL', async () => {
      await ctx.connected(async (conn) => {
        expect(ids((await conn.execute(select(t.c.id).where(t.c.q.is(null)))).all())).toEqual([4]);
        const notNull = await conn.execute(select(t.c.id).where(t.c.x.isNot(null)).orderBy(t.c.id));
        expect(ids(notNull.all())).toEqual([1, 2, 3, 4]);
      });
    });
  });

  describe('window functions, grouping, joins', () => {
    it('row_number() and sum() OVER (PARTITION BY … ORDER BY …)', async (c) => {
      ctx.requires(c, 'windowFunctions');
      await ctx.connected(async (conn) => {
        const rn = func.row_number().over({ partitionBy: other.c.t_id, orderBy: other.c.id });
        const total = func.sum(other.c.id).over({ partitionBy: other.c.t_id });
        const rows = await conn.execute(select(other.c.label, rn, total).orderBy(other.c.id));
        expect(rows.all().map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual([
          ['one', 1, 3],
          ['uno', 2, 3],
          ['three', 1, 3],
          ['orphan', 1, 4],
        ]);
      });
    });

    it('GROUP BY with HAVING and an aggregate label', async () => {
      await ctx.connected(async (conn) => {
        const n = func.count(other.c.id).label('n');
        const rows = await conn.execute(
          select(other.c.t_id, n).groupBy(other.c.t_id).having(func.count(other.c.id).gt(1)),
        );
        expect(rows.all().map((r) => [r[0], Number(r[1])])).toEqual([[1, 2]]);
      });
    });

    it('inner join and left outer join (unmatched rows carry NULLs)', async () => {
      await ctx.connected(async (conn) => {
        const inner = await conn.execute(
          select(t.c.id, other.c.label).join(other, other.c.t_id.eq(t.c.id)).orderBy(other.c.id),
        );
        expect(inner.all().map((r) => [...r])).toEqual([
          [1, 'one'],
          [1, 'uno'],
          [3, 'three'],
        ]);
        const outer = await conn.execute(
          select(t.c.id, other.c.label)
            .selectFrom(t.outerjoin(other, other.c.t_id.eq(t.c.id)))
            .where(t.c.id.in([2, 3]))
            .orderBy(t.c.id),
        );
        expect(outer.all().map((r) => [...r])).toEqual([
          [2, null],
          [3, 'three'],
        ]);
      });
    });

    it('FULL OUTER JOIN keeps unmatched rows of both sides', async (c) => {
      ctx.requires(c, 'fullOuterJoin');
      await ctx.connected(async (conn) => {
        const rows = await conn.execute(
          select(t.c.id, other.c.label)
            .selectFrom(t.outerjoin(other, other.c.t_id.eq(t.c.id), { full: true }))
            .where(or(t.c.id.is(null), t.c.id.eq(5))),
        );
        expect(rows.all().map((r) => [...r])).toEqual(
          expect.arrayContaining([
            [null, 'orphan'],
            [5, null],
          ]),
        );
      });
    });

    it('a correlated scalar subquery and a literal in the columns', async () => {
      await ctx.connected(async (conn) => {
        const count = select(func.count(other.c.id))
          .where(other.c.t_id.eq(t.c.id))
          .scalarSubquery()
          .label('n');
        const rows = await conn.execute(
          select(t.c.id, count, literal('k').label('k')).orderBy(t.c.id).limit(3),
        );
        expect(rows.all().map((r) => [r[0], Number(r[1]), r[2]])).toEqual([
          [1, 2, 'k'],
          [2, 0, 'k'],
          [3, 1, 'k'],
        ]);
      });
    });
  });
}
