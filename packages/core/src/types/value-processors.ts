// Value conversions the dialect packages share (`<d>-types.ts` pick them per type, from the generic
// tables by affinity at the end): bigint and number coercions, JSON text, byte views, CHAR(32) UUIDs,
// and SQLAlchemy's Interval emulation as a DATETIME offset from the epoch. They run for every row,
// so each is a small closure with no allocation beyond its result.
import { ArgumentError } from '../errors/retort-error';
import type { NumericType } from './numeric-types';
import type { JSONType } from './other-types';
import { JSON_NULL } from './other-types';
import { formatDate, formatDateTime, parseDateTime } from './temporal-format';
import type { IntervalValue } from './temporal-types';
import type { BindProcessor, ResultProcessor, TypeAffinity, TypeEngine } from './type-engine';

/** bigint from a driver's number, decimal string or bigint. */
export const toBigInt: ResultProcessor = (value) =>
  typeof value === 'bigint' ? value : BigInt(value as number | string);

/** number from a driver's bigint (SQLite safeIntegers) or numeric string (PostgreSQL int8, MySQL BIGINT). */
export const toNumber: ResultProcessor = (value) => (typeof value === 'number' ? value : Number(value));

/** boolean from 0/1 numbers or bigints (MySQL TINYINT(1), SQLite), 't'/'f' text, or a boolean. */
export const toBoolean: ResultProcessor = (value) => {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'bigint':
      return value !== 0n;
    case 'string':
      return value === 't' || value === 'true' || value === '1';
    default:
      return Boolean(value);
  }
};

/** 1/0 for databases without booleans. */
export const booleanToInt: BindProcessor = (value) => (value === true ? 1 : value === false ? 0 : value);

/** A bigint as its decimal text (drivers without bigint support). */
export const bigintToString: BindProcessor = (value) =>
  typeof value === 'bigint' ? value.toString() : value;

/** JSON text for a JSON value; the JSON `null` for JS null and JSON.NULL (SQL NULL only with noneAsNull). */
export function jsonBind(type: JSONType): BindProcessor {
  const noneAsNull = type.noneAsNull;
  return (value) => {
    if (value === JSON_NULL) return 'null';
    if (value === null || value === undefined) return noneAsNull ? null : 'null';
    return globalThis.JSON.stringify(value);
  };
}

/** The value of JSON text (already-parsed values pass through); SQL NULL is null. */
export const jsonResult: ResultProcessor = (value) =>
  typeof value === 'string' ? globalThis.JSON.parse(value) : value === undefined ? null : value;

/** A plain Uint8Array over a driver's Buffer (same memory, no copy). */
export const bytesResult: ResultProcessor = (value) => {
  if (value instanceof Uint8Array) {
    return value.constructor === Uint8Array
      ? value
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (typeof value === 'string') return new TextEncoder().encode(value);
  return value;
};

/** A Buffer over the bytes (same memory), for drivers that want Buffers. */
export const bytesBind: BindProcessor = (value) =>
  value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;

/** CHAR(32) storage of a UUID: the hex digits without hyphens. */
export const uuidHexBind: BindProcessor = (value) =>
  typeof value === 'string' ? value.replace(/-/g, '').toLowerCase() : value;

/** The canonical hyphenated form of a 32-digit hex UUID. */
export const uuidHexResult: ResultProcessor = (value) => {
  if (typeof value !== 'string' || value.length !== 32) return value;
  const v = value.toLowerCase();
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
};

const MICROS_PER_DAY = 86_400_000_000;

/**
 * SQLAlchemy's Interval where the database has none: a DATETIME `epoch + interval`. Only days
 * and time fit (a timedelta has no months); the time part is exact to the millisecond a JS
 * Date keeps, and to what the column stores (whole seconds in a plain MySQL DATETIME).
 */
export const intervalAsDatetimeBind: BindProcessor = (value) => {
  const v = value as IntervalValue;
  if (v.months) {
    throw new ArgumentError(
      `Interval with months (${v.months}) cannot be stored where INTERVAL is emulated as a DATETIME offset; use days`,
    );
  }
  const micros = v.days * MICROS_PER_DAY + v.microseconds;
  const date = new Date(Math.floor(micros / 1000));
  const text = formatDateTime(date);
  const sub = ((micros % 1000) + 1000) % 1000;
  return sub === 0 ? text : `${text.slice(0, -3)}${String(sub).padStart(3, '0')}`;
};

/** The interval an emulated DATETIME stands for, normalised to days and microseconds below a day. */
export const intervalAsDatetimeResult: ResultProcessor = (value) => {
  const text = value instanceof Date ? formatDateTime(value) : (value as string);
  const ms = parseDateTime(text).getTime();
  const fraction = /\.(\d+)/.exec(text)?.[1] ?? '';
  const micros = ms * 1000 + Number(fraction.padEnd(6, '0').slice(3, 6) || '0');
  const days = Math.floor(micros / MICROS_PER_DAY);
  return { months: 0, days, microseconds: micros - days * MICROS_PER_DAY };
};

/** Decimal text of a NUMERIC the database returned as a float (SQLite), at the type's scale (SQLAlchemy: 10 by default). */
export function numericFromFloat(scale: number | undefined): ResultProcessor {
  const digits = scale ?? 10;
  return (value) => {
    if (typeof value === 'number') return value.toFixed(digits);
    if (typeof value === 'bigint') return digits > 0 ? `${value}.${'0'.repeat(digits)}` : `${value}`;
    return value;
  };
}

/** Decimal text from a driver's string or number. */
export const toDecimalString: ResultProcessor = (value) =>
  typeof value === 'string' ? value : typeof value === 'bigint' ? value.toString() : String(value);

/** A JS Date as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC; strings pass (already in the database's form). */
export const datetimeBind: BindProcessor = (value) => (value instanceof Date ? formatDateTime(value) : value);

/** A JS Date as 'YYYY-MM-DD' (its UTC day); strings pass (already in the database's form). */
export const dateBind: BindProcessor = (value) => (value instanceof Date ? formatDate(value) : value);

/**
 * 'HH:MM:SS[.ffffff][offset]' with the fraction in six digits, or none when it is zero, whatever
 * the database prints ('13:05:07.25' from PostgreSQL, '13:05:07.000000' from MySQL TIME(6)), so
 * a Time value written in that form reads back unchanged.
 */
export const timeResult: ResultProcessor = (value) => {
  if (typeof value !== 'string') return value;
  const dot = value.indexOf('.');
  if (dot < 0) return value;
  let end = dot + 1;
  while (end < value.length && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end += 1;
  const digits = value.slice(dot + 1, end);
  const rest = value.slice(end);
  if (/^0*$/.test(digits)) return value.slice(0, dot) + rest;
  return `${value.slice(0, dot)}.${digits.padEnd(6, '0').slice(0, 6)}${rest}`;
};

/** A Date from the database's text (UTC wall clock, or with an offset); Dates pass. */
export const datetimeResult: ResultProcessor = (value) =>
  value instanceof Date ? value : parseDateTime(value as string);

// ---- by affinity: tables that `<d>-types.ts` spread and override, as they do GENERIC_TYPE_NAMES ----

/** A processor (or none) for a type, by affinity; an affinity with no entry has no conversion. */
export type AffinityProcessors<P> = Readonly<
  Partial<Record<TypeAffinity, ((type: TypeEngine) => P | undefined) | undefined>>
>;

/**
 * Conversions to the driver where the database has no native boolean, interval or UUID: booleans
 * as 1/0, dates and datetimes as text, intervals as a DATETIME offset, JSON as text, UUIDs as 32
 * hex digits, bytes as Buffers.
 */
export const GENERIC_BIND_PROCESSORS: AffinityProcessors<BindProcessor> = {
  boolean: () => booleanToInt,
  datetime: () => datetimeBind,
  date: () => dateBind,
  interval: () => intervalAsDatetimeBind,
  json: (type) => jsonBind(type as JSONType),
  uuid: () => uuidHexBind,
  binary: () => bytesBind,
};

/**
 * Conversions from the driver's raw forms (numbers as numbers or text, decimals as text, 1/0
 * booleans, datetime text, DATETIME-offset intervals, JSON text, 32-digit UUIDs, Buffers) to the
 * ROSETTA §9 values.
 */
export const GENERIC_RESULT_PROCESSORS: AffinityProcessors<ResultProcessor> = {
  integer: () => toNumber,
  float: () => toNumber,
  biginteger: () => toBigInt,
  numeric: (type) => ((type as NumericType).asNumber ? toNumber : toDecimalString),
  boolean: () => toBoolean,
  datetime: () => datetimeResult,
  time: () => timeResult,
  interval: () => intervalAsDatetimeResult,
  json: () => jsonResult,
  uuid: () => uuidHexResult,
  binary: () => bytesResult,
};
