// The result of a bench run as the JSON file stores it: one record per {db, system, workload},
// plus what was skipped or failed and why. Built by the runner; read by the table and HTML writers.
import type { DbKind } from '../system';
import type { WorkloadId } from '../workloads';

export interface BenchRecord {
  readonly db: DbKind;
  readonly system: string;
  readonly workload: WorkloadId;
  /** Median wall time of the measured runs, in milliseconds. */
  readonly median_ms: number;
  /** median_ms divided by the raw driver's median_ms in the same run (1 for raw; null without raw). */
  readonly ratio: number | null;
  readonly samples_ms: readonly number[];
  /** W7 only: peak heap growth over the process's baseline, in MiB. */
  readonly heap_mb?: number;
  /** W7 only: peak resident set size of the child process, in MiB. */
  readonly rss_mb?: number;
  /** W7 only: heap_mb divided by raw's heap_mb. */
  readonly heap_ratio?: number | null;
  /** W7 only: rows loaded or streamed. */
  readonly rows?: number;
}

/** A system that did not run a workload on a database, and why (not offered, cannot run there, failed). */
export interface BenchSkip {
  readonly db: DbKind;
  readonly system: string;
  readonly workload: WorkloadId | '*';
  readonly kind: 'unsupported' | 'unavailable' | 'failed';
  readonly reason: string;
}

export interface BenchReport {
  readonly meta: {
    readonly started_at: string;
    readonly mode: 'full' | 'quick' | 'smoke';
    readonly warmup: number;
    readonly runs: number;
    /** The least time one sample spends in the workload (the call is repeated until then). */
    readonly min_sample_ms: number;
    readonly node: string;
    readonly platform: string;
    readonly cpus: number;
    readonly versions: Readonly<Record<string, string>>;
  };
  readonly records: readonly BenchRecord[];
  readonly skipped: readonly BenchSkip[];
}
