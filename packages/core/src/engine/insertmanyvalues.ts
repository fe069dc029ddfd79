// insertmanyvalues (SQLAlchemy's batched multi-row INSERT): an executemany of a single-row
// INSERT becomes `INSERT … VALUES (…), (…), … [RETURNING …]` in batches of up to 1000 rows, or
// fewer when the dialect's bound-parameter limit says so. Connection.execute plans the batches.
import { type Compiled, type Dialect, PLACEHOLDER_MARK, type Placeholder } from '../internal';

/** Where the VALUES group sits in a compiled INSERT's template. */
export interface InsertManyValuesPlan {
  readonly compiled: Compiled;
  /** Template text before `(` of the VALUES group, the group itself `(…)`, and what follows. */
  readonly head: string;
  readonly group: string;
  readonly tail: string;
  /** Placeholders per row. */
  readonly width: number;
}

export interface InsertManyValuesBatch {
  readonly sql: string;
  readonly params: unknown[] | Record<string, unknown>;
  /** 1-based batch number and the number of batches. */
  readonly index: number;
  readonly total: number;
  /** How many parameter sets (rows) the batch carries, and the first one's position. */
  readonly rowCount: number;
  readonly firstRow: number;
}

/** Finds the end of the parenthesised group starting at `open`, skipping quoted text. */
function groupEnd(template: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < template.length; i++) {
    const ch = template[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * The plan for batching `compiled`, or undefined when it cannot be batched: no single VALUES
 * group, expanding binds, or placeholders outside the group (they would repeat per row).
 */
export function planInsertManyValues(compiled: Compiled): InsertManyValuesPlan | undefined {
  if (!compiled.isInsert || compiled.hasExpanding || compiled.placeholders.length === 0) return undefined;
  const { template } = compiled;
  const at = template.indexOf(' VALUES (');
  if (at < 0 || template.indexOf(' VALUES (', at + 1) >= 0) return undefined;
  const open = at + ' VALUES '.length;
  const close = groupEnd(template, open);
  if (close < 0) return undefined;
  const head = template.slice(0, open);
  const group = template.slice(open, close + 1);
  const tail = template.slice(close + 1);
  if (head.includes(PLACEHOLDER_MARK) || tail.includes(PLACEHOLDER_MARK)) return undefined;
  return { compiled, head, group, tail, width: compiled.placeholders.length };
}

/** Rows per batch: the page size, or fewer when `width` parameters per row would pass the limit. */
export function batchSize(dialect: Dialect, width: number, pageSize: number | undefined): number {
  const page = pageSize ?? dialect.capabilities.insertManyValuesPageSize;
  const byParams = Math.floor(dialect.capabilities.maxBindParameters / Math.max(width, 1));
  return Math.max(1, Math.min(page, byParams));
}

/**
 * The batches for `rows`, each a single statement. `rows` are the per-row driver parameters as
 * Compiled.executionParams gives them (arrays for positional dialects, objects by name otherwise).
 */
export function* insertManyValuesBatches(
  plan: InsertManyValuesPlan,
  rows: readonly (unknown[] | Record<string, unknown>)[],
  size: number,
): Generator<InsertManyValuesBatch> {
  const { dialect, placeholders } = plan.compiled;
  const total = Math.ceil(rows.length / size);
  const parts = plan.group.split(PLACEHOLDER_MARK);
  for (let b = 0; b < total; b++) {
    const first = b * size;
    const batch = rows.slice(first, first + size);
    let position = 0;
    const groups: string[] = [];
    const positional: unknown[] = [];
    const named: Record<string, unknown> = {};
    batch.forEach((row, r) => {
      let text = '';
      for (let i = 0; i < parts.length; i++) {
        if (i % 2 === 0) {
          text += parts[i];
          continue;
        }
        const index = Number(parts[i]);
        const p = placeholders[index] as Placeholder;
        if (dialect.positional) {
          positional.push((row as unknown[])[index]);
          text += dialect.placeholder(p.name, position++);
        } else {
          const name = `${p.name}__${r}`;
          named[name] = (row as Record<string, unknown>)[p.name];
          text += dialect.placeholder(name, position++);
        }
      }
      groups.push(text);
    });
    const sentinel = plan.compiled.insertSentinel;
    const sql =
      sentinel?.selectForm === true
        ? selectFormSql(plan, groups, sentinel.castTypes)
        : `${plan.head}${groups.join(', ')}${plan.tail}`;
    yield {
      sql,
      params: dialect.positional ? positional : named,
      index: b + 1,
      total,
      rowCount: batch.length,
      firstRow: first,
    };
  }
}

/**
 * `INSERT INTO t (a, b) SELECT p0::T0, p1::T1 FROM (VALUES (…, 0), (…, 1)) AS imp_sen(p0, p1,
 * sen_counter) ORDER BY sen_counter RETURNING …`: the database numbers the rows in parameter order.
 */
function selectFormSql(
  plan: InsertManyValuesPlan,
  groups: readonly string[],
  castTypes: readonly string[],
): string {
  const head = plan.head.replace(/ VALUES $/, '');
  const columns = castTypes.map((_, i) => `p${i}`);
  const select = castTypes.map((type, i) => `p${i}::${type}`).join(', ');
  const rows = groups.map((group, i) => `${group.slice(0, -1)}, ${i})`).join(', ');
  return `${head} SELECT ${select} FROM (VALUES ${rows}) AS imp_sen(${columns.join(', ')}, sen_counter) ORDER BY sen_counter${plan.tail}`;
}

/** How echo shows a batch statement: over 500 characters, its first 250 and last 100. */
export function truncateBatchSql(sql: string): string {
  if (sql.length <= 500) return sql;
  return `${sql.slice(0, 250)} ... ${sql.length - 350} characters truncated ... ${sql.slice(-100)}`;
}
