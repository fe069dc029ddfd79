// `insert()` of @retort/sqlite (SQLAlchemy's sqlalchemy.dialects.sqlite.insert): Core's INSERT with
// `onConflictDoNothing()`, `onConflictDoUpdate()` and the `excluded` row, compiled by SQLiteCompiler.
// SQLite has no ON CONFLICT ON CONSTRAINT: targets are index elements (and a partial index's WHERE).
import { initialInsertState, OnConflictInsert } from '@retort/core';

/**
 * `INSERT INTO table …` with SQLite's upsert clauses:
 * `insert(users).values(row).onConflictDoNothing({ indexElements: ['id'] })`.
 */
export function insert<T extends object>(table: T): OnConflictInsert<T> {
  return new OnConflictInsert<T>(initialInsertState(table));
}
