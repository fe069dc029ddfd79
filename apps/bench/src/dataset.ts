// The bench schema (users, posts) in each database's DDL, the seed data generated on the server,
// and the rows W3 inserts. Shared by every system and by the fixture that resets data between workloads.
import type { DbKind } from './system';

/** The seed: users 1..BASE_USERS; users 1..POSTS_AUTHORS have POSTS_PER_AUTHOR posts each. */
export const BASE_USERS = 1000;
export const POSTS_AUTHORS = 100;
export const POSTS_PER_AUTHOR = 10;

export interface NewUser {
  readonly name: string;
  readonly email: string;
  readonly is_active: boolean;
  readonly created_at: Date;
}

/** The user a plain object stands for in every system (the seed's values, read back). */
export interface UserShape {
  id: number;
  name: string;
  email: string;
  is_active: boolean;
  created_at: Date;
}

export interface PostShape {
  id: number;
  user_id: number;
  title: string;
  body: string;
}

const CREATED_AT = Date.UTC(2024, 0, 1);

/** `count` new users with emails unique to `tag` (W3 inserts a fresh set each iteration). */
export function newUsers(count: number, tag: string): NewUser[] {
  const rows: NewUser[] = [];
  for (let i = 0; i < count; i++) {
    rows.push({
      name: `new user ${i}`,
      email: `${tag}-${i}@example.com`,
      is_active: i % 3 !== 0,
      created_at: new Date(CREATED_AT + i * 1000),
    });
  }
  return rows;
}

/** CREATE TABLE statements, in order. The same logical schema everywhere; each peer maps onto it. */
export function schemaDdl(db: DbKind): string[] {
  switch (db) {
    case 'pg':
      return [
        'CREATE TABLE users (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL UNIQUE, is_active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL)',
        'CREATE TABLE posts (id SERIAL PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), title VARCHAR(200) NOT NULL, body TEXT NOT NULL)',
        'CREATE INDEX ix_posts_user_id ON posts (user_id)',
      ];
    case 'mysql':
      return [
        'CREATE TABLE users (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL UNIQUE, is_active BOOL NOT NULL, created_at DATETIME NOT NULL) ENGINE=InnoDB',
        'CREATE TABLE posts (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INTEGER NOT NULL, title VARCHAR(200) NOT NULL, body TEXT NOT NULL, INDEX ix_posts_user_id (user_id), FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB',
      ];
    case 'sqlite':
      return [
        'CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200) NOT NULL UNIQUE, is_active BOOLEAN NOT NULL, created_at DATETIME NOT NULL)',
        'CREATE TABLE posts (id INTEGER NOT NULL PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), title VARCHAR(200) NOT NULL, body TEXT NOT NULL)',
        'CREATE INDEX ix_posts_user_id ON posts (user_id)',
      ];
  }
}

/**
 * Statements that replace all data with `users` users and the posts of the first POSTS_AUTHORS,
 * generated on the server (1M rows for W7 would take minutes as client-side INSERTs).
 */
export function seedSql(db: DbKind, users: number): string[] {
  const authors = Math.min(POSTS_AUTHORS, users);
  const body = 'A post body long enough to look like text: lorem ipsum dolor sit amet.';
  switch (db) {
    case 'pg':
      return [
        'TRUNCATE posts, users RESTART IDENTITY',
        `INSERT INTO users (id, name, email, is_active, created_at) SELECT g, 'user ' || g, 'user' || g || '@example.com', g % 3 <> 0, TIMESTAMP '2024-01-01' + g * INTERVAL '1 second' FROM generate_series(1, ${users}) AS g`,
        `INSERT INTO posts (user_id, title, body) SELECT u, 'post ' || u || '.' || k, '${body}' FROM generate_series(1, ${authors}) AS u, generate_series(1, ${POSTS_PER_AUTHOR}) AS k ORDER BY u, k`,
        "SELECT setval('users_id_seq', (SELECT max(id) FROM users))",
        'ANALYZE users',
        'ANALYZE posts',
      ];
    case 'mysql':
      // MariaDB's sequence engine (seq_1_to_N) generates the rows; it is on by default since 10.0.
      return [
        'SET FOREIGN_KEY_CHECKS = 0',
        'TRUNCATE TABLE posts',
        'TRUNCATE TABLE users',
        'SET FOREIGN_KEY_CHECKS = 1',
        `INSERT INTO users (id, name, email, is_active, created_at) SELECT seq, CONCAT('user ', seq), CONCAT('user', seq, '@example.com'), seq % 3 <> 0, TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM seq_1_to_${users}`,
        `INSERT INTO posts (user_id, title, body) SELECT u.seq, CONCAT('post ', u.seq, '.', k.seq), '${body}' FROM seq_1_to_${authors} AS u, seq_1_to_${POSTS_PER_AUTHOR} AS k ORDER BY u.seq, k.seq`,
        'ANALYZE TABLE users, posts',
      ];
    case 'sqlite':
      return [
        'DELETE FROM posts',
        'DELETE FROM users',
        `WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${users}) INSERT INTO users (id, name, email, is_active, created_at) SELECT n, 'user ' || n, 'user' || n || '@example.com', n % 3 <> 0, datetime('2024-01-01', '+' || n || ' seconds') FROM g`,
        `WITH RECURSIVE u(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM u WHERE n < ${authors}), k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ${POSTS_PER_AUTHOR}) INSERT INTO posts (user_id, title, body) SELECT u.n, 'post ' || u.n || '.' || k.n, '${body}' FROM u, k ORDER BY u.n, k.n`,
        'ANALYZE',
      ];
  }
}

/** Removes users a W3 iteration inserted (ids above the seed). */
export function deleteInsertedSql(seededUsers: number): string {
  return `DELETE FROM users WHERE id > ${seededUsers}`;
}

/** The rows W6's query returns for one window, computed from the seed (each author has POSTS_PER_AUTHOR posts). */
export function joinRowsExpected(minId: number, maxId: number): number {
  const authors = Math.max(0, Math.min(maxId, POSTS_AUTHORS) - Math.max(minId, 0));
  return authors * POSTS_PER_AUTHOR;
}
