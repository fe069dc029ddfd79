// `CASE WHEN … THEN … ELSE … END` (SQLAlchemy's Case), in both forms: a list of (condition,
// result) pairs, or a value compared against a mapping: `case({ 'a': 'x' }, { value: col })`.
import {
  ArgumentError,
  ColumnElement,
  coerceOperand,
  coerceWhere,
  inferType,
  type KeyBuilder,
  literal,
  NULLTYPE,
  type TypeEngine,
} from '../../internal';

type Result<T> = T | ColumnElement<T>;

export class Case<T = unknown> extends ColumnElement<T> {
  readonly kind = 'case' as const;
  readonly type: TypeEngine;

  constructor(
    readonly whens: readonly (readonly [ColumnElement, ColumnElement])[],
    readonly value: ColumnElement | undefined,
    readonly else_: ColumnElement | undefined,
  ) {
    super();
    // the last typed THEN decides, as in SQLAlchemy
    this.type =
      [...whens]
        .reverse()
        .map(([, result]) => result.type)
        .find((t) => t !== NULLTYPE) ??
      else_?.type ??
      NULLTYPE;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`case:${this.whens.length}:${this.value ? 'v' : ''}:${this.else_ ? 'e' : ''}`);
    this.value?.addKey(builder);
    for (const [when, then] of this.whens) {
      when.addKey(builder);
      then.addKey(builder);
    }
    this.else_?.addKey(builder);
  }
}

function result(value: unknown): ColumnElement {
  return value instanceof ColumnElement ? coerceOperand(value, value) : literal(value, inferType(value));
}

/**
 * `case([cond, result], [cond, result], { else: x })` (Python `case((cond, r), …, else_=x)`),
 * or `case({ key: result }, { value: expr, else: x })`.
 */
export function case_<T>(
  ...args: readonly (
    | readonly [ColumnElement<boolean | null>, Result<T>]
    | Readonly<Record<string, Result<T>>>
    | { readonly else?: Result<T>; readonly value?: ColumnElement }
  )[]
): Case<T> {
  const last = args.at(-1);
  const isOptions = (a: unknown): a is { else?: Result<T>; value?: ColumnElement } =>
    !!a && !Array.isArray(a) && typeof a === 'object' && ('else' in a || 'value' in a);
  const options = isOptions(last) ? last : {};
  const entries = isOptions(last) ? args.slice(0, -1) : args;
  const value = options.value;
  const whens: [ColumnElement, ColumnElement][] = [];
  for (const entry of entries) {
    if (Array.isArray(entry)) {
      const [condition, then] = entry as readonly [unknown, unknown];
      whens.push([coerceWhere(condition, 'case').selfGroup(), result(then)]);
    } else {
      if (!value)
        throw new ArgumentError('case() with a mapping needs { value: expression } to compare against');
      for (const [key, then] of Object.entries(entry as Record<string, unknown>))
        whens.push([literal(key, inferType(key)).selfGroup(), result(then)]);
    }
  }
  if (whens.length === 0)
    throw new ArgumentError('case() needs at least one WHEN: case([condition, result], …)');
  return new Case<T>(
    whens,
    value ? coerceOperand(value, value) : undefined,
    'else' in options ? result(options.else) : undefined,
  );
}
