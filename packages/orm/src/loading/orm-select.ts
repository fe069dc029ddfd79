// ORM-enabled SELECT execution for the Session (SQLAlchemy's ORMSelectCompileState + loading):
// which row columns belong to which entity or attribute, joined loaders' additions, hydration
// through the identity map, post-load strategies, and rows keyed by entity and attribute names.
import {
  type ClauseElement,
  type ColumnElement,
  type Connection,
  type DriverCursor,
  type ExecutionOptions,
  FromClause,
  InvalidRequestError,
  Result,
  type RowBase,
  rowClassFor,
  type ScalarResult,
  type Select,
  StreamingResult,
} from '@retort/core';
import type { OrmEntity } from '../mapper/orm-entity';
import type { AliasedInsp } from '../query/aliased';
import { describeColumnsClause } from '../query/columns-clause';
import { selectedProperties } from '../query/entity-columns';
import type { Session } from '../session/session';
import { EntityLoader } from './entity-loader';
import { type EntityRowReader, type JoinedLoadSetup, QueryContext } from './query-context';

type Params = Readonly<Record<string, unknown>>;
type RowClass = ReturnType<typeof rowClassFor>;

/** Where one element of an ORM row comes from. */
type Element =
  | { readonly kind: 'entity'; readonly loader: EntityLoader }
  | { readonly kind: 'column'; readonly index: number };

interface Plan {
  readonly statement: Select;
  readonly context: QueryContext;
  readonly elements: readonly Element[];
  /** Row keys for the elements; undefined entries are named after the core result's keys. */
  readonly names: readonly (string | undefined)[];
  /** Every entity loader, the statement's own and joined loaders' (post-load runs on all). */
  readonly loaders: readonly EntityLoader[];
}

/** Whether a select has entities or attributes among its columns (it is ORM-enabled). */
export function isOrmSelect(select: Select): boolean {
  return describeColumnsClause(select.state.rawColumns).some((e) => e.kind !== 'expression');
}

/** The ORM entities among a select's columns. */
export function entitiesOf(select: Select): OrmEntity[] {
  const out: OrmEntity[] = [];
  for (const entry of describeColumnsClause(select.state.rawColumns)) {
    if (entry.kind !== 'expression' && !out.includes(entry.entity)) out.push(entry.entity);
  }
  return out;
}

function columnCount(arg: unknown): number {
  if (arg instanceof FromClause)
    return arg.columnList.filter((c) => !(c as { system?: boolean }).system).length;
  return 1;
}

function entityName(entity: OrmEntity): string {
  return entity.isAliasedClass
    ? ((entity as AliasedInsp).name ?? entity.mapper.className)
    : entity.mapper.className;
}

/** The row elements for a list of select()/returning() arguments, their names and entity loaders. */
function elementsFor(
  context: QueryContext,
  raw: readonly unknown[],
  options: readonly unknown[],
  /** Row index of each selected column when the row selects repeated columns once (see dedupedColumns). */
  rowIndex: (position: number) => number = (position) => position,
): { elements: Element[]; names: (string | undefined)[]; loaders: EntityLoader[]; width: number } {
  const elements: Element[] = [];
  const names: (string | undefined)[] = [];
  const loaders: EntityLoader[] = [];
  let offset = 0;
  describeColumnsClause(raw).forEach((entry, i) => {
    if (entry.kind === 'entity') {
      const props = selectedProperties(entry.entity, options);
      const start = offset;
      const indexes = props.map((_, j) => rowIndex(start + j));
      const loader = new EntityLoader(context, entry.entity, props, indexes, options);
      loaders.push(loader);
      elements.push({ kind: 'entity', loader });
      names.push(entityName(entry.entity));
      offset += props.length;
    } else if (entry.kind === 'attribute') {
      elements.push({ kind: 'column', index: rowIndex(offset++) });
      names.push(entry.attribute.attributeKey);
    } else {
      const n = columnCount(raw[i]);
      for (let j = 0; j < n; j++) {
        elements.push({ kind: 'column', index: rowIndex(offset++) });
        names.push(undefined);
      }
    }
  });
  return { elements, names, loaders, width: offset };
}

/**
 * A column selected by several elements is rendered once (SQLAlchemy's dedupe_columns):
 * `select(Post.author_id, Post)` selects `posts.author_id` once and both read it. Gives the
 * columns to render and where each selected column lands in the row.
 */
function dedupedColumns(columns: readonly unknown[]): {
  unique: unknown[];
  rowIndex: (position: number) => number;
} {
  const unique: unknown[] = [];
  const indexes = columns.map((column) => {
    const found = unique.indexOf(column);
    if (found >= 0) return found;
    unique.push(column);
    return unique.length - 1;
  });
  return { unique, rowIndex: (position) => indexes[position] ?? position };
}

function newContext(
  session: Session,
  select: Select | undefined,
  options: readonly unknown[],
  executionOptions: ExecutionOptions,
): QueryContext {
  return new QueryContext(
    session,
    select as Select,
    options,
    executionOptions,
    executionOptions.populateExisting === true,
    executionOptions.identityToken as string | undefined,
  );
}

function plan(session: Session, select: Select, executionOptions: ExecutionOptions): Plan {
  const options = select.state.options;
  const context = newContext(session, select, options, executionOptions);
  const selected = select.selectedColumns;
  const { unique, rowIndex } = dedupedColumns(selected);
  const { elements, names, loaders, width } = elementsFor(
    context,
    select.state.rawColumns,
    options,
    rowIndex,
  );
  if (width !== selected.length) {
    throw new InvalidRequestError(
      `The ORM could not match the ${selected.length} selected columns to the statement's entities (${width} expected)`,
    );
  }
  let offset = unique.length;
  let statement =
    unique.length === selected.length
      ? select
      : (select.withOnlyColumns(...(unique as ColumnElement[])) as unknown as Select);
  const setupLoader = (loader: EntityLoader): void => {
    loader.setupRelationships((property, strategy, below) => {
      const setup: JoinedLoadSetup = {
        context,
        parent: loader.entity,
        property,
        options: below,
        join(target, onclause, joinOptions = {}) {
          statement = joinOptions.innerjoin
            ? statement.join(target, onclause as ColumnElement<boolean | null>)
            : statement.outerjoin(target, onclause as ColumnElement<boolean | null>);
          context.statement = statement;
        },
        addEntity(entity, entityOptions = []): EntityRowReader {
          const props = selectedProperties(entity, entityOptions);
          const indexes: number[] = [];
          const child = new EntityLoader(context, entity, props, indexes, entityOptions);
          loaders.push(child);
          // The eager loads below this entity add their joins and columns first: SQLAlchemy
          // appends a joined entity's columns after those of the joined entities it loads.
          setupLoader(child);
          statement = statement.addColumns(...props.map((p) => entity.columnFor(p))) as unknown as Select;
          context.statement = statement;
          for (let i = 0; i < props.length; i++) indexes.push(offset + i);
          offset += props.length;
          return (row) => child.read(row);
        },
        requireUnique() {
          context.requiresUnique = true;
        },
        orderBy(...clauses) {
          statement = statement.orderBy(...clauses);
          context.statement = statement;
        },
      };
      const populator = strategy.setupQuery?.(setup);
      if (populator !== undefined) loader.populators.push(populator);
    });
  };
  for (const loader of [...loaders]) setupLoader(loader);
  context.statement = statement;
  return { statement, context, elements, names, loaders };
}

/** Unique row keys: SQLAlchemy's names, `_1`, `_2` … for repeats. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    return count === 0 ? name : `${name}_${count}`;
  });
}

function rowKeys(p: Plan, coreKeys: readonly string[]): string[] {
  return uniqueNames(
    p.names.map((name, i) => {
      if (name !== undefined) return name;
      const element = p.elements[i] as Element;
      return element.kind === 'column' ? (coreKeys[element.index] ?? `column_${i}`) : `column_${i}`;
    }),
  );
}

/** The ORM row of one core row: objects through their loaders, plain values copied. */
function hydrate(elements: readonly Element[], Row: RowClass, row: readonly unknown[]): RowBase {
  const out = new Row(elements.length);
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    out[i] = element.kind === 'entity' ? (element.loader.read(row) ?? null) : row[element.index];
  }
  return out;
}

/** hydrate() for every row. */
function hydrateAll(elements: readonly Element[], Row: RowClass, rows: readonly unknown[]): RowBase[] {
  const out = new Array<RowBase>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = hydrate(elements, Row, rows[i] as readonly unknown[]);
  return out;
}

async function postLoad(p: Plan): Promise<void> {
  for (const loader of p.loaders) await loader.postLoad();
}

/** Runs an ORM-enabled select on `connection` and returns its rows of objects and values. */
export async function executeOrmSelect(
  session: Session,
  connection: Connection,
  select: Select,
  parameters: Params | undefined,
  executionOptions: ExecutionOptions,
): Promise<Result<unknown>> {
  const p = plan(session, select, executionOptions);
  // Plain arrays: the rows are only read by position here, to make the objects.
  const core = await connection.execute(p.statement as ClauseElement, parameters, {
    ...executionOptions,
    '~plainRows': true,
  });
  const keys = rowKeys(p, core.keys());
  const rows = hydrateAll(p.elements, rowClassFor(keys), core.all());
  await postLoad(p);
  const init = { keys, rows, rowcount: core.rowcount };
  return p.context.requiresUnique ? new UniqueRequiredResult(init) : new Result(init);
}

/**
 * Rows of objects from an executed statement's rows (RETURNING of ORM DML): `raw` are the
 * returning() arguments; the row's first columns are theirs.
 */
export async function ormRows(
  session: Session,
  raw: readonly unknown[],
  result: Result<unknown>,
  executionOptions: ExecutionOptions,
  _extraColumns: number,
): Promise<Result<unknown>> {
  const context = newContext(session, undefined, [], executionOptions);
  const { elements, names, loaders } = elementsFor(context, raw, []);
  const p: Plan = { statement: undefined as unknown as Select, context, elements, names, loaders };
  const keys = rowKeys(p, result.keys());
  const rows = hydrateAll(p.elements, rowClassFor(keys), result.all());
  await postLoad(p);
  return new Result({ keys, rows, rowcount: result.rowcount });
}

/** Streams an ORM-enabled select: objects are hydrated batch by batch as the caller iterates. */
export async function streamOrmSelect(
  session: Session,
  connection: Connection,
  select: Select,
  parameters: Params | undefined,
  executionOptions: ExecutionOptions,
): Promise<StreamingResult<unknown>> {
  const p = plan(session, select, executionOptions);
  if (p.context.requiresUnique) {
    throw new InvalidRequestError(
      "Can't use the joined eager loading of collections with stream(); use selectinload() instead",
    );
  }
  const core = await connection.stream(p.statement as ClauseElement, parameters, executionOptions);
  const keys = rowKeys(p, core.keys());
  const Row = rowClassFor(keys);
  const cursor: DriverCursor = {
    columns: keys.map((name) => ({ name })),
    async fetch(size) {
      // Between batches, let the event loop turn: the identity map lets its new entries go weak only
      // in a later turn, which a synchronous driver never reaches, so without this every streamed
      // object would stay held.
      await new Promise(setImmediate);
      const batch = await core.fetchmany(size);
      const out = hydrateAll(p.elements, Row, batch);
      await postLoad(p);
      for (const loader of p.loaders) loader.resetBatch();
      return out;
    },
    close: () => core.close(),
  };
  return new StreamingResult({
    cursor,
    keys,
    build: (raw) => raw as RowBase[],
    batchSize: executionOptions.yieldPer ?? 1000,
    translate: (error) => error as never,
  });
}

const UNIQUE_MESSAGE =
  'The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections';

/** A result whose rows repeat objects (joined collections): fetching without unique() is refused, as in SQLAlchemy. */
class UniqueRequiredResult extends Result<unknown> {
  private check(): void {
    if (this.uniqueSeen === undefined) throw new InvalidRequestError(UNIQUE_MESSAGE);
  }

  override all(): never[] {
    this.check();
    return super.all() as never[];
  }

  override first(): never {
    this.check();
    return super.first() as never;
  }

  override one(): never {
    this.check();
    return super.one() as never;
  }

  override oneOrNone(): never {
    this.check();
    return super.oneOrNone() as never;
  }

  override fetchone(): never {
    this.check();
    return super.fetchone() as never;
  }

  override fetchmany(size?: number): never[] {
    this.check();
    return super.fetchmany(size) as never[];
  }

  override scalars(column: number | string = 0): ScalarResult<unknown> {
    const inner = super.scalars(column);
    if (this.uniqueSeen !== undefined) return inner.unique();
    const guard = (): never => {
      throw new InvalidRequestError(UNIQUE_MESSAGE);
    };
    let unique = false;
    return new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === 'unique') {
          return () => {
            unique = true;
            target.unique();
            return receiver;
          };
        }
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (
            !unique &&
            ['all', 'first', 'one', 'oneOrNone', 'fetchone', 'fetchmany', 'fetchall'].includes(String(prop))
          )
            guard();
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
}
