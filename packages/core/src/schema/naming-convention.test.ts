// Naming conventions: every token SQLAlchemy knows, user tokens, %(constraint_name)s, and
// foreign keys to tables defined later. Expected names recorded from SQLAlchemy 2.0.52.
import { describe, expect, it } from 'vitest';
import {
  Boolean,
  CheckConstraint,
  Column,
  CreateTable,
  DEFAULT_CAPABILITIES,
  type DialectCapabilities,
  ForeignKey,
  ForeignKeyConstraint,
  Index,
  Integer,
  InvalidRequestError,
  MetaData,
  PrimaryKeyConstraint,
  StrDialect,
  String,
  Table,
  UniqueConstraint,
} from '../index';

/** The string dialect on a database without booleans (CHECKs of Boolean columns apply). */
class NoBooleans extends StrDialect {
  override readonly capabilities: DialectCapabilities = { ...DEFAULT_CAPABILITIES, nativeBoolean: false };
}

describe('naming conventions', () => {
  it('renders the key, name and label tokens, their N and _N forms, and user tokens', () => {
    const m = new MetaData({
      namingConvention: {
        fk: 'fk_%(column_0_key)s_%(referred_column_0_name)s_%(column_0N_name)s_%(column_0_N_key)s_%(referred_column_0N_name)s_%(referred_column_0_N_name)s',
        ix: 'ix_%(column_0_label)s_%(column_0N_label)s_%(column_0_N_label)s',
        uq: 'uq_%(mytok)s',
        mytok: (_constraint, table) => `X${table.name}`,
      },
    });
    Table('p', m, Column('x', Integer), Column('y', Integer), PrimaryKeyConstraint('x', 'y'), {
      schema: 's1',
    });
    const c = Table(
      'c',
      m,
      Column('cx', Integer, { key: 'kx' }),
      Column('cy', Integer),
      ForeignKeyConstraint(['kx', 'cy'], ['s1.p.x', 's1.p.y']),
      Index(undefined, 'kx', 'cy'),
      UniqueConstraint('kx'),
      { schema: 's2' },
    );
    expect(c.constraints.map((k) => [k.label, k.name])).toEqual([
      ['ForeignKeyConstraint', 'fk_kx_x_cxcy_kx_cy_xy_x_y'],
      ['UniqueConstraint', 'uq_Xc'],
    ]);
    expect(c.indexes.map((i) => i.name)).toEqual(['ix_s2_c_cx_s2_c_cxs2_c_cy_s2_c_cx_s2_c_cy']);
  });

  it('names the implicit primary key, column-level unique constraints and indexes', () => {
    const m = new MetaData({
      namingConvention: {
        pk: 'pk_%(table_name)s',
        uq: 'uq_%(table_name)s_%(column_0_name)s',
        ix: 'ix_%(table_name)s_%(column_0_name)s',
      },
    });
    const t = Table(
      't',
      m,
      Column('id', Integer, { primaryKey: true }),
      Column('a', Integer, { unique: true }),
      Column('b', Integer, { index: true }),
    );
    expect(t.primaryKey.name).toBe('pk_t');
    expect(t.constraints.map((c) => c.name)).toEqual(['uq_t_a']);
    expect(t.indexes.map((i) => i.name)).toEqual(['ix_t_b']);
  });

  it('keeps a name the user gave unless the template uses %(constraint_name)s', () => {
    const m = new MetaData({
      namingConvention: {
        uq: 'uq_%(table_name)s_%(column_0_name)s',
        ck: 'ck_%(table_name)s_%(constraint_name)s',
      },
    });
    const t = Table(
      't',
      m,
      Column('a', Integer),
      UniqueConstraint('a', { name: 'mine' }),
      CheckConstraint('a > 0', { name: 'apos' }),
    );
    expect(t.constraints.map((c) => c.name)).toEqual(['mine', 'ck_t_apos']);
  });

  it('raises for %(constraint_name)s on an unnamed constraint, as SQLAlchemy does', () => {
    const m = new MetaData({ namingConvention: { ck: 'ck_%(table_name)s_%(constraint_name)s' } });
    expect(() => Table('t', m, Column('id', Integer), CheckConstraint('id > 0'))).toThrow(
      new InvalidRequestError(
        'Naming convention including %(constraint_name)s token requires that constraint is explicitly named.',
      ),
    );
  });

  it('raises for %(constraint_name)s on the CHECK of a Boolean only when its DDL is compiled', () => {
    const m = new MetaData({ namingConvention: { ck: 'ck_%(table_name)s_%(constraint_name)s' } });
    const t = Table('t', m, Column('flag', Boolean({ createConstraint: true })));
    expect(new CreateTable(t).compile().sql).toBe('\nCREATE TABLE t (\n\tflag BOOLEAN\n)\n\n');
    expect(() => new CreateTable(t).compile({ dialect: new NoBooleans() })).toThrow(
      'Naming convention including %(constraint_name)s token requires that constraint is explicitly named.',
    );
  });

  it('names a foreign key to a table defined later from its spec (referred_table_name)', () => {
    const m = new MetaData({
      namingConvention: { fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s' },
    });
    const child = Table('child', m, Column('pid', Integer, ForeignKey('parent.id')));
    expect(child.constraints[0]?.name).toBe('fk_child_pid_parent');
    Table('parent', m, Column('id', Integer, { primaryKey: true }));
    expect(child.constraints[0]?.name).toBe('fk_child_pid_parent');
  });

  it('names a foreign key needing the referenced columns once their table is defined', () => {
    const m = new MetaData({
      namingConvention: { fk: 'fk_%(table_name)s_%(referred_table_name)s_%(referred_column_0_name)s' },
    });
    const child = Table('child', m, Column('pid', Integer, ForeignKey('parent.pk')));
    expect(child.constraints[0]?.name).toBeUndefined();
    Table('parent', m, Column('id', Integer, { primaryKey: true, key: 'pk' }), Column('x', String(5)));
    expect(child.constraints[0]?.name).toBe('fk_child_parent_id');
  });

  it('rejects an unknown token, naming it', () => {
    const m = new MetaData({ namingConvention: { uq: 'uq_%(nope)s' } });
    expect(() => Table('t', m, Column('a', Integer, { unique: true }))).toThrow(
      /token '%\(nope\)s' is not known/,
    );
  });
});
