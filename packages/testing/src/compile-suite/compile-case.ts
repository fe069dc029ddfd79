// One compilation case of the suite: a statement built fresh, and the SQL and parameters each
// dialect must produce, checked against SQLAlchemy 2.0.52 (the expectations were recorded by
// running SQLAlchemy on the same construct; differences are noted on the case).
import type { ClauseElement, CompileOptions } from '@retort/core';

/** Dialect names as `Dialect.name` spells them; `default` is `String(stmt)`. */
export type SuiteDialectName = 'default' | 'postgresql' | 'mysql' | 'sqlite';

export interface ExpectedCompilation {
  /** The SQL exactly, with the dialect's placeholders (before IN-list expansion). */
  readonly sql: string;
  /** Parameters after expansion, as the driver receives them (array or object by name). */
  readonly params?: readonly unknown[] | Readonly<Record<string, unknown>>;
  /** The SQL after IN-list expansion, when it differs from `sql`. */
  readonly expandedSql?: string;
  /** The result row's keys in order (SQLAlchemy's `result.keys()`); null for text() columns named by the driver. */
  readonly keys?: readonly (string | null)[];
}

export interface CompileCase {
  /** What the case shows, e.g. `select: where with two criteria`. */
  readonly name: string;
  /** Where the construct comes from: `seed 003 "Querying"`, `SQLAlchemy docs: Select.join`. */
  readonly source?: string;
  readonly build: () => ClauseElement;
  /** Compile options other than the dialect (`literalBinds`, `columnKeys` …). */
  readonly options?: Omit<CompileOptions, 'dialect'>;
  /** Per dialect: the expected compilation, or an error message pattern the compile must raise. */
  readonly expected: Partial<Record<SuiteDialectName, ExpectedCompilation | { readonly error: RegExp }>>;
  /** Why Retort renders differently from SQLAlchemy here, when it does. */
  readonly deviation?: string;
}
