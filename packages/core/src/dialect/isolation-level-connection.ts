// A driver connection that reads and sets its own session's isolation level (the adapters of the
// dialect packages are). DefaultDialect's getIsolationLevel()/setIsolationLevel() hand the
// request to such a connection and refuse it for any other.
import type { DriverConnection } from '../engine/driver';
import type { IsolationLevel } from './dialect';

export interface IsolationLevelConnection extends DriverConnection {
  /** The session's current level, in the dialect's capabilities.isolationLevels spelling. */
  getIsolationLevel(): Promise<IsolationLevel>;
  /** Sets the session's level, 'AUTOCOMMIT' included. */
  setIsolationLevel(level: IsolationLevel): Promise<void>;
}

/** Whether `connection` reads and sets its isolation level itself. */
export function isIsolationLevelConnection(
  connection: DriverConnection,
): connection is IsolationLevelConnection {
  const candidate = connection as Partial<IsolationLevelConnection>;
  return (
    typeof candidate.getIsolationLevel === 'function' && typeof candidate.setIsolationLevel === 'function'
  );
}
