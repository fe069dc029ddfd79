// One ORM-enabled SELECT's execution as loaders see it (SQLAlchemy's QueryContext), and the hooks
// @retort/relationships' loader strategies plug into: `setupQuery` (joined eager loading: add a
// join and columns, populate from each row) and the post-load list (`loadMany`, selectin).
import type { ColumnElement, ExecutionOptions, FromClause, Select } from '@retort/core';
import type { OrmEntity } from '../mapper/orm-entity';
import type { RelationshipProperty } from '../mapper/relationship-property';
import { LoaderOption } from '../query/loader-options';
import type { Session } from '../session/session';
import type { InstanceState } from '../state/instance-state';

/**
 * Hook contract (what @retort/relationships can rely on), as the query layer (loading/orm-select.ts)
 * calls it for every entity in a select:
 * - For each relationship of the entity, the strategy is the `lazy` of a LoaderOption whose path
 *   starts with that relationship attribute of this entity (`selectinload(User.posts)`), else the
 *   relationship's own `lazy`. `optionsBelow(options, attribute)` gives the options that apply to
 *   the related entity (the option's children, or the rest of its path).
 * - A strategy with `setupQuery(setup)` is asked before the statement runs: it may `setup.join()`
 *   the target and `setup.addEntity()` its columns (an EntityRowReader comes back), and returns a
 *   RowPopulator called once per row after the parent object was loaded, then `finish()` once.
 * - A strategy with `loadMany(states, session, options)` is called after all rows were loaded,
 *   with the parents loaded by this statement whose attribute still needs loading (new objects,
 *   populateExisting, or the attribute unloaded). `loadOne` is never called by the query layer;
 *   the Session calls it for `awaitableAttrs` (always on the 'select' strategy, as lazy loads).
 */

/** Reads one entity's object from a row (identity map first); undefined when its key columns are NULL (outer joins). */
export type EntityRowReader = (row: readonly unknown[]) => object | undefined;

/** What a joined loader strategy gets before the statement runs. */
export interface JoinedLoadSetup {
  readonly context: QueryContext;
  /** The entity whose relationship is being loaded. */
  readonly parent: OrmEntity;
  readonly property: RelationshipProperty;
  /** Options for the related entity (`joinedload(User.posts).options(…)`, or the rest of a path). */
  readonly options: readonly LoaderOption[];
  /** Adds `LEFT OUTER JOIN target ON onclause` (INNER JOIN with innerjoin) to the statement. */
  join(target: FromClause, onclause: ColumnElement, options?: { readonly innerjoin?: boolean }): void;
  /** Adds an entity's columns (an aliased() target, typically) and returns the reader of its objects. */
  addEntity(entity: OrmEntity, options?: readonly LoaderOption[]): EntityRowReader;
  /** Rows repeat the parent (a joined collection): the result must be `unique()`d, as SQLAlchemy requires. */
  requireUnique(): void;
  /** Appends to the statement's ORDER BY (a joined collection's orderBy, after the query's own). */
  orderBy(...clauses: readonly ColumnElement[]): void;
}

/** A joined loader's per-row callback. */
export interface RowPopulator {
  /** After the parent object was loaded from `row`; `isNew`: the parent was created by this statement (or populateExisting). */
  populate(parent: InstanceState, row: readonly unknown[], info: { readonly isNew: boolean }): void;
  /** After the last row (store collected collections). */
  finish?(): void;
}

export class QueryContext {
  /** A joined collection loader asked for unique(). */
  requiresUnique = false;

  constructor(
    readonly session: Session,
    /** The statement as executed (after doOrmExecute and joined-loader additions). */
    public statement: Select,
    /** Every option of the statement (loader options and others). */
    readonly options: readonly unknown[],
    readonly executionOptions: ExecutionOptions,
    /** Overwrite objects already in the identity map (SQLAlchemy's populate_existing). */
    readonly populateExisting: boolean,
    readonly identityToken: string | undefined,
  ) {}
}

/**
 * The options that apply to what `attribute` loads: children of options naming it, and the rest
 * of longer paths that start with it (`selectinload(User.posts).options(…)`).
 */
export function optionsBelow(
  options: readonly unknown[],
  parent: OrmEntity,
  property: RelationshipProperty,
): LoaderOption[] {
  const below: LoaderOption[] = [];
  for (const option of options) {
    if (!(option instanceof LoaderOption)) continue;
    const [first, ...rest] = option.path;
    if (first === undefined || !sameAttribute(first, parent, property.key)) continue;
    if (rest.length === 0) below.push(...option.children);
    else below.push(new LoaderOption(rest, option.strategy, option.children, option.only, option.group));
  }
  return below;
}

/**
 * The `lazy` a loader option sets for this relationship of `parent`, if any: an option naming it,
 * else a wildcard one (a relationship strategy without a path, `raiseload('*')`).
 */
export function optionStrategy(
  options: readonly unknown[],
  parent: OrmEntity,
  property: RelationshipProperty,
): string | undefined {
  let found: string | undefined;
  let wildcard: string | undefined;
  for (const option of options) {
    if (!(option instanceof LoaderOption) || option.strategy.lazy === undefined) continue;
    if (option.path.length === 0) wildcard = option.strategy.lazy;
    else if (
      option.path.length === 1 &&
      sameAttribute(option.path[0] as LoaderOption['path'][number], parent, property.key)
    )
      found = option.strategy.lazy;
  }
  return found ?? wildcard;
}

function sameAttribute(attribute: LoaderOption['path'][number], parent: OrmEntity, key: string): boolean {
  if (attribute.attributeKey !== key) return false;
  const owner = attribute.parent;
  return (
    owner === parent || (!owner.isAliasedClass && !parent.isAliasedClass && owner.mapper === parent.mapper)
  );
}
