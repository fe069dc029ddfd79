// The interfaces @retort/relationships plugs into: the ORM owns declarations, instrumentation and
// configure-time checks; the extension gives each RelationshipProperty its behaviour (join
// conditions, comparators, loader strategies, flush dependencies for the unit of work).
import { type ClauseElement, type ColumnElement, InvalidRequestError } from '@retort/core';
import type { History } from '../instrumentation/history';
import type { JoinedLoadSetup, RowPopulator } from '../loading/query-context';
import type { Session } from '../session/session';
import type { InstanceState } from '../state/instance-state';
import type { Mapper } from './mapper';
import type { OrmEntity } from './orm-entity';
import type { RelationshipProperty } from './relationship-property';

/** Class-level expressions of a relationship on one entity (`User.posts.any(...)`, `select(User).join(User.posts)`). */
export interface RelationshipComparator {
  /** The target and ON clause for `select(User).join(User.posts)` (core's JOIN_TARGET protocol). */
  joinTarget(): { readonly target: ClauseElement; readonly onclause: ClauseElement };
  /** EXISTS over a collection: `User.posts.any(Post.title.like('%sql%'))`. */
  any(criterion?: ColumnElement<boolean | null>): ColumnElement<boolean>;
  /** EXISTS over a scalar relationship: `Post.author.has(User.username.eq('a'))`. */
  has(criterion?: ColumnElement<boolean | null>): ColumnElement<boolean>;
  /** A collection contains this object: `User.posts.contains(post)`. */
  contains(item: object): ColumnElement<boolean>;
  /** A scalar relationship is this object, or null: `Post.author.eq(user)`. */
  eq(item: object | null): ColumnElement<boolean>;
  /** A scalar relationship is not this object (or null): `Post.author.ne(user)`. */
  ne(item: object | null): ColumnElement<boolean>;
}

/** How a relationship attribute narrows its comparator: `User.posts.of(aliasedPost)`, `User.posts.and(...)`. */
export interface RelationshipComparatorOptions {
  /** The target entity to use instead of the mapped class: an aliased() entity (SQLAlchemy's of_type). */
  readonly targetEntity?: object;
  /** Extra criteria ANDed into the join condition (SQLAlchemy's `and_()` on relationship attributes). */
  readonly criteria?: readonly ColumnElement<boolean | null>[];
}

/**
 * What the unit of work asks of a relationship at flush (SQLAlchemy's DependencyProcessor): which
 * objects must be written before which, and the foreign-key values to copy between them. The
 * Session's flush (unitofwork/unit-of-work.ts) calls, in this order:
 * 1. `presortSaves`/`presortDeletes` with the parent mapper's objects in the flush (again for
 *    objects added by other presorts, until nothing new comes): register related objects
 *    (cascades, orphans, children whose foreign key changes) with `context.registerObject`.
 * 2. `registerDependencies` once: order this relationship's actions among the mappers' with
 *    `context.order(...)` (SQLAlchemy's per_property_dependencies), e.g. for one-to-many
 *    `order(saves(parent), process(dep, false))`, `order(process(dep, false), saves(child))`.
 * 3. When the mapper-level order has a cycle (self-referential relationships), the actions in it
 *    become per-object actions and `registerStateDependencies` orders those
 *    (`order(saveState(parent), processState(dep, false, parent))`, …; SQLAlchemy's
 *    per_state_dependencies). Without it, per-object actions keep insertion order.
 * 4. `processSaves`/`processDeletes` when their action runs: with the parent mapper's objects
 *    being saved (deleted), or one object for a per-object action.
 */
export interface FlushDependency {
  /** Orders this relationship's actions (see FlushContext.saves/deletes/process/order). */
  registerDependencies(context: FlushContext): void;
  /** Per-object ordering when the mappers form a cycle; `states` are the parent mapper's objects in the flush. */
  registerStateDependencies?(
    context: FlushContext,
    states: readonly InstanceState[],
    isDelete: boolean,
  ): void;
  /** Before sorting: pull related objects into the flush (cascades, orphans). */
  presortSaves(context: FlushContext, states: readonly InstanceState[]): void | Promise<void>;
  presortDeletes(context: FlushContext, states: readonly InstanceState[]): void | Promise<void>;
  /** After the parents' rows are written: copy keys to children, or write association rows. */
  processSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void>;
  processDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void>;
}

/** One step of a flush, as FlushContext hands it out to be ordered (opaque to dependencies). */
export interface FlushAction {
  readonly sortKey: string;
}

/** The unit of work as flush dependencies see it (SQLAlchemy's UOWTransaction; implemented by the Session's flush). */
export interface FlushContext {
  readonly session: Session;
  /** Scratch space shared by the dependencies of one flush (SQLAlchemy's uow.attributes). */
  readonly attributes: Map<unknown, unknown>;
  /** The attribute's history; `load: true` loads an unloaded attribute first (passive=False). */
  history(state: InstanceState, key: string, options?: { readonly load?: boolean }): Promise<History>;
  /**
   * Adds an object of the Session to the flush, to be saved or deleted (`listOnly`: seen by the
   * dependencies, not written). A later registration can turn a save into a delete, or a delete
   * back into a save with `cancelDelete`. Returns false when the object is not in the Session.
   */
  registerObject(
    state: InstanceState,
    options?: { readonly isDelete?: boolean; readonly listOnly?: boolean; readonly cancelDelete?: boolean },
  ): boolean;
  /** Whether the object is in this flush to be deleted. */
  isDeleted(state: InstanceState): boolean;
  /** The objects of a mapper in this flush (saved, or deleted). */
  statesFor(mapper: Mapper, isDelete: boolean): readonly InstanceState[];
  /** Shorthand: `before`'s rows are inserted before `after`'s and deleted after them. */
  addDependency(before: Mapper, after: Mapper): void;
  /** The INSERT/UPDATE of a mapper's objects. */
  saves(mapper: Mapper): FlushAction;
  /** The DELETE of a mapper's objects. */
  deletes(mapper: Mapper): FlushAction;
  /** A dependency's processSaves (isDelete false) or processDeletes (true). */
  process(dependency: FlushDependency, isDelete: boolean): FlushAction;
  /** Per-object actions, for registerStateDependencies. */
  saveState(state: InstanceState): FlushAction;
  deleteState(state: InstanceState): FlushAction;
  processState(dependency: FlushDependency, isDelete: boolean, state: InstanceState): FlushAction;
  /** `before` runs before `after`. */
  order(before: FlushAction, after: FlushAction): void;
  /** Schedules an UPDATE of these column attributes after all INSERTs and UPDATEs (postUpdate relationships). */
  registerPostUpdate(state: InstanceState, keys: readonly string[]): void;
}

/**
 * A way of loading a relationship (SQLAlchemy's LoaderStrategy): lazy 'select', 'selectin',
 * 'joined', 'subquery', 'raise', 'noload', … Registered by name; the query layer (loading/) picks
 * one per relationship from the `lazy` option or a loader option and calls these hooks.
 */
export interface LoaderStrategy {
  readonly name: string;
  /** Loads the attribute of one persistent instance (lazy loading, `awaitableAttrs`). */
  loadOne?(state: InstanceState, session: Session): Promise<void>;
  /**
   * Post-load (selectin, subquery, immediate): loads the attribute for many parents after their
   * rows were hydrated. The query layer calls it for every strategy that has it; lazy strategies
   * ('select') must not define it. `options` apply to the related entity (see optionsBelow()).
   */
  loadMany?(states: readonly InstanceState[], session: Session, options: readonly unknown[]): Promise<void>;
  /** Joined eager loading: add the join and the target's columns, and populate from each row (loading/query-context.ts). */
  setupQuery?(setup: JoinedLoadSetup): RowPopulator;
}

export type LoaderStrategyFactory = (property: RelationshipProperty) => LoaderStrategy;

/** What @retort/relationships gives one relationship property during configureMappers(). */
export interface RelationshipBehavior {
  /** Comparator for class-level expressions on `entity` (the mapped class, or an aliased() entity). */
  comparator(entity: OrmEntity, options?: RelationshipComparatorOptions): RelationshipComparator;
  /** Flush-time behaviour (none for viewonly relationships). */
  readonly dependency: FlushDependency | undefined;
  /** The `lazy` for one object, from the loader options of the query that loaded it (`raiseload(User.posts)`). */
  lazyFor?(state: InstanceState): string | undefined;
  /** The value when no SQL is needed to know it (a many-to-one in the identity map, a NULL key); NO_VALUE otherwise. */
  resolveWithoutSql?(state: InstanceState): unknown;
  /** For lazy 'write_only' / 'dynamic': the collection object a read returns instead of an array. */
  collectionView?(state: InstanceState): object | undefined;
}

/** The extension @retort/relationships registers (once, when imported). */
export interface RelationshipExtension {
  /**
   * Called for every relationship during configureMappers(), after the ORM resolved and checked
   * the target, backPopulates, remoteSide, foreignKeys and secondary. Computes the join condition
   * and direction, installs attribute listeners that keep both sides in sync, and returns the behaviour.
   */
  configure(property: RelationshipProperty): RelationshipBehavior;
}

let extension: RelationshipExtension | undefined;
const strategies = new Map<string, LoaderStrategyFactory>();

/** Installs the relationships extension (called by @retort/relationships when it is imported); undefined removes it. */
export function registerRelationshipExtension(ext: RelationshipExtension | undefined): void {
  extension = ext;
}

/** The installed relationships extension, if any. */
export function relationshipExtension(): RelationshipExtension | undefined {
  return extension;
}

/** Registers a loader strategy under a `lazy` name ('select', 'selectin', …). */
export function registerLoaderStrategy(name: string, factory: LoaderStrategyFactory): void {
  strategies.set(name, factory);
}

/** The loader strategy `name` for `property`, or an error naming the package that provides it. */
export function loaderStrategy(name: string, property: RelationshipProperty): LoaderStrategy {
  const factory = strategies.get(name);
  if (factory === undefined) {
    throw new InvalidRequestError(
      `${property}: no loader strategy '${name}' is registered; relationship loading comes from @retort/relationships (import it once in your program)`,
    );
  }
  return factory(property);
}
