// PostgreSQL types: DDL names (SQLAlchemy's PGTypeCompiler), value conversion between the raw
// forms of the pg driver adapter (see the driver contract: numbers for int2/int4/float, booleans,
// Buffers for bytea, text for everything else) and the ROSETTA §9 values, and inline literals.
// PGDialect delegates its typeNames, affinity processors and literalValue here.
import {
  type AffinityProcessors,
  type BindProcessor,
  bigintToString,
  CompileError,
  type DateTimeType,
  type Dialect,
  type DialectTypeRules,
  EnumType,
  enumAsVarchar,
  floatWithPrecision,
  formatDateTime,
  GENERIC_BIND_PROCESSORS,
  GENERIC_RESULT_PROCESSORS,
  GENERIC_TYPE_NAMES,
  type IntervalType,
  type IntervalValue,
  intervalAsDatetimeBind,
  intervalAsDatetimeResult,
  type ResultProcessor,
  type TimeType,
  type TypeEngine,
  type TypeNames,
  toBoolean,
  toHex,
  type UuidType,
  uuidHexBind,
  uuidHexResult,
} from '@retort/core';
import { type ARRAYType, formatArrayLiteral, parseArrayLiteral } from './pg-array';
import { formatInterval, intervalLiteral, parseInterval } from './pg-interval';
import type { PGIntervalType } from './pg-scalar-types';

function timestampName(name: 'TIMESTAMP' | 'TIME', type: TypeEngine): string {
  const t = type as DateTimeType | TimeType;
  const precision = t.fsp === undefined ? '' : `(${t.fsp})`;
  return `${name}${precision} ${t.timezone ? 'WITH' : 'WITHOUT'} TIME ZONE`;
}

/** `name` or `schema.name` of a native enum; PostgreSQL enums must be named. */
export function enumTypeName(type: EnumType, dialect: Dialect): string {
  if (type.name === undefined) throw new CompileError('PostgreSQL Enum type requires a name.');
  const preparer = dialect.identifierPreparer;
  return type.schema
    ? `${preparer.quoteSchema(type.schema)}.${preparer.quote(type.name)}`
    : preparer.quote(type.name);
}

/** SQLAlchemy's PGTypeCompiler names. */
export const PG_TYPE_NAMES: TypeNames = {
  ...GENERIC_TYPE_NAMES,
  float: (t) => floatWithPrecision('FLOAT', t),
  FLOAT: (t) => floatWithPrecision('FLOAT', t),
  double: () => 'DOUBLE PRECISION',
  datetime: (t) => timestampName('TIMESTAMP', t),
  TIMESTAMP: (t) => timestampName('TIMESTAMP', t),
  time: (t) => timestampName('TIME', t),
  TIME: (t) => timestampName('TIME', t),
  interval: (t) => ((t as IntervalType).native ? 'INTERVAL' : 'TIMESTAMP WITHOUT TIME ZONE'),
  PG_INTERVAL: (t) => {
    const o = (t as PGIntervalType).pgOptions;
    return `INTERVAL${o.fields ? ` ${o.fields}` : ''}${o.precision !== undefined ? ` (${o.precision})` : ''}`;
  },
  largebinary: () => 'BYTEA',
  BYTEA: () => 'BYTEA',
  JSONB: () => 'JSONB',
  uuid: (t) => ((t as UuidType).nativeUuid ? 'UUID' : 'CHAR(32)'),
  enum: (t, d) => ((t as EnumType).nativeEnum ? enumTypeName(t as EnumType, d) : enumAsVarchar(t)),
  ARRAY: (t, d) => `${d.typeDDL((t as ARRAYType).itemType)}${'[]'.repeat((t as ARRAYType).dimensions)}`,
  INET: () => 'INET',
  CIDR: () => 'CIDR',
  MACADDR: () => 'MACADDR',
  MACADDR8: () => 'MACADDR8',
  TSVECTOR: () => 'TSVECTOR',
  HSTORE: () => 'HSTORE',
  CITEXT: () => 'CITEXT',
};

/** What PGDialect reads for types (its typeRules): these names, and the conversions and literals below. */
export const PG_TYPE_RULES: DialectTypeRules = {
  names: PG_TYPE_NAMES,
  bindProcessor: pgBindProcessor,
  resultProcessor: pgResultProcessor,
  literal: pgLiteral,
};

// ---- values ---------------------------------------------------------------------------------------

const timestampBind: BindProcessor = (value) => (value instanceof Date ? formatDateTime(value) : value);
const timestamptzBind: BindProcessor = (value) =>
  value instanceof Date ? `${formatDateTime(value)}+00:00` : value;
const intervalBind: BindProcessor = (value) => formatInterval(value as IntervalValue);
const intervalResult: ResultProcessor = (value) => parseInterval(value as string);

/** bytea: the driver gives Buffers; inside arrays it is hex text ('\x0001'). */
const byteaResult: ResultProcessor = (value) => {
  if (typeof value === 'string') return hexToBytes(value.startsWith('\\x') ? value.slice(2) : value);
  const b = value as Uint8Array;
  return b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Conversions to the pg driver by affinity: the generic ones, with BIGINT values as text, booleans
 * and native UUIDs as they are, datetimes with the type's offset, and native INTERVAL text.
 */
const PG_BIND_PROCESSORS: AffinityProcessors<BindProcessor> = {
  ...GENERIC_BIND_PROCESSORS,
  biginteger: () => bigintToString,
  boolean: undefined,
  datetime: (type) => ((type as DateTimeType).timezone ? timestamptzBind : timestampBind),
  interval: (type) => ((type as IntervalType).native ? intervalBind : intervalAsDatetimeBind),
  uuid: (type) => ((type as UuidType).nativeUuid ? undefined : uuidHexBind),
};

/**
 * Conversions from the pg driver's raw forms by affinity: the generic ones, with booleans as
 * they come, native INTERVAL and UUID text, and bytea (Buffers, or hex text inside arrays).
 */
const PG_RESULT_PROCESSORS: AffinityProcessors<ResultProcessor> = {
  ...GENERIC_RESULT_PROCESSORS,
  boolean: undefined,
  interval: (type) => ((type as IntervalType).native ? intervalResult : intervalAsDatetimeResult),
  uuid: (type) => ((type as UuidType).nativeUuid ? undefined : uuidHexResult),
  binary: () => byteaResult,
};

/** Conversions to the pg driver for generic and PostgreSQL types. */
export function pgBindProcessor(type: TypeEngine, dialect: Dialect): BindProcessor | undefined {
  switch (type.visitName) {
    case 'ARRAY':
      return arrayBind(type as ARRAYType, dialect);
    case 'HSTORE':
      return (value) => formatHstore(value as Record<string, string | null>);
    default:
      return PG_BIND_PROCESSORS[type.affinity]?.(type);
  }
}

/** Conversions from the pg driver's raw forms for generic and PostgreSQL types. */
export function pgResultProcessor(type: TypeEngine, dialect: Dialect): ResultProcessor | undefined {
  switch (type.visitName) {
    case 'ARRAY':
      return arrayResult(type as ARRAYType, dialect);
    case 'HSTORE':
      return (value) => parseHstore(value as string);
    default:
      return PG_RESULT_PROCESSORS[type.affinity]?.(type);
  }
}

/** An item of an array literal, as text: the item type's bind conversion, then its text form. */
function arrayBind(type: ARRAYType, dialect: Dialect): BindProcessor {
  const convert = dialect.bindProcessor(type.itemType);
  const item = (value: unknown): string => {
    const v = convert ? convert(value) : value;
    if (v instanceof Uint8Array) return `\\x${toHex(v)}`;
    if (typeof v === 'boolean') return v ? 't' : 'f';
    return String(v);
  };
  return (value) => formatArrayLiteral(value as readonly unknown[], item);
}

/** Items of an array literal come as text: each is read with the item type's text form. */
function arrayResult(type: ARRAYType, dialect: Dialect): ResultProcessor {
  const itemType = type.itemType.forDialect(dialect);
  let parse: ResultProcessor;
  if (itemType.affinity === 'boolean' && !(itemType instanceof EnumType)) parse = toBoolean;
  else if (itemType.affinity === 'binary') parse = byteaResult;
  else parse = dialect.resultProcessor(type.itemType) ?? ((raw) => raw);
  return (value) => (Array.isArray(value) ? value : parseArrayLiteral(value as string, parse));
}

/** hstore text: `"a"=>"1", "b"=>NULL`. */
export function formatHstore(value: Readonly<Record<string, string | null>>): string {
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return Object.entries(value)
    .map(([k, v]) => `${quote(k)}=>${v === null ? 'NULL' : quote(v)}`)
    .join(', ');
}

/** The map an hstore's text stands for. */
export function parseHstore(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  let i = 0;
  const readQuoted = (): string => {
    i += 1;
    let value = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i += 1;
      value += text[i];
      i += 1;
    }
    i += 1;
    return value;
  };
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === ',') i += 1;
    if (i >= text.length) break;
    const key = readQuoted();
    i += 2; // =>
    if (text.startsWith('NULL', i)) {
      out[key] = null;
      i += 4;
    } else out[key] = readQuoted();
  }
  return out;
}

/** PostgreSQL's own literals: intervals as make_interval(), arrays as ARRAY[…], bytea as '\x…'. */
export function pgLiteral(value: unknown, type: TypeEngine, dialect: Dialect): string | undefined {
  if (type.visitName === 'ARRAY' && Array.isArray(value)) {
    const item = (type as ARRAYType).itemType;
    return `ARRAY[${value.map((v) => dialect.renderLiteral(v, item)).join(', ')}]`;
  }
  if (type.visitName === 'HSTORE')
    return dialect.quoteString(formatHstore(value as Record<string, string | null>));
  if (type.affinity === 'interval' && (type as IntervalType).native)
    return intervalLiteral(value as IntervalValue);
  if (type.affinity === 'binary' && value instanceof Uint8Array)
    return dialect.quoteString(`\\x${toHex(value)}`);
  return undefined;
}
