// `func`: the namespace of SQL functions (Python `sqlalchemy.func`). Known functions are typed
// with their return types; any other name works at run time and through `func.named()`.
import {
  BigIntegerType,
  BooleanType,
  type ColumnElement,
  DateTimeType,
  DateType,
  extract,
  FloatType,
  FunctionElement,
  functionArguments,
  IntegerType,
  NULLTYPE,
  NumericType,
  Star,
  StringType,
  TimeType,
  type TypeEngine,
  type TypeLike,
  toType,
} from '../internal';

type Arg<T = unknown> = ColumnElement<T> | T;
type NumberLike = number | bigint | string | null;

/** The typed functions; other names are reachable as `func.anything(...)` or `func.named<T>('anything', ...)`. */
export interface FuncNamespace {
  /** `count(*)` with no argument, else `count(expr)`. */
  count(expr?: ColumnElement | '*'): FunctionElement<'count', number>;
  sum<T extends NumberLike>(expr: ColumnElement<T>): FunctionElement<'sum', T | null>;
  /** AVG: NUMERIC (an exact string) for integer and numeric arguments, as in SQLAlchemy; FLOAT for floats. */
  avg(expr: ColumnElement<NumberLike>): FunctionElement<'avg', string | null>;
  min<T>(expr: ColumnElement<T>): FunctionElement<'min', T | null>;
  max<T>(expr: ColumnElement<T>): FunctionElement<'max', T | null>;
  lower(expr: Arg<string | null>): FunctionElement<'lower', string>;
  upper(expr: Arg<string | null>): FunctionElement<'upper', string>;
  length(expr: Arg<string | null>): FunctionElement<'length', number>;
  char_length(expr: Arg<string | null>): FunctionElement<'char_length', number>;
  trim(expr: Arg<string | null>): FunctionElement<'trim', string>;
  substr(
    expr: Arg<string | null>,
    start: Arg<number>,
    length?: Arg<number>,
  ): FunctionElement<'substr', string>;
  concat(...args: Arg<string | number | null>[]): FunctionElement<'concat', string>;
  coalesce<T>(first: ColumnElement<T>, ...rest: Arg<NonNullable<T> | null>[]): FunctionElement<'coalesce', T>;
  abs<T extends NumberLike>(expr: ColumnElement<T>): FunctionElement<'abs', T>;
  round<T extends NumberLike>(expr: ColumnElement<T>, digits?: Arg<number>): FunctionElement<'round', T>;
  random(): FunctionElement<'random', number>;
  now(): FunctionElement<'now', Date>;
  current_timestamp(): FunctionElement<'current_timestamp', Date>;
  current_date(): FunctionElement<'current_date', string>;
  current_time(): FunctionElement<'current_time', string>;
  localtimestamp(): FunctionElement<'localtimestamp', Date>;
  localtime(): FunctionElement<'localtime', Date>;
  sysdate(): FunctionElement<'sysdate', Date>;
  current_user(): FunctionElement<'current_user', string>;
  session_user(): FunctionElement<'session_user', string>;
  user(): FunctionElement<'user', string>;
  /** DATE(expr): the calendar date, 'YYYY-MM-DD'. */
  date(expr: Arg<Date | string | null>): FunctionElement<'date', string>;
  /** EXTRACT(field FROM expr); `func.extract('year', x)` renders like `extract('year', x)`. */
  extract(field: string, expr: ColumnElement<Date | string | null>): ColumnElement<number>;
  row_number(): FunctionElement<'row_number', number>;
  rank(): FunctionElement<'rank', number>;
  dense_rank(): FunctionElement<'dense_rank', number>;
  percent_rank(): FunctionElement<'percent_rank', number>;
  cume_dist(): FunctionElement<'cume_dist', number>;
  ntile(buckets: Arg<number>): FunctionElement<'ntile', number>;
  lag<T>(expr: ColumnElement<T>, offset?: Arg<number>, fallback?: Arg<T>): FunctionElement<'lag', T | null>;
  lead<T>(expr: ColumnElement<T>, offset?: Arg<number>, fallback?: Arg<T>): FunctionElement<'lead', T | null>;
  first_value<T>(expr: ColumnElement<T>): FunctionElement<'first_value', T>;
  last_value<T>(expr: ColumnElement<T>): FunctionElement<'last_value', T>;
  nth_value<T>(expr: ColumnElement<T>, n: Arg<number>): FunctionElement<'nth_value', T | null>;
  /** GROUP BY forms: `groupBy(func.rollup(a, b))` (MySQL: `a, b WITH ROLLUP`). */
  rollup(...exprs: ColumnElement[]): FunctionElement<'rollup', unknown>;
  cube(...exprs: ColumnElement[]): FunctionElement<'cube', unknown>;
  grouping_sets(...sets: ColumnElement[]): FunctionElement<'grouping_sets', unknown>;
  array_agg<T>(expr: ColumnElement<T>): FunctionElement<'array_agg', T[]>;
  string_agg(expr: Arg<string | null>, separator: Arg<string>): FunctionElement<'string_agg', string | null>;
  /** String aggregation under each dialect's name: string_agg, group_concat(… SEPARATOR …), group_concat. */
  aggregate_strings(
    expr: Arg<string | null>,
    separator: string,
  ): FunctionElement<'aggregate_strings', string | null>;
  group_concat(
    expr: Arg<string | number | null>,
    separator?: Arg<string>,
  ): FunctionElement<'group_concat', string | null>;
  json_agg<T>(expr: ColumnElement<T>): FunctionElement<'json_agg', T[]>;
  json_build_object(...args: unknown[]): FunctionElement<'json_build_object', unknown>;
  /** Ordered-set aggregates, used with `.withinGroup(orderBy)`. */
  percentile_cont(fraction: Arg<number>): FunctionElement<'percentile_cont', number | null>;
  percentile_disc(fraction: Arg<number>): FunctionElement<'percentile_disc', unknown>;
  mode(): FunctionElement<'mode', unknown>;
  /**
   * Any function, with the return type given: `func.named<number>('my_fn', a, b)`. A dotted name
   * calls a function in a schema or package: `func.named('myschema.myfn', x)` (Python `func.myschema.myfn(x)`).
   */
  named<T = unknown, const K extends string = string>(name: K, ...args: unknown[]): FunctionElement<K, T>;
  /** A function with an explicit SQL type: `func.typed('my_fn', Integer, a)`. */
  typed<T, const K extends string = string>(
    name: K,
    type: TypeLike<T>,
    ...args: unknown[]
  ): FunctionElement<K, T>;
  /** Untyped access to any other function (`func.json_build_object(...)`). */
  readonly [name: string]: ((...args: never[]) => ColumnElement) | undefined;
}

/** Functions rendered without parentheses, as ANSI defines them. */
const NO_PARENS = new Set([
  'current_timestamp',
  'current_date',
  'current_time',
  'localtime',
  'localtimestamp',
  'current_user',
  'session_user',
  'user',
]);

function firstArgType(args: readonly ColumnElement[]): TypeEngine {
  return args[0]?.type ?? NULLTYPE;
}

/** Return types by function name, from the arguments (SQLAlchemy's GenericFunction registry). */
const RETURN_TYPES: Readonly<Record<string, (args: readonly ColumnElement[]) => TypeEngine>> = {
  count: () => new IntegerType(),
  sum: firstArgType,
  min: firstArgType,
  max: firstArgType,
  abs: firstArgType,
  round: firstArgType,
  coalesce: (args) => args.find((a) => a.type !== NULLTYPE)?.type ?? NULLTYPE,
  avg: (args) => (args[0]?.type instanceof FloatType ? args[0].type : new NumericType()),
  lower: () => new StringType(),
  upper: () => new StringType(),
  trim: () => new StringType(),
  substr: () => new StringType(),
  concat: () => new StringType(),
  length: () => new IntegerType(),
  char_length: () => new IntegerType(),
  random: () => new FloatType(),
  now: () => new DateTimeType(),
  current_timestamp: () => new DateTimeType(),
  localtimestamp: () => new DateTimeType(),
  localtime: () => new DateTimeType(),
  sysdate: () => new DateTimeType(),
  current_user: () => new StringType(),
  session_user: () => new StringType(),
  user: () => new StringType(),
  current_date: () => new DateType(),
  current_time: () => new TimeType(),
  date: () => new DateType(),
  row_number: () => new IntegerType(),
  rank: () => new IntegerType(),
  dense_rank: () => new IntegerType(),
  ntile: () => new IntegerType(),
  percent_rank: () => new FloatType(),
  cume_dist: () => new FloatType(),
  lag: firstArgType,
  lead: firstArgType,
  first_value: firstArgType,
  nth_value: firstArgType,
  last_value: firstArgType,
  string_agg: () => new StringType(),
  aggregate_strings: () => new StringType(),
  group_concat: () => new StringType(),
  array_agg: () => NULLTYPE,
  json_agg: () => NULLTYPE,
  char_length_big: () => new BigIntegerType(),
  every: () => new BooleanType(),
};

export function makeFunction(
  name: string,
  rawArgs: readonly unknown[],
  explicitType?: TypeEngine,
  packageNames: readonly string[] = [],
): FunctionElement {
  if (name === 'count' && (rawArgs.length === 0 || rawArgs[0] === '*')) {
    return new FunctionElement('count', [new Star()], new IntegerType());
  }
  const lower = name.toLowerCase();
  // SQLAlchemy renders func.extract('year', x) as EXTRACT(year FROM x).
  if (
    lower === 'extract' &&
    typeof rawArgs[0] === 'string' &&
    rawArgs.length === 2 &&
    packageNames.length === 0
  ) {
    return extract(rawArgs[0], rawArgs[1] as ColumnElement<Date | null>) as unknown as FunctionElement;
  }
  const args = functionArguments(rawArgs, name);
  const type = explicitType ?? RETURN_TYPES[lower]?.(args) ?? NULLTYPE;
  return new FunctionElement(name, args, type, {
    noParens: args.length === 0 && NO_PARENS.has(lower),
    packageNames,
  });
}

function namespace(packageNames: readonly string[]): FuncNamespace {
  return new Proxy({} as FuncNamespace, {
    get(_target, property) {
      if (typeof property !== 'string') return undefined;
      if (property === 'named') {
        return (name: string, ...args: unknown[]) => {
          const parts = name.includes('.') && !name.includes(' ') ? name.split('.') : [name];
          const fn = parts.pop() as string;
          return makeFunction(fn, args, undefined, [...packageNames, ...parts]);
        };
      }
      if (property === 'typed') {
        return (name: string, type: TypeLike, ...args: unknown[]) =>
          makeFunction(name, args, toType(type), packageNames);
      }
      const call = (...args: unknown[]) => makeFunction(property, args, undefined, packageNames);
      // `func.myschema.myfn()` reaches a function in a schema or package, as in SQLAlchemy.
      return new Proxy(call, {
        get(target, inner) {
          if (typeof inner !== 'string' || inner in target) return Reflect.get(target, inner);
          return Reflect.get(namespace([...packageNames, property]), inner);
        },
      });
    },
  });
}

export const func: FuncNamespace = namespace([]);
