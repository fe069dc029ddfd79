// How types are named in DDL (SQLAlchemy's GenericTypeCompiler): a renderer per visitName.
// DefaultDialect.typeDDL looks types up here; dialect packages spread GENERIC_TYPE_NAMES and
// override entries (TIMESTAMP WITH TIME ZONE, BYTEA, ENUM('a','b'), …).
import type { Dialect } from '../dialect/dialect';
import { CompileError } from '../errors/retort-error';
import type { BooleanType } from './boolean-type';
import type { EnumType } from './enum-type';
import type { FloatType, NumericType } from './numeric-types';
import type { UuidType } from './other-types';
import type { StringType } from './string-types';
import type { IntervalType } from './temporal-types';
import type { TypeEngine } from './type-engine';

/** Renders one type's DDL name; `dialect` gives quoting and capabilities. */
export type TypeNameRenderer = (type: TypeEngine, dialect: Dialect) => string;

/** Renderers by visitName. */
export type TypeNames = Readonly<Record<string, TypeNameRenderer>>;

/** `(n)` when the type has a length. */
export function lengthSuffix(type: TypeEngine): string {
  const length = (type as StringType).length;
  return length === undefined ? '' : `(${length})`;
}

/** `NAME(p)` or `NAME(p, s)` for NUMERIC/DECIMAL. */
export function precisionScale(name: string, type: TypeEngine): string {
  const n = type as NumericType;
  if (n.precision === undefined) return name;
  return n.scale === undefined ? `${name}(${n.precision})` : `${name}(${n.precision}, ${n.scale})`;
}

/** `VARCHAR(n) COLLATE "c"`: the generic spelling; MySQL leaves the collation unquoted. */
export function stringWithCollation(name: string, type: TypeEngine): string {
  const collation = (type as StringType).collation;
  return `${name}${lengthSuffix(type)}${collation ? ` COLLATE "${collation}"` : ''}`;
}

/** A float's precision where the dialect renders it (PostgreSQL, MySQL). */
export function floatWithPrecision(name: string, type: TypeEngine): string {
  const precision = (type as FloatType).precision;
  return precision === undefined ? name : `${name}(${precision})`;
}

/** VARCHAR sized for a non-native enum. */
export function enumAsVarchar(type: TypeEngine): string {
  return `VARCHAR(${(type as EnumType).length})`;
}

const nullType: TypeNameRenderer = () => {
  throw new CompileError(
    "Can't generate DDL for NullType(); did you forget to specify a type on this Column?",
  );
};

/** SQLAlchemy's GenericTypeCompiler names: what `String(stmt)` and the default dialect render. */
export const GENERIC_TYPE_NAMES: TypeNames = {
  integer: () => 'INTEGER',
  INTEGER: () => 'INTEGER',
  smallinteger: () => 'SMALLINT',
  SMALLINT: () => 'SMALLINT',
  biginteger: () => 'BIGINT',
  BIGINT: () => 'BIGINT',
  numeric: (t) => precisionScale('NUMERIC', t),
  NUMERIC: (t) => precisionScale('NUMERIC', t),
  DECIMAL: (t) => precisionScale('DECIMAL', t),
  float: () => 'FLOAT',
  FLOAT: () => 'FLOAT',
  REAL: () => 'REAL',
  double: () => 'DOUBLE',
  DOUBLE: () => 'DOUBLE',
  DOUBLE_PRECISION: () => 'DOUBLE PRECISION',
  string: (t) => stringWithCollation('VARCHAR', t),
  VARCHAR: (t) => stringWithCollation('VARCHAR', t),
  CHAR: (t) => stringWithCollation('CHAR', t),
  NVARCHAR: (t) => stringWithCollation('NVARCHAR', t),
  NCHAR: (t) => stringWithCollation('NCHAR', t),
  text: (t) => stringWithCollation('TEXT', t),
  TEXT: (t) => stringWithCollation('TEXT', t),
  CLOB: (t) => stringWithCollation('CLOB', t),
  boolean: () => 'BOOLEAN',
  BOOLEAN: () => 'BOOLEAN',
  datetime: () => 'DATETIME',
  DATETIME: () => 'DATETIME',
  TIMESTAMP: () => 'TIMESTAMP',
  date: () => 'DATE',
  DATE: () => 'DATE',
  time: () => 'TIME',
  TIME: () => 'TIME',
  // SQLAlchemy's Interval is a DATETIME (an offset from the epoch) where INTERVAL is not native.
  interval: (t, d) => ((t as IntervalType).native && d.capabilities.nativeInterval ? 'INTERVAL' : 'DATETIME'),
  largebinary: () => 'BLOB',
  BLOB: () => 'BLOB',
  BINARY: (t) => `BINARY${lengthSuffix(t)}`,
  VARBINARY: (t) => `VARBINARY${lengthSuffix(t)}`,
  json: () => 'JSON',
  JSON: () => 'JSON',
  uuid: (t, d) => ((t as UuidType).nativeUuid && d.capabilities.nativeUuid ? 'UUID' : 'CHAR(32)'),
  UUID: () => 'UUID',
  enum: (t) => enumAsVarchar(t),
  null: nullType,
};

/** Whether a Boolean's CHECK constraint applies on `dialect` (only where booleans are not native). */
export function booleanNeedsCheck(type: BooleanType, dialect: Dialect): boolean {
  return type.createConstraint && !dialect.capabilities.nativeBoolean;
}

/** Whether an Enum's CHECK constraint applies on `dialect` (only where the enum is not native). */
export function enumNeedsCheck(type: EnumType, dialect: Dialect): boolean {
  return type.createConstraint && !(type.nativeEnum && dialect.capabilities.nativeEnum);
}
