// Renders the upsert clauses of INSERT for the dialect compilers: PostgreSQL and SQLite
// `ON CONFLICT … DO NOTHING / DO UPDATE SET …`, MySQL `ON DUPLICATE KEY UPDATE …` (SQLAlchemy's
// visit_on_conflict_do_* and visit_on_duplicate_key_update). The SET follows the table's column
// order, as SQLAlchemy's does; keys naming no column warn and render as given.
import {
  ColumnElement,
  type Insert,
  type OnConflictDoNothing,
  type OnConflictDoUpdate,
  type OnDuplicateKeyUpdate,
  type SQLCompiler,
  type TableImpl,
  type UpsertAssignment,
  type VisitContext,
  warn,
} from '../internal';

export interface OnConflictRules {
  /** `ON CONSTRAINT name` is allowed (PostgreSQL). */
  readonly constraint: boolean;
  /** How the partial index predicate's values render: as binds (PostgreSQL) or inlined at execution (SQLite). */
  readonly targetWhere: 'bind' | 'literalExecute';
}

function insertTable(compiler: SQLCompiler): TableImpl {
  const insert = compiler.stack.at(-1)?.selectable as Insert | undefined;
  return insert?.table as TableImpl;
}

function target(
  compiler: SQLCompiler,
  node: OnConflictDoNothing | OnConflictDoUpdate,
  ctx: VisitContext,
  rules: OnConflictRules,
): string {
  const constraint = node.constraint;
  if (constraint !== undefined) {
    if (!rules.constraint) compiler.unsupported('ON CONFLICT ON CONSTRAINT (give indexElements instead)');
    return `ON CONSTRAINT ${compiler.quote(constraint)}`;
  }
  const elements = node.target.indexElements;
  if (elements === undefined || elements.length === 0) return '';
  let text = `(${elements
    .map((e) =>
      typeof e === 'string' ? compiler.quote(e) : compiler.process(e, { ...ctx, includeTable: false }),
    )
    .join(', ')})`;
  const where = node.target.indexWhere;
  if (where !== undefined) {
    const whereCtx: VisitContext =
      rules.targetWhere === 'bind'
        ? { ...ctx, includeTable: false }
        : { ...ctx, includeTable: false, literalExecute: true };
    text += ` WHERE ${compiler.process(where, whereCtx)}`;
  }
  return text;
}

/** `col = value, …` in table column order, then keys naming no column (with a warning). */
function setClause(
  compiler: SQLCompiler,
  table: TableImpl,
  assignments: readonly UpsertAssignment[],
  ordered: boolean,
  ctx: VisitContext,
): string {
  const pending = [...assignments];
  const take = (column: { columnKey: string; name: string }) => {
    const i = pending.findIndex((a) => a.key === column.columnKey || a.key === column.name);
    return i < 0 ? undefined : (pending.splice(i, 1)[0] as UpsertAssignment);
  };
  const columns = ordered
    ? [
        ...assignments.flatMap((a) =>
          table.columnList.filter((c) => c.columnKey === a.key || c.name === a.key),
        ),
        ...table.columnList.filter(
          (c) => !assignments.some((a) => a.key === c.columnKey || a.key === c.name),
        ),
      ]
    : table.columnList;
  const parts: string[] = [];
  for (const column of columns) {
    const assignment = take(column);
    if (!assignment) continue;
    const value = assignment.value instanceof ColumnElement ? assignment.value.selfGroup() : assignment.value;
    parts.push(`${compiler.quote(column.name)} = ${compiler.process(value, ctx)}`);
  }
  if (pending.length > 0) {
    warn(
      `Additional column names not matching any column keys in table '${table.name}': ${pending.map((a) => `'${a.key}'`).join(', ')}`,
    );
    for (const a of pending) parts.push(`${compiler.quote(a.key)} = ${compiler.process(a.value, ctx)}`);
  }
  return parts.join(', ');
}

export function renderOnConflictDoNothing(
  compiler: SQLCompiler,
  node: OnConflictDoNothing,
  ctx: VisitContext,
  rules: OnConflictRules,
): string {
  const text = target(compiler, node, ctx, rules);
  return text ? `ON CONFLICT ${text} DO NOTHING` : 'ON CONFLICT DO NOTHING';
}

export function renderOnConflictDoUpdate(
  compiler: SQLCompiler,
  node: OnConflictDoUpdate,
  ctx: VisitContext,
  rules: OnConflictRules,
): string {
  const table = insertTable(compiler);
  // the target first: binds are numbered in the order they are rendered, as SQLAlchemy visits them
  const conflictTarget = target(compiler, node, ctx, rules);
  let action = setClause(compiler, table, node.set, false, ctx);
  if (node.where) action += ` WHERE ${compiler.process(node.where, { ...ctx, includeTable: true })}`;
  return `ON CONFLICT ${conflictTarget} DO UPDATE SET ${action}`;
}

/**
 * `ON DUPLICATE KEY UPDATE …`; `alias` is MySQL 8.0.20+'s row alias (`AS new … new.col`), else
 * the inserted row's columns render as `VALUES(col)`.
 */
export function renderOnDuplicateKeyUpdate(
  compiler: SQLCompiler,
  node: OnDuplicateKeyUpdate,
  ctx: VisitContext,
  alias: string | undefined,
): string {
  const table = insertTable(compiler);
  const previous = compiler.insertedRow;
  compiler.insertedRow = { alias: node.inserted, rowAlias: alias };
  try {
    const set = setClause(compiler, table, node.set, node.ordered, ctx);
    return alias ? `AS ${alias} ON DUPLICATE KEY UPDATE ${set}` : `ON DUPLICATE KEY UPDATE ${set}`;
  } finally {
    compiler.insertedRow = previous;
  }
}
