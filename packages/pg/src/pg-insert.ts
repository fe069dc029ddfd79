// `insert()` of @retort/pg (SQLAlchemy's sqlalchemy.dialects.postgresql.insert): Core's INSERT with
// `onConflictDoNothing()`, `onConflictDoUpdate()` and the `excluded` row, compiled by PGCompiler.
import { initialInsertState, OnConflictInsert } from '@retort/core';

/**
 * `INSERT INTO table …` with PostgreSQL's upsert clauses:
 * `insert(users).values(row).onConflictDoUpdate({ indexElements: [users.c.id], set: { name: stmt.excluded.name } })`.
 */
export function insert<T extends object>(table: T): OnConflictInsert<T> {
  return new OnConflictInsert<T>(initialInsertState(table));
}
