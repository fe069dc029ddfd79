// Client-side parameter formatting for mysql2 connections (PyMySQL's `query % escape(args)`):
// positional values inlined into `?` placeholders, quote- and comment-aware. Used by the driver
// adapter for every statement and by the executemany INSERT rewrite.
import { ArgumentError } from '@retort/core';

/**
 * Inlines positional values into `?` placeholders with mysql2's escaping, skipping quoted strings,
 * quoted identifiers and comments (mysql2's own formatter would also replace a `?` inside `'…'`).
 */
export function formatMySQL(
  sql: string,
  values: readonly unknown[],
  quote: (value: unknown) => string,
): string {
  let out = '';
  let next = 0;
  let start = 0;
  const n = sql.length;
  for (let i = 0; i < n; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(sql, i, ch);
    } else if (ch === '-' && sql[i + 1] === '-' && /\s/.test(sql[i + 2] ?? ' ')) {
      i = skipTo(sql, i, '\n');
    } else if (ch === '#') {
      i = skipTo(sql, i, '\n');
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (ch === '?') {
      if (next >= values.length) {
        throw new ArgumentError(
          `the statement has more ? placeholders than the ${values.length} parameter(s) given: ${sql}`,
        );
      }
      out += sql.slice(start, i) + quote(values[next++]);
      start = i + 1;
    }
  }
  if (next < values.length) {
    throw new ArgumentError(`${values.length} parameters were given for ${next} ? placeholder(s): ${sql}`);
  }
  return out + sql.slice(start);
}

/** The index of the closing quote; doubled quotes and (outside backticks) backslashes escape. */
function skipQuoted(sql: string, open: number, quote: string): number {
  for (let i = open + 1; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === '\\' && quote !== '`') i++;
    else if (ch === quote) {
      if (sql[i + 1] === quote) i++;
      else return i;
    }
  }
  return sql.length;
}

function skipTo(sql: string, from: number, text: string): number {
  const end = sql.indexOf(text, from);
  return end < 0 ? sql.length : end;
}
