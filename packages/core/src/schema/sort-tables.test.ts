// MetaData.sortedTables and sortTablesAndConstraints: SQLAlchemy's layered sort (ties by name for
// sortedTables, by the given order otherwise) and its handling of foreign-key cycles.
// Expected orders and the warning recorded from SQLAlchemy 2.0.52.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Column,
  ForeignKey,
  Integer,
  MetaData,
  RetortWarning,
  sortTablesAndConstraints,
  Table,
} from '../index';

function names(tables: readonly { readonly name: string }[]): string[] {
  return tables.map((t) => t.name);
}

describe('sortedTables', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('emits tables in layers, ties in name order', () => {
    const m = new MetaData();
    Table('b', m, Column('id', Integer, { primaryKey: true }), Column('a_id', ForeignKey('a.id')));
    Table('a', m, Column('id', Integer, { primaryKey: true }));
    Table('c', m, Column('id', Integer, { primaryKey: true }));
    Table('aa', m, Column('id', Integer, { primaryKey: true }));
    expect(names(m.sortedTables)).toEqual(['a', 'aa', 'c', 'b']);
  });

  it('follows chains of foreign keys', () => {
    const m = new MetaData();
    Table('d', m, Column('id', Integer, { primaryKey: true }), Column('c_id', ForeignKey('c.id')));
    Table('c', m, Column('id', Integer, { primaryKey: true }), Column('b_id', ForeignKey('b.id')));
    Table('b', m, Column('id', Integer, { primaryKey: true }), Column('a_id', ForeignKey('a.id')));
    Table('a', m, Column('id', Integer, { primaryKey: true }));
    Table(
      'e',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('a_id', ForeignKey('a.id')),
      Column('d_id', ForeignKey('d.id')),
    );
    expect(names(m.sortedTables)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('warns about a cycle and sorts the rest, ignoring the foreign keys of the tables in it', () => {
    const emitted: Error[] = [];
    vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
      emitted.push(warning as Error);
    });
    const m = new MetaData();
    Table('x', m, Column('id', Integer, { primaryKey: true }), Column('y_id', Integer, ForeignKey('y.id')));
    Table('y', m, Column('id', Integer, { primaryKey: true }), Column('x_id', Integer, ForeignKey('x.id')));
    Table('z', m, Column('id', Integer, { primaryKey: true }), Column('x_id', Integer, ForeignKey('x.id')));
    Table('w', m, Column('id', Integer, { primaryKey: true }), Column('z_id', Integer, ForeignKey('z.id')));
    expect(names(m.sortedTables)).toEqual(['x', 'y', 'z', 'w']);
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toBeInstanceOf(RetortWarning);
    expect(emitted[0]?.message).toBe(
      'Cannot correctly sort tables; there are unresolvable cycles between tables "x, y", which is usually caused by mutually dependent foreign key constraints.  Foreign key constraints involving these tables will not be considered; this warning may raise an error in a future release.',
    );
  });

  it('returns the foreign keys of a cycle apart, for ALTER TABLE', () => {
    const m = new MetaData();
    const x = Table(
      'x',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('y_id', Integer, ForeignKey('y.id')),
    );
    const y = Table(
      'y',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('x_id', Integer, ForeignKey('x.id')),
    );
    const z = Table(
      'z',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('x_id', Integer, ForeignKey('x.id')),
    );
    const sorted = sortTablesAndConstraints([x, y, z]);
    expect(sorted.tables.map((t) => [t.table.name, t.foreignKeys.map((f) => f.columns[0]?.name)])).toEqual([
      ['x', []],
      ['y', []],
      ['z', ['x_id']],
    ]);
    expect(sorted.remaining.map((c) => `${c.table?.name}.${c.columns[0]?.name}`)).toEqual([
      'x.y_id',
      'y.x_id',
    ]);
  });

  it('sets aside useAlter foreign keys without a cycle', () => {
    const m = new MetaData();
    const x = Table(
      'x',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('y_id', Integer, ForeignKey('y.id', { useAlter: true, name: 'fk_xy' })),
    );
    const y = Table(
      'y',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('x_id', Integer, ForeignKey('x.id')),
    );
    const sorted = sortTablesAndConstraints([x, y]);
    expect(sorted.tables.map((t) => t.table.name)).toEqual(['x', 'y']);
    expect(sorted.remaining.map((c) => c.name)).toEqual(['fk_xy']);
  });

  it('throws when a cycle runs through foreign keys the filter pins', () => {
    const m = new MetaData();
    const x = Table(
      'x',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('y_id', Integer, ForeignKey('y.id')),
    );
    const y = Table(
      'y',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('x_id', Integer, ForeignKey('x.id')),
    );
    expect(() => sortTablesAndConstraints([x, y], { filter: () => false })).toThrow(
      'Circular dependency detected. Cycles: tables x, y',
    );
  });

  it('needs the schema in the spec of a foreign key into a schema, as SQLAlchemy', () => {
    const m = new MetaData();
    Table('t', m, Column('id', Integer, { primaryKey: true }), { schema: 'sch' });
    const s = Table(
      's',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('t_id', Integer, ForeignKey('sch.t.id')),
      { schema: 'sch' },
    );
    Table('a', m, Column('id', Integer, { primaryKey: true }));
    expect(m.sortedTables.map((t) => t.fullname)).toEqual(['a', 'sch.t', 'sch.s']);
    expect(s.foreignKeys[0]?.column.table?.fullname).toBe('sch.t');
  });
});
