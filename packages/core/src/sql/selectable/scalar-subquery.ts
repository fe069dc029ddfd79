// `(SELECT …)` used as a value (SQLAlchemy's ScalarSubquery). Correlates automatically with the
// enclosing select's FROM clauses, or as `correlate()` says.
import {
  ColumnElement,
  Grouping,
  type KeyBuilder,
  NULLTYPE,
  type OperatorName,
  type SelectBase,
  type TypeEngine,
} from '../../internal';

export class ScalarSubquery<T = unknown> extends ColumnElement<T> {
  readonly kind = 'scalarSubquery' as const;

  constructor(
    readonly element: SelectBase,
    /** Rendered as the right side of IN: `IN (SELECT …)` without an extra group. */
    readonly inList = false,
  ) {
    super();
  }

  get type(): TypeEngine {
    return this.element.selectedColumns[0]?.type ?? NULLTYPE;
  }

  asInList(): ScalarSubquery<T> {
    return new ScalarSubquery<T>(this.element, true);
  }

  override selfGroup(_against?: OperatorName, _againstPrecedence?: number): ColumnElement<T> {
    return this;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`scalar:${this.inList ? 'in' : ''}`);
    this.element.addKey(builder);
  }

  /** For symmetry with SQLAlchemy's `.self_group()`; grouping is rendered by the compiler. */
  grouped(): Grouping<T> {
    return new Grouping<T>(this);
  }
}
