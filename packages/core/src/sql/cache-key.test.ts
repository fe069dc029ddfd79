// Structural cache keys: statements built the same way share a key whatever their values, so the
// engine compiles them once; anything that changes the SQL changes the key.
import { describe, expect, it } from 'vitest';
import {
  and,
  bindparam,
  Column,
  delete as delete_,
  exists,
  ForeignKey,
  func,
  Integer,
  insert,
  literal,
  MetaData,
  or,
  String,
  select,
  Table,
  text,
  tuple,
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
  Column('title', String(100)),
);

const keyOf = (stmt: { cacheKey(): { key: string } }) => stmt.cacheKey().key;
const valuesOf = (stmt: { cacheKey(): { binds: readonly { value: unknown }[] } }) =>
  stmt.cacheKey().binds.map((b) => b.value);

describe('cache keys', () => {
  it('are equal for statements built alike with different values, which stay out of the key', () => {
    const a = select(users.c.id).where(users.c.name.eq('alice'), users.c.id.gt(1)).limit(5);
    const b = select(users.c.id).where(users.c.name.eq('bob'), users.c.id.gt(99)).limit(50);
    expect(keyOf(a)).toBe(keyOf(b));
    expect(valuesOf(a)).toEqual(['alice', 1, 5]);
    expect(valuesOf(b)).toEqual(['bob', 99, 50]);
    expect(keyOf(a)).not.toContain('alice');
  });

  it('differ when the structure differs', () => {
    const base = select(users.c.id).where(users.c.name.eq('x'));
    const variants = [
      select(users.c.name).where(users.c.name.eq('x')),
      select(users.c.id).where(users.c.name.ne('x')),
      select(users.c.id).where(users.c.id.eq(1)),
      select(users.c.id).where(users.c.name.eq('x')).orderBy(users.c.id),
      select(users.c.id).where(users.c.name.eq('x')).limit(1),
      select(users.c.id).where(users.c.name.eq('x')).distinct(),
      select(users.c.id).where(users.c.name.like('x')),
      select(users.c.id).where(users.c.name.like('x', { escape: '/' })),
      select(users.c.id).where(or(users.c.name.eq('x'), users.c.id.eq(1))),
      select(users.c.id).where(users.c.name.eq('x')).withForUpdate({ nowait: true }),
      select(users.c.id).where(users.c.name.eq('x')).setLabelStyle('tablenamePlusCol'),
    ];
    const keys = new Set([keyOf(base), ...variants.map(keyOf)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it('are equal for anonymous subqueries, aliases and CTEs built twice', () => {
    const build = () => {
      const sq = select(posts.c.author_id, func.count(posts.c.id).label('n'))
        .groupBy(posts.c.author_id)
        .subquery();
      const u = users.alias();
      const c = select(u.c.id).cte();
      return select(u.c.name, sq.c.n)
        .join(sq, u.c.id.eq(sq.c.author_id))
        .where(u.c.id.in(select(c.c.id)));
    };
    const a = build();
    const b = build();
    expect(a).not.toBe(b);
    expect(keyOf(a)).toBe(keyOf(b));
    expect(a.compile().sql).toBe(b.compile().sql);
  });

  it('are equal for IN lists of different lengths (one expanding parameter)', () => {
    expect(keyOf(select(users.c.id).where(users.c.id.in([1, 2])))).toBe(
      keyOf(select(users.c.id).where(users.c.id.in([1, 2, 3, 4]))),
    );
    expect(keyOf(select(users.c.id).where(tuple(users.c.id, users.c.name).in([[1, 'a']])))).toBe(
      keyOf(
        select(users.c.id).where(
          tuple(users.c.id, users.c.name).in([
            [1, 'a'],
            [2, 'b'],
          ]),
        ),
      ),
    );
  });

  it('tell tables apart by identity, not by name', () => {
    const other = Table('users', new MetaData(), Column('id', Integer, { primaryKey: true }));
    expect(keyOf(select(users.c.id))).not.toBe(keyOf(select(other.c.id)));
  });

  it('include named bind parameters by name and literal text', () => {
    expect(keyOf(select(users.c.id).where(users.c.id.eq(bindparam('a'))))).not.toBe(
      keyOf(select(users.c.id).where(users.c.id.eq(bindparam('b')))),
    );
    expect(keyOf(text('SELECT 1'))).not.toBe(keyOf(text('SELECT 2')));
    expect(keyOf(text('SELECT :x').bindparams({ x: 1 }))).toBe(keyOf(text('SELECT :x').bindparams({ x: 2 })));
  });

  it('cover DML: values by column, not by value', () => {
    expect(keyOf(insert(users).values({ name: 'a' }))).toBe(keyOf(insert(users).values({ name: 'b' })));
    expect(keyOf(insert(users).values({ name: 'a' }))).not.toBe(keyOf(insert(users).values({ id: 1 })));
    expect(keyOf(insert(users).values([{ name: 'a' }]))).not.toBe(
      keyOf(insert(users).values([{ name: 'a' }, { name: 'b' }])),
    );
    expect(keyOf(update(users).values({ name: 'x' }).where(users.c.id.eq(1)))).toBe(
      keyOf(update(users).values({ name: 'y' }).where(users.c.id.eq(2))),
    );
    expect(keyOf(delete_(users).where(users.c.id.eq(1)))).toBe(keyOf(delete_(users).where(users.c.id.eq(7))));
  });

  it('follow compound selects, EXISTS and functions', () => {
    const a = union(select(users.c.id).where(users.c.id.gt(1)), select(posts.c.id));
    const b = union(select(users.c.id).where(users.c.id.gt(5)), select(posts.c.id));
    expect(keyOf(a)).toBe(keyOf(b));
    expect(keyOf(select(exists().where(and(users.c.id.eq(1)))))).toBe(
      keyOf(select(exists().where(and(users.c.id.eq(2))))),
    );
    expect(keyOf(select(func.lower(literal('A'))))).toBe(keyOf(select(func.lower(literal('B')))));
    expect(keyOf(select(func.lower(users.c.name)))).not.toBe(keyOf(select(func.upper(users.c.name))));
  });
});
