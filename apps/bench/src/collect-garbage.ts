// A full garbage collection between samples, so one system's garbage is not collected on the
// next system's clock. Works with or without --expose-gc. Used by the runner and the W7 child.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { readonly type: 'major' | 'minor' }) => void;

function findGc(): Gc {
  const existing = (globalThis as { gc?: Gc }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

const gc = findGc();

/**
 * Two major collections. Not a bare gc(): that is V8's memory-reducing testing collection, which
 * also discards every function's optimized code ("weak objects" deoptimizations), so each sample
 * would start cold and code-heavy systems would pay most for re-optimizing.
 */
export function collectGarbage(): void {
  gc({ type: 'major' });
  gc({ type: 'major' });
}
