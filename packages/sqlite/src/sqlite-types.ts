// SQLite types: DDL names (SQLAlchemy's SQLiteTypeCompiler, the generic names) and value
// conversion between better-sqlite3's raw forms (numbers, bigints under safeIntegers, text,
// Buffers) and the ROSETTA §9 values: booleans as 1/0, DATETIME as 'YYYY-MM-DD HH:MM:SS.ffffff'
// text, JSON as text, UUIDs as 32 hex digits, NUMERIC as SQLite's float at the type's scale.
import {
  type AffinityProcessors,
  type BindProcessor,
  type Dialect,
  type DialectTypeRules,
  formatDateTime,
  GENERIC_BIND_PROCESSORS,
  GENERIC_RESULT_PROCESSORS,
  GENERIC_TYPE_NAMES,
  type NumericType,
  numericFromFloat,
  type ResultProcessor,
  type TypeEngine,
  type TypeNames,
  toNumber,
} from '@retort/core';

/** SQLAlchemy's SQLiteTypeCompiler names: the generic ones. */
export const SQLITE_TYPE_NAMES: TypeNames = GENERIC_TYPE_NAMES;

/** What SQLiteDialect reads for types (its typeRules): these names, and the conversions and literals below. */
export const SQLITE_TYPE_RULES: DialectTypeRules = {
  names: SQLITE_TYPE_NAMES,
  bindProcessor: sqliteBindProcessor,
  resultProcessor: sqliteResultProcessor,
  literal: sqliteLiteral,
};

/** Conversions to better-sqlite3 for generic types: the generic ones (it takes bigints as they are). */
export function sqliteBindProcessor(type: TypeEngine): BindProcessor | undefined {
  return GENERIC_BIND_PROCESSORS[type.affinity]?.(type);
}

/** Conversions from better-sqlite3's raw forms by affinity: the generic ones, with NUMERIC stored as a float. */
const SQLITE_RESULT_PROCESSORS: AffinityProcessors<ResultProcessor> = {
  ...GENERIC_RESULT_PROCESSORS,
  numeric: (type) => {
    const numeric = type as NumericType;
    return numeric.asNumber ? toNumber : numericFromFloat(numeric.scale);
  },
};

/** Conversions from better-sqlite3's raw forms for generic types. */
export function sqliteResultProcessor(type: TypeEngine): ResultProcessor | undefined {
  return SQLITE_RESULT_PROCESSORS[type.affinity]?.(type);
}

/** SQLite's own literals: booleans as 1 and 0, datetimes without an offset even with `timezone`. */
export function sqliteLiteral(value: unknown, type: TypeEngine, dialect: Dialect): string | undefined {
  if (type.affinity === 'boolean' && typeof value === 'boolean') return value ? '1' : '0';
  if (type.affinity === 'datetime' && value instanceof Date)
    return dialect.quoteString(formatDateTime(value));
  return undefined;
}
