// The result of compiling a statement for a dialect (SQLAlchemy's Compiled): the SQL, where each
// bound value goes, and how result columns map to row fields. The engine caches it by the
// statement's structural key and builds `{ sql, params }` from any statement with that key.

import type { Dialect } from '../dialect/dialect';
import { ArgumentError } from '../errors/retort-error';
import type { ClauseElement } from '../sql/clause-element';
import type { BindParameter } from '../sql/elements/bind-parameter';
import type { TypeEngine } from '../types/type-engine';

/** One placeholder in the SQL: which bind fills it. */
export interface Placeholder {
  /** The bind's name in this compilation (`id_1`, `name`). */
  readonly name: string;
  /** Index of the bind in the statement's cache key bind list, or -1 for binds found by name only. */
  readonly keyIndex: number;
  /** One placeholder per element, decided at execution. */
  readonly expanding: boolean;
  /** For expanding tuple binds: placeholders per element. */
  readonly tupleWidth: number;
  readonly type: TypeEngine;
  /** For expanding binds: the IN operator, which decides how an empty list renders. */
  readonly expandOp: 'in' | 'notIn';
  /** The value is rendered inline as a literal at execution (`__[POSTCOMPILE_x]` until then). */
  readonly literalExecute?: boolean;
  /** A bind the compiler added with a value fixed by the cache key (SQLite's `OFFSET 0`). */
  readonly constant?: boolean;
}

/** A selected (or returned) column: where it is in the row, and how to name and convert it. */
export interface ResultColumn {
  /** The row field name (`name`, a label, `count`). */
  readonly key: string;
  /** The name in the SQL (the label or column name). */
  readonly name: string;
  readonly type: TypeEngine;
  /** The expressions this column stands for (for ORM and `row._mapping[column]` lookups). */
  readonly objects: readonly unknown[];
}

export interface CompiledSource {
  readonly dialect: Dialect;
  readonly statement: ClauseElement;
  /** The SQL with `\u0000<n>\u0000` in place of each placeholder n, or the final SQL when there are none. */
  readonly template: string;
  readonly placeholders: readonly Placeholder[];
  /** The binds of the compiled statement by name, for defaults and `bindparam()` values. */
  readonly bindsByName: ReadonlyMap<string, BindParameter>;
  readonly resultColumns: readonly ResultColumn[];
  readonly isDDL: boolean;
  readonly isInsert: boolean;
  readonly isUpdate: boolean;
  readonly isDelete: boolean;
  readonly isSelect: boolean;
  /** The statement has RETURNING (explicit or implicit). */
  readonly hasReturning: boolean;
  /** RETURNING was added by the compiler to fetch the primary key (not asked for by the user). */
  readonly implicitReturning: boolean;
  readonly literalBinds: boolean;
  /** Columns filled by Python-side defaults at execution, by bind name. */
  readonly defaultBinds: ReadonlyMap<string, () => unknown>;
  /** For INSERT: the primary key columns in table order, and which bind (if any) gives each. */
  readonly insertPrimaryKey: readonly { readonly key: string; readonly bindName: string | undefined }[];
  /** For an ordered executemany INSERT … RETURNING: how returned rows are matched to parameter sets. */
  readonly insertSentinel?: InsertSentinel | undefined;
}

/**
 * The columns an ordered insertmanyvalues batch adds to RETURNING so that rows can be put back in
 * parameter order (SQLAlchemy's insert sentinel): client-given key values, or an autoincrement
 * key the database numbers in VALUES order.
 */
export interface InsertSentinel {
  /** Appended to RETURNING after the statement's own columns (stripped from the rows again). */
  readonly columns: readonly { readonly key: string; readonly name: string }[];
  /** The values come from the parameters (matched); otherwise rows sort by the numbered key. */
  readonly fromParameters: boolean;
  /**
   * Rendered as `INSERT … SELECT p0::T, … FROM (VALUES (…, 0), …) AS imp_sen(p0, …, sen_counter)
   * ORDER BY sen_counter` so that the database numbers rows in parameter order (PostgreSQL).
   */
  readonly selectForm: boolean;
  /** The cast of each VALUES element in the SELECT form. */
  readonly castTypes: readonly string[];
}

export interface ExecutionParams {
  readonly sql: string;
  readonly params: unknown[] | Record<string, unknown>;
}

const MARK = '\u0000';

export class Compiled implements CompiledSource {
  readonly dialect!: Dialect;
  readonly statement!: ClauseElement;
  readonly template!: string;
  readonly placeholders!: readonly Placeholder[];
  readonly bindsByName!: ReadonlyMap<string, BindParameter>;
  readonly resultColumns!: readonly ResultColumn[];
  readonly isDDL!: boolean;
  readonly isInsert!: boolean;
  readonly isUpdate!: boolean;
  readonly isDelete!: boolean;
  readonly isSelect!: boolean;
  readonly hasReturning!: boolean;
  readonly implicitReturning!: boolean;
  readonly literalBinds!: boolean;
  readonly defaultBinds!: ReadonlyMap<string, () => unknown>;
  readonly insertPrimaryKey!: readonly { readonly key: string; readonly bindName: string | undefined }[];
  readonly insertSentinel: InsertSentinel | undefined;
  /** When this form was compiled (performance.now()), for echo's `[generated in …]` and `[cached since …]`. */
  readonly compiledAt: number;
  /** Whether any placeholder expands, making the SQL depend on the values. */
  readonly hasExpanding: boolean;
  /** The SQL with placeholders rendered for display (`str(compiled)`; expanding ones as `__[POSTCOMPILE_x]`). */
  readonly sql: string;
  private readonly staticSql: string | undefined;
  /** Numbered placeholders (`$1`): whether in use, and the 0-based number of each non-expanding placeholder. */
  private readonly numbered: boolean;
  private readonly numbers: readonly number[];
  /** Placeholder indexes in the order they appear in the SQL (positional parameters follow it). */
  private readonly appearance: readonly number[];
  private readonly processors: readonly (((value: unknown) => unknown) | undefined)[];

  constructor(source: CompiledSource) {
    Object.assign(this, source);
    this.compiledAt = performance.now();
    this.hasExpanding = source.placeholders.some((p) => p.expanding || p.literalExecute === true);
    this.appearance = appearanceOrder(source.template);
    this.numbered = source.dialect.paramstyle === 'numeric_dollar';
    this.numbers = this.numbered ? numberByName(source.placeholders) : [];
    this.sql = this.render((p, i) =>
      p.expanding || p.literalExecute
        ? `__[POSTCOMPILE_${p.name}]`
        : this.dialect.placeholder(p.name, this.numbers[i] ?? i),
    );
    this.staticSql = this.hasExpanding ? undefined : this.sql;
    this.processors = source.placeholders.map((p) => bindProcessorFor(p.type, source.dialect));
  }

  /** Parameters by placeholder name, before bind processing (SQLAlchemy's `compiled.params`). */
  get params(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of this.placeholders) {
      const bind = this.bindsByName.get(p.name);
      out[p.name] = bind ? bind.effectiveValue() : this.defaultBinds.get(p.name)?.();
    }
    return out;
  }

  /**
   * The SQL and driver parameters for one execution: values come from `keyBinds` (the executed
   * statement's cache-key binds, positionally matching this compiled form) and `named` (execution
   * parameters by name), then pass through the types' bind processors. With numbered placeholders
   * (`$1`) a name used twice is sent once, and IN-list elements are numbered after the others, as
   * SQLAlchemy numbers them.
   */
  executionParams(
    keyBinds: readonly BindParameter[] | undefined,
    named: Readonly<Record<string, unknown>> | undefined,
  ): ExecutionParams {
    const placeholders = this.placeholders;
    const count = placeholders.length;
    // Values in placeholder order (column defaults run in that order), as plain loops: this runs
    // for every execution of a cached statement.
    const values = new Array<unknown>(count);
    for (let i = 0; i < count; i++)
      values[i] = this.valueFor(placeholders[i] as Placeholder, keyBinds, named);
    if (this.hasExpanding) return this.expand(values);
    const processors = this.processors;
    for (let i = 0; i < count; i++) {
      const processor = processors[i];
      if (processor !== undefined) values[i] = processor(values[i]);
    }
    const sql = this.staticSql as string;
    if (!this.dialect.positional) {
      const params: Record<string, unknown> = {};
      for (let i = 0; i < count; i++) params[(placeholders[i] as Placeholder).name] = values[i];
      return { sql, params };
    }
    if (!this.numbered) {
      const appearance = this.appearance;
      const params = new Array<unknown>(appearance.length);
      for (let j = 0; j < appearance.length; j++) params[j] = values[appearance[j] as number];
      return { sql, params };
    }
    const params: unknown[] = [];
    const numbers = this.numbers;
    for (let i = 0; i < count; i++) params[numbers[i] as number] = values[i];
    return { sql, params };
  }

  private valueFor(
    p: Placeholder,
    keyBinds: readonly BindParameter[] | undefined,
    named: Readonly<Record<string, unknown>> | undefined,
  ): unknown {
    if (named && p.name in named) return named[p.name];
    const bind = p.keyIndex >= 0 && keyBinds ? keyBinds[p.keyIndex] : this.bindsByName.get(p.name);
    if (bind) {
      if (bind.value === undefined && bind.options.required && !bind.options.callable) {
        const fallback = this.defaultBinds.get(p.name);
        if (fallback) return fallback();
        throw new ArgumentError(`A value is required for bind parameter '${p.name}'`);
      }
      return bind.effectiveValue();
    }
    const fallback = this.defaultBinds.get(p.name);
    if (fallback) return fallback();
    throw new ArgumentError(`A value is required for bind parameter '${p.name}'`);
  }

  private expand(values: readonly unknown[]): ExecutionParams {
    const positional = this.dialect.positional;
    const params: unknown[] = [];
    const named: Record<string, unknown> = {};
    const distinct = new Set(this.numbers.filter((n) => n !== undefined)).size;
    let nextNumber = distinct;
    let position = 0;
    const send = (name: string, value: unknown, number?: number): string => {
      if (!positional) {
        named[name] = value;
        return this.dialect.placeholder(name, 0);
      }
      if (this.numbered) {
        const n = number ?? nextNumber++;
        params[n] = value;
        return this.dialect.placeholder(name, n);
      }
      params.push(value);
      return this.dialect.placeholder(name, position++);
    };
    const sql = this.render((p, i) => {
      const value = values[i];
      const processor = this.processors[i];
      if (p.literalExecute)
        return value === null || value === undefined ? 'NULL' : this.dialect.renderLiteral(value, p.type);
      if (!p.expanding) return send(p.name, processor ? processor(value) : value, this.numbers[i]);
      const list = value as readonly unknown[];
      if (!Array.isArray(list))
        throw new ArgumentError(`The IN parameter '${p.name}' needs a list, got ${typeof value}`);
      if (list.length === 0) return this.dialect.emptySetExpression(p.type, p.tupleWidth, p.expandOp);
      const groups = list.map((item, j) => {
        const elements = p.tupleWidth > 0 ? (item as readonly unknown[]) : [item];
        const types =
          p.tupleWidth > 0 ? ((p.type as { types?: readonly TypeEngine[] }).types ?? []) : [p.type];
        const rendered = elements.map((element, k) => {
          const proc = p.tupleWidth > 0 ? bindProcessorFor(types[k] ?? p.type, this.dialect) : processor;
          const name = `${p.name}_${j + 1}${p.tupleWidth > 0 ? `_${k + 1}` : ''}`;
          return send(name, proc ? proc(element) : element);
        });
        return p.tupleWidth > 0 ? `(${rendered.join(', ')})` : (rendered[0] as string);
      });
      return p.tupleWidth > 0 ? `${this.dialect.tupleInValuesPrefix}${groups.join(', ')}` : groups.join(', ');
    });
    return { sql, params: positional ? params : named };
  }

  /** Fills the template: each placeholder by `fill(placeholder, index)`. */
  private render(fill: (p: Placeholder, index: number) => string): string {
    if (this.placeholders.length === 0) return this.template;
    const parts = this.template.split(MARK);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) out += parts[i];
      else {
        const index = Number(parts[i]);
        out += fill(this.placeholders[index] as Placeholder, index);
      }
    }
    return out;
  }

  toString(): string {
    return this.sql;
  }
}

/** The indexes of the placeholders marked in `template`, in the order they appear. */
function appearanceOrder(template: string): number[] {
  const parts = template.split(MARK);
  const order: number[] = [];
  for (let i = 1; i < parts.length; i += 2) order.push(Number(parts[i]));
  return order;
}

/**
 * Numbers of non-expanding placeholders: one per distinct name, in the order the compiler made them
 * (SQLAlchemy numbers binds as it visits them, so a CTE's come after the columns that precede its use).
 */
function numberByName(placeholders: readonly Placeholder[]): number[] {
  const byName = new Map<string, number>();
  const numbers: number[] = [];
  placeholders.forEach((p, i) => {
    if (p.expanding || p.literalExecute) return;
    let n = byName.get(p.name);
    if (n === undefined) {
      n = byName.size;
      byName.set(p.name, n);
    }
    numbers[i] = n;
  });
  return numbers;
}

function bindProcessorFor(type: TypeEngine, dialect: Dialect): ((value: unknown) => unknown) | undefined {
  const processor = dialect.bindProcessor(type);
  if (!processor) return undefined;
  // JSON (JS null is the JSON null) and TypeDecorator (processBindParam sees null) convert null themselves.
  if (type.forDialect(dialect).evaluatesNone) return (value) => processor(value === undefined ? null : value);
  return (value) => (value === null || value === undefined ? null : processor(value));
}

export const PLACEHOLDER_MARK = MARK;
