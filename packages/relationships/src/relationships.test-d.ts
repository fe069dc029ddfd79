// Type tests: relationship values, comparators, loader options chained along typed paths, and
// write-only / dynamic collections.
import { type ColumnElement, ForeignKey, Integer, type Select, String, select } from '@retort/core';
import { aliased, DeclarativeBase, mappedColumn } from '@retort/orm';
import { describe, expectTypeOf, test } from 'vitest';
import { Comment, Post, Tag, User } from './fixtures/blog.fixture';
import {
  type DynamicCollection,
  joinedload,
  type RelationshipLoad,
  raiseload,
  relationship,
  selectinload,
  subqueryload,
  type WildcardLoad,
  type WriteOnlyCollection,
  withParent,
} from './index';

declare const user: User;
declare const post: Post;
declare const comment: Comment;

describe('relationship values', () => {
  test('collections are arrays of the target, scalars the target (or null)', () => {
    expectTypeOf(user.posts).toEqualTypeOf<Post[]>();
    expectTypeOf(post.author).toEqualTypeOf<User>();
    expectTypeOf(post.tags).toEqualTypeOf<Tag[]>();
    expectTypeOf(comment.parent).toEqualTypeOf<Comment | null>();
    expectTypeOf(comment.replies).toEqualTypeOf<Comment[]>();
  });

  test('write-only and dynamic collections', () => {
    class Base extends DeclarativeBase {}
    class Account extends Base.table('accounts', {
      id: mappedColumn(Integer, { primaryKey: true }),
      entries: relationship.many(() => Entry, { lazy: 'write_only' }),
      notes: relationship.many(() => Entry, { lazy: 'dynamic', viewonly: true }),
    }) {}
    class Entry extends Base.table('entries', {
      id: mappedColumn(Integer, { primaryKey: true }),
      account_id: mappedColumn(Integer, ForeignKey('accounts.id')),
      memo: mappedColumn(String(50)),
    }) {}
    const account = new Account({});
    expectTypeOf(account.entries).toEqualTypeOf<WriteOnlyCollection<Entry>>();
    expectTypeOf(account.notes).toEqualTypeOf<DynamicCollection<Entry>>();
    expectTypeOf(account.notes.all()).toEqualTypeOf<Promise<Entry[]>>();
    // @ts-expect-error a write-only collection is not an array
    account.entries.push(new Entry({ memo: 'x' }));
  });
});

describe('comparators', () => {
  test('any/has/contains/eq/ne are typed boolean expressions', () => {
    expectTypeOf(User.posts.any(Post.title.eq('x'))).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(Post.author.has(User.username.eq('a'))).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(User.posts.contains(post)).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(Post.author.eq(user)).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(Post.author.ne(null)).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(withParent(user, User.posts)).toEqualTypeOf<ColumnElement<boolean>>();
  });

  test('mistakes do not compile', () => {
    // @ts-expect-error any() is for collections; a many-to-one has has()
    Post.author.any();
    // @ts-expect-error has() is for scalars
    User.posts.has();
    // @ts-expect-error contains() takes the collection's target
    User.posts.contains(user);
    // @ts-expect-error eq() compares with the target class
    Post.author.eq(post);
    // @ts-expect-error a collection is compared with contains()
    User.posts.eq(post);
  });

  test('joins along relationships and of() keep the select typed', () => {
    expectTypeOf(select(User).join(User.posts)).toEqualTypeOf<Select<readonly [typeof User]>>();
    const p2 = aliased(Post, { name: 'p2' });
    expectTypeOf(User.posts.of(p2)).toEqualTypeOf<typeof User.posts>();
    // @ts-expect-error of() takes an alias of the target
    User.posts.of(aliased(Tag));
  });
});

describe('loader options', () => {
  test('paths chain along the types they load', () => {
    expectTypeOf(selectinload(User.posts)).toEqualTypeOf<RelationshipLoad<Post>>();
    expectTypeOf(selectinload(User.posts).selectinload(Post.comments)).toEqualTypeOf<
      RelationshipLoad<Comment>
    >();
    expectTypeOf(
      selectinload(User.posts).selectinload(Post.comments).selectinload(Comment.replies),
    ).toEqualTypeOf<RelationshipLoad<Comment>>();
    expectTypeOf(joinedload(Post.author, { innerjoin: true })).toEqualTypeOf<RelationshipLoad<User>>();
    expectTypeOf(subqueryload(Post.tags).joinedload(Tag.posts)).toEqualTypeOf<RelationshipLoad<Post>>();
    expectTypeOf(raiseload('*')).toEqualTypeOf<WildcardLoad>();
    select(User).options(selectinload(User.posts).selectinload(Post.comments), raiseload('*'));
  });

  test('columns and attributes of other classes are refused', () => {
    // @ts-expect-error loader options take relationships, not columns
    selectinload(User.username);
    // @ts-expect-error Tag.posts is not an attribute of what User.posts loads
    selectinload(User.posts).selectinload(Tag.posts);
    // @ts-expect-error raiseload takes a relationship or '*'
    raiseload('posts');
  });
});
