// Turns the columns of one entity in a result row into its object (SQLAlchemy's loading.instances
// for one entity): the identity map first, a new instance without its constructor otherwise,
// partial fills of unloaded attributes, populateExisting, and the relationship loaders' hooks.
import { EVENTS } from '@retort/core';
import type { ColumnProperty } from '../mapper/column-property';
import type { OrmEntity } from '../mapper/orm-entity';
import { type LoaderStrategy, loaderStrategy } from '../mapper/relationship-extension';
import type { RelationshipProperty } from '../mapper/relationship-property';
import type { LoaderOption } from '../query/loader-options';
import { IdentityKey, type IdentityMapKey, plainMapKey } from '../state/identity-key';
import { entryState, type IdentityTable } from '../state/identity-map';
import type { InstanceState, LoadOrigin } from '../state/instance-state';
import { optionStrategy, optionsBelow, type QueryContext, type RowPopulator } from './query-context';

/** `lazy` values that need nothing when rows load: the attribute loads on access, or never. */
const ON_ACCESS = new Set(['select', 'raise', 'raise_on_sql', 'noload', 'write_only', 'dynamic']);

interface PostLoad {
  readonly strategy: LoaderStrategy;
  readonly property: RelationshipProperty;
  readonly options: readonly unknown[];
}

/** Numbers loader runs (a statement, or a streamed batch), for InstanceState.loadMark. */
let runCounter = 0;

export class EntityLoader {
  /** Objects this run loaded, in row order, each once (kept only when a post-load strategy needs them). */
  readonly states: InstanceState[] = [];
  readonly populators: RowPopulator[] = [];
  readonly postLoads: PostLoad[] = [];
  private readonly pkPositions: readonly number[];
  private readonly keys: readonly string[];
  /** The row index of each property's column (a joined entity's are filled in after construction). */
  private readonly indexes: readonly number[];
  /** What the objects of this run share: the query execution and this entity's loader options. */
  private readonly origin: LoadOrigin;
  /** This run's number: a state's loadMark is `run` once read in this run, `-run` if also new (or overwritten). */
  private run = ++runCounter;
  // Settled on the first row (see prepare()).
  private prepared = false;
  private pkIndexes: readonly number[] = [];
  /** The row index of the key column when the key is one column, else -1. */
  private pkIndex = -1;
  private table: IdentityTable | undefined;
  private proto: object | undefined;
  private loadEvent = false;
  private loadedAsPersistent = false;

  constructor(
    readonly context: QueryContext,
    readonly entity: OrmEntity,
    /** The entity's selected column properties, in the order of their columns in the row. */
    readonly props: readonly ColumnProperty[],
    /**
     * Where the entity's first column is in the row, or each property's column index when the
     * statement selects a column once for several elements (SQLAlchemy's dedupe_columns).
     */
    position: number | readonly number[],
    /** The statement's options as they apply to this entity (loader options for its relationships). */
    readonly options: readonly unknown[],
  ) {
    const mapper = entity.mapper;
    this.keys = props.map((p) => p.key);
    this.indexes = typeof position === 'number' ? props.map((_, i) => position + i) : position;
    this.origin = { context, options };
    this.pkPositions = mapper.primaryKey.map((column) => {
      const prop = mapper.propertyForColumn(column);
      const index = prop === undefined ? -1 : props.indexOf(prop);
      if (index < 0) {
        throw new Error(
          `${mapper.className}: primary key column ${column.name} is not selected with the entity`,
        );
      }
      return index;
    });
  }

  /** Asks the relationship loader strategies for their query-time and post-load work. */
  setupRelationships(
    setup: (
      property: RelationshipProperty,
      strategy: LoaderStrategy,
      options: readonly LoaderOption[],
    ) => void,
  ): void {
    for (const property of this.entity.mapper.relationships.values()) {
      const lazy = optionStrategy(this.options, this.entity, property) ?? property.lazy;
      if (ON_ACCESS.has(lazy)) continue;
      const strategy = loaderStrategy(lazy, property);
      const below = optionsBelow(this.options, this.entity, property);
      if (strategy.setupQuery !== undefined) setup(property, strategy, below);
      if (strategy.loadMany !== undefined) this.postLoads.push({ strategy, property, options: below });
    }
  }

  /**
   * What stays the same for every row of a run, settled on its first row: the key columns' row
   * indexes (a joined entity's are known only once the statement is complete), the identity
   * map's table, whether anyone listens to the load events (as SQLAlchemy decides once per query).
   */
  private prepare(): void {
    const mapper = this.entity.mapper;
    mapper.registry.configure();
    this.pkIndexes = this.pkPositions.map((i) => this.indexes[i] as number);
    this.pkIndex =
      this.pkIndexes.length === 1 && this.context.identityToken === undefined
        ? (this.pkIndexes[0] as number)
        : -1;
    const session = this.context.session;
    this.table = session.identityMap.tableFor(mapper);
    this.proto = mapper.class_.prototype as object;
    mapper.keepShapes(this.keys);
    this.loadEvent = mapper.dispatch.has('load');
    this.loadedAsPersistent = session[EVENTS].has('loadedAsPersistent');
    this.prepared = true;
  }

  /** The object of this row, or undefined when the entity's key columns are NULL. */
  read(row: readonly unknown[]): object | undefined {
    if (!this.prepared) this.prepare();
    const mapper = this.entity.mapper;
    const table = this.table as IdentityTable;
    let key: IdentityKey | undefined;
    let mapKey: IdentityMapKey | undefined;
    if (this.pkIndex >= 0) {
      const value = row[this.pkIndex];
      if (value === null || value === undefined) return undefined;
      mapKey = plainMapKey(value);
    }
    if (mapKey === undefined) {
      const identity: unknown[] = new Array(this.pkIndexes.length);
      for (let i = 0; i < identity.length; i++) {
        const value = row[this.pkIndexes[i] as number];
        if (value === null || value === undefined) return undefined;
        identity[i] = value;
      }
      key = new IdentityKey(mapper, identity, this.context.identityToken);
      mapKey = key.mapKey;
    }
    const run = this.run;
    let state = entryState(table.get(mapKey));
    let obj = state?.obj();
    if (state !== undefined && obj !== undefined) {
      const mark = state.loadMark;
      if (mark !== run && mark !== -run) {
        if (this.context.populateExisting) {
          state.loadValues(this.values(row), { overwrite: true });
          state.loadMark = -run;
          if (mapper.dispatch.has('refresh'))
            mapper.dispatch.dispatch('refresh', obj, this.context, undefined);
        } else {
          this.fillUnloaded(state, row);
          state.loadMark = run;
        }
        if (this.postLoads.length > 0) this.states.push(state);
      }
    } else {
      obj = Object.create(this.proto as object) as object;
      state = mapper.attachState(obj, false);
      // A new object has no history or expiry to respect, and column values load as they are.
      const dict = state.dict;
      const keys = this.keys;
      const indexes = this.indexes;
      for (let i = 0; i < keys.length; i++) dict[keys[i] as string] = row[indexes[i] as number];
      state.key = key ?? new IdentityKey(mapper, [row[this.pkIndex]], undefined, mapKey);
      state.origin = this.origin;
      state.loadMark = -run;
      const session = this.context.session;
      session.identityMap.addLoaded(table, state, session);
      if (this.loadedAsPersistent) session.dispatchLoadedAsPersistent(obj);
      if (this.postLoads.length > 0) this.states.push(state);
      if (this.loadEvent) mapper.dispatch.dispatch('load', obj, this.context);
    }
    const populators = this.populators;
    if (populators.length > 0) {
      const info = { isNew: state.loadMark === -run };
      for (const populator of populators) populator.populate(state, row, info);
    }
    return obj;
  }

  /** Starts a new run for the next streamed batch: the objects handed out so far are forgotten. */
  resetBatch(): void {
    this.states.length = 0;
    this.run = ++runCounter;
    this.prepared = false;
  }

  /** Runs the post-load strategies (selectin, …) for the objects that need them. */
  async postLoad(): Promise<void> {
    for (const populator of this.populators) populator.finish?.();
    const fresh = -this.run;
    for (const { strategy, property, options } of this.postLoads) {
      const states = this.states.filter(
        (s) => s.loadMark === fresh || !(property.key in s.dict) || s.expiredAttributes.has(property.key),
      );
      if (states.length > 0) await strategy.loadMany?.(states, this.context.session, options);
    }
  }

  private values(row: readonly unknown[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) values[keys[i] as string] = row[this.indexes[i] as number];
    return values;
  }

  /** An object already loaded: attributes it lacks (expired, deferred) are filled from the row. */
  private fillUnloaded(state: InstanceState, row: readonly unknown[]): void {
    let values: Record<string, unknown> | undefined;
    const keys = this.keys;
    const changes = state.committedState;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (key in state.dict || changes.has(key)) continue;
      values ??= {};
      values[key] = row[this.indexes[i] as number];
    }
    if (values !== undefined) state.loadValues(values);
  }
}
