// A self-contained HTML page of a bench run: per database, one inline-SVG bar chart per workload
// of each system's ratio to the raw driver (a line marks 1×), with the medians in a table below.
// No scripts, no external assets. Written by the CLI for --html.
import type { DbKind } from '../system';
import { WORKLOAD_IDS, WORKLOAD_TITLES } from '../workloads';
import type { BenchRecord, BenchReport } from './bench-report';

const COLORS: Readonly<Record<string, string>> = {
  raw: '#6b7280',
  'retort-core': '#c2410c',
  'retort-orm': '#ea580c',
  kysely: '#2563eb',
  drizzle: '#16a34a',
  'mikro-orm': '#7c3aed',
  typeorm: '#db2777',
  sequelize: '#0891b2',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function chart(
  records: readonly BenchRecord[],
  systems: readonly string[],
  metric: 'ratio' | 'heap_ratio',
): string {
  const bars = systems
    .map((system) => records.find((r) => r.system === system))
    .filter((r): r is BenchRecord => r !== undefined && typeof r[metric] === 'number');
  const labelWidth = 110;
  const barArea = 420;
  const rowHeight = 22;
  const height = bars.length * rowHeight + 24;
  const max = Math.max(1, ...bars.map((r) => r[metric] as number));
  const x = (value: number) => labelWidth + (value / max) * barArea;
  const rows = bars.map((record, i) => {
    const value = record[metric] as number;
    const y = 8 + i * rowHeight;
    const color = COLORS[record.system] ?? '#374151';
    const detail = metric === 'ratio' ? `${record.median_ms} ms` : `${record.heap_mb} MiB heap`;
    return [
      `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(record.system)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${Math.max(1, x(value) - labelWidth).toFixed(1)}" height="${rowHeight - 6}" fill="${color}"><title>${escapeHtml(`${record.system}: ${value}× (${detail})`)}</title></rect>`,
      `<text x="${(x(value) + 4).toFixed(1)}" y="${y + 14}">${value.toFixed(2)}×</text>`,
    ].join('');
  });
  const one = x(1).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barArea + 70}" height="${height}" role="img" font-family="system-ui, sans-serif" font-size="12">${rows.join('')}<line x1="${one}" x2="${one}" y1="2" y2="${height - 14}" stroke="#111" stroke-dasharray="3 3"/><text x="${one}" y="${height - 2}" text-anchor="middle">1× raw</text></svg>`;
}

function table(records: readonly BenchRecord[], systems: readonly string[]): string {
  const head = `<tr><th>workload</th>${systems.map((s) => `<th>${escapeHtml(s)}</th>`).join('')}</tr>`;
  const body = WORKLOAD_IDS.filter((w) => records.some((r) => r.workload === w))
    .map((workload) => {
      const cells = systems.map((system) => {
        const r = records.find((x) => x.workload === workload && x.system === system);
        if (!r) return '<td>—</td>';
        const memory =
          r.heap_mb === undefined ? '' : `<br><small>heap +${r.heap_mb} MiB · RSS ${r.rss_mb} MiB</small>`;
        return `<td>${r.median_ms} ms<br><small>${r.ratio ?? '–'}×</small>${memory}</td>`;
      });
      return `<tr><th>${workload}</th>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table>${head}${body}</table>`;
}

export function htmlReport(report: BenchReport, systemOrder: readonly string[]): string {
  const sections: string[] = [];
  const dbs = [...new Set(report.records.map((r) => r.db))] as DbKind[];
  for (const db of dbs) {
    const records = report.records.filter((r) => r.db === db);
    const systems = systemOrder.filter((id) => records.some((r) => r.system === id));
    const charts = WORKLOAD_IDS.filter((w) => records.some((r) => r.workload === w)).map((workload) => {
      const rows = records.filter((r) => r.workload === workload);
      const memory = workload.startsWith('W7')
        ? `<h4>peak heap growth, ratio to raw</h4>${chart(rows, systems, 'heap_ratio')}`
        : '';
      return `<figure><figcaption><b>${workload}</b> ${escapeHtml(WORKLOAD_TITLES[workload])}</figcaption>${chart(rows, systems, 'ratio')}${memory}</figure>`;
    });
    const skipped = report.skipped
      .filter((s) => s.db === db)
      .map(
        (s) =>
          `<li>${escapeHtml(`${s.system} ${s.workload === '*' ? '' : `${s.workload} `}${s.kind}: ${s.reason}`)}</li>`,
      )
      .join('');
    sections.push(
      `<section><h2>${db}</h2><div class="charts">${charts.join('')}</div>${table(records, systems)}${skipped ? `<h3>Not measured</h3><ul>${skipped}</ul>` : ''}</section>`,
    );
  }
  const meta = report.meta;
  const versions = Object.entries(meta.versions)
    .map(([name, version]) => `${escapeHtml(name)} ${escapeHtml(version)}`)
    .join(', ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Retort bench ${escapeHtml(meta.started_at)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#111}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;border:1px solid #e5e7eb;padding:.5rem;border-radius:6px}
figcaption{margin-bottom:.25rem}
table{border-collapse:collapse;margin-top:1rem}
td,th{border:1px solid #e5e7eb;padding:.25rem .5rem;text-align:right;vertical-align:top}
h4{font-weight:normal;font-size:.9rem;margin:.5rem 0 0}
</style></head><body>
<h1>Retort bench</h1>
<p>${escapeHtml(`${meta.mode} mode, ${meta.started_at}: median of ${meta.runs} measured samples (each at least ${meta.min_sample_ms} ms of repeated calls) after ${meta.warmup} warm-up, systems interleaved; ratio = system median / raw driver median in the same run (lower is faster). Node ${meta.node}, ${meta.platform}, ${meta.cpus} CPUs.`)}</p>
<p><small>${versions}</small></p>
${sections.join('\n')}
</body></html>
`;
}
