// Compiled forms reused for other statements of the same structure: the engine compiles a
// statement once and feeds the values of each later statement with that cache key by position.
import { describe, expect, it } from 'vitest';
import {
  bindparam,
  Column,
  DefaultDialect,
  type Dialect,
  Integer,
  insert,
  MetaData,
  type Paramstyle,
  StrDialect,
  String,
  select,
  Table,
  text,
  update,
} from '../index';

class NumberedDialect extends DefaultDialect {
  readonly name = 'numbered';
  readonly driver = '';
  readonly paramstyle: Paramstyle = 'numeric_dollar';
}

class QmarkDialect extends DefaultDialect {
  readonly name = 'qmark';
  readonly driver = '';
  readonly paramstyle: Paramstyle = 'qmark';
}

const md = new MetaData();
const users = Table(
  'users',
  md,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('score', Integer, { default: () => 42 }),
);

const named = new StrDialect();
const numbered: Dialect = new NumberedDialect();
const qmark: Dialect = new QmarkDialect();

/** Compiles `first`, then runs `second` (same cache key) through the compiled form. */
function reuse(dialect: Dialect, first: () => ReturnType<typeof select>, second: ReturnType<typeof select>) {
  const stmt = first();
  expect(stmt.cacheKey().key).toBe(second.cacheKey().key);
  const compiled = stmt.compile({ dialect });
  return compiled.executionParams(second.cacheKey().binds, undefined);
}

describe('Compiled.executionParams', () => {
  const build = (name: string, minId: number, ids: number[], limit: number) =>
    select(users.c.id)
      .where(users.c.name.eq(name), users.c.id.in(ids), users.c.id.gt(minId))
      .limit(limit) as unknown as ReturnType<typeof select>;

  it('takes the values of another statement with the same cache key (named)', () => {
    const result = reuse(named, () => build('a', 1, [1, 2], 10), build('b', 7, [3, 4, 5], 20));
    expect(result).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.name = :name_1 AND users.id IN (:id_1_1, :id_1_2, :id_1_3) AND users.id > :id_2\n LIMIT :param_1',
      params: { name_1: 'b', id_1_1: 3, id_1_2: 4, id_1_3: 5, id_2: 7, param_1: 20 },
    });
  });

  it('numbers $n placeholders as SQLAlchemy does: IN-list elements after the others', () => {
    const result = reuse(numbered, () => build('a', 1, [1, 2], 10), build('b', 7, [3, 4, 5], 20));
    expect(result).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1 AND users.id IN ($4, $5, $6) AND users.id > $2\n LIMIT $3',
      params: ['b', 7, 20, 3, 4, 5],
    });
  });

  it('sends ? parameters in the order of the SQL', () => {
    const result = reuse(qmark, () => build('a', 1, [1, 2], 10), build('b', 7, [3], 20));
    expect(result).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.name = ? AND users.id IN (?) AND users.id > ?\n LIMIT ?',
      params: ['b', 3, 7, 20],
    });
  });

  it('renders an empty IN list per operator', () => {
    const compiled = select(users.c.id)
      .where(users.c.id.in([1]), users.c.name.notIn(['x']))
      .compile({ dialect: qmark });
    const second = select(users.c.id).where(users.c.id.in([]), users.c.name.notIn([]));
    expect(compiled.executionParams(second.cacheKey().binds, undefined)).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1) AND (users.name NOT IN (NULL) OR (1 = 1))',
      params: [],
    });
  });

  it('sends a name used twice once with numbered placeholders', () => {
    const stmt = select(users.c.id).where(
      users.c.id.eq(bindparam('x', 1)),
      users.c.score.eq(bindparam('x', 1)),
    );
    expect(stmt.compile({ dialect: numbered }).executionParams(undefined, { x: 5 })).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.id = $1 AND users.score = $1',
      params: [5],
    });
    expect(stmt.compile({ dialect: qmark }).executionParams(undefined, { x: 5 }).params).toEqual([5, 5]);
  });

  it('fills bindparam() values given at execution and requires them', () => {
    const stmt = select(users.c.id).where(users.c.name.eq(bindparam('username')));
    const compiled = stmt.compile({ dialect: named });
    expect(compiled.executionParams(undefined, { username: 'bob' }).params).toEqual({ username: 'bob' });
    expect(() => compiled.executionParams(undefined, undefined)).toThrow(
      "A value is required for bind parameter 'username'",
    );
  });

  it('evaluates Python-side defaults of INSERT columns at each execution', () => {
    const compiled = insert(users).values({ name: 'a' }).compile({ dialect: named });
    expect(compiled.sql).toBe('INSERT INTO users (name, score) VALUES (:name, :score)');
    const second = insert(users).values({ name: 'b' });
    expect(compiled.executionParams(second.cacheKey().binds, undefined).params).toEqual({
      name: 'b',
      score: 42,
    });
  });

  it('compiles INSERT and UPDATE from the execution parameters when values() is not given', () => {
    const compiled = insert(users).compile({ dialect: qmark, columnKeys: ['name'] });
    expect(compiled.sql).toBe('INSERT INTO users (name, score) VALUES (?, ?)');
    expect(compiled.executionParams(undefined, { name: 'x' }).params).toEqual(['x', 42]);
    const upd = update(users)
      .where(users.c.id.eq(3))
      .compile({ dialect: qmark, columnKeys: ['name'] });
    expect(upd.executionParams(undefined, { name: 'y' })).toEqual({
      sql: 'UPDATE users SET name=? WHERE users.id = ?',
      params: ['y', 3],
    });
  });

  it('exposes the compiled parameters by name (SQLAlchemy compiled.params)', () => {
    const compiled = select(users.c.id).where(users.c.name.eq('z')).limit(2).compile({ dialect: named });
    expect(compiled.params).toEqual({ name_1: 'z', param_1: 2 });
  });

  it('keeps text() parameters by name', () => {
    const stmt = text('SELECT * FROM users WHERE id = :id AND name = :name').bindparams({ id: 1, name: 'n' });
    expect(stmt.compile({ dialect: numbered }).executionParams(undefined, { name: 'm' })).toEqual({
      sql: 'SELECT * FROM users WHERE id = $1 AND name = $2',
      params: [1, 'm'],
    });
  });
});
