// The TypeScript values of the SQL types (ROSETTA §9) as column value types: lossless bigint and
// decimal strings, enums as their TS values, JSON<T>, uppercase types, TypeDecorator's own type,
// and the errors the type checker reports for wrong defaults and option values (misspelt option
// names are caught when the table is made: table.test.ts).
import { describe, expectTypeOf, it } from 'vitest';
import {
  BIGINT,
  BigInteger,
  Boolean,
  Column,
  DateTime,
  Date as DateType,
  DECIMAL,
  Enum,
  Integer,
  Interval,
  type IntervalValue,
  JSON,
  LargeBinary,
  MetaData,
  Numeric,
  String,
  Table,
  Text,
  TIMESTAMP,
  Time,
  TypeDecorator,
  Uuid,
  VARCHAR,
} from '../index';

enum Status {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

class Cents extends TypeDecorator<number, number> {
  readonly impl = Integer;
  override readonly cacheOk = true;
}

describe('column value types', () => {
  const t = Table(
    't',
    new MetaData(),
    Column('id', BigInteger, { primaryKey: true }),
    Column('big', BIGINT()),
    Column('price', Numeric(10, 2), { nullable: false }),
    Column('ratio', Numeric(10, 2, { asNumber: true }), { nullable: false }),
    Column('dec', DECIMAL(30, 10)),
    Column('status', Enum(Status, { name: 'status' }), { nullable: false }),
    Column('letter', Enum(['a', 'b']), { nullable: false }),
    Column('data', JSON<{ theme: string }>(), { nullable: false }),
    Column('at', DateTime({ timezone: true }), { nullable: false }),
    Column('ts', TIMESTAMP(), { nullable: false }),
    Column('day', DateType(), { nullable: false }),
    Column('clock', Time(), { nullable: false }),
    Column('span', Interval(), { nullable: false }),
    Column('bytes', LargeBinary(), { nullable: false }),
    Column('u', Uuid(), { nullable: false }),
    Column('name', VARCHAR(20), { nullable: false }),
    Column('flag', Boolean()),
    Column('cents', new Cents(), { nullable: false }),
  );

  it('carries the ROSETTA value types', () => {
    expectTypeOf(t.c.id['~value']).toEqualTypeOf<bigint>();
    expectTypeOf(t.c.big['~value']).toEqualTypeOf<bigint | null>();
    expectTypeOf(t.c.price['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.ratio['~value']).toEqualTypeOf<number>();
    expectTypeOf(t.c.dec['~value']).toEqualTypeOf<string | null>();
    expectTypeOf(t.c.status['~value']).toEqualTypeOf<Status>();
    expectTypeOf(t.c.letter['~value']).toEqualTypeOf<'a' | 'b'>();
    expectTypeOf(t.c.data['~value']).toEqualTypeOf<{ theme: string }>();
    expectTypeOf(t.c.at['~value']).toEqualTypeOf<globalThis.Date>();
    expectTypeOf(t.c.ts['~value']).toEqualTypeOf<globalThis.Date>();
    expectTypeOf(t.c.day['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.clock['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.span['~value']).toEqualTypeOf<IntervalValue>();
    expectTypeOf(t.c.bytes['~value']).toEqualTypeOf<Uint8Array>();
    expectTypeOf(t.c.u['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.name['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.flag['~value']).toEqualTypeOf<boolean | null>();
    expectTypeOf(t.c.cents['~value']).toEqualTypeOf<number>();
  });

  it('checks defaults against the type, and table option values', () => {
    // @ts-expect-error a BigInteger default is a bigint
    Column('n', BigInteger, { default: 5 });
    Column('n', BigInteger, { default: 5n });
    Column('s', Text, { default: () => 'x' });
    // @ts-expect-error the schema is a string
    Table('x', new MetaData(), Column('a', Integer), { schema: 1 });
    Table('x', new MetaData(), Column('a', Integer), { mysqlEngine: 'InnoDB', sqliteAutoincrement: true });
    // @ts-expect-error an Enum of strings takes string values
    Enum([1, 2]);
    expectTypeOf(String(10).withVariant(Text(), 'mysql')['~value']).toEqualTypeOf<string>();
  });
});
