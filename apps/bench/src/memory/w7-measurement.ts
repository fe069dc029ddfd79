// What a W7 child process reports on its last stdout line (JSON). Written by w7-child.ts, read by run-w7.ts.

export interface W7Measurement {
  readonly count: number;
  readonly ms: number;
  /** Peak heapUsed above the baseline taken after opening and a small warm-up, in MiB. */
  readonly peakHeapMb: number;
  /** Heap still used after a full GC while the loaded objects are held (W7-load), in MiB. */
  readonly retainedHeapMb: number;
  /** The process's peak resident set size (getrusage maxrss), in MiB. */
  readonly peakRssMb: number;
}
