// Class-level attributes (SQLAlchemy's InstrumentedAttribute): `User.username` is a typed SQL
// expression standing for its column (core's CLAUSE_ELEMENT), `User.posts` a relationship (joins,
// any/has/contains); both are attribute event targets. Made by the Mapper and by aliased().
import {
  CLAUSE_ELEMENT,
  ColumnElement,
  type Compiled,
  type CompileOptions,
  EVENTS,
  type EventDispatcher,
  JOIN_TARGET,
  type JoinTargetLike,
  type KeyBuilder,
  type TypeEngine,
} from '@retort/core';
import type { ColumnProperty } from '../mapper/column-property';
import type { OrmEntity } from '../mapper/orm-entity';
import type { RelationshipComparator, RelationshipComparatorOptions } from '../mapper/relationship-extension';
import type { RelationshipProperty } from '../mapper/relationship-property';
import type { CollectionAttributeEvents, ScalarAttributeEvents } from './attribute-events';

/**
 * A column attribute of a mapped class or aliased entity: a ColumnElement<T> whose operators
 * build SQL against its column (`User.username.eq('a')`); its `~key` names the row field.
 */
export class ColumnAttribute<
  K extends string = string,
  T = unknown,
  Owner extends string = string,
> extends ColumnElement<T> {
  readonly kind = 'column' as const;
  /** Phantom: the attribute key, which names the row field in `select(User.username)`. */
  declare readonly '~key': K;
  /** Phantom: the table of the class the attribute belongs to (configureMappers checks remoteSide with it). */
  declare readonly '~owner': Owner;
  readonly [EVENTS]: EventDispatcher<ScalarAttributeEvents<T>>;

  constructor(
    /** The mapped class or aliased() entity the attribute belongs to. */
    readonly parent: OrmEntity,
    readonly property: ColumnProperty,
    /** The column it stands for: the table's, or an alias's. */
    readonly expression: ColumnElement,
  ) {
    super();
    this[EVENTS] = property.dispatch as unknown as EventDispatcher<ScalarAttributeEvents<T>>;
  }

  /** The attribute name on the class (`key` itself is JSON member access on expressions). */
  get attributeKey(): K {
    return this.property.key as K;
  }

  get type(): TypeEngine {
    return this.expression.type;
  }

  [CLAUSE_ELEMENT](): ColumnElement {
    return this.expression;
  }

  override get bindKey(): string | undefined {
    return this.expression.bindKey;
  }

  addKey(builder: KeyBuilder): void {
    this.expression.addKey(builder);
  }

  /** Compiles the column it stands for. */
  override compile(options?: CompileOptions): Compiled {
    return this.expression.compile(options);
  }

  /** `User.username`, as SQLAlchemy prints an attribute. */
  override toString(): string {
    return `${this.parent.displayName}.${this.property.key}`;
  }
}

/**
 * A relationship attribute: `select(User).join(User.posts)`, `User.posts.any(...)`,
 * `Post.author.has(...)`, `User.posts.contains(post)`. The SQL comes from @retort/relationships.
 */
export class RelationshipAttribute<
  K extends string = string,
  Target = unknown,
  Many extends boolean = boolean,
> {
  /** Phantom: the key, target instance type and cardinality. Never set at run time. */
  declare readonly '~relationship': { readonly key: K; readonly target: Target; readonly many: Many };
  readonly [EVENTS]: EventDispatcher<
    Many extends true ? CollectionAttributeEvents<Target> : ScalarAttributeEvents<Target | null>
  >;

  constructor(
    readonly parent: OrmEntity,
    readonly property: RelationshipProperty,
    /** How `of()` / `and()` narrowed the attribute (undefined for the class attribute itself). */
    readonly narrowing: RelationshipComparatorOptions | undefined = undefined,
  ) {
    this[EVENTS] = property.dispatch as unknown as EventDispatcher<
      Many extends true ? CollectionAttributeEvents<Target> : ScalarAttributeEvents<Target | null>
    >;
  }

  get attributeKey(): K {
    return this.property.key as K;
  }

  [JOIN_TARGET](): ReturnType<JoinTargetLike[typeof JOIN_TARGET]> {
    return this.comparator().joinTarget();
  }

  /** EXISTS over the collection's rows matching `criterion`: `User.posts.any(Post.title.like('%sql%'))`. */
  any(
    this: RelationshipAttribute<K, Target, true>,
    criterion?: ColumnElement<boolean | null>,
  ): ColumnElement<boolean> {
    return this.comparator().any(criterion);
  }

  /** EXISTS over the related row matching `criterion`: `Post.author.has(User.username.eq('a'))`. */
  has(
    this: RelationshipAttribute<K, Target, false>,
    criterion?: ColumnElement<boolean | null>,
  ): ColumnElement<boolean> {
    return this.comparator().has(criterion);
  }

  /** The collection contains `item`: `User.posts.contains(post)`. */
  contains(this: RelationshipAttribute<K, Target, true>, item: Target): ColumnElement<boolean> {
    return this.comparator().contains(item as object);
  }

  /** The related object is `item` (`Post.author.eq(user)`; `eq(null)`: there is none). */
  eq(this: RelationshipAttribute<K, Target, false>, item: Target | null): ColumnElement<boolean> {
    return this.comparator().eq(item as object | null);
  }

  /** The related object is not `item` (`Post.author.ne(user)`; `ne(null)`: there is one). */
  ne(this: RelationshipAttribute<K, Target, false>, item: Target | null): ColumnElement<boolean> {
    return this.comparator().ne(item as object | null);
  }

  /** The relationship towards an aliased() entity of its target (SQLAlchemy's of_type): `join(User.posts.of(p2))`. */
  of(entity: abstract new (...args: never[]) => Target): RelationshipAttribute<K, Target, Many> {
    return new RelationshipAttribute<K, Target, Many>(this.parent, this.property, {
      ...this.narrowing,
      targetEntity: entity,
    });
  }

  /** The relationship with extra join criteria (SQLAlchemy's `and_()`): `join(User.posts.and(Post.title.eq('x')))`. */
  and(...criteria: readonly ColumnElement<boolean | null>[]): RelationshipAttribute<K, Target, Many> {
    return new RelationshipAttribute<K, Target, Many>(this.parent, this.property, {
      ...this.narrowing,
      criteria: [...(this.narrowing?.criteria ?? []), ...criteria],
    });
  }

  private comparator(): RelationshipComparator {
    return this.property.comparator(this.parent, this.narrowing);
  }

  toString(): string {
    return `${this.parent.displayName}.${this.property.key}`;
  }
}
