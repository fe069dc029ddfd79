// The typed column collections of FROM clauses: `users.c.name` is a Column<'name', string | null>.
import type { ColumnClause } from '../../internal';

/** Columns by key. */
export type ColumnMap = { readonly [key: string]: ColumnClause<string, unknown> };

/** Columns keyed by their `~key`, from a union of columns. */
export type ColumnsByKey<Cols extends ColumnClause<string, unknown>> = {
  readonly [K in Cols['~key']]: Extract<Cols, { readonly '~key': K }>;
};

/** The value type of each column of a map: the shape of a row of that FROM clause. */
export type RowShape<C> = { [K in keyof C]: C[K] extends { readonly '~value': infer V } ? V : never };
