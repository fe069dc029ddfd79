import { Column, Integer, MetaData, String, select, Table } from '@retort/core';
import { describe, expect, it } from 'vitest';
import { PGDialect } from './pg-dialect';

const dialect = new PGDialect();
const md = new MetaData();
const users = Table('users', md, Column('id', Integer, { primaryKey: true }), Column('name', String(50)));

describe('PGCompiler', () => {
  it('numbers placeholders and sends positional parameters', () => {
    const stmt = select(users.c.id, users.c.name)
      .where(users.c.name.eq('x'), users.c.id.in([1, 2]))
      .orderBy(users.c.id.desc())
      .limit(10);
    const compiled = stmt.compile({ dialect });
    expect(compiled.sql).toBe(
      'SELECT users.id, users.name \nFROM users \nWHERE users.name = $1 AND users.id IN (__[POSTCOMPILE_id_1]) ORDER BY users.id DESC \n LIMIT $2',
    );
    // as SQLAlchemy numbers them (numeric_dollar): IN elements take numbers after the other parameters
    expect(compiled.executionParams(undefined, undefined)).toEqual({
      sql: 'SELECT users.id, users.name \nFROM users \nWHERE users.name = $1 AND users.id IN ($3, $4) ORDER BY users.id DESC \n LIMIT $2',
      params: ['x', 10, 1, 2],
    });
  });

  it('renders ILIKE natively', () => {
    expect(select(users.c.id).where(users.c.name.ilike('%a%')).compile({ dialect }).sql).toBe(
      'SELECT users.id \nFROM users \nWHERE users.name ILIKE $1',
    );
  });
});
