// select(...): the SELECT statement (SQLAlchemy's Select). Immutable: every method returns a
// new Select around new state. Rows are typed from the arguments (select-typing.ts); FROM
// clauses, joins and correlation are resolved at compile time, as SQLAlchemy's compile state does.
import {
  ArgumentError,
  BooleanClauseList,
  CLAUSE_ELEMENT,
  type ClauseElement,
  ColumnClause,
  ColumnElement,
  CompoundSelect,
  coerceColumnExpression,
  coerceWhere,
  describeArgument,
  FromClause,
  false_,
  hasClauseElement,
  hasSelectColumns,
  InvalidRequestError,
  isJoinTargetLike,
  JOIN_TARGET,
  type JoinTargetLike,
  type KeyBuilder,
  LabelReference,
  Lateral,
  literal,
  literalColumn,
  null_,
  orderByLabelElement,
  SELECT_COLUMNS,
  SelectBase,
  type TextClause,
  TextualLabelReference,
  true_,
} from '../../internal';
import type { SameWidth, SelectArg } from './select-typing';

export type LabelStyle = 'disambiguateOnly' | 'tablenamePlusCol' | 'none';

export interface JoinSpec {
  /** The target as given: a FROM clause, an ORM entity, or a relationship attribute. */
  readonly target: FromClause | JoinTargetLike | object;
  readonly onclause: ColumnElement | undefined;
  /** Explicit left side (`joinFrom`); otherwise the leftmost FROM that can join the target. */
  readonly left: FromClause | object | undefined;
  readonly isouter: boolean;
  readonly full: boolean;
}

export interface ForUpdateOptions {
  readonly nowait?: boolean;
  /** FOR SHARE (PostgreSQL), LOCK IN SHARE MODE (MySQL). */
  readonly read?: boolean;
  readonly skipLocked?: boolean;
  readonly keyShare?: boolean;
  readonly of?: readonly (FromClause | ColumnElement)[];
}

export interface FetchOptions {
  readonly withTies?: boolean;
  readonly percent?: boolean;
}

export interface SelectState {
  /** The arguments as given (ORM entities stay entities; the ORM reads them). */
  readonly rawColumns: readonly SelectArg[];
  readonly fromObj: readonly FromClause[];
  readonly joins: readonly JoinSpec[];
  readonly where: readonly ColumnElement[];
  readonly having: readonly ColumnElement[];
  readonly groupBy: readonly ColumnElement[];
  readonly orderBy: readonly ColumnElement[];
  readonly limit: ColumnElement | undefined;
  readonly offset: ColumnElement | undefined;
  readonly fetch: { readonly count: ColumnElement; readonly options: FetchOptions } | undefined;
  readonly distinct: boolean;
  /** PostgreSQL DISTINCT ON expressions. */
  readonly distinctOn: readonly ColumnElement[];
  readonly forUpdate: ForUpdateOptions | undefined;
  /** `undefined`: automatic correlation; a list: correlate exactly these. */
  readonly correlate: readonly FromClause[] | undefined;
  readonly correlateExcept: readonly FromClause[] | undefined;
  readonly labelStyle: LabelStyle;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  /** Loader and other options for the ORM, stored untouched by Core. */
  readonly options: readonly unknown[];
  readonly executionOptions: Readonly<Record<string, unknown>>;
}

const EMPTY: readonly never[] = Object.freeze([]);

function initialState(rawColumns: readonly SelectArg[]): SelectState {
  return {
    rawColumns: selectArgs(rawColumns),
    fromObj: EMPTY,
    joins: EMPTY,
    where: EMPTY,
    having: EMPTY,
    groupBy: EMPTY,
    orderBy: EMPTY,
    limit: undefined,
    offset: undefined,
    fetch: undefined,
    distinct: false,
    distinctOn: EMPTY,
    forUpdate: undefined,
    correlate: undefined,
    correlateExcept: undefined,
    labelStyle: 'disambiguateOnly',
    prefixes: EMPTY,
    suffixes: EMPTY,
    options: EMPTY,
    executionOptions: {},
  };
}

/** Expressions accepted where a limit or offset goes: an integer becomes a bound parameter. */
export function limitValue(
  value: number | ColumnElement<number> | null,
  where: string,
): ColumnElement | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof ColumnElement) return value;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ArgumentError(`${where}() expects an integer, a SQL expression or null, got ${String(value)}`);
  }
  return literal(value);
}

export class Select<A extends readonly unknown[] = readonly unknown[]> extends SelectBase<A> {
  readonly kind = 'select' as const;
  readonly state: SelectState;

  constructor(rawColumns: readonly SelectArg[] | SelectState) {
    super();
    this.state = Array.isArray(rawColumns)
      ? initialState(rawColumns as readonly SelectArg[])
      : (rawColumns as SelectState);
  }

  protected with(patch: Partial<SelectState>): this {
    const Ctor = this.constructor as new (state: SelectState) => this;
    return new Ctor({ ...this.state, ...patch });
  }

  override get labelStyle(): LabelStyle {
    return this.state.labelStyle;
  }

  /** The column expressions, with tables and entities expanded into their columns. */
  get selectedColumns(): readonly ColumnElement[] {
    const cached = expandedColumns.get(this);
    if (cached) return cached;
    const columns = this.state.rawColumns.flatMap((arg) => expandColumnsArg(arg, this.state.options));
    expandedColumns.set(this, columns);
    return columns;
  }

  // ---- criteria --------------------------------------------------------------------------

  /** `WHERE a AND b …`; several calls are ANDed together. */
  where(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.with({ where: [...this.state.where, ...criteria.map((c) => coerceWhere(c, 'where'))] });
  }

  /** Alias of where(), as in SQLAlchemy. */
  filter(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.where(...criteria);
  }

  /**
   * Equality criteria by attribute name against the last joined entity, or the first selected
   * one: `select(User).filterBy({ name: 'Alice', is_active: true })`.
   */
  filterBy(criteria: Readonly<Record<string, unknown>>): this {
    const target = this.filterByTarget();
    const columns = target.c as Record<string, ColumnElement | undefined>;
    const clauses = Object.entries(criteria).map(([name, value]) => {
      const column = Object.hasOwn(columns, name) ? columns[name] : undefined;
      if (!column) {
        throw new InvalidRequestError(
          `Entity namespace for "${target.fromName ?? 'the target'}" has no property "${name}"; expected one of: ${Object.keys(columns).join(', ')}`,
        );
      }
      return column.eq(value as never);
    });
    return this.with({ where: [...this.state.where, ...clauses] });
  }

  having(...criteria: readonly (ColumnElement<boolean | null> | TextClause)[]): this {
    return this.with({ having: [...this.state.having, ...criteria.map((c) => coerceWhere(c, 'having'))] });
  }

  groupBy(...clauses: readonly (ColumnElement | string)[]): this {
    return this.with({
      groupBy: [...this.state.groupBy, ...clauses.map((c) => this.orderingTerm(c, 'groupBy'))],
    });
  }

  /** ORDER BY; `orderBy(null)` removes existing ordering, as in SQLAlchemy. */
  orderBy(...clauses: readonly (ColumnElement | string | null)[]): this {
    if (clauses.length === 1 && clauses[0] === null) return this.with({ orderBy: EMPTY });
    return this.with({
      orderBy: [
        ...this.state.orderBy,
        ...clauses.map((c) => this.orderingTerm(c as ColumnElement | string, 'orderBy')),
      ],
    });
  }

  limit(limit: number | ColumnElement<number> | null): this {
    return this.with({ limit: limitValue(limit, 'limit'), fetch: undefined });
  }

  offset(offset: number | ColumnElement<number> | null): this {
    return this.with({ offset: limitValue(offset, 'offset') });
  }

  /** `FETCH FIRST n ROWS ONLY` (`WITH TIES`, `PERCENT`); replaces limit(). */
  fetch(count: number | ColumnElement<number> | null, options: FetchOptions = {}): this {
    const value = limitValue(count, 'fetch');
    return this.with({ fetch: value ? { count: value, options } : undefined, limit: undefined });
  }

  /** `SELECT DISTINCT`; with expressions, PostgreSQL's `DISTINCT ON (…)`. */
  distinct(...on: readonly ColumnElement[]): this {
    return this.with({
      distinct: true,
      distinctOn: [...this.state.distinctOn, ...on.map((c) => coerceColumnExpression(c, 'distinct'))],
    });
  }

  /** `FOR UPDATE` (`NOWAIT`, `SKIP LOCKED`, `OF …`, `FOR SHARE` with `{ read: true }`). */
  withForUpdate(options: ForUpdateOptions = {}): this {
    return this.with({ forUpdate: options });
  }

  // ---- FROM and joins ----------------------------------------------------------------------

  /** Explicit FROM clauses (`select(func.count()).selectFrom(users)`). */
  selectFrom(...froms: readonly (FromClause | object)[]): this {
    return this.with({ fromObj: [...this.state.fromObj, ...froms.map((f) => coerceFrom(f, 'selectFrom'))] });
  }

  /**
   * `JOIN target ON …` from the leftmost FROM clause that can reach the target; the ON clause is
   * inferred from foreign keys (or from the relationship, for `join(User.posts)`).
   */
  join(
    target: FromClause | object,
    onclause?: ColumnElement<boolean | null>,
    options: { isouter?: boolean; full?: boolean } = {},
  ): this {
    return this.addJoin({
      target,
      onclause,
      left: undefined,
      isouter: options.isouter ?? false,
      full: options.full ?? false,
    });
  }

  /** `LEFT OUTER JOIN`. */
  outerjoin(
    target: FromClause | object,
    onclause?: ColumnElement<boolean | null>,
    options: { full?: boolean } = {},
  ): this {
    return this.addJoin({ target, onclause, left: undefined, isouter: true, full: options.full ?? false });
  }

  /** `FULL OUTER JOIN`. */
  fullJoin(target: FromClause | object, onclause?: ColumnElement<boolean | null>): this {
    return this.addJoin({ target, onclause, left: undefined, isouter: true, full: true });
  }

  /** A join with an explicit left side: `select(a.c.x).joinFrom(a, b)`. */
  joinFrom(
    left: FromClause | object,
    right: FromClause | object,
    onclause?: ColumnElement<boolean | null>,
    options: { isouter?: boolean; full?: boolean } = {},
  ): this {
    return this.addJoin({
      target: right,
      onclause,
      left,
      isouter: options.isouter ?? false,
      full: options.full ?? false,
    });
  }

  outerjoinFrom(
    left: FromClause | object,
    right: FromClause | object,
    onclause?: ColumnElement<boolean | null>,
  ): this {
    return this.addJoin({ target: right, onclause, left, isouter: true, full: false });
  }

  /** Correlate exactly these FROM clauses with an enclosing select (none with `correlate(null)`). */
  correlate(...froms: readonly (FromClause | object | null)[]): this {
    if (froms.length === 1 && froms[0] === null) return this.with({ correlate: EMPTY });
    return this.with({
      correlate: [...(this.state.correlate ?? []), ...froms.map((f) => coerceFrom(f as object, 'correlate'))],
    });
  }

  /** Correlate every enclosing FROM clause except these. */
  correlateExcept(...froms: readonly (FromClause | object)[]): this {
    return this.with({
      correlateExcept: [
        ...(this.state.correlateExcept ?? []),
        ...froms.map((f) => coerceFrom(f, 'correlateExcept')),
      ],
    });
  }

  // ---- columns -----------------------------------------------------------------------------

  /** More columns: `select(users.c.id).addColumns(users.c.name)`. */
  addColumns<const B extends readonly SelectArg[]>(...columns: B): Select<readonly [...A, ...B]> {
    return new Select<readonly [...A, ...B]>({
      ...this.state,
      rawColumns: [...this.state.rawColumns, ...selectArgs(columns)],
    });
  }

  /** The same statement selecting only these columns. */
  withOnlyColumns<const B extends readonly SelectArg[]>(...columns: B): Select<B> {
    return new Select<B>({ ...this.state, rawColumns: selectArgs(columns) });
  }

  /** `LABEL_STYLE_*`: `'tablenamePlusCol'` labels every column `<table>_<column>`, as ORM loaders do. */
  setLabelStyle(style: LabelStyle): this {
    return this.with({ labelStyle: style });
  }

  prefixWith(...prefixes: readonly string[]): this {
    return this.with({ prefixes: [...this.state.prefixes, ...prefixes] });
  }

  suffixWith(...suffixes: readonly string[]): this {
    return this.with({ suffixes: [...this.state.suffixes, ...suffixes] });
  }

  /** ORM loader options and others, read by the layer that executes the statement. */
  options(...options: readonly unknown[]): this {
    return this.with({ options: [...this.state.options, ...options] });
  }

  /** Options for execution (`{ streamResults: true }`, ORM `{ populateExisting: true }`). */
  executionOptions(options: Readonly<Record<string, unknown>>): this {
    return this.with({ executionOptions: { ...this.state.executionOptions, ...options } });
  }

  /** `LATERAL (SELECT …) AS name`, correlating with FROM clauses to its left. */
  lateral(name?: string): Lateral<import('./select-typing').SubqueryColumns<A>> {
    return new Lateral(this, name);
  }

  // ---- set operations ------------------------------------------------------------------------

  union(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('union', [this, ...others]);
  }

  unionAll(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('unionAll', [this, ...others]);
  }

  intersect(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('intersect', [this, ...others]);
  }

  intersectAll(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('intersectAll', [this, ...others]);
  }

  except(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('except', [this, ...others]);
  }

  exceptAll(...others: readonly SelectBase<SameWidth<A>>[]): CompoundSelect<A> {
    return new CompoundSelect<A>('exceptAll', [this, ...others]);
  }

  // ---- cache key -------------------------------------------------------------------------------

  addKey(builder: KeyBuilder): void {
    const s = this.state;
    builder.push(
      `select:${s.distinct ? 'd' : ''}:${s.labelStyle}:${s.prefixes.join(' ')}:${s.suffixes.join(' ')}`,
    );
    builder.push(`cols:${s.rawColumns.length}`);
    for (const arg of s.rawColumns) addArgKey(arg, builder);
    builder.push(`from:${s.fromObj.length}`);
    for (const from of s.fromObj) from.addKey(builder);
    builder.push(`joins:${s.joins.length}`);
    for (const join of s.joins) {
      builder.push(`j:${join.isouter ? 'o' : ''}${join.full ? 'f' : ''}`);
      addArgKey(join.target, builder);
      if (join.left) addArgKey(join.left, builder);
      join.onclause?.addKey(builder);
    }
    addListKey('where', s.where, builder);
    addListKey('having', s.having, builder);
    addListKey('group', s.groupBy, builder);
    addListKey('order', s.orderBy, builder);
    addListKey('don', s.distinctOn, builder);
    if (s.limit) addListKey('limit', [s.limit], builder);
    if (s.offset) addListKey('offset', [s.offset], builder);
    if (s.fetch) {
      builder.push(`fetch:${s.fetch.options.withTies ? 't' : ''}${s.fetch.options.percent ? 'p' : ''}`);
      s.fetch.count.addKey(builder);
    }
    if (s.forUpdate) {
      const f = s.forUpdate;
      builder.push(
        `fu:${f.nowait ? 'n' : ''}${f.read ? 'r' : ''}${f.skipLocked ? 's' : ''}${f.keyShare ? 'k' : ''}`,
      );
      for (const of of f.of ?? []) of.addKey(builder);
    }
    if (s.correlate) addListKey('corr', s.correlate, builder);
    if (s.correlateExcept) addListKey('corrx', s.correlateExcept, builder);
    for (const option of s.options) {
      const keyed = option as { addKey?: (b: KeyBuilder) => void };
      if (typeof keyed.addKey === 'function') keyed.addKey(builder);
      else builder.push(`opt:${String(option)}`);
    }
  }

  // ---- internals -------------------------------------------------------------------------------

  private addJoin(spec: JoinSpec): this {
    checkJoinTarget(spec.target, 'Join target');
    if (spec.left !== undefined) checkJoinTarget(spec.left, 'Join left side');
    return this.with({ joins: [...this.state.joins, spec] });
  }

  /**
   * An ORDER BY / GROUP BY term: a string names a selected label or column (resolved when
   * compiling), and an ORDER BY label renders as its name when selected (SQLAlchemy's ByOfRole).
   */
  private orderingTerm(term: ColumnElement | string, where: 'orderBy' | 'groupBy'): ColumnElement {
    if (typeof term === 'string') return new TextualLabelReference(term);
    const element = coerceColumnExpression(term, where);
    if (where === 'orderBy' && orderByLabelElement(element) !== undefined) return new LabelReference(element);
    return element;
  }

  /** The entity filterBy() names attributes of (SQLAlchemy's _filter_by_zero). */
  private filterByTarget(): FromClause {
    const lastJoin = this.state.joins.at(-1);
    if (lastJoin) return joinTargetFrom(lastJoin.target);
    const explicit = this.state.fromObj[0];
    if (explicit) return explicit;
    const first = this.state.rawColumns[0];
    const from = fromOfArg(first);
    if (from) return from;
    const column = first === undefined ? undefined : expandColumnsArg(first)[0];
    const table = column instanceof ColumnClause ? column.table : undefined;
    if (table) return table;
    throw new InvalidRequestError(
      'filterBy() needs an entity or table to filter; this select has none (use where())',
    );
  }
}

const expandedColumns = new WeakMap<Select, readonly ColumnElement[]>();

function addListKey(tag: string, list: readonly ClauseElement[], builder: KeyBuilder): void {
  builder.push(`${tag}:${list.length}`);
  for (const item of list) item.addKey(builder);
}

function addArgKey(arg: unknown, builder: KeyBuilder): void {
  if (hasClauseElement(arg)) {
    builder.push(`ent:${builder.anon(arg)}`);
    arg[CLAUSE_ELEMENT]().addKey(builder);
  } else if (isJoinTargetLike(arg)) {
    builder.push(`jt:${builder.anon(arg)}`);
  } else (arg as ClauseElement).addKey(builder);
}

/**
 * select() arguments checked as they are given (SQLAlchemy's ColumnsClauseRole): numbers become
 * literal columns, null and booleans SQL constants, and anything else not selectable an ArgumentError.
 */
function selectArgs(args: readonly SelectArg[]): readonly SelectArg[] {
  return args.map((arg): SelectArg => {
    const value: unknown = arg;
    if (
      value instanceof ColumnElement ||
      value instanceof FromClause ||
      value instanceof SelectBase ||
      hasSelectColumns(value) ||
      hasClauseElement(value)
    ) {
      return arg;
    }
    if (typeof value === 'number' && Number.isFinite(value)) return literalColumn(String(value));
    if (value === null) return null_();
    if (typeof value === 'boolean') return value ? true_() : false_();
    if (typeof value === 'string') {
      throw new ArgumentError(
        `Textual column expression '${value}' should be explicitly declared with text('${value}'), or use column('${value}') for more specificity`,
      );
    }
    const hint = Array.isArray(value) ? '; pass the columns as separate arguments: select(a, b)' : '.';
    throw new ArgumentError(
      `Column expression, FROM clause, or other columns clause element expected, got ${describeArgument(value)}${hint}`,
    );
  });
}

/** The columns one select() argument stands for. */
export function expandColumnsArg(arg: unknown, options: readonly unknown[] = EMPTY): ColumnElement[] {
  if (arg instanceof ColumnElement) return [coerceColumnExpression(arg, 'select')];
  if (arg instanceof FromClause) return arg.columnList.filter((c) => !(c as { system?: boolean }).system);
  if (hasSelectColumns(arg)) return [...arg[SELECT_COLUMNS](options)];
  if (hasClauseElement(arg)) {
    const inner = arg[CLAUSE_ELEMENT]();
    if (inner instanceof FromClause) return [...inner.columnList];
    return [coerceColumnExpression(inner, 'select')];
  }
  if (arg instanceof SelectBase) return [coerceColumnExpression(arg, 'select')];
  throw new ArgumentError(
    `select() expects column expressions, tables or mapped classes, got ${typeof arg === 'object' && arg ? arg.constructor.name : typeof arg}`,
  );
}

/** The FROM clause an argument brings (its table, or its entity's table). */
export function fromOfArg(arg: unknown): FromClause | undefined {
  if (arg instanceof FromClause) return arg;
  if (hasClauseElement(arg)) {
    const inner = arg[CLAUSE_ELEMENT]();
    return inner instanceof FromClause ? inner : undefined;
  }
  return undefined;
}

/** A FROM clause from a table, alias, subquery, or mapped class. */
export function coerceFrom(value: object, where: string): FromClause {
  const from = fromOfArg(value);
  if (from) return from;
  throw new ArgumentError(
    `${where}() expects a table, subquery or mapped class, got ${value?.constructor?.name ?? typeof value}`,
  );
}

/** A join target is refused when it is given, not when the statement compiles (SQLAlchemy's JoinTargetRole). */
function checkJoinTarget(target: unknown, what: string): void {
  if (target instanceof FromClause || isJoinTargetLike(target)) return;
  if (hasClauseElement(target) && target[CLAUSE_ELEMENT]() instanceof FromClause) return;
  throw new ArgumentError(
    `${what}, typically a FROM expression, or ORM relationship attribute expected, got ${describeArgument(target)}.`,
  );
}

/** The FROM clause a join spec's target resolves to (relationship targets resolve to their target table). */
export function joinTargetFrom(target: unknown): FromClause {
  if (isJoinTargetLike(target)) return coerceFrom(target[JOIN_TARGET]().target, 'join');
  return coerceFrom(target as object, 'join');
}

/** Criteria shared by select, update and delete, AND-ed into one clause for rendering. */
export function combinedCriteria(criteria: readonly ColumnElement[]): ColumnElement | undefined {
  if (criteria.length === 0) return undefined;
  // A lone criterion is grouped as a boolean on its own (SQLAlchemy's _construct_for_whereclause).
  if (criteria.length === 1) return (criteria[0] as ColumnElement).selfGroup('asBool');
  return BooleanClauseList.construct('and', criteria, 'where');
}

/** `select(users.c.id, users.c.name)`, `select(User)`, `select(func.count())`: a SELECT with typed rows. */
export function select<const A extends readonly SelectArg[]>(...columns: A): Select<A> {
  return new Select<A>(columns);
}
