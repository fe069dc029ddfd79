import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { type Engine, InvalidRequestError, select } from '@retort/core';
import { inspect, Session, UnloadedAttributeError } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Comment, Post, PostStatus, User } from '../fixtures/blog.fixture';
import { blogEngine, createSampleData } from '../fixtures/blog-data.fixture';
import { dialectSql } from '../fixtures/dialect-sql.fixture';
import { recordStatements, type StatementRecorder } from '../fixtures/statements.fixture';
import {
  containsEager,
  defaultload,
  immediateload,
  joinedload,
  lazyload,
  noload,
  raiseload,
  selectinload,
  subqueryload,
} from '../index';

// Every statement below was recorded from SQLAlchemy 2.0.52 running the same query over seed 003's
// blog (create_sample_data()); rows come back in the database's order, so data is compared sorted.
const USERS =
  'users.id, users.username, users.email, users.display_name, users.is_active, users.created_at, users.updated_at';
const POSTS =
  'posts.id, posts.title, posts.slug, posts.body, posts.status, posts.author_id, posts.created_at, posts.updated_at';
const COMMENTS =
  'comments.id, comments.body, comments.post_id, comments.author_id, comments.parent_id, comments.created_at, comments.updated_at';
const LABELED_USERS =
  'users.id AS users_id, users.username AS users_username, users.email AS users_email, users.display_name AS users_display_name, users.is_active AS users_is_active, users.created_at AS users_created_at, users.updated_at AS users_updated_at';
const LABELED_POSTS =
  'posts.id AS posts_id, posts.title AS posts_title, posts.slug AS posts_slug, posts.body AS posts_body, posts.status AS posts_status, posts.author_id AS posts_author_id, posts.created_at AS posts_created_at, posts.updated_at AS posts_updated_at';
const USERS_1 =
  'users_1.id AS id_1, users_1.username, users_1.email, users_1.display_name, users_1.is_active, users_1.created_at AS created_at_1, users_1.updated_at AS updated_at_1';
const POSTS_1 =
  'posts_1.id AS id_1, posts_1.title, posts_1.slug, posts_1.body, posts_1.status, posts_1.author_id, posts_1.created_at AS created_at_1, posts_1.updated_at AS updated_at_1';

const sorted = <T>(list: readonly T[]): T[] => [...list].sort();

describeDialects('loading strategies (seed 003 "Eager Loading")', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeAll(async () => {
    engine = await blogEngine(db.url);
    await createSampleData(engine);
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  /** Runs `fn` in a new Session and returns its result and the statements it sent. */
  async function run<T>(fn: (session: Session) => Promise<T>, options: { nPlusOne?: 'warn' | 'raise' } = {}) {
    const session = new Session(engine, options);
    sent.clear();
    try {
      const result = await fn(session);
      return { result, statements: sent.take().map((s) => ({ ...s, sql: s.sql })) };
    } finally {
      await session.close();
    }
  }

  const sql = (text: string) => dialectSql(text, db.dialect);

  test('selectinload(User.posts): one more SELECT … WHERE posts.author_id IN (…)', async () => {
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User).options(selectinload(User.posts)))).scalars().all();
      return users.map((u) => [u.username, sorted(u.posts.map((p) => p.title))]);
    });
    expect(sorted(result.map((r) => globalThis.JSON.stringify(r)))).toEqual([
      '["alice",["Advanced Querying Techniques","Getting Started with SQLAlchemy 2.0"]]',
      '["bob",["Python Best Practices"]]',
    ]);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${USERS} \nFROM users`), params: [] },
      {
        sql: sql(
          'SELECT posts.author_id AS posts_author_id, posts.id AS posts_id, posts.title AS posts_title, posts.slug AS posts_slug, posts.body AS posts_body, posts.status AS posts_status, posts.created_at AS posts_created_at, posts.updated_at AS posts_updated_at \nFROM posts \nWHERE posts.author_id IN (?, ?)',
        ),
        params: [1, 2],
      },
    ]);
  });

  test('selectinload(Post.author): the targets by primary key', async () => {
    const { result, statements } = await run(async (session) => {
      const posts = (await session.execute(select(Post).options(selectinload(Post.author)))).scalars().all();
      return posts.map((p) => `${p.title}: ${p.author.username}`);
    });
    expect(sorted(result)).toEqual([
      'Advanced Querying Techniques: alice',
      'Getting Started with SQLAlchemy 2.0: alice',
      'Python Best Practices: bob',
    ]);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${POSTS} \nFROM posts`), params: [] },
      { sql: sql(`SELECT ${LABELED_USERS} \nFROM users \nWHERE users.id IN (?, ?)`), params: [1, 2] },
    ]);
  });

  test('selectinload(Post.tags): a many-to-many joins from an alias of the parent', async () => {
    const { result, statements } = await run(async (session) => {
      const posts = (await session.execute(select(Post).options(selectinload(Post.tags)))).scalars().all();
      return posts.map((p) => `${p.id}: ${sorted(p.tags.map((t) => t.name_)).join(',')}`);
    });
    expect(sorted(result)).toEqual(['1: python,sqlalchemy,tutorial', '2: python', '3: sqlalchemy']);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${POSTS} \nFROM posts`), params: [] },
      {
        sql: sql(
          'SELECT posts_1.id AS posts_1_id, tags.id AS tags_id, tags.name AS tags_name \nFROM posts AS posts_1 JOIN post_tags AS post_tags_1 ON posts_1.id = post_tags_1.post_id JOIN tags ON tags.id = post_tags_1.tag_id \nWHERE posts_1.id IN (?, ?, ?)',
        ),
        params: [1, 2, 3],
      },
    ]);
  });

  test('selectinload on an adjacency list, both directions', async () => {
    const replies = await run(async (session) => {
      const comments = (await session.execute(select(Comment).options(selectinload(Comment.replies))))
        .scalars()
        .all();
      return comments.map((c) => `${c.id}: ${c.replies.map((r) => r.id).join(',')}`);
    });
    expect(sorted(replies.result)).toEqual(['1: 2', '2: ']);
    expect(replies.statements[1]).toEqual({
      sql: sql(
        'SELECT comments.parent_id AS comments_parent_id, comments.id AS comments_id, comments.body AS comments_body, comments.post_id AS comments_post_id, comments.author_id AS comments_author_id, comments.created_at AS comments_created_at, comments.updated_at AS comments_updated_at \nFROM comments \nWHERE comments.parent_id IN (?, ?)',
      ),
      params: [1, 2],
    });
    const parents = await run(async (session) => {
      const comments = (await session.execute(select(Comment).options(selectinload(Comment.parent))))
        .scalars()
        .all();
      return comments.map((c) => `${c.id}: ${c.parent?.id ?? null}`);
    });
    expect(sorted(parents.result)).toEqual(['1: null', '2: 1']);
    expect(parents.statements.map((s) => s.params)).toEqual([[], [1]]);
    expect(parents.statements[1]?.sql).toBe(
      sql(
        'SELECT comments.id AS comments_id, comments.body AS comments_body, comments.post_id AS comments_post_id, comments.author_id AS comments_author_id, comments.parent_id AS comments_parent_id, comments.created_at AS comments_created_at, comments.updated_at AS comments_updated_at \nFROM comments \nWHERE comments.id IN (?)',
      ),
    );
  });

  test('three levels of selectinload take exactly three more SELECTs', async () => {
    const { result, statements } = await run(async (session) => {
      const stmt = select(User).options(
        selectinload(User.posts).selectinload(Post.comments).selectinload(Comment.replies),
      );
      const users = (await session.execute(stmt)).scalars().all();
      return users.map((u) => ({
        user: u.username,
        posts: sorted(
          u.posts.map(
            (p) =>
              `${p.id}[${p.comments.map((c) => `${c.id}(${c.replies.map((r) => r.id).join(',')})`).join(' ')}]`,
          ),
        ),
      }));
    });
    expect(result).toEqual([
      { user: 'alice', posts: ['1[1(2) 2()]', '3[]'] },
      { user: 'bob', posts: ['2[]'] },
    ]);
    expect(statements.length).toBe(4);
    expect(statements.map((s) => sorted(s.params as number[]))).toEqual([[], [1, 2], [1, 2, 3], [1, 2]]);
    expect(statements[2]?.sql).toBe(
      sql(
        'SELECT comments.post_id AS comments_post_id, comments.id AS comments_id, comments.body AS comments_body, comments.author_id AS comments_author_id, comments.parent_id AS comments_parent_id, comments.created_at AS comments_created_at, comments.updated_at AS comments_updated_at \nFROM comments \nWHERE comments.post_id IN (?, ?, ?)',
      ),
    );
  });

  test('joinedload(Post.author): one SELECT with LEFT OUTER JOIN an anonymous alias', async () => {
    const { result, statements } = await run(async (session) => {
      const posts = (await session.execute(select(Post).options(joinedload(Post.author)))).scalars().all();
      return posts.map((p) => `${p.title}: ${p.author.username}`);
    });
    expect(sorted(result)).toEqual([
      'Advanced Querying Techniques: alice',
      'Getting Started with SQLAlchemy 2.0: alice',
      'Python Best Practices: bob',
    ]);
    expect(statements).toEqual([
      {
        sql: sql(
          `SELECT ${POSTS}, ${USERS_1} \nFROM posts LEFT OUTER JOIN users AS users_1 ON users_1.id = posts.author_id`,
        ),
        params: [],
      },
    ]);
  });

  test('joinedload(…, { innerjoin: true }) uses an inner join', async () => {
    const { statements } = await run(async (session) => {
      await session.execute(select(Post).options(joinedload(Post.author, { innerjoin: true })));
    });
    expect(statements.map((s) => s.sql)).toEqual([
      sql(`SELECT ${POSTS}, ${USERS_1} \nFROM posts JOIN users AS users_1 ON users_1.id = posts.author_id`),
    ]);
  });

  test('joinedload of a collection needs unique(), as in SQLAlchemy', async () => {
    const refused = await run(async (session) => {
      const result = await session.execute(select(User).options(joinedload(User.posts)));
      return () => result.scalars().all();
    });
    expect(refused.result).toThrow(
      new InvalidRequestError(
        'The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections',
      ),
    );
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User).options(joinedload(User.posts))))
        .unique()
        .scalars()
        .all();
      return users.map((u) => `${u.username}: ${sorted(u.posts.map((p) => p.id)).join(',')}`);
    });
    expect(sorted(result)).toEqual(['alice: 1,3', 'bob: 2']);
    expect(statements).toEqual([
      {
        sql: sql(
          `SELECT ${USERS}, ${POSTS_1} \nFROM users LEFT OUTER JOIN posts AS posts_1 ON users.id = posts_1.author_id`,
        ),
        params: [],
      },
    ]);
  });

  test('joinedload of a many-to-many and of a nested path', async () => {
    const tags = await run(async (session) => {
      const posts = (await session.execute(select(Post).options(joinedload(Post.tags))))
        .unique()
        .scalars()
        .all();
      return posts.map((p) => `${p.id}: ${sorted(p.tags.map((t) => t.name_)).join(',')}`);
    });
    expect(sorted(tags.result)).toEqual(['1: python,sqlalchemy,tutorial', '2: python', '3: sqlalchemy']);
    expect(tags.statements.map((s) => s.sql)).toEqual([
      sql(
        `SELECT ${POSTS}, tags_1.id AS id_1, tags_1.name \nFROM posts LEFT OUTER JOIN (post_tags AS post_tags_1 JOIN tags AS tags_1 ON tags_1.id = post_tags_1.tag_id) ON posts.id = post_tags_1.post_id`,
      ),
    ]);
    const nested = await run(async (session) => {
      const stmt = select(User).options(joinedload(User.posts).joinedload(Post.comments));
      const users = (await session.execute(stmt)).unique().scalars().all();
      return users.map(
        (u) =>
          `${u.username}: ${sorted(u.posts.map((p) => `${p.id}[${p.comments.map((c) => c.id).join(',')}]`)).join(' ')}`,
      );
    });
    expect(sorted(nested.result)).toEqual(['alice: 1[1,2] 3[]', 'bob: 2[]']);
    expect(nested.statements.map((s) => s.sql)).toEqual([
      sql(
        `SELECT ${USERS}, comments_1.id AS id_1, comments_1.body, comments_1.post_id, comments_1.author_id, comments_1.parent_id, comments_1.created_at AS created_at_1, comments_1.updated_at AS updated_at_1, posts_1.id AS id_2, posts_1.title, posts_1.slug, posts_1.body AS body_1, posts_1.status, posts_1.author_id AS author_id_1, posts_1.created_at AS created_at_2, posts_1.updated_at AS updated_at_2 \nFROM users LEFT OUTER JOIN posts AS posts_1 ON users.id = posts_1.author_id LEFT OUTER JOIN comments AS comments_1 ON posts_1.id = comments_1.post_id`,
      ),
    ]);
  });

  test('joinedload on an adjacency list', async () => {
    const { result, statements } = await run(async (session) => {
      const comments = (await session.execute(select(Comment).options(joinedload(Comment.replies))))
        .unique()
        .scalars()
        .all();
      return comments.map((c) => `${c.id}: ${c.replies.map((r) => r.id).join(',')}`);
    });
    expect(sorted(result)).toEqual(['1: 2', '2: ']);
    expect(statements.map((s) => s.sql)).toEqual([
      sql(
        `SELECT ${COMMENTS}, comments_1.id AS id_1, comments_1.body AS body_1, comments_1.post_id AS post_id_1, comments_1.author_id AS author_id_1, comments_1.parent_id AS parent_id_1, comments_1.created_at AS created_at_1, comments_1.updated_at AS updated_at_1 \nFROM comments LEFT OUTER JOIN comments AS comments_1 ON comments.id = comments_1.parent_id`,
      ),
    ]);
  });

  test('subqueryload: the original query as a subquery of keys', async () => {
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User).options(subqueryload(User.posts)))).scalars().all();
      return users.map((u) => `${u.username}: ${sorted(u.posts.map((p) => p.id)).join(',')}`);
    });
    expect(sorted(result)).toEqual(['alice: 1,3', 'bob: 2']);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${USERS} \nFROM users`), params: [] },
      {
        sql: sql(
          `SELECT ${LABELED_POSTS}, anon_1.users_id AS anon_1_users_id \nFROM (SELECT users.id AS users_id \nFROM users) AS anon_1 JOIN posts ON anon_1.users_id = posts.author_id`,
        ),
        params: [],
      },
    ]);
    const tags = await run(async (session) => {
      const posts = (
        await session.execute(select(Post).where(Post.id.gt(1)).options(subqueryload(Post.tags)))
      )
        .scalars()
        .all();
      return posts.map((p) => `${p.id}: ${p.tags.map((t) => t.name_).join(',')}`);
    });
    expect(sorted(tags.result)).toEqual(['2: python', '3: sqlalchemy']);
    expect(tags.statements[1]).toEqual({
      sql: sql(
        'SELECT tags.id AS tags_id, tags.name AS tags_name, anon_1.posts_id AS anon_1_posts_id \nFROM (SELECT posts.id AS posts_id \nFROM posts \nWHERE posts.id > ?) AS anon_1 JOIN post_tags AS post_tags_1 ON anon_1.posts_id = post_tags_1.post_id JOIN tags ON tags.id = post_tags_1.tag_id',
      ),
      params: [1],
    });
  });

  test('lazy loading through awaitableAttrs: one SELECT per object, the lazy clause bound', async () => {
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User))).scalars().all();
      const out: string[] = [];
      for (const user of users) out.push(`${user.username}: ${(await user.awaitableAttrs.posts).length}`);
      return out;
    });
    expect(sorted(result)).toEqual(['alice: 2', 'bob: 1']);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${USERS} \nFROM users`), params: [] },
      { sql: sql(`SELECT ${LABELED_POSTS} \nFROM posts \nWHERE ? = posts.author_id`), params: [1] },
      { sql: sql(`SELECT ${LABELED_POSTS} \nFROM posts \nWHERE ? = posts.author_id`), params: [2] },
    ]);
  });

  test('a lazy many-to-one comes from the identity map without SQL, else by primary key', async () => {
    const { result, statements } = await run(async (session) => {
      const posts = (await session.execute(select(Post).orderBy(Post.id))).scalars().all();
      const out: string[] = [];
      for (const post of posts) out.push((await post.awaitableAttrs.author).username);
      // Already in the identity map: a synchronous read needs no SQL.
      out.push(posts[0]?.author.username ?? '');
      return out;
    });
    expect(result).toEqual(['alice', 'bob', 'alice', 'alice']);
    expect(statements).toEqual([
      { sql: sql(`SELECT ${POSTS} \nFROM posts ORDER BY posts.id`), params: [] },
      { sql: sql(`SELECT ${LABELED_USERS} \nFROM users \nWHERE users.id = ?`), params: [1] },
      { sql: sql(`SELECT ${LABELED_USERS} \nFROM users \nWHERE users.id = ?`), params: [2] },
    ]);
  });

  test('a lazy many-to-many selects from the target and the association table', async () => {
    const { result, statements } = await run(async (session) => {
      const post = (await session.execute(select(Post).where(Post.id.eq(1)))).scalarOne();
      return sorted((await post.awaitableAttrs.tags).map((t) => t.name_));
    });
    expect(result).toEqual(['python', 'sqlalchemy', 'tutorial']);
    expect(statements[1]).toEqual({
      sql: sql(
        'SELECT tags.id AS tags_id, tags.name AS tags_name \nFROM tags, post_tags \nWHERE ? = post_tags.post_id AND tags.id = post_tags.tag_id',
      ),
      params: [1],
    });
  });

  test('reading an unloaded relationship synchronously names it, awaitableAttrs and the loader option', async () => {
    await run(async (session) => {
      const user = (await session.execute(select(User).where(User.username.eq('alice')))).scalarOne();
      expect(() => user.posts).toThrow(
        new UnloadedAttributeError(
          'User.posts is not loaded, and reading it needs SQL, which a property read cannot run. Either load it with the query: select(User).options(selectinload(User.posts)), or await it: await user.awaitableAttrs.posts',
        ),
      );
    });
  });

  test('raiseload(attr) and raiseload("*") refuse, as SQLAlchemy does', async () => {
    await run(async (session) => {
      const user = (await session.execute(select(User).options(raiseload(User.posts))))
        .scalars()
        .first() as User;
      expect(() => user.posts).toThrow(
        new InvalidRequestError("'User.posts' is not available due to lazy='raise'"),
      );
      await expect(user.awaitableAttrs.posts).rejects.toThrow(
        "'User.posts' is not available due to lazy='raise'",
      );
    });
    const { statements } = await run(async (session) => {
      const post = (await session.execute(select(Post).options(raiseload('*')))).scalars().first() as Post;
      expect(() => post.author).toThrow(
        new InvalidRequestError("'Post.author' is not available due to lazy='raise'"),
      );
    });
    expect(statements.length).toBe(1);
  });

  test('raiseload(attr, { sqlOnly: true }) allows what needs no SQL', async () => {
    const { statements } = await run(async (session) => {
      await session.get(User, 1);
      const posts = (
        await session.execute(
          select(Post)
            .orderBy(Post.id)
            .options(raiseload(Post.author, { sqlOnly: true })),
        )
      )
        .scalars()
        .all();
      expect(posts[0]?.author.username).toBe('alice');
      expect(() => posts[1]?.author).toThrow(
        new InvalidRequestError("'Post.author' is not available due to lazy='raise_on_sql'"),
      );
    });
    expect(statements.length).toBe(2);
  });

  test('noload(attr) reads as empty without SQL; lazyload(attr) loads on await', async () => {
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User).options(noload(User.posts)))).scalars().all();
      return users.map((u) => u.posts.length);
    });
    expect(result).toEqual([0, 0]);
    expect(statements.length).toBe(1);
    const lazy = await run(async (session) => {
      const user = (
        await session.execute(select(User).where(User.id.eq(2)).options(lazyload(User.posts)))
      ).scalarOne();
      return (await user.awaitableAttrs.posts).map((p) => p.title);
    });
    expect(lazy.result).toEqual(['Python Best Practices']);
    expect(lazy.statements.length).toBe(2);
  });

  test('defaultload(User.posts).selectinload(Post.comments) loads comments when posts load', async () => {
    const { result, statements } = await run(async (session) => {
      const user = (
        await session.execute(
          select(User).where(User.id.eq(1)).options(defaultload(User.posts).selectinload(Post.comments)),
        )
      ).scalarOne();
      const posts = await user.awaitableAttrs.posts;
      return sorted(posts.map((p) => `${p.id}: ${p.comments.map((c) => c.id).join(',')}`));
    });
    expect(result).toEqual(['1: 1,2', '3: ']);
    expect(statements.length).toBe(3);
    expect(statements[1]?.sql).toBe(sql(`SELECT ${LABELED_POSTS} \nFROM posts \nWHERE ? = posts.author_id`));
    expect(statements[2]?.sql).toBe(
      sql(
        'SELECT comments.post_id AS comments_post_id, comments.id AS comments_id, comments.body AS comments_body, comments.author_id AS comments_author_id, comments.parent_id AS comments_parent_id, comments.created_at AS comments_created_at, comments.updated_at AS comments_updated_at \nFROM comments \nWHERE comments.post_id IN (?, ?)',
      ),
    );
  });

  test('immediateload: one lazy load per object right after the query', async () => {
    const { result, statements } = await run(async (session) => {
      const users = (await session.execute(select(User).options(immediateload(User.posts)))).scalars().all();
      return users.map((u) => u.posts.length);
    });
    expect(sorted(result)).toEqual([1, 2]);
    expect(statements.map((s) => s.params)).toEqual([[], [1], [2]]);
  });

  test('containsEager: the relationship is filled from the explicit join', async () => {
    const { result, statements } = await run(async (session) => {
      const stmt = select(User)
        .join(User.posts)
        .where(Post.status.eq(PostStatus.PUBLISHED))
        .options(containsEager(User.posts));
      const users = (await session.execute(stmt)).unique().scalars().all();
      return users.map((u) => `${u.username}: ${u.posts.map((p) => p.title).join(',')}`);
    });
    expect(sorted(result)).toEqual([
      'alice: Getting Started with SQLAlchemy 2.0',
      'bob: Python Best Practices',
    ]);
    expect(statements.length).toBe(1);
    expect(statements[0]?.params).toEqual(['PUBLISHED']);
  });

  test('populateExisting reloads objects already in the Session', async () => {
    await run(async (session) => {
      const user = (
        await session.execute(select(User).where(User.id.eq(2)).options(selectinload(User.posts)))
      ).scalarOne();
      user.posts.splice(0, 1);
      await session.execute(
        select(User)
          .where(User.id.eq(2))
          .options(selectinload(User.posts))
          .executionOptions({ populateExisting: true }),
        undefined,
        { executionOptions: { autoflush: false } },
      );
      expect(user.posts.map((p) => p.title)).toEqual(['Python Best Practices']);
      expect(inspect(user).attrs.posts.history.deleted).toEqual([]);
    });
  });
});
