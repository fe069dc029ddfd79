// The N+1 detector (beyond SQLAlchemy): with `new Session(engine, { nPlusOne: 'warn' | 'raise' })`,
// a lazy load that fires for a second object loaded by the same query is reported, naming the
// relationship and the loader option that loads it for all of them at once. Called by the lazy loader.
import { InvalidRequestError, warn } from '@retort/core';
import type { InstanceState, RelationshipProperty, Session } from '@retort/orm';

/** What the Session does when one query's objects lazy-load the same relationship one by one. */
export type NPlusOneMode = 'warn' | 'raise';

/** Raised by a Session with `nPlusOne: 'raise'` instead of running the second lazy load. */
export class NPlusOneError extends InvalidRequestError {
  override name = 'NPlusOneError';
}

/** Objects lazy-loaded per (query, relationship), and whether it was reported already ('warn'). */
const seen = new WeakMap<
  object,
  Map<RelationshipProperty, { readonly states: Set<InstanceState>; reported: boolean }>
>();

/** Records a lazy load of `property` for `state` and reports it when a sibling already lazy-loaded it. */
export function reportLazyLoad(session: Session, state: InstanceState, property: RelationshipProperty): void {
  const mode = session.nPlusOne;
  const query = state.loadedBy;
  if (mode === undefined || query === undefined) return;
  let byProperty = seen.get(query);
  if (byProperty === undefined) {
    byProperty = new Map();
    seen.set(query, byProperty);
  }
  let entry = byProperty.get(property);
  if (entry === undefined) {
    entry = { states: new Set(), reported: false };
    byProperty.set(property, entry);
  }
  entry.states.add(state);
  // 'raise' refuses every lazy load after the first; 'warn' says it once per query and relationship.
  if (entry.states.size < 2 || (mode === 'warn' && entry.reported)) return;
  entry.reported = true;
  const parent = property.parent.className;
  const message = `N+1 queries: ${property} is lazy-loaded one ${parent} at a time for the ${parent} objects of one query (${entry.states.size} so far, one SELECT each). Load it for all of them with the query: ${property.eagerLoadHint()}`;
  if (mode === 'raise') {
    // The refused object may be awaited again: it counts once.
    entry.states.delete(state);
    throw new NPlusOneError(message);
  }
  warn(message);
}
