// Every module of @retort/core in dependency order. Modules import each other only through this
// file, so a base class is always evaluated before the classes that extend it, whatever module a
// program imports first (the usual cure for circular imports between node classes). Keep the
// order: a module must come after every module whose classes it extends.
export * from './errors/retort-error';
export * from './errors/dbapi-error';
export * from './errors/warnings';

export * from './types/type-engine';
export * from './types/operator-hooks';
export * from './types/numeric-types';
export * from './types/string-types';
export * from './types/boolean-type';
export * from './types/temporal-types';
export * from './types/other-types';
export * from './types/enum-type';
export * from './types/type-decorator';
export * from './types/temporal-format';
export * from './types/type-names';
export * from './types/generic-literal';
export * from './types/value-processors';

export * from './sql/operators';
export * from './sql/anon-label';
export * from './sql/cache-key';
export * from './sql/roles';
export * from './sql/node-kind';
export * from './dialect/default-dialect-holder';
export * from './sql/clause-element';
export * from './sql/column-element';

export * from './sql/elements/bind-parameter';
export * from './sql/elements/grouping';
export * from './sql/elements/binary-expression';
export * from './sql/elements/unary-expression';
export * from './sql/elements/clause-list';
export * from './sql/elements/boolean-clause-list';
export * from './sql/elements/label';
export * from './sql/elements/label-reference';
export * from './sql/elements/constants';
export * from './sql/elements/literal-column';
export * from './sql/elements/star';
export * from './sql/elements/column-clause';
export * from './sql/elements/json-path-element';
export * from './sql/elements/function-element';
export * from './sql/elements/over';
export * from './sql/elements/cast';
export * from './sql/elements/case';
export * from './sql/elements/extract';
export * from './sql/elements/tuple';
export * from './sql/elements/text-clause';
export * from './sql/elements/extension-node';
export * from './sql/coerce';
export * from './sql/type-adaptation';
export * from './sql/func';

export * from './sql/selectable/column-map';
export * from './sql/selectable/select-typing';
export * from './sql/selectable/columns-plus-names';
export * from './sql/selectable/from-clause';
export * from './sql/selectable/join';
export * from './sql/selectable/alias';
export * from './sql/selectable/subquery';
export * from './sql/selectable/cte';
export * from './sql/selectable/lateral';
export * from './sql/selectable/select-base';
export * from './sql/selectable/select';
export * from './sql/selectable/scalar-subquery';
export * from './sql/selectable/exists';
export * from './sql/selectable/compound-select';
export * from './sql/selectable/textual-select';

export * from './sql/dml/dml-base';
export * from './sql/dml/insert';
export * from './sql/dml/update';
export * from './sql/dml/delete';
export * from './sql/dml/upsert';
export * from './sql/dml/on-conflict-insert';
export * from './sql/dml/on-duplicate-insert';

export * from './schema/callable-class';
export * from './schema/column-default';
export * from './schema/dialect-options';
export * from './schema/foreign-key';
export * from './schema/constraint';
export * from './schema/column';
export * from './schema/index-definition';
export * from './schema/naming-convention';
export * from './schema/sort-tables';
export * from './schema/table';
export * from './schema/metadata';

export * from './compiler/compile-options';
export * from './compiler/compiled';
export * from './compiler/identifier-preparer';
export * from './compiler/sql-compiler';
export * from './compiler/str-sql-compiler';
export * from './compiler/compile-select';
export * from './compiler/compile-dml';
export * from './compiler/compile-upsert';

export * from './ddl/ddl-element';
export * from './ddl/ddl-compiler';
export * from './ddl/ddl-plan';

export * from './event/event-dispatcher';
export * from './event/event';
export * from './event/log-line';
export * from './engine/driver';
export * from './engine/pool-interface';
export * from './engine/url';
export * from './engine/python-repr';
export * from './engine/wrap-driver-error';
export * from './engine/engine-log';
export * from './engine/compiled-cache';
export * from './engine/row';
export * from './engine/result';
export * from './engine/streaming-result';
export * from './engine/engine-events';
export * from './engine/execution-context';
export * from './engine/insertmanyvalues';
export * from './engine/transaction';
export * from './engine/connection';
export * from './engine/engine';
export * from './engine/create-engine';
export * from './engine/ddl-runner';
export * from './inspection/inspector';
export * from './inspection/inspect';
export * from './inspection/reflection';

export * from './dialect/capabilities';
export * from './dialect/introspector';
export * from './dialect/dialect';
export * from './dialect/dialect-type-rules';
export * from './dialect/driver-error-rules';
export * from './dialect/isolation-level-connection';
export * from './dialect/default-dialect';
export * from './dialect/dialect-registry';
