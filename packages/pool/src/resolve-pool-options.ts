// Checks a PoolOptions object and fills in SQLAlchemy's defaults (pool_size=5, max_overflow=10,
// timeout=30, recycle=-1, reset_on_return='rollback'). Called by every pool's constructor.
import { ArgumentError, type LogWriter, type PoolOptions, type ResetOnReturn } from '@retort/core';

export interface ResolvedPoolOptions {
  readonly poolSize: number;
  readonly maxOverflow: number;
  readonly timeout: number;
  readonly recycle: number;
  readonly prePing: boolean;
  readonly resetOnReturn: ResetOnReturn;
  readonly useLifo: boolean;
  readonly echo: boolean | 'debug';
  readonly loggingName: string | undefined;
  readonly logger: LogWriter | undefined;
}

const RESET_VALUES: readonly ResetOnReturn[] = ['rollback', 'commit', 'none'];

function integerAtLeast(name: string, value: number | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < minimum) {
    throw new ArgumentError(
      `Pool option ${name} must be an integer of at least ${minimum}, got ${globalThis.String(value)}`,
    );
  }
  return value;
}

export function resolvePoolOptions(options: PoolOptions): ResolvedPoolOptions {
  const poolSize = integerAtLeast('poolSize', options.poolSize, 5, 0);
  const maxOverflow = integerAtLeast('maxOverflow', options.maxOverflow, 10, -1);
  const timeout = options.timeout ?? 30;
  if (typeof timeout !== 'number' || Number.isNaN(timeout) || timeout < 0) {
    throw new ArgumentError(
      `Pool option timeout must be a number of seconds, 0 or more (Infinity waits forever), got ${globalThis.String(timeout)}`,
    );
  }
  const recycle = options.recycle ?? -1;
  if (typeof recycle !== 'number' || Number.isNaN(recycle) || (recycle < 0 && recycle !== -1)) {
    throw new ArgumentError(
      `Pool option recycle must be a number of seconds, 0 or more, or -1 to never recycle, got ${globalThis.String(recycle)}`,
    );
  }
  const resetOnReturn = options.resetOnReturn ?? 'rollback';
  if (!RESET_VALUES.includes(resetOnReturn)) {
    throw new ArgumentError(
      `Pool option resetOnReturn must be 'rollback', 'commit' or 'none', got ${globalThis.String(resetOnReturn)}`,
    );
  }
  const echo = options.echo ?? false;
  if (echo !== true && echo !== false && echo !== 'debug') {
    throw new ArgumentError(
      `Pool option echo must be true, false or 'debug', got ${globalThis.String(echo)}`,
    );
  }
  return {
    poolSize,
    maxOverflow,
    timeout,
    recycle,
    prePing: options.prePing ?? false,
    resetOnReturn,
    useLifo: options.useLifo ?? false,
    echo,
    loggingName: options.loggingName,
    logger: options.logger,
  };
}
