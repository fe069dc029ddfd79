// Text forms of date and time values shared by literals and the dialects' value conversion:
// 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC for a JS Date, and the parse back. Written for hot paths
// (thousands of rows): no regular expressions or intermediate arrays on the common shapes.
import { ArgumentError } from '../errors/retort-error';

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`;
}

function year4(value: Date): string {
  const y = value.getUTCFullYear();
  if (y < 1 || y > 9999) {
    throw new ArgumentError(
      `Date ${value.toISOString()} is outside the years 1-9999 that SQL DATETIME holds`,
    );
  }
  return y < 1000 ? `${y}`.padStart(4, '0') : `${y}`;
}

/** 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC: how naive DateTime values are written. */
export function formatDateTime(value: Date): string {
  if (Number.isNaN(value.getTime())) throw new ArgumentError('Cannot store an invalid Date');
  return `${year4(value)}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())} ${pad2(value.getUTCHours())}:${pad2(value.getUTCMinutes())}:${pad2(value.getUTCSeconds())}.${pad3(value.getUTCMilliseconds())}000`;
}

/** 'YYYY-MM-DD' of the UTC calendar day of `value`. */
export function formatDate(value: Date): string {
  return `${year4(value)}-${pad2(value.getUTCMonth() + 1)}-${pad2(value.getUTCDate())}`;
}

function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses 'YYYY-MM-DD[ T]HH:MM[:SS[.fff…]][Z|±HH[:MM[:SS]]]' (what PostgreSQL, MySQL and SQLite
 * print). Without an offset the text is UTC wall-clock time. Fractions beyond milliseconds are
 * truncated, as a JS Date keeps milliseconds. A bare 'YYYY-MM-DD' is midnight UTC.
 */
export function parseDateTime(text: string): Date {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  if (text.length > 10) {
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    i = 16;
    if (text.charCodeAt(i) === 58 /* : */) {
      second = digits(text, 17, 2);
      i = 19;
    }
    if (text.charCodeAt(i) === 46 /* . */) {
      i += 1;
      let scale = 100;
      while (i < text.length) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
        i += 1;
      }
      ms = Math.floor(ms);
    }
  }
  let time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (year < 100) {
    // Date.UTC maps years 0-99 to 1900-1999.
    const d = new Date(time);
    d.setUTCFullYear(year);
    time = d.getTime();
  }
  if (i < text.length) {
    const sign = text.charCodeAt(i);
    if (sign === 43 /* + */ || sign === 45 /* - */) {
      const oh = digits(text, i + 1, 2);
      let om = 0;
      let os = 0;
      if (text.charCodeAt(i + 3) === 58) {
        om = digits(text, i + 4, 2);
        if (text.charCodeAt(i + 6) === 58) os = digits(text, i + 7, 2);
      } else if (i + 3 < text.length) om = digits(text, i + 3, 2);
      const offset = (oh * 3600 + om * 60 + os) * 1000;
      time += sign === 43 ? -offset : offset;
    }
  }
  if (Number.isNaN(time)) throw new ArgumentError(`Cannot read '${text}' as a date and time`);
  return new Date(time);
}
