// @retort/pg: the PostgreSQL dialect. Importing it registers the dialect for `postgresql://` URLs.
import './pg-registration';

export { ARRAY, ARRAYType, type ArrayOptions, formatArrayLiteral, parseArrayLiteral } from './pg-array';
export { PGCompiler } from './pg-compiler';
export { PGDDLCompiler } from './pg-ddl-compiler';
export { PG_CAPABILITIES, PGDialect } from './pg-dialect';
export {
  connectPG,
  PG_RAW_FORM_TYPES,
  type PGConnectOptions,
  PGDriverConnection,
  pgLifecycle,
} from './pg-driver';
export { isPGDisconnect, pgConnectError, translatePGError } from './pg-errors';
export { insert } from './pg-insert';
export { formatInterval, intervalLiteral, parseInterval } from './pg-interval';
export { PGIntrospector } from './pg-introspector';
export { array, jsonb, PGArrayComparator, PGJsonbComparator } from './pg-operators';
export { PG_RESERVED_WORDS } from './pg-reserved-words';
export {
  BYTEA,
  BYTEAType,
  CIDR,
  CITEXT,
  CITEXTType,
  HSTORE,
  HSTOREType,
  INET,
  INTERVAL,
  JSONB,
  JSONBType,
  MACADDR,
  MACADDR8,
  type PGIntervalOptions,
  PGIntervalType,
  PGTextualType,
  TSVECTOR,
} from './pg-scalar-types';
export {
  enumTypeName,
  formatHstore,
  PG_TYPE_NAMES,
  parseHstore,
  pgBindProcessor,
  pgLiteral,
  pgResultProcessor,
} from './pg-types';
export { pgConnectOptions } from './pg-url';
