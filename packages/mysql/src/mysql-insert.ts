// `insert()` of @retort/mysql (SQLAlchemy's sqlalchemy.dialects.mysql.insert): Core's INSERT with
// `onDuplicateKeyUpdate()` and the `inserted` row, compiled by MySQLCompiler.
import { initialInsertState, OnDuplicateKeyInsert } from '@retort/core';

/**
 * `INSERT INTO table …` with MySQL's upsert clause:
 * `stmt.onDuplicateKeyUpdate({ name: stmt.inserted.name })`.
 */
export function insert<T extends object>(table: T): OnDuplicateKeyInsert<T> {
  return new OnDuplicateKeyInsert<T>(initialInsertState(table));
}
