// Orders tables so each comes after the tables its foreign keys refer to (SQLAlchemy's
// sort_tables_and_constraints). Used by MetaData.sortedTables and by the createAll/dropAll
// planner; foreign keys that cannot be honoured (cycles, useAlter) come back separately.
import { CircularDependencyError, type ForeignKeyConstraintImpl, type Table, warn } from '../internal';

export interface SortedTables {
  /** Tables in dependency order, each with the foreign keys CREATE TABLE can include inline. */
  readonly tables: readonly {
    readonly table: Table;
    readonly foreignKeys: readonly ForeignKeyConstraintImpl[];
  }[];
  /** Foreign keys left out of the tables (useAlter, or inside a cycle): created later with ALTER TABLE. */
  readonly remaining: readonly ForeignKeyConstraintImpl[];
}

export interface SortTablesOptions {
  /**
   * Decides per foreign key: `true` always leaves it to ALTER, `false` keeps it as a dependency
   * that is never set aside (a cycle through it is then an error), undefined lets cycles decide.
   */
  readonly filter?: (constraint: ForeignKeyConstraintImpl) => boolean | undefined;
  /** Warn about cycles (MetaData.sortedTables does; createAll does not, it uses ALTER). */
  readonly warnForCycles?: boolean;
}

/** The table a foreign key constraint refers to, among `tables`, without resolving unknown tables. */
function referredTable(
  constraint: ForeignKeyConstraintImpl,
  byName: ReadonlyMap<string, Table>,
): Table | undefined {
  const element = constraint.elements[0];
  if (!element) return undefined;
  if (typeof element.target !== 'string') return element.target.table as Table | undefined;
  return byName.get(element.targetTableFullname);
}

/**
 * Layered topological sort (SQLAlchemy's topological.sort): each pass emits, in the given order,
 * every table whose dependencies are all emitted. Throws the set of tables in cycles.
 */
function layeredSort(
  tables: readonly Table[],
  edges: ReadonlySet<string>,
  keyOf: Map<Table, string>,
): Table[] {
  const parentsOf = new Map<Table, Table[]>();
  const byKey = new Map<string, Table>();
  for (const table of tables) byKey.set(keyOf.get(table) as string, table);
  for (const edge of edges) {
    const [parentKey, childKey] = edge.split('\u0000') as [string, string];
    const parent = byKey.get(parentKey);
    const child = byKey.get(childKey);
    if (!parent || !child) continue;
    const list = parentsOf.get(child) ?? [];
    list.push(parent);
    parentsOf.set(child, list);
  }
  const result: Table[] = [];
  let unplaced = [...tables];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const output = unplaced.filter((t) => !(parentsOf.get(t) ?? []).some((p) => pending.has(p)));
    if (output.length === 0) throw new TableCycle(findCycles(unplaced, parentsOf));
    for (const t of output) pending.delete(t);
    unplaced = unplaced.filter((t) => pending.has(t));
    result.push(...output);
  }
  return result;
}

/** Tables that cannot be ordered even after setting aside the foreign keys the caller allows. */
export class TableCycleError extends CircularDependencyError {
  override name = 'CircularDependencyError';
  constructor(
    /** Full names of the tables in the cycles, sorted. */
    readonly tables: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`Circular dependency detected. Cycles: tables ${tables.join(', ')}`, options);
  }
}

class TableCycle extends Error {
  constructor(readonly cycles: Set<Table>) {
    super('Circular dependency detected.');
  }
}

/** Every table that is part of some cycle among `tables`. */
function findCycles(tables: readonly Table[], parentsOf: ReadonlyMap<Table, readonly Table[]>): Set<Table> {
  const childrenOf = new Map<Table, Table[]>();
  for (const [child, parents] of parentsOf) {
    for (const parent of parents) {
      const list = childrenOf.get(parent) ?? [];
      list.push(child);
      childrenOf.set(parent, list);
    }
  }
  const inCycle = new Set<Table>();
  for (const start of tables) {
    // A table is in a cycle when it can reach itself.
    const stack = [...(childrenOf.get(start) ?? [])];
    const seen = new Set<Table>();
    while (stack.length > 0) {
      const next = stack.pop() as Table;
      if (next === start) {
        inCycle.add(start);
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(childrenOf.get(next) ?? []));
    }
  }
  return inCycle;
}

/**
 * SQLAlchemy's sort_tables_and_constraints. `tables` should come sorted by full name (as
 * MetaData.sortedTables passes them), since ties keep the given order. When tables form a
 * cycle, every foreign key of the tables in the cycle is set aside (to `remaining`), unless
 * `filter` pins it, and sorting is retried; a cycle through pinned keys throws CircularDependencyError.
 */
export function sortTablesAndConstraints(
  tables: readonly Table[],
  options: SortTablesOptions = {},
): SortedTables {
  const keyOf = new Map<Table, string>();
  tables.forEach((t, i) => {
    keyOf.set(t, `${i}:${t.fullname}`);
  });
  const byName = new Map(tables.map((t) => [t.fullname, t]));
  const edgeKey = (parent: Table, child: Table) => `${keyOf.get(parent)}\u0000${keyOf.get(child)}`;
  const mutable = new Set<string>();
  const remaining = new Set<ForeignKeyConstraintImpl>();
  for (const table of tables) {
    for (const constraint of table.foreignKeyConstraints) {
      if (constraint.useAlter) {
        remaining.add(constraint);
        continue;
      }
      if (options.filter?.(constraint) === true) {
        remaining.add(constraint);
        continue;
      }
      const parent = referredTable(constraint, byName);
      if (parent && parent !== table && keyOf.has(parent)) mutable.add(edgeKey(parent, table));
    }
  }
  let sorted: Table[];
  try {
    sorted = layeredSort(tables, mutable, keyOf);
  } catch (error) {
    if (!(error instanceof TableCycle)) throw error;
    const names = [...error.cycles].map((t) => t.fullname).sort();
    if (options.warnForCycles) {
      warn(
        `Cannot correctly sort tables; there are unresolvable cycles between tables "${names.join(', ')}", which is usually caused by mutually dependent foreign key constraints.  Foreign key constraints involving these tables will not be considered; this warning may raise an error in a future release.`,
      );
    }
    for (const table of tables) {
      if (!error.cycles.has(table)) continue;
      for (const constraint of table.foreignKeyConstraints) {
        if (options.filter?.(constraint) === false) continue;
        remaining.add(constraint);
        const parent = referredTable(constraint, byName);
        if (parent && parent !== table) mutable.delete(edgeKey(parent, table));
      }
    }
    try {
      sorted = layeredSort(tables, mutable, keyOf);
    } catch (again) {
      if (!(again instanceof TableCycle)) throw again;
      throw new TableCycleError([...again.cycles].map((t) => t.fullname).sort(), { cause: again });
    }
  }
  const ordered = [...remaining].sort((a, b) => a.creationOrder - b.creationOrder);
  return {
    tables: sorted.map((table) => ({
      table,
      foreignKeys: table.foreignKeyConstraints.filter((c) => !remaining.has(c)),
    })),
    remaining: ordered,
  };
}

/** Tables in dependency order (MetaData.sortedTables), warning about cycles as SQLAlchemy does. */
export function sortTablesByDependency(tables: readonly Table[]): Table[] {
  const byName = [...tables].sort((a, b) => (a.fullname < b.fullname ? -1 : a.fullname > b.fullname ? 1 : 0));
  return sortTablesAndConstraints(byName, { warnForCycles: true }).tables.map((t) => t.table);
}
