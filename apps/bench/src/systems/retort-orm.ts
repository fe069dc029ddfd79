// Retort ORM: declarative models and a Session on a Retort Engine. W1 opens a Session per lookup
// (a fresh identity map, as SQLAlchemy's own performance suite does), W2 session.scalars(),
// W3 addAll + flush (batched INSERT with RETURNING), W4 selectinload(User.posts), W5 changes tracked objects and flushes,
// W6 runs the Core statement through session.execute (with and without the compiled cache),
// W7 session.scalars() and session.stream().
import {
  createEngine,
  DateTime,
  type Engine,
  ForeignKey,
  func,
  Integer,
  Boolean as SqlBoolean,
  String,
  select,
  Text,
} from '@retort/core';
import '@retort/mysql';
import { DeclarativeBase, mappedColumn, Session } from '@retort/orm';
import { relationship, selectinload } from '@retort/relationships';
import '@retort/pg';
import '@retort/sqlite';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, RowSink, System } from '../system';

class Base extends DeclarativeBase {}

/** `name` cannot be a class attribute in JavaScript, so the column is mapped as `name_` (ROSETTA §5). */
class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(100)),
  email: mappedColumn(String(200), { unique: true }),
  is_active: mappedColumn(SqlBoolean),
  created_at: mappedColumn(DateTime),
  posts: relationship.many(() => Post, { backPopulates: 'author' }),
}) {}

class Post extends Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  title: mappedColumn(String(200)),
  body: mappedColumn(Text),
  author: relationship.one(() => User, { backPopulates: 'posts' }),
}) {}

function joinStatement(window: JoinWindow) {
  const counts = select(Post.user_id, func.count().label('post_count')).groupBy(Post.user_id).subquery('c');
  return select(User.id, User.name_, Post.title, counts.c.post_count)
    .join(Post, Post.user_id.eq(User.id))
    .join(counts, counts.c.user_id.eq(User.id))
    .where(User.id.gt(window.minId), User.id.le(window.maxId))
    .orderBy(Post.id);
}

class RetortOrm implements System {
  readonly id = 'retort-orm';
  readonly description =
    'Retort ORM: Session.get/scalars, addAll + flush, change-tracked flush, session.stream()';
  #engine: Engine | undefined;
  /** The Session whose identity map tracks what W7's loadManyUsers() returned, open until the next load or close(). */
  #holding: Session | undefined;

  get engine(): Engine {
    if (!this.#engine) throw new Error('retort-orm: not open');
    return this.#engine;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#engine = createEngine(target.url, { poolSize: 1 });
  }

  async close(): Promise<void> {
    await this.#holding?.close();
    this.#holding = undefined;
    await this.#engine?.dispose();
    this.#engine = undefined;
  }

  async #withSession<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const session = new Session(this.engine);
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) sum += (await this.#withSession((session) => session.get(User, id)))?.id ?? 0;
    return sum;
  }

  selectUsers(limit: number): Promise<number> {
    return this.#withSession(
      async (session) => (await session.scalars(select(User).orderBy(User.id).limit(limit))).all().length,
    );
  }

  insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.#withSession(async (session) => {
      const users = rows.map(
        (row) =>
          new User({
            name_: row.name,
            email: row.email,
            is_active: row.is_active,
            created_at: row.created_at,
          }),
      );
      session.addAll(users);
      await session.flush();
      await session.commit();
      return users.filter((user) => typeof user.id === 'number').length;
    });
  }

  loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    return this.#withSession(async (session) => {
      const users = (
        await session.scalars(
          select(User)
            .where(User.id.in([...ids]))
            .orderBy(User.id)
            .options(selectinload(User.posts)),
        )
      ).all() as User[];
      return users.reduce((sum, user) => sum + user.posts.length, 0);
    });
  }

  updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.#withSession(async (session) => {
      const loaded = (await session.scalars(select(User).orderBy(User.id).limit(limit))).all() as User[];
      for (const user of loaded) user.name_ = `${namePrefix}${user.id}`;
      await session.flush();
      await session.commit();
      return loaded.length;
    });
  }

  joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    return this.#withSession(async (session) => {
      let rows = 0;
      for (const window of windows) {
        const result = cached
          ? await session.execute(joinStatement(window))
          : await session.execute(joinStatement(window), undefined, {
              executionOptions: { compiledCache: null },
            });
        rows += result.all().length;
      }
      return rows;
    });
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    // The objects stay tracked: their Session stays open while the caller holds them.
    await this.#holding?.close();
    this.#holding = new Session(this.engine);
    return (await this.#holding.scalars(select(User).orderBy(User.id).limit(limit))).all();
  }

  streamUsers(sink: RowSink): Promise<number> {
    return this.#withSession(async (session) => {
      let count = 0;
      for await (const user of (await session.stream(select(User).orderBy(User.id))).scalars()) {
        sink(user);
        count++;
      }
      return count;
    });
  }
}

export function createRetortOrmSystem(_db: DbKind): System {
  return new RetortOrm();
}
