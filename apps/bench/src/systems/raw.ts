// The baseline: each raw driver used well. pg with named (server-prepared) parameterised
// statements and a multi-row INSERT for bulk; mysql2 with prepared statements (`execute`);
// better-sqlite3 with statements prepared once. Eager loading is select-in by hand, W5 is one
// batched UPDATE. Every ratio in the report divides by these timings.

import type { Statement } from 'better-sqlite3';
import Database from 'better-sqlite3';
import { type Connection as CallbackConnection, createConnection } from 'mysql2';
import type mysql from 'mysql2/promise';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, RowSink, System } from '../system';
import {
  joinedUpdateSql,
  joinQuerySql,
  multiRowInsertSql,
  questionMarks,
  sqlDateTime,
  USER_COLUMNS,
} from './sql-text';

const STREAM_BATCH = 1000;

interface UserRow {
  id: number;
  name: string;
}

interface PostRow {
  user_id: number;
}

/** Groups posts under their users by hand: what select-in eager loading does. */
function attachPosts(users: UserRow[], posts: PostRow[]): number {
  const byId = new Map<number, { user: UserRow; posts: PostRow[] }>();
  for (const user of users) byId.set(user.id, { user, posts: [] });
  let attached = 0;
  for (const post of posts) {
    const entry = byId.get(post.user_id);
    if (entry) {
      entry.posts.push(post);
      attached++;
    }
  }
  return attached;
}

class RawPg implements System {
  readonly id = 'raw';
  readonly description =
    'pg 8 Client: named prepared statements, multi-row INSERT, unnest() batched UPDATE, pg-cursor streaming';
  #client: pg.Client | undefined;
  #target: BenchTarget | undefined;

  get client(): pg.Client {
    if (!this.#client) throw new Error('raw pg: not open');
    return this.#client;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#target = target;
    this.#client = new pg.Client({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
    });
    await this.#client.connect();
  }

  async close(): Promise<void> {
    await this.#client?.end();
    this.#client = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) {
      const result = await this.client.query<UserRow>({
        name: 'w1',
        text: `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`,
        values: [id],
      });
      sum += result.rows[0]?.id ?? 0;
    }
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    const result = await this.client.query({
      name: 'w2',
      text: `SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT $1`,
      values: [limit],
    });
    return result.rows.length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    const values: unknown[] = [];
    for (const row of rows) values.push(row.name, row.email, row.is_active, row.created_at);
    await this.client.query('BEGIN');
    try {
      const result = await this.client.query({
        name: `w3_${rows.length}`,
        text: multiRowInsertSql('pg', rows.length),
        values,
      });
      await this.client.query('COMMIT');
      return result.rowCount ?? 0;
    } catch (error) {
      await this.client.query('ROLLBACK');
      throw error;
    }
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const users = await this.client.query<UserRow>({
      name: 'w4u',
      text: `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1) ORDER BY id`,
      values: [ids],
    });
    const posts = await this.client.query<PostRow>({
      name: 'w4p',
      text: 'SELECT id, user_id, title, body FROM posts WHERE user_id = ANY($1) ORDER BY user_id, id',
      values: [users.rows.map((u) => u.id)],
    });
    return attachPosts(users.rows, posts.rows);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    await this.client.query('BEGIN');
    try {
      const { rows } = await this.client.query<UserRow>({
        name: 'w2',
        text: `SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT $1`,
        values: [limit],
      });
      for (const row of rows) row.name = `${namePrefix}${row.id}`;
      const result = await this.client.query({
        name: 'w5',
        text: 'UPDATE users SET name = v.name FROM (SELECT unnest($1::int[]) AS id, unnest($2::text[]) AS name) AS v WHERE users.id = v.id',
        values: [rows.map((r) => r.id), rows.map((r) => r.name)],
      });
      await this.client.query('COMMIT');
      return result.rowCount ?? 0;
    } catch (error) {
      await this.client.query('ROLLBACK');
      throw error;
    }
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    let rows = 0;
    for (const w of windows) {
      // Uncached: the text is built and the server parses and plans it on every call.
      const result = cached
        ? await this.client.query({ name: 'w6', text: joinQuerySql('pg'), values: [w.minId, w.maxId] })
        : await this.client.query(joinQuerySql('pg'), [w.minId, w.maxId]);
      rows += result.rows.length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return (await this.client.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT $1`, [limit])).rows;
  }

  async streamUsers(sink: RowSink): Promise<number> {
    if (!this.#target) throw new Error('raw pg: not open');
    const cursor = this.client.query(new Cursor(`SELECT ${USER_COLUMNS} FROM users ORDER BY id`));
    let count = 0;
    try {
      for (;;) {
        const batch = await cursor.read(STREAM_BATCH);
        if (batch.length === 0) break;
        for (const row of batch) sink(row);
        count += batch.length;
      }
    } finally {
      await cursor.close();
    }
    return count;
  }
}

class RawMysql implements System {
  readonly id = 'raw';
  readonly description =
    'mysql2 3 connection: prepared statements (execute), multi-row INSERT, joined batched UPDATE, unbuffered query stream';
  #conn: mysql.Connection | undefined;
  /** The callback API under the promise wrapper: its query stream reads rows as they arrive. */
  #core: CallbackConnection | undefined;

  get conn(): mysql.Connection {
    if (!this.#conn) throw new Error('raw mysql: not open');
    return this.#conn;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#core = createConnection({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
    });
    this.#conn = this.#core.promise();
    await this.#conn.ping();
  }

  async close(): Promise<void> {
    await this.#conn?.end();
    this.#conn = undefined;
    this.#core = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) {
      const [rows] = await this.conn.execute<mysql.RowDataPacket[]>(
        `SELECT ${USER_COLUMNS} FROM users WHERE id = ?`,
        [id],
      );
      sum += (rows[0] as UserRow | undefined)?.id ?? 0;
    }
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    const [rows] = await this.conn.execute<mysql.RowDataPacket[]>(
      `SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`,
      [String(limit)],
    );
    return rows.length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    const values: (string | number | Date)[] = [];
    for (const row of rows) values.push(row.name, row.email, row.is_active ? 1 : 0, row.created_at);
    await this.conn.beginTransaction();
    try {
      const [result] = await this.conn.execute<mysql.ResultSetHeader>(
        multiRowInsertSql('mysql', rows.length),
        values,
      );
      await this.conn.commit();
      return result.affectedRows;
    } catch (error) {
      await this.conn.rollback();
      throw error;
    }
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const [users] = await this.conn.execute<mysql.RowDataPacket[]>(
      `SELECT ${USER_COLUMNS} FROM users WHERE id IN (${questionMarks(ids.length)}) ORDER BY id`,
      [...ids],
    );
    const userIds = users.map((u) => (u as UserRow).id);
    const [posts] = await this.conn.execute<mysql.RowDataPacket[]>(
      `SELECT id, user_id, title, body FROM posts WHERE user_id IN (${questionMarks(userIds.length)}) ORDER BY user_id, id`,
      userIds,
    );
    return attachPosts(users as UserRow[], posts as PostRow[]);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    await this.conn.beginTransaction();
    try {
      const [loaded] = await this.conn.execute<mysql.RowDataPacket[]>(
        `SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`,
        [String(limit)],
      );
      const rows = loaded as UserRow[];
      for (const row of rows) row.name = `${namePrefix}${row.id}`;
      const params: (string | number)[] = [];
      for (const row of rows) params.push(row.id, row.name);
      const [result] = await this.conn.execute<mysql.ResultSetHeader>(
        joinedUpdateSql('mysql', rows.length),
        params,
      );
      await this.conn.commit();
      return result.affectedRows;
    } catch (error) {
      await this.conn.rollback();
      throw error;
    }
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    let rows = 0;
    for (const w of windows) {
      // Uncached: the text protocol, the statement interpolated client-side and parsed by the server each time.
      const [result] = cached
        ? await this.conn.execute<mysql.RowDataPacket[]>(joinQuerySql('mysql'), [w.minId, w.maxId])
        : await this.conn.query<mysql.RowDataPacket[]>(joinQuerySql('mysql'), [w.minId, w.maxId]);
      rows += result.length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    const [rows] = await this.conn.execute<mysql.RowDataPacket[]>(
      `SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`,
      [String(limit)],
    );
    return rows;
  }

  async streamUsers(sink: RowSink): Promise<number> {
    if (!this.#core) throw new Error('raw mysql: not open');
    const stream = this.#core.query(`SELECT ${USER_COLUMNS} FROM users ORDER BY id`).stream();
    let count = 0;
    for await (const row of stream) {
      sink(row);
      count++;
    }
    return count;
  }
}

class RawSqlite implements System {
  readonly id = 'raw';
  readonly description =
    'better-sqlite3 12: statements prepared once, a prepared INSERT run per row inside one transaction, joined batched UPDATE, iterate()';
  #db: Database.Database | undefined;
  readonly #statements = new Map<string, Statement>();

  get db(): Database.Database {
    if (!this.#db) throw new Error('raw sqlite: not open');
    return this.#db;
  }

  /** Prepares each SQL text once per connection. */
  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async open(target: BenchTarget): Promise<void> {
    this.#db = new Database(target.file);
  }

  async close(): Promise<void> {
    this.#statements.clear();
    this.#db?.close();
    this.#db = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    const statement = this.#prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
    let sum = 0;
    for (const id of ids) sum += (statement.get(id) as UserRow | undefined)?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return this.#prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`).all(limit).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    // SQLite has no network round trip: one prepared single-row INSERT per row in a transaction is its fastest bulk path.
    const statement = this.#prepare(
      'INSERT INTO users (name, email, is_active, created_at) VALUES (?, ?, ?, ?)',
    );
    const insertAll = this.db.transaction((batch: readonly NewUser[]) => {
      let inserted = 0;
      for (const row of batch)
        inserted += statement.run(
          row.name,
          row.email,
          row.is_active ? 1 : 0,
          sqlDateTime(row.created_at),
        ).changes;
      return inserted;
    });
    return insertAll(rows);
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const users = this.#prepare(
      `SELECT ${USER_COLUMNS} FROM users WHERE id IN (${questionMarks(ids.length)}) ORDER BY id`,
    ).all(...ids) as UserRow[];
    const userIds = users.map((u) => u.id);
    const posts = this.#prepare(
      `SELECT id, user_id, title, body FROM posts WHERE user_id IN (${questionMarks(userIds.length)}) ORDER BY user_id, id`,
    ).all(...userIds) as PostRow[];
    return attachPosts(users, posts);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    const run = this.db.transaction(() => {
      const rows = this.#prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`).all(
        limit,
      ) as UserRow[];
      for (const row of rows) row.name = `${namePrefix}${row.id}`;
      const params: (string | number)[] = [];
      for (const row of rows) params.push(row.id, row.name);
      return this.#prepare(joinedUpdateSql('sqlite', rows.length)).run(...params).changes;
    });
    return run();
  }

  async joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number> {
    const sql = joinQuerySql('sqlite');
    let rows = 0;
    for (const w of windows) {
      const statement = cached ? this.#prepare(sql) : this.db.prepare(sql);
      rows += statement.all(w.minId, w.maxId).length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.#prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id LIMIT ?`).all(limit);
  }

  async streamUsers(sink: RowSink): Promise<number> {
    let count = 0;
    for (const row of this.db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY id`).iterate()) {
      sink(row);
      count++;
    }
    return count;
  }
}

export function createRawSystem(db: DbKind): System {
  switch (db) {
    case 'pg':
      return new RawPg();
    case 'mysql':
      return new RawMysql();
    case 'sqlite':
      return new RawSqlite();
  }
}
