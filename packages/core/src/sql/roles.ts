// Protocols by which objects outside the node tree take part in statements: ORM attributes and
// mapped classes hand over the clause elements they stand for. Read by the coercion functions.
import type { ClauseElement } from './clause-element';
import type { ColumnElement } from './column-element';

/** An object that stands for a clause element (`User.name` for the `users.name` column, `User` for `users`). */
export const CLAUSE_ELEMENT: unique symbol = Symbol.for('retort.clauseElement');

export interface HasClauseElement<E extends ClauseElement = ClauseElement> {
  [CLAUSE_ELEMENT](): E;
}

export function hasClauseElement(value: unknown): value is HasClauseElement {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Partial<HasClauseElement>)[CLAUSE_ELEMENT] === 'function'
  );
}

/**
 * An entity that decides which columns `select(entity)` expands to, given the statement's options
 * (an ORM class leaves out deferred columns unless `undefer()` is among the options).
 */
export const SELECT_COLUMNS: unique symbol = Symbol.for('retort.selectColumns');

export interface HasSelectColumns {
  [SELECT_COLUMNS](options: readonly unknown[]): readonly ColumnElement[];
}

export function hasSelectColumns(value: unknown): value is HasSelectColumns {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Partial<HasSelectColumns>)[SELECT_COLUMNS] === 'function'
  );
}

/** A join target that knows its own ON clause (a relationship attribute: `select(User).join(User.posts)`). */
export const JOIN_TARGET: unique symbol = Symbol.for('retort.joinTarget');

export interface JoinTargetLike {
  [JOIN_TARGET](): {
    readonly target: ClauseElement;
    readonly onclause: ClauseElement;
    /**
     * A table joined first, between the left side and the target (a many-to-many association
     * table): `left JOIN via ON via.onclause JOIN target ON onclause`.
     */
    readonly via?: { readonly target: ClauseElement; readonly onclause: ClauseElement };
  };
}

export function isJoinTargetLike(value: unknown): value is JoinTargetLike {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Partial<JoinTargetLike>)[JOIN_TARGET] === 'function'
  );
}
