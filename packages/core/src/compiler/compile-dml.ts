// Renders INSERT, UPDATE and DELETE for SQLCompiler (SQLAlchemy's crud.py + visit_insert/update/
// delete): which columns get values and in which order, how Python-side defaults become binds,
// implicit RETURNING of the primary key, multi-row VALUES, INSERT … SELECT, dialect clauses
// (ON CONFLICT …) and the multi-table forms.
import {
  BindParameter,
  CLAUSE_ELEMENT,
  ClauseElement,
  type Column,
  ColumnElement,
  type ColumnImpl,
  CompileError,
  coerceOperand,
  columnsClauseContexts,
  columnsPlusNames,
  type Delete,
  expandColumnsArg,
  expandedFromObjects,
  type FromClause,
  fromObjects,
  hasClauseElement,
  type Insert,
  labelSelectColumn,
  renderAndList,
  ScalarSubquery,
  SelectBase,
  type SQLCompiler,
  type TableImpl,
  UnsupportedCompilationError,
  type Update,
  type VisitContext,
  valueBind,
} from '../internal';

/**
 * The value given for a column: an expression is rendered grouped, a plain value through the
 * statement's bind for it (named after the column, shared with the cache key).
 */
function valueSql(
  compiler: SQLCompiler,
  stmt: Insert | Update,
  row: number,
  key: string,
  column: Column,
  value: unknown,
  ctx: VisitContext,
): string {
  if (hasClauseElement(value)) value = value[CLAUSE_ELEMENT]();
  if (value instanceof SelectBase) return compiler.process(new ScalarSubquery(value), ctx);
  if (value instanceof ClauseElement) {
    if (value instanceof BindParameter) return compiler.visitBindParam(value, ctx);
    const expr = value instanceof ColumnElement ? coerceOperand(value, column).selfGroup() : value;
    return compiler.process(expr, ctx);
  }
  const multi = stmt.kind === 'insert' && stmt.isMultiValues;
  const bind = valueBind(stmt, row, key, value, multi) as BindParameter;
  return compiler.visitBindParam(bind, ctx);
}

/** A bind filled at execution from the parameters, or from the column's default when they lack it. */
function executionBind(compiler: SQLCompiler, column: ColumnImpl, name: string, ctx: VisitContext): string {
  if (compiler.literalBinds || ctx.literalBinds) {
    throw new CompileError(
      `No literal value for column '${column.table?.name}.${column.name}'; literalBinds needs values()`,
    );
  }
  const bind = new BindParameter(name, undefined, column.type, { required: true });
  const fallback = column.default;
  if (fallback && !fallback.isClauseElement) compiler.defaultBinds.set(name, () => fallback.evaluate());
  return compiler.visitBindParam(bind, ctx);
}

/** What a column gets when the statement does not give it a value: its default, if it has one. */
function defaultSql(
  compiler: SQLCompiler,
  column: ColumnImpl,
  which: 'default' | 'onupdate',
  bindName: string,
  ctx: VisitContext,
): string | undefined {
  const def = column[which];
  if (!def) return undefined;
  if (def.isClauseElement) {
    const expr = def.arg as ClauseElement;
    if (expr instanceof SelectBase) return compiler.process(new ScalarSubquery(expr), ctx);
    return compiler.process(expr instanceof ColumnElement ? expr.selfGroup() : expr, ctx);
  }
  if (compiler.literalBinds || ctx.literalBinds) return compiler.renderLiteral(def.evaluate(), column.type);
  return compiler.placeholderForValue(bindName, column.type, () => def.evaluate());
}

function columnName(compiler: SQLCompiler, column: Column): string {
  return compiler.quote(column.name, column.quote);
}

/** The column a values() key names: its key, else its SQL name. */
function keyFor(given: ReadonlySet<string>, column: ColumnImpl): string | undefined {
  if (given.has(column.columnKey)) return column.columnKey;
  if (given.has(column.name)) return column.name;
  return undefined;
}

/** Keys naming no column are an error before any SQL runs (SQLAlchemy's "Unconsumed column names"). */
function checkKeys(columns: readonly ColumnImpl[], keys: Iterable<string>): void {
  const unknown = [...keys].filter((k) => !columns.some((c) => c.columnKey === k || c.name === k));
  if (unknown.length > 0) throw new CompileError(`Unconsumed column names: ${unknown.join(', ')}`);
}

/** `RETURNING a, b`, labeled like a columns clause and recording the result columns (SQLAlchemy's returning_clause). */
export function renderReturning(compiler: SQLCompiler, args: readonly unknown[], ctx: VisitContext): string {
  const columns = args.flatMap((a) => expandColumnsArg(a));
  compiler.hasReturning = true;
  const kw: VisitContext = { literalBinds: ctx.literalBinds, includeTable: compiler.returningIncludesTable };
  const contexts = columnsClauseContexts(compiler, true, kw);
  const rendered = columnsPlusNames(columns, 'disambiguateOnly', true).map((plan) =>
    labelSelectColumn(
      compiler,
      plan.column,
      contexts,
      false,
      plan.requiredLabelName,
      plan.fallbackLabelName,
      plan.repeated,
    ),
  );
  return `RETURNING ${rendered.join(', ')}`;
}

/** The dialect clauses of a statement (ON CONFLICT …), each preceded by a space. */
function extensionsSql(compiler: SQLCompiler, stmt: Insert | Update | Delete, ctx: VisitContext): string {
  let text = '';
  for (const extension of stmt.state.extensions) {
    const sql = compiler.process(extension, ctx);
    if (sql) text += ` ${sql}`;
  }
  return text;
}

/** CTEs met in the statement, as a WITH clause before it (or after INSERT … on MySQL). */
function withCtes(compiler: SQLCompiler, toplevel: boolean, text: string): string {
  if (compiler.ctes.size === 0) return text;
  return compiler.renderCteClause(toplevel ? undefined : compiler.stack.length, true) + text;
}

// ---- INSERT ----------------------------------------------------------------------------------------

export function renderInsert(compiler: SQLCompiler, insert: Insert, ctx: VisitContext): string {
  const toplevel = compiler.stack.length === 0;
  const table = insert.table as TableImpl;
  compiler.stack.push({ correlateFroms: new Set(), asfromFroms: new Set(), selectable: insert });
  try {
    const state = insert.state;
    const kw: VisitContext = { literalBinds: ctx.literalBinds };
    const columns = table.columnList as ColumnImpl[];
    const prefixes = state.prefixes.length ? `${state.prefixes.join(' ')} ` : '';
    let text = `INSERT ${prefixes}INTO ${compiler.formatTable(table)}`;

    // the columns and their values (SQLAlchemy's crud._scan_cols), in table order
    const rows = insert.rows;
    const multi = insert.isMultiValues;
    const givenKeys = state.fromSelect
      ? new Set<string>(state.fromSelect.names)
      : rows.length > 0
        ? new Set(Object.keys(rows[0] as object))
        : new Set(compiler.options.columnKeys ?? columns.map((c) => c.columnKey));
    checkKeys(columns, givenKeys);
    // which columns are inserted and whether from values or a default, in table order
    const target: ColumnImpl[] = [];
    const sources: (string | undefined)[] = [];
    const pkBinds = new Map<string, string | undefined>();
    for (const column of columns) {
      const key = keyFor(givenKeys, column);
      if (key !== undefined) {
        target.push(column);
        sources.push(key);
        if (column.primaryKey) pkBinds.set(column.columnKey, multi ? undefined : column.columnKey);
      } else if (column.default) {
        target.push(column);
        sources.push(undefined);
        if (column.primaryKey) pkBinds.set(column.columnKey, column.columnKey);
      }
    }
    // the values row by row (their binds are numbered in this order, as SQLAlchemy visits them)
    const valueSets: string[][] = [];
    if (!state.fromSelect) {
      const rowCount = multi ? rows.length : 1;
      for (let i = 0; i < rowCount; i++) {
        const row = rows[i];
        valueSets.push(
          target.map((column, j) => {
            const key = sources[j];
            const name = multi ? `${column.columnKey}_m${i}` : column.columnKey;
            if (key === undefined) return defaultSql(compiler, column, 'default', name, kw) as string;
            if (row !== undefined && key in row)
              return valueSql(compiler, insert, i, key, column, row[key], kw);
            if (row !== undefined) {
              return (
                defaultSql(compiler, column, 'default', name, kw) ?? executionBind(compiler, column, name, kw)
              );
            }
            return executionBind(compiler, column, column.columnKey, kw);
          }),
        );
      }
    }
    compiler.insertPrimaryKey = table.primaryKey.columns.map((c) => ({
      key: c.columnKey,
      bindName: pkBinds.get(c.columnKey),
    }));

    const emptyInsert = target.length === 0 && !state.fromSelect;
    if (!emptyInsert || !compiler.dialect.capabilities.defaultValuesInsert) {
      text += ` (${target.map((c) => columnName(compiler, c)).join(', ')})`;
    }

    // RETURNING: explicit, or the primary key where the database can return it
    const pkMissing = table.primaryKey.columns.some((c) => !target.includes(c as ColumnImpl));
    // where the driver reports lastrowid for an autoincrement key, SQLAlchemy prefers it to RETURNING
    const lastrowid =
      compiler.dialect.capabilities.postfetchLastrowid && table.autoincrementColumn !== undefined;
    const implicit =
      state.returning.length === 0 &&
      !compiler.options.forExecutemany &&
      !multi &&
      !state.fromSelect &&
      compiler.dialect.capabilities.insertReturning &&
      compiler.implicitReturningEnabled &&
      (compiler.options.returnDefaults === true ||
        (pkMissing && table.primaryKey.columns.length > 0 && !lastrowid));
    let returning: string | undefined;
    if (state.returning.length > 0) {
      compiler.requireReturning('insert');
      const sentinel =
        state.sortByParameterOrder && compiler.options.forExecutemany && !multi && !state.fromSelect
          ? insertSentinelColumns(compiler, table, givenKeys)
          : undefined;
      if (sentinel === undefined) returning = renderReturning(compiler, state.returning, kw);
      else {
        const before = compiler.resultColumns.length;
        const width = state.returning.flatMap((r) => expandColumnsArg(r)).length;
        returning = renderReturning(compiler, [...state.returning, ...sentinel.columns], kw);
        compiler.resultColumns.length = before + width;
        const selectForm =
          !sentinel.fromParameters && compiler.dialect.capabilities.insertManyValuesSentinelSelect;
        compiler.insertSentinel = {
          columns: sentinel.columns.map((c) => ({ key: c.columnKey, name: c.name })),
          fromParameters: sentinel.fromParameters,
          selectForm,
          castTypes: selectForm ? target.map((c) => compiler.sentinelCastType(c.type)) : [],
        };
      }
    } else if (implicit) {
      compiler.implicitReturning = true;
      const returned = compiler.options.returnDefaults
        ? columns.filter((c) => c.primaryKey || (c.serverDefault && !target.includes(c)))
        : table.primaryKey.columns;
      returning = renderReturning(compiler, returned, kw);
    }

    if (state.fromSelect) {
      const select = compiler.process(state.fromSelect.select, { ...kw, insertInto: true });
      text +=
        compiler.ctes.size > 0 && compiler.cteFollowsInsert
          ? ` ${withCtes(compiler, toplevel, select)}`
          : ` ${select}`;
    } else if (emptyInsert && compiler.dialect.capabilities.defaultValuesInsert) {
      text += ' DEFAULT VALUES';
    } else if (emptyInsert) {
      if (!compiler.dialect.capabilities.emptyInsert) {
        compiler.unsupported(`an INSERT into '${table.name}' with no values`);
      }
      text += ' VALUES ()';
    } else {
      text += ` VALUES ${valueSets.map((set) => `(${set.join(', ')})`).join(', ')}`;
    }
    text += extensionsSql(compiler, insert, kw);
    if (returning) text += ` ${returning}`;
    if (!compiler.cteFollowsInsert || !state.fromSelect) text = withCtes(compiler, toplevel, text);
    return text;
  } finally {
    compiler.stack.pop();
  }
}

/**
 * The columns that put an ordered executemany's RETURNING rows back in parameter order
 * (SQLAlchemy's insert sentinel): the primary key when the parameters give it, else an
 * autoincrement key where the database numbers rows in VALUES order; undefined when there is
 * none (the batch then runs one row per statement).
 */
function insertSentinelColumns(
  compiler: SQLCompiler,
  table: TableImpl,
  given: ReadonlySet<string>,
): { readonly columns: readonly ColumnImpl[]; readonly fromParameters: boolean } | undefined {
  const pk = table.primaryKey.columns as readonly ColumnImpl[];
  if (pk.length > 0 && pk.every((c) => given.has(c.columnKey))) return { columns: pk, fromParameters: true };
  const auto = table.autoincrementColumn as ColumnImpl | undefined;
  if (
    auto !== undefined &&
    !given.has(auto.columnKey) &&
    compiler.dialect.capabilities.insertManyValuesAutoincrementSentinel
  ) {
    return { columns: [auto], fromParameters: false };
  }
  return undefined;
}

// ---- UPDATE ----------------------------------------------------------------------------------------

export function renderUpdate(compiler: SQLCompiler, update: Update, ctx: VisitContext): string {
  const toplevel = compiler.stack.length === 0;
  const table = update.table as TableImpl;
  const state = update.state;
  const columns = table.columnList as ColumnImpl[];
  const given = state.values ?? {};
  const extraFroms = extraFromsOf(table, state.where, Object.values(given));
  const correlate = new Set<FromClause>([table, ...extraFroms.flatMap((f) => expandedFromObjects(f))]);
  compiler.stack.push({ correlateFroms: correlate, asfromFroms: correlate, selectable: update });
  try {
    const kw: VisitContext = { literalBinds: ctx.literalBinds };
    const multiTable = extraFroms.length > 0;
    const givenKeys = state.values
      ? Object.keys(given)
      : (compiler.options.columnKeys ?? columns.map((c) => c.columnKey));
    checkKeys(columns, givenKeys);
    const keySet = new Set(givenKeys);
    const ordered = state.ordered
      ? [
          ...givenKeys.map((k) => table.columnByKeyOrName(k) as ColumnImpl),
          ...columns.filter((c) => !keySet.has(c.columnKey) && !keySet.has(c.name)),
        ]
      : columns;
    const prefixes = state.prefixes.length ? `${state.prefixes.join(' ')} ` : '';
    let text = `UPDATE ${prefixes}${compiler.updateTables(table, extraFroms, kw)}`;
    const set: string[] = [];
    for (const column of ordered) {
      const key = keyFor(keySet, column);
      const targetSql =
        multiTable && compiler.qualifyMultiTableSet
          ? compiler.visitColumn(column, { includeTable: true })
          : columnName(compiler, column);
      if (key !== undefined) {
        const sql = state.values
          ? valueSql(compiler, update, 0, key, column, given[key], kw)
          : executionBind(compiler, column, column.columnKey, kw);
        set.push(`${targetSql}=${sql}`);
      } else if (column.onupdate) {
        set.push(`${targetSql}=${defaultSql(compiler, column, 'onupdate', column.columnKey, kw)}`);
      }
    }
    if (set.length === 0) {
      throw new CompileError(
        `UPDATE of '${table.name}' has no values to SET; call values() or pass parameters`,
      );
    }
    text += ` SET ${set.join(', ')}`;
    if (multiTable) {
      const from = compiler.updateFromClause(table, extraFroms, kw);
      if (from) text += from;
    }
    const where = renderAndList(compiler, state.where, kw);
    if (where) text += ` WHERE ${where}`;
    text += extensionsSql(compiler, update, kw);
    if (state.returning.length > 0) {
      compiler.requireReturning('update');
      text += ` ${renderReturning(compiler, state.returning, kw)}`;
    }
    return withCtes(compiler, toplevel, text);
  } finally {
    compiler.stack.pop();
  }
}

// ---- DELETE ----------------------------------------------------------------------------------------

export function renderDelete(compiler: SQLCompiler, del: Delete, ctx: VisitContext): string {
  const toplevel = compiler.stack.length === 0;
  const table = del.table as TableImpl;
  const extraFroms = extraFromsOf(table, del.state.where, []);
  const correlate = new Set<FromClause>([table, ...extraFroms.flatMap((f) => expandedFromObjects(f))]);
  compiler.stack.push({ correlateFroms: correlate, asfromFroms: correlate, selectable: del });
  try {
    const kw: VisitContext = { literalBinds: ctx.literalBinds };
    const prefixes = del.state.prefixes.length ? `${del.state.prefixes.join(' ')} ` : '';
    let text = `DELETE ${prefixes}FROM ${compiler.formatTable(table)}`;
    if (extraFroms.length > 0) text += compiler.deleteExtraFromClause(table, extraFroms, kw);
    const where = renderAndList(compiler, del.state.where, kw);
    if (where) text += ` WHERE ${where}`;
    text += extensionsSql(compiler, del, kw);
    if (del.state.returning.length > 0) {
      compiler.requireReturning('delete');
      text += ` ${renderReturning(compiler, del.state.returning, kw)}`;
    }
    return withCtes(compiler, toplevel, text);
  } finally {
    compiler.stack.pop();
  }
}

/** Tables other than the target that the criteria or values mention: the multi-table forms. */
function extraFromsOf(
  table: FromClause,
  criteria: readonly ColumnElement[],
  values: readonly unknown[],
): FromClause[] {
  const froms: FromClause[] = [];
  for (const c of criteria) fromObjects(c, froms);
  for (const v of values) if (v instanceof ColumnElement) fromObjects(v, froms);
  return froms.filter((f) => f !== table);
}

/** The error a dialect without multi-table DELETE raises (SQLAlchemy's NotImplementedError text). */
export function multiTableDeleteError(): UnsupportedCompilationError {
  return new UnsupportedCompilationError(
    'This backend does not support multiple-table criteria within DELETE',
  );
}
