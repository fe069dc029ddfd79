// Rowcount against a real database (sqlalchemy.testing.suite test_rowcount): UPDATE and DELETE
// count the rows they matched, also when no value changed (MySQL's found-rows), and executemany
// totals its statements.
import {
  bindparam,
  Column,
  delete_,
  Integer,
  insert,
  MetaData,
  String,
  Table,
  text,
  update,
} from '@retort/core';
import { beforeEach, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function rowcountCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const employees = new Table(
    'cs_rowcount',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('name', String(50)),
    new Column('department', String(1)),
  );
  ctx.tables(metadata);

  beforeEach(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(delete_(employees));
      await conn.execute(insert(employees), [
        { id: 1, name: 'Angela', department: 'A' },
        { id: 2, name: 'Andrew', department: 'A' },
        { id: 3, name: 'Anand', department: 'A' },
        { id: 4, name: 'Bob', department: 'B' },
        { id: 5, name: 'Bobette', department: 'B' },
        { id: 6, name: 'Buffy', department: 'B' },
        { id: 7, name: 'Charlie', department: 'C' },
      ]);
    });
  });

  it('UPDATE counts the rows it changed', async () => {
    await ctx.inTransaction(async (conn) => {
      const result = await conn.execute(
        update(employees).where(employees.c.department.eq('C')).values({ department: 'Z' }),
      );
      expect(result.rowcount).toBe(1);
    });
  });

  it('UPDATE counts matched rows even when the values did not change', async (c) => {
    ctx.requires(c, 'saneRowcount');
    await ctx.inTransaction(async (conn) => {
      const result = await conn.execute(
        update(employees).where(employees.c.department.eq('A')).values({ department: 'A' }),
      );
      expect(result.rowcount).toBe(3);
    });
  });

  it('DELETE counts the rows it removed; no match is 0', async () => {
    await ctx.inTransaction(async (conn) => {
      expect((await conn.execute(delete_(employees).where(employees.c.department.eq('B')))).rowcount).toBe(3);
      expect((await conn.execute(delete_(employees).where(employees.c.department.eq('B')))).rowcount).toBe(0);
    });
  });

  it('text() UPDATE reports its rowcount', async () => {
    await ctx.inTransaction(async (conn) => {
      const result = await conn.execute(text('UPDATE cs_rowcount SET name = :n WHERE department = :d'), {
        n: 'x',
        d: 'A',
      });
      expect(result.rowcount).toBe(3);
    });
  });

  it('executemany UPDATE totals the rows of each parameter set', async (c) => {
    ctx.requires(c, 'saneMultiRowcount');
    await ctx.inTransaction(async (conn) => {
      const result = await conn.execute(
        update(employees)
          .where(employees.c.department.eq(bindparam('dept')))
          .values({ name: bindparam('newname') }),
        [
          { dept: 'A', newname: 'a' },
          { dept: 'B', newname: 'b' },
          { dept: 'Q', newname: 'q' },
        ],
      );
      expect(result.rowcount).toBe(6);
    });
  });
}
