// A named column of some FROM clause (SQLAlchemy's ColumnClause): a table's schema Column, a
// column of an alias or subquery, or a lightweight `column('x')`. Rendered `<from>.<name>`.
import {
  ColumnElement,
  type FromClause,
  isAnonymous,
  type KeyBuilder,
  NULLTYPE,
  type TypeEngine,
  type TypeLike,
  toType,
} from '../../internal';

export class ColumnClause<K extends string = string, T = unknown> extends ColumnElement<T> {
  readonly kind: 'column' = 'column' as const;
  /** Phantom: the literal key, for typed `table.c` access and row fields. */
  declare readonly '~key': K;
  /** The FROM clause this column belongs to, when it belongs to one. */
  table: FromClause | undefined;
  /** The column this one stands for (a subquery's column proxies the selected expression). */
  proxyFor: ColumnElement | undefined;

  /** Replaced once, when a type-less foreign key column learns its target's type. */
  type: TypeEngine;

  constructor(
    /** The SQL name. */
    readonly name: string,
    type: TypeEngine = NULLTYPE,
    /** The attribute name (`table.c.<key>`); the SQL name unless given. */
    readonly columnKey: K = name as K,
    /** Render the name verbatim, never quoted (a literal column). */
    readonly isLiteral = false,
  ) {
    super();
    this.type = type;
  }

  override get labelName(): string {
    return this.name;
  }

  override get elementKey(): string {
    return this.columnKey;
  }

  override get isNamedColumn(): boolean {
    return true;
  }

  /** Binds compared with this column are named after its key (`:id_1`), `param` for anonymous keys. */
  override get bindKey(): string | undefined {
    return isAnonymous(this.columnKey) ? undefined : this.columnKey;
  }

  /** `<table>_<name>` (`<schema>_<table>_<name>` for a schema table), made unique among the table's keys. */
  override get tqLabel(): string | undefined {
    return this.tableQualified(this.name);
  }

  override get tqKeyLabel(): string | undefined {
    return this.columnKey !== this.name ? this.tableQualified(this.columnKey) : this.tqLabel;
  }

  private tableQualified(name: string): string | undefined {
    if (this.isLiteral) return undefined;
    const table = this.table;
    const tableName = table?.fromName;
    if (!table || tableName === undefined) return name;
    const schema = (table as { schema?: string }).schema;
    const base = schema ? `${schema.replace(/\./g, '_')}_${tableName}_${name}` : `${tableName}_${name}`;
    const keys = table.c as Record<string, unknown>;
    let label = base;
    for (let counter = 1; label in keys; counter++) label = `${base}_${counter}`;
    return label;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`col:${builder.name(this.name)}:${this.isLiteral ? 'l' : ''}:${this.type.cacheKey()}`);
    if (this.table) this.table.addFromKey(builder);
  }
}

/** A column not attached to any table: `column('x', Integer)` (SQLAlchemy's `column()`). */
export function column<const K extends string, T = unknown>(name: K, type?: TypeLike<T>): ColumnClause<K, T> {
  return new ColumnClause<K, T>(name, type ? toType(type) : NULLTYPE);
}
