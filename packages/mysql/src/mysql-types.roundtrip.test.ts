// MySQL/MariaDB value round trips through mysql2 with this package's DDL and processors: the
// generic suite of @retort/testing (emulated Interval keeps whole seconds in a plain DATETIME),
// then TINYINT, MEDIUMINT, TEXT and BLOB sizes, SET, BIT and UUID, and the raw forms stored.
import {
  Column,
  Integer,
  MetaData,
  planCreateAll,
  planDropAll,
  select,
  Table,
  UUID,
  Uuid,
} from '@retort/core';
import { describeTypeRoundTrips, openRawSession, type RawSession } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MySQLDialect } from './mysql-dialect';
import { BIT, LONGBLOB, MEDIUMINT, MEDIUMTEXT, SET, TINYINT, TINYTEXT } from './mysql-specific-types';

const dialect = new MySQLDialect();

describeDialects(
  'types',
  (db) => {
    describeTypeRoundTrips(db, dialect, { intervalWholeSeconds: true });

    describe('MySQL types', () => {
      const metadata = new MetaData();
      const table = Table(
        'rt_mysql',
        metadata,
        Column('id', Integer, { primaryKey: true, autoincrement: false }),
        Column('tiny', TINYINT(undefined, { unsigned: true })),
        Column('medium', MEDIUMINT()),
        Column('tt', TINYTEXT()),
        Column('mt', MEDIUMTEXT()),
        Column('blob', LONGBLOB()),
        Column('flags', SET('read', 'write', 'admin')),
        Column('bits', BIT(12)),
        Column('u', Uuid),
        Column('nu', UUID),
      );
      let session: RawSession;
      const rows = [
        {
          id: 1,
          tiny: 255,
          medium: -8388608,
          tt: 'é😀',
          mt: 'x'.repeat(70_000),
          blob: new Uint8Array([0, 0, 7, 255, 0]),
          flags: new Set(['read', 'admin']),
          bits: 0b101000000011,
          u: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
          nu: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
        },
        { id: 2, flags: new Set<string>(), bits: 0 },
      ];

      beforeAll(async () => {
        session = await openRawSession(dialect, db.url);
        await session.ddl(planCreateAll(metadata, dialect));
        await session.insert(table, rows);
      });
      afterAll(async () => {
        if (!session) return;
        await session.ddl(planDropAll(metadata, dialect));
        await session.close();
      });

      it('reads back MySQL types', async () => {
        const read = await session.select(select(table).orderBy(table.c.id));
        const names = table.columnList.map((c) => c.name);
        const full = rows.map((row) =>
          Object.fromEntries(names.map((n) => [n, (row as Record<string, unknown>)[n] ?? null])),
        );
        expect(read.map((row) => Object.fromEntries(row.map((v, i) => [names[i], v])))).toEqual(full);
      });

      it('stores a Uuid as 32 hex digits (also in a MariaDB UUID column) and a SET as its comma list', async () => {
        const raw = await session.raw('SELECT u, nu, flags FROM rt_mysql WHERE id = 1');
        expect(raw).toEqual([
          ['1b4e28ba2fa111d2883f0016d3cca427', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'read,admin'],
        ]);
      });
    });
  },
  { dialects: ['mysql'] },
);
