// SQL function calls (`func.count(users.c.id)`, SQLAlchemy's Function/GenericFunction): the name,
// the arguments and the return type. `func` builds them; known functions carry their SQL type.
import {
  ClauseList,
  ColumnElement,
  coerceFunctionArgument,
  FunctionFilter,
  type KeyBuilder,
  Over,
  type OverOptions,
  type TypeEngine,
  WithinGroup,
} from '../../internal';

export interface FunctionOptions {
  /** Rendered without parentheses when called with no arguments (`CURRENT_TIMESTAMP`). */
  readonly noParens?: boolean;
  /** Schema or package prefix: `func.myschema.myfn()`. */
  readonly packageNames?: readonly string[];
}

export class FunctionElement<K extends string = string, T = unknown> extends ColumnElement<T> {
  readonly kind = 'function' as const;
  /** Phantom: the key a subquery's `.c` gives an unlabeled call (`subq.c.count`). */
  declare readonly '~proxyKey': K;
  readonly args: ClauseList;

  constructor(
    readonly name: K,
    args: readonly ColumnElement[],
    readonly type: TypeEngine,
    readonly options: FunctionOptions = {},
  ) {
    super();
    this.args = new ClauseList(args, 'comma', false);
  }

  override get labelName(): string {
    return this.name;
  }

  /** Functions have no predictable name in a result: they are labeled `count_1`. */
  override get nonAnonLabel(): undefined {
    return undefined;
  }

  override get proxyKey(): string {
    return super.proxyKey ?? this.name;
  }

  override get bindKey(): string {
    return this.name;
  }

  /** A window function call: `func.row_number().over({ partitionBy: …, orderBy: … })`. */
  over(options: OverOptions = {}): Over<T> {
    return new Over<T>(this, options);
  }

  /** An aggregate restricted to rows matching criteria: `func.count().filter(users.c.active)`. */
  filter(...criteria: readonly ColumnElement<boolean | null>[]): FunctionFilter<T> {
    return new FunctionFilter<T>(this, criteria);
  }

  /** An ordered-set aggregate: `func.percentile_cont(0.5).withinGroup(x)`. */
  withinGroup(...orderBy: readonly ColumnElement[]): WithinGroup<T> {
    return new WithinGroup<T>(this, orderBy);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(
      `fn:${(this.options.packageNames ?? []).join('.')}${this.name}:${this.type.cacheKey()}${this.options.noParens ? ':np' : ''}`,
    );
    this.args.addKey(builder);
  }
}

export function functionArguments(args: readonly unknown[], name: string): ColumnElement[] {
  return args.map((arg) => coerceFunctionArgument(arg, name));
}
