// Type-level rules for what `select(...)` returns: each argument's value type, the named fields
// rows get (`row.username`), and the typed `.c` of subqueries. Used by Select, Result and the ORM.
import type { ColumnClause, ColumnElement, FromClause, HasClauseElement } from '../../internal';
import type { RowShape } from './column-map';

/** A constructor of mapped instances (an ORM entity class). */
export type EntityClass<I = object> = (abstract new (...args: never[]) => I) & HasClauseElement;

/** Anything `select()` takes: an expression, a FROM clause (all its columns), or an ORM entity. */
export type SelectArg =
  | ColumnElement<unknown>
  | FromClause
  | EntityClass
  | HasClauseElement<ColumnElement<unknown>>;

/** The value a row holds for one argument of `select()`. */
export type ValueOf<A> =
  A extends ColumnElement<infer T>
    ? T
    : A extends EntityClass<infer I>
      ? I
      : A extends HasClauseElement<ColumnElement<infer T>>
        ? T
        : A extends FromClause<infer C>
          ? RowShape<C>
          : unknown;

/** The named field an argument contributes to rows (`users.c.name` → `{ name: string | null }`). */
export type NamedFieldsOf<A> = A extends {
  readonly '~key': infer K extends string;
  readonly '~value': infer V;
}
  ? { readonly [P in K]: V }
  : A extends FromClause<infer C>
    ? RowShape<C>
    : {};

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Whether an argument expands to several columns (a table), so positions are not known statically. */
type Expands<A extends readonly unknown[]> = true extends {
  [I in keyof A]: A[I] extends FromClause ? true : false;
}[number]
  ? true
  : false;

/** The positional part of a row: a tuple of values, or `unknown[]` when a table expands. */
export type RowTuple<A extends readonly unknown[]> =
  Expands<A> extends true ? readonly unknown[] : { readonly [I in keyof A]: ValueOf<A[I]> };

/** The named part of a row. */
export type RowNames<A extends readonly unknown[]> = Simplify<
  UnionToIntersection<{ [I in keyof A]: NamedFieldsOf<A[I]> }[number]>
>;

/** A row of `select(...A)`: a tuple with named fields, e.g. `[number, string] & { id: number; username: string }`. */
export type RowOf<A extends readonly unknown[]> = RowTuple<A> & RowNames<A>;

/** The columns a subquery of `select(...A)` exposes on `.c`. */
export type SubqueryColumns<A extends readonly unknown[]> = Simplify<
  UnionToIntersection<
    {
      [I in keyof A]: A[I] extends { readonly '~key': infer K extends string; readonly '~value': infer V }
        ? { readonly [P in K]: ColumnClause<P, V> }
        : A[I] extends { readonly '~proxyKey': infer K extends string; readonly '~value': infer V }
          ? { readonly [P in K]: ColumnClause<P, V> }
          : A[I] extends FromClause<infer C>
            ? { readonly [K in keyof C]: ColumnClause<K & string, RowShape<C>[K]> }
            : {};
    }[number]
  >
>;

/** The value type of the first argument (scalar subqueries, `scalar()`). */
export type FirstValue<A extends readonly unknown[]> = A extends readonly [infer F, ...unknown[]]
  ? ValueOf<F>
  : unknown;

/** A select with as many columns as `A` (set operations check the width; the first select names the columns). */
export type SameWidth<A extends readonly unknown[]> = { readonly [K in keyof A]: unknown };
