// Drizzle ORM: its SQL-like builder on a pg Client, a mysql2 connection or a better-sqlite3
// database, with one schema per dialect (Drizzle's tables are dialect-specific). W4 uses Drizzle's
// relational queries (`db.query.users.findMany({ with: { posts: true } })`; select-in by hand on MariaDB), W5 one UPDATE per
// changed row in a transaction (no change tracking), W6 cached is a prepared query with
// placeholders. Streaming (`iterator()`) exists only for mysql2.
import Database from 'better-sqlite3';
import { and, count, eq, gt, inArray, lte, relations, sql } from 'drizzle-orm';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { boolean, datetime, int, mysqlTable, text as mysqlText, varchar } from 'drizzle-orm/mysql-core';
import { drizzle as drizzleMysql } from 'drizzle-orm/mysql2';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import {
  integer,
  boolean as pgBoolean,
  pgTable,
  text as pgText,
  varchar as pgVarchar,
  serial,
  timestamp,
} from 'drizzle-orm/pg-core';
import { integer as sqliteInteger, sqliteTable, text as sqliteText } from 'drizzle-orm/sqlite-core';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, RowSink, System } from '../system';
import { sqlDateTime } from './sql-text';

const DESCRIPTION =
  'Drizzle ORM: select/insert/update builders, relational queries for W4, prepared placeholders for W6 cached';

const pgUsers = pgTable('users', {
  id: serial('id').primaryKey(),
  name: pgVarchar('name', { length: 100 }).notNull(),
  email: pgVarchar('email', { length: 200 }).notNull().unique(),
  is_active: pgBoolean('is_active').notNull(),
  created_at: timestamp('created_at').notNull(),
});
const pgPosts = pgTable('posts', {
  id: serial('id').primaryKey(),
  user_id: integer('user_id').notNull(),
  title: pgVarchar('title', { length: 200 }).notNull(),
  body: pgText('body').notNull(),
});
const pgSchema = {
  users: pgUsers,
  posts: pgPosts,
  usersRelations: relations(pgUsers, ({ many }) => ({ posts: many(pgPosts) })),
  postsRelations: relations(pgPosts, ({ one }) => ({
    author: one(pgUsers, { fields: [pgPosts.user_id], references: [pgUsers.id] }),
  })),
};

const myUsers = mysqlTable('users', {
  id: int('id').autoincrement().primaryKey(),
  name: varchar('name', { length: 100 }).notNull(),
  email: varchar('email', { length: 200 }).notNull().unique(),
  is_active: boolean('is_active').notNull(),
  created_at: datetime('created_at').notNull(),
});
const myPosts = mysqlTable('posts', {
  id: int('id').autoincrement().primaryKey(),
  user_id: int('user_id').notNull(),
  title: varchar('title', { length: 200 }).notNull(),
  body: mysqlText('body').notNull(),
});
const mySchema = { users: myUsers, posts: myPosts };

const liteUsers = sqliteTable('users', {
  id: sqliteInteger('id').primaryKey(),
  name: sqliteText('name').notNull(),
  email: sqliteText('email').notNull().unique(),
  is_active: sqliteInteger('is_active', { mode: 'boolean' }).notNull(),
  created_at: sqliteText('created_at').notNull(),
});
const litePosts = sqliteTable('posts', {
  id: sqliteInteger('id').primaryKey(),
  user_id: sqliteInteger('user_id').notNull(),
  title: sqliteText('title').notNull(),
  body: sqliteText('body').notNull(),
});
const liteSchema = {
  users: liteUsers,
  posts: litePosts,
  usersRelations: relations(liteUsers, ({ many }) => ({ posts: many(litePosts) })),
  postsRelations: relations(litePosts, ({ one }) => ({
    author: one(liteUsers, { fields: [litePosts.user_id], references: [liteUsers.id] }),
  })),
};

class DrizzlePg implements System {
  readonly id = 'drizzle';
  readonly description = DESCRIPTION;
  readonly unsupported = { streamUsers: 'Drizzle 0.45 streams (iterator()) only on mysql2' };
  #client: pg.Client | undefined;
  #db: ReturnType<typeof drizzlePg<typeof pgSchema, pg.Client>> | undefined;

  get db() {
    if (!this.#db) throw new Error('drizzle: not open');
    return this.#db;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#client = new pg.Client({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
    });
    await this.#client.connect();
    this.#db = drizzlePg({ client: this.#client, schema: pgSchema });
  }

  async close(): Promise<void> {
    await this.#client?.end();
    this.#client = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) sum += (await this.db.select().from(pgUsers).where(eq(pgUsers.id, id)))[0]?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.db.select().from(pgUsers).orderBy(pgUsers.id).limit(limit)).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.db.transaction(async (tx) => (await tx.insert(pgUsers).values([...rows])).rowCount ?? 0);
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.db.query.users.findMany({
      where: inArray(pgUsers.id, [...ids]),
      with: { posts: { orderBy: pgPosts.id } },
      orderBy: pgUsers.id,
    });
    return found.reduce((sum, user) => sum + user.posts.length, 0);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      const loaded = await tx.select().from(pgUsers).orderBy(pgUsers.id).limit(limit);
      let changed = 0;
      for (const user of loaded)
        changed +=
          (
            await tx
              .update(pgUsers)
              .set({ name: `${namePrefix}${user.id}` })
              .where(eq(pgUsers.id, user.id))
          ).rowCount ?? 0;
      return changed;
    });
  }

  #joinQuery(
    minId: number | ReturnType<typeof sql.placeholder>,
    maxId: number | ReturnType<typeof sql.placeholder>,
  ) {
    const c = this.db
      .select({ user_id: pgPosts.user_id, post_count: count().as('post_count') })
      .from(pgPosts)
      .groupBy(pgPosts.user_id)
      .as('c');
    return this.db
      .select({ id: pgUsers.id, name: pgUsers.name, title: pgPosts.title, post_count: c.post_count })
      .from(pgUsers)
      .innerJoin(pgPosts, eq(pgPosts.user_id, pgUsers.id))
      .innerJoin(c, eq(c.user_id, pgUsers.id))
      .where(and(gt(pgUsers.id, minId), lte(pgUsers.id, maxId)))
      .orderBy(pgPosts.id);
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    let rows = 0;
    const prepared = cached
      ? this.#joinQuery(sql.placeholder('min'), sql.placeholder('max')).prepare('w6')
      : undefined;
    for (const w of windows)
      rows += (
        prepared
          ? await prepared.execute({ min: w.minId, max: w.maxId })
          : await this.#joinQuery(w.minId, w.maxId)
      ).length;
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.db.select().from(pgUsers).orderBy(pgUsers.id).limit(limit);
  }
}

class DrizzleMysql implements System {
  readonly id = 'drizzle';
  readonly description = DESCRIPTION;
  #conn: mysql.Connection | undefined;
  #db: ReturnType<typeof drizzleMysql<typeof mySchema, mysql.Connection>> | undefined;

  get db() {
    if (!this.#db) throw new Error('drizzle: not open');
    return this.#db;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#conn = await mysql.createConnection({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
    });
    this.#db = drizzleMysql({ client: this.#conn, schema: mySchema, mode: 'default' });
  }

  async close(): Promise<void> {
    await this.#conn?.end();
    this.#conn = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) sum += (await this.db.select().from(myUsers).where(eq(myUsers.id, id)))[0]?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.db.select().from(myUsers).orderBy(myUsers.id).limit(limit)).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.db.transaction(async (tx) => (await tx.insert(myUsers).values([...rows]))[0].affectedRows);
  }

  /**
   * Drizzle's MySQL relational queries put a correlated reference inside a derived table, which
   * MariaDB rejects, so here the posts come from a second query (select-in by hand).
   */
  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.db
      .select()
      .from(myUsers)
      .where(inArray(myUsers.id, [...ids]))
      .orderBy(myUsers.id);
    const byId = new Map(found.map((user) => [user.id, [] as unknown[]]));
    const children = await this.db
      .select()
      .from(myPosts)
      .where(inArray(myPosts.user_id, [...byId.keys()]))
      .orderBy(myPosts.user_id, myPosts.id);
    let attached = 0;
    for (const post of children) {
      const list = byId.get(post.user_id);
      if (list) {
        list.push(post);
        attached++;
      }
    }
    return attached;
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      const loaded = await tx.select().from(myUsers).orderBy(myUsers.id).limit(limit);
      let changed = 0;
      for (const user of loaded)
        changed += (
          await tx
            .update(myUsers)
            .set({ name: `${namePrefix}${user.id}` })
            .where(eq(myUsers.id, user.id))
        )[0].affectedRows;
      return changed;
    });
  }

  #joinQuery(
    minId: number | ReturnType<typeof sql.placeholder>,
    maxId: number | ReturnType<typeof sql.placeholder>,
  ) {
    const c = this.db
      .select({ user_id: myPosts.user_id, post_count: count().as('post_count') })
      .from(myPosts)
      .groupBy(myPosts.user_id)
      .as('c');
    return this.db
      .select({ id: myUsers.id, name: myUsers.name, title: myPosts.title, post_count: c.post_count })
      .from(myUsers)
      .innerJoin(myPosts, eq(myPosts.user_id, myUsers.id))
      .innerJoin(c, eq(c.user_id, myUsers.id))
      .where(and(gt(myUsers.id, minId), lte(myUsers.id, maxId)))
      .orderBy(myPosts.id);
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    let rows = 0;
    const prepared = cached
      ? this.#joinQuery(sql.placeholder('min'), sql.placeholder('max')).prepare()
      : undefined;
    for (const w of windows)
      rows += (
        prepared
          ? await prepared.execute({ min: w.minId, max: w.maxId })
          : await this.#joinQuery(w.minId, w.maxId)
      ).length;
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.db.select().from(myUsers).orderBy(myUsers.id).limit(limit);
  }

  async streamUsers(sink: RowSink): Promise<number> {
    let counted = 0;
    for await (const row of this.db.select().from(myUsers).orderBy(myUsers.id).iterator()) {
      sink(row);
      counted++;
    }
    return counted;
  }
}

class DrizzleSqlite implements System {
  readonly id = 'drizzle';
  readonly description = DESCRIPTION;
  readonly unsupported = { streamUsers: 'Drizzle 0.45 streams (iterator()) only on mysql2' };
  #sqlite: Database.Database | undefined;
  #db: ReturnType<typeof drizzleSqlite<typeof liteSchema>> | undefined;

  get db() {
    if (!this.#db) throw new Error('drizzle: not open');
    return this.#db;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#sqlite = new Database(target.file);
    this.#db = drizzleSqlite({ client: this.#sqlite, schema: liteSchema });
  }

  async close(): Promise<void> {
    this.#sqlite?.close();
    this.#sqlite = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids)
      sum += (await this.db.select().from(liteUsers).where(eq(liteUsers.id, id)))[0]?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.db.select().from(liteUsers).orderBy(liteUsers.id).limit(limit)).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    // better-sqlite3 transactions are synchronous; Drizzle's sync transaction runs the statement inside.
    return this.db.transaction(
      (tx) =>
        tx
          .insert(liteUsers)
          .values(rows.map((row) => ({ ...row, created_at: sqlDateTime(row.created_at) })))
          .run().changes,
    );
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.db.query.users.findMany({
      where: inArray(liteUsers.id, [...ids]),
      with: { posts: { orderBy: litePosts.id } },
      orderBy: liteUsers.id,
    });
    return found.reduce((sum, user) => sum + user.posts.length, 0);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.db.transaction((tx) => {
      const loaded = tx.select().from(liteUsers).orderBy(liteUsers.id).limit(limit).all();
      let changed = 0;
      for (const user of loaded)
        changed += tx
          .update(liteUsers)
          .set({ name: `${namePrefix}${user.id}` })
          .where(eq(liteUsers.id, user.id))
          .run().changes;
      return changed;
    });
  }

  #joinQuery(
    minId: number | ReturnType<typeof sql.placeholder>,
    maxId: number | ReturnType<typeof sql.placeholder>,
  ) {
    const c = this.db
      .select({ user_id: litePosts.user_id, post_count: count().as('post_count') })
      .from(litePosts)
      .groupBy(litePosts.user_id)
      .as('c');
    return this.db
      .select({ id: liteUsers.id, name: liteUsers.name, title: litePosts.title, post_count: c.post_count })
      .from(liteUsers)
      .innerJoin(litePosts, eq(litePosts.user_id, liteUsers.id))
      .innerJoin(c, eq(c.user_id, liteUsers.id))
      .where(and(gt(liteUsers.id, minId), lte(liteUsers.id, maxId)))
      .orderBy(litePosts.id);
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    let rows = 0;
    const prepared = cached
      ? this.#joinQuery(sql.placeholder('min'), sql.placeholder('max')).prepare()
      : undefined;
    for (const w of windows)
      rows += (
        prepared ? prepared.all({ min: w.minId, max: w.maxId }) : this.#joinQuery(w.minId, w.maxId).all()
      ).length;
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.db.select().from(liteUsers).orderBy(liteUsers.id).limit(limit);
  }
}

export function createDrizzleSystem(db: DbKind): System {
  switch (db) {
    case 'pg':
      return new DrizzlePg();
    case 'mysql':
      return new DrizzleMysql();
    case 'sqlite':
      return new DrizzleSqlite();
  }
}
