// The DELETEs of one mapper's objects in a flush (SQLAlchemy's persistence.delete_obj): by
// primary key (and version counter), batched, with the row count checked, and the
// before/after delete events.
import { type Column, type Connection, warn } from '@retort/core';
import { StaleDataError } from '../errors/orm-errors';
import type { Mapper } from '../mapper/mapper';
import type { InstanceState } from '../state/instance-state';
import { tablePlan } from './table-plan';
import { referencingPairs, type UnitOfWork } from './unit-of-work';

export async function deleteObjects(
  uow: UnitOfWork,
  mapper: Mapper,
  states: readonly InstanceState[],
  options: { readonly presorted?: boolean } = {},
): Promise<void> {
  if (states.length === 0) return;
  const plan = tablePlan(mapper);
  const session = uow.session;
  const connection = uow.connection;
  const ordered = !options.presorted && plan.selfReferential ? referencingFirst(states) : [...states];
  for (const state of ordered) {
    if (mapper.dispatch.has('beforeDelete'))
      await mapper.dispatch.dispatchAsync(
        'beforeDelete',
        mapper,
        connection,
        session.objectOf(state) as object,
      );
  }
  const version = plan.versionColumn;
  const versionProp = mapper.versionIdProperty;
  const params = ordered.map((state) => {
    const p: Record<string, unknown> = {};
    plan.primaryKey.forEach((column, i) => {
      const prop = plan.pkProps[i];
      if (prop === undefined) return;
      const history = prop.impl.history(state);
      p[column.columnKey] =
        history.deleted.length > 0 ? history.deleted[0] : (history.unchanged[0] ?? history.added[0]);
    });
    if (version !== undefined && versionProp !== undefined) {
      const history = versionProp.impl.history(state);
      p[version.columnKey] = history.deleted[0] ?? history.unchanged[0] ?? state.dict[versionProp.key];
    }
    return p;
  });
  const caps = connection.dialect.capabilities;
  const needsVersion = version !== undefined;
  const statement = plan.deleteStatement();
  let matched = 0;
  let onlyWarn = false;
  if (needsVersion && !caps.saneMultiRowcount) {
    for (const p of params) matched += (await connection.execute(statement, p)).rowcount;
  } else if (
    !needsVersion &&
    params.length > 1 &&
    plan.primaryKey.length === 1 &&
    !plan.selfReferential &&
    batchesDeletes(connection)
  ) {
    const pk = plan.primaryKey[0] as Column;
    for (let start = 0; start < params.length; start += 1000) {
      const ids = params.slice(start, start + 1000).map((p) => p[pk.columnKey]);
      const result = await connection.execute(plan.deleteByKeys(ids));
      matched += result.rowcount;
    }
    onlyWarn = true;
  } else {
    const result = await connection.execute(statement, params.length === 1 ? params[0] : params);
    matched = result.rowcount;
    onlyWarn = !needsVersion;
  }
  const expected = params.length;
  if (
    mapper.confirmDeletedRows &&
    matched > -1 &&
    expected !== matched &&
    (caps.saneMultiRowcount || matched === 1)
  ) {
    if (onlyWarn) {
      warn(
        `DELETE statement on table '${plan.table.name}' expected to delete ${expected} row(s); ${matched} were matched.  Please set confirmDeletedRows: false within the mapperArgs to prevent this warning.`,
      );
    } else {
      throw new StaleDataError(
        `DELETE statement on table '${plan.table.name}' expected to delete ${expected} row(s); Only ${matched} were matched.`,
      );
    }
  }
  for (const state of ordered) {
    if (mapper.dispatch.has('afterDelete'))
      await mapper.dispatch.dispatchAsync(
        'afterDelete',
        mapper,
        connection,
        session.objectOf(state) as object,
      );
  }
}

/** Whether DELETEs of several rows go as one `WHERE pk IN (…)` statement (network drivers; see save-objects). */
function batchesDeletes(connection: Connection): boolean {
  return (
    (connection.dialect.capabilities as { readonly executemanyRoundTrips?: boolean })
      .executemanyRoundTrips === true
  );
}

/** For a table referring to itself: rows referring to others are deleted before the rows they refer to. */
function referencingFirst(states: readonly InstanceState[]): InstanceState[] {
  const pairs = referencingPairs(states);
  if (pairs.length === 0) return [...states];
  const dependents = new Map<InstanceState, InstanceState[]>();
  for (const [parent, child] of pairs) {
    const list = dependents.get(parent) ?? [];
    list.push(child);
    dependents.set(parent, list);
  }
  const done = new Set<InstanceState>();
  const out: InstanceState[] = [];
  const visit = (state: InstanceState, path: Set<InstanceState>): void => {
    if (done.has(state) || path.has(state)) return;
    path.add(state);
    for (const child of dependents.get(state) ?? []) visit(child, path);
    path.delete(state);
    done.add(state);
    out.push(state);
  };
  for (const state of states) visit(state, new Set());
  return out;
}
