// The createAll/dropAll plan: statement order as SQLAlchemy's SchemaGenerator and SchemaDropper
// emit it (recorded with SQLAlchemy 2.0.52's mock engine on PostgreSQL and SQLite): enum types
// first, tables in dependency order with ties in definition order, indexes and comments after
// their table, cycle foreign keys by ALTER; the reverse on drop, with checkfirst.
import { describe, expect, it, vi } from 'vitest';
import {
  Column,
  type DDLElement,
  DEFAULT_CAPABILITIES,
  type DialectCapabilities,
  Enum,
  ForeignKey,
  Integer,
  MetaData,
  planCreateAll,
  planDropAll,
  StrDialect,
  String,
  Table,
} from '../index';

/** PostgreSQL's capabilities on the string dialect: ALTER for constraints, named enum types, COMMENT ON. */
class PgLike extends StrDialect {
  override readonly capabilities: DialectCapabilities = {
    ...DEFAULT_CAPABILITIES,
    namedEnumTypes: true,
    nativeEnum: true,
    comments: true,
  };
}

/** SQLite's: no ALTER for constraints, no comments. */
class SqliteLike extends StrDialect {
  override readonly capabilities: DialectCapabilities = {
    ...DEFAULT_CAPABILITIES,
    alterTableConstraints: false,
  };
}

function describeElement(e: DDLElement): string {
  const any = e as unknown as {
    table?: { name: string };
    index?: { name: string };
    type?: { name: string };
    constraint?: { name?: string; table?: { name: string } };
    column?: { name: string; table?: { name: string } };
  };
  const what =
    any.index?.name ??
    any.type?.name ??
    (any.constraint ? `${any.constraint.table?.name}.${any.constraint.name}` : undefined) ??
    (any.column ? `${any.column.table?.name}.${any.column.name}` : undefined) ??
    any.table?.name;
  return `${e.ddlKind} ${what}`;
}

function example(): MetaData {
  const m = new MetaData();
  Table(
    'b',
    m,
    Column('id', Integer, { primaryKey: true }),
    Column('a_id', ForeignKey('a.id')),
    Column('s', Enum(['x', 'y'], { name: 'st' })),
    { comment: 'bee' },
  );
  Table(
    'a',
    m,
    Column('id', Integer, { primaryKey: true, comment: 'pk' }),
    Column('name', String(20), { index: true }),
    Column('e', Enum(['p', 'q'], { name: 'en' })),
  );
  Table('c', m, Column('id', Integer, { primaryKey: true }));
  Table('aa', m, Column('id', Integer, { primaryKey: true }), Column('s', Enum(['x', 'y'], { name: 'st' })));
  return m;
}

describe('planCreateAll / planDropAll', () => {
  it('creates enum types, then tables in dependency order (ties in definition order) with their indexes and comments', () => {
    expect(planCreateAll(example(), new PgLike()).map(describeElement)).toEqual([
      'createEnum st',
      'createEnum en',
      'createTable a',
      'createIndex ix_a_name',
      'setColumnComment a.id',
      'createTable c',
      'createTable aa',
      'createTable b',
      'setTableComment b',
    ]);
    expect(planDropAll(example(), new PgLike()).map(describeElement)).toEqual([
      'dropTable b',
      'dropTable aa',
      'dropTable c',
      'dropTable a',
      'dropEnum st',
      'dropEnum en',
    ]);
  });

  it('leaves enum types and comments out where the database has neither', () => {
    expect(planCreateAll(example(), new SqliteLike()).map(describeElement)).toEqual([
      'createTable a',
      'createIndex ix_a_name',
      'createTable c',
      'createTable aa',
      'createTable b',
    ]);
  });

  function cycle(named: boolean): MetaData {
    const m = new MetaData();
    Table(
      'x',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('y_id', Integer, ForeignKey('y.id', named ? { name: 'fk_x_y' } : {})),
    );
    Table(
      'y',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('x_id', Integer, ForeignKey('x.id', named ? { name: 'fk_y_x' } : {})),
    );
    Table('z', m, Column('id', Integer, { primaryKey: true }), Column('x_id', Integer, ForeignKey('x.id')));
    return m;
  }

  it('adds the foreign keys of a cycle with ALTER after the tables, and drops them first', () => {
    expect(planCreateAll(cycle(true), new PgLike()).map(describeElement)).toEqual([
      'createTable x',
      'createTable y',
      'createTable z',
      'addConstraint x.fk_x_y',
      'addConstraint y.fk_y_x',
    ]);
    expect(planDropAll(cycle(true), new PgLike()).map(describeElement)).toEqual([
      'dropConstraint x.fk_x_y',
      'dropConstraint y.fk_y_x',
      'dropTable z',
      'dropTable y',
      'dropTable x',
    ]);
  });

  it('keeps cycle foreign keys inline where there is no ALTER, and warns on drop', () => {
    const plan = planCreateAll(cycle(true), new SqliteLike());
    expect(plan.map(describeElement)).toEqual(['createTable x', 'createTable y', 'createTable z']);
    expect(plan[0]?.compile({ dialect: new SqliteLike() }).sql).toContain(
      'CONSTRAINT fk_x_y FOREIGN KEY(y_id) REFERENCES y (id)',
    );
    const warnings: string[] = [];
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation((w: string | Error) => {
      warnings.push((w as Error).message);
    });
    expect(planDropAll(cycle(true), new SqliteLike()).map(describeElement)).toEqual([
      'dropTable x',
      'dropTable y',
      'dropTable z',
    ]);
    spy.mockRestore();
    expect(warnings).toEqual([
      "Can't sort tables for DROP; an unresolvable foreign key dependency exists between tables: x, y; and backend does not support ALTER.  To restore at least a partial sort, apply useAlter: true to ForeignKey and ForeignKeyConstraint objects involved in the cycle to mark these as known cycles that will be ignored.",
    ]);
  });

  it('cannot drop a cycle of unnamed foreign keys where there is ALTER', () => {
    expect(planCreateAll(cycle(false), new PgLike()).map(describeElement)).toEqual([
      'createTable x',
      'createTable y',
      'createTable z',
      'addConstraint x.undefined',
      'addConstraint y.undefined',
    ]);
    expect(() => planDropAll(cycle(false), new PgLike())).toThrow(
      "Can't sort tables for DROP; an unresolvable foreign key dependency exists between tables: x, y.  Please ensure that the ForeignKey and ForeignKeyConstraint objects involved in the cycle have names so that they can be dropped using DROP CONSTRAINT.",
    );
  });

  it('skips existing tables and types on create, and missing ones on drop (checkfirst)', () => {
    const exists = new Set(['a', 'st']);
    const options = {
      tableExists: (name: string) => exists.has(name),
      typeExists: (name: string) => exists.has(name),
    };
    expect(planCreateAll(example(), new PgLike(), options).map(describeElement)).toEqual([
      'createEnum en',
      'createTable b',
      'setTableComment b',
      'createTable c',
      'createTable aa',
    ]);
    expect(planDropAll(example(), new PgLike(), options).map(describeElement)).toEqual([
      'dropTable a',
      'dropEnum st',
    ]);
  });

  it('limits the plan to the given tables', () => {
    const m = example();
    const only = [m.tables.c, m.tables.a].filter((t) => t !== undefined);
    expect(planCreateAll(m, new SqliteLike(), { tables: only }).map(describeElement)).toEqual([
      'createTable c',
      'createTable a',
      'createIndex ix_a_name',
    ]);
  });
});
