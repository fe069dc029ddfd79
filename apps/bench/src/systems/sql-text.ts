// The SQL text the raw-driver baseline sends, written once for every database: placeholders in
// each driver's style ($1 for pg, ? for mysql2 and better-sqlite3). Used by systems/raw.ts.
import type { DbKind } from '../system';

export const USER_COLUMNS = 'id, name, email, is_active, created_at';

/** A placeholder generator: `$n` for pg, `?` elsewhere. */
export function placeholders(db: DbKind): () => string {
  let n = 0;
  return db === 'pg' ? () => `$${++n}` : () => '?';
}

/** W6: posts of the authors in a window, with each author's post count from a grouped subquery. */
export function joinQuerySql(db: DbKind): string {
  const p = placeholders(db);
  return (
    'SELECT u.id, u.name, p.title, c.post_count FROM users u ' +
    'JOIN posts p ON p.user_id = u.id ' +
    'JOIN (SELECT user_id, COUNT(*) AS post_count FROM posts GROUP BY user_id) c ON c.user_id = u.id ' +
    `WHERE u.id > ${p()} AND u.id <= ${p()} ORDER BY p.id`
  );
}

/** W3: one multi-row INSERT of `count` users. */
export function multiRowInsertSql(db: DbKind, count: number): string {
  const p = placeholders(db);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(`(${p()}, ${p()}, ${p()}, ${p()})`);
  return `INSERT INTO users (name, email, is_active, created_at) VALUES ${rows.join(', ')}`;
}

/**
 * W5 on MySQL and SQLite: one UPDATE for a batch, joined to the batch's (id, name) pairs, so each
 * row finds its new name by key (a CASE over 1000 ids would compare every row with every id).
 * Parameters: id, name for each row.
 */
export function joinedUpdateSql(db: 'mysql' | 'sqlite', count: number): string {
  if (db === 'sqlite') {
    const pairs = Array.from({ length: count }, () => '(?, ?)').join(', ');
    return `UPDATE users SET name = v.column2 FROM (VALUES ${pairs}) AS v WHERE users.id = v.column1`;
  }
  const rows = ['SELECT ? AS id, ? AS name', ...Array.from({ length: count - 1 }, () => 'SELECT ?, ?')].join(
    ' UNION ALL ',
  );
  return `UPDATE users JOIN (${rows}) AS v ON users.id = v.id SET users.name = v.name`;
}

/** `?, ?, …` for an IN list. */
export function questionMarks(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** SQLite and MySQL DATETIME text for a Date, in UTC, as the seed writes it. */
export function sqlDateTime(date: Date): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '');
}
