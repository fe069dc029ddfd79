// PostgreSQL's statement compiler: the overrides of SQLAlchemy's PGCompiler on top of the base
// compiler (ILIKE, `#` for XOR, regular expressions, `->`/`->>` JSON access, DISTINCT ON, FOR
// UPDATE variants, LIMIT ALL, UPDATE … FROM, DELETE … USING, ON CONFLICT).
import {
  type BinaryExpression,
  BindParameter,
  type BindProcessor,
  type ClauseElement,
  type ColumnElement,
  type ExtensionNode,
  type FromClause,
  type FunctionElement,
  type JsonPathElement,
  JsonPathType,
  NullType,
  type OnConflictDoNothing,
  type OnConflictDoUpdate,
  type OnConflictRules,
  renderOnConflictDoNothing,
  renderOnConflictDoUpdate,
  type Select,
  SQLCompiler,
  StringType,
  type TableImpl,
  type TypeEngine,
  typeFamily,
  type VisitContext,
} from '@retort/core';
import { renderContainment } from './pg-operators';

/** PostgreSQL upserts: ON CONSTRAINT allowed, the partial index predicate's values bound. */
const PG_ON_CONFLICT: OnConflictRules = { constraint: true, targetWhere: 'bind' };

/** A JSON path as PostgreSQL's `#>` takes it: the text array `{a, 1}` (SQLAlchemy's JSONPathType). */
function pgJsonPath(value: unknown): string {
  return `{${(Array.isArray(value) ? value : [value]).map((step) => globalThis.String(step)).join(', ')}}`;
}

class PGJsonPathType extends JsonPathType {
  override bindProcessor(): BindProcessor {
    return (value) => pgJsonPath(value);
  }
}

const PG_JSON_PATH_TYPE = new PGJsonPathType();

export class PGCompiler extends SQLCompiler {
  /** While rendering an operator between two parameters: the type for an untyped one (see visitBinary). */
  private bindCastType: TypeEngine | undefined;

  /**
   * `:a + :b` with nothing but parameters on both sides: the server, which receives the values
   * untyped, cannot pick the operator (`unknown + unknown`) or would compare them as text, so each
   * parameter is cast to its type, or an untyped one to the other's (`$1::INTEGER + $2::INTEGER`),
   * as SQLAlchemy's asyncpg dialect renders them. psycopg2 inlines the values client-side and never
   * meets the problem.
   */
  override visitBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const { left, right } = binary;
    if (!(plainBind(left) && plainBind(right))) return super.visitBinary(binary, ctx);
    const type = left.type instanceof NullType ? right.type : left.type;
    if (type instanceof NullType) return super.visitBinary(binary, ctx);
    const outer = this.bindCastType;
    this.bindCastType = type;
    try {
      return super.visitBinary(binary, ctx);
    } finally {
      this.bindCastType = outer;
    }
  }

  override visitBindParam(bind: BindParameter, ctx: VisitContext): string {
    const text = super.visitBindParam(bind, ctx);
    const inline = this.literalBinds || ctx.literalBinds || ctx.literalExecute || bind.options.literalExecute;
    if (this.bindCastType === undefined || inline === true) return text;
    const typeName = this.castTypeName(bind.type instanceof NullType ? this.bindCastType : bind.type);
    return typeName === undefined ? text : `${text}::${typeName}`;
  }

  /** `aggregate_strings(x, sep)` is PostgreSQL's `string_agg(x, sep)`. */
  protected override functionOverride(fn: FunctionElement, ctx: VisitContext): string | undefined {
    return fn.name.toLowerCase() === 'aggregate_strings'
      ? `string_agg(${this.process(fn.args, ctx)})`
      : undefined;
  }

  protected override get extensions(): Readonly<
    Record<string, (this: SQLCompiler, node: ExtensionNode, ctx: VisitContext) => string>
  > {
    return {
      onConflictDoNothing(node, ctx) {
        return renderOnConflictDoNothing(this, node as OnConflictDoNothing, ctx, PG_ON_CONFLICT);
      },
      onConflictDoUpdate(node, ctx) {
        return renderOnConflictDoUpdate(this, node as OnConflictDoUpdate, ctx, PG_ON_CONFLICT);
      },
    };
  }

  /** `LIMIT n OFFSET m`; an offset alone says `LIMIT ALL`. */
  override limitClause(
    select: { readonly limit: ColumnElement | undefined; readonly offset: ColumnElement | undefined },
    ctx: VisitContext,
  ): string {
    let text = '';
    if (select.limit) text += ` \n LIMIT ${this.process(select.limit, ctx)}`;
    if (select.offset) {
      if (!select.limit) text += '\n LIMIT ALL';
      text += ` OFFSET ${this.process(select.offset, ctx)}`;
    }
    return text;
  }

  /** FETCH with the count in parentheses: PostgreSQL needs them for anything but a literal. */
  override fetchClause(
    fetch: {
      readonly count: ColumnElement;
      readonly options: { readonly withTies?: boolean; readonly percent?: boolean };
    },
    offset: ColumnElement | undefined,
    ctx: VisitContext,
  ): string {
    const offsetText = offset ? `\n OFFSET (${this.process(offset, ctx)}) ROWS` : '';
    return `${offsetText}\n FETCH FIRST (${this.process(fetch.count, ctx)})${fetch.options.percent ? ' PERCENT' : ''} ROWS ${fetch.options.withTies ? 'WITH TIES' : 'ONLY'}`;
  }

  protected override likeKeyword(insensitive: boolean, negated: boolean): string {
    if (!insensitive) return super.likeKeyword(insensitive, negated);
    return negated ? 'NOT ILIKE' : 'ILIKE';
  }

  /** ILIKE is case-insensitive itself: no lower(). */
  protected override caseInsensitiveOperand(sql: string): string {
    return sql;
  }

  protected override bitwiseXorOperator(): string {
    return ' # ';
  }

  /** `~` / `!~`, `~*` with the `i` flag, other flags as an inline `(?flags)` prefix. */
  protected override visitRegexpBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const base = binary.operator === 'regexpMatch' ? '~' : '!~';
    const flags = binary.options.modifiers?.flags;
    if (flags === undefined) return this.binaryWith(binary, ` ${base} `, ctx);
    if (flags === 'i') return this.binaryWith(binary, ` ${base}* `, ctx);
    return `${this.process(binary.left, ctx)} ${base} CONCAT('(?', ${this.renderLiteral(flags, new StringType())}, ')', ${this.process(binary.right, ctx)})`;
  }

  protected override visitRegexpReplaceBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const flags = binary.options.modifiers?.flags;
    const args = `${this.process(binary.left, ctx)}, ${this.process(binary.right, ctx)}`;
    return flags === undefined
      ? `REGEXP_REPLACE(${args})`
      : `REGEXP_REPLACE(${args}, ${this.renderLiteral(flags, new StringType())})`;
  }

  /** ARRAY/JSONB `@>`, `<@`, `&&`, `?`, `?&`, `?|` (pg-operators.ts). */
  protected override visitContainmentBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return renderContainment(this, binary, ctx);
  }

  /**
   * JSON access: `data -> key` for JSON results; a typed extraction (asString(), asInteger() …) is
   * `CAST(data ->> key AS type)`. Inside another operator the arrow expression is parenthesized.
   */
  protected override visitJsonPath(binary: JsonPathElement, ctx: VisitContext): string {
    if (typeFamily(binary.type) !== 'JSON') {
      const typeName = this.castTypeName(binary.type) ?? this.dialect.typeDDL(binary.type);
      return `CAST(${this.jsonArrow(binary, ctx, true)} AS ${typeName})`;
    }
    return this.jsonArrow(binary, ctx, false);
  }

  private jsonArrow(binary: JsonPathElement, ctx: VisitContext, asText: boolean): string {
    let sql: string;
    if (binary.operator === 'jsonPathGetitem') {
      // `data #> '{a, 1}'`: the path goes as a text array literal
      const operand: VisitContext = { ...ctx, inOperatorExpression: true };
      const path = this.pathBind(binary.right, operand);
      sql = `${this.process(binary.left, operand)}${asText ? ' #>> ' : ' #> '}${path}`;
    } else sql = this.binaryWith(binary, asText ? ' ->> ' : ' -> ', ctx);
    return ctx.inOperatorExpression ? `(${sql})` : sql;
  }

  private pathBind(bind: ColumnElement, ctx: VisitContext): string {
    if (!(bind instanceof BindParameter)) return this.process(bind, ctx);
    if (this.literalBinds || ctx.literalBinds) {
      return this.renderLiteral(pgJsonPath(bind.effectiveValue()), new StringType());
    }
    return this.placeholderFor(bind, PG_JSON_PATH_TYPE);
  }

  protected override visitGetitemBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return `${this.process(binary.left, ctx)}[${this.process(binary.right, ctx)}]`;
  }

  /** Full-text match: `x @@ plainto_tsquery(y)`. */
  protected override visitMatchBinary(binary: BinaryExpression, ctx: VisitContext): string {
    const text = `${this.process(binary.left, ctx)} @@ plainto_tsquery(${this.process(binary.right, ctx)})`;
    return binary.operator === 'notMatch' ? `NOT ${text}` : text;
  }

  override distinctClause(select: Select, ctx: VisitContext): string {
    const on = select.state.distinctOn;
    if (on.length > 0) return `DISTINCT ON (${on.map((c) => this.process(c, ctx)).join(', ')}) `;
    return select.state.distinct ? 'DISTINCT ' : '';
  }

  /** `FOR UPDATE`, `FOR NO KEY UPDATE`, `FOR SHARE`, `FOR KEY SHARE`, with `OF`, `NOWAIT`, `SKIP LOCKED`. */
  override forUpdateClause(
    options: {
      readonly nowait?: boolean;
      readonly read?: boolean;
      readonly skipLocked?: boolean;
      readonly keyShare?: boolean;
      readonly of?: readonly ClauseElement[];
    },
    ctx: VisitContext,
  ): string {
    let text = options.read
      ? options.keyShare
        ? ' FOR KEY SHARE'
        : ' FOR SHARE'
      : options.keyShare
        ? ' FOR NO KEY UPDATE'
        : ' FOR UPDATE';
    if (options.of && options.of.length > 0) text += ` OF ${this.forUpdateOfTables(options.of, ctx)}`;
    if (options.nowait) text += ' NOWAIT';
    if (options.skipLocked) text += ' SKIP LOCKED';
    return text;
  }

  override deleteExtraFromClause(
    _table: TableImpl,
    extraFroms: readonly FromClause[],
    ctx: VisitContext,
  ): string {
    return ` USING ${extraFroms.map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ')}`;
  }
}

/** A parameter sent as a value (not an expanding IN list): what visitBinary casts when both operands are one. */
function plainBind(element: ColumnElement): element is BindParameter {
  return element instanceof BindParameter && !element.expanding;
}
