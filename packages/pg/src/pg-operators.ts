// PostgreSQL operators of ARRAY and JSONB columns (SQLAlchemy's ARRAY.Comparator and
// JSONB.Comparator): `array(t.c.tags).any('x')` is `$1 = ANY (t.tags)`, `jsonb(t.c.data).hasKey('k')`
// is `t.data ? $1`. PGCompiler renders the containment operators with renderContainment().
import {
  BinaryExpression,
  BindParameter,
  BooleanType,
  type ColumnElement,
  Grouping,
  type SQLCompiler,
  Text,
  type TypeEngine,
  type VisitContext,
} from '@retort/core';
import { ARRAYType } from './pg-array';
import { JSONBType } from './pg-scalar-types';

type Comparison = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

const COMPARISON_SQL: Readonly<Record<Comparison, string>> = {
  eq: '=',
  ne: '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};

function bind(column: ColumnElement, value: unknown, type: TypeEngine): BindParameter {
  return new BindParameter(column.bindKey ?? 'param', value, type, { unique: true });
}

function compare(
  left: ColumnElement,
  right: ColumnElement,
  operator: 'containsOp' | 'containedBy' | 'overlap' | 'hasKey' | 'hasAll' | 'hasAny',
): ColumnElement<boolean> {
  return new BinaryExpression<boolean>(left, right, operator, new BooleanType());
}

function custom<T>(
  left: ColumnElement,
  right: ColumnElement,
  sql: string,
  type: TypeEngine,
  isComparison: boolean,
): ColumnElement<T> {
  return new BinaryExpression<T>(left, right, 'custom', type, { customSql: sql, isComparison });
}

/** ARRAY operators of a column whose type is ARRAY(T). */
export class PGArrayComparator<T> {
  constructor(readonly column: ColumnElement<readonly T[] | null>) {}

  private get itemType(): TypeEngine {
    const type = this.column.type;
    return type instanceof ARRAYType ? type.itemType : type;
  }

  /** `value = ANY (column)`; another comparison with `operator` (`'lt'`: `value < ANY (column)`). */
  any(value: T, operator: Comparison = 'eq'): ColumnElement<boolean> {
    return custom(
      bind(this.column, value, this.itemType),
      new Grouping(this.column),
      `${COMPARISON_SQL[operator]} ANY`,
      new BooleanType(),
      true,
    );
  }

  /** `value = ALL (column)`. */
  all(value: T, operator: Comparison = 'eq'): ColumnElement<boolean> {
    return custom(
      bind(this.column, value, this.itemType),
      new Grouping(this.column),
      `${COMPARISON_SQL[operator]} ALL`,
      new BooleanType(),
      true,
    );
  }

  /** `column @> values`: every value is in the array. */
  contains(values: readonly T[]): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, values, this.column.type), 'containsOp');
  }

  /** `column <@ values`: every element of the array is among the values. */
  containedBy(values: readonly T[]): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, values, this.column.type), 'containedBy');
  }

  /** `column && values`: the array and the values share an element. */
  overlap(values: readonly T[]): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, values, this.column.type), 'overlap');
  }
}

/** JSONB operators of a JSONB column. */
export class PGJsonbComparator<T> {
  constructor(readonly column: ColumnElement<T>) {}

  /** `column ? key`: the object has the key (or the array the string). */
  hasKey(key: string): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, key, Text()), 'hasKey');
  }

  /** `column ?& keys`: it has every key. */
  hasAll(keys: readonly string[]): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, keys, new ARRAYType(Text())), 'hasAll');
  }

  /** `column ?| keys`: it has at least one of the keys. */
  hasAny(keys: readonly string[]): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, keys, new ARRAYType(Text())), 'hasAny');
  }

  /** `column @> value`: the value is contained at the top level. */
  contains(value: unknown): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, value, this.column.type), 'containsOp');
  }

  /** `column <@ value`. */
  containedBy(value: unknown): ColumnElement<boolean> {
    return compare(this.column, bind(this.column, value, this.column.type), 'containedBy');
  }

  /** `column #> path`: the JSON at the path (SQLAlchemy's `col[('a', 'b')]`). */
  path(path: readonly string[]): ColumnElement<unknown> {
    return custom(this.column, bind(this.column, path, new ARRAYType(Text())), '#>', new JSONBType(), false);
  }

  /** `column #>> path`: the text at the path (SQLAlchemy's `col[('a', 'b')].astext`). */
  pathText(path: readonly string[]): ColumnElement<string | null> {
    return custom(this.column, bind(this.column, path, new ARRAYType(Text())), '#>>', Text(), false);
  }

  /** `column @? jsonpath`: the SQL/JSON path returns an item. */
  pathExists(jsonpath: string): ColumnElement<boolean> {
    return custom(this.column, bind(this.column, jsonpath, Text()), '@?', new BooleanType(), true);
  }

  /** `column @@ jsonpath`: the SQL/JSON path predicate holds. */
  pathMatch(jsonpath: string): ColumnElement<boolean> {
    return custom(this.column, bind(this.column, jsonpath, Text()), '@@', new BooleanType(), true);
  }
}

/** The ARRAY operators of an ARRAY column: `array(posts.c.tags).any('sql')`. */
export function array<T>(column: ColumnElement<readonly T[] | null>): PGArrayComparator<T> {
  return new PGArrayComparator(column);
}

/** The JSONB operators of a JSONB column: `jsonb(docs.c.data).hasKey('theme')`. */
export function jsonb<T>(column: ColumnElement<T>): PGJsonbComparator<T> {
  return new PGJsonbComparator(column);
}

const CONTAINMENT_SQL: Readonly<Record<string, string>> = {
  containsOp: ' @> ',
  containedBy: ' <@ ',
  overlap: ' && ',
  hasKey: ' ? ',
  hasAll: ' ?& ',
  hasAny: ' ?| ',
};

/**
 * `left @> right`, `<@`, `&&`, `?`, `?&`, `?|`. As SQLAlchemy, a bound right side of `@>`, `<@`
 * and `&&` is cast to the left side's type (`$1::VARCHAR[]`, `$1::JSONB`).
 */
export function renderContainment(
  compiler: SQLCompiler,
  binary: BinaryExpression,
  ctx: VisitContext,
): string {
  const op = CONTAINMENT_SQL[binary.operator] ?? ` ${binary.operator} `;
  let right = compiler.process(binary.right, ctx);
  const castable =
    binary.operator === 'containsOp' || binary.operator === 'containedBy' || binary.operator === 'overlap';
  if (castable && binary.right instanceof BindParameter && !ctx.literalBinds && !compiler.literalBinds) {
    right = `${right}::${compiler.dialect.typeDDL(binary.right.type)}`;
  }
  return `${compiler.process(binary.left, ctx)}${op}${right}`;
}
