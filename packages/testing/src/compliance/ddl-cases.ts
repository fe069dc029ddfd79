// DDL against a real database (sqlalchemy.testing.suite test_ddl): CREATE/DROP TABLE and INDEX
// with IF [NOT] EXISTS, createAll/dropAll's checkfirst, unique indexes enforced, comments set
// and changed, and DDL inside a transaction where the database makes DDL transactional.
import {
  Column,
  CreateIndex,
  CreateTable,
  DropIndex,
  DropTable,
  Index,
  Integer,
  IntegrityError,
  insert,
  MetaData,
  SetTableComment,
  String,
  Table,
} from '@retort/core';
import { expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function ddlCases(ctx: ComplianceContext): void {
  const hasTable = (name: string) => ctx.connected((conn) => ctx.introspector(conn).hasTable(name));

  function newTable(name: string, metadata = new MetaData()) {
    return new Table(
      name,
      metadata,
      new Column('id', Integer, { primaryKey: true, autoincrement: false }),
      new Column('data', String(50)),
    );
  }

  it('CREATE TABLE and DROP TABLE, with IF NOT EXISTS / IF EXISTS', async () => {
    const t = newTable('cs_ddl_plain');
    await ctx.inTransaction(async (conn) => {
      await conn.execute(new CreateTable(t));
      await conn.execute(new CreateTable(t, { ifNotExists: true }));
    });
    expect(await hasTable('cs_ddl_plain')).toBe(true);
    await ctx.inTransaction(async (conn) => {
      await conn.execute(new DropTable(t));
      await conn.execute(new DropTable(t, { ifExists: true }));
    });
    expect(await hasTable('cs_ddl_plain')).toBe(false);
  });

  it('createAll and dropAll check first, so running them twice is harmless', async () => {
    const metadata = new MetaData();
    newTable('cs_ddl_all_a', metadata);
    newTable('cs_ddl_all_b', metadata);
    await metadata.createAll(ctx.engine);
    await metadata.createAll(ctx.engine);
    expect([await hasTable('cs_ddl_all_a'), await hasTable('cs_ddl_all_b')]).toEqual([true, true]);
    await metadata.dropAll(ctx.engine);
    await metadata.dropAll(ctx.engine);
    expect([await hasTable('cs_ddl_all_a'), await hasTable('cs_ddl_all_b')]).toEqual([false, false]);
  });

  it('CREATE INDEX / DROP INDEX; a unique index rejects duplicates with IntegrityError', async () => {
    const metadata = new MetaData();
    const t = newTable('cs_ddl_indexed', metadata);
    await metadata.createAll(ctx.engine);
    try {
      const index = new Index('ix_cs_ddl_indexed_data', t.c.data as Column, { unique: true });
      await ctx.inTransaction((conn) => conn.execute(new CreateIndex(index)));
      expect(
        await ctx.connected((conn) =>
          ctx.introspector(conn).hasIndex('cs_ddl_indexed', 'ix_cs_ddl_indexed_data'),
        ),
      ).toBe(true);
      const failure = await ctx
        .inTransaction((conn) =>
          conn.execute(insert(t), [
            { id: 1, data: 'same' },
            { id: 2, data: 'same' },
          ]),
        )
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(IntegrityError);
      await ctx.inTransaction((conn) => conn.execute(new DropIndex(index)));
      expect(
        await ctx.connected((conn) =>
          ctx.introspector(conn).hasIndex('cs_ddl_indexed', 'ix_cs_ddl_indexed_data'),
        ),
      ).toBe(false);
    } finally {
      await metadata.dropAll(ctx.engine);
    }
  });

  it('comments are created with the table and can be changed', async (c) => {
    ctx.requires(c, 'comments');
    const metadata = new MetaData();
    const t = new Table(
      'cs_ddl_commented',
      metadata,
      new Column('id', Integer, { primaryKey: true, comment: "the row's id" }),
      { comment: 'first words' },
    );
    await metadata.createAll(ctx.engine);
    try {
      const comment = () =>
        ctx.connected((conn) => ctx.introspector(conn).getTableComment('cs_ddl_commented'));
      expect(await comment()).toEqual({ text: 'first words' });
      t.comment = 'second words';
      await ctx.inTransaction((conn) => conn.execute(new SetTableComment(t)));
      expect(await comment()).toEqual({ text: 'second words' });
      const columns = await ctx.connected((conn) => ctx.introspector(conn).getColumns('cs_ddl_commented'));
      expect(columns[0]?.comment).toBe("the row's id");
    } finally {
      await metadata.dropAll(ctx.engine);
    }
  });

  it('CREATE TABLE inside a rolled-back transaction leaves no table (transactional DDL)', async (c) => {
    ctx.requires(c, 'transactionalDdl');
    const t = newTable('cs_ddl_rolled_back');
    await ctx.connected(async (conn) => {
      await conn.execute(new CreateTable(t));
      await conn.rollback();
    });
    expect(await hasTable('cs_ddl_rolled_back')).toBe(false);
  });
}
