// The identity of a persistent object: its mapper, its primary key values and an optional token
// (SQLAlchemy's identity key tuple `(User, (1,), None)`). The identity map keys objects by its
// `mapKey`: the value itself for a plain single-column key, an encoded string otherwise.
import { ArgumentError } from '@retort/core';
import type { Mapper } from '../mapper/mapper';

/** What the identity map keys a mapper's objects by (see identityMapKey). */
export type IdentityMapKey = string | number | bigint | boolean;

export class IdentityKey {
  /** The key of this identity in the identity map's table for its mapper. */
  readonly mapKey: IdentityMapKey;
  #hash: string | undefined;

  constructor(
    readonly mapper: Mapper,
    /** Primary key values in the order of the mapper's primary key columns. */
    readonly identity: readonly unknown[],
    /** SQLAlchemy's identity_token (horizontal sharding); undefined normally. */
    readonly token?: string,
    /** @internal The map key, when the caller already computed it from the same values. */
    mapKey?: IdentityMapKey,
  ) {
    this.mapKey = mapKey ?? identityMapKey(mapper, identity, token);
  }

  /** The primary key values (and token) as a string that is equal exactly when they are. */
  get hash(): string {
    this.#hash ??= encodeIdentity(this.mapper, this.identity, this.token);
    return this.#hash;
  }

  equals(other: IdentityKey): boolean {
    return this.mapper === other.mapper && this.mapKey === other.mapKey;
  }

  toString(): string {
    const values = this.identity.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
    return `(${this.mapper.className}, (${values.join(', ')}${values.length === 1 ? ',' : ''}), ${this.token === undefined ? 'None' : `'${this.token}'`})`;
  }
}

/**
 * The identity map key of primary key values. A single number, bigint, boolean or string (one
 * not starting with NUL) is its own key, so loading a row builds no string; anything else
 * (composite keys, Dates, bytes, tokens) is the NUL-prefixed encoding, which no plain key equals.
 */
export function identityMapKey(
  mapper: Mapper,
  identity: readonly unknown[],
  token: string | undefined,
): IdentityMapKey {
  if (identity.length === 1 && token === undefined) {
    const plain = plainMapKey(identity[0]);
    if (plain !== undefined) return plain;
  }
  return `\u0000${encodeIdentity(mapper, identity, token)}`;
}

/** The map key of a single-column key value that is its own key, else undefined. */
export function plainMapKey(value: unknown): IdentityMapKey | undefined {
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? undefined : value;
    case 'string':
      return value.charCodeAt(0) === 0 ? undefined : value;
    case 'bigint':
    case 'boolean':
      return value;
    default:
      return undefined;
  }
}

function encodeIdentity(mapper: Mapper, identity: readonly unknown[], token: string | undefined): string {
  let out = '';
  for (let i = 0; i < identity.length; i++) out += `${i === 0 ? '' : '|'}${hashPart(identity[i], mapper, i)}`;
  return token === undefined ? out : `${out}#${token}`;
}

function hashPart(value: unknown, mapper: Mapper, index: number): string {
  switch (typeof value) {
    case 'number':
      if (Number.isNaN(value)) break;
      return `n${value}`;
    case 'bigint':
      return `b${value}`;
    case 'string':
      return `s${value.length}:${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'object':
      if (value instanceof globalThis.Date) return `d${value.getTime()}`;
      if (value instanceof Uint8Array) return `x${Buffer.from(value).toString('hex')}`;
      break;
    default:
      break;
  }
  const column = mapper.primaryKey[index]?.name ?? String(index);
  throw new ArgumentError(
    `${mapper.className}: primary key value ${String(value)} for column '${column}' cannot identify a row; primary keys must be numbers, bigints, strings, booleans, Dates or bytes and never null`,
  );
}
