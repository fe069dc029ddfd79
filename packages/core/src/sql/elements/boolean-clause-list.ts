// `a AND b AND c` / `a OR b` (SQLAlchemy's BooleanClauseList) and the `and()`, `or()`, `not()`
// functions of ROSETTA §1. true()/false() short-circuit as in SQLAlchemy; an empty and()/or() is
// an ArgumentError (SQLAlchemy 2.0 deprecates it and renders nothing).
import {
  ArgumentError,
  BooleanType,
  ColumnElement,
  coerceWhere,
  FalseElement,
  Grouping,
  isPrecedent,
  type KeyBuilder,
  type OperatorName,
  TrueElement,
  UnaryExpression,
} from '../../internal';

export type Predicate = ColumnElement<boolean | null>;

export class BooleanClauseList extends ColumnElement<boolean> {
  readonly kind = 'booleanClauseList' as const;
  readonly type = new BooleanType();

  constructor(
    readonly operator: 'and' | 'or',
    readonly clauses: readonly ColumnElement[],
  ) {
    super();
  }

  /**
   * Joins predicates as SQLAlchemy's and_()/or_() do: `true()` in an AND (`false()` in an OR) is
   * dropped, `false()` in an AND (`true()` in an OR) replaces everything, nested lists of the same
   * operator are flattened, and a single clause stands alone.
   */
  static construct(
    operator: 'and' | 'or',
    predicates: readonly unknown[],
    functionName: string,
  ): ColumnElement<boolean> {
    if (predicates.length === 0) {
      throw new ArgumentError(
        `${functionName}() needs at least one expression; build the list first and call ${functionName}(...clauses) only when it is not empty, or pass true()/false() explicitly`,
      );
    }
    const [count, clauses] = processBooleanClauses(
      operator,
      predicates.map((p) => coerceWhere(p, functionName)),
    );
    if (count === 1) return clauses[0] as ColumnElement<boolean>;
    const flattened: ColumnElement[] = [];
    for (const clause of clauses) {
      if (clause instanceof BooleanClauseList && clause.operator === operator)
        flattened.push(...clause.clauses);
      else flattened.push(clause);
    }
    return new BooleanClauseList(operator, flattened);
  }

  override get isImplicitlyBoolean(): boolean {
    return true;
  }

  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<boolean> {
    if (this.clauses.length === 0) return this;
    return isPrecedent(this.operator, against, { against: againstPrecedence })
      ? new Grouping<boolean>(this)
      : this;
  }

  override negate(): ColumnElement<boolean> {
    return UnaryExpression.not(this);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`bool:${this.operator}:${this.clauses.length}`);
    for (const clause of this.clauses) clause.addKey(builder);
  }
}

/**
 * SQLAlchemy's _process_clauses_for_boolean: drops the neutral constant, lets the absorbing one
 * win, and groups each clause against `operator` (or as a lone boolean). Returns how many
 * clauses remain (0, 1, or 2 for "several") and the grouped clauses. Also used for WHERE lists.
 */
export function processBooleanClauses(
  operator: 'and' | 'or',
  clauses: readonly ColumnElement[],
): [number, ColumnElement[]] {
  const continueOn = operator === 'and' ? TrueElement : FalseElement;
  const skipOn = operator === 'and' ? FalseElement : TrueElement;
  let neutral: ColumnElement | undefined;
  let kept: ColumnElement[] = [];
  let against: OperatorName = 'asBool';
  let count = 0;
  for (const clause of clauses) {
    if (clause instanceof continueOn) neutral = clause;
    else if (clause instanceof skipOn) {
      kept = [clause];
      count = 1;
      break;
    } else {
      if (count === 0) count = 1;
      else {
        against = operator;
        count = 2;
      }
      kept.push(clause);
    }
  }
  if (kept.length === 0 && neutral !== undefined) {
    kept = [neutral];
    count = 1;
  }
  return [count, kept.map((c) => c.selfGroup(against))];
}

/** `a AND b AND …` (Python `and_`). */
export function and(...clauses: readonly Predicate[]): ColumnElement<boolean> {
  return BooleanClauseList.construct('and', clauses, 'and');
}

/** `a OR b OR …` (Python `or_`). */
export function or(...clauses: readonly Predicate[]): ColumnElement<boolean> {
  return BooleanClauseList.construct('or', clauses, 'or');
}

/** `NOT x`; comparisons flip their operator instead (`not(a.eq(b))` is `a != b`), as in SQLAlchemy. */
export function not(clause: Predicate): ColumnElement<boolean> {
  return coerceWhere(clause, 'not').negate();
}
