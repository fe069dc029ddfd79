// lazy='selectin' and selectinload() (SQLAlchemy's SelectInLoader): after the query, one SELECT …
// WHERE key IN (…) per 500 parents loads the relationship of all of them. A many-to-one selects
// the targets by primary key, a one-to-many by the children's foreign key, anything else joins
// from an alias of the parent. Called by the query layer's post-load step.
import {
  bindparam,
  type ColumnClause,
  type ColumnElement,
  InvalidRequestError,
  type Select,
  select,
  tuple,
} from '@retort/core';
import {
  aliased,
  type InstanceState,
  type LoaderOption,
  type LoaderStrategy,
  NO_VALUE,
  type RelationshipProperty,
  type Session,
} from '@retort/orm';
import { type ConfiguredRelationship, configuredRelationship } from '../configured-relationship';

/** Parents per SELECT, as SQLAlchemy's SelectInLoader._chunksize. */
export const SELECTIN_CHUNK_SIZE = 500;

type Key = readonly unknown[];

export class SelectInLoader implements LoaderStrategy {
  readonly name = 'selectin';

  constructor(private readonly property: RelationshipProperty) {}

  async loadMany(
    states: readonly InstanceState[],
    session: Session,
    options: readonly unknown[],
  ): Promise<void> {
    const config = configuredRelationship(this.property);
    const below = options as readonly LoaderOption[];
    const form = queryForm(config);
    if (form === 'child') {
      if (await this.loadViaChild(config, states, session, below)) return;
    } else if (form === 'parent') {
      await this.loadViaParent(config, states, session, below);
      return;
    }
    await this.loadWithJoin(config, states, session, below);
  }

  /** Many-to-one by the target's primary key: `SELECT users.* FROM users WHERE users.id IN (…)`. */
  private async loadViaChild(
    config: ConfiguredRelationship,
    states: readonly InstanceState[],
    session: Session,
    options: readonly LoaderOption[],
  ): Promise<boolean> {
    const property = this.property;
    const target = property.mapper;
    const byKey = new Map<string, { key: Key; states: InstanceState[] }>();
    const none: InstanceState[] = [];
    for (const state of states) {
      const values: Record<string, unknown> = {};
      let missing = false;
      let isNull = false;
      for (const [local] of config.join.localRemotePairs) {
        const prop = property.parent.propertyForColumn(local as never);
        const value = prop === undefined || !(prop.key in state.dict) ? NO_VALUE : state.dict[prop.key];
        if (prop === undefined || value === NO_VALUE) missing = true;
        else if (value === null || value === undefined) isNull = true;
        else values[prop.key] = value;
      }
      // A parent whose foreign key is not loaded (deferred): fall back to the joined form, as SQLAlchemy does.
      if (missing) return false;
      if (isNull) {
        none.push(state);
        continue;
      }
      const key = config.targetKey(state, values) as Key;
      const id = keyId(key);
      const entry = byKey.get(id) ?? { key, states: [] };
      entry.states.push(state);
      byKey.set(id, entry);
    }
    const entries = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
    const pk = target.primaryKey as readonly ColumnClause[];
    for (let i = 0; i < entries.length; i += SELECTIN_CHUNK_SIZE) {
      const chunk = entries.slice(i, i + SELECTIN_CHUNK_SIZE);
      let statement = (select(target.class_) as unknown as Select)
        .where(
          inClause(
            pk,
            chunk.map((e) => e.key),
          ),
        )
        .setLabelStyle('tablenamePlusCol');
      statement = withOptions(statement, options);
      const objects = (await execute(session, statement)).scalars().all() as object[];
      const found = new Map<string, object>();
      for (const obj of objects) {
        const key = target.primaryKeyFromInstance(obj);
        if (key !== undefined) found.set(keyId(key), obj);
      }
      for (const entry of chunk) {
        const obj = found.get(keyId(entry.key)) ?? null;
        for (const state of entry.states) this.store(state, property.uselist ? (obj ? [obj] : []) : obj);
      }
    }
    for (const state of none) this.store(state, property.uselist ? [] : null);
    return true;
  }

  /** One-to-many by the children's foreign key: `SELECT posts.author_id, posts.* FROM posts WHERE posts.author_id IN (…)`. */
  private async loadViaParent(
    config: ConfiguredRelationship,
    states: readonly InstanceState[],
    session: Session,
    options: readonly LoaderOption[],
  ): Promise<void> {
    const property = this.property;
    const target = property.mapper;
    const parentPk = property.parent.primaryKey;
    // The children's columns that hold the parent's primary key, in primary key order.
    const remote = parentPk.map(
      (pk) => config.join.localRemotePairs.find(([local]) => local === pk)?.[1] as ColumnClause,
    );
    const attributes = remote.map((column) => {
      const prop = target.propertyForColumn(column as never);
      if (prop === undefined)
        throw new InvalidRequestError(`${target.className} maps no attribute to ${column.name}`);
      return (target.class_ as unknown as Record<string, unknown>)[prop.key];
    });
    const parents = states.filter((s) => s.key !== undefined);
    for (let i = 0; i < parents.length; i += SELECTIN_CHUNK_SIZE) {
      const chunk = parents.slice(i, i + SELECTIN_CHUNK_SIZE);
      let statement = (select(...(attributes as never[]), target.class_ as never) as unknown as Select)
        .where(
          inClause(
            remote,
            chunk.map((s) => s.key?.identity as Key),
          ),
        )
        .setLabelStyle('tablenamePlusCol');
      if (config.orderBy.length > 0) statement = statement.orderBy(...config.orderBy);
      statement = withOptions(statement, options);
      const rows = (await execute(session, statement)).all() as unknown as readonly (readonly unknown[])[];
      this.assign(chunk, rows, remote.length);
    }
  }

  /** Anything else (many-to-many, custom joins): from an alias of the parent, joined along the relationship. */
  private async loadWithJoin(
    config: ConfiguredRelationship,
    states: readonly InstanceState[],
    session: Session,
    options: readonly LoaderOption[],
  ): Promise<void> {
    const property = this.property;
    const parentAlias = aliased(property.parent.class_ as never) as unknown as Record<string, unknown>;
    const pkAttributes = property.parent.primaryKey.map((column) => {
      const prop = property.parent.propertyForColumn(column);
      return parentAlias[prop?.key ?? column.name];
    });
    const pkColumns = pkAttributes as unknown as readonly ColumnElement[];
    const parents = states.filter((s) => s.key !== undefined);
    for (let i = 0; i < parents.length; i += SELECTIN_CHUNK_SIZE) {
      const chunk = parents.slice(i, i + SELECTIN_CHUNK_SIZE);
      let statement = (
        select(...(pkAttributes as never[]), property.mapper.class_ as never) as unknown as Select
      )
        .selectFrom(parentAlias)
        .join(parentAlias[property.key] as never)
        .where(
          inClause(
            pkColumns,
            chunk.map((s) => s.key?.identity as Key),
          ),
        )
        .setLabelStyle('tablenamePlusCol');
      if (config.orderBy.length > 0) statement = statement.orderBy(...config.orderBy);
      statement = withOptions(statement, options);
      const rows = (await execute(session, statement)).all() as unknown as readonly (readonly unknown[])[];
      this.assign(chunk, rows, pkColumns.length);
    }
  }

  /** Rows of `(key…, object)` grouped by key into each parent's collection. */
  private assign(
    parents: readonly InstanceState[],
    rows: readonly (readonly unknown[])[],
    width: number,
  ): void {
    const data = new Map<unknown, object[]>();
    for (const row of rows) {
      const id = width === 1 ? groupKey(row[0]) : keyId(row.slice(0, width));
      const obj = row[width] as object;
      const list = data.get(id);
      if (list === undefined) data.set(id, [obj]);
      else if (!list.includes(obj)) list.push(obj);
    }
    for (const state of parents) {
      const identity = state.key?.identity ?? [];
      const collection = data.get(width === 1 ? groupKey(identity[0]) : keyId(identity)) ?? [];
      this.store(state, this.property.uselist ? collection : (collection[0] ?? null));
    }
  }

  private store(state: InstanceState, value: unknown): void {
    state.loadValues({ [this.property.key]: value }, { overwrite: true });
  }
}

/** Which SELECT SQLAlchemy uses (its omit_join forms, or the join from an aliased parent). */
function queryForm(config: ConfiguredRelationship): 'child' | 'parent' | 'join' {
  const join = config.join;
  if (join.secondary !== undefined) return 'join';
  const pairs = join.localRemotePairs;
  if (config.direction === 'MANYTOONE') {
    const pk = config.property.mapper.primaryKey as readonly ColumnClause[];
    const remote = pairs.map(([, r]) => r);
    return pk.length === remote.length && pk.every((c) => remote.includes(c)) && onlyEqualities(config)
      ? 'child'
      : 'join';
  }
  const pk = config.property.parent.primaryKey as readonly ColumnClause[];
  const local = pairs.map(([l]) => l);
  return pk.length === local.length && pk.every((c) => local.includes(c)) && onlyEqualities(config)
    ? 'parent'
    : 'join';
}

/** The join is nothing but `a = b` pairs (no extra criteria the IN form would lose). */
function onlyEqualities(config: ConfiguredRelationship): boolean {
  return config.property.options.primaryjoin === undefined;
}

/** `col IN (:primary_keys)`, or `(a, b) IN (…)` for composite keys, as one expanding parameter. */
function inClause(columns: readonly ColumnElement[], keys: readonly Key[]): ColumnElement<boolean> {
  if (columns.length === 1) {
    return (columns[0] as ColumnElement).in(
      bindparam('primary_keys', keys.map((k) => k[0]) as never, {
        expanding: true,
        type: (columns[0] as ColumnElement).type,
      }) as never,
    );
  }
  return tuple(...(columns as ColumnElement[])).in(keys.map((k) => tuple(...(k as never[]))) as never);
}

function withOptions(statement: Select, options: readonly LoaderOption[]): Select {
  return options.length > 0 ? statement.options(...options) : statement;
}

function execute(session: Session, statement: Select) {
  return session.execute(statement, undefined, { executionOptions: { autoflush: false } });
}

/** A one-column key as a Map key: numbers, strings and bigints as they are; anything else by keyId(). */
function groupKey(value: unknown): unknown {
  const type = typeof value;
  return type === 'number' || type === 'string' || type === 'bigint' ? value : keyId([value]);
}

function keyId(key: readonly unknown[]): string {
  return key.map((v) => `${typeof v}:${String(v)}`).join('|');
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}
