import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import {
  Column,
  createEngine,
  type Engine,
  ForeignKey,
  Integer,
  intersect,
  String,
  select,
  Table,
} from '@retort/core';
import { DeclarativeBase, mappedColumn, sessionmaker } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterEach, expect, onTestFinished, test } from 'vitest';
import { recordStatements } from './fixtures/statements.fixture';
import { type DynamicCollection, relationship } from './index';

// Seed 004's day 8 (rel_crud_exercise.py) and day 9 (m2m_exercise.py), translated line by line;
// what they print is what SQLAlchemy 2.0.52 prints running the Python scripts.
const python = (list: readonly string[]) => `[${list.map((s) => `'${s}'`).join(', ')}]`;

class Day8Base extends DeclarativeBase {}

class User extends Day8Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  posts: relationship.many(() => Post, {
    backPopulates: 'user',
    cascade: 'all, delete-orphan',
    lazy: 'select',
  }),
}) {}

class Post extends Day8Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  title: mappedColumn(String(200)),
  content: mappedColumn(String(1000)),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  user: relationship.one(() => User, { backPopulates: 'posts' }),
}) {}

class Day9Base extends DeclarativeBase {}

const post_tags = Table(
  'post_tags',
  Day9Base.metadata,
  Column('post_id', Integer, ForeignKey('posts.id'), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tags.id'), { primaryKey: true }),
);

class TaggedPost extends Day9Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  title: mappedColumn(String(200)),
  tags: relationship.many(() => Tag, { secondary: post_tags, backPopulates: 'posts', lazy: 'dynamic' }),
}) {}

class Tag extends Day9Base.table('tags', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50), { unique: true }),
  posts: relationship.many(() => TaggedPost, { secondary: post_tags, backPopulates: 'tags' }),
}) {}

describeDialects('seed 004 days 8 and 9', (db) => {
  let engine: Engine | undefined;
  afterEach(async () => {
    await engine?.dispose();
  });

  test('day 8: User–Post one-to-many CRUD with navigation and cascade', async () => {
    engine = createEngine(db.url);
    await Day8Base.metadata.dropAll(engine);
    await Day8Base.metadata.createAll(engine);
    // SQLAlchemy's sessionmaker expires on commit; the script relies on it (len() after commit).
    const SessionLocal = sessionmaker(engine, { expireOnCommit: true });
    const out: string[] = [];
    const session = SessionLocal();
    onTestFinished(() => session.close());
    const user = new User({ name_: 'Alice' });
    session.add(user);
    await session.flush();

    const post1 = new Post({ title: 'Post 1', content: 'Content 1', user });
    const post2 = new Post({ title: 'Post 2', content: 'Content 2', user });
    // Already there through post1.user (the bidirectional sync): appending again is a no-op.
    if (!user.posts.includes(post1)) user.posts.push(post1);
    session.addAll([post1, post2]);
    await session.commit();
    out.push(
      `Created User '${await user.awaitableAttrs.name_}' with ${(await user.awaitableAttrs.posts).length} posts`,
    );

    const loadedUser = (await session.get(User, user.id)) as User;
    out.push('User Posts:');
    for (const post of await loadedUser.awaitableAttrs.posts) {
      out.push(`  - ${post.title}: ${post.content} (User: ${post.user.name_})`);
    }

    const posts = loadedUser.posts;
    (posts[0] as Post).title = 'Updated Post 1';
    await session.commit();
    out.push(`Updated: ${(await loadedUser.awaitableAttrs.posts)[0]?.title}`);

    session.delete(loadedUser.posts[1] as Post);
    await session.commit();
    out.push(`Deleted post; remaining: ${(await loadedUser.awaitableAttrs.posts).length}`);

    session.delete(loadedUser);
    await session.commit();
    out.push('User deleted (cascade deletes posts)');
    await session.close();

    expect(out).toEqual([
      "Created User 'Alice' with 2 posts",
      'User Posts:',
      '  - Post 1: Content 1 (User: Alice)',
      '  - Post 2: Content 2 (User: Alice)',
      // The collection reloads in the database's order: PostgreSQL returns the updated row last
      // (SQLAlchemy prints 'Updated: Post 2' there too).
      db.dialect === 'pg' ? 'Updated: Post 2' : 'Updated: Updated Post 1',
      'Deleted post; remaining: 1',
      'User deleted (cascade deletes posts)',
    ]);
    const check = SessionLocal();
    expect((await check.execute(select(Post.id))).all()).toEqual([]);
    await check.close();
  });

  test('day 9: Post–Tag many-to-many with a dynamic collection', async () => {
    engine = createEngine(db.url);
    await Day9Base.metadata.dropAll(engine);
    await Day9Base.metadata.createAll(engine);
    const sent = recordStatements(engine);
    const SessionLocal = sessionmaker(engine);
    const out: string[] = [];
    const session = SessionLocal();
    onTestFinished(() => session.close());

    const tag1 = new Tag({ name_: 'python' });
    const tag2 = new Tag({ name_: 'sqlalchemy' });
    const tag3 = new Tag({ name_: 'mysql' });
    session.addAll([tag1, tag2, tag3]);
    await session.commit();

    const post1 = new TaggedPost({ title: 'SQLAlchemy Basics' });
    const post2 = new TaggedPost({ title: 'MySQL Tips' });
    session.addAll([post1, post2]);
    await session.flush();

    const tags1: DynamicCollection<Tag> = post1.tags;
    tags1.append(tag1);
    tags1.append(tag2);
    post2.tags.append(tag2);
    post2.tags.append(tag3);
    sent.clear();
    await session.commit();
    out.push('Posts tagged!');
    // One executemany; PostgreSQL sends it as one multi-row INSERT (SQLAlchemy's insertmanyvalues).
    const pairs = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 3],
    ];
    expect(sent.take().filter((s) => s.sql.startsWith('INSERT'))).toEqual([
      engine.dialect.capabilities.insertManyValuesWithoutReturning
        ? {
            sql: 'INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?), (?, ?), (?, ?), (?, ?)',
            params: pairs.flat(),
          }
        : { sql: 'INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)', params: pairs },
    ]);

    const names = async (tags: DynamicCollection<Tag>) =>
      (await tags.orderBy(Tag.id).all()).map((t) => t.name_);
    out.push(`Post 1 tags: ${python(await names(post1.tags))}`);
    out.push(`Post 2 tags: ${python(await names(post2.tags))}`);
    expect(sent.take().at(-1)).toEqual({
      sql: 'SELECT tags.id, tags.name \nFROM tags, post_tags \nWHERE ? = post_tags.post_id AND tags.id = post_tags.tag_id ORDER BY tags.id',
      params: [2],
    });

    const pythonPosts = await post1.tags.filter(Tag.name_.eq('python')).all();
    expect(pythonPosts).toEqual([tag1]);
    const tagSql = (await session.get(Tag, tag1.id)) as Tag;
    const postsWithPython = await tagSql.awaitableAttrs.posts;
    out.push(`Posts with 'python': ${python(postsWithPython.map((p) => p.title))}`);

    post1.tags.remove(tag2);
    sent.clear();
    await session.commit();
    expect(sent.take().filter((s) => s.sql.startsWith('DELETE'))).toEqual([
      { sql: 'DELETE FROM post_tags WHERE post_tags.post_id = ? AND post_tags.tag_id = ?', params: [1, 2] },
    ]);
    out.push(`Post 1 tags after remove: ${python(await names(post1.tags))}`);

    const ids = (tags: DynamicCollection<Tag>) => tags.select().withOnlyColumns(Tag.id);
    const shared = await session.scalars(
      select(Tag).where(Tag.id.in(intersect(ids(post1.tags), ids(post2.tags)))),
    );
    out.push(`Shared tags: ${python((shared.all() as Tag[]).map((t) => t.name_))}`);
    expect(await post2.tags.count()).toBe(2);
    await session.close();

    expect(out).toEqual([
      'Posts tagged!',
      "Post 1 tags: ['python', 'sqlalchemy']",
      "Post 2 tags: ['sqlalchemy', 'mysql']",
      "Posts with 'python': ['SQLAlchemy Basics']",
      "Post 1 tags after remove: ['python']",
      'Shared tags: []',
    ]);
  });
});
