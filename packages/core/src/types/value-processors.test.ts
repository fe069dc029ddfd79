// The shared conversions of the dialect packages: date text both ways (time zones, DST, years
// below 1000, fractions), Interval as a DATETIME offset (SQLAlchemy's emulation), CHAR(32) UUIDs,
// JSON null, bytes, NUMERIC from SQLite floats, bigint coercion.
import { describe, expect, it } from 'vitest';
import {
  bytesBind,
  bytesResult,
  formatDate,
  formatDateTime,
  intervalAsDatetimeBind,
  intervalAsDatetimeResult,
  JSON,
  jsonBind,
  jsonResult,
  numericFromFloat,
  parseDateTime,
  toBigInt,
  toBoolean,
  toNumber,
  uuidHexBind,
  uuidHexResult,
} from '../index';

describe('date and time text', () => {
  it('writes a Date as UTC wall-clock time with microseconds', () => {
    expect(formatDateTime(new Date('2024-03-10T02:30:15.123Z'))).toBe('2024-03-10 02:30:15.123000');
    expect(formatDateTime(new Date('0099-12-31T23:59:59.999Z'))).toBe('0099-12-31 23:59:59.999000');
    expect(formatDate(new Date('2024-02-29T23:00:00-05:00'))).toBe('2024-03-01');
    expect(() => formatDateTime(new Date(Number.NaN))).toThrow('Cannot store an invalid Date');
  });

  it('reads the forms the databases print, with and without offsets', () => {
    const instant = Date.UTC(2024, 2, 10, 2, 30, 15, 123);
    expect(parseDateTime('2024-03-10 02:30:15.123').getTime()).toBe(instant);
    expect(parseDateTime('2024-03-10 02:30:15.123456').getTime()).toBe(instant);
    expect(parseDateTime('2024-03-10T02:30:15.123Z').getTime()).toBe(instant);
    expect(parseDateTime('2024-03-09 21:30:15.123-05').getTime()).toBe(instant);
    expect(parseDateTime('2024-03-10 08:00:15.123+05:30').getTime()).toBe(instant);
    expect(parseDateTime('2024-03-10 02:30').getTime()).toBe(Date.UTC(2024, 2, 10, 2, 30));
    expect(parseDateTime('2024-03-10').getTime()).toBe(Date.UTC(2024, 2, 10));
    expect(parseDateTime('0001-01-01 00:00:00').toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });

  it('round-trips instants across daylight-saving changes (stored as UTC)', () => {
    for (const iso of ['2024-03-10T07:30:00.000Z', '2024-11-03T06:30:00.500Z', '2024-03-31T01:30:00.001Z']) {
      expect(parseDateTime(formatDateTime(new Date(iso))).toISOString()).toBe(iso);
    }
  });
});

describe('Interval as a DATETIME offset from the epoch', () => {
  it('round-trips days and microseconds, normalised', () => {
    const cases = [
      { months: 0, days: 3, microseconds: 3_600_000_005 },
      { months: 0, days: -2, microseconds: 5 },
      { months: 0, days: 0, microseconds: 0 },
    ];
    for (const value of cases) expect(intervalAsDatetimeResult(intervalAsDatetimeBind(value))).toEqual(value);
    expect(intervalAsDatetimeBind({ months: 0, days: 0, microseconds: -5 })).toBe(
      '1969-12-31 23:59:59.999995',
    );
    expect(intervalAsDatetimeResult('1970-01-04 01:00:00.000005')).toEqual({
      months: 0,
      days: 3,
      microseconds: 3_600_000_005,
    });
  });

  it('rejects months, which a DATETIME offset cannot keep', () => {
    expect(() => intervalAsDatetimeBind({ months: 1, days: 0, microseconds: 0 })).toThrow(/months \(1\)/);
  });
});

describe('other conversions', () => {
  it('CHAR(32) UUIDs', () => {
    expect(uuidHexBind('12345678-1234-5678-1234-56781234ABCD')).toBe('1234567812345678123456781234abcd');
    expect(uuidHexResult('1234567812345678123456781234abcd')).toBe('12345678-1234-5678-1234-56781234abcd');
  });

  it('JSON: the JSON null unless noneAsNull, JSON.NULL always', () => {
    expect(jsonBind(JSON())(null)).toBe('null');
    expect(jsonBind(JSON({ noneAsNull: true }))(null)).toBeNull();
    expect(jsonBind(JSON({ noneAsNull: true }))(JSON.NULL)).toBe('null');
    expect(jsonBind(JSON())({ a: [1, null, 'é😀'] })).toBe('{"a":[1,null,"é😀"]}');
    expect(jsonResult('null')).toBeNull();
    expect(jsonResult('{"a":{"b":[1,2]}}')).toEqual({ a: { b: [1, 2] } });
  });

  it('bytes: plain Uint8Array views out, Buffers in, same memory', () => {
    const buffer = Buffer.from([0, 1, 0, 255]);
    const view = bytesResult(buffer) as Uint8Array;
    expect(view.constructor).toBe(Uint8Array);
    expect([...view]).toEqual([0, 1, 0, 255]);
    expect(view.buffer).toBe(buffer.buffer);
    expect(Buffer.isBuffer(bytesBind(view))).toBe(true);
  });

  it('numbers, bigints and booleans from any raw form', () => {
    expect(toBigInt('9223372036854775807')).toBe(9223372036854775807n);
    expect(toBigInt(5)).toBe(5n);
    expect(toNumber(7n)).toBe(7);
    expect(toNumber('42')).toBe(42);
    expect([toBoolean(1), toBoolean(0), toBoolean(0n), toBoolean('t'), toBoolean(false)]).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(numericFromFloat(2)(1.5)).toBe('1.50');
    expect(numericFromFloat(undefined)(0.1)).toBe('0.1000000000');
  });
});
