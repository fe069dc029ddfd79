// Holds the dialect `String(stmt)` uses, set when the default dialect module loads. Kept apart
// so the node classes can reach it without importing the compiler (which imports them).
import type { Dialect } from './dialect';

let current: Dialect | undefined;

export const defaultDialectHolder = {
  get(): Dialect {
    if (!current)
      throw new Error(
        'the default dialect is not loaded; import from @retort/core, not from its internal modules',
      );
    return current;
  },
  set(dialect: Dialect): void {
    current = dialect;
  },
};
