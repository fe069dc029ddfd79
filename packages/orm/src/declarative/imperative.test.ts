// Mapping existing core Tables: SQLAlchemy's `registry.map_imperatively(Account, accounts)` for a
// plain class, and the declarative form over a Table (`__table__ = accounts` → Base.mapped()),
// which is also how an association table stays a core Table.
import {
  Column,
  ForeignKey,
  Integer,
  InvalidRequestError,
  Numeric,
  String,
  select,
  Table,
} from '@retort/core';
import { SQLiteDialect } from '@retort/sqlite';
import { describe, expect, test } from 'vitest';
import { declarativeBase, inspect, Registry, relationship } from '../index';

const sqlite = new SQLiteDialect();

describe('registry.mapImperatively()', () => {
  test('a plain class gets instrumented attributes and state', () => {
    const registry = new Registry();
    const accounts = Table(
      'accounts',
      registry.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('owner', String(50)),
      Column('balance', Numeric(12, 2)),
    );
    class Account {
      declare id: number;
      declare owner: string | null;
      declare balance: string | null;
      constructor(owner: string) {
        this.owner = owner;
      }
    }
    const mapper = registry.mapImperatively(Account, accounts);
    const account = new Account('x');
    // x True <Mapper at 0x…; Account>
    expect(account.owner).toBe('x');
    expect(inspect(account).transient).toBe(true);
    expect(`${mapper}`).toBe('Mapper[Account(accounts)]');
    expect(inspect(account).attrs.owner?.history.added).toEqual(['x']);
    expect(account.balance).toBeNull();
    // a plain class has no typed class attributes; its mapper's class_ is typed as an entity
    expect(select(mapper.class_).compile({ dialect: sqlite }).sql).toBe(
      'SELECT accounts.id, accounts.owner, accounts.balance \nFROM accounts',
    );
  });

  test('a class field hides the mapped attribute, which is refused', () => {
    const registry = new Registry();
    const notes = Table(
      'notes',
      registry.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('body', String(50)),
    );
    class Note {
      id = 0;
    }
    registry.mapImperatively(Note, notes);
    expect(() => inspect(new Note())).toThrow(
      new InvalidRequestError(
        'Note.id is declared as a class field, which hides the mapped attribute and its change tracking; declare it with `declare id: …` instead',
      ),
    );
  });

  test('a class is mapped once', () => {
    const registry = new Registry();
    const t = Table('t', registry.metadata, Column('id', Integer, { primaryKey: true }));
    class T {}
    registry.mapImperatively(T, t);
    expect(() => registry.mapImperatively(T, t)).toThrow("Class T is already mapped (to table 't')");
  });
});

describe('Base.mapped(table, properties)', () => {
  test('columns from the table, renamed columns and relationships from properties', () => {
    const Base = declarativeBase();
    const users = Table(
      'users',
      Base.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('name', String(50), { nullable: false }),
    );
    const addresses = Table(
      'addresses',
      Base.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('user_id', Integer, ForeignKey('users.id'), { nullable: false }),
      Column('email', String(100), { nullable: false }),
    );
    class User extends Base.mapped(users, {
      name_: users.c.name,
      addresses: relationship.many(() => Address, { backPopulates: 'user' }),
    }) {}
    class Address extends Base.mapped(addresses, {
      user: relationship.one(() => User, { backPopulates: 'addresses' }),
    }) {}
    Base.registry.configure();
    const user = new User({ name_: 'alice' });
    const address = new Address({ email: 'a@x' });
    user.addresses.push(address);
    expect(user.name_).toBe('alice');
    expect(inspect(User).attributeKeys).toEqual(['id', 'name_', 'addresses']);
    expect(User.__table__).toBe(users);
    expect(select(User.name_).where(User.id.eq(1)).compile({ dialect: sqlite }).sql).toBe(
      'SELECT users.name \nFROM users \nWHERE users.id = ?',
    );
    expect(inspect(User).relationships.get('addresses')?.reverseProperty).toBe(
      inspect(Address).relationships.get('user'),
    );
  });

  test("a column named 'name' must be mapped under another key", () => {
    const Base = declarativeBase();
    const tags = Table(
      'tags',
      Base.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('name', String(50)),
    );
    expect(() => Base.mapped(tags)).toThrow(
      "tags.name: 'name' cannot be a class attribute (every JavaScript class has its own 'name'). Map it as name_ with the database name given explicitly: name_: mappedColumn('name', …) (map the column under another key: { name_: tags.c.name })",
    );
  });

  test('the table must belong to the base', () => {
    const Base = declarativeBase();
    const other = new Registry();
    const t = Table('t', other.metadata, Column('id', Integer, { primaryKey: true }));
    expect(() => Base.mapped(t)).toThrow(
      "Table 't' belongs to another MetaData than Base.metadata; create it with Base.metadata",
    );
  });
});
