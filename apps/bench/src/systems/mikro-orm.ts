// MikroORM 6 (the newest major that runs on Node 20; 7 needs Node 22): entities defined with
// EntitySchema, one forked EntityManager (fresh identity map) per unit of work. W3 persists and
// flushes (batched INSERTs), W4 populates posts with the select-in strategy, W5 changes tracked
// entities and flushes (batched UPDATE), W6 uses the Knex builder MikroORM exposes, since its own
// QueryBuilder joins sub-queries only in place of a relation; MikroORM has no compiled cache.
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Collection, EntitySchema, MikroORM, type Options } from '@mikro-orm/core';
import { type EntityManager, MySqlDriver } from '@mikro-orm/mysql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, System } from '../system';

class User {
  id!: number;
  name!: string;
  email!: string;
  is_active!: boolean;
  created_at!: Date;
  posts = new Collection<Post>(this);
}

class Post {
  id!: number;
  user!: User;
  title!: string;
  body!: string;
}

const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'users',
  properties: {
    id: { type: 'number', primary: true },
    name: { type: 'string', length: 100 },
    email: { type: 'string', length: 200, unique: true },
    is_active: { type: 'boolean' },
    created_at: { type: 'Date' },
    posts: { kind: '1:m', entity: () => Post, mappedBy: 'user' },
  },
});

const PostSchema = new EntitySchema<Post>({
  class: Post,
  tableName: 'posts',
  properties: {
    id: { type: 'number', primary: true },
    user: { kind: 'm:1', entity: () => User, fieldName: 'user_id' },
    title: { type: 'string', length: 200 },
    body: { type: 'text' },
  },
});

class MikroOrmSystem implements System {
  readonly id = 'mikro-orm';
  readonly description =
    'MikroORM 6: EntityManager fork per unit of work, persist+flush, populate select-in, change-tracked flush';
  readonly unsupported = {
    streamUsers: 'MikroORM 6 has no streaming API (em.stream() arrived in 7, which needs Node 22)',
  };
  #orm: MikroORM | undefined;

  constructor(private readonly kind: DbKind) {}

  get em(): EntityManager {
    if (!this.#orm) throw new Error('mikro-orm: not open');
    return this.#orm.em.fork() as EntityManager;
  }

  async open(target: BenchTarget): Promise<void> {
    const common: Options = {
      entities: [UserSchema, PostSchema],
      metadataCache: { enabled: false },
      discovery: { disableDynamicFileAccess: true },
      debug: false,
      pool: { min: 1, max: 1 },
    };
    const server = {
      dbName: target.database,
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
    };
    this.#orm =
      this.kind === 'pg'
        ? await MikroORM.init({ ...common, ...server, driver: PostgreSqlDriver })
        : this.kind === 'mysql'
          ? await MikroORM.init({ ...common, ...server, driver: MySqlDriver })
          : await MikroORM.init({ ...common, dbName: target.file, driver: BetterSqliteDriver });
  }

  async close(): Promise<void> {
    await this.#orm?.close(true);
    this.#orm = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    // A fresh EntityManager per lookup, so each one reaches the database instead of the identity map.
    for (const id of ids) sum += (await this.em.findOne(User, id))?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.em.find(User, {}, { orderBy: { id: 'asc' }, limit })).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    const em = this.em;
    const created = rows.map((row) => em.create(User, { ...row }));
    await em.flush();
    return created.filter((user) => user.id !== undefined).length;
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.em.find(
      User,
      { id: { $in: [...ids] } },
      { populate: ['posts'], strategy: 'select-in', orderBy: { id: 'asc', posts: { id: 'asc' } } },
    );
    return found.reduce((sum, user) => sum + user.posts.length, 0);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    const em = this.em;
    const loaded = await em.find(User, {}, { orderBy: { id: 'asc' }, limit });
    for (const user of loaded) user.name = `${namePrefix}${user.id}`;
    await em.flush();
    return loaded.length;
  }

  async joinQuery(windows: readonly JoinWindow[], _cached: boolean): Promise<number> {
    const em = this.em;
    const knex = em.getKnex();
    let rows = 0;
    for (const w of windows) {
      const counts = knex('posts').select('user_id').count('* as post_count').groupBy('user_id').as('c');
      const query = knex('users as u')
        .join('posts as p', 'p.user_id', 'u.id')
        .join(counts, 'c.user_id', 'u.id')
        .select('u.id', 'u.name', 'p.title', 'c.post_count')
        .where('u.id', '>', w.minId)
        .andWhere('u.id', '<=', w.maxId)
        .orderBy('p.id');
      rows += (await em.getConnection().execute(query)).length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.em.find(User, {}, { orderBy: { id: 'asc' }, limit });
  }
}

export function createMikroOrmSystem(db: DbKind): System {
  return new MikroOrmSystem(db);
}
