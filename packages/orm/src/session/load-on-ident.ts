// Loads by primary key for the Session (SQLAlchemy's loading.load_on_ident and friends):
// get() (identity map first), refresh(), and attribute loads for awaitableAttrs (expired or
// deferred columns in one SELECT; relationships through their 'select' loader strategy).
import {
  and,
  bindparam,
  type ColumnElement,
  InvalidRequestError,
  type Select,
  select,
  warn,
} from '@retort/core';
import { ObjectDeletedError } from '../errors/orm-errors';
import type { ColumnProperty } from '../mapper/column-property';
import type { Mapper } from '../mapper/mapper';
import { loaderStrategy } from '../mapper/relationship-extension';
import type { IdentityKey } from '../state/identity-key';
import type { InstanceState } from '../state/instance-state';
import type { GetOptions, PrimaryKeyIdentity, Session } from './session';

/** The primary key values get() was given, in the mapper's primary key order, or SQLAlchemy's errors. */
export function primaryKeyValues(mapper: Mapper, ident: PrimaryKeyIdentity): unknown[] {
  const columns = mapper.primaryKey;
  const isMapping =
    typeof ident === 'object' &&
    ident !== null &&
    !Array.isArray(ident) &&
    !(ident instanceof Uint8Array) &&
    !(ident instanceof Date);
  if (isMapping) {
    const props = columns.map((c) => mapper.propertyForColumn(c));
    const record = ident as Record<string, unknown>;
    if (
      Object.keys(record).length !== columns.length ||
      props.some((p) => p === undefined || !(p.key in record))
    ) {
      throw new InvalidRequestError(
        `Incorrect names of values in identifier to formulate primary key for session.get(); primary key attribute names are ${props.map((p) => `'${p?.key}'`).join(',')}`,
      );
    }
    return props.map((p) => record[(p as ColumnProperty).key]);
  }
  const values = Array.isArray(ident) ? [...ident] : [ident];
  if (values.length !== columns.length) {
    throw new InvalidRequestError(
      `Incorrect number of values in identifier to formulate primary key for session.get(); primary key columns are ${columns.map((c) => `'${c.table?.name}.${c.name}'`).join(',')}`,
    );
  }
  return values;
}

/** `WHERE pk_col = :pk_1 AND …` for a mapper's primary key values (SQLAlchemy's _get_clause). */
function identityCriteria(mapper: Mapper, values: readonly unknown[]): ColumnElement<boolean> {
  const criteria = mapper.primaryKey.map((column, i) =>
    column.eq(bindparam(`pk_${i + 1}`, values[i], { type: column.type }) as never),
  );
  return (criteria.length === 1 ? criteria[0] : and(...criteria)) as ColumnElement<boolean>;
}

const plainGetStatements = new WeakMap<Mapper, Select>();

/** `SELECT <entity> WHERE pk = :pk_1 …` with the key values left to the execution parameters. */
function plainGetStatement(mapper: Mapper): Select {
  let statement = plainGetStatements.get(mapper);
  if (statement === undefined) {
    const noValues = mapper.primaryKey.map(() => undefined);
    statement = select(mapper.class_)
      .where(identityCriteria(mapper, noValues))
      .setLabelStyle('tablenamePlusCol') as Select;
    plainGetStatements.set(mapper, statement);
  }
  return statement;
}

export async function getInstance(
  session: Session,
  mapper: Mapper,
  ident: PrimaryKeyIdentity,
  options: GetOptions,
): Promise<object | undefined> {
  const values = primaryKeyValues(mapper, ident);
  if (values.every((v) => v === null || v === undefined)) {
    warn(
      'fully NULL primary key identity cannot load any object. This condition may raise an error in a future release.',
    );
    return undefined;
  }
  const key = mapper.identityKeyFromPrimaryKey(values, options.identityToken);
  const populateExisting = options.populateExisting === true || options.withForUpdate !== undefined;
  if (!populateExisting) {
    const state = session.identityMap.getState(key);
    if (state !== undefined) {
      if (fullyExpired(state)) {
        try {
          await loadColumnsOf(session, state, [...state.mapper.columnAttrs.keys()]);
        } catch (error) {
          if (!(error instanceof ObjectDeletedError)) throw error;
          session.removeDeleted([state]);
          return undefined;
        }
      }
      return state.obj();
    }
  }
  const plain =
    (options.options === undefined || options.options.length === 0) &&
    (options.withForUpdate === undefined || options.withForUpdate === false);
  let statement: Select;
  let parameters: Record<string, unknown> | undefined;
  if (plain) {
    // The common get(): one statement per mapper, its key values sent as parameters, so the
    // statement, its cache key and its expanded columns are built once.
    statement = plainGetStatement(mapper);
    parameters = {};
    for (let i = 0; i < values.length; i++) parameters[`pk_${i + 1}`] = values[i];
  } else {
    statement = select(mapper.class_)
      .where(identityCriteria(mapper, values))
      .setLabelStyle('tablenamePlusCol');
    if (options.options !== undefined && options.options.length > 0)
      statement = statement.options(...options.options);
    if (options.withForUpdate !== undefined && options.withForUpdate !== false) {
      statement = statement.withForUpdate(options.withForUpdate === true ? {} : options.withForUpdate);
    }
  }
  const result = await session.execute(statement, parameters, {
    executionOptions: {
      ...options.executionOptions,
      ...(populateExisting ? { populateExisting: true } : {}),
      ...(options.identityToken !== undefined ? { identityToken: options.identityToken } : {}),
    },
  });
  return (result.scalars().oneOrNone() as object | undefined) ?? undefined;
}

function fullyExpired(state: InstanceState): boolean {
  if (state.expiredAttributes.size === 0) return false;
  for (const key of state.mapper.columnAttrs.keys()) if (!state.expiredAttributes.has(key)) return false;
  return true;
}

/**
 * Session.refresh(): expires the attributes (all, or the named ones) and loads them again; the
 * whole object with `SELECT <its columns> … WHERE pk = ?`, named columns alone, named
 * relationships through their loader.
 */
export async function refreshInstance(
  session: Session,
  state: InstanceState,
  attributeNames: readonly string[] | undefined,
  options: { readonly withForUpdate?: GetOptions['withForUpdate'] },
): Promise<void> {
  const mapper = state.mapper;
  const key = state.key as IdentityKey;
  if (attributeNames !== undefined) {
    for (const name of attributeNames) mapper.getProperty(name);
  }
  state.expire(attributeNames);
  const columnKeys = (attributeNames ?? [...mapper.columnAttrs.keys()]).filter((k) =>
    mapper.columnAttrs.has(k),
  );
  const relationshipKeys = (attributeNames ?? []).filter((k) => mapper.relationships.has(k));
  if (columnKeys.length > 0) {
    const props = columnKeys
      .map((k) => mapper.columnAttrs.get(k) as ColumnProperty)
      .filter((p) => attributeNames !== undefined || !p.deferred || mapper.primaryKey.includes(p.column));
    let statement = select(...props.map((p) => p.column)).where(identityCriteria(mapper, key.identity));
    if (options.withForUpdate !== undefined && options.withForUpdate !== false) {
      statement = statement.withForUpdate(options.withForUpdate === true ? {} : options.withForUpdate);
    }
    const row = (
      await session.execute(statement, undefined, { executionOptions: { _loadKind: 'column' } })
    ).first() as readonly unknown[] | undefined;
    if (row === undefined) {
      throw new InvalidRequestError(`Could not refresh instance '${state.describe()}'`);
    }
    const values: Record<string, unknown> = {};
    props.forEach((p, i) => {
      values[p.key] = row[i];
    });
    state.loadValues(values, { overwrite: true });
  }
  for (const name of relationshipKeys) {
    const property = mapper.relationships.get(name);
    if (property !== undefined) await loaderStrategy('select', property).loadOne?.(state, session);
  }
  const obj = state.obj();
  if (obj !== undefined && mapper.dispatch.has('refresh'))
    mapper.dispatch.dispatch('refresh', obj, undefined, attributeNames);
}

/**
 * awaitableAttrs / AttributeState.loadHistory(): loads unloaded attributes of a persistent object.
 * An expired column loads with every expired column of the object, a deferred one with its group.
 */
export async function loadAttributesOf(
  session: Session,
  state: InstanceState,
  keys: readonly string[],
): Promise<void> {
  if (state.key === undefined) return;
  const mapper = state.mapper;
  const columns = new Set<string>();
  for (const key of keys) {
    const prop = mapper.columnAttrs.get(key);
    if (prop === undefined || key in state.dict) continue;
    columns.add(key);
    if (state.expiredAttributes.has(key)) {
      for (const expired of state.expiredAttributes) {
        if (mapper.columnAttrs.has(expired) && !state.committedState.has(expired)) columns.add(expired);
      }
    }
    if (prop.group !== undefined) {
      for (const other of mapper.columnAttrs.values()) {
        if (other.group === prop.group && !(other.key in state.dict)) columns.add(other.key);
      }
    }
  }
  if (columns.size > 0) await loadColumnsOf(session, state, [...columns]);
  for (const key of keys) {
    const property = mapper.relationships.get(key);
    if (property === undefined || !property.impl.loadRequired(state)) continue;
    const strategy = loaderStrategy('select', property);
    if (strategy.loadOne === undefined) {
      throw new InvalidRequestError(
        `${property}: the 'select' loader strategy cannot load one object's attribute`,
      );
    }
    await strategy.loadOne(state, session);
  }
}

/**
 * One SELECT by primary key for some column attributes of a persistent object (SQLAlchemy's
 * load_scalar_attributes: `SELECT users.bio AS users_bio FROM users WHERE users.id = ?`).
 * ObjectDeletedError when the row is gone.
 */
export async function loadColumnsOf(
  session: Session,
  state: InstanceState,
  keys: readonly string[],
): Promise<void> {
  const mapper = state.mapper;
  const key = state.key;
  if (key === undefined || keys.length === 0) return;
  const all = keys.length === mapper.columnAttrs.size;
  const props = all
    ? [...mapper.columnAttrs.values()].filter((p) => !p.deferred || keys.includes(p.key))
    : keys.map((k) => mapper.columnAttrs.get(k) as ColumnProperty);
  const statement = select(...props.map((p) => p.column))
    .where(identityCriteria(mapper, key.identity))
    .setLabelStyle('tablenamePlusCol');
  const row = (
    await session.execute(statement, undefined, {
      executionOptions: { autoflush: false, _loadKind: 'column' },
    })
  ).first() as readonly unknown[] | undefined;
  if (row === undefined) {
    throw new ObjectDeletedError(
      `Instance '${state.describe()}' has been deleted, or its row is otherwise not present.`,
    );
  }
  const values: Record<string, unknown> = {};
  props.forEach((p, i) => {
    values[p.key] = row[i];
  });
  state.loadValues(values);
}
