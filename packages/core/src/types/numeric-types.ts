// Integer and decimal SQL types (ROSETTA §9): Integer and SmallInteger carry `number`,
// BigInteger carries `bigint` (lossless), Numeric carries `string` (lossless), Float `number`.
// The generic types render per dialect; the uppercase ones (INTEGER, DECIMAL, REAL …) render
// their own name everywhere, as SQLAlchemy's uppercase types do.
import { type TypeAffinity, TypeEngine } from './type-engine';

export class IntegerType extends TypeEngine<number> {
  readonly visitName: string = 'integer';
  readonly affinity: TypeAffinity = 'integer';
  protected ownKey(): string {
    return this.visitName;
  }
}

export class SmallIntegerType extends IntegerType {
  override readonly visitName: string = 'smallinteger';
}

export class BigIntegerType extends TypeEngine<bigint> {
  readonly visitName: string = 'biginteger';
  readonly affinity: TypeAffinity = 'biginteger';
  protected ownKey(): string {
    return this.visitName;
  }
}

export interface NumericOptions {
  /** Return values as `number` instead of exact strings (SQLAlchemy's asdecimal=False). */
  readonly asNumber?: boolean;
}

export class NumericType<T extends string | number = string> extends TypeEngine<T> {
  readonly visitName: string = 'numeric';
  readonly affinity: TypeAffinity = 'numeric';
  constructor(
    readonly precision?: number,
    readonly scale?: number,
    readonly options: NumericOptions = {},
  ) {
    super();
  }
  get asNumber(): boolean {
    return this.options.asNumber === true;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.precision ?? ''},${this.scale ?? ''}${this.asNumber ? ',n' : ''})`;
  }
}

export class FloatType extends TypeEngine<number> {
  readonly visitName: string = 'float';
  readonly affinity: TypeAffinity = 'float';
  constructor(readonly precision?: number) {
    super();
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.precision ?? ''})`;
  }
}

export class DoubleType extends FloatType {
  override readonly visitName: string = 'double';
}

class UpperInteger extends IntegerType {
  override readonly visitName: string = 'INTEGER';
}
class UpperSmallInt extends SmallIntegerType {
  override readonly visitName: string = 'SMALLINT';
}
class UpperBigInt extends BigIntegerType {
  override readonly visitName: string = 'BIGINT';
}
class UpperNumeric<T extends string | number> extends NumericType<T> {
  override readonly visitName: string = 'NUMERIC';
}
class UpperDecimal<T extends string | number> extends NumericType<T> {
  override readonly visitName: string = 'DECIMAL';
}
class UpperFloat extends FloatType {
  override readonly visitName: string = 'FLOAT';
}
class UpperReal extends FloatType {
  override readonly visitName: string = 'REAL';
}
class UpperDouble extends DoubleType {
  override readonly visitName: string = 'DOUBLE';
}
class UpperDoublePrecision extends DoubleType {
  override readonly visitName: string = 'DOUBLE_PRECISION';
}

/** INTEGER: `number`. */
export function Integer(): IntegerType {
  return new IntegerType();
}

/** SMALLINT: `number`. */
export function SmallInteger(): SmallIntegerType {
  return new SmallIntegerType();
}

/** BIGINT: `bigint`, so values beyond 2^53 survive. */
export function BigInteger(): BigIntegerType {
  return new BigIntegerType();
}

/** NUMERIC(p, s): exact decimal as a `string` ('12.50'); `{ asNumber: true }` returns `number`. */
export function Numeric(precision?: number, scale?: number): NumericType<string>;
export function Numeric(
  precision: number | undefined,
  scale: number | undefined,
  options: { asNumber: true },
): NumericType<number>;
export function Numeric(
  precision?: number,
  scale?: number,
  options: NumericOptions = {},
): NumericType<string | number> {
  return new NumericType(precision, scale, options);
}

/** FLOAT: `number`. The precision renders on PostgreSQL and MySQL only, as in SQLAlchemy. */
export function Float(precision?: number): FloatType {
  return new FloatType(precision);
}

/** DOUBLE (DOUBLE PRECISION on PostgreSQL): `number`. */
export function Double(): DoubleType {
  return new DoubleType();
}

/** The SQL type INTEGER on every dialect. */
export function INTEGER(): IntegerType {
  return new UpperInteger();
}

/** The SQL type SMALLINT on every dialect. */
export function SMALLINT(): SmallIntegerType {
  return new UpperSmallInt();
}

/** The SQL type BIGINT on every dialect: `bigint`. */
export function BIGINT(): BigIntegerType {
  return new UpperBigInt();
}

/** The SQL type NUMERIC(p, s): exact decimal strings. */
export function NUMERIC(precision?: number, scale?: number): NumericType<string>;
export function NUMERIC(
  precision: number | undefined,
  scale: number | undefined,
  options: { asNumber: true },
): NumericType<number>;
export function NUMERIC(
  precision?: number,
  scale?: number,
  options: NumericOptions = {},
): NumericType<string | number> {
  return new UpperNumeric(precision, scale, options);
}

/** The SQL type DECIMAL(p, s): exact decimal strings. */
export function DECIMAL(precision?: number, scale?: number): NumericType<string>;
export function DECIMAL(
  precision: number | undefined,
  scale: number | undefined,
  options: { asNumber: true },
): NumericType<number>;
export function DECIMAL(
  precision?: number,
  scale?: number,
  options: NumericOptions = {},
): NumericType<string | number> {
  return new UpperDecimal(precision, scale, options);
}

/** The SQL type FLOAT(p). */
export function FLOAT(precision?: number): FloatType {
  return new UpperFloat(precision);
}

/** The SQL type REAL. */
export function REAL(): FloatType {
  return new UpperReal();
}

/** The SQL type DOUBLE. */
export function DOUBLE(): DoubleType {
  return new UpperDouble();
}

/** The SQL type DOUBLE PRECISION. */
export function DOUBLE_PRECISION(): DoubleType {
  return new UpperDoublePrecision();
}
