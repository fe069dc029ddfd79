// Table, Column and constraint construction: SQLAlchemy's errors for bad input (messages
// recorded from SQLAlchemy 2.0.52, with Retort's option spelling), extendExisting/keepExisting,
// dialect options, the autoincrement column and explicit primary keys.
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  Column,
  ConstraintColumnNotFoundError,
  CreateTable,
  DuplicateColumnError,
  ForeignKey,
  ForeignKeyConstraint,
  Index,
  Integer,
  InvalidRequestError,
  MetaData,
  NoReferencedColumnError,
  NoReferencedTableError,
  PrimaryKeyConstraint,
  String,
  Table,
  type TableOptions,
  UniqueConstraint,
} from '../index';

describe('Table and constraint errors', () => {
  it('rejects two columns with the same key', () => {
    expect(() => Table('t', new MetaData(), Column('a', Integer), Column('a', Integer))).toThrow(
      new DuplicateColumnError("A column with name 'a' is already present in table 't'."),
    );
  });

  it.each([
    ['UniqueConstraint', () => UniqueConstraint('b')],
    ['Index', () => Index('ix', 'b')],
    ['PrimaryKeyConstraint', () => PrimaryKeyConstraint('b')],
  ])('rejects a %s naming a column the table lacks', (label, make) => {
    const error = (() => {
      try {
        Table('t', new MetaData(), Column('a', Integer), make());
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConstraintColumnNotFoundError);
    expect((error as Error).message).toBe(
      `Can't create ${label} on table 't': no column named 'b' is present.`,
    );
  });

  it('finds constraint columns by key, not by name', () => {
    const make = () =>
      Table('t', new MetaData(), Column('Name', String(5), { key: 'name' }), UniqueConstraint('Name'));
    expect(make).toThrow(ConstraintColumnNotFoundError);
  });

  it('rejects a foreign key constraint with mismatched column counts', () => {
    expect(() => ForeignKeyConstraint(['a', 'b'], ['x.a'])).toThrow(
      new ArgumentError(
        'ForeignKeyConstraint number of constrained columns must match the number of referenced columns.',
      ),
    );
  });

  it('rejects a foreign key spec without a column', () => {
    expect(() => ForeignKey('users')).toThrow(/^Invalid foreign key column specification: users/);
  });

  it('reports a missing referenced table or column when DDL resolves the key', () => {
    const m = new MetaData();
    const t7 = Table('t7', m, Column('a', Integer, ForeignKey('nosuch.id')));
    expect(() => new CreateTable(t7).compile()).toThrow(
      new NoReferencedTableError(
        "Foreign key associated with column 't7.a' could not find table 'nosuch' with which to generate a foreign key to target column 'id'",
      ),
    );
    Table('users', m, Column('id', Integer, { primaryKey: true }));
    const t8 = Table('t8', m, Column('a', Integer, ForeignKey('users.nope')));
    expect(() => new CreateTable(t8).compile()).toThrow(
      new NoReferencedColumnError(
        "Could not initialize target column for ForeignKey 'users.nope' on table 't8': table 'users' has no column named 'nope'",
      ),
    );
  });

  it('rejects an unprefixed or unknown dialect option', () => {
    const bad = { foo: 'bar' } as unknown as TableOptions;
    expect(() => Table('t', new MetaData(), Column('a', Integer), bad)).toThrow(
      "Additional arguments should be named <dialectname><Argument> (postgresqlUsing, mysqlEngine), got 'foo'",
    );
    const pg = { postgresqlFoo: 'bar' } as unknown as TableOptions;
    expect(() => Table('t', new MetaData(), Column('a', Integer), pg)).toThrow(
      "Argument 'postgresqlFoo' (postgresql_foo) is not accepted by dialect 'postgresql' on behalf of Table",
    );
    expect(() => Index('ix', Column('a', Integer), { postgresqlNope: 1 } as never)).toThrow(
      "Argument 'postgresqlNope' (postgresql_nope) is not accepted by dialect 'postgresql' on behalf of Index",
    );
    const t = Table('t2', new MetaData(), Column('a', Integer), { mysqlFoo: 'bar' });
    expect(t.dialectOptions).toEqual({ mysqlFoo: 'bar' });
  });
});

describe('existing tables', () => {
  it('raises for a second definition, and returns the table for a bare lookup', () => {
    const m = new MetaData();
    const users = Table('users', m, Column('id', Integer, { primaryKey: true }));
    expect(() => Table('users', m, Column('id', Integer, { primaryKey: true }))).toThrow(
      new InvalidRequestError(
        "Table 'users' is already defined for this MetaData instance.  Specify { extendExisting: true } to redefine options and columns on an existing Table object.",
      ),
    );
    expect(Table('users', m)).toBe(users);
  });

  it('extends the existing table with extendExisting, and ignores the arguments with keepExisting', () => {
    const m = new MetaData();
    const users = Table('users', m, Column('id', Integer, { primaryKey: true }));
    const extended = Table('users', m, Column('x', Integer), { extendExisting: true, comment: 'c' });
    expect(extended).toBe(users);
    expect(Object.keys(users.c)).toEqual(['id', 'x']);
    expect(users.comment).toBe('c');
    expect(Table('users', m, Column('y', Integer), { keepExisting: true })).toBe(users);
    expect(Object.keys(users.c)).toEqual(['id', 'x']);
  });
});

describe('primary keys and autoincrement', () => {
  it('makes the columns of an explicit primary key NOT NULL', () => {
    const t = Table(
      't',
      new MetaData(),
      Column('a', Integer),
      Column('b', String(5)),
      PrimaryKeyConstraint('a', 'b', { name: 'pk_t' }),
    );
    expect(t.primaryKey.columns.map((c) => [c.name, c.primaryKey, c.nullable])).toEqual([
      ['a', true, false],
      ['b', true, false],
    ]);
  });

  it('picks the single integer key without defaults or foreign keys', () => {
    const m = new MetaData();
    expect(Table('a', m, Column('id', Integer, { primaryKey: true })).autoincrementColumn?.name).toBe('id');
    expect(
      Table('b', m, Column('id', Integer, { primaryKey: true, serverDefault: '1' })).autoincrementColumn,
    ).toBeUndefined();
    expect(
      Table('c', m, Column('id', Integer, { primaryKey: true, default: 5 })).autoincrementColumn,
    ).toBeUndefined();
    expect(
      Table('d', m, Column('id', Integer, ForeignKey('a.id'), { primaryKey: true })).autoincrementColumn,
    ).toBeUndefined();
    expect(
      Table(
        'e',
        m,
        Column('id', Integer, ForeignKey('a.id'), { primaryKey: true, autoincrement: 'ignore_fk' }),
      ).autoincrementColumn?.name,
    ).toBe('id');
  });

  it('rejects autoincrement: true on a non-integer column or on two columns', () => {
    const m = new MetaData();
    const t9 = Table('t9', m, Column('a', String(10), { primaryKey: true, autoincrement: true }));
    expect(() => t9.autoincrementColumn).toThrow(
      "Column type VARCHAR(10) on column 't9.a' is not compatible with autoincrement=True",
    );
    const t10 = Table(
      't10',
      m,
      Column('a', Integer, { primaryKey: true, autoincrement: true }),
      Column('b', Integer, { primaryKey: true, autoincrement: true }),
    );
    expect(() => t10.autoincrementColumn).toThrow(
      'Only one Column may be marked autoincrement=True, found both b and a.',
    );
  });
});
