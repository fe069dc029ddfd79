// Copies an expression with some of its columns replaced (SQLAlchemy's ClauseAdapter): join
// conditions re-aimed at aliases, and lazy-load criteria with columns turned into bound parameters.
// Used by the join condition, the comparators and the loaders.
import {
  BindParameter,
  CLAUSE_ELEMENT,
  ColumnClause,
  ColumnElement,
  type FromClause,
  type HasClauseElement,
} from '@retort/core';

/** What a column becomes: another expression, or undefined to keep it. */
export type ColumnReplacer = (column: ColumnClause) => ColumnElement | undefined;

/**
 * `element` with every column `replace` maps to something else replaced. Nodes are immutable, so
 * only the path from a replaced column up to the root is copied; everything else is shared.
 * Statements inside the expression (scalar subqueries) are left as they are.
 */
export function adaptClause<E extends ColumnElement>(element: E, replace: ColumnReplacer): E {
  return adaptNode(element, replace) as E;
}

/** A replacer that maps the columns of `from` (a table) to the columns of `to` (an alias of it). */
export function columnsOf(from: FromClause, to: FromClause): ColumnReplacer {
  return (column) => (column.table === from ? to.correspondingColumn(column) : undefined);
}

function adaptNode(node: unknown, replace: ColumnReplacer): unknown {
  if (node instanceof ColumnClause) return replace(node) ?? node;
  const inner = standsFor(node);
  if (inner !== undefined) return adaptNode(inner, replace);
  if (!(node instanceof ColumnElement) || node instanceof BindParameter) return node;
  let changes: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(node)) {
    const adapted = Array.isArray(value)
      ? adaptList(value, replace)
      : value instanceof ColumnElement
        ? adaptNode(value, replace)
        : value;
    if (adapted !== value) {
      changes ??= {};
      changes[field] = adapted;
    }
  }
  if (changes === undefined) return node;
  // Nodes keep their parts in public readonly fields: a copy with the changed parts is the same
  // node over other columns (SQLAlchemy's _clone() followed by _copy_internals()).
  return Object.assign(Object.create(Object.getPrototypeOf(node) as object) as object, node, changes);
}

function adaptList(list: readonly unknown[], replace: ColumnReplacer): readonly unknown[] {
  let changed = false;
  const out = list.map((item) => {
    const adapted = adaptNode(item, replace);
    if (adapted !== item) changed = true;
    return adapted;
  });
  return changed ? out : list;
}

/** The expression an ORM attribute (`User.id`) stands for. */
function standsFor(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return undefined;
  const get = (node as Partial<HasClauseElement>)[CLAUSE_ELEMENT];
  return typeof get === 'function' ? get.call(node) : undefined;
}

/** Every column an expression mentions, in order, without descending into statements. */
export function columnsIn(element: unknown, into: ColumnClause[] = []): ColumnClause[] {
  if (element instanceof ColumnClause) {
    into.push(element);
    return into;
  }
  const inner = standsFor(element);
  if (inner !== undefined) return columnsIn(inner, into);
  if (!(element instanceof ColumnElement)) return into;
  for (const value of Object.values(element)) {
    if (Array.isArray(value)) for (const item of value) columnsIn(item, into);
    else if (value instanceof ColumnElement) columnsIn(value, into);
  }
  return into;
}
