// ColumnElement<T>: every SQL expression that yields a value of TypeScript type T, with the
// operator methods of ROSETTA §1 (`eq`, `like`, `in`, `add`, `desc`, `label` …). Columns, binds,
// functions, labels and ORM attributes extend it; operators build new immutable nodes.
import {
  ArgumentError,
  adaptedResultType,
  anonLabel,
  BinaryExpression,
  type BindParameter,
  BooleanType,
  CLAUSE_ELEMENT,
  ClauseElement,
  ClauseList,
  coerceInValues,
  coerceOperand,
  FalseElement,
  isAnonymous,
  JsonPathElement,
  Label,
  LiteralColumn,
  NullElement,
  TrueElement,
  toType,
  UnaryExpression,
} from '../internal';
import type { IntervalValue } from '../types/temporal-types';
import type { TypeEngine, TypeLike } from '../types/type-engine';
import type { OperatorName } from './operators';
import type { SelectBase } from './selectable/select-base';

/** A value or an expression that can stand where a `T` is expected. */
export type Operand<T> = NonNullable<T> | null | ColumnElement<NonNullable<T> | null>;

/** The values arithmetic accepts: numbers, bigints, and the exact decimal strings of Numeric columns. */
export type NumericValue = number | bigint | string;

/** What `in()` accepts: values, a one-column select, or an expanding bind parameter. */
export type InValues<T> =
  | readonly Operand<T>[]
  | SelectBase<readonly [ColumnElement<NonNullable<T> | null>]>
  | BindParameter<readonly NonNullable<T>[]>;

export interface LikeOptions {
  /** Escape character for `%` and `_` in the pattern (`ESCAPE '/'`). */
  readonly escape?: string;
}

export interface SubstringMatchOptions extends LikeOptions {
  /** Escape `%`, `_` and the escape character in the value so they match literally (uses `/`). */
  readonly autoescape?: boolean;
}

export interface CustomOperatorOptions {
  readonly precedence?: number;
  /** A comparison yields a boolean and negates as such. */
  readonly isComparison?: boolean;
  readonly returnType?: TypeLike;
}

/** The type of member `K` of a JSON value of type `T` (unknown when `T` does not say). */
export type JsonMember<T, K extends string> =
  NonNullable<T> extends infer O
    ? O extends object
      ? K extends keyof O
        ? O[K] | null
        : unknown
      : unknown
    : unknown;

/** The element type of a JSON array or ARRAY value of type `T`. */
export type JsonItem<T> = NonNullable<T> extends readonly (infer E)[] ? E | null : unknown;

export abstract class ColumnElement<T = unknown> extends ClauseElement {
  /** Phantom: the TypeScript type of this expression's values. Never set at run time. */
  declare readonly '~value': T;

  /** The SQL type of this expression; drives bind/result processing and operator meaning. */
  abstract readonly type: TypeEngine;

  // ---- naming (SQLAlchemy's name, key, _non_anon_label, _anon_name_label, _tq_label, _proxy_key) ----

  /** The element's own name, if it has one: a column's or label's name, a function's name. */
  get labelName(): string | undefined {
    return undefined;
  }

  /** The key that refers to this element in a Python namespace: a column's key, a label's name. */
  get elementKey(): string | undefined {
    return undefined;
  }

  /** The name this element has in a result without a label: columns and labels, not functions or expressions. */
  get nonAnonLabel(): string | undefined {
    return this.labelName;
  }

  /** The anonymous label this element gets when it must be labeled: `count_1`, `anon_1`. */
  get anonNameLabel(): string {
    return anonLabel(this, this.labelName ?? 'anon');
  }

  /** `<table>_<column>` for table columns (label style 'tablenamePlusCol'); the name otherwise. */
  get tqLabel(): string | undefined {
    return undefined;
  }

  /** The table-qualified key a subquery's `.c` uses in label style 'tablenamePlusCol' (SQLAlchemy's _tq_key_label). */
  get tqKeyLabel(): string | undefined {
    return this.proxyKey;
  }

  /** The key a subquery's `.c` gives this element (undefined when it has no natural one). */
  get proxyKey(): string | undefined {
    const name = this.elementKey ?? this.nonAnonLabel;
    return name === undefined || isAnonymous(name) ? undefined : name;
  }

  /** A column or label: an element whose name is its SQL name (SQLAlchemy's NamedColumn). */
  get isNamedColumn(): boolean {
    return false;
  }

  /** Labeled in a columns clause when needed; text() never is. */
  get renderLabelInColumnsClause(): boolean {
    return true;
  }

  /** Whether this expression is a boolean test by itself (comparisons, AND/OR, EXISTS), so no `= 1` is needed. */
  get isImplicitlyBoolean(): boolean {
    return false;
  }

  /** The label that tells apart a repeated element in one columns clause (`id__1`). */
  dedupeAnonLabel(index: number): string {
    const name = this.labelName;
    return name === undefined ? this.dedupeAnonTqLabel(index) : anonLabel(this, `${name}_`, index);
  }

  /** The anonymous form of tqLabel (`users_id_1`). */
  get anonTqLabel(): string {
    return anonLabel(this, this.tqLabel ?? 'anon');
  }

  /** The table-qualified dedupe label (`users_id__1`). */
  dedupeAnonTqLabel(index: number): string {
    return anonLabel(this, `${this.tqLabel ?? 'anon'}_`, index);
  }

  /** The anonymous form of proxyKey, for repeated keys in a subquery's `.c`. */
  get anonKeyLabel(): string {
    return anonLabel(this, this.proxyKey ?? 'anon');
  }

  /** The base of the names of binds compared with this expression (`id` gives `:id_1`); `param` when undefined. */
  get bindKey(): string | undefined {
    return undefined;
  }

  /**
   * The node rendered in place of this expression inside `against` (SQLAlchemy's self_group): a
   * boolean-typed column or function standing alone in WHERE or AND/OR becomes `x = 1` on
   * databases without a boolean type.
   */
  selfGroup(against?: OperatorName, _againstPrecedence?: number): ColumnElement<T> {
    if ((against === 'and' || against === 'or' || against === 'asBool') && this.type.affinity === 'boolean') {
      return UnaryExpression.asBoolean(this, 'isTrue') as unknown as ColumnElement<T>;
    }
    return this;
  }

  /** `NOT this` (SQLAlchemy's _negate): `x = 0` / `NOT x` for booleans, else `NOT (this)`. */
  negate(): ColumnElement<boolean> {
    if (this.type.affinity === 'boolean') return UnaryExpression.asBoolean(this, 'isFalse');
    return UnaryExpression.not(this.selfGroup('not') as ColumnElement<boolean>);
  }

  // ---- comparison -------------------------------------------------------------------------

  /** `=` (`IS NULL` when compared with null, `= true` with a boolean, as SQLAlchemy does for `== None`). */
  eq(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('eq', other);
  }

  /** `!=` (`IS NOT NULL` against null). */
  ne(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('ne', other);
  }

  lt(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('lt', other);
  }

  le(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('le', other);
  }

  gt(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('gt', other);
  }

  ge(other: Operand<T>): ColumnElement<boolean> {
    return this.compare('ge', other);
  }

  /** `IS` (for `null`, `true`, `false`). */
  is(other: Operand<T> | boolean): ColumnElement<boolean> {
    return this.compare('is', other as Operand<T>);
  }

  /** `IS NOT`. */
  isNot(other: Operand<T> | boolean): ColumnElement<boolean> {
    return this.compare('isNot', other as Operand<T>);
  }

  /** `IS DISTINCT FROM` (`NOT (a <=> b)` on MySQL, `IS NOT` on SQLite). */
  isDistinctFrom(other: Operand<T> | boolean): ColumnElement<boolean> {
    return this.compare('isDistinctFrom', other as Operand<T>);
  }

  isNotDistinctFrom(other: Operand<T> | boolean): ColumnElement<boolean> {
    return this.compare('isNotDistinctFrom', other as Operand<T>);
  }

  /** `BETWEEN a AND b` (`BETWEEN SYMMETRIC` with `{ symmetric: true }`). */
  between(low: Operand<T>, high: Operand<T>, options: { symmetric?: boolean } = {}): ColumnElement<boolean> {
    const self = this.expr();
    const range = new ClauseList(
      [coerceOperand(low, self, 'and'), coerceOperand(high, self, 'and')],
      'and',
      false,
    );
    return new BinaryExpression(self.selfGroup('between'), range, 'between', new BooleanType(), {
      modifiers: options.symmetric ? { symmetric: true } : undefined,
    });
  }

  /** `IN (…)`: an expanding list of values (empty lists render as SQLAlchemy renders them), or a subquery. */
  in(values: InValues<T>): ColumnElement<boolean> {
    return this.inOrNotIn('in', values);
  }

  /** `NOT IN (…)`. */
  notIn(values: InValues<T>): ColumnElement<boolean> {
    return this.inOrNotIn('notIn', values);
  }

  // ---- strings ----------------------------------------------------------------------------

  like(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    options: LikeOptions = {},
  ): ColumnElement<boolean> {
    return this.likeOp('like', pattern, options);
  }

  notLike(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    options: LikeOptions = {},
  ): ColumnElement<boolean> {
    return this.likeOp('notLike', pattern, options);
  }

  /** Case-insensitive LIKE (`ILIKE` on PostgreSQL, `lower(x) LIKE lower(y)` elsewhere). */
  ilike(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    options: LikeOptions = {},
  ): ColumnElement<boolean> {
    return this.likeOp('ilike', pattern, options);
  }

  notIlike(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    options: LikeOptions = {},
  ): ColumnElement<boolean> {
    return this.likeOp('notIlike', pattern, options);
  }

  /** `LIKE value || '%'`. */
  startswith(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options: SubstringMatchOptions = {},
  ): ColumnElement<boolean> {
    return this.substringMatch('startswith', value, options);
  }

  /** `LIKE '%' || value`. */
  endswith(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options: SubstringMatchOptions = {},
  ): ColumnElement<boolean> {
    return this.substringMatch('endswith', value, options);
  }

  istartswith(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options: SubstringMatchOptions = {},
  ): ColumnElement<boolean> {
    return this.substringMatch('istartswith', value, options);
  }

  iendswith(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options: SubstringMatchOptions = {},
  ): ColumnElement<boolean> {
    return this.substringMatch('iendswith', value, options);
  }

  icontains(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options: SubstringMatchOptions = {},
  ): ColumnElement<boolean> {
    return this.substringMatch('icontains', value, options);
  }

  /**
   * For strings `LIKE '%' || value || '%'`; for ARRAY and JSONB columns the dialect's containment
   * operator (`@>` on PostgreSQL).
   */
  contains(
    this: ColumnElement<string | null>,
    value: Operand<string>,
    options?: SubstringMatchOptions,
  ): ColumnElement<boolean>;
  contains<E>(this: ColumnElement<readonly E[] | null>, value: readonly E[]): ColumnElement<boolean>;
  contains(value: unknown, options: SubstringMatchOptions = {}): ColumnElement<boolean> {
    const self = this.expr();
    const replaced = self.type.operatorHooks?.replace?.containsOp;
    if (self.type.affinity === 'array' || self.type.affinity === 'json' || replaced) {
      return this.compare('containsOp', value as Operand<T>);
    }
    return (this as unknown as ColumnElement<string | null>).substringMatch(
      'contains',
      value as Operand<string>,
      options,
    );
  }

  /** String concatenation (`||`, `concat()` on MySQL). */
  concat(this: ColumnElement<string | null>, other: Operand<string>): ColumnElement<string> {
    return this.operate('concat', other) as ColumnElement<string>;
  }

  /** Full-text MATCH (dialect-specific rendering). */
  match(this: ColumnElement<string | null>, other: Operand<string>): ColumnElement<boolean> {
    return this.compare('match', other);
  }

  /** Regular-expression match (`~` on PostgreSQL, `REGEXP` on MySQL and SQLite); `flags` like `'i'`. */
  regexpMatch(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    flags?: string,
  ): ColumnElement<boolean> {
    return this.regexpOp('regexpMatch', pattern, flags);
  }

  notRegexpMatch(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    flags?: string,
  ): ColumnElement<boolean> {
    return this.regexpOp('notRegexpMatch', pattern, flags);
  }

  /** `REGEXP_REPLACE(x, pattern, replacement[, flags])`. */
  regexpReplace(
    this: ColumnElement<string | null>,
    pattern: Operand<string>,
    replacement: Operand<string>,
    flags?: string,
  ): ColumnElement<string> {
    const self = this.expr();
    const args = new ClauseList(
      [coerceOperand(pattern, self, 'comma'), coerceOperand(replacement, self, 'comma')],
      'comma',
      false,
    );
    return new BinaryExpression<string>(self, args, 'regexpReplace', self.type, {
      modifiers: flags === undefined ? undefined : { flags },
    });
  }

  /** `x COLLATE name`. */
  collate(collation: string): ColumnElement<T> {
    const self = this.expr();
    return new BinaryExpression<T>(self, LiteralColumn.collation(collation), 'collate', self.type);
  }

  // ---- arithmetic ------------------------------------------------------------------------
  // Numeric values are strings (ROSETTA §9), so arithmetic accepts string-valued expressions too;
  // the SQL type decides the meaning (`+` on a String column is concatenation, as in SQLAlchemy).

  /** `+` (string concatenation for strings, as in SQLAlchemy); a timestamp plus an interval is a timestamp. */
  add<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<S> | Operand<NumericValue>,
  ): ColumnElement<S>;
  add<D extends Date | null>(this: ColumnElement<D>, other: Operand<IntervalValue>): ColumnElement<D>;
  add(other: unknown): ColumnElement {
    return this.operate('add', other);
  }

  /** `-`; two timestamps give an interval, a timestamp minus an interval a timestamp (SQLAlchemy's type rules). */
  sub<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<NumericValue>,
  ): ColumnElement<S>;
  sub<D extends Date | null>(
    this: ColumnElement<D>,
    other: ColumnElement<Date | null>,
  ): ColumnElement<IntervalValue | Extract<D, null>>;
  sub<D extends Date | null>(this: ColumnElement<D>, other: Operand<IntervalValue>): ColumnElement<D>;
  sub(other: unknown): ColumnElement {
    return this.operate('sub', other);
  }

  mul<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<NumericValue>,
  ): ColumnElement<S> {
    return this.operate('mul', other) as ColumnElement<S>;
  }

  /**
   * True division (Python `/`): integer operands give NUMERIC, rendered with a cast on databases
   * where `/` truncates (`x / CAST(y AS NUMERIC)`, SQLite `x / (y + 0.0)`), as SQLAlchemy 2.0 does.
   */
  div<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<NumericValue>,
  ): ColumnElement<S | number> {
    return this.operate('div', other) as ColumnElement<S | number>;
  }

  /** Floor division (Python `//`): `FLOOR(x / y)`, or `x / y` where integer division floors. */
  floordiv<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<NumericValue>,
  ): ColumnElement<S> {
    return this.operate('floordiv', other) as ColumnElement<S>;
  }

  mod<S extends number | bigint | string | null>(
    this: ColumnElement<S>,
    other: Operand<NumericValue>,
  ): ColumnElement<S> {
    return this.operate('mod', other) as ColumnElement<S>;
  }

  bitwiseAnd<S extends number | bigint | null>(this: ColumnElement<S>, other: Operand<S>): ColumnElement<S> {
    return this.operate('bitwiseAnd', other) as ColumnElement<S>;
  }

  bitwiseOr<S extends number | bigint | null>(this: ColumnElement<S>, other: Operand<S>): ColumnElement<S> {
    return this.operate('bitwiseOr', other) as ColumnElement<S>;
  }

  /** `^` (`#` on PostgreSQL). */
  bitwiseXor<S extends number | bigint | null>(this: ColumnElement<S>, other: Operand<S>): ColumnElement<S> {
    return this.operate('bitwiseXor', other) as ColumnElement<S>;
  }

  bitwiseLshift<S extends number | bigint | null>(
    this: ColumnElement<S>,
    other: Operand<S>,
  ): ColumnElement<S> {
    return this.operate('bitwiseLshift', other) as ColumnElement<S>;
  }

  bitwiseRshift<S extends number | bigint | null>(
    this: ColumnElement<S>,
    other: Operand<S>,
  ): ColumnElement<S> {
    return this.operate('bitwiseRshift', other) as ColumnElement<S>;
  }

  /** `~x`. */
  bitwiseNot<S extends number | bigint | null>(this: ColumnElement<S>): ColumnElement<S> {
    const self = this.expr();
    return UnaryExpression.operator(self, 'bitwiseNot', self.type) as ColumnElement<S>;
  }

  // ---- ordering and naming ---------------------------------------------------------------

  desc(): ColumnElement<T> {
    return UnaryExpression.modifier(this.expr(), 'desc') as ColumnElement<T>;
  }

  asc(): ColumnElement<T> {
    return UnaryExpression.modifier(this.expr(), 'asc') as ColumnElement<T>;
  }

  nullsFirst(): ColumnElement<T> {
    return UnaryExpression.modifier(this.expr(), 'nullsFirst') as ColumnElement<T>;
  }

  nullsLast(): ColumnElement<T> {
    return UnaryExpression.modifier(this.expr(), 'nullsLast') as ColumnElement<T>;
  }

  /** `DISTINCT expr` (e.g. inside `count()`). */
  distinct(): ColumnElement<T> {
    return UnaryExpression.operator(this.expr(), 'distinct', this.expr().type) as ColumnElement<T>;
  }

  /** `expr AS name`; the row field gets this name. */
  label<const K extends string>(name: K): Label<K, T> {
    return new Label<K, T>(name, this.expr());
  }

  /**
   * A custom operator: `users.c.tags.op('@>')(other)`. `{ isComparison: true }` makes a boolean
   * (and types the result so); otherwise the result has this expression's type, or `returnType`.
   */
  op(
    sql: string,
    options: CustomOperatorOptions & { readonly isComparison: true },
  ): (other: unknown) => ColumnElement<boolean>;
  op<R = T>(sql: string, options?: CustomOperatorOptions): (other: unknown) => ColumnElement<R>;
  op(sql: string, options: CustomOperatorOptions = {}): (other: unknown) => ColumnElement<unknown> {
    return (other: unknown) => {
      const self = this.expr();
      const right = coerceOperand(other, self, 'custom');
      const type = options.returnType
        ? toType(options.returnType)
        : options.isComparison
          ? new BooleanType()
          : adaptedResultType('custom', self.type, right.type);
      const custom = {
        customSql: sql,
        customPrecedence: options.precedence ?? 0,
        isComparison: options.isComparison ?? false,
      };
      return new BinaryExpression(
        self.selfGroup('custom', custom.customPrecedence),
        right.selfGroup('custom', custom.customPrecedence),
        'custom',
        type,
        custom,
      );
    };
  }

  // ---- JSON ----------------------------------------------------------------------------

  /**
   * JSON member access: `Config.data.key('theme')` (Python `Config.data["theme"]`). Applies to
   * JSON columns (an ArgumentError otherwise); the member's type comes from the column's `JSON<T>`.
   */
  key<const K extends string>(name: K): JsonPathElement<JsonMember<T, K>> {
    return JsonPathElement.step(this.expr(), name);
  }

  /** Several JSON steps at once: `data.path(['a', 1])` (Python `data[("a", 1)]`). */
  path(steps: readonly (string | number)[]): JsonPathElement<unknown> {
    return JsonPathElement.path(this.expr(), steps);
  }

  /** JSON array element (`data.key('features').index(0)`), or an ARRAY subscript on PostgreSQL. */
  index(position: number): JsonPathElement<JsonItem<T>> {
    return JsonPathElement.step(this.expr(), position);
  }

  // ---- internals -------------------------------------------------------------------------

  /** The expression itself, for subclasses that stand for another (ORM attributes). */
  protected expr(): ColumnElement {
    return unwrapColumn(this);
  }

  /**
   * `this op other` for comparisons (SQLAlchemy's _boolean_compare): null gives IS / IS NOT, a
   * boolean with `=`, `!=`, IS and IS [NOT] DISTINCT FROM gives the true/false constants.
   */
  protected compare(op: OperatorName, other: unknown): ColumnElement<boolean> {
    const self = this.expr();
    let right: ColumnElement;
    let operator = op;
    if (other === null || other === undefined || typeof other === 'boolean' || isConstant(other)) {
      const constant = constantOf(other);
      const distinct = op === 'isDistinctFrom' || op === 'isNotDistinctFrom';
      if ((op === 'eq' || op === 'ne') && !(constant instanceof NullElement)) operator = op;
      else if (distinct) operator = op;
      else if (op === 'eq' || op === 'is') operator = 'is';
      else if (op === 'ne' || op === 'isNot') operator = 'isNot';
      else {
        throw new ArgumentError(
          "Only '=', '!=', 'is_()', 'is_not()', 'is_distinct_from()', 'is_not_distinct_from()' operators can be used with None/True/False",
        );
      }
      right = constant;
    } else {
      right = coerceOperand(other, self, op);
    }
    return new BinaryExpression(
      self.selfGroup(operator),
      right.selfGroup(operator),
      operator,
      new BooleanType(),
    );
  }

  /** `this op other` for arithmetic, typed as SQLAlchemy adapts it (`int / int` is NUMERIC, `str + str` is `||`). */
  protected operate(op: OperatorName, other: unknown): ColumnElement {
    const self = this.expr();
    const right = coerceOperand(other, self, op);
    const hooks = self.type.operatorHooks;
    let actual = op;
    if (hooks?.replace?.[op] && (op !== 'add' || isConcatenable(right.type)))
      actual = hooks.replace[op] as OperatorName;
    const type =
      actual === 'concat'
        ? self.type
        : (hooks?.resultType?.(actual, right.type) ?? adaptedResultType(actual, self.type, right.type));
    return new BinaryExpression(self.selfGroup(actual), right.selfGroup(actual), actual, type);
  }

  private inOrNotIn(op: 'in' | 'notIn', values: unknown): ColumnElement<boolean> {
    const self = this.expr();
    return new BinaryExpression(self.selfGroup(op), coerceInValues(values, self, op), op, new BooleanType());
  }

  private likeOp(op: OperatorName, pattern: unknown, options: LikeOptions): ColumnElement<boolean> {
    const self = this.expr();
    const right = coerceOperand(pattern, self, op);
    return new BinaryExpression(self.selfGroup(op), right.selfGroup(op), op, new BooleanType(), {
      modifiers: options.escape === undefined ? undefined : { escape: options.escape },
    });
  }

  /**
   * startswith/endswith/contains: the compiler adds the `%` around the value. With `autoescape`,
   * `%`, `_` and `/` in a literal value are escaped with `/`, as SQLAlchemy does.
   */
  private substringMatch(
    op: OperatorName,
    value: unknown,
    options: SubstringMatchOptions,
  ): ColumnElement<boolean> {
    const self = this.expr();
    if (options.autoescape && options.escape !== undefined) {
      throw new ArgumentError(
        'autoescape and escape cannot be combined; autoescape uses "/" as the escape character',
      );
    }
    if (options.autoescape && typeof value !== 'string') {
      throw new TypeError('String value expected when autoescape=True');
    }
    const escaped =
      options.autoescape && typeof value === 'string' ? value.replace(/[/%_]/g, (c) => `/${c}`) : value;
    const right = coerceOperand(escaped, self, op);
    const escapeChar = options.autoescape ? '/' : options.escape;
    return new BinaryExpression(self.selfGroup(op), right.selfGroup(op), op, new BooleanType(), {
      modifiers: escapeChar === undefined ? undefined : { escape: escapeChar },
    });
  }

  private regexpOp(op: OperatorName, pattern: unknown, flags: string | undefined): ColumnElement<boolean> {
    const self = this.expr();
    const right = coerceOperand(pattern, self, 'comma');
    return new BinaryExpression(self, right, op, new BooleanType(), {
      modifiers: flags === undefined ? undefined : { flags },
    });
  }
}

function isConstant(value: unknown): boolean {
  return value instanceof NullElement || value instanceof TrueElement || value instanceof FalseElement;
}

function constantOf(value: unknown): ColumnElement {
  if (value === true) return new TrueElement();
  if (value === false) return new FalseElement();
  if (value === null || value === undefined) return new NullElement();
  return value as ColumnElement;
}

/** `+` concatenates when both sides are strings (or the right side is untyped), as SQLAlchemy's Concatenable. */
function isConcatenable(type: TypeEngine): boolean {
  return type.affinity === 'string' || type.affinity === 'enum' || type.affinity === 'null';
}

/** The column expression an operand stands for: itself, or what an ORM attribute hands over. */
export function unwrapColumn(value: ColumnElement): ColumnElement {
  let current: ColumnElement = value;
  while (CLAUSE_ELEMENT in current) {
    const inner = (current as unknown as { [CLAUSE_ELEMENT](): unknown })[CLAUSE_ELEMENT]();
    if (!(inner instanceof ColumnElement) || inner === current) {
      throw new ArgumentError(`${String(current)} does not stand for a column expression`);
    }
    current = inner;
  }
  return current;
}
