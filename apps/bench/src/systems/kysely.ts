// Kysely: the type-safe query builder, on a one-connection pg Pool (with pg-cursor for streaming),
// a one-connection mysql2 pool, or a better-sqlite3 database. No ORM: W4 uses Kysely's documented
// relation helper (jsonArrayFrom), W5 one UPDATE per changed row in a transaction, and W6 has no
// compiled-query cache, so both variants build and compile every time.
import Database from 'better-sqlite3';
import {
  type Generated,
  Kysely,
  MysqlDialect,
  ParseJSONResultsPlugin,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import { jsonArrayFrom as pgJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import { createPool } from 'mysql2';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, RowSink, System } from '../system';
import { sqlDateTime } from './sql-text';

interface UsersTable {
  id: Generated<number>;
  name: string;
  email: string;
  is_active: boolean | number;
  created_at: Date | string;
}

interface PostsTable {
  id: Generated<number>;
  user_id: number;
  title: string;
  body: string;
}

interface BenchDb {
  users: UsersTable;
  posts: PostsTable;
}

const STREAM_CHUNK = 1000;

class KyselySystem implements System {
  readonly id = 'kysely';
  readonly description =
    'Kysely query builder; W4 jsonArrayFrom (select-in on MariaDB); W5 per-row UPDATE in a transaction; no compiled cache';
  #db: Kysely<BenchDb> | undefined;

  constructor(private readonly kind: DbKind) {}

  get db(): Kysely<BenchDb> {
    if (!this.#db) throw new Error('kysely: not open');
    return this.#db;
  }

  async open(target: BenchTarget): Promise<void> {
    const connection = {
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
    };
    const dialect =
      this.kind === 'pg'
        ? new PostgresDialect({ pool: new pg.Pool({ ...connection, max: 1 }), cursor: Cursor })
        : this.kind === 'mysql'
          ? new MysqlDialect({ pool: createPool({ ...connection, connectionLimit: 1 }) })
          : new SqliteDialect({ database: new Database(target.file) });
    this.#db = new Kysely<BenchDb>({ dialect });
  }

  async close(): Promise<void> {
    await this.#db?.destroy();
    this.#db = undefined;
  }

  /** better-sqlite3 binds neither booleans nor Dates; the other drivers convert both. */
  #values(row: NewUser): {
    name: string;
    email: string;
    is_active: boolean | number;
    created_at: Date | string;
  } {
    if (this.kind !== 'sqlite') return { ...row };
    return { ...row, is_active: row.is_active ? 1 : 0, created_at: sqlDateTime(row.created_at) };
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) {
      const user = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      sum += user?.id ?? 0;
    }
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.db.selectFrom('users').selectAll().orderBy('id').limit(limit).execute()).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const results = await trx
        .insertInto('users')
        .values(rows.map((row) => this.#values(row)))
        .execute();
      return results.reduce((sum, r) => sum + Number(r.numInsertedOrUpdatedRows ?? 0), 0);
    });
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    if (this.kind === 'mysql') return this.#selectInPosts(ids);
    const jsonArrayFrom = this.kind === 'pg' ? pgJsonArrayFrom : sqliteJsonArrayFrom;
    const found = await this.db
      .withPlugin(new ParseJSONResultsPlugin())
      .selectFrom('users')
      .selectAll('users')
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('posts')
            .select(['posts.id', 'posts.user_id', 'posts.title', 'posts.body'])
            .whereRef('posts.user_id', '=', 'users.id')
            .orderBy('posts.id'),
        ).as('posts'),
      ])
      .where('users.id', 'in', [...ids])
      .orderBy('users.id')
      .execute();
    return found.reduce((sum, user) => sum + user.posts.length, 0);
  }

  /**
   * MariaDB rejects the `CAST(… AS JSON)` that Kysely's MySQL jsonArrayFrom emits, so there the
   * relation is loaded the other way Kysely's docs show: a second query for the children.
   */
  async #selectInPosts(ids: readonly number[]): Promise<number> {
    const found = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', 'in', [...ids])
      .orderBy('id')
      .execute();
    const byId = new Map(found.map((user) => [user.id, { user, posts: [] as unknown[] }]));
    const children = await this.db
      .selectFrom('posts')
      .selectAll()
      .where('user_id', 'in', [...byId.keys()])
      .orderBy('user_id')
      .orderBy('id')
      .execute();
    let attached = 0;
    for (const post of children) {
      const entry = byId.get(post.user_id);
      if (entry) {
        entry.posts.push(post);
        attached++;
      }
    }
    return attached;
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const loaded = await trx.selectFrom('users').selectAll().orderBy('id').limit(limit).execute();
      let changed = 0;
      for (const user of loaded) {
        const result = await trx
          .updateTable('users')
          .set({ name: `${namePrefix}${user.id}` })
          .where('id', '=', user.id)
          .executeTakeFirst();
        changed += Number(result.numUpdatedRows);
      }
      return changed;
    });
  }

  async joinQuery(windows: readonly JoinWindow[], _cached: boolean): Promise<number> {
    let rows = 0;
    for (const w of windows) {
      const result = await this.db
        .selectFrom('users as u')
        .innerJoin('posts as p', 'p.user_id', 'u.id')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('posts')
              .select(['user_id', sql<number>`count(*)`.as('post_count')])
              .groupBy('user_id')
              .as('c'),
          (join) => join.onRef('c.user_id', '=', 'u.id'),
        )
        .select(['u.id', 'u.name', 'p.title', 'c.post_count'])
        .where('u.id', '>', w.minId)
        .where('u.id', '<=', w.maxId)
        .orderBy('p.id')
        .execute();
      rows += result.length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.db.selectFrom('users').selectAll().orderBy('id').limit(limit).execute();
  }

  async streamUsers(sink: RowSink): Promise<number> {
    let count = 0;
    for await (const row of this.db.selectFrom('users').selectAll().orderBy('id').stream(STREAM_CHUNK)) {
      sink(row);
      count++;
    }
    return count;
  }
}

export function createKyselySystem(db: DbKind): System {
  return new KyselySystem(db);
}
