// The dialect's execution half against a real database (sqlalchemy.testing.suite test_dialect):
// initialisation, pre-ping, driver errors wrapped with SQLAlchemy's classes and the constraint
// name, isolation levels and their reset, AUTOCOMMIT, savepoints, and a failed statement that
// leaves nothing behind.
import {
  Column,
  delete_,
  ForeignKey,
  Integer,
  IntegrityError,
  insert,
  MetaData,
  OperationalError,
  ProgrammingError,
  String,
  select,
  Table,
  text,
  UniqueConstraint,
} from '@retort/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

export function dialectCases(ctx: ComplianceContext): void {
  const metadata = new MetaData();
  const parents = new Table(
    'cs_dia_parents',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('code', String(10)),
    new UniqueConstraint('code', { name: 'uq_cs_dia_parents_code' }),
  );
  const children = new Table(
    'cs_dia_children',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column(
      'parent_id',
      Integer,
      new ForeignKey('cs_dia_parents.id', { name: 'fk_cs_dia_children_parent' }),
    ),
  );
  ctx.tables(metadata);

  beforeEach(async () => {
    await ctx.inTransaction(async (conn) => {
      await conn.execute(delete_(children));
      await conn.execute(delete_(parents));
      await conn.execute(insert(parents).values({ id: 1, code: 'one' }));
    });
  });

  const count = (table: Table) =>
    ctx.connected(async (conn) => (await conn.execute(select(table.c.id as Column))).all().length);

  describe('connecting', () => {
    it('initialize() learnt the server version and the default schema', () => {
      const dialect = ctx.engine.dialect;
      expect(dialect.serverVersionInfo?.length).toBeGreaterThan(0);
      expect(dialect.defaultSchemaName).toBe(ctx.pick({ pg: 'public', mysql: ctx.db.name, sqlite: 'main' }));
    });

    it('a pre-pinging engine checks each connection before use', async () => {
      const engine = ctx.engineWith({ poolPrePing: true });
      for (let i = 0; i < 3; i++) {
        await ctx.connected(async (conn) => {
          expect((await conn.execute(select(parents.c.code))).scalar()).toBe('one');
        }, engine);
      }
    });
  });

  describe('errors', () => {
    it('a duplicate key is an IntegrityError with the constraint name, statement, parameters and orig', async () => {
      const failure = await ctx
        .inTransaction((conn) => conn.execute(insert(parents).values({ id: 2, code: 'one' })))
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(IntegrityError);
      const error = failure as IntegrityError;
      // SQLite names no constraint, only the columns (`UNIQUE constraint failed: t.c`); its adapter reports those.
      expect(error.constraintName).toBe(
        ctx.pick({
          pg: 'uq_cs_dia_parents_code',
          mysql: 'uq_cs_dia_parents_code',
          sqlite: 'cs_dia_parents.code',
        }),
      );
      expect(error.statement).toMatch(/^INSERT INTO cs_dia_parents \(id, code\) VALUES/);
      expect(error.params).toEqual([2, 'one']);
      expect(error.orig).toBeInstanceOf(Error);
      expect(error.message).toMatch(
        /\n\[SQL: INSERT INTO cs_dia_parents \(id, code\) VALUES .*\]\n\[parameters: \(2, 'one'\)\]/,
      );
      expect(error.connectionInvalidated).toBe(false);
    });

    it('a missing parent is an IntegrityError naming the foreign key', async (c) => {
      // SQLite enforces foreign keys only with PRAGMA foreign_keys=ON, which SQLAlchemy leaves off.
      if (ctx.db.dialect === 'sqlite') c.skip('SQLite does not enforce foreign keys by default');
      const failure = await ctx
        .inTransaction((conn) => conn.execute(insert(children).values({ id: 1, parent_id: 99 })))
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(IntegrityError);
      expect((failure as IntegrityError).constraintName).toBe('fk_cs_dia_children_parent');
    });

    it('a missing table is a ProgrammingError (OperationalError on SQLite, as sqlite3 says) and the connection stays usable', async () => {
      await ctx.connected(async (conn) => {
        const failure = await conn.execute(text('SELECT * FROM cs_dia_nowhere')).catch((e: unknown) => e);
        expect(failure).toBeInstanceOf(
          ctx.pick({ pg: ProgrammingError, mysql: ProgrammingError, sqlite: OperationalError }),
        );
        await conn.rollback();
        expect((await conn.execute(select(parents.c.code))).scalar()).toBe('one');
      });
    });

    it('a statement that fails inside a transaction leaves no partial write', async () => {
      const failure = await ctx
        .inTransaction(async (conn) => {
          await conn.execute(insert(parents).values({ id: 2, code: 'two' }));
          await conn.execute(insert(parents), [
            { id: 3, code: 'three' },
            { id: 4, code: 'one' },
          ]);
        })
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(IntegrityError);
      expect(await count(parents)).toBe(1);
    });
  });

  describe('transactions', () => {
    it('every isolation level the dialect lists can be set, read back, and is reset at check-in', async () => {
      const levels = ctx.caps.isolationLevels.filter((level) => level !== 'AUTOCOMMIT');
      const engine = ctx.engineWith({ poolSize: 1 });
      const initial = await ctx.connected((conn) => conn.getIsolationLevel(), engine);
      for (const level of levels) {
        await ctx.connected(async (conn) => {
          conn.executionOptions({ isolationLevel: level });
          await conn.execute(select(parents.c.code));
          expect(await conn.getIsolationLevel()).toBe(level);
        }, engine);
        expect(await ctx.connected((conn) => conn.getIsolationLevel(), engine)).toBe(initial);
      }
    });

    it('AUTOCOMMIT commits each statement: a rollback keeps the row', async (c) => {
      if (!ctx.caps.isolationLevels.includes('AUTOCOMMIT')) c.skip('no AUTOCOMMIT');
      await ctx.connected(async (conn) => {
        conn.executionOptions({ isolationLevel: 'AUTOCOMMIT' });
        await conn.execute(insert(parents).values({ id: 5, code: 'five' }));
        await conn.rollback();
      });
      expect(await count(parents)).toBe(2);
    });

    it('a rolled-back savepoint undoes only its own work', async (c) => {
      ctx.requires(c, 'savepoints');
      await ctx.inTransaction(async (conn) => {
        await conn.execute(insert(parents).values({ id: 6, code: 'six' }));
        const nested = await conn.beginNested();
        await conn.execute(insert(parents).values({ id: 7, code: 'seven' }));
        await nested.rollback();
        await conn.beginNested(async () => {
          await conn.execute(insert(parents).values({ id: 8, code: 'eight' }));
        });
      });
      const ids = await ctx.connected(async (conn) =>
        (await conn.execute(select(parents.c.id).orderBy(parents.c.id))).all().map((r) => r[0]),
      );
      expect(ids).toEqual([1, 6, 8]);
    });

    it('a rolled-back transaction leaves nothing', async () => {
      await ctx.connected(async (conn) => {
        await conn.execute(insert(parents).values({ id: 9, code: 'nine' }));
        await conn.rollback();
      });
      expect(await count(parents)).toBe(1);
    });
  });
}
