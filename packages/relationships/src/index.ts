// @retort/relationships: SQLAlchemy 2.0's relationships for Retort. Importing it installs the
// relationship extension (join conditions, in-memory sync, comparators, flush dependencies) and the
// loader strategies into @retort/orm.
import { registerLoaderStrategy, registerRelationshipExtension } from '@retort/orm';
import { configureRelationship } from './configured-relationship';
import type { DynamicCollection } from './dynamic-collection';
import { ContainsEagerLoader } from './strategies/contains-eager-loader';
import { ImmediateLoader } from './strategies/immediate-loader';
import { JoinedLoader } from './strategies/joined-loader';
import { LazyLoader } from './strategies/lazy-loader';
import { OnAccessLoader } from './strategies/on-access-loader';
import { SelectInLoader } from './strategies/selectin-loader';
import { SubqueryLoader } from './strategies/subquery-loader';
import type { WriteOnlyCollection } from './write-only-collection';

registerRelationshipExtension({ configure: configureRelationship });
registerLoaderStrategy('select', (property) => new LazyLoader(property));
registerLoaderStrategy('selectin', (property) => new SelectInLoader(property));
registerLoaderStrategy('joined', (property) => new JoinedLoader(property));
registerLoaderStrategy('subquery', (property) => new SubqueryLoader(property));
registerLoaderStrategy('immediate', (property) => new ImmediateLoader(property));
registerLoaderStrategy('contains_eager', (property) => new ContainsEagerLoader(property));
for (const name of ['raise', 'raise_on_sql', 'noload', 'write_only', 'dynamic']) {
  registerLoaderStrategy(name, () => new OnAccessLoader(name));
}

declare module '@retort/orm' {
  /** `lazy: 'write_only'` and `lazy: 'dynamic'` collections read as these objects, not arrays. */
  interface CollectionKinds<T> {
    readonly write_only: T extends object ? WriteOnlyCollection<T> : never;
    readonly dynamic: T extends object ? DynamicCollection<T> : never;
  }
}

export { relationship } from '@retort/orm';
export { type BackrefOptions, backref } from './backref';
export { adaptClause, columnsIn } from './clause-adapter';
export { ConfiguredRelationship, configuredRelationship } from './configured-relationship';
export { DynamicCollection, DynamicQuery } from './dynamic-collection';
export { type ColumnPair, JoinCondition, type RelationshipDirection } from './join-condition';
export {
  type AnyRelationship,
  containsEager,
  defaultload,
  immediateload,
  type JoinedLoadOptions,
  joinedload,
  lazyload,
  noload,
  type RaiseLoadOptions,
  RelationshipLoad,
  raiseload,
  selectinload,
  subqueryload,
  WildcardLoad,
} from './loader-options';
export { NPlusOneError, type NPlusOneMode } from './n-plus-one';
export { SELECTIN_CHUNK_SIZE } from './strategies/selectin-loader';
export { withParent } from './with-parent';
export { WriteOnlyCollection } from './write-only-collection';
