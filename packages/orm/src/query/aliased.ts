// aliased(User, { name: 'u2' }): a mapped class over an alias of its table (SQLAlchemy's
// AliasedClass). It has the class's typed attributes, bound to the alias's columns, and stands
// for the alias in core statements; `select(u2)` rows are User instances.
import {
  Alias,
  CLAUSE_ELEMENT,
  type ColumnElement,
  type HasClauseElement,
  SELECT_COLUMNS,
} from '@retort/core';
import type { InstanceOf } from '../declarative/model-types';
import { UnmappedClassError } from '../errors/orm-errors';
import { ColumnAttribute, RelationshipAttribute } from '../instrumentation/instrumented-attribute';
import { mapperForClass } from '../mapper/class-mapper';
import type { ColumnProperty } from '../mapper/column-property';
import type { Mapper } from '../mapper/mapper';
import type { OrmEntity } from '../mapper/orm-entity';
import { entityColumns } from './entity-columns';

/** Where an aliased entity keeps its inspection. */
export const ALIASED_INSP: unique symbol = Symbol.for('retort.orm.aliasedInsp');

/** `inspect(u2)`: the mapper, the alias and the entity (SQLAlchemy's AliasedInsp). */
export class AliasedInsp implements OrmEntity {
  readonly isAliasedClass = true;
  entity!: object;

  constructor(
    readonly mapper: Mapper,
    /** The alias rows come from. */
    readonly selectable: Alias,
    readonly name: string | undefined,
  ) {}

  columnFor(property: ColumnProperty): ColumnElement {
    const column = (this.selectable.c as Record<string, ColumnElement | undefined>)[
      property.column.columnKey
    ];
    if (column === undefined)
      throw new UnmappedClassError(`${this.displayName} has no column for ${property}`);
    return column;
  }

  get displayName(): string {
    return `aliased(${this.mapper.className}${this.name === undefined ? '' : `, ${this.name}`})`;
  }

  toString(): string {
    return this.displayName;
  }
}

type AttributesOf<C> = {
  readonly [K in keyof C as C[K] extends ColumnAttribute | RelationshipAttribute ? K : never]: C[K];
};

/** The type of `aliased(User)`: User's attributes over the alias; an entity for select(). */
export type AliasedClass<C> = AttributesOf<C> &
  (abstract new (
    ...args: never[]
  ) => InstanceOf<C>) &
  HasClauseElement<Alias> & { readonly [ALIASED_INSP]: AliasedInsp };

/** An alias of a mapped class: `const u2 = aliased(User, { name: 'u2' })`; anonymous without a name. */
export function aliased<C extends abstract new (...args: never[]) => object>(
  cls: C,
  options: { readonly name?: string } = {},
): AliasedClass<C> {
  const mapper = mapperForClass(cls);
  if (mapper === undefined) {
    throw new UnmappedClassError(
      `aliased() needs a mapped class, got ${typeof cls === 'function' ? `class ${cls.name}` : typeof cls}`,
    );
  }
  const alias = new Alias(mapper.localTable, options.name);
  const insp = new AliasedInsp(mapper, alias, options.name);
  const entity = function aliasedEntity(): never {
    throw new UnmappedClassError(
      `${insp.displayName} is not a class to construct; construct ${mapper.className}`,
    );
  };
  Object.defineProperty(entity, 'name', { value: insp.displayName });
  Object.defineProperty(entity, ALIASED_INSP, { value: insp });
  Object.defineProperty(entity, CLAUSE_ELEMENT, { value: () => alias });
  Object.defineProperty(entity, SELECT_COLUMNS, {
    value: (opts: readonly unknown[]) => entityColumns(insp, opts),
  });
  for (const prop of mapper.columnAttrs.values()) {
    Object.defineProperty(entity, prop.key, {
      value: new ColumnAttribute(insp, prop, insp.columnFor(prop)),
      enumerable: true,
    });
  }
  for (const prop of mapper.relationships.values()) {
    Object.defineProperty(entity, prop.key, {
      value: new RelationshipAttribute(insp, prop),
      enumerable: true,
    });
  }
  insp.entity = entity;
  return entity as unknown as AliasedClass<C>;
}

/** The inspection of an aliased() entity, if `value` is one. */
export function aliasedInspOf(value: unknown): AliasedInsp | undefined {
  return typeof value === 'function' ? (value as { [ALIASED_INSP]?: AliasedInsp })[ALIASED_INSP] : undefined;
}
