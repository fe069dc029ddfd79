// createAll/dropAll (ECHO.md §5: one transaction, a has-table check per table, CREATE/DROP in
// dependency order, `[no key …]`), inspect(engine) and MetaData.reflect() on a real database.
import {
  Column,
  createEngine,
  ForeignKey,
  Index,
  Inspector,
  Integer,
  inspect,
  MetaData,
  NoSuchTableError,
  String,
  Table,
} from '@retort/core';
import { expect, it } from 'vitest';
import { engineFactory, hasTableEcho, type SuiteDatabase, withoutInitialize } from './engine-fixture';

function blogMetadata(): MetaData {
  const metadata = new MetaData();
  Table(
    'ddl_users',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('name', String(30), { nullable: false }),
    Column('email', String(100), { unique: true }),
  );
  Table(
    'ddl_posts',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('user_id', Integer, ForeignKey('ddl_users.id', { ondelete: 'CASCADE' }), { nullable: false }),
    Column('title', String(200)),
    Index('ix_ddl_posts_title', 'title'),
  );
  return metadata;
}

export function ddlCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);

  it('createAll checks each table, creates the missing ones in one transaction; a second createAll creates nothing', async () => {
    const metadata = blogMetadata();
    const { engine, echo } = makeEngine();
    await metadata.createAll(engine);
    const first = withoutInitialize(db, echo.take());
    const checks = [
      ...hasTableEcho(db, 'ddl_users', { exists: false, cached: false }),
      ...hasTableEcho(db, 'ddl_posts', { exists: false, cached: true }),
    ];
    expect(first.slice(0, 1 + checks.length)).toEqual(['BEGIN (implicit)', ...checks]);
    const ddl = first.slice(1 + checks.length);
    expect(ddl.filter((m) => !m.startsWith('[')).map((m) => m.split('(')[0]?.trim())).toEqual([
      'CREATE TABLE ddl_users',
      'CREATE TABLE ddl_posts',
      'CREATE INDEX ix_ddl_posts_title ON ddl_posts',
      'COMMIT',
    ]);
    expect(ddl.filter((m) => m.startsWith('['))).toEqual(
      Array.from({ length: 3 }, () => '[no key X.XXXXXs] ()'),
    );

    await metadata.createAll(engine);
    expect(echo.take()).toEqual([
      'BEGIN (implicit)',
      ...hasTableEcho(db, 'ddl_users', { exists: true, cached: true }),
      ...hasTableEcho(db, 'ddl_posts', { exists: true, cached: true }),
      'COMMIT',
    ]);
    await metadata.dropAll(engine);
    const drop = echo.take();
    expect(drop.filter((m) => m.startsWith('\nDROP'))).toEqual([
      '\nDROP TABLE ddl_posts',
      '\nDROP TABLE ddl_users',
    ]);
    await metadata.dropAll(engine);
    expect(echo.take().filter((m) => m.startsWith('\nDROP'))).toEqual([]);
  });

  it('createAll({ checkfirst: false }) issues CREATE without checks; on a Connection it joins its transaction', async () => {
    const metadata = blogMetadata();
    const { engine, echo } = makeEngine();
    {
      await using conn = await engine.connect();
      await metadata.createAll(conn, { checkfirst: false });
      await conn.commit();
    }
    const messages = withoutInitialize(db, echo.take());
    expect(messages[0]).toBe('BEGIN (implicit)');
    expect(messages[1]?.startsWith('\nCREATE TABLE ddl_users')).toBe(true);
    expect(messages.at(-1)).toBe('COMMIT');
    await metadata.dropAll(engine, { checkfirst: false });
  });

  it('inspect(engine) reports tables, columns, keys and indexes', async () => {
    const metadata = blogMetadata();
    const engine = createEngine(db.url);
    try {
      await metadata.createAll(engine);
      const inspector = inspect(engine);
      expect(inspector).toBeInstanceOf(Inspector);
      expect(await inspector.hasTable('ddl_users')).toBe(true);
      expect(await inspector.hasTable('ddl_nothing')).toBe(false);
      expect(await inspector.getTableNames()).toEqual(expect.arrayContaining(['ddl_posts', 'ddl_users']));
      const columns = await inspector.getColumns('ddl_users');
      expect(columns.map((c) => [c.name, c.nullable])).toEqual([
        ['id', false],
        ['name', false],
        ['email', true],
      ]);
      expect((await inspector.getPkConstraint('ddl_posts')).constrainedColumns).toEqual(['id']);
      const [fk] = await inspector.getForeignKeys('ddl_posts');
      expect(fk).toMatchObject({
        constrainedColumns: ['user_id'],
        referredTable: 'ddl_users',
        referredColumns: ['id'],
      });
      expect((await inspector.getIndexes('ddl_posts')).map((i) => i.name)).toContain('ix_ddl_posts_title');
      await expect(inspector.getColumns('ddl_nothing')).rejects.toThrow(NoSuchTableError);
      const sorted = (await inspector.getSortedTableAndFkcNames()).filter(
        ([name]) => name === undefined || name.startsWith('ddl_'),
      );
      expect(sorted.map(([name]) => name)).toEqual(['ddl_users', 'ddl_posts', undefined]);
      expect(sorted[1]?.[1].map(([table]) => table)).toEqual(['ddl_posts']);
    } finally {
      await metadata.dropAll(engine);
      await engine.dispose();
    }
  });

  it('MetaData.reflect() builds Table objects that can be queried and created again', async () => {
    const source = blogMetadata();
    const engine = createEngine(db.url);
    try {
      await source.createAll(engine);
      const reflected = new MetaData();
      await reflected.reflect(engine, { only: ['ddl_posts'] });
      // The referred table comes along, as SQLAlchemy's resolve_fks does.
      expect(Object.keys(reflected.tables).sort()).toEqual(['ddl_posts', 'ddl_users']);
      const posts = reflected.tables.ddl_posts as Table;
      expect(posts.columnList.map((c) => c.name)).toEqual(['id', 'user_id', 'title']);
      expect(posts.columnList.find((c) => c.name === 'id')?.primaryKey).toBe(true);
      expect(posts.foreignKeys.map((fk) => fk.targetFullname)).toEqual(['ddl_users.id']);
      await expect(new MetaData().reflect(engine, { only: ['ddl_nothing'] })).rejects.toThrow(
        /requested table\(s\) not available .*\(ddl_nothing\)/,
      );
      await source.dropAll(engine);
      await reflected.createAll(engine);
      const inspector = inspect(engine);
      expect(await inspector.hasTable('ddl_posts')).toBe(true);
      await reflected.dropAll(engine);
    } finally {
      await engine.dispose();
    }
  });
}
