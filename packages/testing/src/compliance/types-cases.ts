// Value types through the whole engine (sqlalchemy.testing.suite test_types): every ROSETTA §9
// type is inserted with edge values (executemany), read back, matched by a bound parameter in a
// WHERE, and returned by RETURNING where the database has it; the dialect's processors do the work.
import {
  BigInteger,
  Boolean,
  Column,
  Date,
  DateTime,
  Double,
  Enum,
  Float,
  Integer,
  Interval,
  insert,
  JSON,
  LargeBinary,
  MetaData,
  Numeric,
  SmallInteger,
  String,
  select,
  Table,
  Text,
  Time,
  type TypeEngine,
  Uuid,
} from '@retort/core';
import { describe, expect, it } from 'vitest';
import type { ComplianceContext } from './compliance-context';

/** A value of some SQL type (never null: NULL is tried separately). */
type Value = NonNullable<unknown>;

/** One type and the values it must round-trip. */
export interface TypeRoundTrip {
  readonly name: string;
  readonly type: () => TypeEngine;
  readonly values: readonly Value[];
  /** What reading a value back gives, when it is not the value itself. */
  readonly expected?: (value: unknown) => unknown;
  /** Also look each value up with `WHERE column = :value` (not for types without equality, e.g. JSON). */
  readonly comparable?: boolean;
}

enum Color {
  Red = 'red',
  Green = 'green',
}

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7) % 256);

/** The generic types of ROSETTA §9 with their edge values; dialects add their own through the options. */
export function genericTypeCases(dialect: 'pg' | 'mysql' | 'sqlite'): TypeRoundTrip[] {
  const mysql = dialect === 'mysql';
  return [
    { name: 'integer', type: Integer, values: [0, 1, -1, 2147483647, -2147483648], comparable: true },
    { name: 'small_integer', type: SmallInteger, values: [0, 32767, -32768], comparable: true },
    {
      name: 'big_integer',
      type: BigInteger,
      values: [0n, 1n, 9007199254740993n, 9223372036854775807n, -9223372036854775808n],
      comparable: true,
    },
    {
      name: 'numeric',
      type: () => Numeric(10, 2),
      values: ['0.00', '1.50', '-12345678.99', '99999999.99'],
      comparable: true,
    },
    // Values a single-precision FLOAT holds exactly in the 6 digits MySQL's text protocol prints.
    { name: 'float', type: Float, values: [0, 1.5, -0.25, 1234.5, 0.0625], comparable: false },
    {
      name: 'double',
      type: Double,
      values: [0, Math.PI, -1e300, 2.2250738585072014e-308],
      comparable: false,
    },
    {
      name: 'string',
      type: () => String(50),
      values: [
        '',
        'plain',
        "O'Reilly",
        'back\\slash',
        'percent % and ? marks',
        'héllo wörld ✓',
        '🎉 emoji 𝄞',
      ],
      comparable: true,
    },
    // TEXT and BLOB hold 65,535 bytes on MySQL.
    { name: 'text', type: Text, values: ['x'.repeat(60_000), 'line\nbreak\ttab'], comparable: false },
    {
      name: 'uuid',
      type: Uuid,
      values: ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '00000000-0000-0000-0000-000000000000'],
      comparable: true,
    },
    { name: 'boolean', type: Boolean, values: [true, false], comparable: true },
    {
      name: 'datetime',
      type: DateTime,
      // Whole seconds: MySQL's DATETIME (no fractional precision given) keeps no milliseconds.
      values: [
        new globalThis.Date(globalThis.Date.UTC(2024, 0, 2, 3, 4, 5)),
        new globalThis.Date(globalThis.Date.UTC(1970, 0, 1)),
        new globalThis.Date(globalThis.Date.UTC(2038, 0, 19, 3, 14, 8)),
        new globalThis.Date(globalThis.Date.UTC(9999, 11, 31, 23, 59, 59)),
      ],
      comparable: true,
    },
    {
      name: 'datetime_ms',
      type: () => DateTime({ fsp: 6 }),
      values: [
        new globalThis.Date(globalThis.Date.UTC(2024, 5, 30, 12, 0, 0, 123)),
        new globalThis.Date(globalThis.Date.UTC(2001, 0, 1, 0, 0, 0, 999)),
      ],
      comparable: true,
    },
    {
      name: 'datetime_tz',
      type: () => DateTime({ timezone: true }),
      values: [new globalThis.Date('2024-03-31T01:30:00Z'), new globalThis.Date('2024-10-27T00:59:59Z')],
      comparable: true,
    },
    {
      name: 'date',
      type: Date,
      values: ['2024-02-29', '1970-01-01', '9999-12-31', '1000-01-01'],
      comparable: true,
    },
    { name: 'time', type: Time, values: ['00:00:00', '23:59:59', '12:34:56'], comparable: true },
    {
      name: 'interval',
      type: Interval,
      values: mysql
        ? // Emulated as DATETIME offsets from the epoch (SQLAlchemy's non-native Interval): whole seconds, no months.
          [
            { months: 0, days: 1, microseconds: 3_600_000_000 },
            { months: 0, days: 0, microseconds: 0 },
          ]
        : [
            { months: 0, days: 1, microseconds: 3_600_000_000 },
            { months: 0, days: 0, microseconds: 1_500_000 },
          ],
      comparable: false,
    },
    {
      name: 'json',
      type: JSON,
      values: [
        { a: [1, 'x', null, true], b: { c: 1.5 } },
        [],
        'a string',
        42,
        { quote: `it's "quoted" \\ ?` },
      ],
      comparable: false,
    },
    {
      name: 'enum',
      type: () => Enum(['small', 'medium', 'large'], { name: 'cs_size' }),
      values: ['small', 'large'],
      comparable: true,
    },
    {
      name: 'enum_class',
      type: () => Enum(Color, { name: 'cs_color' }),
      values: [Color.Red, Color.Green],
      comparable: true,
    },
    {
      name: 'large_binary',
      type: LargeBinary,
      values: [bytes(0), Uint8Array.from([0, 255, 1, 2]), bytes(60_000)],
      comparable: false,
    },
  ];
}

function normalise(value: unknown): unknown {
  // Buffers and Uint8Arrays compare as plain byte lists; the contract is "a Uint8Array".
  if (value instanceof Uint8Array) return { bytes: [...value] };
  return value;
}

export function typesCases(ctx: ComplianceContext, extra: readonly TypeRoundTrip[] = []): void {
  const cases = [...genericTypeCases(ctx.db.dialect), ...extra];
  const metadata = new MetaData();
  const tables = new Map(
    cases.map((c) => [
      c.name,
      new Table(
        `cs_type_${c.name}`,
        metadata,
        new Column('id', Integer, { primaryKey: true, autoincrement: false }),
        new Column('value', c.type()),
      ),
    ]),
  );
  ctx.tables(metadata);

  for (const c of cases) {
    describe(c.name, () => {
      const table = tables.get(c.name) as Table;
      const value = table.c.value as Column;
      const id = table.c.id as Column;
      const expected = (v: unknown) => normalise(c.expected ? c.expected(v) : v);

      it('round-trips its edge values and NULL', async () => {
        await ctx.inTransaction(async (conn) => {
          await conn.execute(insert(table), [
            ...c.values.map((v, i) => ({ id: i + 1, value: v })),
            { id: 0, value: null },
          ]);
        });
        const rows = await ctx.connected(async (conn) =>
          (await conn.execute(select(id, value).orderBy(id))).all(),
        );
        expect(rows.map((r) => normalise(r[1]))).toEqual([null, ...c.values.map(expected)]);
        for (const row of rows.slice(1)) {
          const sample = c.values[0];
          if (sample !== null && typeof sample !== 'object') expect(typeof row[1]).toBe(typeof sample);
          if (sample instanceof Uint8Array) expect(row[1]).toBeInstanceOf(Uint8Array);
          if (sample instanceof globalThis.Date) expect(row[1]).toBeInstanceOf(globalThis.Date);
        }
      });

      it('is found by a bound parameter of its type', async (t) => {
        if (!c.comparable) t.skip(`${c.name} values are not compared with =`);
        await ctx.connected(async (conn) => {
          for (const [i, v] of c.values.entries()) {
            const found = await conn.execute(select(id).where(value.eq(v)));
            expect(
              found.all().map((r) => r[0]),
              `${globalThis.String(v)}`,
            ).toContain(i + 1);
          }
        });
      });

      it('comes back processed from RETURNING', async (t) => {
        ctx.requires(t, 'insertReturning');
        const v = c.values.at(-1);
        const returned = await ctx.connected(async (conn) =>
          (await conn.execute(insert(table).values({ id: 1000, value: v }).returning(value))).scalar(),
        );
        expect(normalise(returned)).toEqual(expected(v));
      });
    });
  }
}
