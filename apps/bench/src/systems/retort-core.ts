// Retort Core: Table objects, select/insert/update constructs executed on an Engine's Connection.
// W3 is an executemany of one INSERT (insertmanyvalues batches it into multi-row INSERTs), W4 is
// select-in by hand (Core has no relationships), W5 an executemany UPDATE with bind parameters,
// W6 runs with the compiled cache and with `compiledCache: null`.
import {
  Boolean,
  bindparam,
  Column,
  type Connection,
  createEngine,
  DateTime,
  type Engine,
  ForeignKey,
  func,
  Integer,
  insert,
  MetaData,
  String,
  select,
  Table,
  Text,
  update,
} from '@retort/core';
import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, RowSink, System } from '../system';

const metadata = new MetaData();
const users = Table(
  'users',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(100), { nullable: false }),
  Column('email', String(200), { nullable: false, unique: true }),
  Column('is_active', Boolean, { nullable: false }),
  Column('created_at', DateTime, { nullable: false }),
);
const posts = Table(
  'posts',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('user_id', Integer, ForeignKey('users.id'), { nullable: false }),
  Column('title', String(200), { nullable: false }),
  Column('body', Text, { nullable: false }),
);

/** W6, built anew on every call: the statement's structure is the same, so its cache key is too. */
function joinStatement(window: JoinWindow) {
  const counts = select(posts.c.user_id, func.count().label('post_count'))
    .groupBy(posts.c.user_id)
    .subquery('c');
  return select(users.c.id, users.c.name, posts.c.title, counts.c.post_count)
    .join(posts, posts.c.user_id.eq(users.c.id))
    .join(counts, counts.c.user_id.eq(users.c.id))
    .where(users.c.id.gt(window.minId), users.c.id.le(window.maxId))
    .orderBy(posts.c.id);
}

class RetortCore implements System {
  readonly id = 'retort-core';
  readonly description =
    'Retort Core: Table + select()/insert()/update() on Engine.connect(); executemany; compiled cache';
  #engine: Engine | undefined;

  get engine(): Engine {
    if (!this.#engine) throw new Error('retort-core: not open');
    return this.#engine;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#engine = createEngine(target.url, { poolSize: 1 });
  }

  async close(): Promise<void> {
    await this.#engine?.dispose();
    this.#engine = undefined;
  }

  async #withConnection<T>(work: (conn: Connection) => Promise<T>): Promise<T> {
    const conn = await this.engine.connect();
    try {
      return await work(conn);
    } finally {
      await conn.close();
    }
  }

  getUsersByPk(ids: readonly number[]): Promise<number> {
    return this.#withConnection(async (conn) => {
      let sum = 0;
      for (const id of ids) {
        const row = (await conn.execute(select(users).where(users.c.id.eq(id)))).first();
        sum += row?.id ?? 0;
      }
      return sum;
    });
  }

  selectUsers(limit: number): Promise<number> {
    return this.#withConnection(async (conn) => {
      return (await conn.execute(select(users).orderBy(users.c.id).limit(limit))).all().length;
    });
  }

  insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.#withConnection(async (conn) => {
      const result = await conn.execute(
        insert(users),
        rows.map((row) => ({ ...row })),
      );
      await conn.commit();
      return result.rowcount;
    });
  }

  loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    return this.#withConnection(async (conn) => {
      const found = (
        await conn.execute(
          select(users)
            .where(users.c.id.in([...ids]))
            .orderBy(users.c.id),
        )
      ).all();
      const byId = new Map<number, unknown[]>(found.map((u) => [u.id, []]));
      const children = (
        await conn.execute(
          select(posts)
            .where(posts.c.user_id.in([...byId.keys()]))
            .orderBy(posts.c.user_id, posts.c.id),
        )
      ).all();
      let attached = 0;
      for (const post of children) {
        const list = byId.get(post.user_id);
        if (list) {
          list.push(post);
          attached++;
        }
      }
      return attached;
    });
  }

  updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.#withConnection(async (conn) => {
      const loaded = (
        await conn.execute(select(users.c.id, users.c.name).orderBy(users.c.id).limit(limit))
      ).all();
      const changes = loaded.map((row) => ({ b_id: row.id, b_name: `${namePrefix}${row.id}` }));
      const result = await conn.execute(
        update(users)
          .where(users.c.id.eq(bindparam('b_id')))
          .values({ name: bindparam('b_name') }),
        changes,
      );
      await conn.commit();
      return result.rowcount;
    });
  }

  joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    return this.#withConnection(async (conn) => {
      let rows = 0;
      for (const window of windows) {
        const result = cached
          ? await conn.execute(joinStatement(window))
          : await conn.execute(joinStatement(window), undefined, { compiledCache: null });
        rows += result.all().length;
      }
      return rows;
    });
  }

  loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.#withConnection(async (conn) =>
      (await conn.execute(select(users).orderBy(users.c.id).limit(limit))).all(),
    );
  }

  streamUsers(sink: RowSink): Promise<number> {
    return this.#withConnection(async (conn) => {
      let count = 0;
      for await (const row of await conn.stream(select(users).orderBy(users.c.id))) {
        sink(row);
        count++;
      }
      return count;
    });
  }
}

export function createRetortCoreSystem(_db: DbKind): System {
  return new RetortCore();
}
