// ORM-enabled INSERT, UPDATE and DELETE through session.execute() (SQLAlchemy's bulk_persistence):
// attribute names, bulk rows, bulk UPDATE by primary key, RETURNING of objects, and
// synchronizeSession bringing objects in the identity map in line. Called by orm-execute.ts.
import {
  and,
  type ClauseElement,
  type Column,
  type ColumnElement,
  type Connection,
  type Delete,
  type ExecutionOptions,
  Insert,
  InvalidRequestError,
  Result,
  type RowBase,
  select,
  Update,
} from '@retort/core';
import { UnevaluatableError } from '../errors/orm-errors';
import { ormRows } from '../loading/orm-select';
import type { Mapper } from '../mapper/mapper';
import type { Session } from '../session/session';
import type { InstanceState } from '../state/instance-state';
import { tablePlan } from '../unitofwork/table-plan';
import { compileEvaluator, type Evaluator, EXPIRED_OBJECT } from './evaluator';

type Params = Readonly<Record<string, unknown>>;
type Sync = 'auto' | 'evaluate' | 'fetch' | false;

function synchronizeOption(options: ExecutionOptions): Sync {
  const value = options.synchronizeSession ?? 'auto';
  if (value !== 'auto' && value !== 'evaluate' && value !== 'fetch' && value !== false) {
    throw new InvalidRequestError(
      `Valid strategies for session synchronization are 'auto', 'evaluate', 'fetch', false; got ${String(value)}`,
    );
  }
  return value;
}

/** Parameters by attribute name → by column key (SQLAlchemy accepts attribute names in ORM DML). */
function toColumnKeys(mapper: Mapper, params: Params, dropNulls: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    const prop = mapper.columnAttrs.get(key);
    const column = prop?.column ?? (mapper.localTable.columnByKeyOrName(key) as Column | undefined);
    if (column === undefined) {
      throw new InvalidRequestError(
        `Attribute name not found, can't be used to set or update: '${key}' (${mapper.className})`,
      );
    }
    if (dropNulls && (value === null || value === undefined) && !column.primaryKey) continue;
    out[column.columnKey] = value;
  }
  return out;
}

function withState<S extends Insert | Update | Delete>(statement: S, patch: Record<string, unknown>): S {
  const Ctor = statement.constructor as new (state: unknown) => S;
  return new Ctor({ ...statement.state, ...patch });
}

/** Runs an insert/update/delete whose target is a mapped class. */
export async function executeOrmDml(
  session: Session,
  connection: Connection,
  statement: Insert | Update | Delete,
  mapper: Mapper,
  parameters: Params | readonly Params[] | undefined,
  options: ExecutionOptions,
): Promise<Result<unknown>> {
  if (statement instanceof Insert)
    return ormInsert(session, connection, statement, mapper, parameters, options);
  if (statement instanceof Update && Array.isArray(parameters)) {
    return bulkUpdateByPrimaryKey(
      session,
      connection,
      statement,
      mapper,
      parameters as readonly Params[],
      options,
    );
  }
  return ormUpdateOrDelete(
    session,
    connection,
    statement as Update | Delete,
    mapper,
    parameters as Params | undefined,
    options,
  );
}

// ---- INSERT ---------------------------------------------------------------------------------------

async function ormInsert(
  session: Session,
  connection: Connection,
  statement: Insert,
  mapper: Mapper,
  parameters: Params | readonly Params[] | undefined,
  options: ExecutionOptions,
): Promise<Result<unknown>> {
  const renderNulls = options.renderNulls === true;
  let stmt = statement;
  const values = statement.state.values;
  if (values !== undefined) {
    stmt = withState(statement, {
      values: Array.isArray(values)
        ? (values as readonly Params[]).map((v) => toColumnKeys(mapper, v, false))
        : toColumnKeys(mapper, values as Params, false),
    });
  }
  const returning = statement.state.returning;
  if (!Array.isArray(parameters)) {
    const single = parameters === undefined ? undefined : toColumnKeys(mapper, parameters as Params, false);
    const result = await connection.execute(stmt, single, options);
    return returning.length > 0 ? hydrateReturning(session, returning, result, options, 0) : result;
  }
  const rows = (parameters as readonly Params[]).map((p) => toColumnKeys(mapper, p, !renderNulls));
  const groups: Record<string, unknown>[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last !== undefined && sameKeys(last[0] as Record<string, unknown>, row)) last.push(row);
    else groups.push([row]);
  }
  const results: Result<unknown>[] = [];
  for (const group of groups)
    results.push(await connection.execute(stmt, group.length === 1 ? group[0] : group, options));
  const combined = results.length === 1 ? (results[0] as Result<unknown>) : combine(results);
  return returning.length > 0 ? hydrateReturning(session, returning, combined, options, 0) : combined;
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && ak.every((k) => k in b);
}

function combine(results: readonly Result<unknown>[]): Result<unknown> {
  const first = results[0] as Result<unknown>;
  const rows: RowBase[] = [];
  let rowcount = 0;
  for (const result of results) {
    rowcount += result.rowcount;
    if (result.returnsRows) rows.push(...(result.all() as unknown as RowBase[]));
  }
  return new Result({ keys: first.returnsRows ? first.keys() : undefined, rows, rowcount });
}

/** RETURNING of entities and attributes: rows of objects (through the identity map), as a select gives. */
function hydrateReturning(
  session: Session,
  returning: readonly unknown[],
  result: Result<unknown>,
  options: ExecutionOptions,
  extraColumns: number,
): Promise<Result<unknown>> {
  return ormRows(session, returning, result, { ...options, populateExisting: true }, extraColumns);
}

// ---- bulk UPDATE by primary key ---------------------------------------------------------------------

async function bulkUpdateByPrimaryKey(
  session: Session,
  connection: Connection,
  statement: Update,
  mapper: Mapper,
  parameters: readonly Params[],
  options: ExecutionOptions,
): Promise<Result<unknown>> {
  const sync = synchronizeOption(options);
  if (sync === 'fetch') {
    throw new InvalidRequestError(
      "The 'fetch' synchronization strategy is not available for 'bulk' ORM updates (i.e. multiple parameter sets)",
    );
  }
  if (statement.state.values !== undefined) {
    throw new InvalidRequestError(
      'UPDATE construct with values() cannot take a list of parameter sets; bulk UPDATE by primary key takes update(User) and rows that carry the primary key',
    );
  }
  const plan = tablePlan(mapper);
  const pkKeys = plan.pkProps.map((p) => p.key);
  const records = parameters.map((row) => {
    const missing = plan.primaryKey.filter((c, i) => {
      const key = pkKeys[i] as string;
      return !(key in row) && !(c.columnKey in row);
    });
    if (missing.length > 0) {
      throw new InvalidRequestError(
        `No primary key value supplied for column(s) ${missing.map((c) => `${plan.table.name}.${c.name}`).join(', ')}; per-row ORM Bulk UPDATE by Primary Key requires that records contain primary key values`,
      );
    }
    const set: Record<string, unknown> = {};
    const where: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(toColumnKeys(mapper, row, false))) {
      const column = plan.primaryKey.find((c) => c.columnKey === key);
      if (column !== undefined) where[plan.whereLabel(column)] = value;
      else set[key] = value;
    }
    const setKeys = (plan.table.columnList as readonly Column[])
      .map((c) => c.columnKey)
      .filter((k) => k in set);
    return { row, setKeys, params: { ...set, ...where } };
  });
  let rowcount = 0;
  let start = 0;
  while (start < records.length) {
    const signature = (records[start] as (typeof records)[number]).setKeys.join(',');
    let end = start + 1;
    while (end < records.length && (records[end] as (typeof records)[number]).setKeys.join(',') === signature)
      end++;
    const group = records.slice(start, end);
    let stmt: Update = plan.updateStatement((group[0] as (typeof records)[number]).setKeys);
    if (statement.state.where.length > 0)
      stmt = stmt.where(...(statement.state.where as ColumnElement<boolean>[]));
    const result = await connection.execute(
      stmt,
      group.length === 1 ? group[0]?.params : group.map((r) => r.params),
      options,
    );
    rowcount += result.rowcount;
    start = end;
  }
  if (sync === 'auto' || sync === 'evaluate') synchronizeBulkEvaluate(session, mapper, pkKeys, parameters);
  return new Result({ keys: undefined, rows: [], rowcount });
}

/** SQLAlchemy's _do_post_synchronize_bulk_evaluate: the rows' values on the objects the identity map has. */
function synchronizeBulkEvaluate(
  session: Session,
  mapper: Mapper,
  pkKeys: readonly string[],
  parameters: readonly Params[],
): void {
  for (const row of parameters) {
    const key = mapper.identityKeyFromPrimaryKey(pkKeys.map((k) => row[k]));
    const state = session.identityMap.getState(key);
    if (state === undefined) continue;
    const keys = Object.keys(row).filter((k) => !pkKeys.includes(k) && mapper.columnAttrs.has(k));
    const toEvaluate = keys.filter((k) => !state.committedState.has(k));
    for (const k of toEvaluate) if (k in state.dict) state.dict[k] = row[k];
    state.commit(toEvaluate);
    const toExpire = keys.filter((k) => k in state.dict && !toEvaluate.includes(k));
    if (toExpire.length > 0) state.expire(toExpire);
  }
}

// ---- UPDATE / DELETE with criteria ------------------------------------------------------------------

interface Matched {
  readonly state: InstanceState;
  readonly obj: object;
  /** An attribute the criteria read was not loaded: the object is expired rather than updated. */
  readonly expired: boolean;
}

async function ormUpdateOrDelete(
  session: Session,
  connection: Connection,
  statement: Update | Delete,
  mapper: Mapper,
  parameters: Params | undefined,
  options: ExecutionOptions,
): Promise<Result<unknown>> {
  const isUpdate = statement instanceof Update;
  let stmt: Update | Delete = statement;
  if (isUpdate && statement.state.values !== undefined) {
    stmt = withState(statement, { values: toColumnKeys(mapper, statement.state.values, false) });
  }
  let sync = synchronizeOption(options);
  const where = statement.state.where;
  let matched: Matched[] = [];
  if (sync === 'auto' || sync === 'evaluate') {
    try {
      matched = evaluateMatches(session, mapper, where);
      sync = 'evaluate';
    } catch (error) {
      if (!(error instanceof UnevaluatableError)) throw error;
      if (sync === 'evaluate') {
        throw new InvalidRequestError(
          `Could not evaluate current criteria in Python: "${error.message}". Specify 'fetch' or false for the synchronizeSession execution option.`,
          { cause: error },
        );
      }
      sync = 'fetch';
    }
  }
  const caps = connection.dialect.capabilities;
  const pk = mapper.primaryKey;
  const userReturning = statement.state.returning;
  const userWidth = userReturning.length > 0 ? expandedWidth(stmt) : 0;
  let fetchedKeys: unknown[][] | undefined;
  let fetchByReturning = false;
  if (sync === 'fetch') {
    fetchByReturning = isUpdate ? caps.updateReturning : caps.deleteReturning;
    if (fetchByReturning) stmt = (stmt as Update).returning(...pk) as unknown as Update | Delete;
    else {
      let pre = select(...pk);
      if (where.length > 0) pre = pre.where(...(where as ColumnElement<boolean>[]));
      fetchedKeys = (await connection.execute(pre, parameters, options))
        .all()
        .map((r) => [...(r as unknown as unknown[])]);
    }
  }
  const result = await connection.execute(stmt as ClauseElement, parameters, options);
  let rows: unknown[][] = [];
  if (fetchByReturning || userReturning.length > 0)
    rows = result.all().map((r) => [...(r as unknown as unknown[])]);
  if (fetchByReturning) fetchedKeys = rows.map((r) => r.slice(userWidth, userWidth + pk.length));
  if (fetchedKeys !== undefined) matched = matchesByKeys(session, mapper, fetchedKeys);
  if (sync !== false) {
    if (isUpdate) applyUpdateToObjects(mapper, stmt as Update, matched);
    else session.removeDeleted(matched.map((m) => m.state));
  }
  if (userReturning.length === 0) return new Result({ keys: undefined, rows: [], rowcount: result.rowcount });
  const trimmed = new Result({
    keys: result.keys().slice(0, userWidth),
    rows: rows.map((r) => Object.assign([], r.slice(0, userWidth)) as unknown as RowBase),
    rowcount: result.rowcount,
  });
  return hydrateReturning(session, userReturning, trimmed, options, 0);
}

function expandedWidth(statement: Update | Delete): number {
  return statement.returningColumns.length;
}

/** Objects of `mapper` in the identity map whose attributes satisfy the WHERE criteria. */
function evaluateMatches(session: Session, mapper: Mapper, where: readonly unknown[]): Matched[] {
  const evaluator: Evaluator | undefined =
    where.length === 0
      ? undefined
      : compileEvaluator(where.length === 1 ? where[0] : and(...(where as ColumnElement<boolean>[])), mapper);
  const out: Matched[] = [];
  for (const state of session.identityMap.states()) {
    if (state.mapper !== mapper) continue;
    const obj = state.obj();
    if (obj === undefined) continue;
    const value = evaluator === undefined ? true : evaluator(obj);
    if (value === true) out.push({ state, obj, expired: false });
    else if (value === EXPIRED_OBJECT) out.push({ state, obj, expired: true });
  }
  return out;
}

function matchesByKeys(session: Session, mapper: Mapper, keys: readonly (readonly unknown[])[]): Matched[] {
  const out: Matched[] = [];
  for (const values of keys) {
    const state = session.identityMap.getState(mapper.identityKeyFromPrimaryKey(values));
    const obj = state?.obj();
    if (state !== undefined && obj !== undefined) out.push({ state, obj, expired: false });
  }
  return out;
}

/** SQLAlchemy's _apply_update_set_values_to_objects: SET values evaluated onto unmodified attributes. */
function applyUpdateToObjects(mapper: Mapper, statement: Update, matched: readonly Matched[]): void {
  const values = statement.state.values ?? {};
  const evaluators = new Map<string, Evaluator>();
  const attributes: string[] = [];
  for (const [columnKey, value] of Object.entries(values)) {
    const prop = mapper.propertyForColumn(mapper.localTable.columnByKeyOrName(columnKey) as Column);
    if (prop === undefined) continue;
    attributes.push(prop.key);
    try {
      evaluators.set(prop.key, compileEvaluator(value, mapper));
    } catch (error) {
      if (!(error instanceof UnevaluatableError)) throw error;
    }
  }
  const plan = tablePlan(mapper);
  const onupdate = plan.serverOnupdateCols
    .map((c) => plan.propByColumnKey.get(c.columnKey)?.key)
    .filter((k): k is string => k !== undefined && !evaluators.has(k));
  for (const { state, obj, expired } of matched) {
    if (expired) {
      state.expire(attributes.filter((k) => k in state.dict || state.mapper.columnAttrs.has(k)));
      continue;
    }
    const toExpire = [...onupdate, ...attributes.filter((k) => !evaluators.has(k))].filter(
      (k) => k in state.dict,
    );
    if (toExpire.length > 0) state.expire(toExpire);
    const toEvaluate = [...evaluators.keys()].filter((k) => !state.committedState.has(k));
    for (const key of toEvaluate) {
      const value = (evaluators.get(key) as Evaluator)(obj);
      if (value === EXPIRED_OBJECT) state.expire([key]);
      else state.dict[key] = value;
    }
    state.commit(toEvaluate);
    const formerlyModified = attributes.filter(
      (k) => k in state.dict && !toEvaluate.includes(k) && evaluators.has(k),
    );
    if (formerlyModified.length > 0) state.expire(formerlyModified);
    if (state.mapper.dispatch.has('refresh'))
      state.mapper.dispatch.dispatch('refresh', obj, undefined, toEvaluate);
  }
}
