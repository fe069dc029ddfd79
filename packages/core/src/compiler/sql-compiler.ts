// The statement compiler (SQLAlchemy's SQLCompiler): visits the node tree and renders SQL with
// placeholders, naming binds and anonymous labels as SQLAlchemy does. One instance per compile.
// Dialect packages subclass it and override the small hooks (limit clause, JSON access, …);
// StrSQLCompiler renders `String(stmt)`.
import {
  type Alias,
  AnonMap,
  ArgumentError,
  anonLabel,
  type BinaryExpression,
  type BindParameter,
  BindParameter as BindParameterClass,
  type BooleanClauseList,
  type Case,
  type Cast,
  type ClauseElement,
  type ClauseList,
  type ColumnClause,
  type ColumnElement,
  Compiled,
  CompileError,
  type CompileOptions,
  type CompileStackEntry,
  type CompoundSelect,
  type CTE,
  currentSelectable,
  type DDLElement,
  type Delete,
  type Dialect,
  type Exists,
  type ExtensionNode,
  type Extract,
  type FalseElement,
  type FrameBound,
  type FromClause,
  FromClause as FromClauseBase,
  type FunctionElement,
  type FunctionFilter,
  type Grouping,
  type Insert,
  type InsertSentinel,
  isAnonymous,
  type Join,
  JsonIndexPathType,
  JsonPathElement,
  jsonIndexPath,
  Label,
  type LabelReference,
  type LiteralColumn,
  labelResolveDict,
  literal,
  multiTableDeleteError,
  type NodeKind,
  type NodeMap,
  NULLTYPE,
  type NullElement,
  NumericType,
  noLabelError,
  OPERATOR_SQL,
  type OperatorName,
  type Over,
  orderByLabelElement,
  PLACEHOLDER_MARK,
  type Placeholder,
  type ResultColumn,
  renderCompoundSelect,
  renderCteClause,
  renderDelete,
  renderInsert,
  renderSelect,
  renderTextualSelect,
  renderUpdate,
  type ScalarSubquery,
  type Select,
  type Star,
  StringType,
  type Subquery,
  type TableImpl,
  type TextClause,
  type TextColumn,
  type TextualLabelReference,
  type TextualSelect,
  type TrueElement,
  type Tuple,
  TupleType,
  type TypeCoerce,
  type TypeEngine,
  typeFamily,
  type UnaryExpression,
  UnsupportedCompilationError,
  type Update,
  visitCte,
  type WithinGroup,
  warn,
} from '../internal';

/** Flags passed down through visits (SQLAlchemy's visit **kw). */
export interface VisitContext {
  /** Rendering a FROM clause element (tables get their alias syntax, subqueries `AS name`). */
  readonly asfrom?: boolean;
  /** Rendering inside the columns clause of a select. */
  readonly withinColumnsClause?: boolean;
  /** Inside a label of the columns clause: nested labels render only their element. */
  readonly withinLabelClause?: boolean;
  /** Render column names with (true, default) or without (false) their table. */
  readonly includeTable?: boolean;
  /** Render binds as literals (also forced by CompileOptions.literalBinds). */
  readonly literalBinds?: boolean;
  /** Inside a LATERAL subquery: correlate with FROMs to the left. */
  readonly lateral?: boolean;
  /** Position of a select inside a compound select. */
  readonly compoundIndex?: number;
  /** The select is the source of INSERT … SELECT. */
  readonly insertInto?: boolean;
  /** The label that ORDER BY may render as just its name. */
  readonly renderLabelAsLabel?: ColumnElement;
  /** The CTE whose definition is being rendered. */
  readonly visitingCte?: CTE;
  /** The IN operator an expanding bind stands in. */
  readonly expandOp?: 'in' | 'notIn';
  /** Rendering an operand of an operator expression (SQLAlchemy's _in_operator_expression): JSON access groups itself. */
  readonly inOperatorExpression?: boolean;
  /** Render binds as `__[POSTCOMPILE_x]`, inlined as literals at execution (SQLAlchemy's literal_execute). */
  readonly literalExecute?: boolean;
  /** Called for each selected column to record where it lands in the row. */
  readonly addToResultMap?: (column: ResultColumn) => void;
}

type VisitorTable = {
  [K in NodeKind as `visit${Capitalize<K>}`]: (node: NodeMap[K], ctx: VisitContext) => string;
};

export class SQLCompiler implements VisitorTable {
  readonly placeholders: Placeholder[] = [];
  readonly bindsByName = new Map<string, BindParameter>();
  readonly resultColumns: ResultColumn[] = [];
  readonly defaultBinds = new Map<string, () => unknown>();
  /** CTE definitions met while rendering, in order, for the WITH clause. */
  readonly ctes = new Map<CTE, string>();
  /** `<level>:<name>` of each CTE by its reference CTE, and the reverse. */
  readonly cteLevels = new Map<CTE, string>();
  readonly ctesByLevelName = new Map<string, CTE>();
  /** The statements being rendered, innermost last, for correlation. */
  readonly stack: CompileStackEntry[] = [];
  /** Numbers anonymous labels and bind names (`anon_1`, `id_2`), shared as in SQLAlchemy. */
  readonly anonMap = new AnonMap();
  readonly literalBinds: boolean;
  insertPrimaryKey: { key: string; bindName: string | undefined }[] = [];
  /** While rendering MySQL's ON DUPLICATE KEY UPDATE: the `inserted` alias and how its columns render. */
  insertedRow: { readonly alias: object; readonly rowAlias: string | undefined } | undefined;
  implicitReturning = false;
  hasReturning = false;
  /** Set by an ordered executemany INSERT … RETURNING (see InsertSentinel). */
  insertSentinel: InsertSentinel | undefined;
  private keyIndex: ReadonlyMap<BindParameter, number> = new Map();
  /** Binds the compiler made itself with values fixed by the statement's key (constantBind()). */
  private readonly constantBinds = new Set<BindParameter>();
  private readonly bindNames = new Map<BindParameter, string>();
  private readonly truncated = new Map<string, string>();
  private readonly truncatedCounters = new Map<string, number>();

  constructor(
    readonly dialect: Dialect,
    readonly statement: ClauseElement,
    readonly options: CompileOptions = {},
  ) {
    this.literalBinds = options.literalBinds === true;
  }

  /** Compiles the statement this compiler was made for. */
  compile(): Compiled {
    const { binds } = this.statement.cacheKey();
    const index = new Map<BindParameter, number>();
    binds.forEach((bind, i) => {
      if (!index.has(bind)) index.set(bind, i);
    });
    this.keyIndex = index;
    const sql = this.process(this.statement, this.literalBinds ? { literalBinds: true } : {});
    const kind = this.statement.kind;
    return new Compiled({
      dialect: this.dialect,
      statement: this.statement,
      template: sql,
      placeholders: this.placeholders,
      bindsByName: this.bindsByName,
      resultColumns: this.resultColumns,
      isDDL: false,
      isInsert: kind === 'insert',
      isUpdate: kind === 'update',
      isDelete: kind === 'delete',
      isSelect: kind === 'select' || kind === 'compoundSelect' || kind === 'textualSelect',
      hasReturning: this.hasReturning,
      implicitReturning: this.implicitReturning,
      literalBinds: this.literalBinds,
      defaultBinds: this.defaultBinds,
      insertPrimaryKey: this.insertPrimaryKey,
      insertSentinel: this.insertSentinel,
    });
  }

  /** Renders any node by its kind. */
  process(node: ClauseElement, ctx: VisitContext = {}): string {
    const method = VISITORS[node.kind];
    return (this[method] as (n: ClauseElement, c: VisitContext) => string)(node, ctx);
  }

  // ---- names ---------------------------------------------------------------------------------

  quote(name: string, force?: boolean): string {
    return this.dialect.identifierPreparer.quote(name, force);
  }

  /** A name with its anonymous parts numbered for this compilation (`anon_1`). */
  resolveName(name: string): string {
    return this.anonMap.resolve(name);
  }

  /**
   * SQLAlchemy's _truncated_identifier: generated names (anonymous labels, table-qualified labels)
   * longer than the dialect allows are cut and numbered (`…_1`).
   */
  truncatedIdentifier(kind: 'colident' | 'alias' | 'bindparam', name: string): string {
    const key = `${kind}\u0000${name}`;
    const known = this.truncated.get(key);
    if (known !== undefined) return known;
    const resolved = this.resolveName(name);
    const limit = this.dialect.capabilities.maxIdentifierLength;
    let result = resolved;
    if (resolved.length > limit - 6) {
      const counter = this.truncatedCounters.get(kind) ?? 1;
      result = `${resolved.slice(0, Math.max(limit - 6, 0))}_${counter.toString(16)}`;
      this.truncatedCounters.set(kind, counter + 1);
    }
    this.truncated.set(key, result);
    return result;
  }

  /** The name a FROM clause is referred to by: table name, alias name, or a generated `anon_1`. */
  fromName(from: { readonly fromName: string | undefined }): string {
    const name = from.fromName ?? anonLabel(from, 'anon');
    return isAnonymous(name) ? this.truncatedIdentifier('alias', name) : name;
  }

  formatTable(table: TableImpl): string {
    return this.dialect.identifierPreparer.formatTable(table.name, table.schema);
  }

  // ---- binds ---------------------------------------------------------------------------------

  /** The name of a bind in this compilation: its key, numbered when anonymous (`id_1`). */
  bindName(bind: BindParameter): string {
    let name = this.bindNames.get(bind);
    if (name !== undefined) return name;
    name = bind.unique ? this.truncatedIdentifier('bindparam', bind.anonKey) : bind.paramKey;
    const existing = this.bindsByName.get(name);
    if (existing && existing !== bind) {
      if (existing.unique || bind.unique) {
        throw new CompileError(
          `Bind parameter '${name}' conflicts with unique bind parameter of the same name`,
        );
      }
      if (existing.expanding !== bind.expanding) {
        throw new CompileError(
          `Can't reuse bound parameter name '${name}' in both 'expanding' (e.g. within an IN expression) and non-expanding contexts.  If this parameter is to receive a list/array value, set 'expanding=True' on it for expressions that aren't IN, otherwise use a different parameter name.`,
        );
      }
    }
    this.bindNames.set(bind, name);
    if (!existing) this.bindsByName.set(name, bind);
    return name;
  }

  /** Registers a placeholder and returns its mark in the template. */
  placeholderFor(
    bind: BindParameter,
    type: TypeEngine = bind.type,
    expanding = bind.expanding,
    tupleWidth = 0,
    literalExecute = false,
  ): string {
    const name = this.bindName(bind);
    const index = this.placeholders.length;
    this.placeholders.push({
      name,
      keyIndex: this.keyIndex.get(bind) ?? -1,
      expanding,
      tupleWidth,
      type,
      expandOp: bind.options.expandOp ?? 'in',
      literalExecute,
      ...(this.constantBinds.has(bind) ? { constant: true } : {}),
    });
    return `${PLACEHOLDER_MARK}${index}${PLACEHOLDER_MARK}`;
  }

  /**
   * A bound value the compiler adds itself, fixed by the statement's cache key (SQLite's
   * `OFFSET 0` after a LIMIT, a window frame's `2 PRECEDING`): a cached compiled form sends it
   * again for every statement of that key, as SQLAlchemy does with such literal binds.
   */
  constantBind(value: number, ctx: VisitContext): string {
    const bind = literal(value);
    this.constantBinds.add(bind as BindParameter);
    return this.process(bind, ctx);
  }

  /** A placeholder for a value that is not a node (a column default evaluated at execution). */
  placeholderForValue(name: string, type: TypeEngine, produce: () => unknown): string {
    this.defaultBinds.set(name, produce);
    const index = this.placeholders.length;
    this.placeholders.push({
      name,
      keyIndex: -1,
      expanding: false,
      tupleWidth: 0,
      type,
      expandOp: 'in',
      literalExecute: false,
    });
    return `${PLACEHOLDER_MARK}${index}${PLACEHOLDER_MARK}`;
  }

  visitBindParam(bind: BindParameter, ctx: VisitContext): string {
    if (this.literalBinds || ctx.literalBinds || bind.options.literalExecute) {
      const value = bind.effectiveValue();
      if (bind.expanding) return `(${this.renderExpandingLiteral(bind, value as readonly unknown[])})`;
      return this.renderLiteral(value, bind.type);
    }
    if (bind.expanding) {
      const width = bind.type instanceof TupleType ? bind.type.types.length : 0;
      return `(${this.placeholderFor(bind, bind.type, true, width)})`;
    }
    if (ctx.literalExecute) return this.placeholderFor(bind, bind.type, false, 0, true);
    return this.placeholderFor(bind);
  }

  /** The values of an IN list rendered inline (`1, 2, 3`), or the empty-set form. */
  renderExpandingLiteral(bind: BindParameter, values: readonly unknown[]): string {
    const width = bind.type instanceof TupleType ? bind.type.types.length : 0;
    if (values.length === 0)
      return this.dialect.emptySetExpression(bind.type, width, bind.options.expandOp ?? 'in');
    if (bind.type instanceof TupleType) {
      const types = bind.type.types;
      const rows = values.map(
        (row) =>
          `(${(row as readonly unknown[]).map((v, i) => this.renderLiteral(v, types[i] as TypeEngine)).join(', ')})`,
      );
      return `${this.dialect.tupleInValuesPrefix}${rows.join(', ')}`;
    }
    return values.map((v) => this.renderLiteral(v, bind.type)).join(', ');
  }

  renderLiteral(value: unknown, type: TypeEngine): string {
    if (value === null || value === undefined) return 'NULL';
    return this.dialect.renderLiteral(value, type);
  }

  // ---- simple elements -------------------------------------------------------------------------

  visitColumn(column: ColumnClause, ctx: VisitContext): string {
    if (this.insertedRow && column.table === this.insertedRow.alias) {
      const quoted = this.quote(column.name);
      return this.insertedRow.rowAlias ? `${this.insertedRow.rowAlias}.${quoted}` : `VALUES(${quoted})`;
    }
    let name = column.name;
    if (!column.isLiteral && isAnonymous(name)) name = this.truncatedIdentifier('colident', name);
    ctx.addToResultMap?.({
      key: name,
      name: column.name,
      type: column.type,
      objects: [column, name, column.columnKey],
    });
    const rendered = column.isLiteral ? name : this.quote(name, (column as { quote?: boolean }).quote);
    const table = column.table;
    if (!table || ctx.includeTable === false || table.kind === 'join') return rendered;
    if (table.kind === 'table') {
      const t = table as TableImpl;
      const prefix = t.schema ? `${this.dialect.identifierPreparer.quoteSchema(t.schema)}.` : '';
      return `${prefix}${this.quote(t.name)}.${rendered}`;
    }
    return `${this.quote(this.fromName(table))}.${rendered}`;
  }

  visitLiteralColumn(column: LiteralColumn, ctx: VisitContext): string {
    if (column.isCollation) return this.quote(column.text);
    ctx.addToResultMap?.({
      key: column.text,
      name: column.text,
      type: column.type,
      objects: [column, column.text],
    });
    return column.text;
  }

  visitTextClause(clause: TextClause | TextColumn, ctx: VisitContext): string {
    // a text() column: the driver names it; its text stands in for that name
    ctx.addToResultMap?.({ key: clause.text, name: clause.text, type: NULLTYPE, objects: [clause] });
    const binds = clause.binds;
    // `\:` keeps a literal colon; `::` (PostgreSQL casts) is left alone.
    return clause.text
      .replace(/(?<![:\w\\]):(\w+)(?!:)/g, (_m, name: string) => {
        const bind = binds.get(name) as BindParameter;
        return this.visitBindParam(bind, ctx);
      })
      .replace(/\\:/g, ':');
  }

  visitNull(_node: NullElement, _ctx: VisitContext): string {
    return 'NULL';
  }

  visitTrue(_node: TrueElement, _ctx: VisitContext): string {
    return this.dialect.capabilities.nativeBoolean ? 'true' : '1';
  }

  visitFalse(_node: FalseElement, _ctx: VisitContext): string {
    return this.dialect.capabilities.nativeBoolean ? 'false' : '0';
  }

  visitStar(_node: Star, _ctx: VisitContext): string {
    return '*';
  }

  visitGrouping(node: Grouping, ctx: VisitContext): string {
    return `(${this.process(node.element, ctx)})`;
  }

  visitLabel(label: Label, ctx: VisitContext): string {
    const withAs = ctx.withinColumnsClause === true && ctx.withinLabelClause !== true;
    const labelOnly = ctx.renderLabelAsLabel === label;
    const labelName = isAnonymous(label.name) ? this.truncatedIdentifier('colident', label.name) : label.name;
    if (withAs) {
      ctx.addToResultMap?.({
        key: labelName,
        name: label.name,
        type: label.type,
        objects: [label, labelName, label.element],
      });
      const inner = this.process(label.element, {
        ...ctx,
        withinColumnsClause: true,
        withinLabelClause: true,
        addToResultMap: undefined,
        renderLabelAsLabel: undefined,
      });
      return `${inner} AS ${this.quote(labelName)}`;
    }
    if (labelOnly) return this.quote(labelName);
    return this.process(label.element, {
      ...ctx,
      withinColumnsClause: false,
      addToResultMap: undefined,
      renderLabelAsLabel: undefined,
    });
  }

  /** `expr AS name` for a label the columns clause needs (SQLAlchemy's _CompileLabel). */
  renderColumnLabel(element: ColumnElement, name: string, ctx: VisitContext): string {
    const labelName = isAnonymous(name) ? this.truncatedIdentifier('colident', name) : name;
    ctx.addToResultMap?.({ key: labelName, name, type: element.type, objects: [element, labelName] });
    const inner = this.process(element, {
      ...ctx,
      withinColumnsClause: true,
      withinLabelClause: true,
      addToResultMap: undefined,
    });
    return `${inner} AS ${this.quote(labelName)}`;
  }

  /** An ORDER BY term that may render as a selected label's name (SQLAlchemy's visit_label_reference). */
  visitLabelReference(node: LabelReference, ctx: VisitContext): string {
    const selectable = currentSelectable(this);
    const label = orderByLabelElement(node.element);
    if (selectable && label) {
      const found = labelResolveDict(selectable).onlyCols.get(label.name);
      if (found !== undefined && sharesLineage(found, label)) {
        return this.process(node.element, { ...ctx, renderLabelAsLabel: label });
      }
    }
    return this.process(node.element, ctx);
  }

  /** `orderBy('name')`: the selected column or label of that name (SQLAlchemy's visit_textual_label_reference). */
  visitTextualLabelReference(node: TextualLabelReference, ctx: VisitContext): string {
    const selectable = currentSelectable(this);
    if (!selectable) return node.name;
    const found = labelResolveDict(selectable).withCols.get(node.name);
    if (found === undefined) throw noLabelError(node.name);
    return this.process(found, { ...ctx, renderLabelAsLabel: found });
  }

  // ---- operators -----------------------------------------------------------------------------

  visitBinary(binary: BinaryExpression, ctx: VisitContext): string {
    if (
      binary instanceof JsonPathElement &&
      (binary.operator === 'jsonGetitem' || binary.operator === 'jsonPathGetitem')
    )
      return this.visitJsonPath(binary, ctx);
    const op = binary.operator;
    switch (op) {
      case 'in':
        return this.binaryWith(binary, ' IN ', { ...ctx, expandOp: 'in' });
      case 'notIn':
        return `(${this.binaryWith(binary, ' NOT IN ', { ...ctx, expandOp: 'notIn' })})`;
      case 'between':
      case 'notBetween': {
        const symmetric = binary.options.modifiers?.symmetric ? ' SYMMETRIC' : '';
        return this.binaryWith(binary, ` ${op === 'between' ? 'BETWEEN' : 'NOT BETWEEN'}${symmetric} `, ctx);
      }
      case 'like':
      case 'notLike':
      case 'ilike':
      case 'notIlike':
      case 'startswith':
      case 'notStartswith':
      case 'endswith':
      case 'notEndswith':
      case 'contains':
      case 'notContains':
      case 'istartswith':
      case 'notIstartswith':
      case 'iendswith':
      case 'notIendswith':
      case 'icontains':
      case 'notIcontains':
        return this.visitLikeBinary(binary, ctx);
      case 'regexpMatch':
      case 'notRegexpMatch':
        return this.visitRegexpBinary(binary, ctx);
      case 'regexpReplace':
        return this.visitRegexpReplaceBinary(binary, ctx);
      case 'isDistinctFrom':
      case 'isNotDistinctFrom':
        return this.visitDistinctFromBinary(binary, ctx);
      case 'div':
        return this.visitDivBinary(binary, ctx);
      case 'floordiv':
        return this.visitFloordivBinary(binary, ctx);
      case 'mod':
        return this.binaryWith(binary, ' % ', ctx);
      case 'concat':
        return this.visitConcatBinary(binary, ctx);
      case 'match':
      case 'notMatch':
        return this.visitMatchBinary(binary, ctx);
      case 'getitem':
        return this.visitGetitemBinary(binary, ctx);
      case 'custom':
        return this.binaryWith(binary, ` ${binary.options.customSql} `, ctx);
      case 'bitwiseXor':
        return this.binaryWith(binary, this.bitwiseXorOperator(), ctx);
      case 'bitwiseNot':
        return this.binaryWith(binary, ' ~ ', ctx);
      case 'containsOp':
      case 'containedBy':
      case 'overlap':
      case 'hasKey':
      case 'hasAll':
      case 'hasAny':
        return this.visitContainmentBinary(binary, ctx);
      default: {
        const sql = OPERATOR_SQL[op];
        if (!sql) {
          throw new UnsupportedCompilationError(
            `Compiler ${this.constructor.name} can't render element of type ${op}`,
          );
        }
        return this.binaryWith(binary, sql, ctx);
      }
    }
  }

  /** `left <sql> right` (SQLAlchemy's _generate_generic_binary). */
  protected binaryWith(binary: BinaryExpression, sql: string, ctx: VisitContext): string {
    const operand: VisitContext =
      ctx.inOperatorExpression === true ? ctx : { ...ctx, inOperatorExpression: true };
    return `${this.process(binary.left, operand)}${sql}${this.process(binary.right, operand)}`;
  }

  /** A JSON key or index bound as a JSON path (`$."key"`, `$[0]`), as MySQL and SQLite want it. */
  protected jsonPathBind(bind: ColumnElement, ctx: VisitContext): string {
    if (!(bind instanceof BindParameterClass)) return this.process(bind, ctx);
    if (this.literalBinds || ctx.literalBinds)
      return this.renderLiteral(jsonIndexPath(bind.effectiveValue()), STRING_TYPE);
    return this.placeholderFor(bind, JSON_INDEX_PATH_TYPE);
  }

  /** ` ^ ` (PostgreSQL says ` # `). */
  protected bitwiseXorOperator(): string {
    return ' ^ ';
  }

  /**
   * LIKE and its shortcuts: startswith/endswith/contains concatenate `'%'` around the value,
   * the case-insensitive forms apply lower() to both sides (PostgreSQL uses ILIKE instead).
   */
  protected visitLikeBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const op = binary.operator;
    const negated = op.startsWith('not');
    const base = negated ? `${op.slice(3, 4).toLowerCase()}${op.slice(4)}` : op;
    const insensitive =
      base === 'ilike' || base === 'istartswith' || base === 'iendswith' || base === 'icontains';
    const kind = base === 'ilike' || base === 'like' ? 'like' : insensitive ? base.slice(1) : base;
    let left = this.process(binary.left, ctx);
    let right = this.process(binary.right, ctx);
    if (insensitive) {
      left = this.caseInsensitiveOperand(left);
      right = this.caseInsensitiveOperand(right);
    }
    if (kind !== 'like')
      right = this.likePattern(
        right,
        kind === 'endswith' || kind === 'contains',
        kind === 'startswith' || kind === 'contains',
      );
    const escapeChar = binary.options.modifiers?.escape;
    const escapeSql =
      escapeChar === undefined ? '' : ` ESCAPE ${this.renderLiteral(escapeChar, STRING_TYPE)}`;
    return `${left} ${this.likeKeyword(insensitive, negated)} ${right}${escapeSql}`;
  }

  /** `LIKE` / `NOT LIKE` (PostgreSQL: `ILIKE` / `NOT ILIKE` for the case-insensitive forms). */
  protected likeKeyword(_insensitive: boolean, negated: boolean): string {
    return negated ? 'NOT LIKE' : 'LIKE';
  }

  /** `lower(x)` around each side of a case-insensitive LIKE (PostgreSQL leaves it as is). */
  protected caseInsensitiveOperand(sql: string): string {
    return `lower(${sql})`;
  }

  /** `'%' || value || '%'` (MySQL: `concat('%', value, '%')`). */
  protected likePattern(value: string, leading: boolean, trailing: boolean): string {
    return `${leading ? "'%' || " : ''}${value}${trailing ? " || '%'" : ''}`;
  }

  protected visitRegexpBinary(_binary: BinaryExpression, _ctx: VisitContext): string {
    throw new CompileError(`${this.dialect.name} dialect does not support regular expressions`);
  }

  protected visitRegexpReplaceBinary(_binary: BinaryExpression, _ctx: VisitContext): string {
    throw new CompileError(`${this.dialect.name} dialect does not support regular expression replacements`);
  }

  protected visitDistinctFromBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return this.binaryWith(binary, OPERATOR_SQL[binary.operator] as string, ctx);
  }

  /** Whether `/` between integers truncates on this database (SQLAlchemy's div_is_floordiv). */
  protected get divIsFloordiv(): boolean {
    return true;
  }

  /** True division: `x / CAST(y AS NUMERIC)` where integer division would truncate. */
  protected visitDivBinary(binary: BinaryExpression, ctx: VisitContext): string {
    if (!this.divIsFloordiv) return this.binaryWith(binary, ' / ', ctx);
    const rightType = binary.right.type;
    const castTo = typeFamily(rightType) === 'Numeric' ? rightType : NUMERIC_FOR_DIVISION;
    return `${this.process(binary.left, ctx)} / CAST(${this.process(binary.right, ctx)} AS ${this.castTypeName(castTo)})`;
  }

  /** Floor division: `x / y` between integers where that floors, else `FLOOR(x / y)`. */
  protected visitFloordivBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const text = `${this.process(binary.left, ctx)} / ${this.process(binary.right, ctx)}`;
    if (
      this.divIsFloordiv &&
      typeFamily(binary.left.type) === 'Integer' &&
      typeFamily(binary.right.type) === 'Integer'
    ) {
      return text;
    }
    return `FLOOR(${text})`;
  }

  protected visitConcatBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return this.binaryWith(binary, ' || ', ctx);
  }

  protected visitMatchBinary(binary: BinaryExpression, ctx: VisitContext): string {
    if (binary.operator === 'notMatch') return `NOT ${this.binaryWith(binary, ' MATCH ', ctx)}`;
    return this.binaryWith(binary, ' MATCH ', ctx);
  }

  protected visitGetitemBinary(_binary: BinaryExpression, _ctx: VisitContext): string {
    throw new UnsupportedCompilationError(
      `Compiler ${this.constructor.name} can't render element of type getitem`,
    );
  }

  protected visitContainmentBinary(binary: BinaryExpression, _ctx: VisitContext): string {
    throw new UnsupportedCompilationError(
      `Compiler ${this.constructor.name} can't render element of type ${binary.operator}`,
    );
  }

  /** JSON member access; dialects render `->`, `->>`, JSON_EXTRACT … */
  protected visitJsonPath(binary: JsonPathElement, _ctx: VisitContext): string {
    throw new UnsupportedCompilationError(
      `Compiler ${this.constructor.name} can't render element of type ${binary.operator}`,
    );
  }

  visitUnary(unary: UnaryExpression, ctx: VisitContext): string {
    const add = ctx.addToResultMap;
    if (unary.operator === 'isTrue' || unary.operator === 'isFalse') {
      const inner = this.process(unary.element, ctx);
      if (unary.element.isImplicitlyBoolean || this.dialect.capabilities.nativeBoolean) {
        return unary.operator === 'isTrue' ? inner : `NOT ${inner}`;
      }
      return `${inner} = ${unary.operator === 'isTrue' ? 1 : 0}`;
    }
    const inner = this.process(unary.element, { ...ctx, addToResultMap: add });
    if (unary.operator) return `${UNARY_PREFIX[unary.operator] ?? `${unary.operator} `}${inner}`;
    if (unary.modifier) return `${inner}${UNARY_SUFFIX[unary.modifier] ?? ''}`;
    throw new CompileError('Unary expression has no operator or modifier');
  }

  visitBooleanClauseList(list: BooleanClauseList, ctx: VisitContext): string {
    return list.clauses
      .map((c) => this.process(c, ctx))
      .filter((s) => s !== '')
      .join(list.operator === 'and' ? ' AND ' : ' OR ');
  }

  visitClauseList(list: ClauseList, ctx: VisitContext): string {
    const sep = OPERATOR_SQL[list.operator] ?? ', ';
    return list.clauses
      .map((c) => this.process(c, ctx))
      .filter((s) => s !== '')
      .join(sep);
  }

  visitTuple(tuple: Tuple, ctx: VisitContext): string {
    return `(${tuple.elements.map((e) => this.process(e, ctx)).join(', ')})`;
  }

  // ---- functions and special forms --------------------------------------------------------------

  visitFunction(fn: FunctionElement, ctx: VisitContext): string {
    ctx.addToResultMap?.({ key: fn.name, name: fn.name, type: fn.type, objects: [fn.name] });
    const inner: VisitContext =
      ctx.addToResultMap === undefined ? ctx : { ...ctx, addToResultMap: undefined };
    // A function in a package (`func.pkg.random()`) is not the generic one a dialect renders its own way.
    const special =
      (fn.options.packageNames ?? []).length === 0 ? this.functionOverride(fn, inner) : undefined;
    if (special !== undefined) return special;
    const known = KNOWN_FUNCTION_SQL[fn.name.toLowerCase()];
    const preparer = this.dialect.identifierPreparer;
    let name: string;
    if (known !== undefined && (fn.options.packageNames ?? []).length === 0) {
      name =
        fn.args.clauses.length > 0 || HAS_ARGS.has(fn.name.toLowerCase())
          ? `${known}(${this.process(fn.args, inner)})`
          : known;
    } else {
      const base = preparer.requiresQuotesIllegalChars(fn.name) ? preparer.quoteIdentifier(fn.name) : fn.name;
      name = `${base}(${this.process(fn.args, inner)})`;
    }
    return [
      ...(fn.options.packageNames ?? []).map((p) =>
        preparer.requiresQuotesIllegalChars(p) ? preparer.quoteIdentifier(p) : p,
      ),
      name,
    ].join('.');
  }

  /** Dialect renderings of particular functions (`now()` on SQLite); undefined means the generic form. */
  protected functionOverride(_fn: FunctionElement, _ctx: VisitContext): string | undefined {
    return undefined;
  }

  visitFunctionFilter(node: FunctionFilter, ctx: VisitContext): string {
    return `${this.process(node.func, ctx)} FILTER (WHERE ${this.process(node.criterion, ctx)})`;
  }

  visitWithinGroup(node: WithinGroup, ctx: VisitContext): string {
    return `${this.process(node.func, ctx)} WITHIN GROUP (ORDER BY ${this.process(node.orderBy, ctx)})`;
  }

  visitOver(node: Over, ctx: VisitContext): string {
    const parts: string[] = [];
    if (node.partitionBy?.clauses.length) parts.push(`PARTITION BY ${this.process(node.partitionBy, ctx)}`);
    if (node.orderBy?.clauses.length) parts.push(`ORDER BY ${this.process(node.orderBy, ctx)}`);
    const frame = node.options.range
      ? (['RANGE', node.options.range] as const)
      : node.options.rows
        ? (['ROWS', node.options.rows] as const)
        : node.options.groups
          ? (['GROUPS', node.options.groups] as const)
          : undefined;
    if (frame) {
      const [kind, [start, end]] = frame;
      parts.push(
        `${kind} BETWEEN ${this.frameBound(start, 'PRECEDING', ctx)} AND ${this.frameBound(end, 'FOLLOWING', ctx)}`,
      );
    }
    return `${this.process(node.element, ctx)} OVER (${parts.join(' ')})`;
  }

  /** A window frame bound: UNBOUNDED, CURRENT ROW, or a bound `n PRECEDING` / `n FOLLOWING`. */
  private frameBound(value: FrameBound, unbounded: 'PRECEDING' | 'FOLLOWING', ctx: VisitContext): string {
    if (value === null) return `UNBOUNDED ${unbounded}`;
    if (value === 0) return 'CURRENT ROW';
    const bind = this.constantBind(Math.abs(value), ctx);
    return value < 0 ? `${bind} PRECEDING` : `${bind} FOLLOWING`;
  }

  visitCast(cast: Cast, ctx: VisitContext): string {
    const typeName = this.castTypeName(cast.type);
    if (typeName === undefined) {
      warn(
        `Datatype ${this.dialect.typeDDL(cast.type)} does not support CAST on ${this.castDatabaseName()}; the CAST will be skipped.`,
      );
      return this.process(cast.element.selfGroup(), ctx);
    }
    const match = /^(.*)( COLLATE .*)$/.exec(typeName);
    return `CAST(${this.process(cast.element, ctx)} AS ${match ? match[1] : typeName})${match ? match[2] : ''}`;
  }

  /** The cast of a VALUES element in insertmanyvalues' SELECT form (`p0::VARCHAR`): the type without a string length. */
  sentinelCastType(type: TypeEngine): string {
    const family = type.visitName;
    return this.dialect.typeDDL(family === 'string' || family === 'unicode' ? new StringType() : type);
  }

  /** The type name inside CAST (MySQL casts to CHAR, SIGNED INTEGER, …); undefined when the database cannot cast to it. */
  castTypeName(type: TypeEngine): string | undefined {
    return this.dialect.typeDDL(type);
  }

  /** The database named in the warning for a CAST that cannot be rendered. */
  protected castDatabaseName(): string {
    return this.dialect.name;
  }

  visitTypeCoerce(node: TypeCoerce, ctx: VisitContext): string {
    return this.process(node.typedExpression, ctx);
  }

  visitCase(node: Case, ctx: VisitContext): string {
    let text = 'CASE ';
    if (node.value) text += `${this.process(node.value, ctx)} `;
    for (const [when, then] of node.whens)
      text += `WHEN ${this.process(when, ctx)} THEN ${this.process(then, ctx)} `;
    if (node.else_) text += `ELSE ${this.process(node.else_, ctx)} `;
    return `${text}END`;
  }

  visitExtract(node: Extract, ctx: VisitContext): string {
    return `EXTRACT(${this.extractField(node.field)} FROM ${this.process(node.expression, ctx)})`;
  }

  /** The field name inside EXTRACT (SQLAlchemy's extract_map). */
  protected extractField(field: string): string {
    return EXTRACT_MAP[field] ?? field;
  }

  visitScalarSubquery(node: ScalarSubquery, ctx: VisitContext): string {
    return `(${this.process(node.element, { literalBinds: ctx.literalBinds })})`;
  }

  visitExists(node: Exists, ctx: VisitContext): string {
    return `EXISTS (${this.process(node.element, { literalBinds: ctx.literalBinds })})`;
  }

  visitExtension(node: ExtensionNode, ctx: VisitContext): string {
    const visitor = this.extensions[node.extensionName];
    if (!visitor) {
      throw new UnsupportedCompilationError(
        `The ${this.dialect.name} dialect cannot compile ${node.extensionName} (it belongs to another dialect's package)`,
      );
    }
    return visitor.call(this, node, ctx);
  }

  visitDdl(node: DDLElement, _ctx: VisitContext): string {
    throw new CompileError(
      `${node.ddlKind} is DDL; compile it with dialect.compile(), which uses the DDL compiler`,
    );
  }

  /** Visitors for dialect-specific constructs, by extension name; dialect compilers add theirs. */
  protected get extensions(): Readonly<
    Record<string, (this: SQLCompiler, node: ExtensionNode, ctx: VisitContext) => string>
  > {
    return {};
  }

  // ---- FROM clauses ----------------------------------------------------------------------------

  visitTable(table: TableImpl, _ctx: VisitContext): string {
    return this.formatTable(table);
  }

  visitAlias(alias: Alias, ctx: VisitContext): string {
    if (!ctx.asfrom) return this.process(alias.element as ClauseElement, ctx);
    // An alias of an alias or subquery renders the innermost element under the outer name
    // (`users.alias('a').alias('b')` is `users AS b`), as SQLAlchemy does; a CTE keeps its name.
    let target = alias.element as ClauseElement;
    while ((target.kind === 'alias' || target.kind === 'subquery') && 'element' in target) {
      target = (target as Alias).element as ClauseElement;
    }
    const inner = this.process(target, { literalBinds: ctx.literalBinds, asfrom: true });
    const body = target instanceof FromClauseBase ? inner : `(${inner})`;
    return `${body}${this.aliasKeyword()}${this.quote(this.fromName(alias))}`;
  }

  visitSubquery(subquery: Subquery, ctx: VisitContext): string {
    const lateral = 'lateral' in subquery && subquery.lateral === true;
    if (!ctx.asfrom && !lateral) return this.process(subquery.element, { literalBinds: ctx.literalBinds });
    const inner = this.process(subquery.element, { literalBinds: ctx.literalBinds, asfrom: true, lateral });
    return `${lateral ? 'LATERAL ' : ''}(${inner})${this.aliasKeyword()}${this.quote(this.fromName(subquery))}`;
  }

  visitCte(cte: CTE, ctx: VisitContext): string {
    return visitCte(this, cte, ctx);
  }

  /** ` AS ` before an alias name (Oracle would say ` `). */
  aliasKeyword(): string {
    return ' AS ';
  }

  visitJoin(join: Join, ctx: VisitContext): string {
    const keyword = join.full
      ? ' FULL OUTER JOIN '
      : join.isouter
        ? ' LEFT OUTER JOIN '
        : this.innerJoinKeyword();
    const sides: VisitContext = { literalBinds: ctx.literalBinds, asfrom: true, lateral: ctx.lateral };
    const left = this.process(join.left, sides);
    // A join on the right is grouped, as SQLAlchemy's Join self_group()s its right side.
    const nested = join.right.kind === 'join';
    const right = nested ? `(${this.process(join.right, sides)})` : this.process(join.right, sides);
    return `${left}${keyword}${right} ON ${this.process(join.onclause, { literalBinds: ctx.literalBinds })}`;
  }

  /** ` JOIN ` (MySQL says ` INNER JOIN `). */
  protected innerJoinKeyword(): string {
    return ' JOIN ';
  }

  // ---- statements ------------------------------------------------------------------------------

  visitSelect(select: Select, ctx: VisitContext): string {
    return renderSelect(this, select, ctx);
  }

  visitCompoundSelect(compound: CompoundSelect, ctx: VisitContext): string {
    return renderCompoundSelect(this, compound, ctx);
  }

  visitTextualSelect(node: TextualSelect, ctx: VisitContext): string {
    return renderTextualSelect(this, node, ctx);
  }

  visitInsert(insert: Insert, ctx: VisitContext): string {
    return renderInsert(this, insert, ctx);
  }

  visitUpdate(update: Update, ctx: VisitContext): string {
    return renderUpdate(this, update, ctx);
  }

  visitDelete(del: Delete, ctx: VisitContext): string {
    return renderDelete(this, del, ctx);
  }

  // ---- select hooks dialects override ------------------------------------------------------------

  /** `WITH …` for the CTEs to render at this level. */
  renderCteClause(nestingLevel?: number, includeFollowingStack = false): string {
    return renderCteClause(this, nestingLevel, includeFollowingStack);
  }

  /** ` GROUP BY a, b`. */
  groupByClause(terms: readonly ColumnElement[], ctx: VisitContext): string {
    const text = terms
      .map((t) => this.process(t, ctx))
      .filter((s) => s !== '')
      .join(', ');
    return text ? ` GROUP BY ${text}` : '';
  }

  /** ` ORDER BY a, b DESC`. */
  orderByClause(terms: readonly ColumnElement[], ctx: VisitContext): string {
    const text = terms
      .map((t) => this.process(t, ctx))
      .filter((s) => s !== '')
      .join(', ');
    return text ? ` ORDER BY ${text}` : '';
  }

  /** `LIMIT … OFFSET …` after ORDER BY; the string begins with `\n` as SQLAlchemy's does. */
  limitClause(
    select: { readonly limit: ColumnElement | undefined; readonly offset: ColumnElement | undefined },
    ctx: VisitContext,
  ): string {
    let text = '';
    if (select.limit) text += `\n LIMIT ${this.process(select.limit, ctx)}`;
    if (select.offset) {
      if (!select.limit) text += '\n LIMIT -1';
      text += ` OFFSET ${this.process(select.offset, ctx)}`;
    }
    return text;
  }

  /** `OFFSET n ROWS FETCH FIRST m ROWS ONLY` (`PERCENT`, `WITH TIES`). */
  fetchClause(
    fetch: {
      readonly count: ColumnElement;
      readonly options: { readonly withTies?: boolean; readonly percent?: boolean };
    },
    offset: ColumnElement | undefined,
    ctx: VisitContext,
  ): string {
    const offsetText = offset ? `\n OFFSET ${this.process(offset, ctx)} ROWS` : '';
    return `${offsetText}\n FETCH FIRST ${this.process(fetch.count, ctx)}${fetch.options.percent ? ' PERCENT' : ''} ROWS ${fetch.options.withTies ? 'WITH TIES' : 'ONLY'}`;
  }

  /** ` FOR UPDATE` and variants. */
  forUpdateClause(
    _options: {
      readonly nowait?: boolean;
      readonly read?: boolean;
      readonly skipLocked?: boolean;
      readonly keyShare?: boolean;
      readonly of?: readonly ClauseElement[];
    },
    _ctx: VisitContext,
  ): string {
    return ' FOR UPDATE';
  }

  /** The tables of `FOR UPDATE OF …` (a column stands for its table), by name only. */
  forUpdateOfTables(of: readonly ClauseElement[], _ctx: VisitContext): string {
    const tables: FromClause[] = [];
    for (const item of of) {
      const from = item instanceof FromClauseBase ? item : (item as ColumnClause).table;
      if (from && !tables.includes(from)) tables.push(from);
    }
    return tables
      .map((t) => (t.kind === 'table' ? this.quote((t as TableImpl).name) : this.quote(this.fromName(t))))
      .join(', ');
  }

  /** `DISTINCT ` (and `DISTINCT ON (…) ` on PostgreSQL). */
  distinctClause(select: Select, _ctx: VisitContext): string {
    if (select.state.distinctOn.length > 0) {
      throw new CompileError(
        `DISTINCT ON is currently supported only by the PostgreSQL dialect; the ${this.dialect.name} dialect cannot render it`,
      );
    }
    return select.state.distinct ? 'DISTINCT ' : '';
  }

  /** Rendered when a select has no FROM (Oracle `FROM DUAL`; nothing elsewhere). */
  defaultFrom(): string {
    return '';
  }

  // ---- DML hooks dialects override -----------------------------------------------------------------

  /** What an INSERT with no columns says: ` DEFAULT VALUES`, or MySQL's ` () VALUES ()`. */
  emptyInsertClause(table: TableImpl): string {
    if (this.dialect.capabilities.defaultValuesInsert) return ' DEFAULT VALUES';
    if (this.dialect.capabilities.emptyInsert) return ' () VALUES ()';
    return this.unsupported(`an INSERT into '${table.name}' with no values`);
  }

  /** Whether INSERT may add RETURNING for the primary key on its own (engine option implicitReturning). */
  get implicitReturningEnabled(): boolean {
    return true;
  }

  /** Explicit RETURNING on a dialect whose database lacks it is a compile error, before any SQL runs. */
  requireReturning(kind: 'insert' | 'update' | 'delete'): void {
    const caps = this.dialect.capabilities;
    const ok =
      kind === 'insert'
        ? caps.insertReturning
        : kind === 'update'
          ? caps.updateReturning
          : caps.deleteReturning;
    if (!ok) {
      throw new CompileError(
        `RETURNING is not supported by this dialect's statement compiler (the ${this.dialect.name} dialect; ${kind.toUpperCase()} … RETURNING needs a database that has it)`,
      );
    }
  }

  /** MySQL qualifies SET targets with their table in a multi-table UPDATE. */
  get qualifyMultiTableSet(): boolean {
    return false;
  }

  /** The table list after UPDATE (MySQL lists every table). */
  updateTables(table: TableImpl, _extraFroms: readonly FromClause[], _ctx: VisitContext): string {
    return this.formatTable(table);
  }

  /** ` FROM others` of a multi-table UPDATE (PostgreSQL, SQLite). */
  updateFromClause(_table: TableImpl, extraFroms: readonly FromClause[], ctx: VisitContext): string {
    return ` FROM ${extraFroms.map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ')}`;
  }

  /** The extra tables of a multi-table DELETE (PostgreSQL ` USING …`); the generic compiler has none. */
  deleteExtraFromClause(_table: TableImpl, _extraFroms: readonly FromClause[], _ctx: VisitContext): string {
    throw multiTableDeleteError();
  }

  /** RETURNING columns carry their table (SQLite leaves it out). */
  get returningIncludesTable(): boolean {
    return true;
  }

  /** MySQL puts the WITH of INSERT … SELECT after `INSERT INTO t (…)` (SQLAlchemy's cte_follows_insert). */
  get cteFollowsInsert(): boolean {
    return false;
  }

  /** Used by other modules of the compiler to report a construct the dialect lacks. */
  unsupported(what: string): never {
    throw new UnsupportedCompilationError(`The ${this.dialect.name} dialect does not support ${what}`);
  }

  /** Checks an argument and reports a misuse in the compiler's words. */
  argumentError(message: string): never {
    throw new ArgumentError(message);
  }
}

/** Whether `found` is the label itself or stands for the same expression. */
function sharesLineage(found: ColumnElement, label: Label): boolean {
  return found === label || (found instanceof Label && found.element === label.element);
}

/** The type true division casts to when the right side is not already numeric. */
const NUMERIC_FOR_DIVISION: TypeEngine = new NumericType();

/** The bind type of JSON keys and indexes sent as JSON paths. */
const JSON_INDEX_PATH_TYPE: TypeEngine = new JsonIndexPathType();

/** The type of ESCAPE characters and other string literals the compiler writes. */
const STRING_TYPE: TypeEngine = new StringType();

const UNARY_PREFIX: Partial<Record<OperatorName, string>> = {
  not: 'NOT ',
  neg: '-',
  distinct: 'DISTINCT ',
  exists: 'EXISTS ',
  bitwiseNot: '~',
};

const UNARY_SUFFIX: Partial<Record<OperatorName, string>> = {
  desc: ' DESC',
  asc: ' ASC',
  nullsFirst: ' NULLS FIRST',
  nullsLast: ' NULLS LAST',
};

/** Functions whose SQL is fixed (SQLAlchemy's FUNCTIONS): ANSI ones render without parentheses. */
const KNOWN_FUNCTION_SQL: Readonly<Record<string, string>> = {
  coalesce: 'coalesce',
  current_date: 'CURRENT_DATE',
  current_time: 'CURRENT_TIME',
  current_timestamp: 'CURRENT_TIMESTAMP',
  current_user: 'CURRENT_USER',
  localtime: 'LOCALTIME',
  localtimestamp: 'LOCALTIMESTAMP',
  random: 'random',
  sysdate: 'sysdate',
  session_user: 'SESSION_USER',
  user: 'USER',
  cube: 'CUBE',
  rollup: 'ROLLUP',
  grouping_sets: 'GROUPING SETS',
};

/** Known functions that keep their parentheses without arguments (`random()`). */
const HAS_ARGS: ReadonlySet<string> = new Set(['coalesce', 'random', 'cube', 'rollup', 'grouping_sets']);

/** SQLAlchemy's extract_map: EXTRACT field names. */
const EXTRACT_MAP: Readonly<Record<string, string>> = {
  month: 'month',
  day: 'day',
  year: 'year',
  second: 'second',
  hour: 'hour',
  doy: 'doy',
  minute: 'minute',
  quarter: 'quarter',
  dow: 'dow',
  week: 'week',
  epoch: 'epoch',
  milliseconds: 'milliseconds',
  microseconds: 'microseconds',
  timezone_hour: 'timezone_hour',
  timezone_minute: 'timezone_minute',
};

const VISITORS: { readonly [K in NodeKind]: `visit${Capitalize<K>}` } = {
  column: 'visitColumn',
  bindParam: 'visitBindParam',
  literalColumn: 'visitLiteralColumn',
  textClause: 'visitTextClause',
  null: 'visitNull',
  true: 'visitTrue',
  false: 'visitFalse',
  star: 'visitStar',
  binary: 'visitBinary',
  unary: 'visitUnary',
  booleanClauseList: 'visitBooleanClauseList',
  clauseList: 'visitClauseList',
  tuple: 'visitTuple',
  grouping: 'visitGrouping',
  label: 'visitLabel',
  labelReference: 'visitLabelReference',
  textualLabelReference: 'visitTextualLabelReference',
  function: 'visitFunction',
  functionFilter: 'visitFunctionFilter',
  withinGroup: 'visitWithinGroup',
  over: 'visitOver',
  cast: 'visitCast',
  typeCoerce: 'visitTypeCoerce',
  case: 'visitCase',
  extract: 'visitExtract',
  scalarSubquery: 'visitScalarSubquery',
  exists: 'visitExists',
  table: 'visitTable',
  alias: 'visitAlias',
  subquery: 'visitSubquery',
  cte: 'visitCte',
  join: 'visitJoin',
  select: 'visitSelect',
  compoundSelect: 'visitCompoundSelect',
  textualSelect: 'visitTextualSelect',
  insert: 'visitInsert',
  update: 'visitUpdate',
  delete: 'visitDelete',
  extension: 'visitExtension',
  ddl: 'visitDdl',
};
