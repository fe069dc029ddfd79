// Renders SELECT, compound selects and CTEs for SQLCompiler, as SQLAlchemy's visit_select,
// visit_compound_select and visit_cte do: the columns clause with its labeling rules, the FROM
// list with joins and correlation against enclosing selects, ORDER BY label references, and the
// WITH clause (nested CTEs at their level).
import {
  CLAUSE_ELEMENT,
  type ClauseElement,
  ColumnClause,
  type ColumnElement,
  CompileError,
  type CompoundSelect,
  type CTE,
  canJoin,
  columnsPlusNames,
  Exists,
  FromClause,
  fromOfArg,
  hasClauseElement,
  InvalidRequestError,
  isJoinTargetLike,
  JOIN_TARGET,
  Join,
  type JoinSpec,
  Label,
  LiteralColumn,
  processBooleanClauses,
  SET_OPERATOR_SQL,
  type Select,
  SelectBase,
  type SQLCompiler,
  TextColumn,
  type TextualSelect,
  UnaryExpression,
  type VisitContext,
} from '../internal';

/** One statement being rendered (SQLAlchemy's compiler stack entry): what nested selects may correlate to. */
export interface CompileStackEntry {
  /** Every FROM clause of the enclosing selects (explicit correlation). */
  readonly correlateFroms: ReadonlySet<FromClause>;
  /** The FROM clauses of the immediately enclosing select (automatic correlation, LATERAL). */
  readonly asfromFroms: ReadonlySet<FromClause>;
  readonly selectable?: SelectBase | ClauseElement;
  /** The first select of a compound in progress, for the column-count check. */
  select0?: SelectBase;
  /** The result map is filled by the first select of this compound / by this nested select. */
  readonly needResultMapForCompound?: boolean;
  readonly needResultMapForNested?: boolean;
}

const EMPTY_SET: ReadonlySet<FromClause> = new Set();
const DEFAULT_ENTRY: CompileStackEntry = { correlateFroms: EMPTY_SET, asfromFroms: EMPTY_SET };

// ---- FROM clauses -------------------------------------------------------------------------------

/** The FROM clauses an expression refers to (SQLAlchemy's _from_objects); scalar subqueries and EXISTS bring none. */
export function fromObjects(element: unknown, into: FromClause[] = []): FromClause[] {
  const add = (from: FromClause) => {
    if (!into.includes(from)) into.push(from);
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (node instanceof FromClause) {
      add(node);
      return;
    }
    const kind = (node as { kind?: string }).kind;
    switch (kind) {
      case 'column': {
        const table = (node as ColumnClause).table;
        if (table) add(table);
        return;
      }
      case 'binary':
        visit((node as { left: unknown }).left);
        visit((node as { right: unknown }).right);
        return;
      case 'booleanClauseList':
      case 'clauseList':
        for (const c of (node as { clauses: readonly unknown[] }).clauses) visit(c);
        return;
      case 'tuple':
        for (const c of (node as { elements: readonly unknown[] }).elements) visit(c);
        return;
      case 'unary':
      case 'grouping':
      case 'label':
      case 'labelReference':
      case 'cast':
      case 'typeCoerce':
        visit((node as { element: unknown }).element);
        return;
      case 'function':
        visit((node as { args: unknown }).args);
        return;
      case 'over':
        visit((node as { element: unknown }).element);
        visit((node as { partitionBy: unknown }).partitionBy);
        visit((node as { orderBy: unknown }).orderBy);
        return;
      case 'functionFilter':
        visit((node as { func: unknown }).func);
        visit((node as { criterion: unknown }).criterion);
        return;
      case 'withinGroup':
        visit((node as { func: unknown }).func);
        visit((node as { orderBy: unknown }).orderBy);
        return;
      case 'case': {
        const c = node as {
          value?: unknown;
          whens: readonly (readonly [unknown, unknown])[];
          else_?: unknown;
        };
        visit(c.value);
        for (const [w, t] of c.whens) {
          visit(w);
          visit(t);
        }
        visit(c.else_);
        return;
      }
      case 'extract':
        visit((node as { expression: unknown }).expression);
        return;
      default:
        return;
    }
  };
  visit(element);
  return into;
}

/** A FROM clause and, for joins, every clause inside it (SQLAlchemy's FromClause._from_objects). */
export function expandedFromObjects(from: FromClause, into: FromClause[] = []): FromClause[] {
  if (!into.includes(from)) into.push(from);
  if (from instanceof Join) {
    expandedFromObjects(from.left, into);
    expandedFromObjects(from.right, into);
  }
  return into;
}

/** The FROM clauses a join hides because it contains them. */
function hiddenFroms(from: FromClause): FromClause[] {
  if (!(from instanceof Join)) return [];
  return [...expandedFromObjects(from.left), ...expandedFromObjects(from.right)];
}

/** The FROM clauses one select() argument brings. */
function fromObjectsOfArg(arg: unknown, into: FromClause[]): void {
  const from = fromOfArg(arg);
  if (from) {
    if (!into.includes(from)) into.push(from);
  } else if (hasClauseElement(arg)) fromObjects(arg[CLAUSE_ELEMENT](), into);
  else fromObjects(arg, into);
}

interface ResolvedJoinTarget {
  readonly right: FromClause;
  readonly onclause: ColumnElement | undefined;
  /** A table joined before `right` (a relationship's association table) and its ON clause. */
  readonly via?: { readonly right: FromClause; readonly onclause: ColumnElement };
}

/** The FROM clause a join target stands for, and the ON clause a relationship gives. */
function resolveJoinTarget(spec: JoinSpec): ResolvedJoinTarget {
  if (isJoinTargetLike(spec.target)) {
    const resolved = spec.target[JOIN_TARGET]();
    const via = spec.onclause === undefined ? resolved.via : undefined;
    return {
      right: asFrom(resolved.target),
      onclause: spec.onclause ?? (resolved.onclause as ColumnElement),
      ...(via ? { via: { right: asFrom(via.target), onclause: via.onclause as ColumnElement } } : {}),
    };
  }
  return { right: asFrom(spec.target), onclause: spec.onclause };
}

/** `left JOIN right`, through the association table first when the target has one. */
function joinTo(left: FromClause, target: ResolvedJoinTarget, spec: JoinSpec): Join {
  const on = (clause: ColumnElement | undefined) => clause as ColumnElement<boolean> | undefined;
  const base = target.via
    ? new Join(left, target.via.right, on(target.via.onclause), spec.isouter, spec.full)
    : left;
  return new Join(base, target.right, on(target.onclause), spec.isouter, spec.full);
}

function asFrom(value: unknown): FromClause {
  if (value instanceof FromClause) return value;
  const from = fromOfArg(value);
  if (from) return from;
  throw new InvalidRequestError(
    `Don't know how to join to ${String(value)}; pass a table, subquery, mapped class or relationship attribute`,
  );
}

/** The columns an ON clause mentions. */
function columnsIn(element: unknown, into: ColumnClause[] = []): ColumnClause[] {
  if (element instanceof ColumnClause) into.push(element);
  else if (element && typeof element === 'object' && !(element instanceof FromClause)) {
    for (const key of ['left', 'right', 'element', 'clauses', 'elements', 'args'] as const) {
      const child = (element as Record<string, unknown>)[key];
      if (Array.isArray(child)) for (const c of child) columnsIn(c, into);
      else if (child) columnsIn(child, into);
    }
  }
  return into;
}

/** Whether `from` contains `column` (directly or through a join). */
function hasColumn(from: FromClause, column: ColumnClause): boolean {
  return expandedFromObjects(from).some((f) => f.columnList.includes(column));
}

/** SQLAlchemy's find_left_clause_to_join_from: the FROMs that can be the left side of a join to `right`. */
function leftCandidates(
  clauses: readonly FromClause[],
  right: FromClause,
  onclause: ColumnElement | undefined,
): number[] {
  let indexes: number[] = [];
  const targets = expandedFromObjects(right);
  const onColumns = clauses.length > 1 && onclause !== undefined ? columnsIn(onclause) : undefined;
  clauses.forEach((f, i) => {
    for (const s of targets) {
      if (s === f) continue;
      if (onColumns) {
        if (onColumns.every((c) => hasColumn(f, c) || hasColumn(s, c))) {
          indexes.push(i);
          break;
        }
      } else if (onclause !== undefined || canJoin(f, s)) {
        indexes.push(i);
        break;
      }
    }
  });
  if (indexes.length > 1) {
    const hidden = new Set(clauses.flatMap(hiddenFroms));
    indexes = indexes.filter((i) => !hidden.has(clauses[i] as FromClause));
  }
  if (indexes.length === 0 && onclause !== undefined) return clauses.map((_, i) => i);
  return indexes;
}

/** Whether `from` is, or was derived from (contains), `target`. */
function derivedFrom(from: FromClause, target: FromClause): boolean {
  return expandedFromObjects(from).includes(target);
}

/**
 * The explicit FROM list after applying `join()` calls (SQLAlchemy's _setup_joins): each join
 * replaces the FROM that can be its left side, or is added with its left side taken from the
 * columns and criteria.
 */
function fromClausesWithJoins(select: Select): FromClause[] {
  let froms: FromClause[] = [...select.state.fromObj];
  for (const spec of select.state.joins) {
    const resolved = resolveJoinTarget(spec);
    // The left side is the FROM the first ON clause refers to: the association table's, if any.
    const { right, onclause } = resolved.via ?? resolved;
    let left: FromClause | undefined;
    let replaceIndex: number | undefined;
    if (spec.left !== undefined) {
      const explicitLeft = asFrom(spec.left);
      left = explicitLeft;
      const indexes = froms.map((f, i) => (derivedFrom(f, explicitLeft) ? i : -1)).filter((i) => i >= 0);
      if (indexes.length > 1) {
        throw new InvalidRequestError(
          "Can't identify which entity in which to assign the left side of this join.   Please use a more specific ON clause.",
        );
      }
      replaceIndex = indexes[0];
    } else {
      let indexes: number[];
      if (froms.length > 0) {
        indexes = leftCandidates(froms, right, onclause);
        if (indexes.length === 1) {
          replaceIndex = indexes[0];
          left = froms[replaceIndex as number];
        }
      } else {
        const potential: FromClause[] = [];
        for (const arg of select.state.rawColumns) fromObjectsOfArg(arg, potential);
        for (const w of select.state.where) fromObjects(w, potential);
        indexes = leftCandidates(potential, right, onclause);
        if (indexes.length === 1) left = potential[indexes[0] as number];
      }
      if (indexes.length > 1) {
        throw new InvalidRequestError(
          "Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.",
        );
      }
      if (indexes.length === 0) {
        throw new InvalidRequestError(
          `Don't know how to join to ${describeFrom(right)}. Please use the .select_from() method to establish an explicit left side, as well as providing an explicit ON clause if not present already to help resolve the ambiguity.`,
        );
      }
    }
    if (replaceIndex !== undefined) {
      const joined = joinTo(froms[replaceIndex] as FromClause, resolved, spec);
      froms = [...froms.slice(0, replaceIndex), joined, ...froms.slice(replaceIndex + 1)];
    } else {
      froms = [...froms, joinTo(left as FromClause, resolved, spec)];
    }
  }
  return froms;
}

function describeFrom(from: FromClause): string {
  return from.fromName !== undefined ? `${from.constructor.name}(${from.fromName})` : from.constructor.name;
}

/** SQLAlchemy's SelectState.froms: explicit FROMs and joins, then those of the columns and WHERE, minus what joins contain. */
export function selectFroms(select: Select): FromClause[] {
  const memo = fromsMemo.get(select);
  if (memo) return memo;
  const all: FromClause[] = [...fromClausesWithJoins(select)];
  const push = (f: FromClause) => {
    if (!all.includes(f)) all.push(f);
  };
  const found: FromClause[] = [];
  for (const arg of select.state.rawColumns) fromObjectsOfArg(arg, found);
  for (const w of select.state.where) fromObjects(w, found);
  for (const f of found) push(f);
  for (const f of all) {
    if (f instanceof SelectBase)
      throw new InvalidRequestError('select() construct refers to itself as a FROM');
  }
  const hidden = new Set(all.flatMap(hiddenFroms));
  const froms = all.filter((f) => !hidden.has(f));
  fromsMemo.set(select, froms);
  return froms;
}

const fromsMemo = new WeakMap<Select, FromClause[]>();

/** SQLAlchemy's _get_display_froms: the FROM list minus clauses correlated with enclosing selects. */
export function displayFroms(
  select: Select,
  explicitCorrelate: ReadonlySet<FromClause>,
  implicitCorrelate: ReadonlySet<FromClause>,
): FromClause[] {
  let froms = selectFroms(select);
  const s = select.state;
  if (s.correlate !== undefined && s.correlate.length > 0) {
    const toCorrelate = s.correlate;
    froms = froms.filter((f) => !(explicitCorrelate.has(f) && toCorrelate.includes(f)));
  }
  if (s.correlateExcept !== undefined) {
    const except = s.correlateExcept;
    froms = froms.filter((f) => !(explicitCorrelate.has(f) && !except.includes(f)));
  }
  const autoCorrelate = s.correlate === undefined && s.correlateExcept === undefined;
  if (autoCorrelate && implicitCorrelate.size > 0 && froms.length > 1) {
    froms = froms.filter((f) => !implicitCorrelate.has(f));
    if (froms.length === 0) {
      throw new InvalidRequestError(
        `Select statement '${select.toString()}' returned no FROM clauses due to auto-correlation; specify correlate(<tables>) to control correlation manually.`,
      );
    }
  }
  return froms;
}

/** Pushes the stack entry for a select and returns its FROM list (SQLAlchemy's _setup_select_stack). */
function setupSelectStack(
  compiler: SQLCompiler,
  select: Select,
  entry: CompileStackEntry,
  ctx: VisitContext,
): FromClause[] {
  const { correlateFroms, asfromFroms } = entry;
  const compoundIndex = ctx.compoundIndex;
  if (compoundIndex === 0) entry.select0 = select;
  else if (compoundIndex !== undefined && entry.select0) {
    const expected = entry.select0.selectedColumns.length;
    const actual = select.selectedColumns.length;
    if (expected !== actual) {
      throw new CompileError(
        `All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has ${expected} columns, select #${compoundIndex + 1} has ${actual}`,
      );
    }
  }
  const froms =
    ctx.asfrom && !ctx.lateral
      ? displayFroms(select, difference(correlateFroms, asfromFroms), EMPTY_SET)
      : displayFroms(select, correlateFroms, asfromFroms);
  const own = new Set<FromClause>();
  for (const f of froms) for (const o of expandedFromObjects(f)) own.add(o);
  compiler.stack.push({
    asfromFroms: own,
    correlateFroms: new Set([...own, ...correlateFroms]),
    selectable: select,
  });
  return froms;
}

function difference<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Set<T> {
  return new Set([...a].filter((x) => !b.has(x)));
}

// ---- columns clause -----------------------------------------------------------------------------

/** Whether SQLAlchemy would write `AS <label>` for an unlabeled column (its _label_select_column heuristics). */
function needsLabel(compiler: SQLCompiler, column: ColumnElement, asfrom: boolean): boolean {
  if (column instanceof ColumnClause) return asfrom && !column.isLiteral && column.table !== undefined;
  if (column instanceof LiteralColumn) return false;
  if (column instanceof TextColumn) return false;
  if (column instanceof UnaryExpression) {
    return (
      (column.isAsBoolean && !compiler.dialect.capabilities.nativeBoolean) ||
      column.wrapsUnnamedColumn ||
      asfrom
    );
  }
  if (column instanceof Exists) return true;
  return !column.isNamedColumn && column.nonAnonLabel === undefined;
}

/** The visit contexts of one columns clause: plain, and for a repeated column (its own result object). */
export interface ColumnsClauseContexts {
  readonly plain: VisitContext;
  readonly repeated: VisitContext;
}

/**
 * Made once per columns clause, not per column: the contexts and result-map callbacks are shared.
 * `ctx` is the clause's own context, which carries only `literalBinds` and `includeTable`.
 */
export function columnsClauseContexts(
  compiler: SQLCompiler,
  populateResultMap: boolean,
  ctx: VisitContext,
): ColumnsClauseContexts {
  const context = (addToResultMap: VisitContext['addToResultMap']): VisitContext => ({
    literalBinds: ctx.literalBinds,
    includeTable: ctx.includeTable,
    withinColumnsClause: true,
    withinLabelClause: false,
    addToResultMap,
  });
  if (!populateResultMap) {
    const plain = context(undefined);
    return { plain, repeated: plain };
  }
  return {
    plain: context((rc) => compiler.resultColumns.push(rc)),
    repeated: context((rc) => compiler.resultColumns.push({ ...rc, objects: [rc.key] })),
  };
}

/** One column of the columns clause, labeled as needed, recording its result column (SQLAlchemy's _label_select_column). */
export function labelSelectColumn(
  compiler: SQLCompiler,
  column: ColumnElement,
  contexts: ColumnsClauseContexts,
  asfrom: boolean,
  name: string | undefined,
  fallbackLabelName: string | undefined,
  repeated: boolean,
): string {
  const columnCtx = repeated ? contexts.repeated : contexts.plain;
  if (column instanceof Label) return compiler.process(column, columnCtx);
  if (name !== undefined) return compiler.renderColumnLabel(column, name, columnCtx);
  if (needsLabel(compiler, column, asfrom)) {
    return compiler.renderColumnLabel(column, fallbackLabelName ?? column.anonNameLabel, columnCtx);
  }
  return compiler.process(column, columnCtx);
}

// ---- SELECT --------------------------------------------------------------------------------------

export function renderSelect(compiler: SQLCompiler, select: Select, ctx: VisitContext): string {
  const toplevel = compiler.stack.length === 0;
  const entry = toplevel ? { ...DEFAULT_ENTRY } : (compiler.stack.at(-1) as CompileStackEntry);
  let populateResultMap =
    toplevel || entry.needResultMapForCompound === true || entry.needResultMapForNested === true;
  if (ctx.compoundIndex) populateResultMap = false;
  const isEmbedded = ctx.compoundIndex !== undefined || ctx.insertInto === true;
  const froms = setupSelectStack(compiler, select, entry, ctx);
  try {
    const kw: VisitContext = { literalBinds: ctx.literalBinds };
    const s = select.state;
    let text = 'SELECT ';
    if (s.prefixes.length) text += `${s.prefixes.join(' ')} `;
    text += compiler.distinctClause(select, kw);
    const contexts = columnsClauseContexts(compiler, populateResultMap, kw);
    const columns = columnsPlusNames(select.selectedColumns, s.labelStyle, true).map((plan) =>
      labelSelectColumn(
        compiler,
        plan.column,
        contexts,
        ctx.asfrom === true,
        plan.requiredLabelName,
        plan.fallbackLabelName,
        plan.repeated,
      ),
    );
    text += columns.join(', ');
    if (columns.length === 0) text = text.trimEnd();
    if (froms.length > 0) {
      text += ` \nFROM ${froms.map((f) => compiler.process(f, { ...kw, asfrom: true })).join(', ')}`;
    } else text += compiler.defaultFrom();
    const where = renderAndList(compiler, s.where, kw);
    if (where) text += ` \nWHERE ${where}`;
    if (s.groupBy.length) text += compiler.groupByClause(s.groupBy, kw);
    const having = renderAndList(compiler, s.having, kw);
    if (having) text += ` \nHAVING ${having}`;
    if (s.orderBy.length) text += compiler.orderByClause(s.orderBy, kw);
    if (s.fetch) text += compiler.fetchClause(s.fetch, s.offset, kw);
    else if (s.limit || s.offset) text += compiler.limitClause({ limit: s.limit, offset: s.offset }, kw);
    if (s.forUpdate) text += compiler.forUpdateClause(s.forUpdate, kw);
    if (compiler.ctes.size > 0 && (!isEmbedded || toplevel)) {
      text = compiler.renderCteClause(toplevel ? undefined : compiler.stack.length) + text;
    }
    if (s.suffixes.length) text += ` ${s.suffixes.join(' ')} `;
    return text;
  } finally {
    compiler.stack.pop();
  }
}

/** Criteria joined by AND as SQLAlchemy's _generate_delimited_and_list (true()/false() folded). */
export function renderAndList(
  compiler: SQLCompiler,
  criteria: readonly ColumnElement[],
  ctx: VisitContext,
): string {
  if (criteria.length === 0) return '';
  const [count, clauses] = processBooleanClauses('and', criteria);
  if (count === 1) return compiler.process(clauses[0] as ColumnElement, ctx);
  return clauses
    .map((c) => compiler.process(c, ctx))
    .filter((t) => t !== '')
    .join(' AND ');
}

export function renderCompoundSelect(
  compiler: SQLCompiler,
  compound: CompoundSelect,
  ctx: VisitContext,
): string {
  const toplevel = compiler.stack.length === 0;
  const entry = toplevel ? { ...DEFAULT_ENTRY } : (compiler.stack.at(-1) as CompileStackEntry);
  const needResultMap = toplevel || (!ctx.compoundIndex && entry.needResultMapForCompound === true);
  if (ctx.compoundIndex === 0) entry.select0 = compound;
  compiler.stack.push({
    correlateFroms: entry.correlateFroms,
    asfromFroms: entry.asfromFroms,
    selectable: compound,
    needResultMapForCompound: needResultMap,
  });
  try {
    const keyword = ` ${SET_OPERATOR_SQL[compound.operator]} `;
    const kw: VisitContext = { literalBinds: ctx.literalBinds };
    let text = compound.selects
      .map((select, i) => {
        const grouped = compoundGrouped(select);
        const sql = compiler.process(select, { ...kw, asfrom: ctx.asfrom, compoundIndex: i });
        return grouped ? `(${sql})` : sql;
      })
      .join(keyword);
    const outer: VisitContext = { ...kw, includeTable: false };
    if (compound.orderByClauses.length) text += compiler.orderByClause(compound.orderByClauses, outer);
    if (compound.limitClause || compound.offsetClause) {
      text += compiler.limitClause({ limit: compound.limitClause, offset: compound.offsetClause }, outer);
    }
    if (compiler.ctes.size > 0) {
      text = compiler.renderCteClause(toplevel ? undefined : compiler.stack.length, true) + text;
    }
    return text;
  } finally {
    compiler.stack.pop();
  }
}

/** A select inside a compound is parenthesized when it has ORDER BY or LIMIT; a compound always is. */
function compoundGrouped(select: SelectBase): boolean {
  if (select.kind === 'compoundSelect') return true;
  if (select.kind !== 'select') return false;
  const s = (select as Select).state;
  return s.limit !== undefined || s.offset !== undefined || s.fetch !== undefined || s.orderBy.length > 0;
}

// ---- label references -----------------------------------------------------------------------------

/** The selected columns by `tqLabel ?? key` (SQLAlchemy's _label_resolve_dict), for ORDER BY references. */
export function labelResolveDict(select: SelectBase): {
  onlyCols: Map<string, ColumnElement>;
  withCols: Map<string, ColumnElement>;
} {
  const onlyCols = new Map<string, ColumnElement>();
  // a compound's columns go by their keys alone (`orderBy('name')` after a UNION)
  const compound = select.kind === 'compoundSelect';
  for (const c of select.selectedColumns) {
    const key = compound ? c.elementKey : (c.tqLabel ?? c.elementKey);
    if (key !== undefined && !onlyCols.has(key)) onlyCols.set(key, c);
  }
  const withCols = new Map(onlyCols);
  if (select.kind === 'select') {
    for (const from of selectFroms(select as Select)) {
      for (const c of from.columnList) if (!withCols.has(c.columnKey)) withCols.set(c.columnKey, c);
    }
  }
  return { onlyCols, withCols };
}

/** The select whose columns ORDER BY terms may refer to: the innermost one being rendered. */
export function currentSelectable(compiler: SQLCompiler): SelectBase | undefined {
  const entry = compiler.stack.at(-1);
  return entry?.selectable instanceof SelectBase ? entry.selectable : undefined;
}

// ---- first select of a compound, textual selects --------------------------------------------------------

export function renderTextualSelect(compiler: SQLCompiler, node: TextualSelect, ctx: VisitContext): string {
  const toplevel = compiler.stack.length === 0;
  const entry = toplevel ? DEFAULT_ENTRY : (compiler.stack.at(-1) as CompileStackEntry);
  const populate =
    toplevel ||
    (!ctx.compoundIndex &&
      (entry.needResultMapForCompound === true || entry.needResultMapForNested === true));
  if (populate) {
    for (const c of node.columnClauses) {
      compiler.resultColumns.push({
        key: c.name,
        name: c.name,
        type: c.type,
        objects: [c, c.name, c.columnKey],
      });
    }
  }
  return compiler.visitTextClause(node.text, ctx);
}

// ---- CTEs ----------------------------------------------------------------------------------------------

/**
 * A CTE in FROM renders as its name; its definition is collected for the WITH clause (SQLAlchemy's
 * visit_cte). The completed recursive version (after unionAll) replaces the first part, and
 * references from inside its own definition render just the name.
 */
export function visitCte(compiler: SQLCompiler, cte: CTE, ctx: VisitContext): string {
  const reference = cte.root;
  const name = compiler.fromName(cte);
  const nesting = cte.options.nesting === true;
  let isNew = true;
  let embeddedInCurrent = false;
  let levelName: string;
  const known = compiler.cteLevels.get(reference);
  let existing: CTE | undefined;
  if (known !== undefined) {
    levelName = known;
    existing = compiler.ctesByLevelName.get(levelName);
  } else {
    levelName = `${nesting ? compiler.stack.length : 1}:${name}`;
    existing = compiler.ctesByLevelName.get(levelName);
  }
  if (existing !== undefined) {
    embeddedInCurrent = ctx.visitingCte === existing;
    if (cte === existing.restates || cte === existing) isNew = false;
    else if (existing === cte.restates) {
      compiler.ctes.delete(existing);
      compiler.cteLevels.delete(existing.root);
    } else if (cte.cacheKey().key === existing.cacheKey().key) isNew = false;
    else throw new CompileError(`Multiple, unrelated CTEs found with the same name: '${name}'`);
  }
  if (!ctx.asfrom && !isNew) return '';
  if (isNew) {
    compiler.ctesByLevelName.set(levelName, cte);
    compiler.cteLevels.set(reference, levelName);
    if (!compiler.ctes.has(cte)) {
      let text = compiler.quote(name);
      if (cte.recursive) {
        const names = columnsPlusNames(cte.element.selectedColumns, cte.element.labelStyle, true)
          .filter((p) => !p.repeated)
          .map((p) => compiler.quote(compiler.resolveName(p.fallbackLabelName ?? p.proxyKey ?? 'anon')));
        text += `(${names.join(', ')})`;
      }
      const inner = compiler.process(cte.element, {
        literalBinds: ctx.literalBinds,
        asfrom: true,
        visitingCte: cte,
      });
      text += ` AS \n(${inner})`;
      compiler.ctes.set(cte, text);
    }
  }
  if (ctx.asfrom) {
    if (!isNew && embeddedInCurrent) return compiler.quote(name);
    return compiler.quote(name);
  }
  return '';
}

/** `WITH [RECURSIVE] a AS (…), b AS (…)\n ` for the CTEs rendered at this level. */
export function renderCteClause(
  compiler: SQLCompiler,
  nestingLevel?: number,
  includeFollowingStack = false,
): string {
  if (compiler.ctes.size === 0) return '';
  let ctes: [CTE, string][];
  if (nestingLevel !== undefined && nestingLevel > 1) {
    ctes = [...compiler.ctes].filter(([cte]) => {
      const levelName = compiler.cteLevels.get(cte.root) as string;
      const level = Number(levelName.slice(0, levelName.indexOf(':')));
      const rendered = level === nestingLevel || (includeFollowingStack && level === nestingLevel + 1);
      return cte.options.nesting === true && rendered;
    });
  } else ctes = [...compiler.ctes];
  if (ctes.length === 0) return '';
  const recursive = ctes.some(([cte]) => cte.recursive);
  const text = `${recursive ? 'WITH RECURSIVE' : 'WITH'} ${ctes.map(([, sql]) => sql).join(', \n')}\n `;
  if (nestingLevel !== undefined && nestingLevel > 1) {
    for (const [cte] of ctes) {
      const levelName = compiler.cteLevels.get(cte.root) as string;
      compiler.ctes.delete(cte);
      compiler.ctesByLevelName.delete(levelName);
      compiler.cteLevels.delete(cte.root);
    }
  }
  return text;
}

/** Raised by ORDER BY `'name'` when no selected column or label has that name. */
export function noLabelError(name: string): CompileError {
  return new CompileError(
    `Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression '${name}' should be explicitly declared as text('${name}')`,
  );
}
