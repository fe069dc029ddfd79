// The vitest preset of every Retort package and app: workspace packages resolve to their sources,
// the test kit's global setup finds the databases, and test files run in parallel forks.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `@retort/<dir>` → packages/<dir>/src/index.ts, so tests never need a build first. */
export function sourceAliases(): Record<string, string> {
  const packagesDir = join(repoRoot, 'packages');
  return Object.fromEntries(
    readdirSync(packagesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`@retort/${entry.name}`, join(packagesDir, entry.name, 'src/index.ts')]),
  );
}

export function retortProject(
  packageDir: string,
  overrides: UserWorkspaceConfig['test'] = {},
): UserWorkspaceConfig {
  const name = packageDir.split('/').slice(-2).join('/');
  return defineProject({
    resolve: { alias: sourceAliases() },
    test: {
      name,
      root: packageDir,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      globalSetup: [join(repoRoot, 'tooling/testkit/src/global-setup.ts')],
      pool: 'forks',
      testTimeout: 30_000,
      hookTimeout: 60_000,
      typecheck: {
        enabled: true,
        include: ['src/**/*.test-d.ts'],
        tsconfig: join(packageDir, 'tsconfig.json'),
      },
      ...overrides,
    },
  });
}
