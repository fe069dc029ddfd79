// Base of everything that can appear in FROM (SQLAlchemy's FromClause): tables, aliases,
// subqueries, CTEs, joins. Gives `.c`, joins with ON clauses inferred from foreign keys, aliasing.
import {
  Alias,
  ArgumentError,
  ClauseElement,
  type ColumnClause,
  type ColumnElement,
  type ForeignKey,
  Join,
  type KeyBuilder,
} from '../../internal';

export abstract class FromClause<C extends object = object> extends ClauseElement {
  /** The columns by key: `users.c.name`. */
  abstract readonly c: C;

  /** The name FROM and column qualification use, when the clause has one. */
  abstract get fromName(): string | undefined;

  /** Adds how columns refer to this FROM clause to a cache key (identity for tables, structure for anonymous ones). */
  abstract addFromKey(builder: KeyBuilder): void;

  /** Alias of `c`, as in SQLAlchemy. */
  get columns(): C {
    return this.c;
  }

  /** Columns in declaration order. */
  get columnList(): readonly ColumnClause[] {
    return Object.values(this.c) as ColumnClause[];
  }

  /** Foreign keys of this clause's columns (tables have them; aliases proxy them). */
  get foreignKeys(): readonly ForeignKey[] {
    return [];
  }

  /** The table or alias a column of this clause is ultimately from, for foreign-key matching. */
  correspondsTo(other: FromClause): boolean {
    return other === this;
  }

  /** The column of this clause that stands for `column` (itself, or a proxy of it in an alias), if any. */
  correspondingColumn(column: ColumnElement): ColumnClause | undefined {
    for (const own of this.columnList) {
      if (own === column || own.proxyFor === column) return own;
      let proxied = own.proxyFor;
      while (proxied) {
        if (proxied === column) return own;
        proxied = (proxied as ColumnClause).proxyFor;
      }
    }
    return undefined;
  }

  /** A named or anonymous alias: `users.alias('u')` renders `users AS u` (anonymous: `users AS users_1`). */
  alias(name?: string): Alias<C> {
    return new Alias<C>(this, name);
  }

  /** `this JOIN right ON …`; the ON clause is inferred from foreign keys when omitted. */
  join(
    right: FromClause,
    onclause?: ColumnElement<boolean | null>,
    options: { isouter?: boolean; full?: boolean } = {},
  ): Join {
    return new Join(this, right, onclause, options.isouter ?? false, options.full ?? false);
  }

  /** `this LEFT OUTER JOIN right ON …`. */
  outerjoin(
    right: FromClause,
    onclause?: ColumnElement<boolean | null>,
    options: { full?: boolean } = {},
  ): Join {
    return new Join(this, right, onclause, true, options.full ?? false);
  }

  /** Tables this clause is made of (a join has several). */
  get underlyingTables(): readonly FromClause[] {
    return [this];
  }

  protected requireColumn(key: string): ColumnClause {
    const found = (this.c as unknown as Record<string, ColumnClause | undefined>)[key];
    if (!found) {
      throw new ArgumentError(
        `${this.fromName ?? 'this FROM clause'} has no column '${key}'; it has ${Object.keys(this.c).join(', ')}`,
      );
    }
    return found;
  }
}
