// lazy='immediate' and immediateload() (SQLAlchemy's ImmediateLoader): right after the query, each
// object's relationship is loaded as a lazy load would, one SELECT per object.
import type { InstanceState, LoaderStrategy, RelationshipProperty, Session } from '@retort/orm';
import { LazyLoader } from './lazy-loader';

export class ImmediateLoader implements LoaderStrategy {
  readonly name = 'immediate';
  private readonly lazy: LazyLoader;

  constructor(private readonly property: RelationshipProperty) {
    this.lazy = new LazyLoader(property);
  }

  async loadMany(states: readonly InstanceState[], session: Session): Promise<void> {
    const key = this.property.key;
    for (const state of states) {
      if (!(key in state.dict) || state.expiredAttributes.has(key))
        await this.lazy.load(state, session, false);
    }
  }
}
