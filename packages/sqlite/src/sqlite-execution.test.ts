// How statements reach better-sqlite3: a select with LIMIT (bound `OFFSET ?` 0 added by the
// compiler) is served from the compiled cache, and cached column lists of prepared statements
// follow schema changes (DDL on this connection, its ROLLBACK, DDL from another connection).
import {
  Column,
  createEngine,
  type Engine,
  Integer,
  MetaData,
  String,
  select,
  Table,
  text,
} from '@retort/core';
import { EchoCapture } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { afterEach, expect, it } from 'vitest';
import './index';

describeDialects(
  'sqlite execution: compiled cache and column lists',
  (db) => {
    const engines: Engine[] = [];
    function makeEngine(echo?: EchoCapture): Engine {
      const engine = createEngine(db.url, echo ? { echo: true, logger: echo.logger } : {});
      engines.push(engine);
      return engine;
    }
    afterEach(async () => {
      for (const engine of engines.splice(0)) await engine.dispose();
    });

    it('a select with LIMIT is compiled once: its OFFSET 0 is the compiler’s, fixed by the key', async () => {
      // SQLAlchemy 2.0.52 (pysqlite): `LIMIT ? OFFSET ?` with (1000, 0), then `[cached since …]`.
      const metadata = new MetaData();
      const t = Table('exec_limit', metadata, Column('id', Integer, { primaryKey: true }));
      const echo = new EchoCapture();
      const engine = makeEngine(echo);
      await using conn = await engine.connect();
      await metadata.createAll(conn);
      echo.take();
      await conn.execute(select(t).orderBy(t.c.id).limit(1000));
      await conn.execute(select(t).orderBy(t.c.id).limit(10).offset(5));
      await conn.execute(select(t).orderBy(t.c.id).limit(20));
      expect(echo.take()).toEqual([
        'SELECT exec_limit.id \nFROM exec_limit ORDER BY exec_limit.id\n LIMIT ? OFFSET ?',
        '[generated in X.XXXXXs] (1000, 0)',
        'SELECT exec_limit.id \nFROM exec_limit ORDER BY exec_limit.id\n LIMIT ? OFFSET ?',
        '[generated in X.XXXXXs] (10, 5)',
        'SELECT exec_limit.id \nFROM exec_limit ORDER BY exec_limit.id\n LIMIT ? OFFSET ?',
        '[cached since Ns ago] (20, 0)',
      ]);
      await metadata.dropAll(conn);
      await conn.commit();
    });

    it('SELECT * sees a column added by DDL on this connection, and loses it again on ROLLBACK', async () => {
      const engine = makeEngine();
      await using conn = await engine.connect();
      await conn.execute(text('CREATE TABLE exec_cols (id INTEGER PRIMARY KEY, a INTEGER)'));
      await conn.execute(text('INSERT INTO exec_cols VALUES (1, 2)'));
      await conn.commit();
      const star = text('SELECT * FROM exec_cols');
      expect((await conn.execute(star)).keys()).toEqual(['id', 'a']);
      await conn.execute(text('ALTER TABLE exec_cols ADD COLUMN b VARCHAR(10)'));
      const widened = await conn.execute(star);
      expect(widened.keys()).toEqual(['id', 'a', 'b']);
      expect(widened.all().map((row) => row._mapping)).toEqual([{ id: 1, a: 2, b: null }]);
      await conn.rollback();
      expect((await conn.execute(star)).keys()).toEqual(['id', 'a']);
      await conn.execute(text('DROP TABLE exec_cols'));
      await conn.commit();
    });

    it('SELECT * sees a column another connection added', async () => {
      const metadata = new MetaData();
      Table('exec_other', metadata, Column('id', Integer, { primaryKey: true }), Column('a', String(5)));
      const engine = makeEngine();
      await using conn = await engine.connect();
      await metadata.createAll(conn);
      await conn.execute(text("INSERT INTO exec_other VALUES (1, 'x')"));
      await conn.commit();
      const star = text('SELECT * FROM exec_other');
      expect((await conn.execute(star)).keys()).toEqual(['id', 'a']);
      await conn.commit();
      const other = makeEngine();
      await other.begin(async (c) => {
        await c.execute(text('ALTER TABLE exec_other ADD COLUMN b INTEGER'));
      });
      const widened = await conn.execute(star);
      expect(widened.keys()).toEqual(['id', 'a', 'b']);
      expect(widened.all().map((row) => [...row])).toEqual([[1, 'x', null]]);
      await conn.execute(text('DROP TABLE exec_other'));
      await conn.commit();
    });
  },
  { dialects: ['sqlite'] },
);
