// Runs the selected workloads on each selected database: a fresh bench database per server,
// every system opened on it, systems interleaved round-robin per iteration (the starting system
// rotates), warm-up iterations discarded, the median of the measured ones compared with the raw
// driver's median from the same run. Called by cli.ts and by the smoke test.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { BenchDatabase, createSchema, settleSql } from './bench-database';
import { collectGarbage } from './collect-garbage';
import { BASE_USERS } from './dataset';
import { libraryVersions } from './library-versions';
import { runW7 } from './memory/run-w7';
import { type BenchOptions, iterationsFor } from './options';
import type { BenchRecord, BenchReport, BenchSkip } from './report/bench-report';
import { median, round } from './stats';
import type { DbKind, System } from './system';
import { RAW_SYSTEM, SYSTEM_IDS, SYSTEMS } from './systems/registry';
import { type TimedWorkload, timedWorkloads, type WorkloadId } from './workloads';

export type Log = (line: string) => void;

/** The system ids a run uses: the selection (or all), always with raw first as the baseline. */
export function selectedSystems(options: BenchOptions): string[] {
  for (const id of options.systems)
    if (!SYSTEM_IDS.includes(id))
      throw new Error(`unknown system '${id}'; the systems are ${SYSTEM_IDS.join(', ')}`);
  const wanted = options.systems.length > 0 ? options.systems : SYSTEM_IDS;
  return SYSTEM_IDS.filter((id) => id === RAW_SYSTEM || wanted.includes(id));
}

export async function runBench(options: BenchOptions, log: Log): Promise<BenchReport> {
  const iterations = iterationsFor(options.mode);
  const { warmup, runs, minSampleMs } = iterations;
  const records: BenchRecord[] = [];
  const skipped: BenchSkip[] = [];
  const systemIds = selectedSystems(options);
  const startedAt = new Date().toISOString();
  for (const db of options.dbs) {
    log(`\n== ${db}: creating a fresh bench database`);
    let database: BenchDatabase;
    try {
      database = await BenchDatabase.create(db);
    } catch (error) {
      const reason = `no ${db} server: ${errorText(error)}`;
      log(`   skipped: ${reason}`);
      for (const system of systemIds)
        skipped.push({ db, system, workload: '*', kind: 'unavailable', reason });
      continue;
    }
    try {
      await runOnDatabase(db, database, systemIds, options, iterations, records, skipped, log);
    } finally {
      await database.drop();
    }
  }
  return {
    meta: {
      started_at: startedAt,
      mode: options.mode,
      warmup,
      runs,
      min_sample_ms: minSampleMs,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      versions: libraryVersions(),
    },
    records,
    skipped,
  };
}

async function runOnDatabase(
  db: DbKind,
  database: BenchDatabase,
  systemIds: readonly string[],
  options: BenchOptions,
  iterations: ReturnType<typeof iterationsFor>,
  records: BenchRecord[],
  skipped: BenchSkip[],
  log: Log,
): Promise<void> {
  const admin = await database.admin();
  try {
    await createSchema(admin, db, BASE_USERS);
    const systems: System[] = [];
    for (const id of systemIds) {
      const factory = await (SYSTEMS[id] as () => Promise<(db: DbKind) => System | { skip: string }>)();
      const made = factory(db);
      if ('skip' in made) {
        skipped.push({ db, system: id, workload: '*', kind: 'unavailable', reason: made.skip });
        log(`   ${id}: not run on ${db}: ${made.skip}`);
        continue;
      }
      systems.push(made);
    }
    const timed = timedWorkloads(options.mode).filter((w) => options.workloads.includes(w.id));
    if (timed.length > 0) {
      const open: System[] = [];
      for (const system of systems) {
        try {
          await system.open(database.target);
          open.push(system);
        } catch (error) {
          const reason = `could not open: ${errorText(error)}`;
          skipped.push({ db, system: system.id, workload: '*', kind: 'failed', reason });
          log(`   ${system.id}: ${reason}`);
        }
      }
      try {
        for (const workload of timed) {
          records.push(...(await runTimed(db, workload, open, { admin }, iterations, skipped, log)));
        }
      } finally {
        for (const system of open) await system.close().catch(() => {});
      }
    }
    const memory = options.workloads.filter((id): id is 'W7-load' | 'W7-stream' => id.startsWith('W7'));
    if (memory.length > 0) {
      const result = await runW7(db, database.target, admin, systems, memory, options.mode, log);
      records.push(...result.records);
      skipped.push(...result.skipped);
    }
  } finally {
    await admin.close();
  }
}

/** Bounds the calls of one sample, whatever minSampleMs asks. */
const MAX_CALLS_PER_SAMPLE = 1000;

async function runTimed(
  db: DbKind,
  workload: TimedWorkload,
  systems: readonly System[],
  ctx: Parameters<NonNullable<TimedWorkload['prepare']>>[0],
  iterations: ReturnType<typeof iterationsFor>,
  skipped: BenchSkip[],
  log: Log,
): Promise<BenchRecord[]> {
  const participants: System[] = [];
  for (const system of systems) {
    if (typeof system[workload.method] === 'function') participants.push(system);
    else
      skipped.push({
        db,
        system: system.id,
        workload: workload.id,
        kind: 'unsupported',
        reason: system.unsupported?.[workload.method] ?? 'not offered',
      });
  }
  await workload.prepare?.(ctx);
  await ctx.admin.run(settleSql(db));
  const samples = new Map<System, number[]>(participants.map((s) => [s, []]));
  const failed = new Set<System>();
  const total = iterations.warmup + iterations.runs;
  for (let iteration = 0; iteration < total; iteration++) {
    for (let k = 0; k < participants.length; k++) {
      const system = participants[(iteration + k) % participants.length] as System;
      if (failed.has(system)) continue;
      collectGarbage();
      // One sample: the call repeated until it has run minSampleMs (untimed resets in between);
      // the sample is the mean time per call. Each call gets its own serial (fresh rows and names).
      let elapsed = 0;
      let calls = 0;
      let failure: string | undefined;
      while (calls === 0 || (elapsed < iterations.minSampleMs && calls < MAX_CALLS_PER_SAMPLE)) {
        const started = performance.now();
        let checksum: number;
        try {
          checksum = await workload.run(system, iteration * MAX_CALLS_PER_SAMPLE + calls);
        } catch (error) {
          failure = errorText(error);
          await workload.after?.(ctx);
          break;
        }
        elapsed += performance.now() - started;
        calls++;
        await workload.after?.(ctx);
        if (checksum !== workload.expected) {
          failure = `returned checksum ${checksum}, expected ${workload.expected}`;
          break;
        }
      }
      if (failure !== undefined) {
        failed.add(system);
        fail(db, system, workload.id, failure, skipped, log);
        continue;
      }
      elapsed /= calls;
      if (iteration >= iterations.warmup) samples.get(system)?.push(elapsed);
    }
  }
  const medians = new Map<string, number>();
  for (const [system, values] of samples) if (!failed.has(system)) medians.set(system.id, median(values));
  const rawMedian = medians.get(RAW_SYSTEM);
  const records: BenchRecord[] = [];
  for (const [system, values] of samples) {
    const value = medians.get(system.id);
    if (value === undefined) continue;
    records.push({
      db,
      system: system.id,
      workload: workload.id,
      median_ms: round(value),
      ratio: rawMedian === undefined ? null : round(value / rawMedian, 2),
      samples_ms: values.map((v) => round(v)),
    });
  }
  log(
    `   ${workload.id.padEnd(12)} ${records.map((r) => `${r.system} ${r.median_ms.toFixed(1)}ms`).join(' | ')}`,
  );
  return records;
}

function fail(
  db: DbKind,
  system: System,
  workload: WorkloadId,
  reason: string,
  skipped: BenchSkip[],
  log: Log,
): void {
  skipped.push({ db, system: system.id, workload, kind: 'failed', reason });
  log(`   ${workload} ${system.id} FAILED: ${reason}`);
}

/** The first line of an error's message, with its cause's (drivers wrapped by a library put the reason there). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = ((error.message || error.name).split('\n')[0] as string).slice(0, 300);
  return error.cause === undefined ? first : `${first} (cause: ${errorText(error.cause)})`;
}
