// The SQL operators of the expression language: their SQL text and their precedence, which
// decides where parentheses go (SQLAlchemy's operators._PRECEDENCE and is_precedent).
// Used by the expression constructors when they group operands, and by the compiler.

export type OperatorName =
  | 'eq'
  | 'ne'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'floordiv'
  | 'mod'
  | 'neg'
  | 'concat'
  | 'like'
  | 'notLike'
  | 'startswith'
  | 'notStartswith'
  | 'endswith'
  | 'notEndswith'
  | 'contains'
  | 'notContains'
  | 'istartswith'
  | 'notIstartswith'
  | 'iendswith'
  | 'notIendswith'
  | 'icontains'
  | 'notIcontains'
  | 'ilike'
  | 'notIlike'
  | 'in'
  | 'notIn'
  | 'is'
  | 'isNot'
  | 'isDistinctFrom'
  | 'isNotDistinctFrom'
  | 'between'
  | 'notBetween'
  | 'and'
  | 'or'
  | 'not'
  | 'desc'
  | 'asc'
  | 'nullsFirst'
  | 'nullsLast'
  | 'collate'
  | 'distinct'
  | 'exists'
  | 'getitem'
  | 'jsonGetitem'
  | 'jsonPathGetitem'
  | 'match'
  | 'notMatch'
  | 'regexpMatch'
  | 'notRegexpMatch'
  | 'any'
  | 'all'
  | 'filter'
  | 'comma'
  | 'as'
  | 'bitwiseAnd'
  | 'bitwiseOr'
  | 'bitwiseXor'
  | 'bitwiseNot'
  | 'bitwiseLshift'
  | 'bitwiseRshift'
  | 'containsOp'
  | 'containedBy'
  | 'overlap'
  | 'hasKey'
  | 'hasAll'
  | 'hasAny'
  | 'custom'
  | 'asBool'
  | 'isTrue'
  | 'isFalse'
  | 'regexpReplace';

/** Binding strength; a lower number binds more loosely. Operators missing here bind tightest. */
const PRECEDENCE: Partial<Record<OperatorName, number>> = {
  getitem: 15,
  jsonGetitem: 15,
  jsonPathGetitem: 15,
  any: 15,
  all: 15,
  mul: 8,
  div: 8,
  floordiv: 8,
  mod: 8,
  neg: 8,
  bitwiseNot: 8,
  add: 7,
  sub: 7,
  bitwiseXor: 7,
  bitwiseOr: 7,
  bitwiseAnd: 7,
  bitwiseLshift: 7,
  bitwiseRshift: 7,
  filter: 6,
  concat: 5,
  match: 5,
  notMatch: 5,
  regexpMatch: 5,
  notRegexpMatch: 5,
  regexpReplace: 5,
  ilike: 5,
  notIlike: 5,
  like: 5,
  notLike: 5,
  in: 5,
  notIn: 5,
  is: 5,
  isNot: 5,
  eq: 5,
  ne: 5,
  isDistinctFrom: 5,
  isNotDistinctFrom: 5,
  gt: 5,
  lt: 5,
  ge: 5,
  le: 5,
  between: 5,
  notBetween: 5,
  distinct: 5,
  not: 5,
  isTrue: 5,
  isFalse: 5,
  and: 3,
  or: 2,
  comma: -1,
  desc: 3,
  asc: 3,
  collate: 4,
  as: -1,
  exists: 0,
  asBool: -10,
};

const SMALLEST = -100;
const LARGEST = 100;

/** Operators for which `a op b op c` needs no parentheses. */
const NATURAL_SELF_PRECEDENT: ReadonlySet<OperatorName> = new Set<OperatorName>([
  'add',
  'mul',
  'concat',
  'and',
  'or',
  'getitem',
  'jsonGetitem',
  'jsonPathGetitem',
]);

/** Operators producing a boolean; their result type is Boolean whatever the operands. */
export const COMPARISON_OPERATORS: ReadonlySet<OperatorName> = new Set<OperatorName>([
  'startswith',
  'notStartswith',
  'endswith',
  'notEndswith',
  'contains',
  'notContains',
  'istartswith',
  'notIstartswith',
  'iendswith',
  'notIendswith',
  'icontains',
  'notIcontains',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'like',
  'notLike',
  'ilike',
  'notIlike',
  'in',
  'notIn',
  'is',
  'isNot',
  'isDistinctFrom',
  'isNotDistinctFrom',
  'between',
  'notBetween',
  'match',
  'notMatch',
  'regexpMatch',
  'notRegexpMatch',
  'containsOp',
  'containedBy',
  'overlap',
  'hasKey',
  'hasAll',
  'hasAny',
]);

/** The negation SQLAlchemy applies when `not()` wraps a comparison (`not(a == b)` is `a != b`). */
export const NEGATIONS: Partial<Record<OperatorName, OperatorName>> = {
  eq: 'ne',
  ne: 'eq',
  lt: 'ge',
  ge: 'lt',
  gt: 'le',
  le: 'gt',
  like: 'notLike',
  notLike: 'like',
  startswith: 'notStartswith',
  notStartswith: 'startswith',
  endswith: 'notEndswith',
  notEndswith: 'endswith',
  contains: 'notContains',
  notContains: 'contains',
  istartswith: 'notIstartswith',
  notIstartswith: 'istartswith',
  iendswith: 'notIendswith',
  notIendswith: 'iendswith',
  icontains: 'notIcontains',
  notIcontains: 'icontains',
  ilike: 'notIlike',
  notIlike: 'ilike',
  in: 'notIn',
  notIn: 'in',
  is: 'isNot',
  isNot: 'is',
  isDistinctFrom: 'isNotDistinctFrom',
  isNotDistinctFrom: 'isDistinctFrom',
  between: 'notBetween',
  notBetween: 'between',
  match: 'notMatch',
  notMatch: 'match',
  regexpMatch: 'notRegexpMatch',
  notRegexpMatch: 'regexpMatch',
};

export function precedenceOf(op: OperatorName | undefined, customPrecedence?: number): number {
  if (op === undefined) return LARGEST;
  if (op === 'custom') return customPrecedence ?? 0;
  return PRECEDENCE[op] ?? SMALLEST;
}

/**
 * True when an expression built with `operator` needs parentheses inside an expression built
 * with `against`. `against` undefined means "standing alone where a group is expected".
 */
export function isPrecedent(
  operator: OperatorName,
  against: OperatorName | undefined,
  precedences: { operator?: number; against?: number } = {},
): boolean {
  if (operator === against && operator !== 'custom' && NATURAL_SELF_PRECEDENT.has(operator)) return false;
  if (against === undefined) return true;
  const own = operator === 'custom' ? (precedences.operator ?? 0) : (PRECEDENCE[operator] ?? SMALLEST);
  const other = against === 'custom' ? (precedences.against ?? 0) : (PRECEDENCE[against] ?? LARGEST);
  return own <= other;
}

/** SQL text of the simple infix operators; the compiler owns the special forms (IN, IS, BETWEEN, LIKE…). */
export const OPERATOR_SQL: Partial<Record<OperatorName, string>> = {
  eq: ' = ',
  ne: ' != ',
  lt: ' < ',
  le: ' <= ',
  gt: ' > ',
  ge: ' >= ',
  add: ' + ',
  sub: ' - ',
  mul: ' * ',
  div: ' / ',
  mod: ' % ',
  concat: ' || ',
  like: ' LIKE ',
  notLike: ' NOT LIKE ',
  ilike: ' ILIKE ',
  notIlike: ' NOT ILIKE ',
  in: ' IN ',
  notIn: ' NOT IN ',
  is: ' IS ',
  isNot: ' IS NOT ',
  isDistinctFrom: ' IS DISTINCT FROM ',
  isNotDistinctFrom: ' IS NOT DISTINCT FROM ',
  and: ' AND ',
  or: ' OR ',
  comma: ', ',
  collate: ' COLLATE ',
  match: ' MATCH ',
  notMatch: ' NOT MATCH ',
  bitwiseAnd: ' & ',
  bitwiseOr: ' | ',
  bitwiseXor: ' ^ ',
  bitwiseLshift: ' << ',
  bitwiseRshift: ' >> ',
  containsOp: ' @> ',
  containedBy: ' <@ ',
  overlap: ' && ',
  hasKey: ' ? ',
  hasAll: ' ?& ',
  hasAny: ' ?| ',
};
