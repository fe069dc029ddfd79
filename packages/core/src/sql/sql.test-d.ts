// Type tests of the SQL expression language: row types of select(), operator operands checked
// against column types, typed subquery/CTE columns, scalar subqueries, INSERT values and RETURNING.
import { describe, expectTypeOf, test } from 'vitest';
import {
  Boolean,
  Column,
  type ColumnElement,
  case_,
  cast,
  DateTime,
  delete as delete_,
  func,
  Integer,
  type IntervalValue,
  insert,
  literal,
  MetaData,
  type RowOf,
  type RowOfStatement,
  String,
  select,
  Table,
  union,
  update,
} from '../index';

const metadata = new MetaData();
const users = Table(
  'users',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('active', Boolean, { nullable: false }),
);

describe('select() rows', () => {
  test('columns give a tuple with named fields', () => {
    const stmt = select(users.c.id, users.c.name);
    expectTypeOf<RowOfStatement<typeof stmt>>().toEqualTypeOf<
      RowOf<readonly [typeof users.c.id, typeof users.c.name]>
    >();
    type R = RowOfStatement<typeof stmt>;
    expectTypeOf<R[0]>().toEqualTypeOf<number>();
    expectTypeOf<R[1]>().toEqualTypeOf<string | null>();
    expectTypeOf<R['id']>().toEqualTypeOf<number>();
    expectTypeOf<R['name']>().toEqualTypeOf<string | null>();
    expectTypeOf<R>().toMatchTypeOf<readonly [number, string | null] & { id: number; name: string | null }>();
  });

  test('a table gives its columns by name', () => {
    type R = RowOfStatement<ReturnType<typeof select<readonly [typeof users]>>>;
    expectTypeOf<R['id']>().toEqualTypeOf<number>();
    expectTypeOf<R['name']>().toEqualTypeOf<string | null>();
    expectTypeOf<R['active']>().toEqualTypeOf<boolean>();
    // @ts-expect-error no such column
    expectTypeOf<R['email']>();
  });

  test('labels name fields; functions, casts and CASE carry value types', () => {
    const stmt = select(
      users.c.name.label('username'),
      func.count(users.c.id).label('n'),
      cast(users.c.id, String()).label('sid'),
      case_([users.c.active, 'yes'], { else: 'no' }).label('flag'),
    );
    type R = RowOfStatement<typeof stmt>;
    expectTypeOf<R['username']>().toEqualTypeOf<string | null>();
    expectTypeOf<R['n']>().toEqualTypeOf<number>();
    expectTypeOf<R['sid']>().toEqualTypeOf<string>();
    expectTypeOf<R[3]>().toEqualTypeOf<string>();
    expectTypeOf(func.max(users.c.id)).toMatchTypeOf<ColumnElement<number | null>>();
    expectTypeOf(cast(users.c.name, Integer)).toMatchTypeOf<ColumnElement<number | null>>();
  });

  test('addColumns() and union keep the row type', () => {
    const base = select(users.c.id);
    type R = RowOfStatement<ReturnType<typeof base.addColumns<readonly [typeof users.c.name]>>>;
    expectTypeOf<R['name']>().toEqualTypeOf<string | null>();
    const u = union(select(users.c.id), select(literal(1)));
    expectTypeOf<RowOfStatement<typeof u>[0]>().toEqualTypeOf<number>();
  });
});

describe('operators check their operands', () => {
  test('comparisons take values of the column type, or expressions', () => {
    users.c.name.eq('x');
    users.c.id.eq(5);
    users.c.id.eq(users.c.id);
    users.c.id.in([1, 2]);
    users.c.name.like('x%');
    users.c.id.between(1, 5);
    // @ts-expect-error a number against a string column
    users.c.name.eq(5);
    // @ts-expect-error LIKE on an integer column
    users.c.id.like('x');
    // @ts-expect-error IN of strings against an integer column
    users.c.id.in(['a']);
    expectTypeOf(users.c.id.eq(5)).toEqualTypeOf<ColumnElement<boolean>>();
  });

  test('arithmetic keeps numeric types; string concatenation gives strings', () => {
    expectTypeOf(users.c.id.add(1)).toMatchTypeOf<ColumnElement<number>>();
    expectTypeOf(users.c.name.concat('!')).toMatchTypeOf<ColumnElement<string | null>>();
  });

  test('timestamps: a difference is an interval, plus or minus an interval a timestamp', () => {
    const events = Table(
      'events',
      metadata,
      Column('at', DateTime, { nullable: false }),
      Column('until', DateTime),
    );
    expectTypeOf(events.c.until.sub(events.c.at)).toEqualTypeOf<ColumnElement<IntervalValue | null>>();
    expectTypeOf(events.c.at.sub(events.c.at)).toEqualTypeOf<ColumnElement<IntervalValue>>();
    const day: IntervalValue = { months: 0, days: 1, microseconds: 0 };
    expectTypeOf(events.c.at.add(day)).toEqualTypeOf<ColumnElement<Date>>();
    expectTypeOf(events.c.until.sub(day)).toEqualTypeOf<ColumnElement<Date | null>>();
    // @ts-expect-error a timestamp plus a number
    events.c.at.add(1);
  });
});

describe('subqueries and CTEs', () => {
  test('.c of a subquery is typed after the select', () => {
    const sub = select(users.c.id, users.c.name.label('username')).subquery('s');
    sub.c.id.eq(1);
    // @ts-expect-error the subquery's id is an integer
    sub.c.id.eq('x');
    type R = RowOfStatement<ReturnType<typeof select<readonly [typeof sub.c.username]>>>;
    expectTypeOf<R['username']>().toEqualTypeOf<string | null>();
    // @ts-expect-error not a column of the subquery
    sub.c.email;
    const cte = select(users.c.id).cte('ids');
    expectTypeOf<
      RowOfStatement<ReturnType<typeof select<readonly [typeof cte.c.id]>>>['id']
    >().toEqualTypeOf<number>();
  });

  test('a scalar subquery is an expression of its column type', () => {
    const sq = select(func.count(users.c.id)).scalarSubquery();
    expectTypeOf(sq).toMatchTypeOf<ColumnElement<number>>();
    const stmt = select(users.c.id, sq.label('total'));
    expectTypeOf<RowOfStatement<typeof stmt>['total']>().toEqualTypeOf<number>();
  });
});

describe('DML', () => {
  test('insert().values() takes the table’s columns with their value types', () => {
    insert(users).values({ id: 1, name: 'a' });
    insert(users).values([{ name: 'a' }, { name: null }]);
    insert(users).values({ name: func.lower('A') });
    // @ts-expect-error no such column
    insert(users).values({ email: 'x' });
    // @ts-expect-error wrong value type
    insert(users).values({ id: 'one' });
    update(users).values({ active: true });
    // @ts-expect-error wrong value type
    update(users).values({ active: 'yes' });
  });

  test('returning() rows are typed', () => {
    const ins = insert(users).values({ name: 'a' }).returning(users.c.id, users.c.name);
    expectTypeOf<RowOfStatement<typeof ins>['id']>().toEqualTypeOf<number>();
    expectTypeOf<RowOfStatement<typeof ins>[1]>().toEqualTypeOf<string | null>();
    const del = delete_(users).returning(users.c.active);
    expectTypeOf<RowOfStatement<typeof del>['active']>().toEqualTypeOf<boolean>();
  });
});
