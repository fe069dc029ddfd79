// PostgreSQL-only scalar types (SQLAlchemy's sqlalchemy.dialects.postgresql types): JSONB,
// INET, CIDR, MACADDR, MACADDR8, TSVECTOR, HSTORE, INTERVAL with fields and precision, BYTEA,
// CITEXT. pg-types.ts names them in DDL and converts their values.
import {
  IntervalType,
  JSONType,
  LargeBinaryType,
  type StringOptions,
  StringType,
  type TypeAffinity,
  TypeEngine,
} from '@retort/core';

/** JSONB: like JSON (values of `T`), stored binary; indexable, with containment and key operators. */
export class JSONBType<T = unknown> extends JSONType<T> {
  override readonly visitName: string = 'JSONB';
}

/** Network and text-search types whose values are their text: INET, CIDR, MACADDR, MACADDR8, TSVECTOR. */
export class PGTextualType extends TypeEngine<string> {
  readonly affinity: TypeAffinity = 'string';
  constructor(readonly visitName: string) {
    super();
  }
  protected ownKey(): string {
    return this.visitName;
  }
}

/** HSTORE: a map of text keys to text values or null. */
export class HSTOREType extends TypeEngine<Record<string, string | null>> {
  readonly visitName: string = 'HSTORE';
  readonly affinity: TypeAffinity = 'other';
  protected ownKey(): string {
    return this.visitName;
  }
}

export interface PGIntervalOptions {
  /** `YEAR`, `DAY TO SECOND`, …: the fields the interval keeps. */
  readonly fields?: string;
  /** Fractional-second digits. */
  readonly precision?: number;
}

/** INTERVAL with PostgreSQL's fields and precision: `INTERVAL DAY TO SECOND (3)`. */
export class PGIntervalType extends IntervalType {
  override readonly visitName: string = 'PG_INTERVAL';
  constructor(readonly pgOptions: PGIntervalOptions = {}) {
    super();
  }
  protected override ownKey(): string {
    return `PG_INTERVAL(${this.pgOptions.fields ?? ''},${this.pgOptions.precision ?? ''})`;
  }
}

export class BYTEAType extends LargeBinaryType {
  override readonly visitName: string = 'BYTEA';
}

export class CITEXTType extends StringType {
  override readonly visitName: string = 'CITEXT';
}

/** JSONB: values of type `T`. */
export function JSONB<T = unknown>(options?: { noneAsNull?: boolean }): JSONBType<T> {
  return new JSONBType<T>(options);
}

/** INET: an IPv4 or IPv6 host address (and optional netmask), as text. */
export function INET(): PGTextualType {
  return new PGTextualType('INET');
}

/** CIDR: an IPv4 or IPv6 network, as text. */
export function CIDR(): PGTextualType {
  return new PGTextualType('CIDR');
}

/** MACADDR: a MAC address, as text ('08:00:2b:01:02:03'). */
export function MACADDR(): PGTextualType {
  return new PGTextualType('MACADDR');
}

/** MACADDR8: an EUI-64 MAC address, as text. */
export function MACADDR8(): PGTextualType {
  return new PGTextualType('MACADDR8');
}

/** TSVECTOR: a text-search document, as PostgreSQL prints it ('''cat'':2 ''fat'':1'). */
export function TSVECTOR(): PGTextualType {
  return new PGTextualType('TSVECTOR');
}

/** HSTORE (needs `CREATE EXTENSION hstore`): `Record<string, string | null>`. */
export function HSTORE(): HSTOREType {
  return new HSTOREType();
}

/** PostgreSQL INTERVAL with optional fields and precision. */
export function INTERVAL(options?: PGIntervalOptions): PGIntervalType {
  return new PGIntervalType(options);
}

/** BYTEA: `Uint8Array`. */
export function BYTEA(): BYTEAType {
  return new BYTEAType();
}

/** CITEXT (needs `CREATE EXTENSION citext`): case-insensitive text. */
export function CITEXT(length?: number, options?: StringOptions): CITEXTType {
  return new CITEXTType(length, options);
}
