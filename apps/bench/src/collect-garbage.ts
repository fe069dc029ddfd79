// A full garbage collection between samples, so one system's garbage is not collected on the
// next system's clock. Works with or without --expose-gc. Used by the runner and the W7 child.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = () => void;

function findGc(): Gc {
  const existing = (globalThis as { gc?: Gc }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as Gc;
}

const gc = findGc();

export function collectGarbage(): void {
  gc();
  gc();
}
