// insert(users).values({...}) (SQLAlchemy's Insert): single and multi-row VALUES, INSERT …
// SELECT, RETURNING with typed rows. Dialect packages add ON CONFLICT / ON DUPLICATE KEY UPDATE.
import {
  ArgumentError,
  BindParameter,
  CLAUSE_ELEMENT,
  ClauseElement,
  type ColumnElement,
  type ColumnMap,
  hasClauseElement,
  InvalidRequestError,
  type KeyBuilder,
  type SelectBase,
  type Table,
  type TableImpl,
  type TextClause,
} from '../../internal';
import type { SelectArg } from '../selectable/select-typing';
import { DMLBase, type DMLState } from './dml-base';

/** Values for an INSERT/UPDATE of `table`: each column's value or a SQL expression. */
export type ValuesOf<C extends ColumnMap> = {
  readonly [K in keyof C]?: C[K]['~value'] | ColumnElement<C[K]['~value']> | SelectBase | TextClause;
};

export interface InsertState extends DMLState {
  /** One row of values, several rows (multi-VALUES), or undefined (columns come from execution parameters). */
  readonly values:
    | Readonly<Record<string, unknown>>
    | readonly Readonly<Record<string, unknown>>[]
    | undefined;
  readonly fromSelect: { readonly names: readonly string[]; readonly select: SelectBase } | undefined;
  /** Render values inline rather than as binds for defaults (SQLAlchemy's inline()). */
  readonly inline: boolean;
  /** Return RETURNING rows in the order of the parameter sets (insertmanyvalues "ordered"). */
  readonly sortByParameterOrder: boolean;
}

type ValuesRow = Readonly<Record<string, unknown>>;

function isRowList(values: unknown): values is readonly ValuesRow[] {
  return Array.isArray(values);
}

function mixedValues(): InvalidRequestError {
  return new InvalidRequestError(
    "Can't mix single and multiple VALUES formats in one INSERT statement; one style appends to a list while the other replaces values, so the intent is ambiguous.",
  );
}

/** The columns of an INSERT's target: the table's typed `.c`, or any for ORM entities. */
export type TargetColumns<T> = T extends Table<string, infer C> ? C : ColumnMap;

export class Insert<T extends object = Table, R extends readonly unknown[] = readonly []> extends DMLBase<
  InsertState,
  R
> {
  readonly kind = 'insert' as const;

  /**
   * `VALUES (...)` for one row, or a list of rows for a multi-row INSERT. As in SQLAlchemy, a row's
   * values merge into earlier ones and lists of rows append to earlier rows.
   */
  values(values: ValuesOf<TargetColumns<T>> | readonly ValuesOf<TargetColumns<T>>[]): this {
    if (this.state.fromSelect) throw new InvalidRequestError('This construct already inserts from a SELECT');
    const current = this.state.values;
    if (isRowList(values)) {
      if (values.length === 0) throw new ArgumentError('values() got an empty list of rows');
      if (current !== undefined && !isRowList(current)) throw mixedValues();
      return this.with({ values: [...(current ?? []), ...values.map((row) => ({ ...row }))] });
    }
    if (isRowList(current)) throw mixedValues();
    return this.with({ values: { ...current, ...(values as Readonly<Record<string, unknown>>) } });
  }

  /** `INSERT INTO t (names…) SELECT …`. */
  fromSelect(names: readonly (keyof TargetColumns<T> & string)[], select: SelectBase): this {
    if (this.state.values) throw new InvalidRequestError('This construct already inserts value expressions');
    return this.with({ fromSelect: { names, select } });
  }

  /** `RETURNING …` (PostgreSQL, SQLite 3.35+, MariaDB 10.5+), with typed rows. */
  returning<const B extends readonly SelectArg[]>(...columns: B): Insert<T, readonly [...R, ...B]> {
    // the same class (dialect subclasses keep their methods), with the RETURNING arguments added
    const Ctor = this.constructor as new (state: InsertState) => Insert<T, readonly [...R, ...B]>;
    return new Ctor({ ...this.state, returning: [...this.state.returning, ...columns] });
  }

  /** RETURNING rows of an executemany come back in parameter order (ORM flushes need this). */
  sortedByParameterOrder(): this {
    return this.with({ sortByParameterOrder: true });
  }

  inline(): this {
    return this.with({ inline: true });
  }

  /** The rows of values, as a list (one element for single-row values). */
  get rows(): readonly Readonly<Record<string, unknown>>[] {
    const v = this.state.values;
    return v === undefined ? [] : Array.isArray(v) ? v : [v as Readonly<Record<string, unknown>>];
  }

  /** True for `values([...rows])` with more than one row written as a list. */
  get isMultiValues(): boolean {
    return Array.isArray(this.state.values);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`insert:${this.state.inline ? 'i' : ''}${this.state.sortByParameterOrder ? 's' : ''}`);
    this.addCommonKey(builder);
    addValuesKey(this, this.rows, builder, this.isMultiValues);
    if (this.state.fromSelect) {
      builder.push(`fromselect:${this.state.fromSelect.names.join(',')}`);
      this.state.fromSelect.select.addKey(builder);
    }
  }
}

/**
 * The bound parameters of plain values in VALUES / SET, made once per statement and shared by the
 * cache key and the compiler, so a compiled form cached by structure receives the values of each
 * later statement. Named after the column key (`name`, `name_m0` in multi-row VALUES), typed by
 * the column, as SQLAlchemy's crud binds are.
 */
const valueBinds = new WeakMap<object, Map<string, BindParameter>>();

export function valueBind(
  stmt: DMLBase<DMLState, readonly unknown[]>,
  row: number,
  key: string,
  value: unknown,
  multi: boolean,
): BindParameter | undefined {
  let binds = valueBinds.get(stmt);
  if (!binds) {
    binds = new Map();
    valueBinds.set(stmt, binds);
  }
  const id = `${row}\u0000${key}`;
  let bind = binds.get(id);
  if (!bind) {
    const table = stmt.table as TableImpl;
    const column = table.columnByKey(key) ?? table.columnList.find((c) => c.name === key);
    if (!column) return undefined;
    bind = new BindParameter(
      multi ? `${column.columnKey}_m${row}` : column.columnKey,
      value,
      column.type,
      {},
    );
    binds.set(id, bind);
  }
  return bind;
}

/** Values enter the key by column name and kind; plain values as their binds (values stay out of the key). */
export function addValuesKey(
  stmt: DMLBase<DMLState, readonly unknown[]>,
  rows: readonly Readonly<Record<string, unknown>>[],
  builder: KeyBuilder,
  multi: boolean,
): void {
  builder.push(`values:${multi ? 'm' : ''}${rows.length}`);
  rows.forEach((row, i) => {
    for (const [name, value] of Object.entries(row)) {
      if (value instanceof ClauseElement) {
        builder.push(`v:${name}:expr`);
        value.addKey(builder);
      } else if (hasClauseElement(value)) {
        builder.push(`v:${name}:attr`);
        value[CLAUSE_ELEMENT]().addKey(builder);
      } else {
        builder.push(`v:${name}`);
        valueBind(stmt, i, name, value, multi)?.addKey(builder);
      }
    }
  });
}

/** `INSERT INTO table …`; `table` may be a mapped class in ORM use. */
export function insert<T extends object>(table: T): Insert<T> {
  return new Insert<T>(initialInsertState(table));
}

/** The state of `INSERT INTO table` with nothing else yet (dialect packages build their subclasses from it). */
export function initialInsertState(table: object): InsertState {
  return {
    target: table,
    returning: [],
    prefixes: [],
    executionOptions: {},
    extensions: [],
    values: undefined,
    fromSelect: undefined,
    inline: false,
    sortByParameterOrder: false,
  };
}
