// Column defaults (SQLAlchemy's ColumnDefault, DefaultClause): a value or function the engine
// evaluates before INSERT/UPDATE, or SQL the database evaluates. Read by DML compilation and DDL.
import { ClauseElement } from '../internal';

/** A client-side default: a constant, a function of no arguments, or a SQL expression inlined in the statement. */
export class ColumnDefault {
  constructor(readonly arg: unknown) {}

  get isCallable(): boolean {
    return typeof this.arg === 'function';
  }

  get isClauseElement(): boolean {
    return this.arg instanceof ClauseElement;
  }

  get isScalar(): boolean {
    return !this.isCallable && !this.isClauseElement;
  }

  /** The value to insert: the constant, or the function's result. */
  evaluate(): unknown {
    return typeof this.arg === 'function' ? (this.arg as () => unknown)() : this.arg;
  }
}

/**
 * A server-side default: DDL `DEFAULT …`. A string is a SQL string literal (`serverDefault: 'x'`
 * gives `DEFAULT 'x'`), as in SQLAlchemy; use `text('0')` or `func.now()` for SQL.
 */
export class DefaultClause {
  constructor(
    readonly arg: string | ClauseElement,
    /** `serverOnupdate`: the server changes the column on UPDATE (SQLAlchemy's FetchedValue for_update). */
    readonly forUpdate = false,
  ) {}
}

export function toColumnDefault(arg: unknown): ColumnDefault | undefined {
  return arg === undefined ? undefined : new ColumnDefault(arg);
}

export function toDefaultClause(
  arg: string | ClauseElement | undefined,
  forUpdate = false,
): DefaultClause | undefined {
  return arg === undefined ? undefined : new DefaultClause(arg, forUpdate);
}
