// Options for compiling a statement (`stmt.compile({ dialect, literalBinds })`, and what the
// engine passes when it compiles for execution).
import type { Dialect } from '../dialect/dialect';

export interface CompileOptions {
  /** The dialect to render for; the default string dialect when omitted. */
  readonly dialect?: Dialect;
  /** Render bound values inline as SQL literals (offline SQL, SQLAlchemy's literal_binds). */
  readonly literalBinds?: boolean;
  /**
   * For INSERT/UPDATE without explicit values: the parameter names given at execution, which
   * become the statement's columns (SQLAlchemy's column_keys).
   */
  readonly columnKeys?: readonly string[];
  /** Compiling for an executemany: no implicit RETURNING of the primary key. */
  readonly forExecutemany?: boolean;
  /** Add RETURNING for the primary key and server defaults of an INSERT where the dialect can (ORM flush). */
  readonly returnDefaults?: boolean;
}
