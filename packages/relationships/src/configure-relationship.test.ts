import { Column, ForeignKey, Integer, String, Table } from '@retort/core';
import { DeclarativeBase, inspect, mappedColumn } from '@retort/orm';
import { describe, expect, test } from 'vitest';
import { Comment, Post, Tag, User } from './fixtures/blog.fixture';
import { backref, configuredRelationship, relationship } from './index';

// Directions, pairs and messages recorded from SQLAlchemy 2.0.52 (RelationshipProperty attributes
// and the errors configure_mappers() raises for the same models).
function describeJoin(attribute: { property: Parameters<typeof configuredRelationship>[0] }) {
  const join = configuredRelationship(attribute.property).join;
  const name = (c: { table?: { fromName?: string } | undefined; name: string }) =>
    `${c.table?.fromName}.${c.name}`;
  return {
    direction: join.direction,
    primaryjoin: globalThis.String(join.primaryjoin),
    secondaryjoin: join.secondaryjoin && globalThis.String(join.secondaryjoin),
    sync: join.synchronizePairs.map(([a, b]) => `${name(a)}→${name(b)}`),
    secondarySync: join.secondarySynchronizePairs.map(([a, b]) => `${name(a)}→${name(b)}`),
    localRemote: join.localRemotePairs.map(([a, b]) => `${name(a)}~${name(b)}`),
  };
}

describe('join conditions of seed 003’s blog', () => {
  test('one-to-many and many-to-one from the foreign key', () => {
    expect(describeJoin(User.posts)).toEqual({
      direction: 'ONETOMANY',
      primaryjoin: 'users.id = posts.author_id',
      secondaryjoin: undefined,
      sync: ['users.id→posts.author_id'],
      secondarySync: [],
      localRemote: ['users.id~posts.author_id'],
    });
    expect(describeJoin(Post.author)).toEqual({
      direction: 'MANYTOONE',
      primaryjoin: 'users.id = posts.author_id',
      secondaryjoin: undefined,
      sync: ['users.id→posts.author_id'],
      secondarySync: [],
      localRemote: ['posts.author_id~users.id'],
    });
  });

  test('many-to-many through the association table', () => {
    expect(describeJoin(Post.tags)).toEqual({
      direction: 'MANYTOMANY',
      primaryjoin: 'posts.id = post_tags.post_id',
      secondaryjoin: 'tags.id = post_tags.tag_id',
      sync: ['posts.id→post_tags.post_id'],
      secondarySync: ['tags.id→post_tags.tag_id'],
      localRemote: ['posts.id~post_tags.post_id', 'tags.id~post_tags.tag_id'],
    });
    expect(describeJoin(Tag.posts).primaryjoin).toBe('tags.id = post_tags.tag_id');
  });

  test('an adjacency list: remoteSide makes the many-to-one side', () => {
    expect(describeJoin(Comment.replies)).toMatchObject({
      direction: 'ONETOMANY',
      primaryjoin: 'comments.id = comments.parent_id',
      sync: ['comments.id→comments.parent_id'],
      localRemote: ['comments.id~comments.parent_id'],
    });
    expect(describeJoin(Comment.parent)).toMatchObject({
      direction: 'MANYTOONE',
      localRemote: ['comments.parent_id~comments.id'],
    });
  });
});

function newBase() {
  return class Base extends DeclarativeBase {};
}

describe('configure errors name the relationship', () => {
  test('several foreign keys to one table need foreignKeys', () => {
    const Base = newBase();
    class Account extends Base.table('accounts', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    class Transfer extends Base.table('transfers', {
      id: mappedColumn(Integer, { primaryKey: true }),
      from_account_id: mappedColumn(Integer, ForeignKey('accounts.id')),
      to_account_id: mappedColumn(Integer, ForeignKey('accounts.id')),
      from_account: relationship.one(() => Account),
    }) {}
    expect(() => inspect(Transfer)).toThrow(
      "Could not determine join condition between parent/child tables on relationship Transfer.from_account - there are multiple foreign key paths linking the tables.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference to the parent table.",
    );
  });

  test('no foreign key', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B),
    }) {}
    class B extends Base.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer),
    }) {}
    expect(() => inspect(A)).toThrow(
      "Could not determine join condition between parent/child tables on relationship A.bs - there are no foreign keys linking these tables.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify a 'primaryjoin' expression.",
    );
    expect(B).toBeDefined();
  });

  test('secondary tables: no foreign key, ambiguous', () => {
    const Base = newBase();
    const ab = Table(
      'ab',
      Base.metadata,
      Column('a_id', Integer),
      Column('b_id', Integer, ForeignKey('b.id')),
    );
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B, { secondary: ab }),
    }) {}
    class B extends Base.table('b', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    expect(() => inspect(A)).toThrow(
      "Could not determine join condition between parent/child tables on relationship A.bs - there are no foreign keys linking these tables via secondary table 'ab'.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or specify 'primaryjoin' and 'secondaryjoin' expressions.",
    );
    expect(B).toBeDefined();

    const Base2 = newBase();
    const friends = Table(
      'friends',
      Base2.metadata,
      Column('a_id', Integer, ForeignKey('a.id')),
      Column('b_id', Integer, ForeignKey('a.id')),
    );
    class Person extends Base2.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      friends: relationship.many(() => Person, { secondary: friends }),
    }) {}
    expect(() => inspect(Person)).toThrow(
      "Could not determine join condition between parent/child tables on relationship Person.friends - there are multiple foreign key paths linking the tables via secondary table 'friends'.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference from the secondary table to each of the parent and child tables.",
    );
  });

  test('a primaryjoin without foreign keys, and with foreignKeys', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B, { primaryjoin: () => A.id.eq(B.a_id) }),
    }) {}
    class B extends Base.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer),
    }) {}
    expect(() => inspect(A)).toThrow(
      "Could not locate any relevant foreign key columns for primary join condition 'a.id = b.a_id' on relationship A.bs.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or are annotated in the join condition with the foreign() annotation.",
    );

    const Base2 = newBase();
    class C extends Base2.table('c', {
      id: mappedColumn(Integer, { primaryKey: true }),
      ds: relationship.many(() => D, { primaryjoin: () => C.id.eq(D.c_id), foreignKeys: () => [D.c_id] }),
    }) {}
    class D extends Base2.table('d', {
      id: mappedColumn(Integer, { primaryKey: true }),
      c_id: mappedColumn(Integer),
    }) {}
    expect(describeJoin(C.ds)).toMatchObject({ direction: 'ONETOMANY', sync: ['c.id→d.c_id'] });
  });

  test('both sides of an adjacency list in one direction', () => {
    const Base = newBase();
    class Node extends Base.table('nodes', {
      id: mappedColumn(Integer, { primaryKey: true }),
      parent_id: mappedColumn(Integer, ForeignKey('nodes.id'), { nullable: true }),
      children: relationship.many(() => Node, { backPopulates: 'parent' }),
      parent: relationship.one(() => Node, { backPopulates: 'children', nullable: true }),
    }) {}
    expect(() => inspect(Node)).toThrow(
      'Node.children and back-reference Node.parent are both of the same direction ONETOMANY.  Did you mean to set remote_side on the many-to-one side ?',
    );
  });

  test('foreign keys on both sides', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B, {
        primaryjoin: () => A.id.eq(B.a_id),
        foreignKeys: () => [A.id, B.a_id],
      }),
    }) {}
    class B extends Base.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer),
    }) {}
    expect(() => inspect(A)).toThrow(
      "Can't determine relationship direction for relationship 'A.bs' - foreign key columns within the join condition are present in both the parent and the child's mapped tables.  Ensure that only those columns referring to a parent column are marked as foreign, either via the foreign() annotation or via the foreign_keys argument.",
    );
    expect(B).toBeDefined();
  });

  test('delete-orphan on a many-to-one needs singleParent', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      b_id: mappedColumn(Integer, ForeignKey('b.id')),
      b: relationship.one(() => B, { cascade: 'all, delete-orphan' }),
    }) {}
    class B extends Base.table('b', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    expect(() => inspect(A)).toThrow(
      'For many-to-one relationship A.b, delete-orphan cascade is normally configured only on the "one" side of a one-to-many relationship, and not on the "many" side of a many-to-one or many-to-many relationship.  To force this relationship to allow a particular "B" object to be referenced by only a single "A" object at a time via the A.b relationship, which would allow delete-orphan cascade to take place in this direction, set the singleParent: true flag.',
    );
    expect(B).toBeDefined();
  });

  test('a backref whose name is taken', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B, { backref: 'a' }),
    }) {}
    class B extends Base.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer, ForeignKey('a.id')),
      a: relationship.one(() => A),
    }) {}
    expect(() => inspect(A)).toThrow(
      "Error creating backref 'a' on relationship 'A.bs': property of that name exists on mapper 'Mapper[B(b)]'",
    );
    expect(B).toBeDefined();
  });
});

describe('seed 003 relationship shapes', () => {
  test('several foreign keys to one table with foreignKeys and remoteSide', () => {
    const Base = newBase();
    class Employee extends Base.table('employees', {
      id: mappedColumn(Integer, { primaryKey: true }),
      name_: mappedColumn('name', String(100)),
      manager_id: mappedColumn(Integer, ForeignKey('employees.id'), { nullable: true }),
      mentor_id: mappedColumn(Integer, ForeignKey('employees.id'), { nullable: true }),
      manager: relationship.one(() => Employee, {
        foreignKeys: () => [Employee.manager_id],
        remoteSide: () => [Employee.id],
        nullable: true,
      }),
      mentor: relationship.one(() => Employee, {
        foreignKeys: () => [Employee.mentor_id],
        remoteSide: () => [Employee.id],
        nullable: true,
      }),
    }) {}
    expect(describeJoin(Employee.manager)).toMatchObject({
      direction: 'MANYTOONE',
      primaryjoin: 'employees.id = employees.manager_id',
      localRemote: ['employees.manager_id~employees.id'],
    });
    expect(describeJoin(Employee.mentor).primaryjoin).toBe('employees.id = employees.mentor_id');
  });

  test('backref creates the other side, in both directions', () => {
    const Base = newBase();
    class Parent extends Base.table('parents', {
      id: mappedColumn(Integer, { primaryKey: true }),
      children: relationship.many(() => Child, { backref: 'parent' }),
    }) {}
    class Child extends Base.table('children', {
      id: mappedColumn(Integer, { primaryKey: true }),
      parent_id: mappedColumn(Integer, ForeignKey('parents.id')),
    }) {}
    const mapper = inspect(Child);
    const parent = mapper.getProperty('parent');
    expect(parent.toString()).toBe('Child.parent');
    expect(describeJoin({ property: parent as never }).direction).toBe('MANYTOONE');
    const p = new Parent({});
    const c = new Child({});
    p.children.push(c);
    expect((c as unknown as { parent: Parent }).parent).toBe(p);
  });
});

describe('backref() with options', () => {
  test('the created side takes them; uselist chooses a scalar', () => {
    const Base = newBase();
    class Node extends Base.table('nodes', {
      id: mappedColumn(Integer, { primaryKey: true }),
      owner_id: mappedColumn(Integer, ForeignKey('owners.id')),
    }) {}
    class Owner extends Base.table('owners', {
      id: mappedColumn(Integer, { primaryKey: true }),
      node: relationship.one(() => Node, { backref: backref('owner', { lazy: 'joined', uselist: false }) }),
    }) {}
    const created = inspect(Node).getProperty('owner') as unknown as { lazy: string; uselist: boolean };
    expect([created.lazy, created.uselist]).toEqual(['joined', false]);
    expect(Owner).toBeDefined();
  });
});
