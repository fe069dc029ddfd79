// W7, memory: reseeds the bench database to the W7 size, then measures each system in its own
// child process (memory/w7-child.ts), so that one system's heap never counts against another's.
// Systems take turns per run, as in the timed workloads. Called by the runner.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AdminConnection, seed } from '../bench-database';
import { BASE_USERS } from '../dataset';
import { type BenchOptions, w7SizesFor } from '../options';
import type { BenchRecord, BenchSkip } from '../report/bench-report';
import type { Log } from '../runner';
import { median, round } from '../stats';
import type { BenchTarget, DbKind, System } from '../system';
import { RAW_SYSTEM } from '../systems/registry';
import type { W7Measurement } from './w7-measurement';

/** From the compiled bench (dist/cli.js) the child is dist/memory/w7-child.js; from the sources (tests), tsx runs the .ts. */
const SELF = fileURLToPath(import.meta.url);
const FROM_SOURCE = SELF.endsWith('.ts');
const APP_DIR = join(dirname(SELF), FROM_SOURCE ? '../..' : '..');
const CHILD = join(APP_DIR, FROM_SOURCE ? 'src/memory/w7-child.ts' : 'dist/memory/w7-child.js');
const LOADER = FROM_SOURCE ? ['--import', 'tsx'] : [];

type MemoryWorkload = 'W7-load' | 'W7-stream';

export async function runW7(
  db: DbKind,
  target: BenchTarget,
  admin: AdminConnection,
  systems: readonly System[],
  workloads: readonly MemoryWorkload[],
  mode: BenchOptions['mode'],
  log: Log,
): Promise<{ records: BenchRecord[]; skipped: BenchSkip[] }> {
  const sizes = w7SizesFor(mode);
  const records: BenchRecord[] = [];
  const skipped: BenchSkip[] = [];
  const rowsInTable = workloads.includes('W7-stream') ? sizes.stream : sizes.load;
  log(`   W7: seeding ${rowsInTable} users`);
  await seed(admin, db, rowsInTable);
  try {
    for (const workload of workloads) {
      const method = workload === 'W7-load' ? 'loadManyUsers' : 'streamUsers';
      const rows = workload === 'W7-load' ? sizes.load : rowsInTable;
      const participants = systems.filter((system) => {
        if (typeof system[method] === 'function') return true;
        skipped.push({
          db,
          system: system.id,
          workload,
          kind: 'unsupported',
          reason: system.unsupported?.[method] ?? 'not offered',
        });
        return false;
      });
      const results = new Map<string, W7Measurement[]>(participants.map((s) => [s.id, []]));
      const failed = new Set<string>();
      const measure = async (system: System): Promise<void> => {
        try {
          const measurement = await measureInChild(system.id, target, workload, rows);
          if (measurement.count !== rows)
            throw new Error(`counted ${measurement.count} rows, expected ${rows}`);
          results.get(system.id)?.push(measurement);
        } catch (error) {
          failed.add(system.id);
          const reason = error instanceof Error ? error.message : String(error);
          skipped.push({ db, system: system.id, workload, kind: 'failed', reason });
          log(`   ${workload} ${system.id} FAILED: ${reason}`);
        }
      };
      for (let run = 0; run < sizes.runs; run++) {
        const order = participants.map((_, k) => participants[(run + k) % participants.length] as System);
        // Smoke mode checks the machinery only, so its children may share the CPU to finish sooner.
        if (mode === 'smoke') await Promise.all(order.map(measure));
        else for (const system of order) if (!failed.has(system.id)) await measure(system);
      }
      const summary = new Map<string, { ms: number; heap: number; rss: number; samples: number[] }>();
      for (const [id, list] of results) {
        if (failed.has(id) || list.length === 0) continue;
        summary.set(id, {
          ms: median(list.map((m) => m.ms)),
          heap: median(list.map((m) => m.peakHeapMb)),
          rss: median(list.map((m) => m.peakRssMb)),
          samples: list.map((m) => round(m.ms)),
        });
      }
      const raw = summary.get(RAW_SYSTEM);
      for (const [id, s] of summary) {
        records.push({
          db,
          system: id,
          workload,
          median_ms: round(s.ms),
          ratio: raw ? round(s.ms / raw.ms, 2) : null,
          samples_ms: s.samples,
          heap_mb: round(s.heap, 1),
          rss_mb: round(s.rss, 1),
          heap_ratio: raw ? round(s.heap / Math.max(raw.heap, 0.1), 2) : null,
          rows,
        });
      }
      log(
        `   ${workload.padEnd(12)} ${[...summary].map(([id, s]) => `${id} ${s.ms.toFixed(0)}ms heap+${s.heap.toFixed(1)}MiB rss ${s.rss.toFixed(0)}MiB`).join(' | ')}`,
      );
    }
  } finally {
    await seed(admin, db, BASE_USERS);
  }
  return { records, skipped };
}

function measureInChild(
  systemId: string,
  target: BenchTarget,
  workload: MemoryWorkload,
  rows: number,
): Promise<W7Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=8192',
        ...LOADER,
        CHILD,
        systemId,
        workload,
        String(rows),
        JSON.stringify(target),
      ],
      { cwd: APP_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) {
        resolve(JSON.parse(last) as W7Measurement);
      } else {
        const why =
          stderr
            .trim()
            .split('\n')
            .find((line) => /Error|error/.test(line)) ?? stderr.trim().slice(0, 300);
        reject(new Error(`child exited with ${code}: ${why}`));
      }
    });
  });
}
