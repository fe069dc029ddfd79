// The registry of one declarative base (SQLAlchemy's registry): its MetaData, its type annotation
// map, and its mappers. It builds tables and mappers from model definitions, maps existing core
// Tables imperatively, and configures its mappers (resolving relationships) on first use.
import {
  ArgumentError,
  Column,
  type Constraint,
  Index,
  MetaData,
  NoReferencedColumnError,
  NoReferencedTableError,
  Table,
  type TableArg,
  type TableOptions,
} from '@retort/core';
import { awaitableAttrsOf } from '../instrumentation/awaitable-attrs';
import { installDisplay } from '../instrumentation/instance-display';
import { mapperForClass } from '../mapper/class-mapper';
import { Mapper, type MapperArgs, type MapperRegistry } from '../mapper/mapper';
import { MappedColumn } from './mapped-column';
import { applyMixins, mixinDefinition } from './mixin';
import { RelationshipDef } from './relationship';
import { checkTypeAnnotationMap, type TypeAnnotationMap } from './type-annotation-map';

export interface RegistryOptions {
  readonly metadata?: MetaData;
  /** Annotation keys for `mappedColumn('str')`: `{ str: String(255) }`; SQLAlchemy's defaults apply for the rest. */
  readonly typeAnnotationMap?: TypeAnnotationMap;
}

/** SQLAlchemy's `__table_args__`: constraints, indexes and one options object (schema, comment, dialect options). */
export type TableArgs = readonly (Constraint | Index | TableOptions)[] | TableOptions;

/** The third argument of `Base.table(name, columns, config)`. */
export interface TableConfig<Mx extends readonly unknown[] = readonly unknown[], V extends string = string> {
  /** Mixin classes made with `mixin({...})`: their columns come after the table's own, their methods join the class. */
  readonly mixins?: Mx;
  readonly tableArgs?: TableArgs;
  /** SQLAlchemy's `__mapper_args__` (versionIdCol, eagerDefaults, …). */
  readonly mapperArgs?: MapperArgs<V>;
}

/** Extra properties for a mapped Core table: relationships, or a column under another attribute name. */
export type TableProperties = { readonly [key: string]: RelationshipDef | Column };

/** Keys a class attribute cannot have (see ReservedKey in model-types.ts). */
const RESERVED = new Set([
  'name',
  'length',
  'prototype',
  'caller',
  'arguments',
  'metadata',
  'registry',
  'table',
  'mapped',
  'typeAnnotationMap',
  '__table__',
  '__tablename__',
  '__mapper__',
  'awaitableAttrs',
]);

const registries = new Set<Registry>();

export class Registry implements MapperRegistry {
  readonly metadata: MetaData;
  readonly typeAnnotationMap: TypeAnnotationMap;
  private readonly mapperSet = new Set<Mapper>();
  private unconfigured = false;
  private configuring = false;

  constructor(options: RegistryOptions = {}) {
    this.metadata = options.metadata ?? new MetaData();
    this.typeAnnotationMap = checkTypeAnnotationMap(options.typeAnnotationMap ?? {});
    registries.add(this);
  }

  /** Every mapper of this registry. */
  get mappers(): readonly Mapper[] {
    return [...this.mapperSet];
  }

  /** Builds the table and mapper of a declarative definition for `cls` (what `Base.table()` does). */
  mapDeclarative(
    cls: abstract new (...args: never[]) => object,
    tableName: string,
    def: unknown,
    config: TableConfig = {},
  ): Mapper {
    if (typeof def !== 'object' || def === null) {
      throw new ArgumentError(
        `Base.table('${tableName}', columns): columns must be an object of mappedColumn() and relationship declarations`,
      );
    }
    const entries: [string, unknown][] = Object.entries(def);
    const own = new Set(entries.map(([key]) => key));
    const mixins = config.mixins ?? [];
    for (const mixinClass of mixins) {
      for (const entry of Object.entries(mixinDefinition(mixinClass, tableName))) {
        if (!own.has(entry[0])) {
          own.add(entry[0]);
          entries.push(entry);
        }
      }
    }
    const columns: Column[] = [];
    const declarations: [string, MappedColumn | RelationshipDef][] = [];
    for (const [key, value] of entries) {
      checkKey(key, `${tableName}.${key}`);
      if (value instanceof MappedColumn) {
        columns.push(value.toColumn(key, this.typeAnnotationMap, `${tableName}.${key}`));
        declarations.push([key, value]);
      } else if (value instanceof RelationshipDef) declarations.push([key, value]);
      else {
        throw new ArgumentError(
          `${tableName}.${key}: expected mappedColumn(...) or relationship.many/one(...), got ${describe(value)}`,
        );
      }
    }
    const table = new Table(
      tableName,
      this.metadata,
      ...columns,
      ...tableArgItems(config.tableArgs, tableName),
    );
    const mapper = new Mapper(this, table, cls);
    let column = 0;
    for (const [key, declaration] of declarations) {
      if (declaration instanceof MappedColumn) {
        mapper.addColumnProperty(key, columns[column++] as Column, {
          deferred: declaration.options.deferred,
          group: declaration.options.deferredGroup,
        });
      } else mapper.addRelationship(key, declaration);
    }
    mapper.applyArgs(config.mapperArgs);
    applyMixins(cls, mixins, own);
    this.register(mapper);
    return mapper;
  }

  /**
   * Maps an existing core Table onto `cls`: every column under its key, then `properties`
   * (relationships, or a column under another attribute name: `{ name_: users.c.name }`).
   */
  mapTable(
    cls: abstract new (...args: never[]) => object,
    table: Table,
    properties: TableProperties = {},
    mapperArgs?: MapperArgs,
  ): Mapper {
    if (mapperForClass(cls)?.baseClass === cls) {
      throw new ArgumentError(
        `Class ${cls.name} is already mapped (to table '${mapperForClass(cls)?.localTable.name}')`,
      );
    }
    const renamed = new Set<unknown>(Object.values(properties).filter((p) => p instanceof Column));
    const mapper = new Mapper(this, table, cls);
    for (const column of table.columnList) {
      if (renamed.has(column)) continue;
      checkKey(
        column.columnKey,
        `${table.name}.${column.columnKey}`,
        ` (map the column under another key: { ${column.columnKey}_: ${table.name}.c.${column.columnKey} })`,
      );
      mapper.addColumnProperty(column.columnKey, column as Column);
    }
    for (const [key, value] of Object.entries(properties)) {
      checkKey(key, `${table.name}.${key}`);
      if (value instanceof RelationshipDef) mapper.addRelationship(key, value);
      else if (value instanceof Column && value.table === table) mapper.addColumnProperty(key, value);
      else {
        throw new ArgumentError(
          `${table.name}.${key}: a property must be a relationship declaration or a column of '${table.name}', got ${describe(value)}`,
        );
      }
    }
    mapper.applyArgs(mapperArgs);
    this.register(mapper);
    return mapper;
  }

  /**
   * SQLAlchemy's `registry.map_imperatively(User, users, properties={...})`: maps a plain class.
   * Declare its attributes with `declare` (a class field would hide the instrumented accessor).
   */
  mapImperatively<C extends abstract new (...args: never[]) => object>(
    cls: C,
    table: Table,
    options: { readonly properties?: TableProperties; readonly mapperArgs?: MapperArgs } = {},
  ): Mapper<InstanceType<C>> {
    const mapper = this.mapTable(cls, table, options.properties, options.mapperArgs);
    if (!('awaitableAttrs' in cls.prototype)) {
      Object.defineProperty(cls.prototype, 'awaitableAttrs', {
        get(this: object) {
          return awaitableAttrsOf(this);
        },
        configurable: true,
      });
    }
    installDisplay(cls.prototype);
    return mapper as unknown as Mapper<InstanceType<C>>;
  }

  /**
   * Resolves the relationships of every mapper not configured yet (SQLAlchemy's configure): targets,
   * backPopulates, remoteSide, foreignKeys, secondary tables and foreign keys of the tables, then
   * lets @retort/relationships install its behaviour. Errors name both classes and the attribute.
   */
  configure(): void {
    if (!this.unconfigured || this.configuring) return;
    this.configuring = true;
    try {
      const pending = [...this.mapperSet].filter((m) => !m.configured);
      for (const mapper of pending) for (const prop of mapper.relationships.values()) prop.resolveTarget();
      for (const mapper of pending) {
        checkForeignKeys(mapper);
        for (const prop of mapper.relationships.values()) prop.resolveReferences();
      }
      for (const mapper of pending) for (const prop of mapper.relationships.values()) prop.installBehavior();
      for (const mapper of pending) {
        mapper.configured = true;
        if (mapper.dispatch.has('mapperConfigured'))
          mapper.dispatch.dispatch('mapperConfigured', mapper, mapper.class_);
      }
      this.unconfigured = false;
    } finally {
      this.configuring = false;
    }
  }

  /** Forgets this registry's mappers and stops configureMappers() from visiting it. */
  dispose(): void {
    this.mapperSet.clear();
    registries.delete(this);
  }

  private register(mapper: Mapper): void {
    this.mapperSet.add(mapper);
    this.unconfigured = true;
  }
}

/** Configures every mapper of every registry (SQLAlchemy's configure_mappers()). */
export function configureAllRegistries(): void {
  for (const registry of registries) registry.configure();
}

function checkKey(key: string, where: string, hint = ''): void {
  if (RESERVED.has(key)) {
    const why =
      key === 'name' || key === 'length'
        ? `every JavaScript class has its own '${key}'`
        : `'${key}' is reserved by the declarative base`;
    throw new ArgumentError(
      `${where}: '${key}' cannot be a class attribute (${why}). Map it as ${key}_ with the database name given explicitly: ${key}_: mappedColumn('${key}', …)${hint}`,
    );
  }
}

function checkForeignKeys(mapper: Mapper): void {
  for (const column of mapper.localTable.columnList) {
    for (const fk of (column as Column).foreignKeys) {
      try {
        void fk.column;
      } catch (error) {
        const attribute = mapper.propertyForColumn(column as Column)?.key ?? column.name;
        const where = `${mapper.className}.${attribute}`;
        if (error instanceof NoReferencedTableError) {
          throw new NoReferencedTableError(`${where}: ${error.message}`, { cause: error });
        }
        if (error instanceof NoReferencedColumnError) {
          throw new NoReferencedColumnError(`${where}: ${error.message}`, { cause: error });
        }
        throw error;
      }
    }
  }
}

function tableArgItems(args: TableArgs | undefined, tableName: string): TableArg[] {
  if (args === undefined) return [];
  const list: readonly unknown[] = Array.isArray(args) ? args : [args];
  return list.map((item) => {
    if (item instanceof Index || (typeof item === 'object' && item !== null && 'isConstraint' in item)) {
      return item as TableArg;
    }
    if (typeof item === 'object' && item !== null && Object.getPrototypeOf(item) === Object.prototype) {
      return item as TableOptions;
    }
    throw new ArgumentError(
      `Base.table('${tableName}'): tableArgs holds constraints, indexes and one options object, got ${describe(item)}`,
    );
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return value.constructor?.name ?? 'object';
  if (typeof value === 'function') return `function ${value.name}`;
  return typeof value;
}
