// How a relationship loads for one object: the loader option of the query that loaded it
// (`raiseload(User.posts)`, `raiseload('*')`), else the relationship's `lazy`. Read by the lazy
// loader and at attribute access (the object's entity may have been an alias in that query).
import { type InstanceState, LoaderOption, type RelationshipProperty } from '@retort/orm';

/** The strategy for `property` of an object, from the options it was loaded with. */
export function effectiveLazy(property: RelationshipProperty, state: InstanceState): string {
  let found: string | undefined;
  let wildcard: string | undefined;
  for (const option of state.loadOptions) {
    if (!(option instanceof LoaderOption) || option.strategy.lazy === undefined) continue;
    const [first] = option.path;
    if (first === undefined) wildcard = option.strategy.lazy;
    else if (
      option.path.length === 1 &&
      first.attributeKey === property.key &&
      first.parent.mapper === property.parent
    ) {
      found = option.strategy.lazy;
    }
  }
  return found ?? wildcard ?? property.lazy;
}
