// SQLite types: DDL names (SQLAlchemy's SQLiteTypeCompiler, the generic names) and value
// conversion between better-sqlite3's raw forms (numbers, bigints under safeIntegers, text,
// Buffers) and the ROSETTA §9 values: booleans as 1/0, DATETIME as 'YYYY-MM-DD HH:MM:SS.ffffff'
// text, JSON as text, UUIDs as 32 hex digits, NUMERIC as SQLite's float at the type's scale.
import {
  type BindProcessor,
  booleanToInt,
  bytesBind,
  bytesResult,
  type Dialect,
  datetimeBind,
  datetimeResult,
  formatDate,
  formatDateTime,
  GENERIC_TYPE_NAMES,
  intervalAsDatetimeBind,
  intervalAsDatetimeResult,
  type JSONType,
  jsonBind,
  jsonResult,
  type NumericType,
  numericFromFloat,
  type ResultProcessor,
  type TypeEngine,
  type TypeNames,
  timeResult,
  toBigInt,
  toBoolean,
  toNumber,
  uuidHexBind,
  uuidHexResult,
} from '@retort/core';

/** SQLAlchemy's SQLiteTypeCompiler names: the generic ones. */
export const SQLITE_TYPE_NAMES: TypeNames = GENERIC_TYPE_NAMES;

const dateBind: BindProcessor = (value) => (value instanceof Date ? formatDate(value) : value);

/** Conversions to better-sqlite3 for generic types. */
export function sqliteBindProcessor(type: TypeEngine): BindProcessor | undefined {
  switch (type.affinity) {
    case 'boolean':
      return booleanToInt;
    case 'datetime':
      return datetimeBind;
    case 'date':
      return dateBind;
    case 'interval':
      return intervalAsDatetimeBind;
    case 'json':
      return jsonBind(type as JSONType);
    case 'uuid':
      return uuidHexBind;
    case 'binary':
      return bytesBind;
    default:
      return undefined;
  }
}

/** Conversions from better-sqlite3's raw forms for generic types. */
export function sqliteResultProcessor(type: TypeEngine): ResultProcessor | undefined {
  switch (type.affinity) {
    case 'integer':
    case 'float':
      return toNumber;
    case 'biginteger':
      return toBigInt;
    case 'numeric': {
      const numeric = type as NumericType;
      return numeric.asNumber ? toNumber : numericFromFloat(numeric.scale);
    }
    case 'boolean':
      return toBoolean;
    case 'datetime':
      return datetimeResult;
    case 'time':
      return timeResult;
    case 'interval':
      return intervalAsDatetimeResult;
    case 'json':
      return jsonResult;
    case 'uuid':
      return uuidHexResult;
    case 'binary':
      return bytesResult;
    default:
      return undefined;
  }
}

/** SQLite's own literals: booleans as 1 and 0, datetimes without an offset even with `timezone`. */
export function sqliteLiteral(value: unknown, type: TypeEngine, dialect: Dialect): string | undefined {
  if (type.affinity === 'boolean' && typeof value === 'boolean') return value ? '1' : '0';
  if (type.affinity === 'datetime' && value instanceof Date)
    return dialect.quoteString(formatDateTime(value));
  return undefined;
}
