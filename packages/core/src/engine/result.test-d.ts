// Type tests of execution results: typed rows from select() and returning(), Row methods,
// scalars(), mappings(), and the untyped rows of text().
import { describe, expectTypeOf, test } from 'vitest';
import {
  Column,
  type Connection,
  type DefaultRow,
  type Engine,
  Integer,
  insert,
  MetaData,
  type Result,
  type Row,
  type ScalarResult,
  String,
  select,
  Table,
  text,
} from '../index';

const metadata = new MetaData();
const users = Table(
  'users',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50), { nullable: false }),
  Column('bio', String(200)),
);
declare const conn: Connection;
declare const engine: Engine;

describe('Connection.execute', () => {
  test('select() gives typed rows: positions, names and Row methods', async () => {
    const result = await conn.execute(select(users.c.id, users.c.name, users.c.bio));
    const row = result.one();
    expectTypeOf(row[0]).toEqualTypeOf<number>();
    expectTypeOf(row[1]).toEqualTypeOf<string>();
    expectTypeOf(row.bio).toEqualTypeOf<string | null>();
    expectTypeOf(row.name).toEqualTypeOf<string>();
    expectTypeOf(row._mapping.name).toEqualTypeOf<string>();
    expectTypeOf(row._asdict().id).toEqualTypeOf<number>();
    expectTypeOf(row._fields).toEqualTypeOf<readonly string[]>();
    const [id, name] = row;
    expectTypeOf(id).toEqualTypeOf<number>();
    expectTypeOf(name).toEqualTypeOf<string>();
    // @ts-expect-error no such column
    row.email;
    expectTypeOf(result.first()).toEqualTypeOf<typeof row | undefined>();
    expectTypeOf(result.all()).toEqualTypeOf<(typeof row)[]>();
  });

  test('scalar(), scalars(), scalars(name), mappings()', async () => {
    const result = await conn.execute(select(users.c.id, users.c.name));
    expectTypeOf(result.scalar()).toEqualTypeOf<number | undefined>();
    expectTypeOf(result.scalarOne()).toEqualTypeOf<number>();
    expectTypeOf(result.scalars()).toEqualTypeOf<ScalarResult<number>>();
    expectTypeOf(result.scalars().all()).toEqualTypeOf<number[]>();
    expectTypeOf(result.scalars('name').all()).toEqualTypeOf<string[]>();
    expectTypeOf(result.mappings().one()).toEqualTypeOf<{ readonly id: number; readonly name: string }>();
    expectTypeOf(await conn.scalar(select(users.c.name))).toEqualTypeOf<string | undefined>();
  });

  test('iteration gives rows', async () => {
    for (const row of await conn.execute(select(users.c.name)))
      expectTypeOf(row.name).toEqualTypeOf<string>();
  });

  test('insert().returning() is typed; text() rows are untyped', async () => {
    const returned = await conn.execute(insert(users).returning(users.c.id));
    expectTypeOf(returned.scalarOne()).toEqualTypeOf<number>();
    const raw = await conn.execute(text('SELECT 1 AS one'));
    expectTypeOf(raw).toEqualTypeOf<Result<DefaultRow>>();
    expectTypeOf(raw.one()).toEqualTypeOf<Row<DefaultRow>>();
    expectTypeOf(raw.one().anything).toEqualTypeOf<unknown>();
  });

  test('engine.begin() returns the callback’s value', async () => {
    const n = await engine.begin(async (c) => (await c.execute(select(users.c.id))).scalarOne());
    expectTypeOf(n).toEqualTypeOf<number>();
  });
});
