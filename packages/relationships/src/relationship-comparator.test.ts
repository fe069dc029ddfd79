import { not, select } from '@retort/core';
import { aliased } from '@retort/orm';
import { describe, expect, test } from 'vitest';
import { Comment, Post, Tag, User } from './fixtures/blog.fixture';
import { withParent } from './with-parent';

// Expected SQL recorded from SQLAlchemy 2.0.52 (str(stmt)) over seed 003's blog models.
function sql(stmt: { compile(): { sql: string; params: Record<string, unknown> } }) {
  const compiled = stmt.compile();
  return { sql: compiled.sql, params: compiled.params };
}

const USERS =
  'users.id, users.username, users.email, users.display_name, users.is_active, users.created_at, users.updated_at';

describe('any() and has()', () => {
  test('any() over a one-to-many is a correlated EXISTS', () => {
    expect(sql(select(User).where(User.posts.any(Post.title.eq('Hello'))))).toEqual({
      sql: `SELECT ${USERS} \nFROM users \nWHERE EXISTS (SELECT 1 \nFROM posts \nWHERE users.id = posts.author_id AND posts.title = :title_1)`,
      params: { title_1: 'Hello' },
    });
    expect(sql(select(User.id).where(User.posts.any()))).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT 1 \nFROM posts \nWHERE users.id = posts.author_id)',
      params: {},
    });
    expect(sql(select(User.id).where(not(User.posts.any())))).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT 1 \nFROM posts \nWHERE users.id = posts.author_id))',
      params: {},
    });
  });

  test('has() over a many-to-one', () => {
    expect(sql(select(Post.id).where(Post.author.has(User.username.eq('alice'))))).toEqual({
      sql: 'SELECT posts.id \nFROM posts \nWHERE EXISTS (SELECT 1 \nFROM users \nWHERE users.id = posts.author_id AND users.username = :username_1)',
      params: { username_1: 'alice' },
    });
    expect(sql(select(Post.id).where(Post.author.has())).sql).toBe(
      'SELECT posts.id \nFROM posts \nWHERE EXISTS (SELECT 1 \nFROM users \nWHERE users.id = posts.author_id)',
    );
  });

  test('any() over a many-to-many selects from the target and the association table', () => {
    expect(sql(select(Post.id).where(Post.tags.any(Tag.name_.eq('python'))))).toEqual({
      sql: 'SELECT posts.id \nFROM posts \nWHERE EXISTS (SELECT 1 \nFROM tags, post_tags \nWHERE posts.id = post_tags.post_id AND tags.id = post_tags.tag_id AND tags.name = :name_1)',
      params: { name_1: 'python' },
    });
  });

  test('an adjacency list compares the table with an anonymous alias of itself', () => {
    expect(sql(select(Comment.id).where(Comment.replies.any(Comment.body.eq('x'))))).toEqual({
      sql: 'SELECT comments.id \nFROM comments \nWHERE EXISTS (SELECT 1 \nFROM comments AS comments_1 \nWHERE comments.id = comments_1.parent_id AND comments_1.body = :body_1)',
      params: { body_1: 'x' },
    });
    expect(sql(select(Comment.id).where(Comment.parent.has(Comment.body.eq('x')))).sql).toBe(
      'SELECT comments.id \nFROM comments \nWHERE EXISTS (SELECT 1 \nFROM comments AS comments_1 \nWHERE comments_1.id = comments.parent_id AND comments_1.body = :body_1)',
    );
  });

  test('on aliased() entities and with of()', () => {
    const au = aliased(User);
    expect(sql(select(au.id).where(au.posts.any(Post.title.eq('x')))).sql).toBe(
      'SELECT users_1.id \nFROM users AS users_1 \nWHERE EXISTS (SELECT 1 \nFROM posts \nWHERE users_1.id = posts.author_id AND posts.title = :title_1)',
    );
    const p2 = aliased(Post, { name: 'p2' });
    expect(sql(select(User.id).where(User.posts.of(p2).any(p2.title.eq('x')))).sql).toBe(
      'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT 1 \nFROM posts AS p2 \nWHERE users.id = p2.author_id AND p2.title = :title_1)',
    );
  });

  test('any() on a scalar and has() on a collection are refused as in SQLAlchemy', () => {
    expect(() => (Post.author as unknown as typeof User.posts).any()).toThrow(
      "'any()' not implemented for scalar attributes. Use has().",
    );
    expect(() => (User.posts as unknown as typeof Post.author).has()).toThrow(
      "'has()' not implemented for collections.  Use any().",
    );
  });
});

describe('contains(), eq(), ne() and withParent()', () => {
  const user = new User({ id: 5, username: 'a', email: 'e' });
  const post = new Post({ id: 7, title: 't', slug: 's', body: 'b', author_id: 5 });
  const tag = new Tag({ id: 3, name_: 'x' });
  const comment = new Comment({ id: 9, body: 'b', post_id: 1, author_id: 1, parent_id: 4 });

  test('contains() binds the member’s key', () => {
    expect(sql(select(User.id).where(User.posts.contains(post)))).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.id = :param_1',
      params: { param_1: 5 },
    });
    expect(sql(select(Post.id).where(Post.tags.contains(tag)))).toEqual({
      sql: 'SELECT posts.id \nFROM posts, post_tags AS post_tags_1 \nWHERE posts.id = post_tags_1.post_id AND :param_1 = post_tags_1.tag_id',
      params: { param_1: 3 },
    });
    expect(sql(select(Comment.id).where(Comment.replies.contains(comment)))).toEqual({
      sql: 'SELECT comments.id \nFROM comments \nWHERE comments.id = :param_1',
      params: { param_1: 4 },
    });
  });

  test('eq() and ne() on a many-to-one', () => {
    expect(sql(select(Post.id).where(Post.author.eq(user)))).toEqual({
      sql: 'SELECT posts.id \nFROM posts \nWHERE :param_1 = posts.author_id',
      params: { param_1: 5 },
    });
    expect(sql(select(Post.id).where(Post.author.ne(user)))).toEqual({
      sql: 'SELECT posts.id \nFROM posts \nWHERE posts.author_id != :author_id_1 OR posts.author_id IS NULL',
      params: { author_id_1: 5 },
    });
    expect(sql(select(Post.id).where(Post.author.eq(null))).sql).toBe(
      'SELECT posts.id \nFROM posts \nWHERE posts.author_id IS NULL',
    );
    expect(sql(select(Post.id).where(Post.author.ne(null))).sql).toBe(
      'SELECT posts.id \nFROM posts \nWHERE posts.author_id IS NOT NULL',
    );
    expect(sql(select(Comment.id).where(Comment.parent.eq(comment)))).toEqual({
      sql: 'SELECT comments.id \nFROM comments \nWHERE :param_1 = comments.parent_id',
      params: { param_1: 9 },
    });
  });

  test('the value is read when the statement runs', () => {
    const later = new User({ username: 'later', email: 'l' });
    const stmt = select(Post.id).where(Post.author.eq(later));
    later.id = 42;
    expect(stmt.compile().params).toEqual({ param_1: 42 });
  });

  test('a collection is not compared with an object', () => {
    expect(() => (User.posts as unknown as typeof Post.author).eq(user)).toThrow(
      "Can't compare a collection to an object or collection; use contains() to test for membership.",
    );
  });

  test('withParent() is the lazy clause of the parent', () => {
    expect(sql(select(Post).where(withParent(user, User.posts)))).toEqual({
      sql: 'SELECT posts.id, posts.title, posts.slug, posts.body, posts.status, posts.author_id, posts.created_at, posts.updated_at \nFROM posts \nWHERE :param_1 = posts.author_id',
      params: { param_1: 5 },
    });
    expect(sql(select(User.id).where(withParent(post, Post.author)))).toEqual({
      sql: 'SELECT users.id \nFROM users \nWHERE users.id = :param_1',
      params: { param_1: 5 },
    });
    expect(sql(select(Tag.id).where(withParent(post, Post.tags)))).toEqual({
      sql: 'SELECT tags.id \nFROM tags, post_tags AS post_tags_1 \nWHERE :param_1 = post_tags_1.post_id AND tags.id = post_tags_1.tag_id',
      params: { param_1: 7 },
    });
    expect(sql(select(Comment.id).where(withParent(comment, Comment.replies)))).toEqual({
      sql: 'SELECT comments.id \nFROM comments \nWHERE :param_1 = comments.parent_id',
      params: { param_1: 9 },
    });
  });
});

describe('joins along relationships', () => {
  test('one-to-many, many-to-one, outer, chained', () => {
    expect(sql(select(User).join(User.posts)).sql).toBe(
      `SELECT ${USERS} \nFROM users JOIN posts ON users.id = posts.author_id`,
    );
    expect(sql(select(User.id).outerjoin(User.posts)).sql).toBe(
      'SELECT users.id \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
    );
    expect(sql(select(Post.id).join(Post.author).where(User.username.eq('alice')))).toEqual({
      sql: 'SELECT posts.id \nFROM posts JOIN users ON users.id = posts.author_id \nWHERE users.username = :username_1',
      params: { username_1: 'alice' },
    });
    expect(sql(select(User.id).join(User.posts).join(Post.comments)).sql).toBe(
      'SELECT users.id \nFROM users JOIN posts ON users.id = posts.author_id JOIN comments ON posts.id = comments.post_id',
    );
  });

  test('many-to-many joins through an anonymous alias of the association table', () => {
    expect(sql(select(Post.id).join(Post.tags).where(Tag.name_.eq('python')))).toEqual({
      sql: 'SELECT posts.id \nFROM posts JOIN post_tags AS post_tags_1 ON posts.id = post_tags_1.post_id JOIN tags ON tags.id = post_tags_1.tag_id \nWHERE tags.name = :name_1',
      params: { name_1: 'python' },
    });
    expect(sql(select(Post.id).join(Post.tags.of(aliased(Tag, { name: 't2' })))).sql).toBe(
      'SELECT posts.id \nFROM posts JOIN post_tags AS post_tags_1 ON posts.id = post_tags_1.post_id JOIN tags AS t2 ON t2.id = post_tags_1.tag_id',
    );
  });

  test('to and from aliased() entities', () => {
    const p2 = aliased(Post, { name: 'p2' });
    expect(sql(select(User.id, p2.id).join(User.posts.of(p2))).sql).toBe(
      'SELECT users.id, p2.id AS id_1 \nFROM users JOIN posts AS p2 ON users.id = p2.author_id',
    );
    const au = aliased(User);
    expect(sql(select(au.id).join(au.posts)).sql).toBe(
      'SELECT users_1.id \nFROM users AS users_1 JOIN posts ON users_1.id = posts.author_id',
    );
    const replies = aliased(Comment);
    expect(sql(select(Comment.id, replies.id).join(Comment.replies.of(replies))).sql).toBe(
      'SELECT comments.id, comments_1.id AS id_1 \nFROM comments JOIN comments AS comments_1 ON comments.id = comments_1.parent_id',
    );
  });

  test('and() adds criteria to the ON clause', () => {
    expect(sql(select(User.id).join(User.posts.and(Post.title.eq('x'))))).toEqual({
      sql: 'SELECT users.id \nFROM users JOIN posts ON users.id = posts.author_id AND posts.title = :title_1',
      params: { title_1: 'x' },
    });
  });

  test('an adjacency list cannot join to itself without an alias', () => {
    expect(() => select(Comment.id).join(Comment.replies).compile()).toThrow(
      "Can't construct a join from Mapper[Comment(comments)] to Mapper[Comment(comments)], they are the same entity",
    );
  });
});
