// What the unit of work needs to know about a mapper's table, worked out once per mapper: which
// columns have client-side defaults, which the server fills (fetched at flush), the primary key
// properties, and the cached INSERT/UPDATE/DELETE statements (SQLAlchemy keeps these on the mapper).
import {
  and,
  bindparam,
  Case,
  type Column,
  type ColumnElement,
  type Delete,
  delete_,
  type Insert,
  insert,
  type Table,
  type Update,
  update,
} from '@retort/core';
import type { ColumnProperty } from '../mapper/column-property';
import type { Mapper } from '../mapper/mapper';

export interface TablePlan {
  readonly mapper: Mapper;
  readonly table: Table;
  readonly primaryKey: readonly Column[];
  /** The table's column keys in column order (the order of an UPDATE's SET clause). */
  readonly columnKeys: readonly string[];
  /** The property of each primary key column. */
  readonly pkProps: readonly ColumnProperty[];
  /** Column property by column key. */
  readonly propByColumnKey: ReadonlyMap<string, ColumnProperty>;
  /** Columns an INSERT sends NULL for when the object has no value (no default of any kind; SQLAlchemy's _insert_cols_as_none). */
  readonly insertColsAsNone: readonly Column[];
  /** Columns with a value or function default: evaluated by the flush so the object learns the value. */
  readonly clientDefaultCols: readonly Column[];
  /** Columns with a value or function onupdate. */
  readonly clientOnupdateCols: readonly Column[];
  /** Columns the database fills on INSERT: server defaults and SQL-expression defaults (fetched at flush). */
  readonly serverDefaultCols: readonly Column[];
  /** Columns the database changes on UPDATE: serverOnupdate and SQL-expression onupdate. */
  readonly serverOnupdateCols: readonly Column[];
  readonly versionColumn: Column | undefined;
  /** The table has a foreign key to itself (rows are ordered by their key values). */
  readonly selfReferential: boolean;
  /** `UPDATE t SET <keys> WHERE pk = :t_pk [AND version = :t_version]`, per set of SET keys. */
  updateStatement(keys: readonly string[]): Update;
  /**
   * `UPDATE t SET c=CASE t.id WHEN :t_id_0 THEN :c_0 … ELSE t.c END WHERE t.id IN (:t_id_0, …)`
   * for `count` rows of a single-column key: one statement per batch, built once per shape.
   */
  batchedUpdateStatement(keys: readonly string[], count: number): Update;
  /** `DELETE FROM t WHERE pk = :pk [AND version = :version]`. */
  deleteStatement(): Delete;
  /** `DELETE FROM t WHERE pk IN (…)` for a single-column key (batched deletes). */
  deleteByKeys(keys: readonly unknown[]): Delete;
  /** `INSERT INTO t` (columns come from the parameters). */
  insertStatement(): Insert;
  /** The bind name SQLAlchemy gives a column in a WHERE clause: `users_id`. */
  whereLabel(column: Column): string;
}

const plans = new WeakMap<Mapper, TablePlan>();

export function tablePlan(mapper: Mapper): TablePlan {
  let plan = plans.get(mapper);
  if (plan === undefined) {
    plan = buildPlan(mapper);
    plans.set(mapper, plan);
  }
  return plan;
}

function buildPlan(mapper: Mapper): TablePlan {
  const table = mapper.localTable;
  const columns = table.columnList as readonly Column[];
  const primaryKey = mapper.primaryKey;
  const propByColumnKey = new Map<string, ColumnProperty>();
  for (const prop of mapper.columnAttrs.values()) {
    if (prop.column.table === table) propByColumnKey.set(prop.column.columnKey, prop);
  }
  const pkProps = primaryKey.map((column) => {
    const prop = mapper.propertyForColumn(column);
    if (prop === undefined) {
      throw new Error(
        `${mapper.className}: primary key column '${column.name}' is not mapped to an attribute`,
      );
    }
    return prop;
  });
  const isSql = (d: { readonly isClauseElement: boolean } | undefined): boolean =>
    d?.isClauseElement === true;
  const versionColumn = mapper.versionIdProperty?.column;
  const whereLabel = (column: Column): string => `${table.name}_${column.columnKey}`;
  const updates = new Map<string, Update>();
  const batchedUpdates = new Map<string, Update>();
  let deleteStmt: Delete | undefined;
  let insertStmt: Insert | undefined;
  const pkCriteria = (named: (column: Column) => string): ColumnElement<boolean>[] => {
    const criteria = primaryKey.map((column) =>
      column.eq(bindparam(named(column), undefined, { type: column.type }) as never),
    );
    if (versionColumn !== undefined) {
      criteria.push(
        versionColumn.eq(bindparam(named(versionColumn), undefined, { type: versionColumn.type }) as never),
      );
    }
    return criteria as ColumnElement<boolean>[];
  };
  return {
    mapper,
    table,
    primaryKey,
    columnKeys: columns.map((c) => c.columnKey),
    pkProps,
    propByColumnKey,
    insertColsAsNone: columns.filter(
      (c) => !c.primaryKey && c.serverDefault === undefined && c.default === undefined,
    ),
    clientDefaultCols: columns.filter((c) => c.default !== undefined && !isSql(c.default)),
    clientOnupdateCols: columns.filter((c) => c.onupdate !== undefined && !isSql(c.onupdate)),
    serverDefaultCols: columns.filter((c) => c.serverDefault !== undefined || isSql(c.default)),
    serverOnupdateCols: columns.filter((c) => c.serverOnupdate !== undefined || isSql(c.onupdate)),
    versionColumn,
    selfReferential: columns.some((c) => [...c.foreignKeys].some((fk) => fk.column.table === table)),
    whereLabel,
    updateStatement(keys) {
      const signature = keys.join('\u0000');
      let stmt = updates.get(signature);
      if (stmt === undefined) {
        const values: Record<string, unknown> = {};
        for (const key of keys) {
          const column = table.columnByKeyOrName(key) as Column;
          values[key] = bindparam(key, undefined, { type: column.type });
        }
        stmt = update(table)
          .values(values as never)
          .where(and(...pkCriteria(whereLabel)));
        updates.set(signature, stmt);
      }
      return stmt;
    },
    batchedUpdateStatement(keys, count) {
      const signature = `${keys.join('\u0000')}\u0001${count}`;
      let stmt = batchedUpdates.get(signature);
      if (stmt === undefined) {
        const pk = primaryKey[0] as Column;
        const label = whereLabel(pk);
        const ids = Array.from({ length: count }, (_, i) =>
          bindparam(`${label}_${i}`, undefined, { type: pk.type }),
        );
        const values: Record<string, unknown> = {};
        for (const key of keys) {
          const column = table.columnByKeyOrName(key) as Column;
          const whens: [ColumnElement, ColumnElement][] = ids.map((id, i) => [
            id,
            bindparam(`${key}_${i}`, undefined, { type: column.type }),
          ]);
          values[key] = new Case(whens, pk, column);
        }
        stmt = update(table)
          .values(values as never)
          .where(pk.in(ids as never));
        batchedUpdates.set(signature, stmt);
        // One entry per batch size: a flush of an unusual size does not stay cached forever.
        if (batchedUpdates.size > 16) batchedUpdates.delete(batchedUpdates.keys().next().value as string);
      }
      return stmt;
    },
    deleteStatement() {
      deleteStmt ??= delete_(table).where(and(...pkCriteria((c) => c.columnKey)));
      return deleteStmt;
    },
    deleteByKeys(keys) {
      const pk = primaryKey[0] as Column;
      return delete_(table).where(pk.in(keys as never));
    },
    insertStatement() {
      insertStmt ??= insert(table);
      return insertStmt;
    },
  };
}
