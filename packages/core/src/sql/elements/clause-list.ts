// A list of expressions joined by an operator other than AND/OR: the `a, b` of function
// arguments and IN lists, the `a AND b` of BETWEEN's range. Renders without parentheses.
import {
  ColumnElement,
  Grouping,
  isPrecedent,
  type KeyBuilder,
  NULLTYPE,
  type OperatorName,
  type TypeEngine,
} from '../../internal';

export class ClauseList extends ColumnElement<unknown> {
  readonly kind = 'clauseList' as const;
  readonly type: TypeEngine = NULLTYPE;

  constructor(
    readonly clauses: readonly ColumnElement[],
    readonly operator: OperatorName = 'comma',
    /** Whether selfGroup() may add parentheses (IN lists and function arguments do their own). */
    readonly groupable = true,
  ) {
    super();
  }

  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<unknown> {
    return this.groupable &&
      this.clauses.length > 0 &&
      isPrecedent(this.operator, against, { against: againstPrecedence })
      ? new Grouping(this)
      : this;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`list:${this.operator}:${this.clauses.length}`);
    for (const clause of this.clauses) clause.addKey(builder);
  }
}
