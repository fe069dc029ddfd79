// Identifier quoting of the MySQL dialect: MySQL's reserved words until the server is known, then
// MariaDB's (SQLAlchemy 2.0.52 quotes `body`, `offset` and `returning` on MariaDB, not on MySQL).
import {
  Column,
  createEngine,
  type Engine,
  event,
  Integer,
  MetaData,
  select,
  Table,
  Text,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MySQLDialect } from './index';

const metadata = new MetaData();
const notes = Table(
  'rw_notes',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('body', Text),
  Column('rank', Integer),
);

it('before it knows the server, quotes MySQL words only (rank), as an unconnected SQLAlchemy dialect', () => {
  const sql = select(notes.c.body, notes.c.rank).compile({ dialect: new MySQLDialect() }).sql;
  expect(sql).toBe('SELECT rw_notes.body, rw_notes.`rank` \nFROM rw_notes');
});

it('a mariadb:// URL means MariaDB from the start: its words are quoted (body), MySQL-only ones not (rank)', () => {
  const sql = select(notes.c.body, notes.c.rank).compile({ dialect: new MySQLDialect(true) }).sql;
  expect(sql).toBe('SELECT rw_notes.`body`, rw_notes.rank \nFROM rw_notes');
});

describeDialects(
  'reserved words on the server',
  (db) => {
    let engine: Engine;
    beforeAll(async () => {
      engine = createEngine(db.url);
      await metadata.createAll(engine);
    });
    afterAll(async () => {
      await metadata.dropAll(engine);
      await engine.dispose();
    });

    it('after connecting to MariaDB, quotes with its list and the statement runs', async () => {
      await using conn = await engine.connect();
      expect((engine.dialect as MySQLDialect).isMariaDB).toBe(true);
      await conn.execute(notes.insert(), [{ id: 1, body: 'b', rank: 2 }]);
      const sent: unknown[][] = [];
      event.listen(engine, 'beforeCursorExecute', (_conn, _cursor, sql, params) => {
        sent.push([sql, params]);
        return undefined;
      });
      const rows = await conn.execute(select(notes.c.body, notes.c.rank).where(notes.c.id.eq(1)));
      expect(rows.all().map((r) => [...r])).toEqual([['b', 2]]);
      expect(sent).toEqual([
        ['SELECT rw_notes.`body`, rw_notes.rank \nFROM rw_notes \nWHERE rw_notes.id = ?', [1]],
      ]);
    });
  },
  { dialects: ['mysql'] },
);
