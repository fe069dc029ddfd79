// A ConnectionLifecycle over plain in-memory objects, for the pool's own logic tests: what the pool
// asks of a driver (create, ping, rollback, close, idle errors) with failures on demand.
import type { ConnectionLifecycle } from '@retort/core';

/** The connection died (the lifecycle's isDisconnect says yes). */
export class LostConnection extends Error {
  override name = 'LostConnection';
}

export interface MemoryConnection {
  readonly id: number;
  open: boolean;
  /** Pre-ping fails with LostConnection. */
  dead: boolean;
}

type Step = () => Promise<void>;

export class MemoryLifecycle implements ConnectionLifecycle<MemoryConnection> {
  readonly connections: MemoryConnection[] = [];
  /** Everything the pool asked for, in order: `create 1`, `rollback 1`, `close 1`, … */
  readonly calls: string[] = [];
  /** Consumed by the next create() calls: throw this error, or wait for this step first. */
  readonly createSteps: (unknown | Step)[] = [];
  pingError: ((connection: MemoryConnection) => unknown) | undefined;
  resetError: unknown;
  readonly #idleListeners = new Map<MemoryConnection, ((error: unknown) => void)[]>();

  async create(): Promise<MemoryConnection> {
    const step = this.createSteps.shift();
    if (typeof step === 'function') await (step as Step)();
    else if (step !== undefined) {
      this.calls.push('create failed');
      throw step;
    }
    const connection: MemoryConnection = { id: this.connections.length + 1, open: true, dead: false };
    this.connections.push(connection);
    this.calls.push(`create ${connection.id}`);
    return connection;
  }

  async rollback(connection: MemoryConnection): Promise<void> {
    this.calls.push(`rollback ${connection.id}`);
    if (this.resetError !== undefined) throw this.resetError;
  }

  async commit(connection: MemoryConnection): Promise<void> {
    this.calls.push(`commit ${connection.id}`);
    if (this.resetError !== undefined) throw this.resetError;
  }

  async close(connection: MemoryConnection): Promise<void> {
    this.calls.push(`close ${connection.id}`);
    connection.open = false;
  }

  async ping(connection: MemoryConnection): Promise<void> {
    this.calls.push(`ping ${connection.id}`);
    if (!connection.open) throw new Error(`ping on closed connection ${connection.id}`);
    const custom = this.pingError?.(connection);
    if (custom !== undefined) throw custom;
    if (connection.dead) throw new LostConnection(`connection ${connection.id} is gone`);
  }

  isDisconnect(error: unknown): boolean {
    return error instanceof LostConnection;
  }

  onIdleError(connection: MemoryConnection, listener: (error: unknown) => void): void {
    const listeners = this.#idleListeners.get(connection) ?? [];
    listeners.push(listener);
    this.#idleListeners.set(connection, listeners);
  }

  describe(connection: MemoryConnection): string {
    return `<memory connection #${connection.id}>`;
  }

  /** The driver reports an error on a connection (the server went away); throws if nobody listens, as Node's EventEmitter does. */
  emitError(connection: MemoryConnection, error: unknown): void {
    const listeners = this.#idleListeners.get(connection) ?? [];
    if (listeners.length === 0) throw error;
    for (const listener of listeners) listener(error);
  }

  /** Connections made and not closed. */
  openCount(): number {
    return this.connections.filter((connection) => connection.open).length;
  }
}

/** A promise and the functions that settle it, for steps a test releases by hand. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Echo lines captured through the pools' `logger` option, as `LEVEL logger message`. */
export function captureEcho(): {
  lines: string[];
  logger: (level: string, name: string, message: string) => void;
} {
  const lines: string[] = [];
  return { lines, logger: (level, name, message) => lines.push(`${level} ${name} ${message}`) };
}
