// What an InstanceState needs from the Session that owns it. The Session implements it;
// awaitableAttrs and `AttributeState.loadHistory()` call loadAttributes to run the SQL a property
// read cannot run. (Loader strategies and flush dependencies get the Session itself.)
import type { InstanceState } from './instance-state';

export interface SessionHandle {
  /** SQLAlchemy's hash_key: `inspect(obj).sessionId`. */
  readonly hashKey?: number;
  /**
   * Loads the named attributes of a persistent instance: expired or deferred columns (one
   * SELECT by primary key) and unloaded relationships (through the relationship's 'select'
   * loader strategy). Resolves once the values are in `state.dict`.
   */
  loadAttributes(state: InstanceState, keys: readonly string[]): Promise<void>;
}
