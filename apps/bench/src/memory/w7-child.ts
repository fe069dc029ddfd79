// One W7 measurement in a process of its own: opens one system on the bench database, warms it
// up on a few rows, takes a heap baseline after a full GC, then loads or streams while sampling
// heapUsed, and prints a W7Measurement as JSON. Spawned by run-w7.ts:
//   node --expose-gc --import tsx w7-child.ts <system> <W7-load|W7-stream> <rows> <target-json>
import { performance } from 'node:perf_hooks';
import { collectGarbage } from '../collect-garbage';
import type { BenchTarget } from '../system';
import { SYSTEMS } from '../systems/registry';
import type { W7Measurement } from './w7-measurement';

const MIB = 1024 * 1024;
const [systemId = '', workload = '', rowsText = '', targetJson = '{}'] = process.argv.slice(2);
const target = JSON.parse(targetJson) as BenchTarget;
const load = SYSTEMS[systemId];
if (!load) throw new Error(`unknown system '${systemId}'`);
const made = (await load())(target.db);
if ('skip' in made) throw new Error(made.skip);
const system = made;
const rows = Number(rowsText);

await system.open(target);
let sinkCount = 0;
/** Counts rows; keeping none of them is the point of streaming. */
const sink = (row: unknown): void => {
  if (row !== undefined) sinkCount++;
};
// Warm-up: the first query pays for metadata, connection setup and JIT, which is not W7's subject.
await system.loadManyUsers?.(100);
collectGarbage();
const baseline = process.memoryUsage().heapUsed;
let peakHeap = baseline;
const sample = (): void => {
  const used = process.memoryUsage().heapUsed;
  if (used > peakHeap) peakHeap = used;
};
const timer = setInterval(sample, 2);
const started = performance.now();
let count: number;
let retained = 0;
if (workload === 'W7-load') {
  const held = await system.loadManyUsers?.(rows);
  if (!held) throw new Error(`${systemId} offers no load`);
  const ms = performance.now() - started;
  sample();
  collectGarbage();
  retained = process.memoryUsage().heapUsed - baseline;
  count = held.length;
  report(ms);
} else {
  sinkCount = 0;
  const streamed = await system.streamUsers?.(sink);
  if (streamed === undefined) throw new Error(`${systemId} offers no stream`);
  count = streamed === sinkCount ? streamed : -1;
  report(performance.now() - started);
}

function report(ms: number): void {
  clearInterval(timer);
  sample();
  const measurement: W7Measurement = {
    count,
    ms,
    peakHeapMb: (peakHeap - baseline) / MIB,
    retainedHeapMb: retained / MIB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(measurement)}\n`);
}
await system.close();
