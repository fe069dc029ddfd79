// Evaluates WHERE criteria and SET values of ORM UPDATE/DELETE against objects in memory
// (SQLAlchemy's orm.evaluator), for `synchronizeSession: 'evaluate'`: comparisons, AND/OR/NOT,
// IS, IN, arithmetic, concatenation, startswith/endswith; anything else is UnevaluatableError.
import {
  BinaryExpression,
  BindParameter,
  BooleanClauseList,
  CLAUSE_ELEMENT,
  ClauseList,
  type Column,
  FalseElement,
  Grouping,
  NullElement,
  TrueElement,
  Tuple,
  UnaryExpression,
} from '@retort/core';
import { UnevaluatableError } from '../errors/orm-errors';
import { ColumnAttribute } from '../instrumentation/instrumented-attribute';
import type { Mapper } from '../mapper/mapper';
import { instanceStateOf } from '../state/instance-state';

/** An attribute of the object could not be read without loading it: the object cannot be judged. */
export const EXPIRED_OBJECT: unique symbol = Symbol('retort.orm.expiredObject');

export type Evaluator = (obj: object) => unknown;

/** SQLAlchemy's class names for the constructs it reports as unevaluatable. */
const SQLALCHEMY_NAMES: Readonly<Record<string, string>> = {
  function: 'Function',
  cast: 'Cast',
  typeCoerce: 'TypeCoerce',
  case: 'Case',
  label: 'Label',
  scalarSubquery: 'ScalarSelect',
  textClause: 'TextClause',
  exists: 'Exists',
  over: 'Over',
  literalColumn: 'ColumnClause',
  column: 'ColumnClause',
};

function nameOf(node: unknown): string {
  const kind = (node as { kind?: string }).kind;
  return (
    (kind !== undefined ? SQLALCHEMY_NAMES[kind] : undefined) ??
    (node as object).constructor?.name ??
    typeof node
  );
}

/** SQLAlchemy's _EvaluatorCompiler for objects of `mapper`. */
export function compileEvaluator(node: unknown, mapper: Mapper): Evaluator {
  if (isPlainValue(node)) return () => node;
  if (node instanceof ColumnAttribute) {
    if (node.parent.mapper !== mapper || node.parent.isAliasedClass) {
      throw new UnevaluatableError(
        `Can't evaluate criteria against alternate class ${node.parent.displayName}`,
      );
    }
    return attributeEvaluator(node.property.key);
  }
  if (node instanceof Grouping) return compileEvaluator(node.element, mapper);
  if (node instanceof NullElement) return () => null;
  if (node instanceof TrueElement) return () => true;
  if (node instanceof FalseElement) return () => false;
  if (node instanceof BindParameter) {
    const value = node.options.callable ? node.options.callable() : node.value;
    return () => value;
  }
  if (isTableColumn(node)) {
    const prop = mapper.propertyForColumn(node);
    if (prop === undefined)
      throw new UnevaluatableError(`Cannot evaluate column: ${node.table?.name}.${node.name}`);
    return attributeEvaluator(prop.key);
  }
  if (node instanceof BooleanClauseList) return clauseList(node.operator, node.clauses, mapper);
  if (node instanceof Tuple) return clauseList('comma', node.elements, mapper);
  if (node instanceof ClauseList) {
    if (node.operator === 'and' || node.operator === 'or' || node.operator === 'comma')
      return clauseList(node.operator, node.clauses, mapper);
    throw new UnevaluatableError(`Cannot evaluate clauselist with operator ${node.operator}`);
  }
  if (node instanceof BinaryExpression) return binary(node, mapper);
  if (node instanceof UnaryExpression) {
    if (node.operator === 'not') {
      const inner = compileEvaluator(node.element, mapper);
      return (obj) => {
        const value = inner(obj);
        if (value === EXPIRED_OBJECT) return EXPIRED_OBJECT;
        return value === null || value === undefined ? null : !value;
      };
    }
    throw new UnevaluatableError(`Cannot evaluate UnaryExpression with operator ${node.operator}`);
  }
  const wrapped = (node as { [CLAUSE_ELEMENT]?: () => unknown })[CLAUSE_ELEMENT];
  if (typeof wrapped === 'function' && !(node instanceof Object && 'kind' in node)) {
    return compileEvaluator(wrapped.call(node), mapper);
  }
  throw new UnevaluatableError(`Cannot evaluate ${nameOf(node)}`);
}

/** A value given as is (`values({ name: 'x' })`), not a SQL expression. */
function isPlainValue(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (typeof node !== 'object' && typeof node !== 'function') return true;
  return (
    node instanceof Date ||
    node instanceof Uint8Array ||
    Array.isArray(node) ||
    Object.getPrototypeOf(node) === Object.prototype
  );
}

function isTableColumn(node: unknown): node is Column {
  return (
    typeof node === 'object' &&
    node !== null &&
    (node as { kind?: string }).kind === 'column' &&
    (node as { table?: unknown }).table !== undefined &&
    'columnKey' in node
  );
}

function attributeEvaluator(key: string): Evaluator {
  return (obj) => {
    const state = instanceStateOf(obj);
    if (state === undefined) return EXPIRED_OBJECT;
    return key in state.dict ? state.dict[key] : EXPIRED_OBJECT;
  };
}

function clauseList(operator: string, clauses: readonly unknown[], mapper: Mapper): Evaluator {
  const evaluators = clauses.map((c) => compileEvaluator(c, mapper));
  if (operator === 'or') {
    return (obj) => {
      let hasNull = false;
      for (const e of evaluators) {
        const value = e(obj);
        if (value === EXPIRED_OBJECT) return EXPIRED_OBJECT;
        if (value) return true;
        hasNull ||= value === null || value === undefined;
      }
      return hasNull ? null : false;
    };
  }
  if (operator === 'and') {
    return (obj) => {
      for (const e of evaluators) {
        const value = e(obj);
        if (value === EXPIRED_OBJECT) return EXPIRED_OBJECT;
        if (value === null || value === undefined) return null;
        if (!value) return false;
      }
      return true;
    };
  }
  return (obj) => {
    const values: unknown[] = [];
    for (const e of evaluators) {
      const value = e(obj);
      if (value === EXPIRED_OBJECT) return EXPIRED_OBJECT;
      values.push(value);
    }
    return values;
  };
}

function equal(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  // eslint-style loose numeric equality: 1 and 1n are the same key
  if (typeof a === 'bigint' || typeof b === 'bigint') return String(a) === String(b);
  return a === b;
}

function compare(a: unknown, b: unknown): number {
  const x = a instanceof Date ? a.getTime() : (a as number);
  const y = b instanceof Date ? b.getTime() : (b as number);
  return x < y ? -1 : x > y ? 1 : 0;
}

const STRAIGHT: Readonly<Record<string, (a: unknown, b: unknown) => unknown>> = {
  eq: (a, b) => equal(a, b),
  ne: (a, b) => !equal(a, b),
  lt: (a, b) => compare(a, b) < 0,
  le: (a, b) => compare(a, b) <= 0,
  gt: (a, b) => compare(a, b) > 0,
  ge: (a, b) => compare(a, b) >= 0,
  in: (a, b) => (b as readonly unknown[]).some((x) => equal(a, x)),
  notIn: (a, b) => !(b as readonly unknown[]).some((x) => equal(a, x)),
  startswith: (a, b) => String(a).startsWith(String(b)),
  endswith: (a, b) => String(a).endsWith(String(b)),
};

const NUMERIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  mod: (a, b) => a % b,
};

function binary(node: BinaryExpression, mapper: Mapper): Evaluator {
  const left = compileEvaluator(node.left, mapper);
  const right = compileEvaluator(node.right, mapper);
  const op = node.operator;
  if (op === 'is' || op === 'isNot') {
    return (obj) => {
      const a = left(obj);
      const b = right(obj);
      if (a === EXPIRED_OBJECT || b === EXPIRED_OBJECT) return EXPIRED_OBJECT;
      const same = (a ?? null) === (b ?? null);
      return op === 'is' ? same : !same;
    };
  }
  let fn = STRAIGHT[op];
  if (op === 'concat') fn = (a, b) => `${String(a)}${String(b)}`;
  const numeric = NUMERIC[op];
  if (numeric !== undefined) {
    const family = node.type.visitName;
    if (!['integer', 'smallinteger', 'biginteger', 'float', 'double', 'numeric', 'real'].includes(family)) {
      throw new UnevaluatableError(
        `Cannot evaluate math operator "${op}" for datatypes ${node.left.type}, ${node.right.type}`,
      );
    }
    fn = (a, b) => numeric(a as number, b as number);
  }
  if (fn === undefined) throw new UnevaluatableError(`Cannot evaluate BinaryExpression with operator ${op}`);
  const apply = fn;
  return (obj) => {
    const a = left(obj);
    const b = right(obj);
    if (a === EXPIRED_OBJECT || b === EXPIRED_OBJECT) return EXPIRED_OBJECT;
    if (a === null || a === undefined || b === null || b === undefined) return null;
    return apply(a, b);
  };
}
