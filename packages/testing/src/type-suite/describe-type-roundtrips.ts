// Round trips of every generic type through a real database: CREATE TABLE from the dialect's DDL,
// INSERT through the bind processors, SELECT through the result processors, with the edge values
// of ROSETTA §9 (largest bigint, 30-digit decimals, emoji, empty strings, NUL bytes, instants
// across DST, nested JSON and JSON null, enums, UUIDs, intervals). Dialect packages call it inside
// describeDialects for their dialect; PostgreSQL and MySQL add their own types in their packages.
import {
  BigInteger,
  Boolean,
  Column,
  Date,
  DateTime,
  type Dialect,
  Double,
  Enum,
  Integer,
  Interval,
  type IntervalValue,
  JSON,
  LargeBinary,
  MetaData,
  Numeric,
  planCreateAll,
  planDropAll,
  SmallInteger,
  String,
  select,
  Table,
  Text,
  Time,
  Uuid,
} from '@retort/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSession, type RawSession } from './raw-session';

export interface TypeRoundTripOptions {
  /** Where Interval is an emulated DATETIME without fractional seconds (MySQL): whole seconds survive. */
  readonly intervalWholeSeconds?: boolean;
}

enum Status {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

function roundTripTable() {
  const metadata = new MetaData();
  const table = Table(
    'rt_generic',
    metadata,
    Column('id', Integer, { primaryKey: true, autoincrement: false }),
    Column('i', Integer),
    Column('si', SmallInteger),
    Column('bi', BigInteger),
    Column('num', Numeric(30, 10)),
    Column('dbl', Double),
    Column('s', String(100)),
    Column('t', Text),
    Column('b', Boolean),
    Column('dt', DateTime({ fsp: 6 })),
    Column('dtz', DateTime({ timezone: true, fsp: 6 })),
    Column('d', Date),
    Column('tm', Time({ fsp: 6 })),
    Column('iv', Interval),
    Column('j', JSON<unknown>()),
    Column('jn', JSON<unknown>({ noneAsNull: true })),
    Column('e', Enum(Status, { name: 'rt_status' })),
    Column('el', Enum(['a', 'bb'], { name: 'rt_letters' })),
    Column('u', Uuid),
    Column('bin', LargeBinary),
  );
  return { metadata, table };
}

const NESTED = { a: [1, 'é😀', null, { b: true, c: [] }], n: 1.5, s: 'x"y\\z', empty: {} };

/** Runs the generic round trips on `dialect`; `db.url` is read once the test database exists. */
export function describeTypeRoundTrips(
  db: { readonly url: string },
  dialect: Dialect,
  options: TypeRoundTripOptions = {},
): void {
  const { metadata, table } = roundTripTable();
  const nativeInterval = dialect.capabilities.nativeInterval;
  const interval: IntervalValue = nativeInterval
    ? { months: 14, days: 3, microseconds: 3_600_000_005 }
    : { months: 0, days: 3, microseconds: options.intervalWholeSeconds ? 3_600_000_000 : 3_600_000_005 };
  const negativeInterval: IntervalValue = nativeInterval
    ? { months: -1, days: 2, microseconds: -5 }
    : { months: 0, days: -2, microseconds: options.intervalWholeSeconds ? 3_600_000_000 : 5 };
  const decimal = '12345678901234567890.1234567891';
  const rows = [
    {
      id: 1,
      i: 2147483647,
      si: -32768,
      bi: 9223372036854775807n,
      num: decimal,
      dbl: 0.30000000000000004,
      s: 'héllo 😀 ∑ it\'s "quoted" \\ back',
      t: 'line one\nline two\ttab',
      b: true,
      dt: new globalThis.Date('2024-03-10T02:30:15.123Z'),
      dtz: new globalThis.Date('2024-03-10T07:30:00.000Z'),
      d: '2024-02-29',
      tm: '13:05:07.250000',
      iv: interval,
      j: NESTED,
      jn: [1, 2, 3],
      e: Status.DRAFT,
      el: 'bb',
      u: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      bin: new Uint8Array([0, 1, 2, 0, 255, 0]),
    },
    {
      id: 2,
      i: -2147483648,
      si: 32767,
      bi: -9223372036854775808n,
      num: '-0.0000000001',
      dbl: -0.5,
      s: '',
      t: '',
      b: false,
      dt: new globalThis.Date('1999-12-31T23:59:59.999Z'),
      dtz: new globalThis.Date('2024-11-03T06:30:00.500Z'),
      d: '1999-12-31',
      tm: '00:00:00',
      iv: negativeInterval,
      j: null,
      jn: 'just a string',
      e: Status.PUBLISHED,
      el: 'a',
      u: '00000000-0000-0000-0000-000000000000',
      bin: new Uint8Array(0),
    },
    { id: 3 },
  ];
  const expected = rows.map((row) => {
    const full: Record<string, unknown> = {};
    for (const column of table.columnList)
      full[column.name] = (row as Record<string, unknown>)[column.name] ?? null;
    // SQLite keeps NUMERIC as a float (SQLAlchemy warns the same); it comes back at the type's scale.
    if (!dialect.capabilities.nativeDecimal && typeof full.num === 'string')
      full.num = Number(full.num).toFixed(10);
    return full;
  });
  let session: RawSession;

  describe('generic type round trips', () => {
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

    it('reads back every value as it was written', async () => {
      const read = await session.select(select(table).orderBy(table.c.id));
      const names = table.columnList.map((c) => c.name);
      expect(read.map((row) => Object.fromEntries(row.map((v, i) => [names[i], v])))).toEqual(expected);
    });

    it('gives plain Uint8Array views, bigint, and Dates for the right instants', async () => {
      const [row] = await session.select(
        select(table.c.bin, table.c.bi, table.c.dtz).where(table.c.id.eq(1)),
      );
      expect((row?.[0] as Uint8Array).constructor).toBe(Uint8Array);
      expect(typeof row?.[1]).toBe('bigint');
      expect((row?.[2] as globalThis.Date).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    });

    it('stores JSON null as the JSON null, and SQL NULL with noneAsNull', async () => {
      await session.insert(table, [{ id: 4, j: null, jn: null }]);
      const read = await session.select(select(table.c.j, table.c.jn).where(table.c.id.eq(4)));
      expect(read).toEqual([[null, null]]);
      const raw = await session.raw('SELECT j IS NULL, jn IS NULL FROM rt_generic WHERE id = 4');
      expect(raw.map((r) => r.map((v) => Number(v)))).toEqual([[0, 1]]);
    });

    it("stores booleans and UUIDs in the database's own form", async () => {
      const [raw] = await session.raw('SELECT b, u FROM rt_generic WHERE id = 1');
      const bool = raw?.[0];
      expect(dialect.capabilities.nativeBoolean ? bool : Number(bool)).toBe(
        dialect.capabilities.nativeBoolean ? true : 1,
      );
      expect(raw?.[1]).toBe(
        dialect.capabilities.nativeUuid
          ? '1b4e28ba-2fa1-11d2-883f-0016d3cca427'
          : '1b4e28ba2fa111d2883f0016d3cca427',
      );
    });

    it('stores enum member names, and filters by enum values', async () => {
      const raw = await session.raw('SELECT e FROM rt_generic WHERE id = 1');
      expect(raw).toEqual([['DRAFT']]);
      const read = await session.select(select(table.c.id).where(table.c.e.eq(Status.PUBLISHED)));
      expect(read).toEqual([[2]]);
    });

    it('finds rows by the values it binds (bigint, UUID, date, datetime)', async () => {
      const read = await session.select(
        select(table.c.id).where(
          table.c.bi.eq(9223372036854775807n),
          table.c.u.eq('1b4e28ba-2fa1-11d2-883f-0016d3cca427'),
          table.c.d.eq('2024-02-29'),
          table.c.dt.eq(new globalThis.Date('2024-03-10T02:30:15.123Z')),
        ),
      );
      expect(read).toEqual([[1]]);
    });
  });
}
