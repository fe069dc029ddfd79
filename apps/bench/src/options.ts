// Parses the bench's command line (`pnpm bench --db=pg --only=W1,W3 --quick --json out.json`).
// Called by cli.ts; paths are resolved against the directory pnpm was started in.
import { resolve } from 'node:path';
import { DB_KINDS, type DbKind } from './system';
import { WORKLOAD_IDS, type WorkloadId } from './workloads';

export interface BenchOptions {
  readonly dbs: readonly DbKind[];
  readonly workloads: readonly WorkloadId[];
  /** Only these system ids (all when empty). */
  readonly systems: readonly string[];
  readonly mode: 'full' | 'quick' | 'smoke';
  readonly jsonFile: string | undefined;
  readonly htmlFile: string | undefined;
}

export class UsageError extends Error {}

export const USAGE = `Usage: pnpm bench [--db=sqlite|pg|mysql]... [--only=W1,W3] [--systems=raw,kysely] [--quick] [--smoke] [--json <file>] [--html <file>]
  --db       database to run on; repeatable or comma-separated (default: all three)
  --only     workloads: W1..W7, or a full id such as W6-cached or W7-stream (default: all)
  --systems  system ids to run (default: all); raw always runs, as the ratio's baseline
  --quick    fewer iterations (1 warm-up, 5 measured) and a smaller W7
  --smoke    SQLite only, no warm-up, 2 measured iterations, a tenth of W1/W6, tiny W7: checks the machinery, never the timings
  --json     write one record per {db, system, workload} to <file>
  --html     write a self-contained page with bar charts of the ratios to <file>`;

export function parseOptions(
  argv: readonly string[],
  cwd = process.env.INIT_CWD ?? process.cwd(),
): BenchOptions {
  const dbs: DbKind[] = [];
  const workloads: WorkloadId[] = [];
  const systems: string[] = [];
  let quick = false;
  let smoke = false;
  let jsonFile: string | undefined;
  let htmlFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') continue;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--db':
        for (const name of value().split(',')) {
          if (!(DB_KINDS as readonly string[]).includes(name))
            throw new UsageError(`--db=${name}: the databases are ${DB_KINDS.join(', ')}`);
          if (!dbs.includes(name as DbKind)) dbs.push(name as DbKind);
        }
        break;
      case '--only':
        for (const name of value().split(',')) {
          const wanted = name.toUpperCase();
          const matches = WORKLOAD_IDS.filter(
            (id) => id.toUpperCase() === wanted || id.startsWith(`${wanted}-`),
          );
          if (matches.length === 0)
            throw new UsageError(`--only=${name}: the workloads are W1..W7 (${WORKLOAD_IDS.join(', ')})`);
          for (const id of matches) if (!workloads.includes(id)) workloads.push(id);
        }
        break;
      case '--systems':
        systems.push(...value().split(','));
        break;
      case '--quick':
        quick = true;
        break;
      case '--smoke':
        smoke = true;
        break;
      case '--json':
        jsonFile = resolve(cwd, value());
        break;
      case '--html':
        htmlFile = resolve(cwd, value());
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return {
    dbs: smoke ? ['sqlite'] : dbs.length > 0 ? dbs : [...DB_KINDS],
    workloads: workloads.length > 0 ? WORKLOAD_IDS.filter((id) => workloads.includes(id)) : [...WORKLOAD_IDS],
    systems,
    mode: smoke ? 'smoke' : quick ? 'quick' : 'full',
    jsonFile,
    htmlFile,
  };
}

/**
 * Warm-up and measured iterations per mode, and the least time one sample spends in the workload:
 * a sample repeats the call (its untimed reset in between) until then, so a 1 ms call is not
 * measured once, cold, right after the collection that precedes the sample.
 */
export function iterationsFor(mode: BenchOptions['mode']): {
  readonly warmup: number;
  readonly runs: number;
  readonly minSampleMs: number;
} {
  switch (mode) {
    case 'full':
      return { warmup: 2, runs: 7, minSampleMs: 50 };
    case 'quick':
      return { warmup: 1, runs: 5, minSampleMs: 20 };
    case 'smoke':
      return { warmup: 0, runs: 2, minSampleMs: 0 };
  }
}

/** W7's sizes per mode: users loaded as objects, rows streamed. */
export function w7SizesFor(mode: BenchOptions['mode']): {
  readonly load: number;
  readonly stream: number;
  readonly runs: number;
} {
  switch (mode) {
    case 'full':
      return { load: 100_000, stream: 1_000_000, runs: 3 };
    case 'quick':
      return { load: 100_000, stream: 1_000_000, runs: 1 };
    case 'smoke':
      return { load: 5_000, stream: 20_000, runs: 1 };
  }
}
