// DeclarativeBase and declarativeBase() (SQLAlchemy's DeclarativeBase): `Base.table(name, columns)`
// returns a generated class to extend, `Base.mapped(table)` maps a core Table; its constructor is
// every model's (typed keyword values, an InstanceState, `init` events).
import { ArgumentError, type ColumnMap, MetaData, type Table } from '@retort/core';
import { UnmappedClassError } from '../errors/orm-errors';
import { awaitableAttrsOf } from '../instrumentation/awaitable-attrs';
import { installDisplay } from '../instrumentation/instance-display';
import { MAPPER, mapperForClass } from '../mapper/class-mapper';
import type { Mapper, MapperArgs } from '../mapper/mapper';
import type {
  AnnotationCheck,
  MapOf,
  MappedClass,
  MixinDefs,
  ModelDef,
  ReservedCheck,
  WithVersionDefault,
} from './model-types';
import { Registry, type TableConfig, type TableProperties } from './registry';
import type { TableMappedClass } from './table-mapped-class';
import type { TypeAnnotationMap } from './type-annotation-map';

const registries = new WeakMap<Function, Registry>();

/** The registry of a declarative base, created on first use from its `metadata` and `typeAnnotationMap`. */
function registryOf(cls: Function): Registry {
  const mapper = mapperForClass(cls);
  if (mapper !== undefined) return mapper.registry as Registry;
  let base: Function = cls;
  for (let c: Function = cls; c !== DeclarativeBase; c = Object.getPrototypeOf(c) as Function) {
    const found = registries.get(c);
    if (found !== undefined) return found;
    base = c;
  }
  if (base === DeclarativeBase) {
    throw new ArgumentError(
      'Extend DeclarativeBase first: class Base extends DeclarativeBase {}, then Base.table(...)',
    );
  }
  const own = Object.getOwnPropertyDescriptor(base, 'metadata')?.value as unknown;
  const registry = new Registry({
    metadata: own instanceof MetaData ? own : undefined,
    typeAnnotationMap: (base as { typeAnnotationMap?: TypeAnnotationMap }).typeAnnotationMap,
  });
  registries.set(base, registry);
  return registry;
}

export abstract class DeclarativeBase {
  /** The MetaData of this base's tables (set your own with `static override metadata = new MetaData({...})`). */
  declare static readonly metadata: MetaData;
  /** The registry of this base's mappers. */
  declare static readonly registry: Registry;
  /** Annotation keys for `mappedColumn('str')` (SQLAlchemy's type_annotation_map); override with `static override typeAnnotationMap = {...}`. */
  static readonly typeAnnotationMap: {} = {};
  /** Awaitable view of the attributes: `await user.awaitableAttrs.posts`. */
  declare readonly awaitableAttrs: object;

  constructor(init?: object) {
    const cls = new.target;
    const mapper = mapperForClass(cls);
    if (mapper === undefined) {
      throw new UnmappedClassError(
        `Class ${cls.name} is not mapped; extend Base.table('table', {...}) (or Base.mapped(table)) to make a model`,
      );
    }
    mapper.registry.configure();
    mapper.attachState(this, true);
    const values = init ?? {};
    if (typeof values !== 'object' || values === null || Array.isArray(values)) {
      throw new ArgumentError(`new ${cls.name}() takes one object of attribute values, got ${typeof values}`);
    }
    if (mapper.dispatch.has('init'))
      mapper.dispatch.dispatch('init', this, values as Record<string, unknown>);
    for (const [key, value] of Object.entries(values)) {
      if (!(key in this)) throw new ArgumentError(`'${key}' is an invalid keyword argument for ${cls.name}`);
      (this as Record<string, unknown>)[key] = value;
    }
  }

  /**
   * A model class mapped to a new table: `class User extends Base.table('users', { id: mappedColumn(...) }) {}`.
   * `config.mixins` lists mixin classes; `config.tableArgs` is SQLAlchemy's `__table_args__`.
   */
  static table<
    This extends abstract new (
      ...args: never[]
    ) => object,
    const N extends string,
    D extends ModelDef,
    const Mx extends readonly unknown[] = [],
    const V extends keyof D & string = never,
  >(
    this: This,
    name: N,
    columns: D & ReservedCheck<D> & AnnotationCheck<D, MapOf<This>>,
    config?: TableConfig<Mx, V>,
  ): MappedClass<This, N, WithVersionDefault<D, V> & MixinDefs<Mx>, MapOf<This>, Mx> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the declarative base the method is called on, not DeclarativeBase
    const parent = this as unknown as abstract new (init?: object) => object;
    if ((parent as { [MAPPER]?: Mapper })[MAPPER] !== undefined) {
      throw new ArgumentError(
        `${parent.name} is a mapped class; call table() on the declarative base (inheritance mapping is not supported yet)`,
      );
    }
    const registry = registryOf(parent);
    const generated = class extends parent {};
    Object.defineProperty(generated, 'name', { value: `${parent.name}.table(${name})` });
    registry.mapDeclarative(generated, name, columns, config as TableConfig | undefined);
    return generated as unknown as MappedClass<
      This,
      N,
      WithVersionDefault<D, V> & MixinDefs<Mx>,
      MapOf<This>,
      Mx
    >;
  }

  /**
   * A model class mapped to an existing core Table (SQLAlchemy's `__table__ = users`), with
   * relationships or renamed columns in `properties`: `Base.mapped(users, { posts: relationship.many(() => Post) })`.
   */
  static mapped<
    This extends abstract new (
      ...args: never[]
    ) => object,
    const N extends string,
    C extends ColumnMap,
    const P extends TableProperties = {},
  >(
    this: This,
    table: Table<N, C>,
    properties?: P,
    options: { readonly mapperArgs?: MapperArgs } = {},
  ): TableMappedClass<This, N, C, P> {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the declarative base the method is called on, not DeclarativeBase
    const parent = this as unknown as abstract new (init?: object) => object;
    const registry = registryOf(parent);
    if (registry.metadata !== table.metadata) {
      throw new ArgumentError(
        `Table '${table.name}' belongs to another MetaData than ${parent.name}.metadata; create it with ${parent.name}.metadata`,
      );
    }
    const generated = class extends parent {};
    Object.defineProperty(generated, 'name', { value: `${parent.name}.mapped(${table.name})` });
    registry.mapTable(generated, table, properties, options.mapperArgs);
    return generated as unknown as TableMappedClass<This, N, C, P>;
  }
}

Object.defineProperty(DeclarativeBase, 'metadata', {
  get(this: Function) {
    return registryOf(this).metadata;
  },
  configurable: true,
});
Object.defineProperty(DeclarativeBase, 'registry', {
  get(this: Function) {
    return registryOf(this);
  },
  configurable: true,
});
Object.defineProperty(DeclarativeBase.prototype, 'awaitableAttrs', {
  get(this: object) {
    return awaitableAttrsOf(this);
  },
  configurable: true,
});
installDisplay(DeclarativeBase.prototype);
Object.defineProperty(DeclarativeBase, '__table__', {
  get(this: Function) {
    const mapper = mapperForClass(this);
    if (mapper === undefined)
      throw new UnmappedClassError(`Class ${this.name} is not mapped, so it has no __table__`);
    return mapper.localTable;
  },
  configurable: true,
});
Object.defineProperty(DeclarativeBase, '__tablename__', {
  get(this: Function) {
    return mapperForClass(this)?.localTable.name;
  },
  configurable: true,
});
Object.defineProperty(DeclarativeBase, '__mapper__', {
  get(this: Function) {
    return mapperForClass(this);
  },
  configurable: true,
});

/** A declarative base class whose annotation map has type `M`. */
export type DeclarativeBaseClass<M = {}> = typeof DeclarativeBase & { readonly typeAnnotationMap: M };

/** SQLAlchemy's declarative_base(): a new base with its own MetaData and type annotation map. */
export function declarativeBase<const M extends TypeAnnotationMap = {}>(
  options: { readonly metadata?: MetaData; readonly typeAnnotationMap?: M } = {},
): DeclarativeBaseClass<M> {
  abstract class Base extends DeclarativeBase {}
  Object.defineProperty(Base, 'typeAnnotationMap', {
    value: options.typeAnnotationMap ?? {},
    enumerable: true,
  });
  registries.set(Base, new Registry(options));
  return Base as unknown as DeclarativeBaseClass<M>;
}
