// Statement builders are immutable (every method returns a new statement), and input the types
// cannot rule out (untyped JavaScript, runtime values) fails early with an error naming what was expected.
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  and,
  Column,
  CompileError,
  case_,
  delete as delete_,
  exists,
  ForeignKey,
  func,
  Integer,
  InvalidRequestError,
  insert,
  MetaData,
  or,
  String,
  select,
  Table,
  text,
  union,
  update,
} from '../index';

const md = new MetaData();
const users = Table('users', md, Column('id', Integer, { primaryKey: true }), Column('name', String(50)));
const posts = Table(
  'posts',
  md,
  Column('id', Integer, { primaryKey: true }),
  Column('author_id', Integer, ForeignKey('users.id')),
);

/** Untyped input, as plain JavaScript callers can pass it. */
const untyped = <T>(value: unknown) => value as T;

describe('builders are immutable', () => {
  it('select: deriving leaves the base unchanged', () => {
    const base = select(users.c.id).where(users.c.id.gt(1));
    const before = base.toString();
    const derived = [
      base.where(users.c.name.eq('x')),
      base.orderBy(users.c.id),
      base.limit(3).offset(2),
      base.join(posts),
      base.distinct(),
      base.groupBy(users.c.id).having(func.count().gt(1)),
      base.addColumns(users.c.name),
      base.withForUpdate(),
      base.setLabelStyle('tablenamePlusCol'),
      base.prefixWith('HIGH_PRIORITY'),
    ];
    for (const d of derived) expect(d).not.toBe(base);
    expect(base.toString()).toBe(before);
    expect(base.state.where).toHaveLength(1);
    expect(new Set(derived.map((d) => d.toString())).size).toBe(derived.length);
  });

  it('DML and other builders return new objects', () => {
    const ins = insert(users);
    const withValues = ins.values({ name: 'a' });
    expect(ins.state.values).toBeUndefined();
    expect(withValues.returning(users.c.id)).not.toBe(withValues);
    const upd = update(users).values({ name: 'a' });
    expect(upd.where(users.c.id.eq(1)).state.where).toHaveLength(1);
    expect(upd.state.where).toHaveLength(0);
    const del = delete_(users);
    expect(del.where(users.c.id.eq(1))).not.toBe(del);
    expect(del.toString()).toBe('DELETE FROM users');
    const t = text('SELECT :a');
    expect(t.bindparams({ a: 1 })).not.toBe(t);
    expect(t.binds.get('a')?.value).toBeUndefined();
    const e = exists();
    expect(e.where(users.c.id.eq(1))).not.toBe(e);
    const u = union(select(users.c.id), select(posts.c.id));
    expect(u.orderBy(users.c.id).limit(1)).not.toBe(u);
    expect(u.orderByClauses).toHaveLength(0);
  });

  it('does not keep the caller’s arrays', () => {
    const ids = [1, 2];
    const stmt = select(users.c.id).where(users.c.id.in(ids));
    ids.push(3);
    expect(stmt.compile().executionParams(undefined, undefined).params).toEqual({ id_1_1: 1, id_1_2: 2 });
  });
});

describe('argument errors', () => {
  it('and()/or() need at least one clause', () => {
    expect(() => and()).toThrow(ArgumentError);
    expect(() => and()).toThrow('and() needs at least one expression');
    expect(() => or()).toThrow('or() needs at least one expression');
  });

  it('WHERE wants a SQL expression, not a JS boolean or a table', () => {
    expect(() => select(users.c.id).where(untyped(true))).toThrow(
      'where() got the JS boolean true; compare with methods (users.c.id.eq(5)), not operators, or use true()/false()',
    );
    expect(() => select(users.c.id).where(untyped(users))).toThrow(
      /where\(\) expects a SQL expression such as users\.c\.id\.eq\(5\), got TableImpl/,
    );
  });

  it('an operator’s other side must be a value or a column expression', () => {
    expect(() => users.c.id.eq(untyped(users))).toThrow(
      /An operator's other side must be a value or a column expression, got TableImpl/,
    );
    expect(() => users.c.id.lt(null)).toThrow(
      "Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()' operators can be used with None/True/False",
    );
    expect(() => users.c.id.in(untyped(5))).toThrow(
      'in() expects a list of values or a select(), got number',
    );
  });

  it('select() and ORDER BY want column expressions', () => {
    // numbers, null and booleans select as SQL literals and constants, as in SQLAlchemy
    expect(select(untyped<typeof users.c.id>(5), untyped<typeof users.c.id>(null)).toString()).toBe(
      'SELECT 5, NULL AS anon_1',
    );
    expect(() => select(untyped<typeof users.c.id>('x'))).toThrow(
      "Textual column expression 'x' should be explicitly declared with text('x'), or use column('x') for more specificity",
    );
    expect(() => select(untyped<typeof users.c.id>({}))).toThrow(
      'Column expression, FROM clause, or other columns clause element expected, got object.',
    );
    expect(() => select(users.c.id).addColumns(untyped<typeof users.c.id>([users.c.name]))).toThrow(
      /got object; pass the columns as separate arguments/,
    );
    expect(() => select(users.c.id).orderBy(untyped({}))).toThrow(
      /orderBy expects a column expression, got object/,
    );
    expect(() => func.count(untyped(users))).toThrow(
      /func\.count\(\) expects column expressions or values, got TableImpl/,
    );
  });

  it('LIMIT, OFFSET and FETCH want integers', () => {
    expect(() => select(users.c.id).limit(1.5)).toThrow(
      'limit() expects an integer, a SQL expression or null, got 1.5',
    );
    expect(() => select(users.c.id).offset(untyped('10'))).toThrow(
      'offset() expects an integer, a SQL expression or null, got 10',
    );
    expect(() => select(users.c.id).fetch(Number.NaN)).toThrow(
      'fetch() expects an integer, a SQL expression or null, got NaN',
    );
    const u = union(select(users.c.id), select(posts.c.id));
    expect(() => u.limit(untyped('3'))).toThrow(
      'limit() expects an integer, a SQL expression or null, got 3',
    );
    expect(u.orderBy('id').limit(2).orderBy(null).limit(null).toString()).toBe(u.toString());
  });

  it('filterBy() names the columns it knows', () => {
    expect(() => select(users).filterBy({ nme: 'x' })).toThrow(InvalidRequestError);
    expect(() => select(users).filterBy({ nme: 'x' })).toThrow(
      'Entity namespace for "users" has no property "nme"; expected one of: id, name',
    );
  });

  it('LIKE shortcuts refuse autoescape with escape, and non-strings to autoescape', () => {
    expect(() => users.c.name.contains('x', { autoescape: true, escape: '^' })).toThrow(
      'autoescape and escape cannot be combined',
    );
    expect(() => users.c.name.startswith(untyped(5), { autoescape: true })).toThrow(
      'String value expected when autoescape=True',
    );
  });

  it('CASE needs a WHEN', () => {
    expect(() => case_()).toThrow('case() needs at least one WHEN');
  });

  it('INSERT values merge, rows append, and the two forms do not mix (as in SQLAlchemy)', () => {
    expect(insert(users).values({ id: 1 }).values({ name: 'x' }).toString()).toBe(
      'INSERT INTO users (id, name) VALUES (:id, :name)',
    );
    expect(insert(users).values({ id: 1 }).values({ id: 2 }).compile().params).toEqual({ id: 2 });
    expect(
      insert(users)
        .values([{ id: 1 }])
        .values([{ id: 2 }])
        .toString(),
    ).toBe('INSERT INTO users (id) VALUES (:id_m0), (:id_m1)');
    expect(() =>
      insert(users)
        .values({ id: 1 })
        .values([{ id: 2 }]),
    ).toThrow("Can't mix single and multiple VALUES formats in one INSERT statement");
    expect(() =>
      insert(users)
        .values([{ id: 2 }])
        .values({ id: 1 }),
    ).toThrow(InvalidRequestError);
    expect(() => insert(users).fromSelect(['id'], select(users.c.id)).values({ id: 1 })).toThrow(
      'This construct already inserts from a SELECT',
    );
    expect(() => insert(users).values({ id: 1 }).fromSelect(['id'], select(users.c.id))).toThrow(
      'This construct already inserts value expressions',
    );
  });

  it('INSERT and UPDATE name only columns of the table (when compiled, as SQLAlchemy)', () => {
    const stmt = insert(users).values(untyped({ nope: 1 }));
    expect(() => stmt.compile()).toThrow(CompileError);
    expect(() => stmt.compile()).toThrow('Unconsumed column names: nope');
    expect(() =>
      update(users)
        .values(untyped({ x: 1 }))
        .compile(),
    ).toThrow('Unconsumed column names: x');
  });

  it('a join target must be a FROM clause', () => {
    expect(() => select(users.c.id).join(untyped(5))).toThrow(
      'Join target, typically a FROM expression, or ORM relationship attribute expected, got number.',
    );
    expect(() => select(users.c.id).joinFrom(untyped(users.c.id), posts)).toThrow(
      /^Join left side, typically/,
    );
  });
});
