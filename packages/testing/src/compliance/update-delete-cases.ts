// UPDATE and DELETE against a real database (sqlalchemy.testing.suite test_update_delete): values
// from expressions and bound parameters, RETURNING where the database has it, and multi-table
// UPDATE … FROM / DELETE … USING where it has those.
import { Column, delete_, Integer, insert, MetaData, String, select, Table, update } from '@retort/core';
import { beforeEach, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function updateDeleteCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const plain = new Table(
    'cs_ud_plain',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('data', String(50)),
    new Column('n', Integer),
  );
  const flags = new Table(
    'cs_ud_flags',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('plain_id', Integer),
    new Column('flag', String(10)),
  );
  ctx.tables(metadata);

  beforeEach(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(delete_(plain));
      await conn.execute(delete_(flags));
      await conn.execute(insert(plain), [
        { id: 1, data: 'd1', n: 1 },
        { id: 2, data: 'd2', n: 2 },
        { id: 3, data: 'd3', n: 3 },
      ]);
      await conn.execute(insert(flags), [
        { id: 1, plain_id: 1, flag: 'hot' },
        { id: 2, plain_id: 3, flag: 'hot' },
      ]);
    });
  });

  const rows = () =>
    ctx.connected(async (conn) =>
      (await conn.execute(select(plain).orderBy(plain.c.id))).all().map((r) => [...r]),
    );

  it('UPDATE with an expression and a bound WHERE', async () => {
    const { sent } = await ctx.capture(() =>
      ctx.inTransaction((conn) =>
        conn.execute(
          update(plain)
            .where(plain.c.id.eq(2))
            .values({ data: 'd2 new', n: plain.c.n.add(10) }),
        ),
      ),
    );
    expect(sent[0]?.sql).toBe(
      ctx.pick({
        pg: 'UPDATE cs_ud_plain SET data=$1, n=(cs_ud_plain.n + $2) WHERE cs_ud_plain.id = $3',
        mysql: 'UPDATE cs_ud_plain SET data=?, n=(cs_ud_plain.n + ?) WHERE cs_ud_plain.id = ?',
        sqlite: 'UPDATE cs_ud_plain SET data=?, n=(cs_ud_plain.n + ?) WHERE cs_ud_plain.id = ?',
      }),
    );
    expect(sent[0]?.params).toEqual(['d2 new', 10, 2]);
    expect(await rows()).toEqual([
      [1, 'd1', 1],
      [2, 'd2 new', 12],
      [3, 'd3', 3],
    ]);
  });

  it('DELETE with a WHERE', async () => {
    await ctx.inTransaction((conn) => conn.execute(delete_(plain).where(plain.c.id.eq(2))));
    expect(await rows()).toEqual([
      [1, 'd1', 1],
      [3, 'd3', 3],
    ]);
  });

  it('UPDATE … RETURNING gives the new values', async (c) => {
    ctx.requires(c, 'updateReturning');
    const returned = await ctx.inTransaction(async (conn) =>
      (
        await conn.execute(
          update(plain)
            .where(plain.c.id.le(2))
            .values({ n: plain.c.n.mul(2) })
            .returning(plain.c.id, plain.c.n),
        )
      )
        .all()
        .map((r) => [...r])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(returned).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it('DELETE … RETURNING gives the deleted rows', async (c) => {
    ctx.requires(c, 'deleteReturning');
    const returned = await ctx.inTransaction(async (conn) =>
      (await conn.execute(delete_(plain).where(plain.c.id.eq(3)).returning(plain.c.id, plain.c.data)))
        .all()
        .map((r) => [...r]),
    );
    expect(returned).toEqual([[3, 'd3']]);
    expect((await rows()).map((r) => r[0])).toEqual([1, 2]);
  });

  it('UPDATE with criteria from another table', async (c) => {
    ctx.requires(c, 'multiTableUpdate');
    await ctx.inTransaction((conn) =>
      conn.execute(
        update(plain)
          .where(plain.c.id.eq(flags.c.plain_id))
          .where(flags.c.flag.eq('hot'))
          .values({ data: 'flagged' }),
      ),
    );
    expect((await rows()).map((r) => r[1])).toEqual(['flagged', 'd2', 'flagged']);
  });

  it('DELETE with criteria from another table', async (c) => {
    ctx.requires(c, 'multiTableDelete');
    await ctx.inTransaction((conn) =>
      conn.execute(delete_(plain).where(plain.c.id.eq(flags.c.plain_id)).where(flags.c.flag.eq('hot'))),
    );
    expect((await rows()).map((r) => r[0])).toEqual([2]);
  });
}
