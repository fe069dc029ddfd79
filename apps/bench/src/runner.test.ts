// Runs the smoke-mode machinery on SQLite for one workload and checks the report's shape, the
// JSON records and the HTML page. Timings are never asserted.
import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import { htmlReport } from './report/html-report';
import { resultsTables } from './report/results-table';
import { runBench } from './runner';

describe('bench smoke on SQLite', () => {
  it('produces one record per {db, system, workload} with a ratio to raw', async () => {
    const options = parseOptions(['--smoke', '--only=W2', '--systems=raw,retort-core,kysely'], '/tmp');
    const lines: string[] = [];
    const report = await runBench(options, (line) => lines.push(line));

    expect(report.skipped).toEqual([]);
    const records = JSON.parse(JSON.stringify(report.records)) as Record<string, unknown>[];
    expect(records.map((r) => `${r.db}/${r.system}/${r.workload}`)).toEqual([
      'sqlite/raw/W2',
      'sqlite/retort-core/W2',
      'sqlite/kysely/W2',
    ]);
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual([
        'db',
        'median_ms',
        'ratio',
        'samples_ms',
        'system',
        'workload',
      ]);
      expect(typeof record.median_ms).toBe('number');
      expect(record.median_ms).toBeGreaterThanOrEqual(0);
      expect(typeof record.ratio).toBe('number');
      expect(record.samples_ms).toHaveLength(report.meta.runs);
    }
    expect(records[0]?.ratio).toBe(1);
    expect(report.meta).toMatchObject({ mode: 'smoke', warmup: 0, runs: 2 });
    expect(report.meta.versions).toMatchObject({ 'better-sqlite3': '12.4.1', kysely: '0.28.18' });
    expect(lines.some((line) => line.includes('W2'))).toBe(true);

    const table = resultsTables(report, ['raw', 'retort-core', 'kysely']);
    expect(table).toContain('| workload | raw | retort-core | kysely |');
    expect(table).toMatch(/\| W2 \| [\d.]+ ms \(1\.00×\) \|/);

    const html = htmlReport(report, ['raw', 'retort-core', 'kysely']);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('records a skip, not a result, for a workload a system does not offer', async () => {
    const options = parseOptions(['--smoke', '--only=W7-stream', '--systems=raw,mikro-orm'], '/tmp');
    const report = await runBench(options, () => {});
    expect(report.records.map((r) => `${r.system}/${r.workload}`)).toEqual(['raw/W7-stream']);
    expect(report.records[0]).toMatchObject({ db: 'sqlite', ratio: 1, heap_ratio: 1, rows: 20_000 });
    expect(report.skipped).toEqual([
      {
        db: 'sqlite',
        system: 'mikro-orm',
        workload: 'W7-stream',
        kind: 'unsupported',
        reason: 'MikroORM 6 has no streaming API (em.stream() arrived in 7, which needs Node 22)',
      },
    ]);
  });
});
