// Common table expressions against a real database (sqlalchemy.testing.suite test_cte): plain
// and recursive CTEs, a CTE feeding INSERT … SELECT, and CTEs in the WHERE of UPDATE and DELETE.
import {
  Column,
  cast,
  delete_,
  ForeignKey,
  Integer,
  insert,
  literal,
  MetaData,
  String,
  select,
  Table,
  update,
} from '@retort/core';
import { beforeEach, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function cteCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const tree = new Table(
    'cs_cte_tree',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
    new Column('parent_id', Integer, new ForeignKey('cs_cte_tree.id')),
  );
  const copy = new Table(
    'cs_cte_copy',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
    new Column('parent_id', Integer),
  );
  ctx.tables(metadata);

  beforeEach(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(delete_(copy));
      // Leaves first: MySQL checks the self-referencing key row by row.
      await conn.execute(delete_(tree).where(tree.c.id.in([4, 5])));
      await conn.execute(delete_(tree).where(tree.c.id.in([2, 3])));
      await conn.execute(delete_(tree));
      await conn.execute(insert(tree), [
        { id: 1, data: 'd1', parent_id: null },
        { id: 2, data: 'd2', parent_id: 1 },
        { id: 3, data: 'd3', parent_id: 1 },
        { id: 4, data: 'd4', parent_id: 3 },
        { id: 5, data: 'd5', parent_id: 3 },
      ]);
    });
  });

  const idsOf = (rows: readonly (readonly unknown[])[]) => rows.map((r) => r[0]);

  it('a CTE selected from', async (c) => {
    ctx.requires(c, 'ctes');
    await ctx.connected(async (conn) => {
      const cte = select(tree)
        .where(tree.c.data.in(['d2', 'd3', 'd4']))
        .cte('some_cte');
      const rows = await conn.execute(select(cte.c.data).where(cte.c.data.in(['d4', 'd5'])));
      expect(rows.all().map((r) => r[0])).toEqual(['d4']);
    });
  });

  it('a recursive CTE walks the tree', async (c) => {
    ctx.requires(c, 'recursiveCtes');
    await ctx.connected(async (conn) => {
      // Typed, so PostgreSQL knows the parameter's type in the recursive term.
      const start = select(tree.c.id, tree.c.parent_id, cast(literal(0), Integer).label('depth'))
        .where(tree.c.id.eq(1))
        .cte('walk', { recursive: true });
      const walk = start.unionAll(
        select(tree.c.id, tree.c.parent_id, start.c.depth.add(1)).where(tree.c.parent_id.eq(start.c.id)),
      );
      const rows = await conn.execute(select(walk.c.id, walk.c.depth).orderBy(walk.c.id));
      expect(rows.all().map((r) => [r[0], Number(r[1])])).toEqual([
        [1, 0],
        [2, 1],
        [3, 1],
        [4, 2],
        [5, 2],
      ]);
    });
  });

  it('INSERT … SELECT from a CTE', async (c) => {
    ctx.requires(c, 'ctes');
    await ctx.inTransaction(async (conn) => {
      const cte = select(tree)
        .where(tree.c.data.in(['d2', 'd4']))
        .cte('some_cte');
      await conn.execute(insert(copy).fromSelect(['id', 'data', 'parent_id'], select(cte)));
    });
    await ctx.connected(async (conn) => {
      expect(idsOf((await conn.execute(select(copy.c.id).orderBy(copy.c.id))).all())).toEqual([2, 4]);
    });
  });

  it('UPDATE and DELETE with a CTE in their WHERE', async (c) => {
    ctx.requires(c, 'ctes');
    // SQLAlchemy's ctes_with_update_delete requirement: MariaDB cannot use a WITH in UPDATE/DELETE.
    if (ctx.engine.dialect.isMariaDB) c.skip('MariaDB has no WITH in UPDATE or DELETE');
    await ctx.inTransaction(async (conn) => {
      await conn.execute(insert(copy).fromSelect(['id', 'data', 'parent_id'], select(tree)));
      const leaves = select(tree.c.id).where(tree.c.parent_id.eq(3)).cte('leaves');
      await conn.execute(
        update(copy)
          .where(copy.c.id.in(select(leaves.c.id)))
          .values({ data: 'leaf' }),
      );
      await conn.execute(delete_(copy).where(copy.c.id.in(select(leaves.c.id).where(leaves.c.id.eq(5)))));
    });
    await ctx.connected(async (conn) => {
      const rows = await conn.execute(select(copy.c.id, copy.c.data).orderBy(copy.c.id));
      expect(rows.all().map((r) => [...r])).toEqual([
        [1, 'd1'],
        [2, 'd2'],
        [3, 'd3'],
        [4, 'leaf'],
      ]);
    });
  });
}
