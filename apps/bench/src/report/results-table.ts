// The results as one Markdown table per database: a row per workload, a column per system, each
// cell the median in ms and the ratio to the raw driver (W7 adds peak heap growth and peak RSS).
// Printed by the CLI at the end of a run.
import type { DbKind } from '../system';
import { WORKLOAD_IDS } from '../workloads';
import type { BenchRecord, BenchReport } from './bench-report';

export function resultsTables(report: BenchReport, systemOrder: readonly string[]): string {
  const out: string[] = [];
  const dbs = [
    ...new Set([...report.records.map((r) => r.db), ...report.skipped.map((s) => s.db)]),
  ] as DbKind[];
  for (const db of dbs) {
    const records = report.records.filter((r) => r.db === db);
    const systems = systemOrder.filter((id) => records.some((r) => r.system === id));
    out.push(
      `\n### ${db} (${report.meta.mode}: median of ${report.meta.runs} samples of ≥ ${report.meta.min_sample_ms} ms after ${report.meta.warmup} warm-up; ratio = system / raw)\n`,
    );
    if (systems.length > 0) {
      out.push(`| workload | ${systems.join(' | ')} |`);
      out.push(`|---|${systems.map(() => '---:').join('|')}|`);
      for (const workload of WORKLOAD_IDS) {
        const row = records.filter((r) => r.workload === workload);
        if (row.length === 0) continue;
        const cells = systems.map((system) => {
          const record = row.find((r) => r.system === system);
          return record ? cell(record) : '—';
        });
        out.push(`| ${workload} | ${cells.join(' | ')} |`);
      }
    }
    const skipped = report.skipped.filter((s) => s.db === db);
    if (skipped.length > 0) {
      out.push('');
      for (const s of skipped)
        out.push(`- ${s.system} ${s.workload === '*' ? '' : `${s.workload} `}${s.kind}: ${s.reason}`);
    }
  }
  return out.join('\n');
}

function cell(record: BenchRecord): string {
  const ratio = record.ratio === null ? '' : ` (${record.ratio.toFixed(2)}×)`;
  const time = `${formatMs(record.median_ms)}${ratio}`;
  if (record.heap_mb === undefined) return time;
  return `${time}<br>heap +${record.heap_mb.toFixed(1)} MiB, RSS ${record.rss_mb?.toFixed(0)} MiB`;
}

function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}
