// Mapper: how one class maps to one table (SQLAlchemy's Mapper, `inspect(User)`): its column and
// relationship properties, primary key, the accessors it installs on the class, identity keys,
// and creating instances for rows. Built by the registry; read by the Session and relationships.
import {
  ArgumentError,
  CLAUSE_ELEMENT,
  type Column,
  type ColumnElement,
  EVENTS,
  EventDispatcher,
  type HasClauseElement,
  InvalidRequestError,
  SELECT_COLUMNS,
  type Table,
} from '@retort/core';
import type { RelationshipDef } from '../declarative/relationship';
import { UnmappedClassError } from '../errors/orm-errors';
import type { AttributeImpl } from '../instrumentation/attribute-impl';
import { ColumnAttribute, RelationshipAttribute } from '../instrumentation/instrumented-attribute';
import { entityColumns } from '../query/entity-columns';
import { IdentityKey } from '../state/identity-key';
import { attachInstanceState, INSTANCE_STATE, InstanceState, instanceStateOf } from '../state/instance-state';
import { mapperForClass, setClassMapper, setTableMapper } from './class-mapper';
import { ColumnProperty, type ColumnPropertyOptions } from './column-property';
import { MAPPER_EVENT_NAMES, type MapperEvents } from './mapper-events';
import type { OrmEntity } from './orm-entity';
import { RelationshipProperty } from './relationship-property';

/** What a Mapper needs from its registry. */
export interface MapperRegistry {
  /** Configures every mapper of the registry that is not configured yet. */
  configure(): void;
}

export type MapperProperty = ColumnProperty | RelationshipProperty;

/** SQLAlchemy's `__mapper_args__`: `Base.table(name, columns, { mapperArgs: { versionIdCol: 'version_id' } })`. */
export interface MapperArgs<V extends string = string> {
  /**
   * The attribute of an integer column used as a version counter (optimistic locking): every
   * UPDATE and DELETE adds `AND version_id = <the version loaded>`, and a row count that does not
   * match raises StaleDataError.
   */
  readonly versionIdCol?: V;
  /** The next version from the current one (default: `n + 1`, starting at 1); `false` leaves it to the program. */
  readonly versionIdGenerator?: ((current: unknown) => unknown) | false;
  /**
   * Fetch server-generated values (server defaults, SQL-expression defaults, server onupdate) at
   * flush: with RETURNING where the database has it, else with a SELECT by primary key. Default
   * true in Retort (reading an expired attribute cannot run SQL; ROSETTA §6); `'auto'` is
   * SQLAlchemy's default (fetch on INSERT … RETURNING only, expire otherwise); false expires them.
   */
  readonly eagerDefaults?: boolean | 'auto';
  /** Check that a flushed DELETE matched as many rows as it addressed (default true). */
  readonly confirmDeletedRows?: boolean;
}

type AnyClass = abstract new (...args: never[]) => object;

const CONSTRUCTED = { constructed: true } as const;
const LOADED = { constructed: false } as const;

/** A constructor of empty, prototype-less objects with a shape of their own (one per mapper). */
function attributeDictClass(): new () => Record<string, unknown> {
  const AttributeDict = function AttributeDict(this: object): void {} as unknown as new () => Record<
    string,
    unknown
  >;
  AttributeDict.prototype = Object.create(null) as Record<string, unknown>;
  return AttributeDict;
}

/** A mapped class as a value: constructible, and standing for its table in statements. */
export type MappedEntityClass<T> = (abstract new (...args: never[]) => T) & HasClauseElement<Table>;

export class Mapper<T extends object = object> implements OrmEntity {
  readonly dispatch = new EventDispatcher<MapperEvents<T>>(MAPPER_EVENT_NAMES);
  /** Column properties by attribute key, in declaration order. */
  readonly columnAttrs = new Map<string, ColumnProperty>();
  /** Relationship properties by attribute key, in declaration order. */
  readonly relationships = new Map<string, RelationshipProperty>();
  /** Every attribute's implementation by key, in declaration order. */
  readonly attributeImpls = new Map<string, AttributeImpl>();
  readonly isAliasedClass = false;
  /** True once configureMappers() resolved its relationships. */
  configured = false;
  /** The version counter column (mapperArgs.versionIdCol). */
  versionIdProperty: ColumnProperty | undefined;
  versionIdGenerator: ((current: unknown) => unknown) | false = (current) =>
    typeof current === 'number' ? current + 1 : 1;
  eagerDefaults: boolean | 'auto' = true;
  confirmDeletedRows = true;
  private readonly props = new Map<string, MapperProperty>();
  /** See keepShapes(). */
  private shapeTemplates:
    | { readonly proto: object; readonly instance: object; readonly dicts: Map<string, object> }
    | undefined;
  /** Makes the attribute dictionaries of this mapper's instances (see newDict). */
  private readonly dictClass: new () => Record<string, unknown> = attributeDictClass();
  private readonly byColumn = new Map<Column, ColumnProperty>();
  private mapped: AnyClass;

  constructor(
    readonly registry: MapperRegistry,
    /** The mapped table (SQLAlchemy's local_table). */
    readonly localTable: Table,
    /** The class this mapper was created for: a generated declarative base, or an imperatively mapped class. */
    readonly baseClass: AnyClass,
  ) {
    this.mapped = baseClass;
    setClassMapper(baseClass, this);
    setTableMapper(localTable, this);
    const mapper = this;
    Object.defineProperty(baseClass, CLAUSE_ELEMENT, {
      value: function clauseElement(): Table {
        return mapper.localTable;
      },
      configurable: true,
    });
    Object.defineProperty(baseClass, SELECT_COLUMNS, {
      value: (options: readonly unknown[]) => entityColumns(mapper, options),
      configurable: true,
    });
    Object.defineProperty(baseClass, EVENTS, {
      get: () => this.dispatch,
      configurable: true,
    });
    Object.defineProperty(baseClass.prototype, INSTANCE_STATE, {
      get(this: object) {
        return instanceStateOf(this);
      },
      configurable: true,
    });
  }

  /** The mapped class: the user's subclass of the generated base once it has been used (an entity for `select()`). */
  get class_(): MappedEntityClass<T> {
    return this.mapped as MappedEntityClass<T>;
  }

  get className(): string {
    return this.mapped.name;
  }

  get entity(): object {
    return this.mapped;
  }

  get selectable(): Table {
    return this.localTable;
  }

  get displayName(): string {
    return this.className;
  }

  get mapper(): Mapper<T> {
    return this;
  }

  /** Primary key columns, in table order. */
  get primaryKey(): readonly Column[] {
    return this.localTable.primaryKey.columns;
  }

  /** Every property in declaration order (SQLAlchemy's `mapper.attrs`). */
  get attrs(): readonly MapperProperty[] {
    return [...this.props.values()];
  }

  get attributeKeys(): readonly string[] {
    return [...this.props.keys()];
  }

  getProperty(key: string): MapperProperty {
    const prop = this.props.get(key);
    if (prop === undefined) {
      throw new InvalidRequestError(
        `Mapper '${this}' has no property '${key}'; its properties are ${this.attributeKeys.join(', ')}`,
      );
    }
    return prop;
  }

  getPropertyOrUndefined(key: string): MapperProperty | undefined {
    return this.props.get(key);
  }

  /** The column property mapping `column`, if any. */
  propertyForColumn(column: Column): ColumnProperty | undefined {
    return this.byColumn.get(column);
  }

  columnFor(property: ColumnProperty): ColumnElement {
    return property.column;
  }

  /**
   * Tells the mapper which class it maps. A generated base is claimed by the user's subclass on
   * its first use (construction, select(), a relationship thunk, inspect()).
   */
  claim(cls: AnyClass): void {
    const current = this.mapped;
    if (cls === current) return;
    if (isSubclass(current, cls)) return;
    if (current === this.baseClass && isSubclass(cls, current)) {
      this.mapped = cls;
      return;
    }
    if (isSubclass(cls, current)) {
      throw new UnmappedClassError(
        `Class ${cls.name} extends the mapped class ${current.name}; inheritance mapping (single or joined table) is not supported yet, so a mapped class cannot be subclassed`,
      );
    }
    throw new UnmappedClassError(
      `Class ${cls.name} and class ${current.name} both extend the base generated for table '${this.localTable.name}'; a table maps one class`,
    );
  }

  /** Applies `mapperArgs` once the properties exist. */
  applyArgs(args: MapperArgs | undefined): void {
    if (args === undefined) return;
    if (args.versionIdCol !== undefined) {
      const prop = this.columnAttrs.get(args.versionIdCol);
      if (prop === undefined) {
        throw new ArgumentError(
          `${this.className}: mapperArgs.versionIdCol '${args.versionIdCol}' is not a column attribute; its column attributes are ${[...this.columnAttrs.keys()].join(', ')}`,
        );
      }
      this.versionIdProperty = prop;
    }
    if (args.versionIdGenerator !== undefined) this.versionIdGenerator = args.versionIdGenerator;
    if (args.eagerDefaults !== undefined) this.eagerDefaults = args.eagerDefaults;
    if (args.confirmDeletedRows !== undefined) this.confirmDeletedRows = args.confirmDeletedRows;
  }

  /** Adds a column attribute (and its class attribute and accessor). */
  addColumnProperty(key: string, column: Column, options: ColumnPropertyOptions = {}): ColumnProperty {
    const prop = new ColumnProperty(this, key, column, options);
    this.props.set(key, prop);
    this.columnAttrs.set(key, prop);
    this.byColumn.set(column, prop);
    this.attributeImpls.set(key, prop.impl);
    this.instrument(key, prop, new ColumnAttribute(this, prop, column));
    return prop;
  }

  /** Adds a relationship attribute (and its class attribute and accessor). */
  addRelationship(key: string, declaration: RelationshipDef): RelationshipProperty {
    const prop = new RelationshipProperty(this, key, declaration, mapperForClass);
    this.props.set(key, prop);
    this.relationships.set(key, prop);
    this.attributeImpls.set(key, prop.impl);
    this.instrument(key, prop, new RelationshipAttribute(this, prop));
    return prop;
  }

  /** The identity key for primary key values. */
  identityKeyFromPrimaryKey(values: readonly unknown[], token?: string): IdentityKey {
    if (values.length !== this.primaryKey.length) {
      throw new InvalidRequestError(
        `${this.className} has a primary key of ${this.primaryKey.length} column(s) (${this.primaryKey.map((c) => c.name).join(', ')}); got ${values.length} value(s)`,
      );
    }
    return new IdentityKey(this, values, token);
  }

  /** The primary key values an instance holds now, or undefined while any is missing. */
  primaryKeyFromInstance(obj: object): unknown[] | undefined {
    const state = this.stateFor(obj);
    const values: unknown[] = [];
    for (const column of this.primaryKey) {
      const prop = this.byColumn.get(column);
      const value = prop === undefined ? undefined : state.dict[prop.key];
      if (value === undefined || value === null) return undefined;
      values.push(value);
    }
    return values;
  }

  /** The identity key an instance's current primary key values give, if complete. */
  identityKeyFromInstance(obj: object): IdentityKey | undefined {
    const values = this.primaryKeyFromInstance(obj);
    return values === undefined ? undefined : new IdentityKey(this, values);
  }

  /** A new instance for a row: no constructor runs, no attribute is loaded yet (the Session fills them). */
  newInstance(): T {
    this.registry.configure();
    return this.createInstance();
  }

  /**
   * @internal newInstance() once the registry is configured: the query layer configures once per
   * statement, then makes an object per row.
   */
  createInstance(): T {
    const obj = Object.create(this.mapped.prototype as object) as T;
    this.attachState(obj, false);
    return obj;
  }

  /**
   * @internal Keeps the hidden classes (V8 maps) of this mapper's loaded objects alive between
   * loads: a template instance with a state and a key, and a dictionary with `keys` added in the
   * loader's order (none of them in any Session). V8
   * holds the shape of `Object.create(prototype)` objects and the shapes a dictionary passes
   * through as it is filled only weakly. Without a template, a major GC that collects every
   * loaded object also drops those shapes, and the next load makes new ones, which discards
   * (deoptimizes) the optimized hydration code built for the old ones, on every load after a GC.
   */
  keepShapes(keys: readonly string[]): void {
    const proto = this.mapped.prototype as object;
    let templates = this.shapeTemplates;
    if (templates === undefined || templates.proto !== proto) {
      const instance = this.createInstance();
      // The state's fields record the shapes of what loading stores in them (an identity key).
      this.stateFor(instance).key = new IdentityKey(this, [0], undefined, 0);
      templates = { proto, instance, dicts: new Map() };
      this.shapeTemplates = templates;
    }
    const signature = keys.join('\u0000');
    if (templates.dicts.has(signature)) return;
    const dict = this.newDict();
    for (const key of keys) dict[key] = undefined;
    templates.dicts.set(signature, dict);
  }

  /**
   * An empty attribute dictionary for an instance of this mapper. A constructor of its own keeps
   * the dictionaries of one class in one fast shape (values in the object, no hash table) and
   * without a prototype, so `key in dict` sees only loaded attributes.
   */
  newDict(): Record<string, unknown> {
    return new this.dictClass();
  }

  /** The state of an instance of this mapper, created on first use for instances our constructor did not make. */
  stateFor(obj: object): InstanceState<T> {
    const own = instanceStateOf(obj) as InstanceState<T> | undefined;
    if (own !== undefined) return own;
    if (Object.hasOwn(obj, 'constructor')) {
      throw new InvalidRequestError(
        `${this.className}'s mapped attributes are read on instances, not on the prototype`,
      );
    }
    this.checkNotShadowed(obj);
    return this.attachState(obj as T, true);
  }

  /** Creates and attaches the state of a new instance. */
  attachState(obj: T, constructed: boolean): InstanceState<T> {
    const state = new InstanceState<T>(obj, this as Mapper, constructed ? CONSTRUCTED : LOADED);
    attachInstanceState(obj, state);
    return state;
  }

  /**
   * A class field with a mapped attribute's name (`id!: number` under useDefineForClassFields)
   * hides the accessor and would silently bypass change tracking: refuse it.
   */
  checkNotShadowed(obj: object): void {
    for (const key of Object.keys(obj)) {
      if (this.props.has(key)) {
        throw new InvalidRequestError(
          `${this.className}.${key} is declared as a class field, which hides the mapped attribute and its change tracking; declare it with \`declare ${key}: …\` instead`,
        );
      }
    }
  }

  /** @internal Fires `expire` for an instance. */
  dispatchExpire(state: InstanceState, keys: readonly string[] | undefined): void {
    const obj = state.obj();
    if (obj !== undefined && this.dispatch.has('expire')) this.dispatch.dispatch('expire', obj as T, keys);
  }

  /** `Mapper[User(users)]`, as SQLAlchemy prints it. */
  toString(): string {
    return `Mapper[${this.className}(${this.localTable.name})]`;
  }

  private instrument(key: string, prop: MapperProperty, attribute: object): void {
    const impl = prop.impl;
    const mapper = this;
    // A getter, so that the first `User.username` also tells the mapper its class is User.
    Object.defineProperty(this.baseClass, key, {
      get(this: AnyClass) {
        mapper.claim(this);
        return attribute;
      },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this.baseClass.prototype, key, {
      get(this: object) {
        return impl.get(mapper.stateFor(this));
      },
      set(this: object, value: unknown) {
        impl.set(mapper.stateFor(this), value);
      },
      enumerable: true,
      configurable: true,
    });
  }
}

function isSubclass(cls: AnyClass, parent: AnyClass): boolean {
  return cls.prototype instanceof parent;
}
