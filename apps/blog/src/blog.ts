// The blog program of seed 003: create_sample_data(), the six query examples, update_example()
// and delete_example(), printing through `print` what the Python program prints, then the rows
// left after the update and after the delete. Called by main.ts and by the app's test.
import { type Engine, func, select, update } from '@retort/core';
import { type Session, sessionmaker } from '@retort/orm';
import { selectinload } from '@retort/relationships';
import { Base, Comment, Post, PostStatus, post_tags, Tag, User } from './models';

export type Print = (line?: string) => void;

/** Python's repr of a list of strings: `['a', 'b']`. */
function pythonList(items: readonly string[]): string {
  return `[${items.map((s) => `'${s}'`).join(', ')}]`;
}

/** Drops and recreates the tables, so the demo can run again on the same database. */
export async function createTables(engine: Engine): Promise<void> {
  await Base.metadata.dropAll(engine);
  await Base.metadata.createAll(engine);
}

/** Seed the database with sample data. */
export async function createSampleData(SessionFactory: ReturnType<typeof sessionmaker>): Promise<void> {
  await SessionFactory.begin(async (session) => {
    const alice = new User({ username: 'alice', email: 'alice@example.com', display_name: 'Alice' });
    const bob = new User({ username: 'bob', email: 'bob@example.com', display_name: 'Bob' });

    const pythonTag = new Tag({ name_: 'python' });
    const sqlalchemyTag = new Tag({ name_: 'sqlalchemy' });
    const tutorialTag = new Tag({ name_: 'tutorial' });

    const post1 = new Post({
      title: 'Getting Started with SQLAlchemy 2.0',
      slug: 'getting-started-sqlalchemy-2',
      body: 'SQLAlchemy 2.0 introduces a modern API...',
      status: PostStatus.PUBLISHED,
      author: alice,
      tags: [pythonTag, sqlalchemyTag, tutorialTag],
    });
    const post2 = new Post({
      title: 'Advanced Querying Techniques',
      slug: 'advanced-querying',
      body: 'In this post we explore subqueries, CTEs...',
      status: PostStatus.DRAFT,
      author: alice,
      tags: [sqlalchemyTag],
    });
    const post3 = new Post({
      title: 'Python Best Practices',
      slug: 'python-best-practices',
      body: 'Here are some best practices for Python...',
      status: PostStatus.PUBLISHED,
      author: bob,
      tags: [pythonTag],
    });

    // Comments, including a threaded reply; they reach the session through post1's cascade.
    const comment1 = new Comment({ body: 'Great article!', post: post1, author: bob });
    new Comment({ body: 'Thanks Bob!', post: post1, author: alice, parent: comment1 });

    session.addAll([alice, bob, post1, post2, post3]);
  });
}

/** Demonstrate various 2.0-style queries. */
export async function queryExamples(
  SessionFactory: ReturnType<typeof sessionmaker>,
  print: Print,
): Promise<void> {
  await using session = SessionFactory();

  // 1. Simple select with eager loading
  print('=== All users with their posts ===');
  let stmt = select(User).options(selectinload(User.posts));
  const users = (await session.execute(stmt)).scalars().all();
  for (const user of users) {
    // The rows of a selectin load come back in the database's order, which differs between
    // SQLite (index order) and the servers (insertion order); ordering by id prints the same everywhere.
    const posts = [...user.posts].sort((a, b) => a.id - b.id);
    print(`${user.username}: ${pythonList(posts.map((p) => p.title))}`);
  }

  // 2. Filter with join
  print('\n=== Published posts by alice ===');
  const published = select(Post)
    .join(Post.author)
    .where(User.username.eq('alice'))
    .where(Post.status.eq(PostStatus.PUBLISHED))
    .orderBy(Post.created_at.desc());
  for (const post of (await session.execute(published)).scalars().all()) {
    print(`  ${post.title} (${post.status})`);
  }

  // 3. Aggregate query
  print('\n=== Post count per user ===');
  const counts = select(User.username, func.count(Post.id).label('post_count'))
    .join(User.posts)
    .groupBy(User.username)
    .orderBy(func.count(Post.id).desc());
  for (const row of await session.execute(counts)) {
    print(`  ${row.username}: ${row.post_count} posts`);
  }

  // 4. Posts with a specific tag
  print("\n=== Posts tagged 'python' ===");
  const tagged = select(Post)
    .join(Post.tags)
    .where(Tag.name_.eq('python'))
    .options(selectinload(Post.tags), selectinload(Post.author));
  for (const post of (await session.execute(tagged)).scalars().unique().all()) {
    const tagNames = post.tags.map((t) => t.name_);
    print(`  ${post.title} by ${post.author.username} [${tagNames.join(', ')}]`);
  }

  // 5. Subquery: users who have published posts
  print('\n=== Users with published posts ===');
  const subq = select(Post.author_id).where(Post.status.eq(PostStatus.PUBLISHED)).distinct().subquery();
  stmt = select(User).where(User.id.in(select(subq.c.author_id)));
  for (const user of (await session.execute(stmt)).scalars().all()) {
    print(`  ${user.username}`);
  }

  // 6. Comments with threaded replies (eager loaded)
  print('\n=== Comments with replies ===');
  const threads = select(Comment)
    .where(Comment.parent_id.is(null))
    .options(selectinload(Comment.replies), selectinload(Comment.author));
  for (const comment of (await session.execute(threads)).scalars().all()) {
    print(`  ${comment.author.username}: ${comment.body}`);
    for (const reply of comment.replies) print(`    -> ${reply.body}`);
  }
}

/** Demonstrate updates: modify a loaded object, and a bulk UPDATE. */
export async function updateExample(SessionFactory: ReturnType<typeof sessionmaker>): Promise<void> {
  await SessionFactory.begin(async (session) => {
    const user = (await session.execute(select(User).where(User.username.eq('alice')))).scalarOne();
    user.display_name = 'Alice Wonderland';

    await session.execute(
      update(Post).where(Post.status.eq(PostStatus.DRAFT)).values({ status: PostStatus.ARCHIVED }),
    );
  });
}

/** Demonstrate deletes with cascade: bob's posts, comments and their replies go with him. */
export async function deleteExample(SessionFactory: ReturnType<typeof sessionmaker>): Promise<void> {
  await SessionFactory.begin(async (session) => {
    const user = (await session.execute(select(User).where(User.username.eq('bob')))).scalarOneOrNone();
    if (user) session.delete(user);
  });
}

/** What the update left: alice's display name and every post's status. */
export async function printAfterUpdate(session: Session, print: Print): Promise<void> {
  print('=== After update ===');
  const alice = (await session.execute(select(User).where(User.username.eq('alice')))).scalarOne();
  print(`  alice display_name: ${alice.display_name}`);
  for (const post of (await session.execute(select(Post).orderBy(Post.slug))).scalars()) {
    print(`  ${post.slug}: ${post.status}`);
  }
}

/** What the delete left: users, posts, comments and association rows. */
export async function printAfterDelete(session: Session, print: Print): Promise<void> {
  print('=== After delete ===');
  const usernames = (await session.execute(select(User.username).orderBy(User.username))).scalars().all();
  print(`  users: ${usernames.join(', ')}`);
  const slugs = (await session.execute(select(Post.slug).orderBy(Post.slug))).scalars().all();
  print(`  posts: ${slugs.join(', ')}`);
  print(`  comments: ${await session.scalar(select(func.count()).selectFrom(Comment))}`);
  print(`  post_tags rows: ${await session.scalar(select(func.count()).selectFrom(post_tags))}`);
}

/** The whole program: tables, sample data, queries, update, delete, with the follow-up reports. */
export async function runBlog(engine: Engine, print: Print): Promise<void> {
  await createTables(engine);
  const SessionFactory = sessionmaker(engine);
  await createSampleData(SessionFactory);
  await queryExamples(SessionFactory, print);
  await updateExample(SessionFactory);
  {
    await using session = SessionFactory();
    await printAfterUpdate(session, print);
  }
  await deleteExample(SessionFactory);
  {
    await using session = SessionFactory();
    await printAfterDelete(session, print);
  }
}
