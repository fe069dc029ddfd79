// Vitest reporter that prints, after a run, how many tests ran on each dialect. It counts tests
// under the `[pg]`/`[mysql]`/`[sqlite]` suites that describeDialects declares; the workspace
// config adds it next to the default reporter.
import type { Reporter, TestModule } from 'vitest/node';
import { DIALECT_NAMES, type DialectName, requiredDialects } from './dialect-name';

export interface DialectCounts {
  passed: number;
  failed: number;
  skipped: number;
}

const TITLE = /^\[(pg|mysql|sqlite)\] /;

/** The dialect a test belongs to, read from its suite path (`[pg] engine > connects`). */
export function dialectOf(fullName: string): DialectName | undefined {
  for (const part of fullName.split(' > ')) {
    const match = TITLE.exec(part);
    if (match) return match[1] as DialectName;
  }
  return undefined;
}

export function countByDialect(modules: readonly TestModule[]): Record<DialectName, DialectCounts> {
  const counts = Object.fromEntries(
    DIALECT_NAMES.map((name) => [name, { passed: 0, failed: 0, skipped: 0 }]),
  ) as Record<DialectName, DialectCounts>;
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const dialect = dialectOf(test.fullName);
      if (!dialect) continue;
      const state = test.result().state;
      if (state === 'passed') counts[dialect].passed++;
      else if (state === 'failed') counts[dialect].failed++;
      else counts[dialect].skipped++;
    }
  }
  return counts;
}

export function formatSummary(counts: Record<DialectName, DialectCounts>): string {
  const cells = DIALECT_NAMES.map((name) => {
    const c = counts[name];
    const extra = [c.failed ? `${c.failed} failed` : '', c.skipped ? `${c.skipped} skipped` : ''].filter(
      Boolean,
    );
    return `${name}: ${c.passed + c.failed} ran${extra.length ? ` (${extra.join(', ')})` : ''}`;
  });
  return `Tests per dialect: ${cells.join(' · ')}`;
}

export default class DialectSummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const counts = countByDialect(modules);
    process.stdout.write(`\n${formatSummary(counts)}\n`);
    // A required dialect whose tests never ran proves nothing; make that visible as a failure.
    const silent = requiredDialects().filter((name) => counts[name].passed + counts[name].failed === 0);
    if (silent.length > 0 && modules.length > 0) {
      process.stdout.write(`Required dialects with no tests run: ${silent.join(', ')}\n`);
      process.exitCode = 1;
    }
  }
}
