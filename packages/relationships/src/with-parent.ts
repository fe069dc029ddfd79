// withParent(user, User.posts) (SQLAlchemy's with_parent()): the criterion selecting the objects
// related to one instance, as its lazy load would. Used in where() of user queries.
import { Alias, BindParameter, type ColumnElement } from '@retort/core';
import { instanceStateOf, type RelationshipAttribute, UnmappedInstanceError } from '@retort/orm';
import { configuredRelationship } from './configured-relationship';
import { valueReader } from './relationship-comparator';

/** `select(Post).where(withParent(user, User.posts))`: the posts of `user`, without loading `user.posts`. */
export function withParent<T extends object>(
  instance: T,
  attribute: RelationshipAttribute<string, unknown, boolean>,
): ColumnElement<boolean> {
  const property = attribute.property;
  const state = instanceStateOf(instance);
  if (state === undefined || state.mapper !== property.parent) {
    throw new UnmappedInstanceError(
      `withParent() needs a ${property.parent.className} instance for ${property}, got ${instance?.constructor?.name ?? typeof instance}`,
    );
  }
  const join = configuredRelationship(property).join;
  const secondary = join.secondary === undefined ? undefined : new Alias(join.secondary, undefined);
  return join.lazyClause(
    false,
    (column) =>
      new BindParameter('param', undefined, column.type, {
        unique: true,
        callable: valueReader(property.parent, state, column),
      }),
    secondary,
  );
}
