// Reflection of tables made by Retort's own DDL (sqlalchemy.testing.suite test_reflection): names,
// columns whose reflected types render the same DDL, keys, foreign keys, indexes, unique and check
// constraints, comments where the database keeps them, and NoSuchTableError.
import {
  CheckConstraint,
  Column,
  DateTime,
  ForeignKey,
  Index,
  Integer,
  MetaData,
  NoSuchTableError,
  Numeric,
  String,
  Table,
  text,
  UniqueConstraint,
} from '@retort/core';
import { expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function reflectionCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const users = new Table(
    'cs_refl_users',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('name', String(50), { nullable: false, comment: 'the login' }),
    new Column('email', String(100)),
    new Column('balance', Numeric(10, 2), { serverDefault: text('0') }),
    new Column('created', DateTime),
    new UniqueConstraint('email', { name: 'uq_cs_refl_users_email' }),
    new CheckConstraint('balance >= 0', { name: 'ck_cs_refl_users_balance' }),
    { comment: 'people who log in' },
  );
  new Index('ix_cs_refl_users_name', users.c.name as Column);
  const addresses = new Table(
    'cs_refl_addresses',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column(
      'user_id',
      Integer,
      new ForeignKey('cs_refl_users.id', { name: 'fk_cs_refl_addresses_user', ondelete: 'CASCADE' }),
      { nullable: false },
    ),
    new Column('street', String(200)),
  );
  ctx.tables(metadata);

  const inspect = <T>(fn: (i: ReturnType<ComplianceContext['introspector']>) => Promise<T>) =>
    ctx.connected((conn) => fn(ctx.introspector(conn)));

  it('lists the tables, sorted, and answers hasTable', async () => {
    await inspect(async (i) => {
      const names = await i.getTableNames();
      expect(names.filter((n) => n.startsWith('cs_refl_'))).toEqual(['cs_refl_addresses', 'cs_refl_users']);
      expect(await i.hasTable('cs_refl_users')).toBe(true);
      expect(await i.hasTable('cs_refl_nope')).toBe(false);
    });
  });

  it('reflects columns: each reflected type renders the DDL it was created with', async () => {
    const columns = await inspect((i) => i.getColumns('cs_refl_users'));
    // MySQL keeps NUMERIC as its synonym DECIMAL.
    const ddl = (c: { readonly type: Column['type'] }) =>
      ctx.engine.dialect
        .typeDDL(c.type)
        .replace(/^NUMERIC\b/, ctx.db.dialect === 'mysql' ? 'DECIMAL' : 'NUMERIC');
    expect(columns.map((c) => c.name)).toEqual(['id', 'name', 'email', 'balance', 'created']);
    expect(columns.map(ddl)).toEqual(
      (['id', 'name', 'email', 'balance', 'created'] as const).map((n) => ddl(users.c[n] as Column)),
    );
    expect(columns.map((c) => c.nullable)).toEqual([false, false, true, true, true]);
    expect(columns[3]?.default).toMatch(/^'?0(\.00)?'?$/);
    expect(columns[0]?.autoincrement).toBe(true);
  });

  it('reflects the primary key and the foreign key with its name and ON DELETE', async () => {
    await inspect(async (i) => {
      expect((await i.getPkConstraint('cs_refl_users')).constrainedColumns).toEqual(['id']);
      const [fk, ...rest] = await i.getForeignKeys('cs_refl_addresses');
      expect(rest).toEqual([]);
      expect(fk).toMatchObject({
        name: 'fk_cs_refl_addresses_user',
        constrainedColumns: ['user_id'],
        referredSchema: null,
        referredTable: 'cs_refl_users',
        referredColumns: ['id'],
      });
      expect(fk?.options.ondelete).toBe('CASCADE');
    });
  });

  it('reflects the index and the unique constraint', async () => {
    await inspect(async (i) => {
      const indexes = await i.getIndexes('cs_refl_users');
      expect(indexes.find((x) => x.name === 'ix_cs_refl_users_name')).toMatchObject({
        columnNames: ['name'],
        unique: false,
      });
      const uniques = await i.getUniqueConstraints('cs_refl_users');
      expect(uniques.map((u) => [u.name, u.columnNames])).toEqual([['uq_cs_refl_users_email', ['email']]]);
      expect(await i.hasIndex('cs_refl_users', 'ix_cs_refl_users_name')).toBe(true);
    });
  });

  it('reflects the CHECK constraint by name', async () => {
    const checks = await inspect((i) => i.getCheckConstraints('cs_refl_users'));
    const check = checks.find((c) => c.name === 'ck_cs_refl_users_balance');
    expect(check?.sqltext.replace(/[`"()]/g, '').replace('::numeric', '')).toBe('balance >= 0');
  });

  it('reflects table and column comments', async (c) => {
    ctx.requires(c, 'comments');
    await inspect(async (i) => {
      expect(await i.getTableComment('cs_refl_users')).toEqual({ text: 'people who log in' });
      expect((await i.getColumns('cs_refl_users'))[1]?.comment).toBe('the login');
    });
  });

  it('raises NoSuchTableError for a table that is not there', async () => {
    await inspect(async (i) => {
      await expect(i.getColumns('cs_refl_nope')).rejects.toThrow(NoSuchTableError);
      await expect(i.getForeignKeys('cs_refl_nope')).rejects.toThrow(NoSuchTableError);
    });
  });

  it('the reflected columns build an equivalent table', async () => {
    const columns = await inspect((i) => i.getColumns('cs_refl_addresses'));
    const copy = new Table(
      'cs_refl_addresses',
      new MetaData(),
      ...columns.map((c) => new Column(c.name, c.type, { nullable: c.nullable })),
    );
    expect(copy.columnList.map((c) => [c.name, ctx.engine.dialect.typeDDL(c.type)])).toEqual(
      addresses.columnList.map((c) => [c.name, ctx.engine.dialect.typeDDL(c.type)]),
    );
  });
}
