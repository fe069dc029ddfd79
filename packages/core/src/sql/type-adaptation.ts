// How operators type their operands and results (SQLAlchemy's _type_affinity,
// coerce_compared_value and _adapt_expression): a value compared with a column is bound with the
// column's type when it is of the same family, and `int / int` is NUMERIC. Called by the operator
// methods of ColumnElement; the compiler reads the result (division casts, result processing).
import {
  DateTimeType,
  DateType,
  IntegerType,
  IntervalType,
  inferType,
  NULLTYPE,
  NumericType,
  type OperatorName,
  TimeType,
  TypeDecorator,
  type TypeEngine,
} from '../internal';

/** SQLAlchemy's type affinity: the generic family a type belongs to. */
export type TypeFamily =
  | 'Integer'
  | 'Numeric'
  | 'String'
  | 'Boolean'
  | 'DateTime'
  | 'Date'
  | 'Time'
  | 'Interval'
  | 'JSON'
  | 'Uuid'
  | 'Binary'
  | 'Array'
  | 'Null'
  | 'Other';

const FAMILIES: Readonly<Record<TypeEngine['affinity'], TypeFamily>> = {
  integer: 'Integer',
  biginteger: 'Integer',
  float: 'Numeric',
  numeric: 'Numeric',
  string: 'String',
  enum: 'String',
  boolean: 'Boolean',
  datetime: 'DateTime',
  date: 'Date',
  time: 'Time',
  interval: 'Interval',
  json: 'JSON',
  uuid: 'Uuid',
  binary: 'Binary',
  array: 'Array',
  null: 'Null',
  other: 'Other',
};

export function typeFamily(type: TypeEngine): TypeFamily {
  return FAMILIES[type.affinity] ?? 'Other';
}

/**
 * The type a plain value gets when it meets an expression of `type` (SQLAlchemy's
 * coerce_compared_value): the expression's type for a value of the same family, else the
 * value's own type. Strings compared with UUID and binary columns keep the column's type.
 */
export function comparedValueType(type: TypeEngine, value: unknown): TypeEngine {
  if (typeof value === 'string' && (type.affinity === 'uuid' || type.affinity === 'binary')) return type;
  // A list compared with an ARRAY is an array of its items; a TypeDecorator binds with itself.
  if (type.affinity === 'array' && Array.isArray(value)) return type;
  const inferred = inferType(value);
  if (type instanceof TypeDecorator) return type.coerceComparedValue('eq', value, inferred);
  if (inferred === NULLTYPE || typeFamily(inferred) === typeFamily(type)) return type;
  return inferred;
}

/** An entry of the table below: the left operand's own class, or a family. */
type Lookup = 'own' | TypeFamily;

/** SQLAlchemy's _expression_adaptations, by left family, operator and right family. */
const ADAPTATIONS: Partial<
  Record<TypeFamily, Partial<Record<OperatorName, Partial<Record<TypeFamily, Lookup>>>>>
> = {
  Integer: {
    add: { Date: 'Date', Integer: 'own', Numeric: 'Numeric' },
    mul: { Interval: 'Interval', Integer: 'own', Numeric: 'Numeric' },
    div: { Integer: 'Numeric', Numeric: 'Numeric' },
    floordiv: { Integer: 'own', Numeric: 'Numeric' },
    sub: { Integer: 'own', Numeric: 'Numeric' },
  },
  Numeric: {
    mul: { Interval: 'Interval', Numeric: 'own', Integer: 'own' },
    div: { Numeric: 'own', Integer: 'own' },
    add: { Numeric: 'own', Integer: 'own' },
    sub: { Numeric: 'own', Integer: 'own' },
  },
  DateTime: {
    add: { Interval: 'own' },
    sub: { Interval: 'own', DateTime: 'Interval' },
  },
  Date: {
    add: { Integer: 'own', Interval: 'DateTime', Time: 'DateTime' },
    sub: { Integer: 'own', Date: 'Integer', Interval: 'DateTime', DateTime: 'Interval' },
  },
  Time: {
    add: { Date: 'DateTime', Interval: 'own' },
    sub: { Time: 'Interval', Interval: 'own' },
  },
  Interval: {
    add: { Date: 'DateTime', Interval: 'own', DateTime: 'DateTime', Time: 'Time' },
    sub: { Interval: 'own' },
    mul: { Numeric: 'own' },
    div: { Numeric: 'own' },
  },
};

/** The generic class of each family, whose instances stand for the family itself. */
const GENERIC: Partial<Record<TypeFamily, new () => TypeEngine>> = {
  Integer: IntegerType,
  Numeric: NumericType,
  DateTime: DateTimeType,
  Date: DateType,
  Time: TimeType,
  Interval: IntervalType,
};

/**
 * The result type of arithmetic `left op right` (SQLAlchemy's _adapt_expression). A looked-up
 * class that is the right operand's family gives the right operand's type, one that is the left
 * operand's family gives the left type, any other a plain instance: `int / int` is NUMERIC,
 * `Numeric(10, 2) * Float` is FLOAT, `Float * Integer` is FLOAT.
 */
export function adaptedResultType(op: OperatorName, left: TypeEngine, right: TypeEngine): TypeEngine {
  const own = typeFamily(left);
  const other = typeFamily(right);
  const lookup = ADAPTATIONS[own]?.[op]?.[other];
  if (lookup === undefined) return left;
  const ownIsGeneric = GENERIC[own] !== undefined && left.constructor === GENERIC[own];
  if (lookup === 'own') return ownIsGeneric && own === other ? right : left;
  if (lookup === other) return right;
  if (lookup === own) return left;
  const Generic = GENERIC[lookup];
  return Generic ? new Generic() : left;
}
