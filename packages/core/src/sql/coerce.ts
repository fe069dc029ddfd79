// Turns user input into nodes, in one place (SQLAlchemy's coercions + roles): plain values
// become bound parameters typed after the expression they meet, ORM attributes hand over their
// columns, and input of the wrong kind is an ArgumentError that names what was expected.
import {
  ArgumentError,
  BigIntegerType,
  BindParameter,
  BooleanType,
  CLAUSE_ELEMENT,
  ClauseElement,
  ClauseList,
  ColumnElement,
  comparedValueType,
  DateTimeType,
  FloatType,
  Grouping,
  hasClauseElement,
  IntegerType,
  JSONType,
  LargeBinaryType,
  NULLTYPE,
  NullElement,
  type OperatorName,
  ScalarSubquery,
  SelectBase,
  StringType,
  TextClause,
  Tuple,
  type TypeEngine,
  unwrapColumn,
} from '../internal';

/** The SQL type SQLAlchemy would infer for a plain value (`literal(5)` is Integer). */
export function inferType(value: unknown): TypeEngine {
  switch (typeof value) {
    case 'string':
      return new StringType();
    case 'number':
      return Number.isInteger(value) ? new IntegerType() : new FloatType();
    case 'bigint':
      return new BigIntegerType();
    case 'boolean':
      return new BooleanType();
    case 'object':
      if (value === null) return NULLTYPE;
      if (value instanceof Date) return new DateTimeType();
      if (value instanceof Uint8Array) return new LargeBinaryType();
      return new JSONType();
    default:
      return NULLTYPE;
  }
}

/** A short description of a bad argument for error messages. */
export function describeArgument(value: unknown): string {
  if (value instanceof ClauseElement) return `${value.constructor.name} ${JSON.stringify(safeString(value))}`;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  return typeof value;
}

function safeString(value: ClauseElement): string {
  try {
    return String(value).slice(0, 60);
  } catch {
    return value.kind;
  }
}

/** A column expression where one is required (the columns clause, ORDER BY, function arguments). */
export function coerceColumnExpression(value: unknown, where: string): ColumnElement {
  if (value instanceof ColumnElement) return unwrapColumn(value);
  if (hasClauseElement(value)) {
    const inner = value[CLAUSE_ELEMENT]();
    if (inner instanceof ColumnElement) return unwrapColumn(inner);
  }
  if (value instanceof SelectBase) return new ScalarSubquery(value);
  throw new ArgumentError(`${where} expects a column expression, got ${describeArgument(value)}`);
}

/**
 * The other side of an operator: an expression, or a value bound as a parameter typed after the
 * expression it meets (SQLAlchemy's BinaryElementRole with coerce_compared_value).
 */
export function coerceOperand(
  value: unknown,
  against: ColumnElement,
  _operator?: OperatorName,
): ColumnElement {
  if (value === null || value === undefined) return new NullElement();
  if (value instanceof ColumnElement) return unwrapColumn(value);
  if (value instanceof SelectBase) return new ScalarSubquery(value).selfGroup();
  if (hasClauseElement(value)) return coerceColumnExpression(value, 'An operator');
  if (value instanceof ClauseElement) {
    throw new ArgumentError(
      `An operator's other side must be a value or a column expression, got ${describeArgument(value)}`,
    );
  }
  if (against instanceof Tuple && Array.isArray(value)) return against.bindTuple(value);
  return new BindParameter(bindKeyFor(against), value, comparedValueType(against.type, value), {
    unique: true,
  });
}

/** The base of a bind's name: the key of the column it is compared with, else `param`. */
export function bindKeyFor(against: ColumnElement): string {
  return against.bindKey ?? 'param';
}

/** A WHERE/HAVING/ON criterion: a boolean expression or text. */
export function coerceWhere(value: unknown, where: string): ColumnElement {
  if (value instanceof ColumnElement) return unwrapColumn(value);
  if (value instanceof TextClause) return value.asColumn();
  if (hasClauseElement(value)) return coerceColumnExpression(value, where);
  if (typeof value === 'boolean') {
    throw new ArgumentError(
      `${where}() got the JS boolean ${value}; compare with methods (users.c.id.eq(5)), not operators, or use true()/false()`,
    );
  }
  throw new ArgumentError(
    `${where}() expects a SQL expression such as users.c.id.eq(5), got ${describeArgument(value)}`,
  );
}

/** A function argument: an expression, or a value bound as a typed parameter. */
export function coerceFunctionArgument(value: unknown, functionName: string): ColumnElement {
  if (value instanceof ColumnElement || hasClauseElement(value) || value instanceof SelectBase) {
    return coerceColumnExpression(value, `func.${functionName}()`);
  }
  if (value instanceof ClauseElement) {
    throw new ArgumentError(
      `func.${functionName}() expects column expressions or values, got ${describeArgument(value)}`,
    );
  }
  return new BindParameter(functionName, value, inferType(value), { unique: true });
}

/** The right side of IN: an expanding bind for a list, a subquery for a select. */
export function coerceInValues(
  values: unknown,
  against: ColumnElement,
  op: 'in' | 'notIn' = 'in',
): ColumnElement {
  if (values instanceof SelectBase) return new ScalarSubquery(values).asInList();
  if (values instanceof BindParameter) {
    return new BindParameter(values.paramKey, values.value, values.type, {
      ...values.options,
      expanding: true,
      expandOp: op,
    });
  }
  if (!Array.isArray(values)) {
    throw new ArgumentError(`in() expects a list of values or a select(), got ${describeArgument(values)}`);
  }
  if (values.some((v) => v instanceof ClauseElement || hasClauseElement(v))) {
    // A list containing expressions renders element by element, as SQLAlchemy does.
    return new Grouping(
      new ClauseList(
        values.map((v) => coerceOperand(v, against)),
        'comma',
        false,
      ),
    );
  }
  // Copied: a caller pushing onto its array later must not change the statement.
  if (against instanceof Tuple) return against.expandingBind([...values], op);
  const type = values.length > 0 ? comparedValueType(against.type, values[0]) : against.type;
  return new BindParameter(bindKeyFor(against), [...values], type, {
    unique: true,
    expanding: true,
    expandOp: op,
  });
}
