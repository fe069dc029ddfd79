// The UPDATE a postUpdate relationship issues before a DELETE (SQLAlchemy's PostUpdateAll with
// isdelete=True): rows that point at each other stop doing so before either is deleted.
// Called by the flush dependencies' processDeletes.
import { and, bindparam, type Column, type ColumnClause, update } from '@retort/core';
import type { FlushContext, InstanceState } from '@retort/orm';
import { StaleDataError } from '@retort/orm';

/** `UPDATE table SET fk=NULL WHERE pk = ?` for each object, as one executemany. */
export async function preUpdate(
  context: FlushContext,
  states: readonly InstanceState[],
  columns: readonly ColumnClause[],
): Promise<void> {
  const first = states[0];
  if (first === undefined || columns.length === 0) return;
  const mapper = first.mapper;
  const table = mapper.localTable;
  const primaryKey = mapper.primaryKey as readonly Column[];
  const statement = update(table)
    .where(
      and(
        ...primaryKey.map((c) =>
          c.eq(bindparam(`${table.name}_${c.columnKey}`, undefined, { type: c.type }) as never),
        ),
      ),
    )
    .values(
      Object.fromEntries(
        columns.map((c) => [c.columnKey, bindparam(c.columnKey, undefined, { type: c.type })]),
      ) as never,
    );
  const params = states.map((state) => {
    const row: Record<string, unknown> = {};
    for (const column of columns) row[column.columnKey] = null;
    for (const column of primaryKey) {
      const prop = mapper.propertyForColumn(column);
      row[`${table.name}_${column.columnKey}`] = prop === undefined ? null : state.dict[prop.key];
    }
    return row;
  });
  const connection = await context.session.connection();
  const result = await connection.execute(statement, params.length === 1 ? params[0] : params);
  if (connection.dialect.capabilities.saneMultiRowcount && result.rowcount !== params.length) {
    throw new StaleDataError(
      `UPDATE statement on table '${table.name}' expected to update ${params.length} row(s); ${result.rowcount} were matched.`,
    );
  }
}
