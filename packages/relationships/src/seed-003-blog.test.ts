import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { type Engine, func, select, update } from '@retort/core';
import { sessionmaker } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Comment, Post, PostStatus, post_tags, Tag, User } from './fixtures/blog.fixture';
import { blogEngine, createSampleData } from './fixtures/blog-data.fixture';
import { selectinload } from './index';

// Seed 003's "Complete Code Examples" program run through this package: query_examples(),
// update_example() and delete_example(), with what it prints compared with what SQLAlchemy
// 2.0.52 prints running the Python program on the same database (lists in Python's form).

const python = (list: readonly string[]) => `[${list.map((s) => `'${s}'`).join(', ')}]`;

const statusValue = (status: PostStatus) => status as string;

describeDialects('seed 003 complete blog application', (db) => {
  let engine: Engine;
  const SessionFactory = () => sessionmaker(engine);

  beforeAll(async () => {
    engine = await blogEngine(db.url);
    await createSampleData(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  test('query_examples() prints what SQLAlchemy prints', async () => {
    const out: string[] = [];
    const print = (line = '') => out.push(line);
    const session = SessionFactory()();
    try {
      print('=== All users with their posts ===');
      let stmt = select(User).options(selectinload(User.posts));
      const users = (await session.execute(stmt)).scalars().all();
      for (const user of users) print(`${user.username}: ${python(user.posts.map((p) => p.title))}`);

      print('\n=== Published posts by alice ===');
      const published = select(Post)
        .join(Post.author)
        .where(User.username.eq('alice'))
        .where(Post.status.eq(PostStatus.PUBLISHED))
        .orderBy(Post.created_at.desc());
      for (const post of (await session.execute(published)).scalars().all()) {
        print(`  ${post.title} (${statusValue(post.status)})`);
      }

      print('\n=== Post count per user ===');
      const counts = select(User.username, func.count(Post.id).label('post_count'))
        .join(User.posts)
        .groupBy(User.username)
        .orderBy(func.count(Post.id).desc());
      for (const row of await session.execute(counts)) print(`  ${row.username}: ${row.post_count} posts`);

      print("\n=== Posts tagged 'python' ===");
      const tagged = select(Post)
        .join(Post.tags)
        .where(Tag.name_.eq('python'))
        .options(selectinload(Post.tags), selectinload(Post.author));
      for (const post of (await session.execute(tagged)).scalars().unique().all()) {
        const tagNames = post.tags.map((t) => t.name_);
        print(`  ${post.title} by ${post.author.username} [${tagNames.join(', ')}]`);
      }

      print('\n=== Users with published posts ===');
      const subq = select(Post.author_id).where(Post.status.eq(PostStatus.PUBLISHED)).distinct().subquery();
      stmt = select(User).where(User.id.in(select(subq.c.author_id)));
      for (const user of (await session.execute(stmt)).scalars().all()) print(`  ${user.username}`);

      print('\n=== Comments with replies ===');
      const threads = select(Comment)
        .where(Comment.parent_id.is(null))
        .options(selectinload(Comment.replies), selectinload(Comment.author));
      for (const comment of (await session.execute(threads)).scalars().all()) {
        print(`  ${comment.author.username}: ${comment.body}`);
        for (const reply of comment.replies) print(`    -> ${reply.body}`);
      }
    } finally {
      await session.close();
    }
    const alicePosts =
      db.dialect === 'sqlite'
        ? "['Advanced Querying Techniques', 'Getting Started with SQLAlchemy 2.0']"
        : "['Getting Started with SQLAlchemy 2.0', 'Advanced Querying Techniques']";
    expect(out.join('\n').split('\n')).toEqual([
      '=== All users with their posts ===',
      `alice: ${alicePosts}`,
      "bob: ['Python Best Practices']",
      '',
      '=== Published posts by alice ===',
      '  Getting Started with SQLAlchemy 2.0 (published)',
      '',
      '=== Post count per user ===',
      '  alice: 2 posts',
      '  bob: 1 posts',
      '',
      "=== Posts tagged 'python' ===",
      '  Getting Started with SQLAlchemy 2.0 by alice [python, sqlalchemy, tutorial]',
      '  Python Best Practices by bob [python]',
      '',
      '=== Users with published posts ===',
      '  alice',
      '  bob',
      '',
      '=== Comments with replies ===',
      '  bob: Great article!',
      '    -> Thanks Bob!',
    ]);
  });

  test('update_example() then delete_example(): the rows left are SQLAlchemy’s', async () => {
    const Factory = SessionFactory();
    await Factory.begin(async (session) => {
      const user = (await session.execute(select(User).where(User.username.eq('alice')))).scalarOne();
      user.display_name = 'Alice Wonderland';
      await session.execute(
        update(Post).where(Post.status.eq(PostStatus.DRAFT)).values({ status: PostStatus.ARCHIVED }),
      );
    });
    const out: string[] = [];
    const session = Factory();
    try {
      out.push('=== After update ===');
      const alice = (await session.execute(select(User).where(User.username.eq('alice')))).scalarOne();
      out.push(`  alice display_name: ${alice.display_name}`);
      for (const post of (await session.execute(select(Post).orderBy(Post.slug))).scalars()) {
        out.push(`  ${post.slug}: ${statusValue(post.status)}`);
      }
    } finally {
      await session.close();
    }
    await Factory.begin(async (session) => {
      const user = (await session.execute(select(User).where(User.username.eq('bob')))).scalarOneOrNone();
      if (user) session.delete(user);
    });
    const after = Factory();
    try {
      out.push('=== After delete ===');
      out.push(
        `  users: ${(await after.execute(select(User.username).orderBy(User.username))).scalars().all().join(', ')}`,
      );
      out.push(
        `  posts: ${(await after.execute(select(Post.slug).orderBy(Post.slug))).scalars().all().join(', ')}`,
      );
      out.push(`  comments: ${await after.scalar(select(func.count()).selectFrom(Comment))}`);
      out.push(`  post_tags rows: ${await after.scalar(select(func.count()).selectFrom(post_tags))}`);
    } finally {
      await after.close();
    }
    expect(out).toEqual([
      '=== After update ===',
      '  alice display_name: Alice Wonderland',
      '  advanced-querying: archived',
      '  getting-started-sqlalchemy-2: published',
      '  python-best-practices: published',
      '=== After delete ===',
      '  users: alice',
      '  posts: advanced-querying, getting-started-sqlalchemy-2',
      '  comments: 0',
      '  post_tags rows: 4',
    ]);
  });
});
