// The closed set of node kinds the compilers must handle. The compiler's visitor table is typed
// from NodeMap, so adding a kind without a visitor does not compile.

import type { DDLElement } from '../ddl/ddl-element';
import type { Table } from '../schema/table';
import type { Delete } from './dml/delete';
import type { Insert } from './dml/insert';
import type { Update } from './dml/update';
import type { BinaryExpression } from './elements/binary-expression';
import type { BindParameter } from './elements/bind-parameter';
import type { BooleanClauseList } from './elements/boolean-clause-list';
import type { Case } from './elements/case';
import type { Cast, TypeCoerce } from './elements/cast';
import type { ClauseList } from './elements/clause-list';
import type { ColumnClause } from './elements/column-clause';
import type { FalseElement, NullElement, TrueElement } from './elements/constants';
import type { ExtensionNode } from './elements/extension-node';
import type { Extract } from './elements/extract';
import type { FunctionElement } from './elements/function-element';
import type { Grouping } from './elements/grouping';
import type { Label } from './elements/label';
import type { LabelReference, TextualLabelReference } from './elements/label-reference';
import type { LiteralColumn } from './elements/literal-column';
import type { FunctionFilter, Over, WithinGroup } from './elements/over';
import type { Star } from './elements/star';
import type { TextClause, TextColumn } from './elements/text-clause';
import type { Tuple } from './elements/tuple';
import type { UnaryExpression } from './elements/unary-expression';
import type { Alias } from './selectable/alias';
import type { CompoundSelect } from './selectable/compound-select';
import type { CTE } from './selectable/cte';
import type { Exists } from './selectable/exists';
import type { Join } from './selectable/join';
import type { ScalarSubquery } from './selectable/scalar-subquery';
import type { Select } from './selectable/select';
import type { Subquery } from './selectable/subquery';
import type { TextualSelect } from './selectable/textual-select';

export interface NodeMap {
  // columns and values
  column: ColumnClause;
  bindParam: BindParameter;
  literalColumn: LiteralColumn;
  textClause: TextClause | TextColumn;
  null: NullElement;
  true: TrueElement;
  false: FalseElement;
  star: Star;
  // expressions
  binary: BinaryExpression;
  unary: UnaryExpression;
  booleanClauseList: BooleanClauseList;
  clauseList: ClauseList;
  tuple: Tuple;
  grouping: Grouping;
  label: Label;
  labelReference: LabelReference;
  textualLabelReference: TextualLabelReference;
  function: FunctionElement;
  functionFilter: FunctionFilter;
  withinGroup: WithinGroup;
  over: Over;
  cast: Cast;
  typeCoerce: TypeCoerce;
  case: Case;
  extract: Extract;
  scalarSubquery: ScalarSubquery;
  exists: Exists;
  // FROM clauses and statements
  table: Table;
  alias: Alias;
  subquery: Subquery;
  cte: CTE;
  join: Join;
  select: Select;
  compoundSelect: CompoundSelect;
  textualSelect: TextualSelect;
  insert: Insert;
  update: Update;
  delete: Delete;
  // dialect-specific constructs, compiled by the dialect's own extension visitors
  extension: ExtensionNode;
  // DDL, compiled by the DDL compiler
  ddl: DDLElement;
}

export type NodeKind = keyof NodeMap;
