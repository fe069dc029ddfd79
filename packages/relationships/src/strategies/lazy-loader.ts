// lazy='select' (SQLAlchemy's LazyLoader): loads one object's relationship when it is awaited
// (`await user.awaitableAttrs.posts`), with the relationship's criterion bound to the object's
// keys; a many-to-one by primary key is taken from the identity map without SQL when it can be.
import { BindParameter, type ColumnClause, InvalidRequestError, select, warn } from '@retort/core';
import {
  type InstanceState,
  type LoaderStrategy,
  NO_VALUE,
  optionsBelow,
  type RelationshipProperty,
  type Session,
} from '@retort/orm';
import { type ConfiguredRelationship, configuredRelationship } from '../configured-relationship';
import { reportLazyLoad } from '../n-plus-one';
import { effectiveLazy } from './effective-lazy';

export class LazyLoader implements LoaderStrategy {
  readonly name = 'select';

  constructor(private readonly property: RelationshipProperty) {}

  loadOne(state: InstanceState, session: Session): Promise<void> {
    return this.load(state, session, true);
  }

  /** Loads the relationship of one object; `detect`: report N+1 patterns (lazy loads, not immediateload). */
  async load(state: InstanceState, session: Session, detect: boolean): Promise<void> {
    const property = this.property;
    const config = configuredRelationship(property);
    const lazy = effectiveLazy(property, state);
    if (lazy === 'raise') throw notAvailable(property, lazy);
    if (lazy === 'noload') {
      state.loadValues({ [property.key]: property.uselist ? [] : null });
      return;
    }
    const known = resolveWithoutSql(config, state);
    if (known !== NO_VALUE) {
      state.loadValues({ [property.key]: known });
      return;
    }
    if (lazy === 'raise_on_sql') throw notAvailable(property, lazy);
    // The key values the criterion binds, if expired, are loaded first (SQLAlchemy refreshes them too).
    const unloaded = config.join.localColumns.size === 0 ? [] : missingKeys(config, state);
    if (unloaded.length > 0) {
      await session.loadAttributes(state, unloaded);
      const now = resolveWithoutSql(config, state);
      if (now !== NO_VALUE) {
        state.loadValues({ [property.key]: now });
        return;
      }
    }
    if (detect) reportLazyLoad(session, state, property);
    const criterion = config.join.lazyClause(false, (column) => committedBind(state, column));
    let statement = select(property.mapper.class_).where(criterion).setLabelStyle('tablenamePlusCol');
    if (config.orderBy.length > 0) statement = statement.orderBy(...config.orderBy);
    const below = optionsBelow(state.loadOptions, property.parent, property);
    if (below.length > 0) statement = statement.options(...below);
    const objects = (await session.execute(statement)).scalars().all() as object[];
    if (property.uselist) {
      state.loadValues({ [property.key]: objects });
      return;
    }
    if (objects.length > 1) {
      warn(`Multiple rows returned with uselist=False for lazily-loaded attribute '${property}' `);
    }
    state.loadValues({ [property.key]: objects[0] ?? null });
  }
}

/** SQLAlchemy's message for a relationship that refuses to load. */
export function notAvailable(property: RelationshipProperty, lazy: string): InvalidRequestError {
  return new InvalidRequestError(`'${property}' is not available due to lazy='${lazy}'`);
}

/**
 * A many-to-one's value when no SQL is needed (SQLAlchemy's use_get): null when the foreign key is
 * NULL, the target when the identity map has it. NO_VALUE when a SELECT is needed.
 */
export function resolveWithoutSql(config: ConfiguredRelationship, state: InstanceState): unknown {
  if (config.direction !== 'MANYTOONE') return NO_VALUE;
  const property = config.property;
  const values: Record<string, unknown> = {};
  for (const [local] of config.join.localRemotePairs) {
    const prop = property.parent.propertyForColumn(local as never);
    if (prop === undefined) return NO_VALUE;
    const value = committedValue(state, prop.key);
    if (value === NO_VALUE) return NO_VALUE;
    if (value === null || value === undefined) return null;
    values[prop.key] = value;
  }
  const key = config.targetKey(state, values);
  const map = state.identityMap;
  if (key === undefined || map === undefined) return NO_VALUE;
  return map.get(property.mapper.identityKeyFromPrimaryKey(key)) ?? NO_VALUE;
}

/** The value an attribute had when loaded (a lazy load looks for what the database holds). */
export function committedValue(state: InstanceState, key: string): unknown {
  if (state.committedState.has(key)) return state.committedState.get(key);
  return key in state.dict ? state.dict[key] : NO_VALUE;
}

function committedBind(state: InstanceState, column: ColumnClause): BindParameter {
  const prop = state.mapper.propertyForColumn(column as never);
  const value = prop === undefined ? NO_VALUE : committedValue(state, prop.key);
  if (value === NO_VALUE) {
    throw new InvalidRequestError(
      `${state.describe()}: ${column.table?.fromName}.${column.name} is not loaded, so its relationships cannot be loaded; refresh the object first (await session.refresh(obj))`,
    );
  }
  return new BindParameter('param', value, column.type, { unique: true });
}

/** The parent's attributes the lazy clause binds that are not loaded (expired after a commit). */
function missingKeys(config: ConfiguredRelationship, state: InstanceState): string[] {
  const table = config.join.secondary;
  const keys = new Set<string>();
  for (const [local] of config.join.localRemotePairs) {
    if (table !== undefined && local.table !== config.property.parent.localTable) continue;
    const prop = state.mapper.propertyForColumn(local as never);
    if (prop !== undefined && committedValue(state, prop.key) === NO_VALUE) keys.add(prop.key);
  }
  return [...keys];
}
