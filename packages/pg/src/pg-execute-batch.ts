// psycopg2's execute_batch for PGDriverConnection.executeMany: each parameter set is inlined into
// the statement as quoted literals and the statements go out in pages joined by `;`, one round
// trip per page instead of one per parameter set (SQLAlchemy's echo still shows one executemany).

/**
 * Inlines `$n` parameters as quoted literals, skipping quoted strings, quoted identifiers,
 * dollar-quoted bodies and comments. A quoted literal is untyped, as an extended-protocol
 * parameter sent without a type is, so the server infers the same types either way.
 */
export function inlinePGParameters(sql: string, literals: readonly string[]): string {
  let out = '';
  let start = 0;
  const n = sql.length;
  for (let i = 0; i < n; i++) {
    const ch = sql.charCodeAt(i);
    if (ch === 39 /* ' */) {
      // E'…' strings escape with backslashes; standard strings only double the quote.
      const escapes = i > 0 && (sql[i - 1] === 'E' || sql[i - 1] === 'e') && !isIdentChar(sql, i - 2);
      i = skipQuoted(sql, i, "'", escapes);
    } else if (ch === 34 /* " */) {
      i = skipQuoted(sql, i, '"', false);
    } else if (ch === 45 /* - */ && sql.charCodeAt(i + 1) === 45) {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (ch === 47 /* / */ && sql.charCodeAt(i + 1) === 42 /* * */) {
      i = skipBlockComment(sql, i);
    } else if (ch === 36 /* $ */) {
      if (isIdentChar(sql, i - 1)) continue;
      const digits = /^\d+/.exec(sql.slice(i + 1, i + 12));
      if (digits) {
        const index = Number(digits[0]) - 1;
        const literal = literals[index];
        if (literal === undefined)
          throw new RangeError(`$${digits[0]} has no parameter (${literals.length} given)`);
        out += sql.slice(start, i) + literal;
        i += digits[0].length;
        start = i + 1;
      } else {
        const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
        if (tag) {
          const end = sql.indexOf(tag[0], i + tag[0].length);
          i = end < 0 ? n : end + tag[0].length - 1;
        }
      }
    }
  }
  return out + sql.slice(start);
}

/** Whether the character before position `i + 1` continues an identifier (`a$1` is a name, not a parameter). */
function isIdentChar(sql: string, i: number): boolean {
  if (i < 0) return false;
  const c = sql.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127
  );
}

function skipQuoted(sql: string, open: number, quote: string, backslashEscapes: boolean): number {
  for (let i = open + 1; i < sql.length; i++) {
    const ch = sql[i];
    if (backslashEscapes && ch === '\\') i++;
    else if (ch === quote) {
      if (sql[i + 1] === quote) i++;
      else return i;
    }
  }
  return sql.length;
}

/** PostgreSQL's block comments nest. */
function skipBlockComment(sql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < sql.length - 1; i++) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i++;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i++;
      if (depth === 0) return i;
    }
  }
  return sql.length;
}

/**
 * A value as a quoted literal, or undefined for a value that only the extended protocol carries
 * faithfully (bytes, dates, arrays, objects): such parameter sets are not batched.
 */
export function pgLiteralFor(value: unknown, escapeLiteral: (text: string) => string): string | undefined {
  if (value === null || value === undefined) return 'NULL';
  switch (typeof value) {
    case 'string':
      return escapeLiteral(value);
    case 'number':
    case 'bigint':
    case 'boolean':
      return `'${String(value)}'`;
    default:
      return undefined;
  }
}

/**
 * The statements of an executemany as pages of `;`-joined text, or undefined when a parameter set
 * holds a value that cannot be inlined.
 */
export function executeBatchPages(
  sql: string,
  paramSets: readonly (readonly unknown[])[],
  pageSize: number,
  escapeLiteral: (text: string) => string,
): string[] | undefined {
  const pages: string[] = [];
  let page: string[] = [];
  for (const params of paramSets) {
    const literals: string[] = [];
    for (const value of params) {
      const literal = pgLiteralFor(value, escapeLiteral);
      if (literal === undefined) return undefined;
      literals.push(literal);
    }
    page.push(inlinePGParameters(sql, literals));
    if (page.length === pageSize) {
      pages.push(page.join(';'));
      page = [];
    }
  }
  if (page.length > 0) pages.push(page.join(';'));
  return pages;
}
