import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { type Engine, func, select } from '@retort/core';
import { inspect, Session } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { Comment, Post, PostStatus, post_tags, Tag, User } from '../fixtures/blog.fixture';
import { blogEngine, createSampleData } from '../fixtures/blog-data.fixture';
import { recordStatements, type StatementRecorder } from '../fixtures/statements.fixture';

// Seed 003's blog: create_sample_data(), delete_example() and the cascades of its models.
// Statements and rows recorded from SQLAlchemy 2.0.52 running the same code.
describeDialects('flush and cascades (seed 003 blog)', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeEach(async () => {
    engine?.dispose();
    engine = await blogEngine(db.url);
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  async function counts(): Promise<Record<string, number>> {
    const session = new Session(engine);
    try {
      const count = async (from: object) =>
        (await session.scalar(select(func.count()).selectFrom(from))) as number;
      return {
        users: await count(User),
        posts: await count(Post),
        comments: await count(Comment),
        post_tags: await count(post_tags),
        tags: await count(Tag),
      };
    } finally {
      await session.close();
    }
  }

  test('create_sample_data(): INSERTs in dependency order with the parents’ generated keys copied', async () => {
    await createSampleData(engine);
    const statements = sent.take();
    const inserts = statements.filter((s) => s.sql.startsWith('INSERT'));
    const tables = inserts.map((s) => /^INSERT INTO (\w+)/.exec(s.sql)?.[1]);
    // Users, then tags, posts, the association rows, then comments (the reply after its parent).
    expect([...new Set(tables)]).toEqual(['users', 'tags', 'posts', 'post_tags', 'comments']);
    const association = inserts.find((s) => s.sql.startsWith('INSERT INTO post_tags'));
    // One executemany of five rows; PostgreSQL sends it as one multi-row INSERT (insertmanyvalues).
    const batched = engine.dialect.capabilities.insertManyValuesWithoutReturning;
    expect(association?.sql).toBe(
      `INSERT INTO post_tags (post_id, tag_id) VALUES ${batched ? Array(5).fill('(?, ?)').join(', ') : '(?, ?)'}`,
    );
    const params = association?.params as unknown[];
    const pairs = batched ? [0, 2, 4, 6, 8].map((i) => params.slice(i, i + 2)) : (params as unknown[][]);
    const rows = pairs.map((r) => r.join(',')).sort();
    // SQLAlchemy 2.0.52: [(1, 3), (1, 2), (3, 2), (1, 1), (2, 1)] (its order follows a set's).
    expect(rows).toEqual(['1,1', '1,2', '1,3', '2,1', '3,2']);
    const comments = inserts.filter((s) => s.sql.startsWith('INSERT INTO comments'));
    expect(comments.map((s) => (s.params as unknown[]).slice(0, 4))).toEqual([
      ['Great article!', 1, 2, null],
      ['Thanks Bob!', 1, 1, 1],
    ]);
    expect(await counts()).toEqual({ users: 2, posts: 3, comments: 2, post_tags: 5, tags: 3 });
  });

  test('delete_example(): deleting bob cascades to his posts, his comments and their replies', async () => {
    await createSampleData(engine);
    const session = new Session(engine);
    await session.begin(async () => {
      const user = (await session.execute(select(User).where(User.username.eq('bob')))).scalarOneOrNone();
      expect(user).not.toBeNull();
      sent.clear();
      session.delete(user as User);
    });
    const deletes = sent.take().filter((s) => s.sql.startsWith('DELETE'));
    expect(deletes).toEqual([
      { sql: 'DELETE FROM post_tags WHERE post_tags.post_id = ? AND post_tags.tag_id = ?', params: [2, 1] },
      { sql: 'DELETE FROM comments WHERE comments.id = ?', params: [2] },
      { sql: 'DELETE FROM comments WHERE comments.id = ?', params: [1] },
      { sql: 'DELETE FROM posts WHERE posts.id = ?', params: [2] },
      { sql: 'DELETE FROM users WHERE users.id = ?', params: [2] },
    ]);
    expect(await counts()).toEqual({ users: 1, posts: 2, comments: 0, post_tags: 4, tags: 3 });
    await session.close();
  });

  test('deleting alice leaves nothing orphaned: posts, threaded comments and association rows go', async () => {
    await createSampleData(engine);
    const session = new Session(engine);
    await session.begin(async () => {
      const alice = (await session.get(User, 1)) as User;
      sent.clear();
      session.delete(alice);
      await session.flush();
      const statements = sent.take();
      const selects = statements.filter((s) => s.sql.startsWith('SELECT'));
      // The collections the cascade walks are loaded by lazy loads, as SQLAlchemy's session.delete() does.
      expect(selects.map((s) => s.sql.split('\n').at(-1))).toEqual(
        expect.arrayContaining(['WHERE ? = posts.author_id', 'WHERE ? = comments.author_id']),
      );
      const deletes = statements.filter((s) => s.sql.startsWith('DELETE'));
      // SQLAlchemy 2.0.52: post_tags rows [(3, 2), (1, 1), (1, 2), (1, 3)] (a set's order), then
      // the reply before the comment it answers, alice's posts, alice.
      // (How the Session batches one table's DELETEs is the unit of work's; the rows deleted are ours.)
      expect(deletes.map((s) => /^DELETE FROM (\w+)/.exec(s.sql)?.[1])).toEqual([
        'post_tags',
        'comments',
        'comments',
        'posts',
        'users',
      ]);
      expect(deletes[0]?.sql).toBe(
        'DELETE FROM post_tags WHERE post_tags.post_id = ? AND post_tags.tag_id = ?',
      );
      expect((deletes[0]?.params as number[][]).map((r) => r.join(',')).sort()).toEqual([
        '1,1',
        '1,2',
        '1,3',
        '3,2',
      ]);
      expect(deletes.slice(1).map((s) => s.params.flat())).toEqual([[2], [1], [1, 3], [1]]);
    });
    expect(await counts()).toEqual({ users: 1, posts: 1, comments: 0, post_tags: 1, tags: 3 });
    await session.close();
  });

  test('delete-orphan: a post removed from user.posts is deleted at flush', async () => {
    await createSampleData(engine);
    const session = new Session(engine);
    await session.begin(async () => {
      const bob = (await session.get(User, 2)) as User;
      const posts = await bob.awaitableAttrs.posts;
      sent.clear();
      posts.splice(0, 1);
      await session.flush();
      expect(sent.takeSql().filter((s) => s.startsWith('DELETE'))).toEqual([
        'DELETE FROM post_tags WHERE post_tags.post_id = ? AND post_tags.tag_id = ?',
        'DELETE FROM posts WHERE posts.id = ?',
      ]);
    });
    expect((await counts()).posts).toBe(2);
    await session.close();
  });

  test('many-to-many: append and remove write and delete association rows (seed 004 day 9)', async () => {
    await createSampleData(engine);
    const session = new Session(engine);
    const post = (await session.get(Post, 2)) as Post;
    const tag = (await session.get(Tag, 2)) as Tag;
    const tags = await post.awaitableAttrs.tags;
    sent.clear();
    tags.push(tag);
    await session.commit();
    expect(sent.take().filter((s) => !s.sql.startsWith('SELECT'))).toEqual([
      { sql: 'INSERT INTO post_tags (post_id, tag_id) VALUES (?, ?)', params: [2, 2] },
    ]);
    post.tags.splice(post.tags.indexOf(tag), 1);
    await session.commit();
    expect(sent.take().filter((s) => !s.sql.startsWith('SELECT'))).toEqual([
      { sql: 'DELETE FROM post_tags WHERE post_tags.post_id = ? AND post_tags.tag_id = ?', params: [2, 2] },
    ]);
    expect((await counts()).post_tags).toBe(5);
    await session.close();
  });

  test('a many-to-one assignment is written as the foreign key at flush', async () => {
    await createSampleData(engine);
    const session = new Session(engine);
    const post = (await session.get(Post, 2)) as Post;
    const alice = (await session.get(User, 1)) as User;
    sent.clear();
    post.author = alice;
    await session.commit();
    const update = sent.take().find((s) => s.sql.startsWith('UPDATE'));
    expect(update?.sql).toMatch(/^UPDATE posts SET author_id=\?/);
    expect(update?.params.slice(0, 1)).toEqual([1]);
    expect(inspect(post).attrs.author_id.value).toBe(1);
    await session.close();
  });

  test('a new object with a new parent: the generated key is copied before the child’s INSERT', async () => {
    const session = new Session(engine);
    const carol = new User({ username: 'carol', email: 'carol@example.com' });
    const post = new Post({ title: 'T', slug: 't', body: 'b', status: PostStatus.DRAFT });
    carol.posts.push(post);
    session.add(carol);
    await session.flush();
    expect(post.author_id).toBe(carol.id);
    expect(carol.posts).toEqual([post]);
    await session.close();
  });
});
