// SQLite's statement compiler: the overrides of SQLAlchemy's SQLiteCompiler (LIMIT -1 with an
// offset alone, `x / (y + 0.0)`, CURRENT_TIMESTAMP for now(), strftime for EXTRACT, IS / IS NOT
// for DISTINCT FROM, REGEXP, JSON_EXTRACT/JSON_QUOTE, no FOR UPDATE, UPDATE … FROM).
import {
  type BinaryExpression,
  type ColumnElement,
  CompileError,
  type ExtensionNode,
  type Extract,
  type FunctionElement,
  type JsonPathElement,
  type OnConflictDoNothing,
  type OnConflictDoUpdate,
  type OnConflictRules,
  renderOnConflictDoNothing,
  renderOnConflictDoUpdate,
  SQLCompiler,
  typeFamily,
  type VisitContext,
} from '@retort/core';

/** EXTRACT fields as strftime formats (SQLAlchemy's SQLiteCompiler.extract_map). */
const STRFTIME: Readonly<Record<string, string>> = {
  month: '%m',
  day: '%d',
  year: '%Y',
  second: '%S',
  hour: '%H',
  doy: '%j',
  minute: '%M',
  epoch: '%s',
  dow: '%w',
  week: '%W',
};

/** Fields SQLAlchemy knows but has no strftime format for: passed through as written, as it does. */
const UNMAPPED_FIELDS: ReadonlySet<string> = new Set([
  'quarter',
  'milliseconds',
  'microseconds',
  'timezone_hour',
  'timezone_minute',
]);

/** SQLite upserts: no ON CONSTRAINT; the partial index predicate's values inline at execution. */
const SQLITE_ON_CONFLICT: OnConflictRules = { constraint: false, targetWhere: 'literalExecute' };

export class SQLiteCompiler extends SQLCompiler {
  protected override get extensions(): Readonly<
    Record<string, (this: SQLCompiler, node: ExtensionNode, ctx: VisitContext) => string>
  > {
    return {
      onConflictDoNothing(node, ctx) {
        return renderOnConflictDoNothing(this, node as OnConflictDoNothing, ctx, SQLITE_ON_CONFLICT);
      },
      onConflictDoUpdate(node, ctx) {
        return renderOnConflictDoUpdate(this, node as OnConflictDoUpdate, ctx, SQLITE_ON_CONFLICT);
      },
    };
  }

  protected override functionOverride(fn: FunctionElement, ctx: VisitContext): string | undefined {
    switch (fn.name.toLowerCase()) {
      case 'now':
        return 'CURRENT_TIMESTAMP';
      case 'localtimestamp':
        return "DATETIME(CURRENT_TIMESTAMP, 'localtime')";
      case 'char_length':
        return `length(${this.process(fn.args, ctx)})`;
      case 'aggregate_strings':
        return `group_concat(${this.process(fn.args, ctx)})`;
      default:
        return undefined;
    }
  }

  /** `x / (y + 0.0)`: SQLite divides integers as integers. */
  protected override visitDivBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return `${this.process(binary.left, ctx)} / (${this.process(binary.right, ctx)} + 0.0)`;
  }

  override visitTrue(): string {
    return '1';
  }

  override visitFalse(): string {
    return '0';
  }

  /** `CAST(STRFTIME('%Y', x) AS INTEGER)`. */
  override visitExtract(node: Extract, ctx: VisitContext): string {
    const format = STRFTIME[node.field] ?? (UNMAPPED_FIELDS.has(node.field) ? node.field : undefined);
    if (format === undefined) throw new CompileError(`${node.field} is not a valid extract argument.`);
    return `CAST(STRFTIME('${format}', ${this.process(node.expression, ctx)}) AS INTEGER)`;
  }

  /** `LIMIT n OFFSET m`; `LIMIT -1` for an offset alone, `OFFSET 0` for a limit alone, both bound. */
  override limitClause(
    select: { readonly limit: ColumnElement | undefined; readonly offset: ColumnElement | undefined },
    ctx: VisitContext,
  ): string {
    let text = '';
    if (select.limit) text += `\n LIMIT ${this.process(select.limit, ctx)}`;
    if (select.offset) {
      if (!select.limit) text += `\n LIMIT ${this.constantBind(-1, ctx)}`;
      text += ` OFFSET ${this.process(select.offset, ctx)}`;
    } else text += ` OFFSET ${this.constantBind(0, ctx)}`;
    return text;
  }

  /** RETURNING names columns without their table on SQLite. */
  override get returningIncludesTable(): boolean {
    return false;
  }

  /** SQLite has no row locks: FOR UPDATE renders nothing. */
  override forUpdateClause(): string {
    return '';
  }

  protected override visitDistinctFromBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return this.binaryWith(binary, binary.operator === 'isDistinctFrom' ? ' IS NOT ' : ' IS ', ctx);
  }

  /** `(a | b - a & b)`: SQLite has no XOR operator. */
  override visitBinary(binary: BinaryExpression, ctx: VisitContext): string {
    if (binary.operator !== 'bitwiseXor') return super.visitBinary(binary, ctx);
    return `(${this.binaryWith(binary, ' | ', ctx)} - ${this.binaryWith(binary, ' & ', ctx)})`;
  }

  /** `JSON_EXTRACT(data, '$."key"')`, wrapped in JSON_QUOTE when the result stays JSON. */
  protected override visitJsonPath(binary: JsonPathElement, ctx: VisitContext): string {
    const extract = `JSON_EXTRACT(${this.process(binary.left, ctx)}, ${this.jsonPathBind(binary.right, ctx)})`;
    return typeFamily(binary.type) === 'JSON' ? `JSON_QUOTE(${extract})` : extract;
  }

  protected override visitRegexpBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return this.binaryWith(binary, binary.operator === 'regexpMatch' ? ' REGEXP ' : ' NOT REGEXP ', ctx);
  }
}
