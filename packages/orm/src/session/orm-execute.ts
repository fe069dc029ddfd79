// session.execute()'s path (SQLAlchemy's Session._execute_internal): the doOrmExecute listeners,
// autoflush for statements that touch mapped tables, then an ORM-enabled select, ORM DML, or
// plain Core execution on the transaction's Connection.
import {
  type ClauseElement,
  type Column,
  Delete,
  type ExecutionOptions,
  FromClause,
  Insert,
  InvalidRequestError,
  Result,
  Select,
  type StreamingResult,
  Update,
} from '@retort/core';
import { executeOrmDml } from '../dml/orm-dml';
import { entitiesOf, executeOrmSelect, isOrmSelect, streamOrmSelect } from '../loading/orm-select';
import { mapperForClass, mapperForTable } from '../mapper/class-mapper';
import type { Mapper } from '../mapper/mapper';
import { OrmExecuteState } from './orm-execute-state';
import type { Session } from './session';

type Params = Readonly<Record<string, unknown>>;

/** Execution options the ORM reads (SQLAlchemy's ORM execution options), besides Core's. */
export interface OrmExecutionOptions extends ExecutionOptions {
  /** Overwrite objects already in the identity map with the rows' values. */
  readonly populateExisting?: boolean;
  /** false: no autoflush before this statement. */
  readonly autoflush?: boolean;
  /** ORM UPDATE/DELETE: how objects in the Session learn about the statement ('auto' by default). */
  readonly synchronizeSession?: 'auto' | 'evaluate' | 'fetch' | false;
  /** ORM INSERT of many rows: send NULL for null values instead of leaving the column out. */
  readonly renderNulls?: boolean;
  readonly identityToken?: string;
}

/** The third argument of session.execute() (SQLAlchemy's execution_options= and bind_arguments=). */
export interface SessionExecuteOptions {
  readonly executionOptions?: OrmExecutionOptions;
  readonly bindArguments?: Readonly<Record<string, unknown>>;
}

function statementOptions(statement: ClauseElement): ExecutionOptions {
  return (statement as { state?: { executionOptions?: ExecutionOptions } }).state?.executionOptions ?? {};
}

/** The mapped class a DML statement targets, if it was given one (`insert(User)`, not `insert(users)`). */
function dmlMapper(statement: ClauseElement): Mapper | undefined {
  if (!(statement instanceof Insert || statement instanceof Update || statement instanceof Delete))
    return undefined;
  const mapper = mapperForClass(statement.state.target);
  mapper?.registry.configure();
  return mapper;
}

/** The mappers a statement involves (for doOrmExecute's allMappers and the autoflush decision). */
function mappersOf(statement: ClauseElement): Mapper[] {
  const dml = dmlMapper(statement);
  if (dml !== undefined) return [dml];
  if (statement instanceof Select) return entitiesOf(statement).map((e) => e.mapper);
  return [];
}

/** Whether a statement reads or writes a mapped table, so pending changes must be flushed first. */
function touchesMappedTables(statement: ClauseElement): boolean {
  if (statement instanceof Select) {
    const state = statement.state;
    for (const from of state.fromObj) if (mapperForTable(from) !== undefined) return true;
    for (const join of state.joins) {
      if (join.target instanceof FromClause && mapperForTable(join.target) !== undefined) return true;
      if (mapperForClass(join.target) !== undefined) return true;
    }
    for (const column of statement.selectedColumns) {
      const table = (column as Partial<Column>).table;
      if (table !== undefined && mapperForTable(table) !== undefined) return true;
    }
    return false;
  }
  if (statement instanceof Insert || statement instanceof Update || statement instanceof Delete) {
    return mapperForTable(statement.table) !== undefined;
  }
  return false;
}

/** session.execute(): listeners first, each able to answer or change the statement. */
export async function executeOrmStatement(
  session: Session,
  statement: ClauseElement,
  parameters: Params | readonly Params[] | undefined,
  options: SessionExecuteOptions,
): Promise<Result<unknown>> {
  const executionOptions = { ...statementOptions(statement), ...options.executionOptions };
  return runWithListeners(session, statement, parameters, executionOptions, options.bindArguments ?? {}, 0);
}

async function runWithListeners(
  session: Session,
  statement: ClauseElement,
  parameters: Params | readonly Params[] | undefined,
  executionOptions: ExecutionOptions,
  bindArguments: Readonly<Record<string, unknown>>,
  from: number,
): Promise<Result<unknown>> {
  const listeners = session.listenersFor('doOrmExecute');
  if (listeners.length > from) {
    let current = from;
    const state = new OrmExecuteState(
      session,
      statement,
      parameters,
      executionOptions,
      bindArguments,
      mappersOf(statement),
      executionOptions._loadKind as 'column' | 'relationship' | undefined,
      (s, stmt, params, opts) => runWithListeners(session, stmt, params, opts, s.bindArguments, current + 1),
    );
    for (; current < listeners.length; current++) {
      const out = await (listeners[current] as (s: OrmExecuteState) => unknown)(state);
      if (out instanceof Result) return out;
    }
    return runStatement(session, state.statement, state.parameters, state.executionOptions);
  }
  return runStatement(session, statement, parameters, executionOptions);
}

async function runStatement(
  session: Session,
  statement: ClauseElement,
  parameters: Params | readonly Params[] | undefined,
  executionOptions: ExecutionOptions,
): Promise<Result<unknown>> {
  const ormSelect = statement instanceof Select && isOrmSelect(statement);
  const mapper = dmlMapper(statement);
  if (
    executionOptions.autoflush !== false &&
    (ormSelect || mapper !== undefined || touchesMappedTables(statement))
  ) {
    await session.autoflushIfEnabled();
  }
  const connection = await session.connection();
  if (ormSelect) {
    if (Array.isArray(parameters))
      throw new InvalidRequestError('A select() takes one set of parameters, not a list');
    return executeOrmSelect(
      session,
      connection,
      statement as Select,
      parameters as Params | undefined,
      executionOptions,
    );
  }
  if (mapper !== undefined) {
    return executeOrmDml(
      session,
      connection,
      statement as Insert | Update | Delete,
      mapper,
      parameters,
      executionOptions,
    );
  }
  return (await connection.execute(statement, parameters, executionOptions)) as Result<unknown>;
}

/** session.stream(): an ORM-enabled select hydrates as it is iterated; anything else streams as Core does. */
export async function streamOrmStatement(
  session: Session,
  statement: ClauseElement,
  parameters: Params | undefined,
  options: SessionExecuteOptions,
): Promise<StreamingResult<unknown>> {
  const executionOptions = { ...statementOptions(statement), ...options.executionOptions };
  const ormSelect = statement instanceof Select && isOrmSelect(statement);
  if (executionOptions.autoflush !== false && (ormSelect || touchesMappedTables(statement))) {
    await session.autoflushIfEnabled();
  }
  const connection = await session.connection();
  if (ormSelect)
    return streamOrmSelect(session, connection, statement as Select, parameters, executionOptions);
  return (await connection.stream(statement, parameters, executionOptions)) as StreamingResult<unknown>;
}
