// Named or anonymous copies of a FROM clause (SQLAlchemy's Alias): `users.alias('u')` renders
// `users AS u`, and its columns are new columns that proxy the table's. Subquery, CTE and
// Lateral extend it with a SELECT inside.
import {
  anonLabel,
  type ColumnClause,
  ColumnClause as ColumnClauseCtor,
  type ColumnElement,
  ColumnImpl,
  type ColumnMap,
  columnsPlusNames,
  type ForeignKey,
  FromClause,
  type KeyBuilder,
  Label,
  LiteralColumn,
} from '../../internal';

export class Alias<C extends object = ColumnMap> extends FromClause<C> {
  readonly kind: 'alias' | 'subquery' | 'cte' = 'alias';
  private proxies: C | undefined;

  constructor(
    /** The aliased element: a table, or a SELECT for subqueries and CTEs. */
    readonly element: FromClause | import('../../internal').SelectBase,
    /** The alias name; undefined means anonymous (`anon_1` at compile time). */
    readonly name: string | undefined,
  ) {
    super();
  }

  /** The alias name; anonymous aliases get a name numbered at compile time (`anon_1`, `users_1`). */
  get fromName(): string {
    if (this.name !== undefined) return this.name;
    // Named after what it aliases: a table (`users_1`) or a named alias or subquery (`a_1`); an
    // anonymous one, or a CTE, gives `anon_1`, as SQLAlchemy names it.
    const element = this.element;
    const base =
      element instanceof Alias
        ? element.kind === 'cte'
          ? undefined
          : element.name
        : element instanceof FromClause
          ? element.fromName
          : undefined;
    return anonLabel(this, base ?? 'anon');
  }

  /** Columns named and keyed as SQLAlchemy's column proxies are, each standing for its original. */
  get c(): C {
    if (!this.proxies) {
      const map: Record<string, ColumnClause> = {};
      for (const { key, name, columnKey, original } of this.proxySpecs()) {
        const proxy = new ColumnClauseCtor(name, original.type, columnKey);
        proxy.table = this;
        proxy.proxyFor = original;
        if (!(key in map)) map[key] = proxy;
      }
      this.proxies = map as C;
    }
    return this.proxies;
  }

  /**
   * The `.c` key, SQL name and own key of each proxy (SQLAlchemy's _make_proxy over
   * _generate_columns_plus_names): table columns keep their key, labels their name, unnamed
   * expressions an anonymous name under the key of the naming convention (`count`, `_no_label`).
   */
  private proxySpecs(): { key: string; name: string; columnKey: string; original: ColumnElement }[] {
    if (this.element instanceof FromClause) {
      return this.element.columnList.map((c) => ({
        key: c.columnKey,
        name: c.name,
        columnKey: c.columnKey,
        original: c,
      }));
    }
    const select = this.element;
    return columnsPlusNames(select.selectedColumns, select.labelStyle, false).map((plan) => {
      const c = plan.column;
      const required = plan.requiredLabelName;
      if (c instanceof Label) {
        const name = required ?? c.name;
        return { key: c.name, name, columnKey: name, original: c };
      }
      if (c instanceof ColumnImpl) {
        const name = required ?? c.name;
        const key = plan.proxyKey ?? required ?? c.columnKey;
        return { key, name, columnKey: key, original: c };
      }
      if (c instanceof ColumnClauseCtor || c instanceof LiteralColumn) {
        const name = required ?? (c instanceof LiteralColumn ? c.text : c.name);
        const columnKey = required === undefined ? (c.elementKey ?? name) : name;
        return { key: columnKey, name, columnKey, original: c };
      }
      const name = required ?? c.anonNameLabel;
      const key = required ?? plan.proxyKey ?? name;
      return { key, name, columnKey: name, original: c };
    });
  }

  /**
   * The foreign keys of the aliased table, or of the table columns a subquery selects (their
   * parents are matched to this alias's columns through correspondingColumn()).
   */
  override get foreignKeys(): readonly ForeignKey[] {
    if (this.element instanceof FromClause) return this.element.foreignKeys;
    const keys: ForeignKey[] = [];
    for (const column of this.columnList) {
      let original = column.proxyFor;
      while (original instanceof ColumnClauseCtor && !(original instanceof ColumnImpl))
        original = original.proxyFor;
      if (original instanceof ColumnImpl) keys.push(...original.foreignKeys);
    }
    return keys;
  }

  override correspondsTo(other: FromClause): boolean {
    return other === this;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`${this.kind}:${builder.name(this.fromName)}`);
    this.element.addKey(builder);
  }

  addFromKey(builder: KeyBuilder): void {
    builder.push(`${this.kind}-ref:${builder.name(this.fromName)}`);
  }
}

/** `users.alias('u')`, or `alias(users, 'u')`. */
export function alias<C extends ColumnMap>(from: FromClause<C>, name?: string): Alias<C> {
  return new Alias<C>(from, name);
}
