// PostgreSQL value round trips through node-postgres with this package's DDL and processors:
// the generic suite of @retort/testing, then ARRAY, JSONB (with its operators), INET, CIDR,
// MACADDR, TSVECTOR, HSTORE, INTERVAL and native ENUM/UUID, and the raw forms stored.
import {
  Column,
  type ColumnElement,
  Enum,
  Integer,
  MetaData,
  planCreateAll,
  planDropAll,
  String,
  select,
  Table,
  Uuid,
} from '@retort/core';
import { describeTypeRoundTrips, openRawSession, type RawSession } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRAY } from './pg-array';
import { PGDialect } from './pg-dialect';
import { array, jsonb } from './pg-operators';
import { CIDR, HSTORE, INET, INTERVAL, JSONB, MACADDR, TSVECTOR } from './pg-scalar-types';

const dialect = new PGDialect();

function pgTable() {
  const metadata = new MetaData();
  const table = Table(
    'rt_pg',
    metadata,
    Column('id', Integer, { primaryKey: true, autoincrement: false }),
    Column('ints', ARRAY(Integer)),
    Column('strs', ARRAY(String(20))),
    Column('grid', ARRAY(Integer, { dimensions: 2 })),
    Column('moods', ARRAY(Enum(['happy', 'sad'], { name: 'rt_mood' }))),
    Column('doc', JSONB<unknown>()),
    Column('ip', INET),
    Column('net', CIDR),
    Column('mac', MACADDR),
    Column('tsv', TSVECTOR),
    Column('kv', HSTORE),
    Column('span', INTERVAL({ fields: 'DAY TO SECOND', precision: 6 })),
    Column('u', Uuid),
  );
  return { metadata, table };
}

describeDialects(
  'types',
  (db) => {
    describeTypeRoundTrips(db, dialect);

    describe('PostgreSQL types', () => {
      const { metadata, table } = pgTable();
      let session: RawSession;
      const rows = [
        {
          id: 1,
          ints: [1, 2, null, -3],
          strs: ['a', 'b"c', 'd,e', 'NULL', '', 'é😀 {x}', '\\', null],
          grid: [
            [1, 2],
            [3, 4],
          ],
          moods: ['sad', 'happy'],
          doc: { a: { b: [1, 2, { c: null }] }, theme: 'dark', n: 9007199254740991 },
          ip: '192.168.0.1/24',
          net: '10.0.0.0/8',
          mac: '08:00:2b:01:02:03',
          tsv: "'cat' 'fat'",
          kv: { a: '1', 'b "q"': null, 'c\\d': 'x=>y' },
          span: { months: 0, days: 3, microseconds: 3_600_000_005 },
          u: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
        },
        { id: 2, ints: [], strs: [], doc: null, kv: {} },
      ];

      beforeAll(async () => {
        session = await openRawSession(dialect, db.url);
        await session.connection.execute('CREATE EXTENSION IF NOT EXISTS hstore', []);
        await session.ddl(planCreateAll(metadata, dialect));
        await session.insert(table, rows);
      });
      afterAll(async () => {
        if (!session) return;
        await session.ddl(planDropAll(metadata, dialect));
        await session.close();
      });

      it('reads back arrays, JSONB, network and text-search types, hstore and intervals', async () => {
        const read = await session.select(select(table).orderBy(table.c.id));
        const names = table.columnList.map((c) => c.name);
        const full = rows.map((row) =>
          Object.fromEntries(names.map((n) => [n, (row as Record<string, unknown>)[n] ?? null])),
        );
        expect(read.map((row) => Object.fromEntries(row.map((v, i) => [names[i], v])))).toEqual(full);
      });

      it('stores the array literal and the native UUID as PostgreSQL prints them', async () => {
        const raw = await session.raw('SELECT ints, strs, u, moods FROM rt_pg WHERE id = 1');
        expect(raw).toEqual([
          [
            '{1,2,NULL,-3}',
            '{a,"b\\"c","d,e","NULL","","é😀 {x}","\\\\",NULL}',
            '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
            '{sad,happy}',
          ],
        ]);
      });

      it('filters with ARRAY ANY/ALL, containment and overlap', async () => {
        const ids = async (where: ColumnElement<boolean>) =>
          (await session.select(select(table.c.id).where(where).orderBy(table.c.id))).map((r) => r[0]);
        expect(await ids(array(table.c.ints).any(2))).toEqual([1]);
        expect(await ids(array(table.c.ints).any(0, 'lt'))).toEqual([1]);
        expect(await ids(array(table.c.strs).contains(['a', 'd,e']))).toEqual([1]);
        expect(await ids(array(table.c.strs).containedBy(['x']))).toEqual([2]);
        expect(await ids(array(table.c.strs).overlap(['b"c', 'zzz']))).toEqual([1]);
        expect(await ids(table.c.ints.contains([1, -3]))).toEqual([1]);
      });

      it('filters with JSONB key, containment and path operators', async () => {
        const ids = async (where: ColumnElement<boolean>) =>
          (await session.select(select(table.c.id).where(where))).map((r) => r[0]);
        expect(await ids(jsonb(table.c.doc).hasKey('theme'))).toEqual([1]);
        expect(await ids(jsonb(table.c.doc).hasAll(['a', 'theme']))).toEqual([1]);
        expect(await ids(jsonb(table.c.doc).hasAny(['zz', 'a']))).toEqual([1]);
        expect(await ids(jsonb(table.c.doc).contains({ theme: 'dark' }))).toEqual([1]);
        expect(await ids(jsonb(table.c.doc).containedBy({ theme: 'dark' }))).toEqual([]);
        expect(await ids(jsonb(table.c.doc).pathExists('$.a.b[2].c'))).toEqual([1]);
        expect(await ids(jsonb(table.c.doc).pathMatch('$.n > 5'))).toEqual([1]);
        const [path] = await session.select(
          select(jsonb(table.c.doc).path(['a', 'b']), jsonb(table.c.doc).pathText(['theme'])).where(
            table.c.id.eq(1),
          ),
        );
        expect(path).toEqual([[1, 2, { c: null }], 'dark']);
      });
    });
  },
  { dialects: ['pg'] },
);
