// Common table expressions (SQLAlchemy's CTE): `WITH name AS (SELECT …)`, recursive ones built
// with `cte.unionAll(select(...))`, rendered at the top of the enclosing statement (or at their
// own level with `{ nesting: true }`).
import { type ColumnMap, CompoundSelect, type KeyBuilder, type SelectBase, Subquery } from '../../internal';

export interface CTEOptions {
  /** `WITH RECURSIVE`; the column names are listed after the name. */
  readonly recursive?: boolean;
  /** Render the WITH clause on the statement that uses the CTE rather than at the top. */
  readonly nesting?: boolean;
}

export class CTE<C extends object = ColumnMap> extends Subquery<C> {
  override readonly kind = 'cte' as const;

  constructor(
    element: SelectBase,
    name: string | undefined,
    readonly options: CTEOptions = {},
    /** For `cte.unionAll(…)`: the CTE this one restates (same name, its first part inside). */
    readonly restates?: CTE<C>,
  ) {
    super(element, name);
  }

  get recursive(): boolean {
    return this.options.recursive === true;
  }

  /** The recursive part: `hierarchy.unionAll(select(...).join(hierarchy, …))`. */
  unionAll(...others: readonly SelectBase[]): CTE<C> {
    return new CTE<C>(
      new CompoundSelect('unionAll', [this.element, ...others]),
      this.name,
      this.options,
      this,
    );
  }

  union(...others: readonly SelectBase[]): CTE<C> {
    return new CTE<C>(new CompoundSelect('union', [this.element, ...others]), this.name, this.options, this);
  }

  /** The CTE that names this one in a statement (the first one, for restated recursive CTEs). */
  get root(): CTE<C> {
    return this.restates ?? this;
  }

  /** Anonymous restated CTEs share their first part's anonymous name. */
  override get fromName(): string {
    return this.restates && this.name === undefined ? this.restates.fromName : super.fromName;
  }

  override addKey(builder: KeyBuilder): void {
    builder.push(
      `cte:${builder.name(this.fromName)}:${this.recursive ? 'r' : ''}${this.options.nesting ? 'n' : ''}`,
    );
    this.element.addKey(builder);
  }

  override addFromKey(builder: KeyBuilder): void {
    builder.push(`cte-ref:${builder.name(this.fromName)}`);
  }
}
