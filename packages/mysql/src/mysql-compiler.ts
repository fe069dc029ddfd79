// MySQL's statement compiler: the overrides of SQLAlchemy's MySQLCompiler (INNER JOIN, LIMIT
// with an offset, concat(), `<=>`, REGEXP / REGEXP_LIKE, casts to CHAR/SIGNED INTEGER,
// JSON_EXTRACT, LOCK IN SHARE MODE, FROM DUAL, multi-table UPDATE and DELETE … USING).
import {
  BinaryExpression,
  type ClauseElement,
  type ColumnElement,
  type ExtensionNode,
  type FromClause,
  type FunctionElement,
  type JsonPathElement,
  type OnDuplicateKeyUpdate,
  renderOnDuplicateKeyUpdate,
  type Select,
  SQLCompiler,
  StringType,
  type TableImpl,
  type TypeEngine,
  typeFamily,
  type VisitContext,
} from '@retort/core';

/** The operands of a chain of `||` (concatenation is associative, so the chain is never grouped). */
function concatOperands(node: ColumnElement): ColumnElement[] {
  return node instanceof BinaryExpression && node.operator === 'concat'
    ? [...concatOperands(node.left), ...concatOperands(node.right)]
    : [node];
}

export class MySQLCompiler extends SQLCompiler {
  protected override get extensions(): Readonly<
    Record<string, (this: SQLCompiler, node: ExtensionNode, ctx: VisitContext) => string>
  > {
    return {
      onDuplicateKeyUpdate(node, ctx) {
        const compiler = this as MySQLCompiler;
        return renderOnDuplicateKeyUpdate(this, node as OnDuplicateKeyUpdate, ctx, compiler.rowAlias());
      },
    };
  }

  /** The server version the dialect learned at connect (empty before). */
  private get serverVersion(): readonly number[] {
    return (this.dialect as { serverVersionInfo?: readonly number[] }).serverVersionInfo ?? [];
  }

  /** Whether the server is MySQL (not MariaDB) at least `version`. */
  private mysqlAtLeast(...version: number[]): boolean {
    if (this.dialect.isMariaDB) return false;
    const actual = this.serverVersion;
    if (actual.length === 0) return false;
    for (let i = 0; i < version.length; i++) {
      const a = actual[i] ?? 0;
      const v = version[i] ?? 0;
      if (a !== v) return a > v;
    }
    return true;
  }

  /** MySQL 8.0.20+ names the inserted row (`AS new`) instead of VALUES(); not for INSERT … SELECT. */
  private rowAlias(): string | undefined {
    const insert = this.stack.at(-1)?.selectable as {
      state?: { fromSelect?: unknown };
      table?: { name: string };
    };
    if (!this.mysqlAtLeast(8, 0, 20) || insert?.state?.fromSelect) return undefined;
    return insert?.table?.name.toLowerCase() === 'new' ? 'new_1' : 'new';
  }

  /** MySQL's unit is `millisecond` (SQLAlchemy's MySQLCompiler.extract_map). */
  protected override extractField(field: string): string {
    return field === 'milliseconds' ? 'millisecond' : super.extractField(field);
  }

  protected override innerJoinKeyword(): string {
    return ' INNER JOIN ';
  }

  protected override likePattern(value: string, leading: boolean, trailing: boolean): string {
    if (!leading && !trailing) return value;
    return `concat(${[leading ? "'%'" : undefined, value, trailing ? "'%'" : undefined].filter(Boolean).join(', ')})`;
  }

  /** `LIMIT [offset, ]count`; an offset alone uses the largest unsigned BIGINT, as SQLAlchemy does. */
  override limitClause(
    select: { readonly limit: ColumnElement | undefined; readonly offset: ColumnElement | undefined },
    ctx: VisitContext,
  ): string {
    const { limit, offset } = select;
    if (!limit && !offset) return '';
    if (offset && !limit) return ` \n LIMIT ${this.process(offset, ctx)}, 18446744073709551615`;
    if (offset && limit) return ` \n LIMIT ${this.process(offset, ctx)}, ${this.process(limit, ctx)}`;
    return ` \n LIMIT ${this.process(limit as ColumnElement, ctx)}`;
  }

  /** MySQL has `true`/`false` keywords although it stores booleans as integers. */
  override visitTrue(): string {
    return 'true';
  }

  override visitFalse(): string {
    return 'false';
  }

  /** `NOT (a <=> b)` / `a <=> b`. */
  protected override visitDistinctFromBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const text = `${this.process(binary.left, ctx)} <=> ${this.process(binary.right, ctx)}`;
    return binary.operator === 'isDistinctFrom' ? `NOT (${text})` : text;
  }

  /** `/` never truncates on MySQL (SQLAlchemy's div_is_floordiv = False). */
  protected override get divIsFloordiv(): boolean {
    return false;
  }

  /** `concat(a, b, c)`: a chain of concatenations is one call, as SQLAlchemy renders it. */
  protected override visitConcatBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return `concat(${concatOperands(binary)
      .map((operand) => this.process(operand, ctx))
      .join(', ')})`;
  }

  /** `REGEXP` / `NOT REGEXP`; with flags `REGEXP_LIKE(x, pattern, flags)` (MariaDB: an inline `(?flags)`). */
  protected override visitRegexpBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const op = binary.operator === 'regexpMatch' ? ' REGEXP ' : ' NOT REGEXP ';
    const flags = binary.options.modifiers?.flags;
    if (flags === undefined) return this.binaryWith(binary, op, ctx);
    const flagText = this.renderLiteral(flags, new StringType());
    if (this.dialect.isMariaDB) {
      return `${this.process(binary.left, ctx)}${op}CONCAT('(?', ${flagText}, ')', ${this.process(binary.right, ctx)})`;
    }
    const text = `REGEXP_LIKE(${this.process(binary.left, ctx)}, ${this.process(binary.right, ctx)}, ${flagText})`;
    return binary.operator === 'notRegexpMatch' ? `NOT ${text}` : text;
  }

  protected override visitRegexpReplaceBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const flags = binary.options.modifiers?.flags;
    const args = `${this.process(binary.left, ctx)}, ${this.process(binary.right, ctx)}`;
    return flags === undefined
      ? `REGEXP_REPLACE(${args})`
      : `REGEXP_REPLACE(${args}, ${this.renderLiteral(flags, new StringType())})`;
  }

  /**
   * JSON access through JSON_EXTRACT with a JSON path (`$."key"`); typed extractions unwrap it:
   * JSON_UNQUOTE for strings, CAST for integers and decimals, a CASE that maps JSON null to NULL.
   */
  protected override visitJsonPath(binary: JsonPathElement, ctx: VisitContext): string {
    const extract = () =>
      `JSON_EXTRACT(${this.process(binary.left, ctx)}, ${this.jsonPathBind(binary.right, ctx)})`;
    const type = binary.type;
    const family = typeFamily(type);
    if (family === 'JSON') return extract();
    const caseExpression = `CASE ${extract()} WHEN 'null' THEN NULL`;
    let typeExpression: string;
    if (family === 'Integer') typeExpression = `ELSE CAST(${extract()} AS SIGNED INTEGER)`;
    else if (family === 'Numeric') {
      const { precision, scale } = type as { precision?: number; scale?: number };
      typeExpression =
        precision !== undefined && scale !== undefined
          ? `ELSE CAST(${extract()} AS DECIMAL(${precision}, ${scale}))`
          : `ELSE ${extract()}+0.0000000000000000000000`;
    } else if (family === 'Boolean') typeExpression = 'WHEN true THEN true ELSE false';
    else if (family === 'String') typeExpression = `ELSE JSON_UNQUOTE(${extract()})`;
    else typeExpression = `ELSE ${extract()}`;
    return `${caseExpression} ${typeExpression} END`;
  }

  /** `MATCH (x) AGAINST (y IN BOOLEAN MODE)`. */
  protected override visitMatchBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const text = `MATCH (${this.process(binary.left, ctx)}) AGAINST (${this.process(binary.right, ctx)} IN BOOLEAN MODE)`;
    return binary.operator === 'notMatch' ? `NOT ${text}` : text;
  }

  /**
   * The CAST target MySQL accepts (SQLAlchemy's MySQLCompiler.visit_typeclause); FLOAT, BOOLEAN and
   * others cannot be cast to, so the CAST is skipped with a warning, as SQLAlchemy does.
   */
  override castTypeName(type: TypeEngine): string | undefined {
    const t = type.forDialect(this.dialect);
    switch (t.affinity) {
      case 'integer':
      case 'biginteger':
        return (t as { unsigned?: boolean }).unsigned ? 'UNSIGNED INTEGER' : 'SIGNED INTEGER';
      case 'datetime':
        return t.visitName === 'TIMESTAMP' ? 'DATETIME' : this.dialect.typeDDL(t);
      case 'date':
      case 'time':
        return this.dialect.typeDDL(t);
      case 'string': {
        const length = (t as { length?: number }).length;
        const collation = (t as { options?: { collation?: string } }).options?.collation;
        return `CHAR${length !== undefined ? `(${length})` : ''}${collation ? ` COLLATE ${collation}` : ''}`;
      }
      case 'binary':
        return 'BINARY';
      case 'json':
        return 'JSON';
      case 'numeric':
        return this.dialect.typeDDL(t).replace('NUMERIC', 'DECIMAL');
      default:
        return undefined;
    }
  }

  protected override castDatabaseName(): string {
    return 'MySQL/MariaDb';
  }

  protected override functionOverride(fn: FunctionElement, ctx: VisitContext): string | undefined {
    switch (fn.name.toLowerCase()) {
      case 'random':
        return `rand(${this.process(fn.args, ctx)})`;
      case 'sysdate':
        return 'SYSDATE()';
      case 'aggregate_strings': {
        const [expr, separator] = fn.args.clauses.map((arg) => this.process(arg, ctx));
        return `group_concat(${expr} SEPARATOR ${separator})`;
      }
      // GROUP BY x WITH ROLLUP: MySQL has no ROLLUP(x)
      case 'rollup':
        return `${this.process(fn.args, ctx)} WITH ROLLUP`;
      default:
        return undefined;
    }
  }

  /** `FROM DUAL` when a select without FROM has a WHERE clause. */
  override defaultFrom(): string {
    const select = this.stack.at(-1)?.selectable as Select | undefined;
    return select?.kind === 'select' && select.state.where.length > 0 ? ' FROM DUAL' : '';
  }

  /**
   * `FOR UPDATE`, or `LOCK IN SHARE MODE` for `{ read: true }`, with `NOWAIT` and `SKIP LOCKED`.
   * MySQL 8 says `FOR SHARE` and takes `OF`; both are left out until the server is known to be MySQL 8
   * (MariaDB has neither), as SQLAlchemy decides at connect.
   */
  override forUpdateClause(
    options: {
      readonly nowait?: boolean;
      readonly read?: boolean;
      readonly skipLocked?: boolean;
      readonly of?: readonly ClauseElement[];
    },
    _ctx: VisitContext,
  ): string {
    let text = options.read
      ? this.mysqlAtLeast(8, 0, 1)
        ? ' FOR SHARE'
        : ' LOCK IN SHARE MODE'
      : ' FOR UPDATE';
    if (options.of && options.of.length > 0 && this.mysqlAtLeast(8)) {
      text += ` OF ${this.forUpdateOfTables(options.of, _ctx)}`;
    }
    if (options.nowait) text += ' NOWAIT';
    if (options.skipLocked) text += ' SKIP LOCKED';
    return text;
  }

  /** `INSERT INTO t (…) WITH c AS (…) SELECT …`: MySQL wants the WITH after the column list. */
  override get cteFollowsInsert(): boolean {
    return true;
  }

  override get qualifyMultiTableSet(): boolean {
    return true;
  }

  /** `UPDATE a, b SET …`: every table is listed after UPDATE. */
  override updateTables(table: TableImpl, extraFroms: readonly FromClause[], ctx: VisitContext): string {
    return [table, ...extraFroms].map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ');
  }

  override updateFromClause(): string {
    return '';
  }

  /** `DELETE FROM a USING a, b WHERE …`. */
  override deleteExtraFromClause(
    table: TableImpl,
    extraFroms: readonly FromClause[],
    ctx: VisitContext,
  ): string {
    return ` USING ${[table, ...extraFroms].map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ')}`;
  }
}
