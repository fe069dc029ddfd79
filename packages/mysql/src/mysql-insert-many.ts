// PyMySQL's executemany rewrite for MySQLDriverConnection.executeMany: an `INSERT … VALUES (?, …)`
// run for many parameter sets goes out as multi-row `VALUES (…), (…)` statements of at most
// max_stmt_length bytes (PyMySQL's Cursor.max_stmt_length, 1024000), one round trip each. The
// engine's echo still shows the executemany, as SQLAlchemy's does with PyMySQL.
import { formatMySQL } from './mysql-format';

/** PyMySQL's Cursor.max_stmt_length. */
export const MAX_STMT_LENGTH = 1024000;

/**
 * PyMySQL's RE_INSERT_VALUES with `?` placeholders: the statement up to VALUES, one group of bare
 * placeholders, and an optional ON DUPLICATE KEY UPDATE tail.
 */
const INSERT_VALUES =
  /^\s*((?:INSERT|REPLACE)\b.+\bVALUES?\s*)(\(\s*\?\s*(?:,\s*\?\s*)*\))(\s*(?:ON\s+DUPLICATE.*)?);?\s*$/is;

/** An INSERT split for the rewrite: what precedes the VALUES group, the group, what follows. */
export interface InsertValuesParts {
  readonly prefix: string;
  readonly values: string;
  readonly postfix: string;
  /** Placeholders in the group: each parameter set must have exactly this many values. */
  readonly width: number;
}

/** The parts of an INSERT the rewrite applies to, or undefined (run it once per parameter set). */
export function insertValuesParts(sql: string): InsertValuesParts | undefined {
  const match = INSERT_VALUES.exec(sql);
  if (!match) return undefined;
  const [, prefix = '', values = '', postfix = ''] = match;
  // Placeholders outside the VALUES group (an ON DUPLICATE KEY UPDATE value) cannot repeat per row.
  try {
    formatMySQL(prefix, [], String);
    formatMySQL(postfix, [], String);
  } catch {
    return undefined;
  }
  return { prefix, values: values.trimEnd(), postfix, width: (values.match(/\?/g) ?? []).length };
}

/**
 * The multi-row statements for the parameter sets, each at most `maxBytes` long (a single row
 * longer than that still goes alone), or undefined when a parameter set has the wrong width.
 */
export function insertManyStatements(
  parts: InsertValuesParts,
  paramSets: readonly (readonly unknown[])[],
  quote: (value: unknown) => string,
  maxBytes: number,
): string[] | undefined {
  const statements: string[] = [];
  const prefixBytes = Buffer.byteLength(parts.prefix);
  const postfixBytes = Buffer.byteLength(parts.postfix);
  let rows: string[] = [];
  let bytes = prefixBytes;
  for (const params of paramSets) {
    if (params.length !== parts.width) return undefined;
    const row = formatMySQL(parts.values, params, quote);
    const rowBytes = Buffer.byteLength(row);
    if (rows.length > 0 && bytes + rowBytes + postfixBytes + 1 > maxBytes) {
      statements.push(parts.prefix + rows.join(',') + parts.postfix);
      rows = [];
      bytes = prefixBytes;
    }
    bytes += rowBytes + (rows.length > 0 ? 1 : 0);
    rows.push(row);
  }
  if (rows.length > 0) statements.push(parts.prefix + rows.join(',') + parts.postfix);
  return statements;
}
