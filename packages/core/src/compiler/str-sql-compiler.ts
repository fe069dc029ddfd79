// The compiler of `String(stmt)` (SQLAlchemy's StrSQLCompiler): the generic SQL compiler plus
// readable renderings of constructs no generic SQL has (`x[key]` for JSON access, `<regexp>`,
// UPDATE … FROM), so that stringifying never fails. Used by StrDialect.
import {
  type BinaryExpression,
  type ExtensionNode,
  type FromClause,
  type JsonPathElement,
  type OnConflictDoNothing,
  type OnConflictDoUpdate,
  type OnConflictRules,
  type OnDuplicateKeyUpdate,
  renderOnConflictDoNothing,
  renderOnConflictDoUpdate,
  renderOnDuplicateKeyUpdate,
  SQLCompiler,
  type TableImpl,
  type VisitContext,
} from '../internal';

/** String(stmt) renders the dialect packages' upserts in their PostgreSQL/MySQL spelling. */
const STR_ON_CONFLICT: OnConflictRules = { constraint: true, targetWhere: 'bind' };

export class StrSQLCompiler extends SQLCompiler {
  protected override get extensions(): Readonly<
    Record<string, (this: SQLCompiler, node: ExtensionNode, ctx: VisitContext) => string>
  > {
    return {
      onConflictDoNothing(node, ctx) {
        return renderOnConflictDoNothing(this, node as OnConflictDoNothing, ctx, STR_ON_CONFLICT);
      },
      onConflictDoUpdate(node, ctx) {
        return renderOnConflictDoUpdate(this, node as OnConflictDoUpdate, ctx, STR_ON_CONFLICT);
      },
      onDuplicateKeyUpdate(node, ctx) {
        return renderOnDuplicateKeyUpdate(this, node as OnDuplicateKeyUpdate, ctx, undefined);
      },
    };
  }

  protected override visitGetitemBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return `${this.process(binary.left, ctx)}[${this.process(binary.right, ctx)}]`;
  }

  protected override visitJsonPath(binary: JsonPathElement, ctx: VisitContext): string {
    return this.visitGetitemBinary(binary, ctx);
  }

  protected override visitRegexpBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return this.binaryWith(binary, binary.operator === 'regexpMatch' ? ' <regexp> ' : ' <not regexp> ', ctx);
  }

  protected override visitRegexpReplaceBinary(binary: BinaryExpression, ctx: VisitContext): string {
    return `<regexp replace>(${this.process(binary.left, ctx)}, ${this.process(binary.right, ctx)})`;
  }

  override updateFromClause(_table: TableImpl, extraFroms: readonly FromClause[], ctx: VisitContext): string {
    return ` FROM ${extraFroms.map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ')}`;
  }

  override deleteExtraFromClause(
    _table: TableImpl,
    extraFroms: readonly FromClause[],
    ctx: VisitContext,
  ): string {
    return ` , ${extraFroms.map((f) => this.process(f, { ...ctx, asfrom: true })).join(', ')}`;
  }
}
