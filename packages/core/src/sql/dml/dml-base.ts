// What INSERT, UPDATE and DELETE share (SQLAlchemy's UpdateBase/ValuesBase): the target table
// (or ORM entity), RETURNING with typed rows, and immutable state updates.
import {
  ArgumentError,
  CLAUSE_ELEMENT,
  ClauseElement,
  type ColumnElement,
  expandColumnsArg,
  hasClauseElement,
  type KeyBuilder,
  type Table,
  TableImpl,
} from '../../internal';
import type { SelectArg } from '../selectable/select-typing';

export interface DMLState {
  /** The target as given (a Table, or an ORM entity the ORM recognises). */
  readonly target: object;
  readonly returning: readonly SelectArg[];
  readonly prefixes: readonly string[];
  /** Options for the layer that executes (ORM `synchronizeSession`). */
  readonly executionOptions: Readonly<Record<string, unknown>>;
  /** Dialect-specific clauses (ON CONFLICT …), compiled by the dialect's extension visitors. */
  readonly extensions: readonly ClauseElement[];
}

export function tableOf(target: object, where: string): Table {
  if (target instanceof TableImpl) return target;
  if (hasClauseElement(target)) {
    const inner = target[CLAUSE_ELEMENT]();
    if (inner instanceof TableImpl) return inner;
  }
  throw new ArgumentError(
    `${where}() expects a Table or a mapped class, got ${target?.constructor?.name ?? typeof target}`,
  );
}

export abstract class DMLBase<
  S extends DMLState = DMLState,
  R extends readonly unknown[] = readonly [],
> extends ClauseElement {
  /** Phantom: the RETURNING arguments, for typed rows. */
  declare readonly '~args': R;

  constructor(readonly state: S) {
    super();
  }

  /** The target table. */
  get table(): Table {
    return tableOf(this.state.target, this.kind);
  }

  /** The RETURNING expressions, tables and entities expanded. */
  get returningColumns(): readonly ColumnElement[] {
    return this.state.returning.flatMap((r) => expandColumnsArg(r));
  }

  protected with(patch: Partial<S>): this {
    const Ctor = this.constructor as new (state: S) => this;
    return new Ctor({ ...this.state, ...patch });
  }

  prefixWith(...prefixes: readonly string[]): this {
    return this.with({ prefixes: [...this.state.prefixes, ...prefixes] } as unknown as Partial<S>);
  }

  executionOptions(options: Readonly<Record<string, unknown>>): this {
    return this.with({
      executionOptions: { ...this.state.executionOptions, ...options },
    } as unknown as Partial<S>);
  }

  /** @internal For dialect packages: the same statement with a dialect-specific clause added. */
  withExtension(extension: ClauseElement): this {
    return this.with({ extensions: [...this.state.extensions, extension] } as unknown as Partial<S>);
  }

  protected addCommonKey(builder: KeyBuilder): void {
    this.table.addKey(builder);
    builder.push(`ret:${this.state.returning.length}:${this.state.prefixes.join(' ')}`);
    for (const r of this.state.returning) {
      if (hasClauseElement(r)) r[CLAUSE_ELEMENT]().addKey(builder);
      else (r as ClauseElement).addKey(builder);
    }
    for (const extension of this.state.extensions) extension.addKey(builder);
  }
}
