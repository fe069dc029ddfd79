// Inline SQL literals by type (SQLAlchemy's literal_processor), for literalBinds compilation and
// DDL defaults. DefaultDialect.renderLiteral calls it after the dialect's own literalValue hook
// had nothing to say (PostgreSQL intervals and arrays, SQLite booleans, …).
import type { Dialect } from '../dialect/dialect';
import { CompileError } from '../errors/retort-error';
import type { EnumType } from './enum-type';
import type { UuidType } from './other-types';
import { formatDate, formatDateTime } from './temporal-format';
import type { DateTimeType } from './temporal-types';
import type { TypeEngine } from './type-engine';

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Lower-case hex of the bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
}

/** A UUID without its hyphens, lower case: how CHAR(32) columns store it. */
export function uuidToHex(value: string): string {
  return value.replace(/-/g, '').toLowerCase();
}

function noRenderer(value: unknown, type: TypeEngine, dialect: Dialect): CompileError {
  return new CompileError(
    `No literal value renderer is available for literal value "${describeValue(value)}" with datatype ${typeLabel(type, dialect)}`,
  );
}

function typeLabel(type: TypeEngine, dialect: Dialect): string {
  try {
    return dialect.typeDDL(type);
  } catch {
    return String(type);
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return globalThis.JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function renderNumber(value: unknown, type: TypeEngine, dialect: Dialect): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CompileError(`Cannot render ${value} as a SQL literal`);
    return globalThis.String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' && NUMBER_TEXT.test(value)) return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  throw noRenderer(value, type, dialect);
}

/** The generic literal for `value` of `type` on `dialect` (null handled by the caller). */
export function renderGenericLiteral(value: unknown, type: TypeEngine, dialect: Dialect): string {
  switch (type.affinity) {
    case 'enum':
      return dialect.quoteString((type as EnumType).storedFor(value));
    case 'integer':
    case 'biginteger':
    case 'numeric':
    case 'float':
      return renderNumber(value, type, dialect);
    case 'boolean':
      if (typeof value === 'boolean') return value ? 'true' : 'false';
      return renderNumber(value, type, dialect);
    case 'datetime':
      if (value instanceof globalThis.Date) {
        // Python's isoformat(' ') leaves out zero microseconds
        const text = formatDateTime(value).replace(/\.000000$/, '');
        return dialect.quoteString((type as DateTimeType).timezone ? `${text}+00:00` : text);
      }
      break;
    case 'date':
      if (value instanceof globalThis.Date) return dialect.quoteString(formatDate(value));
      break;
    case 'uuid':
      if (typeof value === 'string') {
        const native = (type as UuidType).nativeUuid && dialect.capabilities.nativeUuid;
        return dialect.quoteString(native ? value : uuidToHex(value));
      }
      break;
    case 'binary':
      if (value instanceof Uint8Array) return `X'${toHex(value)}'`;
      break;
    case 'json':
    case 'interval':
    case 'array':
      throw noRenderer(value, type, dialect);
    default:
      break;
  }
  switch (typeof value) {
    case 'string':
      return dialect.quoteString(value);
    case 'number':
    case 'bigint':
      return renderNumber(value, type, dialect);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      break;
  }
  throw noRenderer(value, type, dialect);
}
