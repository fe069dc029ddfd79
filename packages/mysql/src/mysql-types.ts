// MySQL/MariaDB types: DDL names (SQLAlchemy's MySQLTypeCompiler: BOOL, ENUM('a','b'),
// VARCHAR needing a length, DATETIME(fsp), NATIONAL VARCHAR …) and value conversion between the
// mysql2 adapter's raw forms (see the driver contract: date strings, BIGINT as number or string,
// DECIMAL strings, JSON text, Buffers) and the ROSETTA §9 values. MySQLDialect delegates here.
import {
  type AffinityProcessors,
  type BindProcessor,
  bigintToString,
  CompileError,
  type DateTimeType,
  type Dialect,
  type DialectTypeRules,
  type EnumType,
  enumAsVarchar,
  floatWithPrecision,
  GENERIC_BIND_PROCESSORS,
  GENERIC_RESULT_PROCESSORS,
  GENERIC_TYPE_NAMES,
  lengthSuffix,
  type ResultProcessor,
  type StringType,
  type TimeType,
  type TypeEngine,
  type TypeNames,
} from '@retort/core';
import type { BITType, MySQLIntegerType, SETType } from './mysql-specific-types';

/** `VARCHAR(n) COLLATE x`: MySQL needs the length, and leaves the collation unquoted. */
function mysqlString(name: string, type: TypeEngine, requireLength: boolean): string {
  const t = type as StringType;
  if (requireLength && t.length === undefined) {
    throw new CompileError(`${name} requires a length on dialect mysql`);
  }
  return `${name}${lengthSuffix(t)}${t.collation ? ` COLLATE ${t.collation}` : ''}`;
}

function fsp(name: string, type: TypeEngine): string {
  const value = (type as DateTimeType | TimeType).fsp;
  return value === undefined ? name : `${name}(${value})`;
}

function mysqlInteger(type: TypeEngine): string {
  const t = type as MySQLIntegerType;
  const o = t.mysqlOptions;
  let text = `${t.visitName}${o.displayWidth !== undefined ? `(${o.displayWidth})` : ''}`;
  if (o.unsigned) text += ' UNSIGNED';
  if (o.zerofill) text += ' ZEROFILL';
  return text;
}

/** `ENUM('a','b')` / `SET('a','b')`: the values quoted, no space after the commas (SQLAlchemy). */
function quotedValues(name: string, values: readonly string[], dialect: Dialect): string {
  return `${name}(${values.map((v) => dialect.quoteString(v)).join(',')})`;
}

/** SQLAlchemy's MySQLTypeCompiler names. */
export const MYSQL_TYPE_NAMES: TypeNames = {
  ...GENERIC_TYPE_NAMES,
  float: (t) => floatWithPrecision('FLOAT', t),
  FLOAT: (t) => floatWithPrecision('FLOAT', t),
  string: (t) => mysqlString('VARCHAR', t, true),
  VARCHAR: (t) => mysqlString('VARCHAR', t, true),
  CHAR: (t) => mysqlString('CHAR', t, false),
  NVARCHAR: (t) => mysqlString('NATIONAL VARCHAR', t, true),
  NCHAR: (t) => mysqlString('NATIONAL CHAR', t, false),
  text: (t) => mysqlString('TEXT', t, false),
  TEXT: (t) => mysqlString('TEXT', t, false),
  TINYTEXT: (t) => mysqlString('TINYTEXT', t, false),
  MEDIUMTEXT: (t) => mysqlString('MEDIUMTEXT', t, false),
  LONGTEXT: (t) => mysqlString('LONGTEXT', t, false),
  boolean: () => 'BOOL',
  BOOLEAN: () => 'BOOL',
  datetime: (t) => fsp('DATETIME', t),
  DATETIME: (t) => fsp('DATETIME', t),
  TIMESTAMP: (t) => fsp('TIMESTAMP', t),
  time: (t) => fsp('TIME', t),
  TIME: (t) => fsp('TIME', t),
  largebinary: (t) => `BLOB${lengthSuffix(t)}`,
  TINYBLOB: () => 'TINYBLOB',
  MEDIUMBLOB: () => 'MEDIUMBLOB',
  LONGBLOB: () => 'LONGBLOB',
  TINYINT: (t) => mysqlInteger(t),
  MEDIUMINT: (t) => mysqlInteger(t),
  enum: (t, d) =>
    (t as EnumType).nativeEnum ? quotedValues('ENUM', (t as EnumType).storedValues, d) : enumAsVarchar(t),
  SET: (t, d) => quotedValues('SET', (t as SETType).values, d),
  BIT: (t) => `BIT${(t as BITType).length !== undefined ? `(${(t as BITType).length})` : ''}`,
};

/** What MySQLDialect reads for types (its typeRules): these names, and the conversions and literals below. */
export const MYSQL_TYPE_RULES: DialectTypeRules = {
  names: MYSQL_TYPE_NAMES,
  bindProcessor: mysqlBindProcessor,
  resultProcessor: mysqlResultProcessor,
  literal: mysqlLiteral,
};

const setBind: BindProcessor = (value) =>
  value instanceof Set || Array.isArray(value) ? [...(value as Iterable<string>)].join(',') : value;

const setResult: ResultProcessor = (value) => new Set(value === '' ? [] : (value as string).split(','));

/** BIT comes as a Buffer (big-endian bits). */
const bitResult: ResultProcessor = (value) => {
  if (typeof value === 'number') return value;
  const bytes = value as Uint8Array;
  let n = 0;
  for (let i = 0; i < bytes.length; i++) n = n * 256 + (bytes[i] as number);
  return n;
};

/** Conversions to mysql2 by affinity: the generic ones, with BIGINT values as text. */
const MYSQL_BIND_PROCESSORS: AffinityProcessors<BindProcessor> = {
  ...GENERIC_BIND_PROCESSORS,
  biginteger: () => bigintToString,
};

/** Conversions to mysql2 for generic and MySQL types. */
export function mysqlBindProcessor(type: TypeEngine): BindProcessor | undefined {
  if (type.visitName === 'SET') return setBind;
  return MYSQL_BIND_PROCESSORS[type.affinity]?.(type);
}

/** Conversions from mysql2's raw forms for generic and MySQL types: the generic ones, and SET and BIT. */
export function mysqlResultProcessor(type: TypeEngine): ResultProcessor | undefined {
  if (type.visitName === 'SET') return setResult;
  if (type.visitName === 'BIT') return bitResult;
  return GENERIC_RESULT_PROCESSORS[type.affinity]?.(type);
}

/** MySQL's own literals: SET values. */
export function mysqlLiteral(value: unknown, type: TypeEngine, dialect: Dialect): string | undefined {
  if (type.visitName === 'SET' && (value instanceof Set || Array.isArray(value))) {
    return dialect.quoteString([...(value as Iterable<string>)].join(','));
  }
  return undefined;
}
