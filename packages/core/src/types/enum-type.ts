// ENUM: values of a TypeScript string enum or a list of strings. As in SQLAlchemy, an enum
// object stores member *names* by default (`DRAFT`), or its values with `valuesCallable`;
// a list of strings stores the strings. Native ENUM on PostgreSQL (CREATE TYPE) and MySQL
// (inline), VARCHAR elsewhere, with a CHECK constraint only when `createConstraint` is set.
import type { Dialect } from '../dialect/dialect';
import { ArgumentError, LookupError } from '../errors/retort-error';
import { type BindProcessor, type ResultProcessor, type TypeAffinity, TypeEngine } from './type-engine';

/** A TypeScript string enum object (`enum Status { DRAFT = 'draft' }`). */
export type EnumObject = Readonly<Record<string, string>>;

export interface EnumOptions<V extends string> {
  /** The type's name: PostgreSQL `CREATE TYPE name`, and the CHECK constraint's name. Required for native PostgreSQL enums. */
  readonly name?: string;
  /** Store these strings instead of the member names (SQLAlchemy's values_callable); gets the JS values in order. */
  valuesCallable?(members: readonly V[]): readonly string[];
  /** Use the database's ENUM type where it has one (default true). */
  readonly nativeEnum?: boolean;
  /** Emit a CHECK constraint where the enum is not native (SQLAlchemy 2.0 defaults this to false). */
  readonly createConstraint?: boolean;
  /** VARCHAR length where the enum is not native; defaults to the longest stored string. */
  readonly length?: number;
  /** Raise LookupError for strings that are not enum values when binding (SQLAlchemy's validate_strings). */
  readonly validateStrings?: boolean;
  /** Schema of the PostgreSQL type (`CREATE TYPE schema.name`). */
  readonly schema?: string;
}

export class EnumType<V extends string = string> extends TypeEngine<V> {
  readonly visitName: string = 'enum';
  readonly affinity: TypeAffinity = 'enum';
  /** The JS values, in declaration order. */
  readonly values: readonly V[];
  /** What the database stores for each JS value, in the same order (SQLAlchemy's `enums`). */
  readonly storedValues: readonly string[];
  readonly toStored: ReadonlyMap<string, string>;
  readonly fromStored: ReadonlyMap<string, V>;

  constructor(
    source: EnumObject | readonly V[],
    readonly options: EnumOptions<V> = {},
  ) {
    super();
    if (Array.isArray(source)) {
      if (source.some((v) => typeof v !== 'string')) {
        throw new ArgumentError('Enum() takes a string enum or a list of strings');
      }
      this.values = [...source] as V[];
      this.storedValues = options.valuesCallable
        ? [...options.valuesCallable(this.values)]
        : [...this.values];
    } else {
      const object = source as EnumObject;
      // Numeric TS enums have reverse mappings; only string enums are supported, as SQLAlchemy stores strings.
      const names = Object.keys(object).filter((k) => Number.isNaN(Number(k)));
      if (names.some((n) => typeof object[n] !== 'string')) {
        throw new ArgumentError(
          'Enum() takes a string enum or a list of strings; numeric enum members cannot be stored by name',
        );
      }
      this.values = names.map((n) => object[n] as V);
      this.storedValues = options.valuesCallable ? [...options.valuesCallable(this.values)] : names;
    }
    if (this.storedValues.length !== this.values.length) {
      throw new ArgumentError('Enum valuesCallable must return one string per member');
    }
    const toStored = new Map<string, string>();
    // Later duplicates lose, as SQLAlchemy's lookup keeps the first member for an alias.
    this.values.forEach((v, i) => {
      if (!toStored.has(v)) toStored.set(v, this.storedValues[i] as string);
    });
    // A stored string binds as itself too (SQLAlchemy accepts the names as well as the members).
    for (const stored of this.storedValues) if (!toStored.has(stored)) toStored.set(stored, stored);
    this.toStored = toStored;
    this.fromStored = new Map(this.storedValues.map((s, i) => [s, this.values[i] as V]));
  }

  get name(): string | undefined {
    return this.options.name;
  }

  get schema(): string | undefined {
    return this.options.schema;
  }

  get nativeEnum(): boolean {
    return this.options.nativeEnum !== false;
  }

  get createConstraint(): boolean {
    return this.options.createConstraint === true;
  }

  get validateStrings(): boolean {
    return this.options.validateStrings === true;
  }

  /** VARCHAR length used where the enum is not native. */
  get length(): number {
    return this.options.length ?? Math.max(0, ...this.storedValues.map((s) => s.length));
  }

  protected ownKey(): string {
    return `${this.visitName}(${this.schema ?? ''}.${this.name ?? ''}:${this.storedValues.join('|')}${this.nativeEnum ? '' : ',nn'}${this.options.length ?? ''})`;
  }

  /** The stored string for a JS value (or a stored string); LookupError for anything else. */
  storedFor(value: unknown): string {
    const stored = typeof value === 'string' ? this.toStored.get(value) : undefined;
    if (stored !== undefined) return stored;
    if (!this.validateStrings && typeof value === 'string') return value;
    throw this.lookupError(value);
  }

  /** The JS value for a stored string; LookupError for a string the enum does not have. */
  valueFor(stored: unknown): V {
    const value = this.fromStored.get(stored as string);
    if (value === undefined) throw this.lookupError(stored);
    return value;
  }

  override bindProcessor(_dialect: Dialect): BindProcessor | undefined {
    // Values stored as themselves need no conversion, and unknown strings pass, as in SQLAlchemy.
    if (!this.validateStrings && this.values.every((v, i) => v === this.storedValues[i])) return undefined;
    return (value) => this.storedFor(value);
  }

  override resultProcessor(_dialect: Dialect): ResultProcessor | undefined {
    return (value) => this.valueFor(value);
  }

  private lookupError(value: unknown): LookupError {
    return new LookupError(
      `'${String(value)}' is not among the defined enum values. Enum name: ${this.name ?? 'None'}. Possible values: ${reprTupleNames(this.storedValues)}`,
    );
  }
}

/** At most four names, long ones cut at 11 characters (SQLAlchemy's repr_tuple_names). */
function reprTupleNames(names: readonly string[]): string {
  if (names.length === 0) return 'None';
  const short = names.length <= 4;
  const picked = short ? names.slice(0, 4) : [...names.slice(0, 3), names.at(-1) as string];
  const shown = picked.map((n) => (n.length > 11 ? `${n.slice(0, 11)}..` : n));
  return short ? shown.join(', ') : `${shown.slice(0, 3).join(', ')}, ..., ${shown.at(-1)}`;
}

/** ENUM from a TypeScript string enum (stores member names) or a list of strings. */
export function Enum<E extends EnumObject>(
  enumObject: E,
  options?: EnumOptions<E[keyof E]>,
): EnumType<E[keyof E]>;
export function Enum<const V extends string>(values: readonly V[], options?: EnumOptions<V>): EnumType<V>;
export function Enum(
  source: EnumObject | readonly string[],
  options?: EnumOptions<string>,
): EnumType<string> {
  return new EnumType(source, options);
}
