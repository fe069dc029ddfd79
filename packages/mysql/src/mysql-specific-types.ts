// MySQL-only types (SQLAlchemy's sqlalchemy.dialects.mysql types): TINYINT and MEDIUMINT with
// display width and UNSIGNED, TINYTEXT/MEDIUMTEXT/LONGTEXT, TINYBLOB/MEDIUMBLOB/LONGBLOB, SET
// (a JS Set of strings) and BIT (a number). mysql-types.ts names them and converts their values.
import {
  IntegerType,
  LargeBinaryType,
  type StringOptions,
  TextType,
  type TypeAffinity,
  TypeEngine,
} from '@retort/core';

export interface MySQLIntegerOptions {
  /** Display width: `TINYINT(1)`. */
  readonly displayWidth?: number;
  readonly unsigned?: boolean;
  readonly zerofill?: boolean;
}

/** TINYINT / MEDIUMINT: `number`. */
export class MySQLIntegerType extends IntegerType {
  constructor(
    override readonly visitName: string,
    readonly mysqlOptions: MySQLIntegerOptions = {},
  ) {
    super();
  }
  protected override ownKey(): string {
    const o = this.mysqlOptions;
    return `${this.visitName}(${o.displayWidth ?? ''},${o.unsigned ? 'u' : ''}${o.zerofill ? 'z' : ''})`;
  }
}

/** TINYTEXT, MEDIUMTEXT, LONGTEXT: `string`. */
export class MySQLTextType extends TextType {
  constructor(
    override readonly visitName: string,
    options?: StringOptions,
  ) {
    super(undefined, options);
  }
}

/** TINYBLOB, MEDIUMBLOB, LONGBLOB: `Uint8Array`. */
export class MySQLBlobType extends LargeBinaryType {
  constructor(override readonly visitName: string) {
    super();
  }
}

/** SET('a', 'b'): a JS Set of the chosen strings (SQLAlchemy returns a Python set). */
export class SETType<V extends string = string> extends TypeEngine<Set<V>> {
  readonly visitName: string = 'SET';
  readonly affinity: TypeAffinity = 'other';
  constructor(readonly values: readonly V[]) {
    super();
  }
  protected ownKey(): string {
    return `SET(${this.values.join('|')})`;
  }
  override compareValues(a: Set<V>, b: Set<V>): boolean {
    return a === b || (a.size === b.size && [...a].every((v) => b.has(v)));
  }
}

/** BIT(n): the bits as a `number` (up to 53 bits, as JS numbers are exact that far). */
export class BITType extends TypeEngine<number> {
  readonly visitName: string = 'BIT';
  readonly affinity: TypeAffinity = 'other';
  constructor(readonly length?: number) {
    super();
  }
  protected ownKey(): string {
    return `BIT(${this.length ?? ''})`;
  }
}

export function TINYINT(
  displayWidth?: number,
  options: Omit<MySQLIntegerOptions, 'displayWidth'> = {},
): MySQLIntegerType {
  return new MySQLIntegerType('TINYINT', { ...options, displayWidth });
}

export function MEDIUMINT(
  displayWidth?: number,
  options: Omit<MySQLIntegerOptions, 'displayWidth'> = {},
): MySQLIntegerType {
  return new MySQLIntegerType('MEDIUMINT', { ...options, displayWidth });
}

export function TINYTEXT(options?: StringOptions): MySQLTextType {
  return new MySQLTextType('TINYTEXT', options);
}

export function MEDIUMTEXT(options?: StringOptions): MySQLTextType {
  return new MySQLTextType('MEDIUMTEXT', options);
}

export function LONGTEXT(options?: StringOptions): MySQLTextType {
  return new MySQLTextType('LONGTEXT', options);
}

export function TINYBLOB(): MySQLBlobType {
  return new MySQLBlobType('TINYBLOB');
}

export function MEDIUMBLOB(): MySQLBlobType {
  return new MySQLBlobType('MEDIUMBLOB');
}

export function LONGBLOB(): MySQLBlobType {
  return new MySQLBlobType('LONGBLOB');
}

/** SET of the given strings. */
export function SET<const V extends string>(...values: V[]): SETType<V> {
  return new SETType(values);
}

export function BIT(length?: number): BITType {
  return new BITType(length);
}
