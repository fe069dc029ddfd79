import { describe, expect, it } from 'vitest';
import {
  and,
  Column,
  delete as delete_,
  ForeignKey,
  func,
  Integer,
  insert,
  MetaData,
  or,
  String,
  select,
  Table,
  update,
} from '../../index';

/** `String` here is the SQL type; a statement's SQL is its toString(). */
const sql = (stmt: { toString(): string }) => stmt.toString();

const md = new MetaData();
const users = Table(
  'users',
  md,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('fullname', String()),
);
const addresses = Table(
  'addresses',
  md,
  Column('id', Integer, { primaryKey: true }),
  Column('user_id', ForeignKey('users.id')),
  Column('email', String(100), { nullable: false }),
);

describe('select (default dialect), as SQLAlchemy 2.0.52 renders it', () => {
  it('columns, where, order by, limit, offset', () => {
    const stmt = select(users.c.id, users.c.name)
      .where(users.c.name.eq('x'), users.c.id.gt(5))
      .orderBy(users.c.id.desc())
      .limit(10)
      .offset(5);
    expect(sql(stmt)).toBe(
      'SELECT users.id, users.name \nFROM users \nWHERE users.name = :name_1 AND users.id > :id_1 ORDER BY users.id DESC\n LIMIT :param_1 OFFSET :param_2',
    );
    expect(stmt.compile().params).toEqual({ name_1: 'x', id_1: 5, param_1: 10, param_2: 5 });
  });

  it('join with the ON clause inferred from the foreign key', () => {
    expect(sql(select(users).join(addresses).where(addresses.c.email.like('%@x')))).toBe(
      'SELECT users.id, users.name, users.fullname \nFROM users JOIN addresses ON users.id = addresses.user_id \nWHERE addresses.email LIKE :email_1',
    );
  });

  it('expanding IN', () => {
    expect(sql(select(users.c.id).where(users.c.id.in([1, 2, 3])))).toBe(
      'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
    );
  });

  it('count(*) with selectFrom', () => {
    expect(sql(select(func.count()).selectFrom(users))).toBe('SELECT count(*) AS count_1 \nFROM users');
  });

  it('group by and having', () => {
    const stmt = select(users.c.name, func.count(addresses.c.id).label('n'))
      .joinFrom(users, addresses)
      .groupBy(users.c.name)
      .having(func.count(addresses.c.id).gt(1));
    expect(sql(stmt)).toBe(
      'SELECT users.name, count(addresses.id) AS n \nFROM users JOIN addresses ON users.id = addresses.user_id GROUP BY users.name \nHAVING count(addresses.id) > :count_1',
    );
  });

  it('insert, update, delete', () => {
    expect(sql(insert(users).values({ name: 'a' }))).toBe('INSERT INTO users (name) VALUES (:name)');
    expect(sql(update(users).where(users.c.id.eq(1)).values({ name: 'z' }))).toBe(
      'UPDATE users SET name=:name WHERE users.id = :id_1',
    );
    expect(sql(delete_(users).where(users.c.id.eq(1)))).toBe('DELETE FROM users WHERE users.id = :id_1');
  });

  it('contains, arithmetic, labels', () => {
    expect(sql(select(users.c.id).where(users.c.name.contains('a%b')))).toBe(
      "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || :name_1 || '%')",
    );
    expect(sql(select(users.c.id.add(5).label('x'), users.c.name.add('x')))).toBe(
      'SELECT users.id + :id_1 AS x, users.name || :name_1 AS anon_1 \nFROM users',
    );
  });

  it('and/or grouping', () => {
    expect(
      sql(select(users.c.id).where(and(users.c.id.eq(1), or(users.c.name.eq('a'), users.c.name.is(null))))),
    ).toBe(
      'SELECT users.id \nFROM users \nWHERE users.id = :id_1 AND (users.name = :name_1 OR users.name IS NULL)',
    );
  });
});
