// Python repr() of bound parameters and row values, as SQLAlchemy's echo and error messages print
// them (ECHO.md §4): tuples, dicts, None/True/False, float formatting, quoting, and the truncation
// rules for long values, long parameter sets and many parameter sets. Used by echo and errors.

const MAX_VALUE_CHARS = 300;
const MAX_PARAMS_PER_SET = 100;
const MAX_PARAM_SETS = 10;

/** A JavaScript number as Python prints a float or int (`1e-05`, `1e+16`, `0.1`, `nan`, `inf`). */
export function reprNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return Object.is(value, -0) ? '-0.0' : String(value);
  // Shortest round-trip digits, then Python's layout: scientific below 1e-4 and from 1e16 on.
  const [mantissa, expText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(expText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  const text = String(value);
  return text.includes('.') || text.includes('e') ? text : `${text}.0`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A string as Python's repr: single quotes, or double quotes when it holds `'` and no `"`. */
export function reprString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const escaped = ESCAPES[ch];
    if (escaped) out += escaped;
    else if (ch === quote) out += `\\${ch}`;
    else {
      const code = ch.codePointAt(0) as number;
      if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else out += ch;
    }
  }
  return out + quote;
}

function reprBytes(bytes: Uint8Array): string {
  let body = '';
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true;
    if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  for (const b of bytes) {
    if (b === 0x5c) body += '\\\\';
    else if (b === 0x0a) body += '\\n';
    else if (b === 0x0d) body += '\\r';
    else if (b === 0x09) body += '\\t';
    else if (String.fromCharCode(b) === quote) body += `\\${quote}`;
    else if (b < 0x20 || b >= 0x7f) body += `\\x${b.toString(16).padStart(2, '0')}`;
    else body += String.fromCharCode(b);
  }
  return `b${quote}${body}${quote}`;
}

function reprDate(value: Date): string {
  const parts = [
    value.getUTCFullYear(),
    value.getUTCMonth() + 1,
    value.getUTCDate(),
    value.getUTCHours(),
    value.getUTCMinutes(),
    value.getUTCSeconds(),
  ];
  const micros = value.getUTCMilliseconds() * 1000;
  if (micros) parts.push(micros);
  else while (parts.length > 3 && parts[parts.length - 1] === 0) parts.pop();
  return `datetime.datetime(${parts.join(', ')})`;
}

/** One value as Python's repr, not truncated. */
export function reprValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return reprNumber(value);
    case 'bigint':
      return value.toString();
    case 'string':
      return reprString(value);
    default:
      break;
  }
  if (value instanceof Uint8Array) return reprBytes(value);
  if (value instanceof Date) return reprDate(value);
  if (Array.isArray(value)) return `[${value.map(reprValue).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${reprString(k)}: ${reprValue(v)}`).join(', ')}}`;
  }
  return reprString(String(value));
}

/** A value's repr, cut to its first and last 150 characters when longer than 300. */
export function reprTruncated(value: unknown): string {
  const text = reprValue(value);
  if (text.length <= MAX_VALUE_CHARS) return text;
  const half = MAX_VALUE_CHARS / 2;
  return `${text.slice(0, half)} ... (${text.length - MAX_VALUE_CHARS} characters truncated) ... ${text.slice(-half)}`;
}

function joinTruncated(items: readonly string[], keep: number, note: (dropped: number) => string): string {
  if (items.length <= keep * 2) return items.join(', ');
  return `${items.slice(0, keep).join(', ')}${note(items.length - keep * 2)}${items.slice(-keep).join(', ')}`;
}

/** One parameter set: `('a', 1)`, `(1,)`, `()`, or `{'pk_1': 3}`; long sets keep their first and last 50. */
export function reprParamSet(params: readonly unknown[] | Readonly<Record<string, unknown>>): string {
  const half = MAX_PARAMS_PER_SET / 2;
  const note = (dropped: number) => ` ... ${dropped} parameters truncated ... `;
  if (Array.isArray(params)) {
    const items = params.map(reprTruncated);
    if (items.length === 1) return `(${items[0]},)`;
    return `(${joinTruncated(items, half, note)})`;
  }
  const items = Object.entries(params).map(([k, v]) => `${reprString(k)}: ${reprTruncated(v)}`);
  return `{${joinTruncated(items, half, note)}}`;
}

/** Parameters as echo shows them: one set, or a list of sets (the first 8 and last 2 of more than 10). */
export function reprParams(
  params: readonly unknown[] | Readonly<Record<string, unknown>>,
  executemany: boolean,
): string {
  if (!executemany) return reprParamSet(params);
  const sets = params as readonly (readonly unknown[] | Readonly<Record<string, unknown>>)[];
  if (sets.length <= MAX_PARAM_SETS) return `[${sets.map(reprParamSet).join(', ')}]`;
  const head = sets.slice(0, MAX_PARAM_SETS - 2).map(reprParamSet);
  const tail = sets.slice(-2).map(reprParamSet);
  return `[${head.join(', ')}  ... displaying ${MAX_PARAM_SETS} of ${sets.length} total bound parameter sets ...  ${tail.join(', ')}]`;
}

/** A row as echo's `Row (1, 'spongebob')` shows it. */
export function reprRow(values: readonly unknown[]): string {
  const items = values.map(reprTruncated);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}
