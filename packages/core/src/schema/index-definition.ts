// Index('ix_name', 'col_a', users.c.b, func.lower(users.c.c), { unique: true }): a named index
// over columns or expressions (SQLAlchemy's schema.Index). Created by CREATE INDEX in createAll.
import {
  ArgumentError,
  type ClauseElement,
  type Column,
  ColumnElement,
  ColumnImpl,
  ConstraintColumnNotFoundError,
  callableClass,
  type Table,
  validateDialectOptions,
} from '../internal';

export interface IndexOptions {
  readonly unique?: boolean;
  readonly info?: Readonly<Record<string, unknown>>;
  /** PostgreSQL: the access method, `USING gin`. */
  readonly postgresqlUsing?: string;
  /** PostgreSQL: a partial index, `WHERE …`. */
  readonly postgresqlWhere?: ClauseElement;
  /** PostgreSQL 11+: `INCLUDE (…)` column names. */
  readonly postgresqlInclude?: readonly string[];
  /** PostgreSQL: operator classes by column key (`{ data: 'jsonb_path_ops' }`). */
  readonly postgresqlOps?: Readonly<Record<string, string>>;
  readonly postgresqlConcurrently?: boolean;
  /** PostgreSQL: storage parameters, `WITH (fillfactor = 50)`. */
  readonly postgresqlWith?: Readonly<Record<string, string | number>>;
  readonly postgresqlTablespace?: string;
  readonly postgresqlNullsNotDistinct?: boolean;
  /** MySQL: prefix length for all columns, or by column name. */
  readonly mysqlLength?: number | Readonly<Record<string, number>>;
  /** MySQL: `FULLTEXT` or `SPATIAL`. */
  readonly mysqlPrefix?: string;
  readonly mysqlUsing?: string;
  readonly mysqlWithParser?: string;
  /** SQLite: a partial index, `WHERE …`. */
  readonly sqliteWhere?: ClauseElement;
}

const INDEX_OPTION_KEYS: ReadonlySet<string> = new Set(['unique', 'info']);

export class IndexImpl {
  name: string | undefined;
  table: Table | undefined;
  readonly options: IndexOptions;
  conventionName = false;
  /** Set when the naming convention could not name it (raised by the DDL compiler). */
  namingError: Error | undefined;
  readonly dialectOptions: Readonly<Record<string, unknown>>;
  private readonly specs: readonly (string | ClauseElement)[];
  private resolved: (Column | ClauseElement)[] | undefined;

  constructor(
    name: string | undefined,
    specs: readonly (string | ClauseElement)[],
    options: IndexOptions = {},
  ) {
    if (specs.length === 0)
      throw new ArgumentError(`Index('${name}') needs at least one column or expression`);
    this.name = name;
    this.specs = specs;
    this.options = options;
    this.dialectOptions = validateDialectOptions(
      'Index',
      options as Readonly<Record<string, unknown>>,
      INDEX_OPTION_KEYS,
    );
    const tables = new Set<Table>();
    for (const spec of specs) {
      if (typeof spec === 'string') continue;
      for (const column of columnsIn(spec)) if (column.table) tables.add(column.table as Table);
    }
    if (tables.size > 1) {
      throw new ArgumentError(
        `Index '${name}' is against table '${[...tables][0]?.name}', and cannot be associated with table '${[...tables][1]?.name}'.`,
      );
    }
    const [table] = tables;
    if (table) table.appendIndex(this);
  }

  get unique(): boolean {
    return this.options.unique === true;
  }

  /** The indexed columns and expressions, names resolved by column key against the table. */
  get expressions(): readonly (Column | ClauseElement)[] {
    if (this.resolved) return this.resolved;
    const table = this.table;
    if (!table) throw new ArgumentError(`Index '${this.name}' is not associated with any table.`);
    this.resolved = this.specs.map((s) => {
      if (typeof s !== 'string') return s;
      const found = table.columnByKey(s);
      if (!found) {
        throw new ConstraintColumnNotFoundError(
          `Can't create Index on table '${table.name}': no column named '${s}' is present.`,
        );
      }
      return found;
    });
    return this.resolved;
  }

  /** The table columns indexed, including those inside expressions (as SQLAlchemy's Index.columns). */
  get columns(): readonly Column[] {
    const out: Column[] = [];
    for (const e of this.expressions) for (const c of columnsIn(e)) if (!out.includes(c)) out.push(c);
    return out;
  }

  attach(table: Table): void {
    this.table = table;
    this.resolved = undefined;
    void this.expressions;
  }
}

/** The schema columns an expression mentions, in order of appearance. */
function columnsIn(element: ClauseElement): Column[] {
  if (element instanceof ColumnImpl) return [element as Column];
  const found: Column[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof ColumnImpl) {
      if (!found.includes(value as Column)) found.push(value as Column);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    if (!(value instanceof ColumnElement) && !isClauseLike(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'type' || key === 'table') continue;
      visit(child, depth + 1);
    }
  };
  visit(element, 0);
  return found;
}

function isClauseLike(value: object): boolean {
  return 'kind' in value && 'addKey' in value;
}

export type Index = IndexImpl;

class IndexConstruct extends IndexImpl {
  constructor(name: string | undefined, ...args: readonly (string | ClauseElement | IndexOptions)[]) {
    const last = args.at(-1);
    const hasOptions =
      last !== undefined && typeof last === 'object' && !(last instanceof ColumnElement) && !('kind' in last);
    super(
      name,
      (hasOptions ? args.slice(0, -1) : args) as (string | ClauseElement)[],
      hasOptions ? (last as IndexOptions) : {},
    );
  }
}

export const Index = callableClass<{
  (
    name: string | undefined,
    ...columnsThenOptions: readonly (string | ClauseElement | IndexOptions)[]
  ): IndexImpl;
  new (
    name: string | undefined,
    ...columnsThenOptions: readonly (string | ClauseElement | IndexOptions)[]
  ): IndexImpl;
}>(IndexConstruct);
