// @retort/core: SQLAlchemy 2.0 Core for TypeScript. The public surface; internals stay in internal.ts.
import './internal';

// compilation and dialects
export type { CompileOptions } from './compiler/compile-options';
export { type CompileStackEntry, displayFroms, fromObjects } from './compiler/compile-select';
export {
  type OnConflictRules,
  renderOnConflictDoNothing,
  renderOnConflictDoUpdate,
  renderOnDuplicateKeyUpdate,
} from './compiler/compile-upsert';
export { Compiled, type ExecutionParams, type Placeholder, type ResultColumn } from './compiler/compiled';
export { ANSI_RESERVED_WORDS, IdentifierPreparer } from './compiler/identifier-preparer';
export { SQLCompiler, type VisitContext } from './compiler/sql-compiler';
export { StrSQLCompiler } from './compiler/str-sql-compiler';
export { DDLCompiler, type StatementCompilerClass } from './ddl/ddl-compiler';
// DDL
export {
  AddConstraint,
  CreateEnumType,
  CreateIndex,
  CreateSchema,
  CreateTable,
  DDLElement,
  type DDLKind,
  DropColumnComment,
  DropConstraint,
  DropEnumType,
  DropIndex,
  DropSchema,
  DropTable,
  DropTableComment,
  SetColumnComment,
  SetTableComment,
} from './ddl/ddl-element';
export { type DDLPlanOptions, planCreateAll, planDropAll } from './ddl/ddl-plan';
export { DEFAULT_CAPABILITIES, type DialectCapabilities } from './dialect/capabilities';
export { DefaultDialect, StrDialect } from './dialect/default-dialect';
export type {
  ConnectOptions,
  Dialect,
  DialectConnection,
  DialectResult,
  DialectRow,
  ErrorContext,
  IsolationLevel,
  Paramstyle,
} from './dialect/dialect';
export {
  DIALECT_PACKAGES,
  type DialectEntry,
  loadDialect,
  registerDialect,
  registeredDialect,
} from './dialect/dialect-registry';
export type { DialectTypeRules } from './dialect/dialect-type-rules';
export type { DriverErrorRules } from './dialect/driver-error-rules';
export type {
  Introspector,
  ReflectedCheckConstraint,
  ReflectedColumn,
  ReflectedComputed,
  ReflectedForeignKeyConstraint,
  ReflectedIdentity,
  ReflectedIndex,
  ReflectedPrimaryKeyConstraint,
  ReflectedTableComment,
  ReflectedUniqueConstraint,
} from './dialect/introspector';
export type { IsolationLevelConnection } from './dialect/isolation-level-connection';
export { CompiledCache } from './engine/compiled-cache';
export {
  Connection,
  type DefaultRow,
  type RowOfStatement,
} from './engine/connection';
export { createEngine, type EngineOptions } from './engine/create-engine';
export type { CreateAllOptions } from './engine/ddl-runner';
export type {
  ConnectionLifecycle,
  DriverColumn,
  DriverConnection,
  DriverCursor,
  DriverResult,
  ExecuteOptions,
} from './engine/driver';
export { Engine } from './engine/engine';
export type {
  ConnectionEvents,
  DriverParams,
  EngineEvents,
  ExceptionContext,
  ExecuteParams,
} from './engine/engine-events';
export { type EchoFlag, formatG4 } from './engine/engine-log';
export { ExecutionContext, type ExecutionOptions } from './engine/execution-context';
export type {
  Pool,
  PoolClass,
  PoolConnectionRecord,
  PoolEvents,
  PooledConnection,
  PoolOptions,
  ResetOnReturn,
} from './engine/pool-interface';
export { reprParams, reprValue } from './engine/python-repr';
export { type FirstOf, MappingResult, Result, ScalarResult } from './engine/result';
export { makeRow, type Row, RowBase, type RowMethods, type RowNamesOf, rowClassFor } from './engine/row';
export { StreamingMappings, StreamingResult, StreamingScalars } from './engine/streaming-result';
export { NestedTransaction, RootTransaction, Transaction } from './engine/transaction';
export { makeUrl, URL, type URLParts, type URLQuery } from './engine/url';
export { type DriverErrorExtras, wrapDriverError } from './engine/wrap-driver-error';
export {
  DatabaseError,
  DataError,
  DBAPIError,
  type DBAPIErrorClass,
  type DBAPIErrorDetails,
  IntegrityError,
  InterfaceError,
  InternalError,
  NotSupportedError,
  OperationalError,
  ProgrammingError,
} from './errors/dbapi-error';
// errors
export {
  AmbiguousForeignKeysError,
  ArgumentError,
  CircularDependencyError,
  CompileError,
  ConstraintColumnNotFoundError,
  DisconnectionError,
  DuplicateColumnError,
  IdentifierError,
  InvalidatePoolError,
  InvalidRequestError,
  LookupError,
  MultipleResultsFound,
  NoForeignKeysError,
  NoReferencedColumnError,
  NoReferencedTableError,
  NoResultFound,
  NoSuchColumnError,
  NoSuchModuleError,
  NoSuchTableError,
  PendingRollbackError,
  ResourceClosedError,
  RetortError,
  TimeoutError,
  UnsupportedCompilationError,
} from './errors/retort-error';
export { RetortWarning, warn, warnOnce } from './errors/warnings';
export { event } from './event/event';
// events, execution contracts
export {
  EVENTS,
  EventDispatcher,
  type EventTarget,
  type Listener,
  type ListenOptions,
} from './event/event-dispatcher';
export { formatAsctime, formatLogLine, type LogLevel, type LogWriter, writeLogLine } from './event/log-line';
export { inspect, registerInspection } from './inspection/inspect';
export { Inspector } from './inspection/inspector';
export { type ReflectOptions, reflectOneTable } from './inspection/reflection';
export {
  Column,
  type ColumnImpl,
  type ColumnItem,
  type ColumnKeyOf,
  type ColumnOptions,
  type ColumnValueOf,
} from './schema/column';
// schema
export { ColumnDefault, DefaultClause } from './schema/column-default';
export {
  CheckConstraint,
  type CheckConstraintImpl,
  ColumnCollectionConstraint,
  Constraint,
  type ConstraintOptions,
  ForeignKeyConstraint,
  type ForeignKeyConstraintImpl,
  PrimaryKeyConstraint,
  type PrimaryKeyConstraintImpl,
  UniqueConstraint,
  type UniqueConstraintImpl,
} from './schema/constraint';
export { dialectOptionsFor } from './schema/dialect-options';
export { ForeignKey, type ForeignKeyImpl, type ForeignKeyOptions } from './schema/foreign-key';
export { Index, type IndexImpl, type IndexOptions } from './schema/index-definition';
export { MetaData, type MetaDataImpl, type MetaDataOptions } from './schema/metadata';
export {
  type ConventionToken,
  DEFAULT_NAMING_CONVENTION,
  type NamingConvention,
} from './schema/naming-convention';
export {
  type SortedTables,
  type SortTablesOptions,
  sortTablesAndConstraints,
  TableCycleError,
} from './schema/sort-tables';
export { Table, type TableArg, type TableImpl, type TableOptions } from './schema/table';
export { type CacheKey, KeyBuilder } from './sql/cache-key';
// expressions
export { ClauseElement } from './sql/clause-element';
export { inferType } from './sql/coerce';
export {
  ColumnElement,
  type CustomOperatorOptions,
  type InValues,
  type JsonItem,
  type JsonMember,
  type LikeOptions,
  type Operand,
  type SubstringMatchOptions,
} from './sql/column-element';
export { Delete, type DeleteState, delete_, delete_ as delete } from './sql/dml/delete';
export { DMLBase, type DMLState, tableOf } from './sql/dml/dml-base';
export {
  Insert,
  type InsertState,
  initialInsertState,
  insert,
  type TargetColumns,
  type ValuesOf,
} from './sql/dml/insert';
export { OnConflictInsert, type OnConflictUpdate } from './sql/dml/on-conflict-insert';
export { OnDuplicateKeyInsert } from './sql/dml/on-duplicate-insert';
export { Update, type UpdateState, update } from './sql/dml/update';
export {
  OnConflictDoNothing,
  OnConflictDoUpdate,
  type OnConflictTarget,
  type OnConflictUpdateOptions,
  OnDuplicateKeyUpdate,
  type UpsertAssignment,
  type UpsertSet,
} from './sql/dml/upsert';
export { BinaryExpression } from './sql/elements/binary-expression';
export { BindParameter, bindparam } from './sql/elements/bind-parameter';
export { and, BooleanClauseList, not, or, type Predicate } from './sql/elements/boolean-clause-list';
export { Case, case_, case_ as case } from './sql/elements/case';
export { Cast, cast, TypeCoerce, typeCoerce } from './sql/elements/cast';
export { ClauseList } from './sql/elements/clause-list';
export { ColumnClause, column } from './sql/elements/column-clause';
export {
  FalseElement,
  false_,
  false_ as false,
  NullElement,
  null_,
  null_ as null,
  TrueElement,
  true_,
  true_ as true,
} from './sql/elements/constants';
export { ExtensionNode } from './sql/elements/extension-node';
export { Extract, extract } from './sql/elements/extract';
export { FunctionElement, type FunctionOptions } from './sql/elements/function-element';
export { Grouping } from './sql/elements/grouping';
export {
  type JsonExtraction,
  JsonIndexPathType,
  JsonPathElement,
  JsonPathType,
  jsonIndexPath,
} from './sql/elements/json-path-element';
export { Label } from './sql/elements/label';
export { LiteralColumn, literal, literalColumn } from './sql/elements/literal-column';
export {
  type FrameBound,
  FunctionFilter,
  Over,
  type OverOptions,
  over,
  WithinGroup,
} from './sql/elements/over';
export { TextClause, TextColumn, text } from './sql/elements/text-clause';
export { Tuple, tuple } from './sql/elements/tuple';
export {
  asc,
  desc,
  distinct,
  neg,
  nullsFirst,
  nullsLast,
  UnaryExpression,
} from './sql/elements/unary-expression';
export { type FuncNamespace, func } from './sql/func';
export type { NodeKind, NodeMap } from './sql/node-kind';
export type { OperatorName } from './sql/operators';
export {
  CLAUSE_ELEMENT,
  type HasClauseElement,
  type HasSelectColumns,
  JOIN_TARGET,
  type JoinTargetLike,
  SELECT_COLUMNS,
} from './sql/roles';
export { Alias, alias } from './sql/selectable/alias';
// selectables and statements
export type { ColumnMap, ColumnsByKey, RowShape } from './sql/selectable/column-map';
export {
  CompoundSelect,
  except,
  exceptAll,
  intersect,
  intersectAll,
  type SetOperator,
  union,
  unionAll,
} from './sql/selectable/compound-select';
export { CTE } from './sql/selectable/cte';
export { Exists, exists } from './sql/selectable/exists';
export { FromClause } from './sql/selectable/from-clause';
export { Join, joinCondition } from './sql/selectable/join';
export { Lateral } from './sql/selectable/lateral';
export { ScalarSubquery } from './sql/selectable/scalar-subquery';
export {
  type FetchOptions,
  type ForUpdateOptions,
  type JoinSpec,
  type LabelStyle,
  Select,
  type SelectState,
  select,
} from './sql/selectable/select';
export { SelectBase } from './sql/selectable/select-base';
export type {
  EntityClass,
  FirstValue,
  NamedFieldsOf,
  RowNames,
  RowOf,
  RowTuple,
  SelectArg,
  SubqueryColumns,
  ValueOf,
} from './sql/selectable/select-typing';
export { Subquery } from './sql/selectable/subquery';
export { TextualSelect } from './sql/selectable/textual-select';
export {
  adaptedResultType,
  comparedValueType,
  type TypeFamily,
  typeFamily,
} from './sql/type-adaptation';
export { BOOLEAN, Boolean, type BooleanOptions, BooleanType } from './types/boolean-type';
export { Enum, type EnumObject, type EnumOptions, EnumType } from './types/enum-type';
export { renderGenericLiteral, toHex, uuidToHex } from './types/generic-literal';
export {
  BIGINT,
  BigInteger,
  BigIntegerType,
  DECIMAL,
  DOUBLE,
  DOUBLE_PRECISION,
  Double,
  DoubleType,
  FLOAT,
  Float,
  FloatType,
  INTEGER,
  Integer,
  IntegerType,
  NUMERIC,
  Numeric,
  type NumericOptions,
  NumericType,
  REAL,
  SMALLINT,
  SmallInteger,
  SmallIntegerType,
} from './types/numeric-types';
export type { OperatorHooks } from './types/operator-hooks';
export {
  BINARY,
  BLOB,
  JSON,
  JSON_NULL,
  JSONType,
  LargeBinary,
  LargeBinaryType,
  NULLTYPE,
  NullType,
  TupleType,
  UUID,
  Uuid,
  UuidType,
  VARBINARY,
} from './types/other-types';
export {
  CHAR,
  CLOB,
  NCHAR,
  NVARCHAR,
  String,
  type StringOptions,
  StringType,
  TEXT,
  Text,
  TextType,
  Unicode,
  UnicodeText,
  VARCHAR,
} from './types/string-types';
export { formatDate, formatDateTime, parseDateTime } from './types/temporal-format';
export {
  DATE,
  DATETIME,
  Date,
  DateTime,
  type DateTimeOptions,
  DateTimeType,
  DateType,
  Interval,
  IntervalType,
  type IntervalValue,
  TIME,
  TIMESTAMP,
  Time,
  TimeType,
} from './types/temporal-types';
export { TypeDecorator } from './types/type-decorator';
// types
export {
  type BindProcessor,
  type EngineOf,
  type ResultProcessor,
  type TypeAffinity,
  TypeEngine,
  type TypeLike,
  toType,
  type ValueOfType,
} from './types/type-engine';
export {
  booleanNeedsCheck,
  enumAsVarchar,
  enumNeedsCheck,
  floatWithPrecision,
  GENERIC_TYPE_NAMES,
  lengthSuffix,
  precisionScale,
  stringWithCollation,
  type TypeNameRenderer,
  type TypeNames,
} from './types/type-names';
export {
  type AffinityProcessors,
  bigintToString,
  booleanToInt,
  bytesBind,
  bytesResult,
  dateBind,
  datetimeBind,
  datetimeResult,
  GENERIC_BIND_PROCESSORS,
  GENERIC_RESULT_PROCESSORS,
  intervalAsDatetimeBind,
  intervalAsDatetimeResult,
  jsonBind,
  jsonResult,
  numericFromFloat,
  timeResult,
  toBigInt,
  toBoolean,
  toDecimalString,
  toNumber,
  uuidHexBind,
  uuidHexResult,
} from './types/value-processors';
