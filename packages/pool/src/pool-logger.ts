// The pool's echo: SQLAlchemy's `sqlalchemy.pool.impl.<Class>[.<loggingName>]` logger, INFO lines with
// `echo: true`, DEBUG lines too with `echo: 'debug'` (ECHO.md §7). Used by every pool and its records.
import { type LogWriter, RetortError, writeLogLine } from '@retort/core';

export class PoolLogger {
  /** `sqlalchemy.pool.impl.QueuePool`, plus `.<loggingName>` when one is given. */
  readonly name: string;
  readonly infoEnabled: boolean;
  readonly debugEnabled: boolean;

  constructor(
    kind: string,
    echo: boolean | 'debug',
    loggingName: string | undefined,
    private readonly writer: LogWriter = writeLogLine,
  ) {
    this.name = `sqlalchemy.pool.impl.${kind}${loggingName === undefined ? '' : `.${loggingName}`}`;
    this.infoEnabled = echo !== false;
    this.debugEnabled = echo === 'debug';
  }

  info(message: string): void {
    if (this.infoEnabled) this.writer('INFO', this.name, message);
  }

  debug(message: string): void {
    if (this.debugEnabled) this.writer('DEBUG', this.name, message);
  }
}

function className(error: object): string {
  if (error instanceof RetortError) return error.name;
  const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof constructorName === 'string' && constructorName !== '' ? constructorName : 'Error';
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    // SQLAlchemy's own errors print their empty argument tuple: `InvalidatePoolError:()`.
    if (error.message === '' && error instanceof RetortError) return '()';
    return error.message;
  }
  return globalThis.String(error);
}

/** `Class:message`, SQLAlchemy's `%s:%s` of an exception's class name and str() (invalidation reasons). */
export function errorReason(error: unknown): string {
  if (typeof error !== 'object' || error === null) return `${typeof error}:${globalThis.String(error)}`;
  return `${className(error)}:${messageOf(error)}`;
}

/** `Class('message')`, SQLAlchemy's %r of an exception (disconnection reasons). */
export function errorRepr(error: unknown): string {
  if (typeof error !== 'object' || error === null) return globalThis.String(error);
  const message = error instanceof Error ? error.message : globalThis.String(error);
  return `${className(error)}(${message === '' ? '' : `'${message}'`})`;
}

/** str() of an error, for `Error on connect(): …`. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : globalThis.String(error);
}
