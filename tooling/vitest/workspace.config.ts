// The configuration `pnpm test` runs: every package, app and tooling project of the workspace
// in one vitest run, with the per-dialect summary at the end.
import { defineConfig } from 'vitest/config';
import { repoRoot } from './preset';

export default defineConfig({
  test: {
    root: repoRoot,
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'tooling/*/vitest.config.ts'],
    reporters: ['default', `${repoRoot}/tooling/testkit/src/dialect-summary-reporter.ts`],
  },
});
