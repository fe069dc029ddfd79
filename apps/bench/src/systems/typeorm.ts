// TypeORM 1: entities as EntitySchema (no decorators), a DataSource with a one-connection pool.
// W3 saves new entities in one transaction (save() batches the INSERTs), W4 loads the posts
// relation with relationLoadStrategy 'query' (a separate query, TypeORM's select-in), W5 changes
// loaded entities and save()s them (TypeORM diffs each entity against what it reloads), W6 is a
// QueryBuilder with a sub-query join; TypeORM has no compiled-query cache.
import { DataSource, type DataSourceOptions, EntitySchema, In } from 'typeorm';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, System } from '../system';

interface User {
  id: number;
  name: string;
  email: string;
  is_active: boolean;
  created_at: Date;
  posts?: Post[];
}

interface Post {
  id: number;
  user_id: number;
  title: string;
  body: string;
  user?: User;
}

const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  columns: {
    id: { type: Number, primary: true, generated: 'increment' },
    name: { type: String, length: 100 },
    email: { type: String, length: 200, unique: true },
    is_active: { type: Boolean },
    created_at: { type: Date },
  },
  relations: { posts: { type: 'one-to-many', target: 'Post', inverseSide: 'user' } },
});

const PostEntity = new EntitySchema<Post>({
  name: 'Post',
  tableName: 'posts',
  columns: {
    id: { type: Number, primary: true, generated: 'increment' },
    user_id: { type: Number },
    title: { type: String, length: 200 },
    body: { type: 'text' },
  },
  relations: {
    user: { type: 'many-to-one', target: 'User', joinColumn: { name: 'user_id' }, inverseSide: 'posts' },
  },
});

class TypeOrmSystem implements System {
  readonly id = 'typeorm';
  readonly description =
    'TypeORM 1: Repository find/save, relations with relationLoadStrategy query, QueryBuilder';
  readonly unsupported = {
    streamUsers:
      'TypeORM streams only raw rows and needs the extra pg-query-stream package on PostgreSQL; not measured',
  };
  #source: DataSource | undefined;

  constructor(private readonly kind: DbKind) {}

  get source(): DataSource {
    if (!this.#source) throw new Error('typeorm: not open');
    return this.#source;
  }

  async open(target: BenchTarget): Promise<void> {
    const common = { entities: [UserEntity, PostEntity], synchronize: false, logging: false };
    const server = {
      host: target.host,
      port: target.port,
      username: target.user,
      password: target.password,
      database: target.database,
      poolSize: 1,
    };
    const options: DataSourceOptions =
      this.kind === 'pg'
        ? { ...common, ...server, type: 'postgres' }
        : this.kind === 'mysql'
          ? { ...common, ...server, type: 'mariadb' }
          : { ...common, type: 'better-sqlite3', database: target.file };
    this.#source = await new DataSource(options).initialize();
  }

  async close(): Promise<void> {
    await this.#source?.destroy();
    this.#source = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    const users = this.source.getRepository(UserEntity);
    let sum = 0;
    for (const id of ids) sum += (await users.findOneBy({ id }))?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.source.getRepository(UserEntity).find({ order: { id: 'ASC' }, take: limit })).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.source.transaction(async (manager) => {
      const repository = manager.getRepository(UserEntity);
      const saved = await repository.save(rows.map((row) => repository.create({ ...row })));
      return saved.filter((user) => user.id !== undefined).length;
    });
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.source.getRepository(UserEntity).find({
      where: { id: In([...ids]) },
      relations: { posts: true },
      relationLoadStrategy: 'query',
      order: { id: 'ASC', posts: { id: 'ASC' } },
    });
    return found.reduce((sum, user) => sum + (user.posts?.length ?? 0), 0);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.source.transaction(async (manager) => {
      const repository = manager.getRepository(UserEntity);
      const loaded = await repository.find({ order: { id: 'ASC' }, take: limit });
      for (const user of loaded) user.name = `${namePrefix}${user.id}`;
      await repository.save(loaded);
      return loaded.length;
    });
  }

  async joinQuery(windows: readonly JoinWindow[], _cached: boolean): Promise<number> {
    let rows = 0;
    for (const w of windows) {
      const result = await this.source
        .createQueryBuilder()
        .select(['u.id AS id', 'u.name AS name', 'p.title AS title', 'c.post_count AS post_count'])
        .from(UserEntity, 'u')
        .innerJoin('posts', 'p', 'p.user_id = u.id')
        .innerJoin(
          (sub) =>
            sub
              .select('s.user_id', 'user_id')
              .addSelect('COUNT(*)', 'post_count')
              .from('posts', 's')
              .groupBy('s.user_id'),
          'c',
          'c.user_id = u.id',
        )
        .where('u.id > :min AND u.id <= :max', { min: w.minId, max: w.maxId })
        .orderBy('p.id')
        .getRawMany();
      rows += result.length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.source.getRepository(UserEntity).find({ order: { id: 'ASC' }, take: limit });
  }
}

export function createTypeOrmSystem(db: DbKind): System {
  return new TypeOrmSystem(db);
}
