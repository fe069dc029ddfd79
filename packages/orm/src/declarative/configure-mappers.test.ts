// The configure step: relationship targets, backPopulates, remoteSide, foreignKeys, secondary
// tables and foreign keys checked after all classes exist, with errors naming both classes and
// the attribute; and the hooks @retort/relationships plugs into.
import {
  Column,
  event,
  ForeignKey,
  Integer,
  NoReferencedColumnError,
  NoReferencedTableError,
  String,
  Table,
} from '@retort/core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  configureMappers,
  declarativeBase,
  inspect,
  MapperConfigurationError,
  mappedColumn,
  type RelationshipProperty,
  registerRelationshipExtension,
  relationship,
} from '../index';

const bases: { registry: { dispose(): void } }[] = [];

/** A new declarative base, disposed after the test so that a broken configuration stays in its test. */
function newBase() {
  const Base = declarativeBase();
  bases.push(Base);
  return Base;
}

afterEach(() => {
  registerRelationshipExtension(undefined);
  for (const base of bases.splice(0)) base.registry.dispose();
});

function pair(backFromUser: string, backFromPost?: string) {
  const Base = newBase();
  class User extends Base.table('users', {
    id: mappedColumn(Integer, { primaryKey: true }),
    posts: relationship.many(() => Post, { backPopulates: backFromUser }),
  }) {}
  class Post extends Base.table('posts', {
    id: mappedColumn(Integer, { primaryKey: true }),
    title: mappedColumn(String(50)),
    user_id: mappedColumn(Integer, ForeignKey('users.id')),
    author: relationship.one(() => User, backFromPost === undefined ? {} : { backPopulates: backFromPost }),
  }) {}
  return { Base, User, Post };
}

describe('configure errors name both classes and the attribute', () => {
  test('backPopulates names nothing', () => {
    const { User } = pair('writer');
    expect(() => User.registry.configure()).toThrow(
      new MapperConfigurationError(
        "User.posts: backPopulates 'writer' is not an attribute of Post (mapper Mapper[Post(posts)] has no property 'writer'; it has id, title, user_id, author)",
      ),
    );
  });
  test('backPopulates names a column', () => {
    const { User } = pair('title');
    expect(() => User.registry.configure()).toThrow(
      "User.posts: backPopulates 'title' names Post.title, which is a column, not a relationship",
    );
  });
  test('the two sides do not name each other', () => {
    const { User } = pair('author', 'other');
    expect(() => User.registry.configure()).toThrow(
      "User.posts: backPopulates 'author' names Post.author, whose backPopulates is 'other', not 'posts'; the two sides must name each other",
    );
  });
  test('the other side points elsewhere', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      bs: relationship.many(() => B, { backPopulates: 'c' }),
    }) {}
    class B extends Base.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer, ForeignKey('a.id')),
      c_id: mappedColumn(Integer, ForeignKey('c.id')),
      c: relationship.one(() => C),
    }) {}
    class C extends Base.table('c', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    void C;
    expect(() => A.registry.configure()).toThrow(
      "A.bs: backPopulates 'c' names B.c, which points to C, not back to A",
    );
  });
  test('a target that is not mapped', () => {
    const Base = newBase();
    class Plain {}
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      plain: relationship.one(() => Plain),
    }) {}
    expect(() => A.registry.configure()).toThrow(
      'A.plain: the relationship target class Plain is not a mapped class',
    );
  });
  test('a target that does not exist yet', () => {
    const Base = newBase();
    const Early = Base.table('early', {
      id: mappedColumn(Integer, { primaryKey: true }),
      later: relationship.one(() => {
        throw new ReferenceError("Cannot access 'Later' before initialization");
      }),
    });
    expect(() => Early.registry.configure()).toThrow(
      "Base.table(early).later: its target thunk failed (Cannot access 'Later' before initialization); every class a relationship names must be defined before mappers are configured, which happens on first use or at configureMappers()",
    );
  });
  test('remoteSide and foreignKeys must name columns of the right tables', () => {
    const Base = newBase();
    class Other extends Base.table('others', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    class Node extends Base.table('nodes', {
      id: mappedColumn(Integer, { primaryKey: true }),
      parent_id: mappedColumn(Integer, ForeignKey('nodes.id'), { nullable: true }),
      parent: relationship.one(() => Node, { remoteSide: () => [Other.id], nullable: true }),
    }) {}
    expect(() => Node.registry.configure()).toThrow(
      'Node.parent: remoteSide must return columns of Node, got others.id',
    );
    const B2 = newBase();
    class Emp extends B2.table('emps', {
      id: mappedColumn(Integer, { primaryKey: true }),
      manager_id: mappedColumn(Integer, ForeignKey('emps.id'), { nullable: true }),
      manager: relationship.one(() => Emp, { remoteSide: 'id', foreignKeys: 'mentor_id', nullable: true }),
    }) {}
    expect(() => Emp.registry.configure()).toThrow(
      "Emp.manager: foreignKeys 'mentor_id' is not a column attribute of Emp or Emp",
    );
  });
  test('a secondary table that is not in the MetaData', () => {
    const Base = newBase();
    class Tag extends Base.table('tags', {
      id: mappedColumn(Integer, { primaryKey: true }),
      posts: relationship.many(() => Tag, { secondary: 'post_tags' }),
    }) {}
    expect(() => Tag.registry.configure()).toThrow(
      "Tag.posts: secondary table 'post_tags' is not in the MetaData (tables: tags)",
    );
  });
  test('a foreign key to a table that does not exist', () => {
    const Base = newBase();
    class A extends Base.table('a', {
      id: mappedColumn(Integer, { primaryKey: true }),
      x_id: mappedColumn(Integer, ForeignKey('nothere.id')),
    }) {}
    expect(() => new A()).toThrow(
      new NoReferencedTableError(
        "A.x_id: Foreign key associated with column 'a.x_id' could not find table 'nothere' with which to generate a foreign key to target column 'id'",
      ),
    );
    const Other = newBase();
    Other.table('a', { id: mappedColumn(Integer, { primaryKey: true }) });
    class B extends Other.table('b', {
      id: mappedColumn(Integer, { primaryKey: true }),
      a_id: mappedColumn(Integer, ForeignKey('a.nope')),
    }) {}
    expect(() => B.registry.configure()).toThrow(
      new NoReferencedColumnError(
        "B.a_id: Could not initialize target column for ForeignKey 'a.nope' on table 'b': table 'a' has no column named 'nope'",
      ),
    );
  });
});

describe('a good configuration', () => {
  test('targets, reverse sides, remoteSide, secondary are resolved', () => {
    const Base = newBase();
    const post_tags = Table(
      'post_tags',
      Base.metadata,
      Column('post_id', Integer, ForeignKey('posts.id'), { primaryKey: true }),
      Column('tag_id', Integer, ForeignKey('tags.id'), { primaryKey: true }),
    );
    class Post extends Base.table('posts', {
      id: mappedColumn(Integer, { primaryKey: true }),
      parent_id: mappedColumn(Integer, ForeignKey('posts.id'), { nullable: true }),
      parent: relationship.one(() => Post, {
        backPopulates: 'children',
        remoteSide: () => [Post.id],
        nullable: true,
      }),
      children: relationship.many(() => Post, { backPopulates: 'parent' }),
      tags: relationship.many(() => Tag, { secondary: post_tags, backPopulates: 'posts' }),
    }) {}
    class Tag extends Base.table('tags', {
      id: mappedColumn(Integer, { primaryKey: true }),
      posts: relationship.many(() => Post, { secondary: () => post_tags, backPopulates: 'tags' }),
    }) {}
    const configured: string[] = [];
    event.listen(Post, 'mapperConfigured', (mapper) => configured.push(mapper.className));
    configureMappers(Post, Tag);
    expect(configured).toEqual(['Post']);
    const parent = inspect(Post).relationships.get('parent')!;
    expect(parent.mapper).toBe(inspect(Post));
    expect(parent.reverseProperty).toBe(inspect(Post).relationships.get('children'));
    expect(parent.remoteSide).toEqual([Post.__table__.c.id]);
    expect(inspect(Tag).relationships.get('posts')!.secondary).toBe(post_tags);
    expect(inspect(Post).configured).toBe(true);
    expect(`${parent.cascade}`).toBe('merge, save-update');
  });

  test('cascade and lazy are checked when declared', () => {
    const Base = newBase();
    expect(() =>
      Base.table('x', {
        id: mappedColumn(Integer, { primaryKey: true }),
        xs: relationship.many(() => Base, { cascade: 'all, foo, bar' }),
      }),
    ).toThrow("Base.table(x).xs: Invalid cascade option(s): 'bar', 'foo'");
  });
});

describe('the relationships extension', () => {
  test('is called for every relationship during configure, and provides comparators', () => {
    const seen: string[] = [];
    registerRelationshipExtension({
      configure(property: RelationshipProperty) {
        seen.push(`${property}→${property.mapper.className}`);
        return {
          dependency: undefined,
          comparator: () => ({
            joinTarget: () => ({
              target: property.mapper.localTable,
              onclause: property.mapper.localTable.c.id!.eq(1),
            }),
            any: () => property.mapper.localTable.c.id!.isNot(null),
            has: () => property.mapper.localTable.c.id!.isNot(null),
            contains: () => property.mapper.localTable.c.id!.eq(1),
            eq: () => property.mapper.localTable.c.id!.eq(1),
            ne: () => property.mapper.localTable.c.id!.ne(1),
          }),
        };
      },
    });
    const { User } = pair('author', 'posts');
    User.registry.configure();
    expect(seen).toEqual(['User.posts→Post', 'Post.author→User']);
    expect(User.posts.any().compile().sql).toBe('posts.id IS NOT NULL');
  });

  test('without it, relationship expressions say what to import', () => {
    const { User } = pair('author', 'posts');
    User.registry.configure();
    expect(() => User.posts.any()).toThrow(
      'User.posts: relationship expressions (join, any, has, contains) come from @retort/relationships; import it once in your program',
    );
  });
});
