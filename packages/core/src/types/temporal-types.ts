// Date and time SQL types. DateTime carries a JS `Date` (a naive DateTime is read and written as
// UTC wall-clock time); Date carries 'YYYY-MM-DD', Time 'HH:MM:SS[.ffffff]', Interval an
// IntervalValue: strings avoid the time-zone shifts a `Date` would add to calendar values.
// Inside this module `Date` is the SQL type factory below; the JS class is `globalThis.Date`.
import { type TypeAffinity, TypeEngine } from './type-engine';

export interface DateTimeOptions {
  /** TIMESTAMP WITH TIME ZONE where the database has it; the value is an instant either way. */
  readonly timezone?: boolean;
  /** Fractional-second digits: MySQL DATETIME(fsp) / PostgreSQL TIMESTAMP(p); others ignore it. */
  readonly fsp?: number;
}

export class DateTimeType extends TypeEngine<globalThis.Date> {
  readonly visitName: string = 'datetime';
  readonly affinity: TypeAffinity = 'datetime';
  constructor(readonly options: DateTimeOptions = {}) {
    super();
  }
  get timezone(): boolean {
    return this.options.timezone === true;
  }
  get fsp(): number | undefined {
    return this.options.fsp;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.timezone ? 'tz' : ''}${this.options.fsp ?? ''})`;
  }
  override compareValues(a: globalThis.Date, b: globalThis.Date): boolean {
    return (
      a === b || (a instanceof globalThis.Date && b instanceof globalThis.Date && a.getTime() === b.getTime())
    );
  }
}

export class DateType extends TypeEngine<string> {
  readonly visitName: string = 'date';
  readonly affinity: TypeAffinity = 'date';
  protected ownKey(): string {
    return this.visitName;
  }
}

export class TimeType extends TypeEngine<string> {
  readonly visitName: string = 'time';
  readonly affinity: TypeAffinity = 'time';
  constructor(readonly options: DateTimeOptions = {}) {
    super();
  }
  get timezone(): boolean {
    return this.options.timezone === true;
  }
  get fsp(): number | undefined {
    return this.options.fsp;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.timezone ? 'tz' : ''}${this.options.fsp ?? ''})`;
  }
}

/**
 * A span of time as PostgreSQL keeps it: months and days are calendar units, microseconds exact.
 * `{ months: 14, days: 3, microseconds: 3_600_000_000 }` is '1 year 2 mons 3 days 01:00:00'.
 */
export interface IntervalValue {
  readonly months: number;
  readonly days: number;
  readonly microseconds: number;
}

export class IntervalType extends TypeEngine<IntervalValue> {
  readonly visitName: string = 'interval';
  readonly affinity: TypeAffinity = 'interval';
  /**
   * `native: false` stores a DATETIME offset from the epoch even on PostgreSQL, as SQLAlchemy's
   * Interval(native=False) does; that form has no months.
   */
  constructor(readonly options: { readonly native?: boolean } = {}) {
    super();
  }
  get native(): boolean {
    return this.options.native !== false;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.native ? '' : 'emulated'})`;
  }
  override compareValues(a: IntervalValue, b: IntervalValue): boolean {
    return (
      a === b ||
      (!!a && !!b && a.months === b.months && a.days === b.days && a.microseconds === b.microseconds)
    );
  }
}

class UpperTimestamp extends DateTimeType {
  override readonly visitName: string = 'TIMESTAMP';
}
class UpperDatetime extends DateTimeType {
  override readonly visitName: string = 'DATETIME';
}
class UpperDate extends DateType {
  override readonly visitName: string = 'DATE';
}
class UpperTime extends TimeType {
  override readonly visitName: string = 'TIME';
}

/** DATETIME / TIMESTAMP: a JS `Date`. `{ timezone: true }` is TIMESTAMP WITH TIME ZONE where the database has it. */
export function DateTime(options?: DateTimeOptions): DateTimeType {
  return new DateTimeType(options);
}

/** DATE: an ISO date string, 'YYYY-MM-DD'. */
export function Date(): DateType {
  return new DateType();
}

/** TIME: 'HH:MM:SS' with optional fraction. */
export function Time(options?: DateTimeOptions): TimeType {
  return new TimeType(options);
}

/** INTERVAL: an IntervalValue (native on PostgreSQL; a DATETIME offset from the epoch elsewhere, as in SQLAlchemy). */
export function Interval(options?: { native?: boolean }): IntervalType {
  return new IntervalType(options);
}

/** The SQL type TIMESTAMP (WITH/WITHOUT TIME ZONE on PostgreSQL). */
export function TIMESTAMP(options?: DateTimeOptions): DateTimeType {
  return new UpperTimestamp(options);
}

/** The SQL type DATETIME. */
export function DATETIME(options?: DateTimeOptions): DateTimeType {
  return new UpperDatetime(options);
}

/** The SQL type DATE. */
export function DATE(): DateType {
  return new UpperDate();
}

/** The SQL type TIME. */
export function TIME(options?: DateTimeOptions): TimeType {
  return new UpperTime(options);
}
