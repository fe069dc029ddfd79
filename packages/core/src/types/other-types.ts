// The remaining generic SQL types of ROSETTA §9: LargeBinary (`Uint8Array`), Uuid (`string`;
// native on PostgreSQL, CHAR(32) elsewhere), JSON<T> (`T`), and NullType for untyped expressions;
// with the uppercase BLOB, BINARY, VARBINARY and UUID.
import type { OperatorHooks } from './operator-hooks';
import { type TypeAffinity, TypeEngine } from './type-engine';

export class LargeBinaryType extends TypeEngine<Uint8Array> {
  readonly visitName: string = 'largebinary';
  readonly affinity: TypeAffinity = 'binary';
  constructor(readonly length?: number) {
    super();
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.length ?? ''})`;
  }
  override compareValues(a: Uint8Array, b: Uint8Array): boolean {
    if (a === b) return true;
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
}

export class UuidType extends TypeEngine<string> {
  readonly visitName: string = 'uuid';
  readonly affinity: TypeAffinity = 'uuid';
  /** `nativeUuid: false` stores CHAR(32) even where the database has a UUID type. */
  constructor(readonly options: { readonly nativeUuid?: boolean } = {}) {
    super();
  }
  get nativeUuid(): boolean {
    return this.options.nativeUuid !== false;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.nativeUuid ? '' : 'char'})`;
  }
}

const JSON_HOOKS: OperatorHooks = {};

/**
 * The JSON value `null`, stored as JSON even when the type has `noneAsNull: true` (SQLAlchemy's
 * JSON.NULL). To store SQL NULL in a JSON column without `noneAsNull`, use `null_()`.
 */
export const JSON_NULL: unique symbol = Symbol('JSON.NULL');

export class JSONType<T = unknown> extends TypeEngine<T> {
  readonly visitName: string = 'json';
  readonly affinity: TypeAffinity = 'json';
  /**
   * By default a JS `null` is stored as the JSON value `null` (SQLAlchemy's none_as_null=False);
   * `noneAsNull: true` stores it as SQL NULL.
   */
  constructor(readonly options: { readonly noneAsNull?: boolean } = {}) {
    super();
  }
  get noneAsNull(): boolean {
    return this.options.noneAsNull === true;
  }
  /** JSON converts `null` itself, into the JSON `null`, unless noneAsNull. */
  override get evaluatesNone(): boolean {
    return !this.noneAsNull;
  }
  override get operatorHooks(): OperatorHooks {
    return JSON_HOOKS;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.noneAsNull ? 'n' : ''})`;
  }
  /** JSON values are mutable; change tracking compares them by structure, never by identity. */
  override compareValues(a: T, b: T): boolean {
    return a === b || globalThis.JSON.stringify(a) === globalThis.JSON.stringify(b);
  }
}

export class NullType extends TypeEngine<unknown> {
  readonly visitName = 'null';
  readonly affinity: TypeAffinity = 'null';
  protected ownKey(): string {
    return 'NULLTYPE';
  }
}

/** The type of a tuple-valued bind (`tuple(a, b).in(rows)`): each position keeps its own type. */
export class TupleType extends TypeEngine<readonly unknown[]> {
  readonly visitName = 'tuple';
  readonly affinity: TypeAffinity = 'other';
  constructor(readonly types: readonly TypeEngine[]) {
    super();
  }
  protected ownKey(): string {
    return `TUPLE(${this.types.map((t) => t.cacheKey()).join(',')})`;
  }
}

class UpperBlob extends LargeBinaryType {
  override readonly visitName: string = 'BLOB';
}
class UpperBinary extends LargeBinaryType {
  override readonly visitName: string = 'BINARY';
}
class UpperVarbinary extends LargeBinaryType {
  override readonly visitName: string = 'VARBINARY';
}
class UpperUuid extends UuidType {
  override readonly visitName: string = 'UUID';
}

/** BLOB / BYTEA: `Uint8Array`. */
export function LargeBinary(length?: number): LargeBinaryType {
  return new LargeBinaryType(length);
}

/** UUID: the canonical hyphenated string. */
export function Uuid(options?: { nativeUuid?: boolean }): UuidType {
  return new UuidType(options);
}

function jsonFactory<T = unknown>(options?: { noneAsNull?: boolean }): JSONType<T> {
  return new JSONType<T>(options);
}

/**
 * JSON: values of type `T` (`JSON<{ theme: string }>()`); mutate by reassigning or with
 * `flagModified`. `JSON.NULL` is the JSON value `null` (see JSON_NULL).
 */
export const JSON: typeof jsonFactory & { readonly NULL: typeof JSON_NULL } = Object.assign(jsonFactory, {
  NULL: JSON_NULL as typeof JSON_NULL,
});

/** The SQL type BLOB. */
export function BLOB(length?: number): LargeBinaryType {
  return new UpperBlob(length);
}

/** The SQL type BINARY(n). */
export function BINARY(length?: number): LargeBinaryType {
  return new UpperBinary(length);
}

/** The SQL type VARBINARY(n). */
export function VARBINARY(length?: number): LargeBinaryType {
  return new UpperVarbinary(length);
}

/** The SQL type UUID on every dialect (MariaDB 10.7+ has it too); values are strings. */
export function UUID(): UuidType {
  return new UpperUuid();
}

/** The type of an expression whose type is unknown (`literalColumn('x')` without a type). */
export const NULLTYPE: NullType = new NullType();
