// What @retort/relationships knows about one relationship once mappers are configured: its join
// condition and direction, the other side, the collection order, comparators and the flush
// dependency. Created by the extension's configure(); read by loaders, cascades and the flush.
import {
  ArgumentError,
  CLAUSE_ELEMENT,
  ColumnElement,
  type HasClauseElement,
  InvalidRequestError,
} from '@retort/core';
import {
  type FlushDependency,
  type InstanceState,
  type OrmEntity,
  type RelationshipBehavior,
  type RelationshipComparatorOptions,
  RelationshipDef,
  type RelationshipOptions,
  type RelationshipProperty,
} from '@retort/orm';
import { installBackrefSync } from './backref-sync';
import { installCascadeEvents } from './cascade-events';
import { createDependency } from './dependency/create-dependency';
import { installParentTracking } from './dependency/parent-tracker';
import { DynamicCollection } from './dynamic-collection';
import { JoinCondition, type RelationshipDirection } from './join-condition';
import { Comparator } from './relationship-comparator';
import { effectiveLazy } from './strategies/effective-lazy';
import { resolveWithoutSql } from './strategies/lazy-loader';
import { isWriteOnly, WriteOnlyCollection } from './write-only-collection';

const configured = new WeakMap<RelationshipProperty, ConfiguredRelationship>();
/** The write-only / dynamic collection objects of each parent. */
const views = new WeakMap<InstanceState, Map<RelationshipProperty, object>>();

export class ConfiguredRelationship implements RelationshipBehavior {
  readonly join: JoinCondition;
  readonly dependency: FlushDependency | undefined;
  /** The other side: named by backPopulates, or created by backref. */
  reverse: RelationshipProperty | undefined;
  private resolvedOrderBy: readonly ColumnElement[] | undefined;

  constructor(readonly property: RelationshipProperty) {
    this.join = new JoinCondition(property);
    this.reverse = property.reverseProperty;
    this.dependency = property.options.viewonly ? undefined : createDependency(this);
  }

  get direction(): RelationshipDirection {
    return this.join.direction;
  }

  /** Whether the relationship holds a collection. */
  get uselist(): boolean {
    return this.property.uselist;
  }

  comparator(entity: OrmEntity, options?: RelationshipComparatorOptions): Comparator {
    return new Comparator(this.property, this.join, entity, options);
  }

  /** The `lazy` for one object, from the loader options of the query that loaded it. */
  lazyFor(state: InstanceState): string {
    return effectiveLazy(this.property, state);
  }

  /** A many-to-one known without SQL (NULL key, or the target in the identity map); NO_VALUE otherwise. */
  resolveWithoutSql(state: InstanceState): unknown {
    return resolveWithoutSql(this, state);
  }

  /** For lazy 'write_only' / 'dynamic': the collection object that `parent.posts` reads as. */
  collectionView(state: InstanceState): object | undefined {
    if (!isWriteOnly(this.property)) return undefined;
    let view = views.get(state)?.get(this.property);
    if (view === undefined) {
      view =
        this.property.lazy === 'dynamic'
          ? new DynamicCollection(this.property, state)
          : new WriteOnlyCollection(this.property, state);
      let byProperty = views.get(state);
      if (byProperty === undefined) {
        byProperty = new Map();
        views.set(state, byProperty);
      }
      byProperty.set(this.property, view);
    }
    return view;
  }

  /** The ORDER BY of the collection (`orderBy` option), resolved on first use. */
  get orderBy(): readonly ColumnElement[] {
    this.resolvedOrderBy ??= resolveOrderBy(this.property);
    return this.resolvedOrderBy;
  }

  /** The target's primary key a many-to-one's foreign key values give, when the join is by the target's primary key. */
  targetKey(
    state: InstanceState,
    values: Readonly<Record<string, unknown>> = state.dict,
  ): unknown[] | undefined {
    if (this.direction !== 'MANYTOONE') return undefined;
    const target = this.property.mapper;
    const key: unknown[] = [];
    for (const pk of target.primaryKey) {
      const pair = this.join.localRemotePairs.find(([, remote]) => remote === pk);
      if (pair === undefined) return undefined;
      const prop = this.property.parent.propertyForColumn(pair[0] as never);
      const value = prop === undefined ? undefined : values[prop.key];
      if (value === undefined || value === null) return undefined;
      key.push(value);
    }
    return key.length === this.join.localRemotePairs.length ? key : undefined;
  }
}

/** The configured relationship of a property (configuring mappers first if needed). */
export function configuredRelationship(property: RelationshipProperty): ConfiguredRelationship {
  property.parent.registry.configure();
  const found = configured.get(property);
  if (found === undefined) {
    throw new InvalidRequestError(
      `${property} was configured before @retort/relationships was imported; import it before the first use of any model`,
    );
  }
  return found;
}

/** The extension's configure(): called by the ORM's configure step for every relationship. */
export function configureRelationship(property: RelationshipProperty): ConfiguredRelationship {
  const existing = configured.get(property);
  if (existing !== undefined) return existing;
  const config = new ConfiguredRelationship(property);
  configured.set(property, config);
  checkCascades(config);
  if (!property.options.viewonly) {
    installParentTracking(property);
    installCascadeEvents(property);
  }
  if (property.options.backref !== undefined) config.reverse = createBackref(config);
  const reverse = config.reverse;
  if (reverse !== undefined) {
    const other = configured.get(reverse);
    if (other !== undefined) {
      if (other.reverse === undefined) other.reverse = property;
      const direction = config.direction;
      if (direction !== 'MANYTOMANY' && direction === other.direction) {
        throw new ArgumentError(
          `${reverse} and back-reference ${property} are both of the same direction ${direction}.  Did you mean to set remote_side on the many-to-one side ?`,
        );
      }
    }
    installBackrefSync(property, reverse, (state) => {
      const found = resolveWithoutSql(config, state);
      return typeof found === 'object' && found !== null ? found : undefined;
    });
  }
  return config;
}

function checkCascades(config: ConfiguredRelationship): void {
  const property = config.property;
  const cascade = property.cascade;
  if (
    cascade.deleteOrphan &&
    !property.options.singleParent &&
    (config.direction === 'MANYTOONE' || config.direction === 'MANYTOMANY')
  ) {
    const kind = config.direction === 'MANYTOONE' ? 'many-to-one' : 'many-to-many';
    throw new ArgumentError(
      `For ${kind} relationship ${property}, delete-orphan cascade is normally configured only on the "one" side of a one-to-many relationship, and not on the "many" side of a many-to-one or many-to-many relationship.  To force this relationship to allow a particular "${property.mapper.className}" object to be referenced by only a single "${property.parent.className}" object at a time via the ${property} relationship, which would allow delete-orphan cascade to take place in this direction, set the singleParent: true flag.`,
    );
  }
  if (property.options.viewonly && (cascade.delete || cascade.deleteOrphan || cascade.saveUpdate)) {
    const names = cascade.toArray().filter((n) => n !== 'merge' && n !== 'expunge' && n !== 'refresh-expire');
    throw new ArgumentError(
      `Cascade settings "${names.join(', ')}" apply to persistence operations and should not be combined with a viewonly=True relationship (${property}).`,
    );
  }
}

/** Creates the other side named by `backref` on the target mapper (SQLAlchemy's _generate_backref). */
function createBackref(config: ConfiguredRelationship): RelationshipProperty {
  const property = config.property;
  const spec = property.options.backref;
  const { name, options, uselist } =
    typeof spec === 'string'
      ? { name: spec, options: {} as RelationshipOptions, uselist: undefined }
      : {
          name: (spec as { name: string }).name,
          options: (spec as { options: RelationshipOptions }).options,
          uselist: (spec as { uselist?: boolean }).uselist,
        };
  const target = property.mapper;
  if (target.getPropertyOrUndefined(name) !== undefined) {
    throw new ArgumentError(
      `Error creating backref '${name}' on relationship '${property}': property of that name exists on mapper '${target}'`,
    );
  }
  const join = config.join;
  const parent = property.parent;
  const derived: RelationshipOptions =
    join.secondary !== undefined
      ? {
          secondary: join.secondary,
          primaryjoin: () => join.secondaryjoin,
          secondaryjoin: () => join.primaryjoin,
        }
      : {
          primaryjoin: () => join.primaryjoin,
          ...(join.selfReferential ? { remoteSide: () => [...join.localColumns] } : {}),
        };
  const many = uselist ?? config.direction !== 'ONETOMANY';
  const definition = new RelationshipDef(() => parent.class_, many, {
    ...derived,
    ...(property.options.foreignKeys !== undefined ? { foreignKeys: property.options.foreignKeys } : {}),
    ...(property.options.postUpdate !== undefined ? { postUpdate: property.options.postUpdate } : {}),
    ...(property.options.viewonly !== undefined ? { viewonly: property.options.viewonly } : {}),
    ...options,
    backPopulates: property.key,
  });
  const created = target.addRelationship(name, definition);
  created.resolveTarget();
  created.resolveReferences();
  created.installBehavior();
  return created;
}

function resolveOrderBy(property: RelationshipProperty): readonly ColumnElement[] {
  const spec = property.options.orderBy;
  if (spec === undefined) return [];
  const target = property.mapper;
  const fromKey = (key: string): ColumnElement => {
    const prop = target.columnAttrs.get(key);
    if (prop === undefined) {
      throw new ArgumentError(
        `${property}: orderBy '${key}' is not a column attribute of ${target.className}`,
      );
    }
    return prop.column;
  };
  if (typeof spec === 'string') return [fromKey(spec)];
  if (Array.isArray(spec)) return (spec as readonly string[]).map(fromKey);
  let produced: unknown;
  try {
    produced = (spec as () => unknown)();
  } catch (error) {
    throw new ArgumentError(`${property}: the orderBy thunk failed (${(error as Error).message})`, {
      cause: error,
    });
  }
  const list = Array.isArray(produced) ? produced : [produced];
  return list.map((item) => {
    const element = unwrapOrderItem(item);
    if (element === undefined) {
      throw new ArgumentError(
        `${property}: orderBy must return column expressions such as () => ${target.className}.id or () => [${target.className}.id.desc()]`,
      );
    }
    return element;
  });
}

function unwrapOrderItem(item: unknown): ColumnElement | undefined {
  if (!(item instanceof ColumnElement)) return undefined;
  // A column attribute (`Post.created_at`) stands for its column.
  const inner = (item as Partial<HasClauseElement>)[CLAUSE_ELEMENT];
  return typeof inner === 'function' ? (inner.call(item) as ColumnElement) : item;
}
