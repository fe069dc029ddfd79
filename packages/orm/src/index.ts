// @retort/orm: SQLAlchemy 2.0's ORM for TypeScript. Declarative models, instrumentation and
// history, instance state, the identity map, and the interfaces @retort/relationships plugs into.

export { configureMappers, type MapperErrors } from './declarative/configure-mappers';
export {
  DeclarativeBase,
  type DeclarativeBaseClass,
  declarativeBase,
} from './declarative/declarative-base';
export {
  type ColumnSpec,
  MappedColumn,
  type MappedColumnOptions,
  mappedColumn,
} from './declarative/mapped-column';
export { type MixinClass, mixin } from './declarative/mixin';
export type {
  AnnotationCheck,
  AttributeTypesOf,
  AwaitableAttrs,
  ClassAttributes,
  CollectionKinds,
  ColumnValue,
  Init,
  InitArgs,
  Instance,
  InstanceOf,
  MappedClass,
  MappedInstance,
  MixinClassLike,
  ModelDef,
  PropValue,
  RelationshipValue,
  RequiredKeys,
  ReservedCheck,
  TableColumns,
  TargetOf,
} from './declarative/model-types';
export {
  Registry,
  type RegistryOptions,
  type TableArgs,
  type TableConfig,
  type TableProperties,
} from './declarative/registry';
export {
  type BackrefSpec,
  type LazyStrategy,
  RelationshipDef,
  type RelationshipOptions,
  relationship,
} from './declarative/relationship';
export type { TableMappedClass } from './declarative/table-mapped-class';
export {
  DEFAULT_TYPE_ANNOTATION_MAP,
  type DefaultTypeAnnotationMap,
  type TypeAnnotationMap,
} from './declarative/type-annotation-map';
export {
  DetachedInstanceError,
  FlushError,
  MapperConfigurationError,
  NoInspectionAvailable,
  ObjectDeletedError,
  StaleDataError,
  UnevaluatableError,
  UnloadedAttributeError,
  UnmappedClassError,
  UnmappedInstanceError,
} from './errors/orm-errors';
export { inspect } from './inspect';
export type {
  AttributeEventToken,
  CollectionAttributeEvents,
  ScalarAttributeEvents,
} from './instrumentation/attribute-events';
export {
  AttributeImpl,
  type AttributeOwner,
  CollectionAttributeImpl,
  ScalarAttributeImpl,
  ScalarObjectAttributeImpl,
  WriteOnlyHistory,
} from './instrumentation/attribute-impl';
export { awaitableAttrsOf } from './instrumentation/awaitable-attrs';
export { flagModified, getHistory, isModified } from './instrumentation/flag-modified';
export { History, NO_VALUE, type NoValue } from './instrumentation/history';
export { ColumnAttribute, RelationshipAttribute } from './instrumentation/instrumented-attribute';
export { type CollectionAdapter, InstrumentedList } from './instrumentation/instrumented-list';
export { type ValidatesOptions, validates } from './instrumentation/validates';
export {
  type EntityRowReader,
  type JoinedLoadSetup,
  optionStrategy,
  optionsBelow,
  QueryContext,
  type RowPopulator,
} from './loading/query-context';
export { type CascadeName, CascadeOptions, DEFAULT_CASCADE } from './mapper/cascade-options';
export { MAPPER, mapperForClass } from './mapper/class-mapper';
export { ColumnProperty, type ColumnPropertyOptions } from './mapper/column-property';
export { Mapper, type MapperArgs, type MapperProperty, type MapperRegistry } from './mapper/mapper';
export type { MapperEvents } from './mapper/mapper-events';
export type { OrmEntity } from './mapper/orm-entity';
export {
  type FlushAction,
  type FlushContext,
  type FlushDependency,
  type LoaderStrategy,
  type LoaderStrategyFactory,
  loaderStrategy,
  type RelationshipBehavior,
  type RelationshipComparator,
  type RelationshipComparatorOptions,
  type RelationshipExtension,
  registerLoaderStrategy,
  registerRelationshipExtension,
  relationshipExtension,
} from './mapper/relationship-extension';
export { RelationshipProperty } from './mapper/relationship-property';
export { ALIASED_INSP, type AliasedClass, AliasedInsp, aliased, aliasedInspOf } from './query/aliased';
export { type ColumnsClauseEntry, describeColumnsClause, ormEntityOf } from './query/columns-clause';
export {
  defer,
  type LoaderAttribute,
  LoaderOption,
  type LoaderStrategySpec,
  loadOnly,
  undefer,
  undeferGroup,
} from './query/loader-options';
export type { OrmExecutionOptions, SessionExecuteOptions } from './session/orm-execute';
export { OrmExecuteState } from './session/orm-execute-state';
export {
  type GetOptions,
  type PrimaryKeyIdentity,
  Session,
  type SessionOptions,
} from './session/session';
export type { SessionEvents } from './session/session-events';
export {
  type JoinTransactionMode,
  SessionTransaction,
  type TransactionOrigin,
} from './session/session-transaction';
export {
  type SessionClass,
  type SessionMaker,
  type SessionMakerOptions,
  sessionmaker,
} from './session/sessionmaker';
export { IdentityKey } from './state/identity-key';
export { IdentityMap } from './state/identity-map';
export {
  AttributeState,
  type AttributeTypes,
  INSTANCE_STATE,
  InstanceState,
  instanceStateOf,
  MAPPED_ATTRIBUTES,
} from './state/instance-state';
export type { SessionHandle } from './state/session-handle';
