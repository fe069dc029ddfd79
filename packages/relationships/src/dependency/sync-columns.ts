// Copying key values between objects along a relationship's column pairs (SQLAlchemy's
// orm/sync.py): parent key → child foreign key, clearing a foreign key, association rows.
// Called by the flush dependencies while the unit of work runs.
import type { ColumnClause } from '@retort/core';
import { type FlushContext, FlushError, type InstanceState, type Mapper } from '@retort/orm';
import type { ColumnPair } from '../join-condition';

function keyOf(mapper: Mapper, column: ColumnClause, role: 'source' | 'destination'): string {
  const prop = mapper.propertyForColumn(column as never);
  if (prop === undefined) {
    const name = `${column.table?.fromName}.${column.name}`;
    throw new FlushError(
      role === 'destination'
        ? `Can't execute sync rule for destination column '${name}'; mapper '${mapper}' does not map this column.  Try using an explicit \`foreignKeys\` collection which does not include this column (or use a viewonly relationship).`
        : `Can't execute sync rule for source column '${name}'; mapper '${mapper}' does not map this column.  Try using an explicit \`foreignKeys\` collection which does not include this column (or use a viewonly relationship).`,
    );
  }
  return prop.key;
}

/** The value of the attribute mapped to `column` (a key is always loaded during a flush). */
export function columnValue(state: InstanceState, column: ColumnClause): unknown {
  const key = keyOf(state.mapper, column, 'source');
  const value = state.dict[key];
  return value === undefined ? null : value;
}

/** Sets the destination's columns from the source's (`post.author_id = user.id`), with history. */
export function populate(source: InstanceState, dest: InstanceState, pairs: readonly ColumnPair[]): void {
  for (const [from, to] of pairs) {
    const value = columnValue(source, from);
    const key = keyOf(dest.mapper, to, 'destination');
    dest.mapper.attributeImpls.get(key)?.set(dest, value);
  }
}

/** Sets the destination's foreign key columns to NULL (a parent let go of it). */
export function clear(dest: InstanceState, pairs: readonly ColumnPair[]): void {
  for (const [from, to] of pairs) {
    const key = keyOf(dest.mapper, to, 'destination');
    const isPrimaryKey = dest.mapper.primaryKey.includes(to as never);
    const current = dest.dict[key];
    if (isPrimaryKey && current !== undefined && current !== null) {
      throw new FlushError(
        `Dependency rule on column '${from.table?.fromName}.${from.name}' tried to blank-out primary key column '${to.table?.fromName}.${to.name}' on instance '${dest.describe()}'`,
      );
    }
    dest.mapper.attributeImpls.get(key)?.set(dest, null);
  }
}

/** Fills an association row: `row[post_tags.post_id] = post.id`. */
export function populateRow(
  source: InstanceState,
  row: Record<string, unknown>,
  pairs: readonly ColumnPair[],
): void {
  for (const [from, to] of pairs) row[to.columnKey] = columnValue(source, from);
}

/** Whether the source's key columns changed since they were loaded (a primary key update). */
export async function sourceModified(
  context: FlushContext,
  source: InstanceState,
  pairs: readonly ColumnPair[],
): Promise<boolean> {
  for (const [from] of pairs) {
    const history = await context.history(source, keyOf(source.mapper, from, 'source'));
    if (history.deleted.length > 0) return true;
  }
  return false;
}
