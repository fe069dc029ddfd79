// PostgreSQL interval text, both ways: what the server prints in its default IntervalStyle
// ('postgres': `1 year 2 mons -3 days +04:05:06.789`) into an IntervalValue, and an IntervalValue
// into input the server reads exactly (`14 mons 3 days 3600.000005 secs`). Used by pg-types.ts.
import type { IntervalValue } from '@retort/core';

const MICROS_PER_SECOND = 1_000_000;

/** Seconds with up to six fraction digits, exactly, from integer microseconds. */
function seconds(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const abs = Math.abs(micros);
  const whole = Math.floor(abs / MICROS_PER_SECOND);
  const fraction = abs - whole * MICROS_PER_SECOND;
  return fraction === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(fraction).padStart(6, '0')}`;
}

/** Interval input PostgreSQL parses to exactly these months, days and microseconds. */
export function formatInterval(value: IntervalValue): string {
  return `${value.months} mons ${value.days} days ${seconds(value.microseconds)} secs`;
}

/** `make_interval(…)` for inline literals: only the non-zero parts, as SQLAlchemy renders `secs=>`. */
export function intervalLiteral(value: IntervalValue): string {
  const parts: string[] = [];
  if (value.months) parts.push(`months=>${value.months}`);
  if (value.days) parts.push(`days=>${value.days}`);
  if (value.microseconds || parts.length === 0) parts.push(`secs=>${seconds(value.microseconds)}`);
  return `make_interval(${parts.join(', ')})`;
}

/** An IntervalValue from the 'postgres' IntervalStyle output (the default), e.g. `-1 years -2 mons +3 days -04:05:06.5`. */
export function parseInterval(text: string): IntervalValue {
  let months = 0;
  let days = 0;
  let micros = 0;
  const tokens = text.trim().split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token.includes(':')) {
      micros += parseClock(token);
      continue;
    }
    const amount = Number(token);
    const unit = tokens[i + 1] ?? '';
    i += 1;
    if (unit.startsWith('year')) months += amount * 12;
    else if (unit.startsWith('mon')) months += amount;
    else if (unit.startsWith('day')) days += amount;
    else if (unit.startsWith('hour')) micros += amount * 3_600_000_000;
    else if (unit.startsWith('min')) micros += amount * 60_000_000;
    else if (unit.startsWith('sec')) micros += Math.round(amount * MICROS_PER_SECOND);
    else throw new Error(`Cannot read the PostgreSQL interval '${text}' (IntervalStyle must be 'postgres')`);
  }
  return { months, days, microseconds: micros };
}

/** `[-+]H+:MM[:SS[.ffffff]]` in microseconds. */
function parseClock(token: string): number {
  const negative = token.startsWith('-');
  const body = negative || token.startsWith('+') ? token.slice(1) : token;
  const [h = '0', m = '0', s = '0'] = body.split(':');
  const [whole = '0', fraction = ''] = s.split('.');
  const total =
    (Number(h) * 3600 + Number(m) * 60 + Number(whole)) * MICROS_PER_SECOND +
    Number(fraction.padEnd(6, '0').slice(0, 6));
  return negative ? -total : total;
}
