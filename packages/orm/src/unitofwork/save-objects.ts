// The INSERTs and UPDATEs of one mapper's objects in a flush (SQLAlchemy's persistence.save_obj):
// batched by shared columns (executemany, ordered insertmanyvalues RETURNING), server values
// fetched, version counters checked, before/after insert/update events. Called by UnitOfWork.
import {
  CLAUSE_ELEMENT,
  ClauseElement,
  type Column,
  type Connection,
  type Insert,
  type Result,
  type Table,
  type Update,
  warn,
} from '@retort/core';
import { FlushError, StaleDataError } from '../errors/orm-errors';
import type { Mapper } from '../mapper/mapper';
import { loadColumnsOf } from '../session/load-on-ident';
import type { InstanceState } from '../state/instance-state';
import { type TablePlan, tablePlan } from './table-plan';
import { referencingPairs, type UnitOfWork } from './unit-of-work';

type Params = Record<string, unknown>;

interface InsertRecord {
  readonly state: InstanceState;
  readonly params: Params;
  /** Attribute values that are SQL expressions, by column key (the INSERT renders them). */
  readonly valueParams: Record<string, unknown>;
  /** Column keys whose values the flush computed (client defaults, version): written back to the object. */
  readonly computed: readonly string[];
  readonly hasAllPks: boolean;
  readonly hasAllDefaults: boolean;
  readonly signature: string;
}

interface UpdateRecord {
  readonly state: InstanceState;
  /** SET values by column key. */
  readonly set: Params;
  /** WHERE binds: `users_id`, `users_version_id`. */
  readonly where: Params;
  /** Both, as executed. */
  readonly params: Params;
  readonly setKeys: readonly string[];
  readonly valueParams: Record<string, unknown>;
  readonly computed: readonly string[];
  readonly hasAllDefaults: boolean;
  readonly signature: string;
  /** A new object taking a deleted object's row: its columns without a value are the row's, unknown here. */
  readonly rowSwitch?: boolean;
}

/** Objects whose server-generated values are still to be read, per object (eagerDefaults without RETURNING). */
type ToLoad = Map<InstanceState, Set<string>>;

/** Whether a dialect's executemany costs a round trip per row (network drivers): UPDATEs are then batched into one statement. */
function batchesUpdates(connection: Connection): boolean {
  return (
    (connection.dialect.capabilities as { readonly executemanyRoundTrips?: boolean })
      .executemanyRoundTrips === true
  );
}

export async function saveObjects(
  uow: UnitOfWork,
  mapper: Mapper,
  states: readonly InstanceState[],
  options: { readonly presorted?: boolean } = {},
): Promise<void> {
  if (states.length === 0) return;
  const plan = tablePlan(mapper);
  const session = uow.session;
  const connection = uow.connection;
  let inserts = states.filter((s) => s.key === undefined);
  const updates = states.filter((s) => s.key !== undefined);
  if (!options.presorted && plan.selfReferential) inserts = referencedFirst(inserts);
  const rowSwitches = findRowSwitches(uow, mapper, inserts);
  if (rowSwitches.size > 0) inserts = inserts.filter((s) => !rowSwitches.has(s));
  for (const state of [...inserts, ...rowSwitches.keys(), ...updates]) {
    const name = state.key === undefined && !rowSwitches.has(state) ? 'beforeInsert' : 'beforeUpdate';
    if (mapper.dispatch.has(name))
      await mapper.dispatch.dispatchAsync(name, mapper, connection, session.objectOf(state) as object);
  }
  const toLoad: ToLoad = new Map();
  if (inserts.length > 0)
    await emitInserts(
      plan,
      connection,
      inserts.map((s) => collectInsert(plan, connection, s)),
      toLoad,
    );
  const updateRecords = [
    ...[...rowSwitches].map(([state, existing]) => collectRowSwitch(plan, state, existing)),
    ...updates.flatMap((s) => collectUpdate(plan, connection, s) ?? []),
  ];
  if (updateRecords.length > 0) await emitUpdates(plan, connection, updateRecords, toLoad);
  for (const [state, keys] of toLoad) await loadColumnsOf(session, state, [...keys]);
  for (const state of [...inserts, ...rowSwitches.keys(), ...updates]) {
    const name = inserts.includes(state) ? 'afterInsert' : 'afterUpdate';
    if (mapper.dispatch.has(name))
      await mapper.dispatch.dispatchAsync(name, mapper, connection, session.objectOf(state) as object);
  }
}

/**
 * New objects whose key belongs to a persistent object of the Session (SQLAlchemy's row switch):
 * when that object is being deleted in this flush, the new one takes its row with an UPDATE;
 * otherwise the flush cannot go on.
 */
function findRowSwitches(
  uow: UnitOfWork,
  mapper: Mapper,
  inserts: readonly InstanceState[],
): Map<InstanceState, InstanceState> {
  const switches = new Map<InstanceState, InstanceState>();
  for (const state of inserts) {
    const values = mapper.primaryKeyFromInstance(uow.session.objectOf(state) as object);
    if (values === undefined) continue;
    const key = mapper.identityKeyFromPrimaryKey(values);
    const existing = uow.session.identityMap.getState(key);
    if (existing === undefined || existing === state) continue;
    if (!uow.isDeleted(existing)) {
      // SQLAlchemy warns and lets the INSERT meet the database's key constraint.
      warn(
        `New instance ${state.describe()} with identity key ${key} conflicts with persistent instance ${existing.describe()}`,
      );
      continue;
    }
    uow.switchRow(existing);
    switches.set(state, existing);
  }
  return switches;
}

/** The UPDATE a row switch sends: the new object's values that differ from the replaced object's. */
function collectRowSwitch(plan: TablePlan, state: InstanceState, existing: InstanceState): UpdateRecord {
  const set: Params = {};
  for (const [columnKey, prop] of plan.propByColumnKey) {
    if (plan.primaryKey.includes(prop.column) || !(prop.key in state.dict)) continue;
    const value = state.dict[prop.key];
    if (!(prop.key in existing.dict) || existing.dict[prop.key] !== value) set[columnKey] = value;
  }
  const where: Params = {};
  plan.primaryKey.forEach((column, i) => {
    where[plan.whereLabel(column)] = existing.key?.identity[i];
  });
  const computed: string[] = [];
  const version = plan.versionColumn;
  const versionProp = plan.mapper.versionIdProperty;
  if (version !== undefined && versionProp !== undefined) {
    const current = existing.dict[versionProp.key];
    where[plan.whereLabel(version)] = current;
    if (plan.mapper.versionIdGenerator !== false) {
      set[version.columnKey] = plan.mapper.versionIdGenerator(current);
      computed.push(version.columnKey);
    }
  }
  if (Object.keys(set).length === 0) {
    const first = plan.pkProps[0];
    if (first !== undefined) set[first.column.columnKey] = state.dict[first.key];
  }
  const setKeys = plan.columnKeys.filter((k) => k in set);
  const signature = `rowswitch:${setKeys.join(',')}`;
  return {
    state,
    set,
    where,
    params: { ...set, ...where },
    setKeys,
    valueParams: {},
    computed,
    hasAllDefaults: true,
    signature,
    rowSwitch: true,
  };
}

/** For a table referring to itself: objects referenced by others in this flush first, else insertion order. */
function referencedFirst(states: readonly InstanceState[]): InstanceState[] {
  const pairs = referencingPairs(states);
  if (pairs.length === 0) return [...states];
  const needs = new Map<InstanceState, Set<InstanceState>>();
  for (const [parent, child] of pairs) {
    let set = needs.get(child);
    if (set === undefined) {
      set = new Set();
      needs.set(child, set);
    }
    set.add(parent);
  }
  const done = new Set<InstanceState>();
  const out: InstanceState[] = [];
  const visit = (state: InstanceState, path: Set<InstanceState>): void => {
    if (done.has(state)) return;
    if (path.has(state)) {
      throw new FlushError(
        `${state.describe()}: rows of '${state.mapper.localTable.name}' refer to each other in a cycle; they cannot be inserted in one flush`,
      );
    }
    path.add(state);
    for (const parent of needs.get(state) ?? []) visit(parent, path);
    path.delete(state);
    done.add(state);
    out.push(state);
  };
  for (const state of states) visit(state, new Set());
  return out;
}

/** SQLAlchemy's _prefer_eager_defaults: fetch server-generated values at flush. */
function preferEager(mapper: Mapper, returning: boolean): boolean {
  const eager = mapper.eagerDefaults;
  return eager === 'auto' ? returning : eager;
}

function isSqlValue(value: unknown): boolean {
  return (
    value instanceof ClauseElement ||
    ((typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { [CLAUSE_ELEMENT]?: unknown })[CLAUSE_ELEMENT] === 'function')
  );
}

// ---- INSERT --------------------------------------------------------------------------------------

function collectInsert(plan: TablePlan, connection: Connection, state: InstanceState): InsertRecord {
  const dict = state.dict;
  const params: Params = {};
  const valueParams: Record<string, unknown> = {};
  for (const [columnKey, prop] of plan.propByColumnKey) {
    if (!(prop.key in dict)) continue;
    const value = dict[prop.key];
    if (value === null || value === undefined) continue;
    if (isSqlValue(value)) valueParams[columnKey] = value;
    else params[columnKey] = value;
  }
  for (const column of plan.insertColsAsNone) {
    const key = column.columnKey;
    if (!(key in params) && !(key in valueParams) && plan.propByColumnKey.has(key)) params[key] = null;
  }
  const hasAllPks = plan.primaryKey.every((c) => c.columnKey in params);
  const caps = connection.dialect.capabilities;
  const hasAllDefaults =
    !preferEager(plan.mapper, caps.insertReturning) ||
    plan.serverDefaultCols.every((c) => c.columnKey in params);
  const computed: string[] = [];
  for (const column of plan.clientDefaultCols) {
    const key = column.columnKey;
    if (key in params || key in valueParams || !plan.propByColumnKey.has(key)) continue;
    params[key] = column.default?.evaluate();
    computed.push(key);
  }
  const mapper = plan.mapper;
  const version = plan.versionColumn;
  if (version !== undefined && mapper.versionIdGenerator !== false) {
    params[version.columnKey] = mapper.versionIdGenerator(undefined);
    computed.push(version.columnKey);
  }
  const signature = `${Object.keys(params).sort().join(',')}|${Object.keys(valueParams).length > 0}|${hasAllPks}|${hasAllDefaults}`;
  return { state, params, valueParams, computed, hasAllPks, hasAllDefaults, signature };
}

async function emitInserts(
  plan: TablePlan,
  connection: Connection,
  records: readonly InsertRecord[],
  toLoad: ToLoad,
): Promise<void> {
  const caps = connection.dialect.capabilities;
  for (const group of consecutive(records)) {
    const first = group[0] as InsertRecord;
    const hasValue = Object.keys(first.valueParams).length > 0;
    const eager = preferEager(plan.mapper, caps.insertReturning);
    let statement = plan.insertStatement() as Insert<Table, readonly unknown[]>;
    if (first.hasAllPks && !hasValue && (first.hasAllDefaults || !caps.insertReturning || !eager)) {
      const result = await connection.execute(
        statement,
        group.length === 1 ? first.params : group.map((r) => r.params),
      );
      for (const record of group) afterInsert(plan, record, undefined, [], undefined, toLoad);
      void result;
      continue;
    }
    const executemany = group.length > 1 && !hasValue && caps.insertReturning;
    const requested: Column[] =
      !first.hasAllDefaults && eager && caps.insertReturning ? [...plan.serverDefaultCols] : [];
    // SQLAlchemy returns defaults for the version counter too, which brings the primary key back with RETURNING.
    if (plan.versionColumn !== undefined && caps.insertReturning) requested.push(plan.versionColumn);
    const returning =
      caps.insertReturning && (requested.length > 0 || executemany)
        ? (plan.table.columnList as readonly Column[]).filter(
            (c) => !(c.columnKey in first.params) && (c.primaryKey || requested.includes(c)),
          )
        : [];
    if (returning.length > 0) statement = statement.returning(...returning);
    if (executemany) {
      const result = await connection.execute(
        statement.sortedByParameterOrder(),
        group.map((r) => r.params),
      );
      const rows = result.all();
      group.forEach((record, i) => {
        afterInsert(plan, record, rows[i] as readonly unknown[] | undefined, returning, undefined, toLoad);
      });
      continue;
    }
    for (const record of group) {
      const single =
        Object.keys(record.valueParams).length > 0
          ? statement.values(record.valueParams as never)
          : statement;
      const result: Result<unknown> = await connection.execute(single, record.params);
      const row = returning.length > 0 ? (result.first() as readonly unknown[] | undefined) : undefined;
      afterInsert(plan, record, row, returning, result.insertedPrimaryKey, toLoad);
    }
  }
}

/** Writes back what the INSERT produced: keys, returned server values, computed defaults; notes what is still unknown. */
function afterInsert(
  plan: TablePlan,
  record: InsertRecord,
  row: readonly unknown[] | undefined,
  returning: readonly Column[],
  insertedPrimaryKey: readonly unknown[] | undefined,
  toLoad: ToLoad,
): void {
  const { state, params } = record;
  const dict = state.dict;
  const returned = new Set<string>();
  returning.forEach((column, i) => {
    const prop = plan.propByColumnKey.get(column.columnKey);
    if (prop !== undefined && row !== undefined) {
      dict[prop.key] = row[i];
      returned.add(column.columnKey);
    }
  });
  plan.primaryKey.forEach((column, i) => {
    const prop = plan.pkProps[i];
    if (prop === undefined || returned.has(column.columnKey) || column.columnKey in params) return;
    const value = insertedPrimaryKey?.[i];
    if (value !== undefined && value !== null) {
      dict[prop.key] = value;
      returned.add(column.columnKey);
    }
  });
  for (const key of record.computed) {
    const prop = plan.propByColumnKey.get(key);
    if (prop !== undefined) dict[prop.key] = params[key];
  }
  for (const [key, value] of Object.entries(params)) {
    const prop = plan.propByColumnKey.get(key);
    if (prop !== undefined && !(prop.key in dict)) dict[prop.key] = value;
  }
  const unknown: string[] = [];
  for (const [key, prop] of plan.propByColumnKey) {
    if (returned.has(key)) continue;
    if (key in record.valueParams || (!(key in params) && !(prop.key in dict && dict[prop.key] !== null))) {
      unknown.push(prop.key);
    } else if (
      !(key in params) &&
      dict[prop.key] === null &&
      (prop.column.serverDefault !== undefined || prop.column.default !== undefined)
    ) {
      unknown.push(prop.key);
    }
  }
  stillUnknown(plan, state, unknown, toLoad);
}

/** Server-generated values not returned: loaded after the statements (eagerDefaults true) or expired. */
function stillUnknown(plan: TablePlan, state: InstanceState, keys: readonly string[], toLoad: ToLoad): void {
  if (keys.length === 0) return;
  for (const key of keys) delete state.dict[key];
  if (plan.mapper.eagerDefaults === true) {
    let set = toLoad.get(state);
    if (set === undefined) {
      set = new Set();
      toLoad.set(state, set);
    }
    for (const key of keys) set.add(key);
  } else state.expire(keys);
}

// ---- UPDATE --------------------------------------------------------------------------------------

function collectUpdate(
  plan: TablePlan,
  connection: Connection,
  state: InstanceState,
): UpdateRecord | undefined {
  const mapper = plan.mapper;
  const dict = state.dict;
  const set: Params = {};
  const valueParams: Record<string, unknown> = {};
  let changes = 0;
  let sqlValues = 0;
  for (const key of state.committedState.keys()) {
    const prop = mapper.columnAttrs.get(key);
    if (prop === undefined || prop.column.table !== plan.table || !(key in dict)) continue;
    const value = dict[key];
    if (isSqlValue(value)) {
      valueParams[prop.column.columnKey] = value;
      sqlValues++;
    } else if (prop.impl.history(state).added.length > 0) {
      set[prop.column.columnKey] = value;
      changes++;
    }
  }
  const where: Params = {};
  const computed: string[] = [];
  const version = plan.versionColumn;
  const versionProp = mapper.versionIdProperty;
  const noChanges = changes === 0 && sqlValues === 0;
  if (version !== undefined && versionProp !== undefined) {
    if (noChanges) return undefined;
    const history = versionProp.impl.history(state);
    const current = history.deleted[0] ?? history.unchanged[0] ?? dict[versionProp.key];
    where[plan.whereLabel(version)] = current;
    if (!(version.columnKey in set) && mapper.versionIdGenerator !== false) {
      set[version.columnKey] = mapper.versionIdGenerator(current);
      computed.push(version.columnKey);
    }
  } else if (noChanges) return undefined;
  for (const column of plan.clientOnupdateCols) {
    const key = column.columnKey;
    if (key in set || key in valueParams || !plan.propByColumnKey.has(key)) continue;
    set[key] = column.onupdate?.evaluate();
    computed.push(key);
  }
  const committed = state.committedState;
  plan.primaryKey.forEach((column, i) => {
    const prop = plan.pkProps[i];
    if (prop === undefined) return;
    // An unchanged key (the usual case) is the current value; no history to build.
    if (!committed.has(prop.key) && prop.key in dict) {
      where[plan.whereLabel(column)] = dict[prop.key];
      if (dict[prop.key] !== null && dict[prop.key] !== undefined) return;
    }
    const history = prop.impl.history(state);
    // A changed primary key: the row is found by its old value, and SET gives the new one.
    const value =
      history.deleted.length > 0 ? history.deleted[0] : (history.added[0] ?? history.unchanged[0]);
    if (value === null || value === undefined) {
      throw new FlushError(
        `Can't update table ${plan.table.name} using NULL for primary key value on column ${plan.table.name}.${column.name}`,
      );
    }
    where[plan.whereLabel(column)] = value;
  });
  const setKeys = plan.columnKeys.filter((k) => k in set);
  const caps = connection.dialect.capabilities;
  const hasAllDefaults =
    !(mapper.eagerDefaults === true && caps.updateReturning) ||
    plan.serverOnupdateCols.every((c) => c.columnKey in set);
  const sqlKeys = sqlValues === 0 ? '' : Object.keys(valueParams).sort().join(',');
  const signature = `${setKeys.join(',')}|${sqlKeys}|${hasAllDefaults}`;
  return {
    state,
    set,
    where,
    params: { ...set, ...where },
    setKeys,
    valueParams,
    computed,
    hasAllDefaults,
    signature,
  };
}

async function emitUpdates(
  plan: TablePlan,
  connection: Connection,
  records: readonly UpdateRecord[],
  toLoad: ToLoad,
): Promise<void> {
  const caps = connection.dialect.capabilities;
  const needsVersion = plan.versionColumn !== undefined;
  for (const group of consecutive(records)) {
    const first = group[0] as UpdateRecord;
    let statement = plan.updateStatement(first.setKeys) as Update<Table, readonly unknown[]>;
    const returning =
      !first.hasAllDefaults && caps.updateReturning
        ? plan.serverOnupdateCols.filter((c) => !(c.columnKey in first.params))
        : [];
    if (returning.length > 0) statement = statement.returning(...returning);
    const hasValue = Object.keys(first.valueParams).length > 0;
    let rows = 0;
    let checkRowcount = caps.saneRowcount;
    if (hasValue || returning.length > 0 || needsVersion || group.length === 1) {
      for (const record of group) {
        const single = hasValue ? statement.values(record.valueParams as never) : statement;
        const result = await connection.execute(single, record.params);
        rows += result.rowcount;
        const row = returning.length > 0 ? (result.first() as readonly unknown[] | undefined) : undefined;
        afterUpdate(plan, record, row, returning, toLoad);
      }
    } else if (batchesUpdates(connection) && plan.primaryKey.length === 1) {
      rows = await emitBatchedUpdate(plan, connection, group);
      for (const record of group) afterUpdate(plan, record, undefined, [], toLoad);
    } else {
      const result = await connection.execute(
        statement,
        group.map((r) => r.params),
      );
      rows = result.rowcount;
      checkRowcount = caps.saneMultiRowcount || (caps.saneRowcount && group.length === 1);
      for (const record of group) afterUpdate(plan, record, undefined, [], toLoad);
    }
    if (checkRowcount && rows !== group.length) {
      throw new StaleDataError(
        `UPDATE statement on table '${plan.table.name}' expected to update ${group.length} row(s); ${rows} were matched.`,
      );
    }
  }
}

/**
 * One statement per batch instead of an executemany (a round trip per row on network drivers):
 * `UPDATE t SET c=CASE t.id WHEN ? THEN ? … ELSE t.c END WHERE t.id IN (…)`. Returns the rows matched.
 */
async function emitBatchedUpdate(
  plan: TablePlan,
  connection: Connection,
  group: readonly UpdateRecord[],
): Promise<number> {
  const pk = plan.primaryKey[0] as Column;
  const label = plan.whereLabel(pk);
  const keys = (group[0] as UpdateRecord).setKeys;
  const perRow = keys.length * 2 + 1;
  const size = Math.max(
    1,
    Math.min(1000, Math.floor(connection.dialect.capabilities.maxBindParameters / perRow)),
  );
  let rows = 0;
  for (let start = 0; start < group.length; start += size) {
    const batch = group.slice(start, start + size);
    const params: Record<string, unknown> = {};
    batch.forEach((record, i) => {
      params[`${label}_${i}`] = record.where[label];
      for (const key of keys) params[`${key}_${i}`] = record.set[key];
    });
    const result = await connection.execute(plan.batchedUpdateStatement(keys, batch.length), params);
    rows += result.rowcount;
  }
  return rows;
}

function afterUpdate(
  plan: TablePlan,
  record: UpdateRecord,
  row: readonly unknown[] | undefined,
  returning: readonly Column[],
  toLoad: ToLoad,
): void {
  const { state, params } = record;
  const dict = state.dict;
  const returned = new Set<string>();
  returning.forEach((column, i) => {
    const prop = plan.propByColumnKey.get(column.columnKey);
    if (prop !== undefined && row !== undefined) {
      dict[prop.key] = row[i];
      returned.add(column.columnKey);
    }
  });
  for (const key of record.computed) {
    const prop = plan.propByColumnKey.get(key);
    if (prop !== undefined) dict[prop.key] = params[key];
  }
  const unknown: string[] = [];
  for (const column of plan.serverOnupdateCols) {
    const prop = plan.propByColumnKey.get(column.columnKey);
    if (prop !== undefined && !returned.has(column.columnKey) && !(column.columnKey in params))
      unknown.push(prop.key);
  }
  for (const key of Object.keys(record.valueParams)) {
    const prop = plan.propByColumnKey.get(key);
    if (prop !== undefined && !returned.has(key)) unknown.push(prop.key);
  }
  if (record.rowSwitch) {
    // The row keeps the deleted object's values for these: expired, to be loaded when read.
    const missing = [...plan.propByColumnKey.values()].map((p) => p.key).filter((k) => !(k in state.dict));
    if (missing.length > 0) state.expire(missing);
  }
  stillUnknown(plan, state, unknown, toLoad);
}

// ---- post-update (relationships with postUpdate) --------------------------------------------------

/** UPDATEs of foreign keys after every INSERT and UPDATE of the flush (SQLAlchemy's post_update). */
export async function postUpdate(
  uow: UnitOfWork,
  byState: ReadonlyMap<InstanceState, ReadonlySet<string>>,
): Promise<void> {
  const connection = uow.connection;
  for (const [state, keys] of byState) {
    const plan = tablePlan(state.mapper);
    const params: Params = {};
    for (const key of keys) {
      const prop = state.mapper.columnAttrs.get(key);
      if (prop !== undefined) params[prop.column.columnKey] = state.dict[key] ?? null;
    }
    const setKeys = Object.keys(params);
    if (setKeys.length === 0) continue;
    plan.primaryKey.forEach((column, i) => {
      const prop = plan.pkProps[i];
      if (prop !== undefined) params[plan.whereLabel(column)] = state.dict[prop.key];
    });
    const version = plan.versionColumn;
    const versionProp = state.mapper.versionIdProperty;
    if (version !== undefined && versionProp !== undefined) {
      const current = state.dict[versionProp.key];
      params[plan.whereLabel(version)] = current;
      if (state.mapper.versionIdGenerator !== false) {
        const next = state.mapper.versionIdGenerator(current);
        params[version.columnKey] = next;
        setKeys.push(version.columnKey);
        state.dict[versionProp.key] = next;
      }
    }
    const ordered = (plan.table.columnList as readonly Column[])
      .map((c) => c.columnKey)
      .filter((k) => setKeys.includes(k));
    const result = await connection.execute(plan.updateStatement(ordered), params);
    if (connection.dialect.capabilities.saneRowcount && result.rowcount !== 1) {
      throw new StaleDataError(
        `UPDATE statement on table '${plan.table.name}' expected to update 1 row(s); ${result.rowcount} were matched.`,
      );
    }
  }
}

/** Runs of consecutive records with the same signature (SQLAlchemy groups with itertools.groupby). */
function consecutive<R extends { readonly signature: string }>(records: readonly R[]): R[][] {
  const groups: R[][] = [];
  for (const record of records) {
    const last = groups.at(-1);
    if (last !== undefined && (last[0] as R).signature === record.signature) last.push(record);
    else groups.push([record]);
  }
  return groups;
}
