// A relationship attribute of a mapper (SQLAlchemy's RelationshipProperty): its declaration and
// instrumentation, and what configure resolves (target mapper, the backPopulates side, remoteSide,
// foreignKeys, secondary). @retort/relationships adds join conditions, loading and flush behaviour.
import {
  ArgumentError,
  type Column,
  type ColumnElement,
  EventDispatcher,
  InvalidRequestError,
  type Table,
} from '@retort/core';
import type { RelationshipDef, RelationshipOptions } from '../declarative/relationship';
import { MapperConfigurationError } from '../errors/orm-errors';
import {
  COLLECTION_EVENT_NAMES,
  type CollectionAttributeEvents,
  SCALAR_EVENT_NAMES,
  type ScalarAttributeEvents,
} from '../instrumentation/attribute-events';
import {
  type AttributeOwner,
  CollectionAttributeImpl,
  ScalarObjectAttributeImpl,
} from '../instrumentation/attribute-impl';
import { NO_VALUE } from '../instrumentation/history';
import type { InstanceState } from '../state/instance-state';
import { CascadeOptions } from './cascade-options';
import type { Mapper } from './mapper';
import type { OrmEntity } from './orm-entity';
import {
  type RelationshipBehavior,
  type RelationshipComparator,
  type RelationshipComparatorOptions,
  relationshipExtension,
} from './relationship-extension';

const LAZY = new Set([
  'select',
  'selectin',
  'joined',
  'subquery',
  'immediate',
  'raise',
  'raise_on_sql',
  'noload',
  'write_only',
  'dynamic',
]);

export class RelationshipProperty implements AttributeOwner {
  readonly dispatch: EventDispatcher<CollectionAttributeEvents> | EventDispatcher<ScalarAttributeEvents>;
  readonly impl: CollectionAttributeImpl | ScalarObjectAttributeImpl;
  readonly options: RelationshipOptions;
  readonly cascade: CascadeOptions;
  /** A collection (`relationship.many`) rather than a single object. */
  readonly uselist: boolean;
  readonly isRelationship = true;
  private resolvedTarget: Mapper | undefined;
  private resolvedReverse: RelationshipProperty | undefined;
  private resolvedRemoteSide: readonly Column[] = [];
  private resolvedForeignKeys: readonly Column[] = [];
  private resolvedSecondary: Table | undefined;
  private installed: RelationshipBehavior | undefined;

  constructor(
    readonly parent: Mapper,
    readonly key: string,
    readonly declaration: RelationshipDef,
    /** Finds the mapper of the class the target thunk returns. */
    private readonly resolveClass: (cls: unknown) => Mapper | undefined,
  ) {
    this.options = declaration.options;
    this.uselist = declaration.many;
    const where = `${parent.className}.${key}`;
    const lazy = this.options.lazy;
    if (lazy !== undefined && !LAZY.has(lazy)) {
      throw new ArgumentError(`${where}: unknown lazy='${String(lazy)}'; use one of ${[...LAZY].join(', ')}`);
    }
    try {
      // A viewonly relationship writes nothing: its default cascade is 'merge' only, as in SQLAlchemy.
      this.cascade = new CascadeOptions(
        this.options.cascade ?? (this.options.viewonly ? 'merge' : undefined),
      );
    } catch (error) {
      throw new ArgumentError(`${where}: ${(error as Error).message}`);
    }
    if (this.uselist) {
      const dispatch = new EventDispatcher<CollectionAttributeEvents>(COLLECTION_EVENT_NAMES);
      this.dispatch = dispatch;
      this.impl = new CollectionAttributeImpl(this, dispatch);
    } else {
      const dispatch = new EventDispatcher<ScalarAttributeEvents>(SCALAR_EVENT_NAMES);
      this.dispatch = dispatch;
      this.impl = new ScalarObjectAttributeImpl(this, dispatch);
    }
  }

  /** The `lazy` setting ('select' when not given). */
  get lazy(): string {
    return this.options.lazy ?? 'select';
  }

  /** The target's mapper (the thunk is called on first need; configureMappers() does it for every relationship). */
  get mapper(): Mapper {
    return this.resolvedTarget ?? this.resolveTarget();
  }

  /** The relationship named by backPopulates, on the target (after configure). */
  get reverseProperty(): RelationshipProperty | undefined {
    return this.resolvedReverse;
  }

  /** Columns given by remoteSide (after configure). */
  get remoteSide(): readonly Column[] {
    return this.resolvedRemoteSide;
  }

  /** Columns given by foreignKeys (after configure). */
  get foreignKeys(): readonly Column[] {
    return this.resolvedForeignKeys;
  }

  /** The association table of a many-to-many relationship (after configure). */
  get secondary(): Table | undefined {
    return this.resolvedSecondary;
  }

  /** The behaviour @retort/relationships installed, if it is loaded. */
  get behavior(): RelationshipBehavior | undefined {
    return this.installed;
  }

  /** The comparator for expressions on `entity`; needs @retort/relationships. */
  comparator(entity: OrmEntity, options?: RelationshipComparatorOptions): RelationshipComparator {
    this.parent.registry.configure();
    if (this.installed === undefined) {
      throw new InvalidRequestError(
        `${this}: relationship expressions (join, any, has, contains) come from @retort/relationships; import it once in your program`,
      );
    }
    return this.installed.comparator(entity, options);
  }

  /** The `lazy` for one object: a loader option of the query that loaded it, else the setting. */
  lazyFor(state: InstanceState): string | undefined {
    return this.installed?.lazyFor?.(state);
  }

  /** A write-only or dynamic collection's view object (@retort/relationships makes it). */
  collectionView(state: InstanceState): object | undefined {
    return this.installed?.collectionView?.(state);
  }

  /** The value of an unloaded attribute when no SQL is needed (@retort/relationships decides); NO_VALUE otherwise. */
  resolveWithoutSql(state: InstanceState): unknown {
    return this.installed?.resolveWithoutSql?.(state) ?? NO_VALUE;
  }

  eagerLoadHint(): string {
    const cls = this.parent.className;
    return `select(${cls}).options(selectinload(${cls}.${this.key}))`;
  }

  /** The related objects currently loaded for `state`, without loading anything (cascades walk these). */
  loadedRelated(state: InstanceState): object[] {
    const value = this.key in state.dict ? state.dict[this.key] : undefined;
    if (value === undefined || value === null) return [];
    return this.uselist ? [...(value as object[])] : [value as object];
  }

  toString(): string {
    return `${this.parent.className}.${this.key}`;
  }

  /** Resolves the target thunk (configure step, first pass). */
  resolveTarget(): Mapper {
    let target: unknown;
    try {
      target = (this.declaration.argument as () => unknown)();
    } catch (error) {
      throw new MapperConfigurationError(
        `${this}: its target thunk failed (${(error as Error).message}); every class a relationship names must be defined before mappers are configured, which happens on first use or at configureMappers()`,
        { cause: error },
      );
    }
    const mapper = this.resolveClass(target);
    if (mapper === undefined) {
      const what = typeof target === 'function' ? `class ${target.name}` : typeof target;
      throw new MapperConfigurationError(`${this}: the relationship target ${what} is not a mapped class`);
    }
    this.resolvedTarget = mapper;
    return mapper;
  }

  /** Checks and resolves backPopulates, remoteSide, foreignKeys and secondary (second pass, all targets known). */
  resolveReferences(): void {
    const target = this.mapper;
    const back = this.options.backPopulates;
    if (back !== undefined) {
      const other = target.getPropertyOrUndefined(back);
      if (other === undefined) {
        throw new MapperConfigurationError(
          `${this}: backPopulates '${back}' is not an attribute of ${target.className} (mapper ${target} has no property '${back}'; it has ${target.attributeKeys.join(', ') || 'none'})`,
        );
      }
      if (!(other instanceof RelationshipProperty)) {
        throw new MapperConfigurationError(
          `${this}: backPopulates '${back}' names ${other}, which is a column, not a relationship`,
        );
      }
      if (other.mapper !== this.parent) {
        throw new MapperConfigurationError(
          `${this}: backPopulates '${back}' names ${other}, which points to ${other.mapper.className}, not back to ${this.parent.className}`,
        );
      }
      const reciprocal = other.options.backPopulates;
      if (reciprocal !== undefined && reciprocal !== this.key) {
        throw new MapperConfigurationError(
          `${this}: backPopulates '${back}' names ${other}, whose backPopulates is '${reciprocal}', not '${this.key}'; the two sides must name each other`,
        );
      }
      this.resolvedReverse = other;
    }
    this.resolvedSecondary = this.resolveSecondary();
    this.resolvedRemoteSide = this.resolveColumns('remoteSide', this.options.remoteSide, [target]);
    this.resolvedForeignKeys = this.resolveColumns('foreignKeys', this.options.foreignKeys, [
      this.parent,
      target,
    ]);
  }

  /** Lets @retort/relationships install its behaviour (last pass). */
  installBehavior(): void {
    const ext = relationshipExtension();
    this.installed = ext?.configure(this);
  }

  private resolveColumns(option: string, spec: unknown, owners: readonly Mapper[]): readonly Column[] {
    if (spec === undefined) return [];
    const names = owners.map((m) => m.className).join(' or ');
    if (typeof spec === 'string' || Array.isArray(spec)) {
      const keys = typeof spec === 'string' ? [spec] : (spec as unknown[]);
      return keys.map((key) => {
        for (const owner of owners) {
          const prop = typeof key === 'string' ? owner.columnAttrs.get(key) : undefined;
          if (prop) return prop.column;
        }
        throw new MapperConfigurationError(
          `${this}: ${option} '${String(key)}' is not a column attribute of ${names}`,
        );
      });
    }
    let produced: unknown;
    try {
      produced = (spec as () => unknown)();
    } catch (error) {
      throw new MapperConfigurationError(
        `${this}: the ${option} thunk failed (${(error as Error).message})`,
        {
          cause: error,
        },
      );
    }
    const list = Array.isArray(produced) ? produced : [produced];
    return list.map((item) => {
      const column = columnOf(item);
      const secondary = this.resolvedSecondary;
      const owned =
        column !== undefined &&
        (owners.some((m) => m.localTable.c[column.columnKey] === column) ||
          secondary?.c[column.columnKey] === column);
      if (!column || !owned) {
        throw new MapperConfigurationError(
          `${this}: ${option} must return columns of ${names}${column ? `, got ${column.table?.name ?? '?'}.${column.name}` : ''}`,
        );
      }
      return column;
    });
  }

  private resolveSecondary(): Table | undefined {
    const spec = this.options.secondary;
    if (spec === undefined) return undefined;
    const metadata = this.parent.localTable.metadata;
    let table: unknown = spec;
    if (typeof spec === 'string') {
      table = metadata.tables[spec];
      if (table === undefined) {
        throw new MapperConfigurationError(
          `${this}: secondary table '${spec}' is not in the MetaData (tables: ${Object.keys(metadata.tables).join(', ')})`,
        );
      }
    } else if (typeof spec === 'function') {
      table = (spec as () => unknown)();
    }
    if (!isTable(table)) {
      throw new MapperConfigurationError(`${this}: secondary must be a Table (the association table)`);
    }
    return table;
  }
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'table';
}

/** The core Column an attribute (`User.id`) or a column stands for. */
function columnOf(item: unknown): Column | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const prop = (item as { property?: { column?: Column } }).property;
  if (prop?.column !== undefined) return prop.column;
  const candidate = item as ColumnElement & { table?: unknown; columnKey?: unknown };
  return typeof candidate.columnKey === 'string' && isTable(candidate.table) ? (item as Column) : undefined;
}
