import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGraph, checkImports, loadWorkspace } from './check-deps.mjs';

function workspace(projects: Record<string, { manifest: object; files?: Record<string, string> }>): string {
  const root = mkdtempSync(join(tmpdir(), 'depcheck-'));
  for (const [path, { manifest, files }] of Object.entries(projects)) {
    mkdirSync(join(root, path, 'src'), { recursive: true });
    writeFileSync(join(root, path, 'package.json'), JSON.stringify(manifest));
    for (const [file, text] of Object.entries(files ?? {}))
      writeFileSync(join(root, path, 'src', file), text);
  }
  return root;
}

describe('dependency check', () => {
  it('accepts the allowed direction and rejects the reverse', () => {
    const root = workspace({
      'packages/core': { manifest: { name: '@retort/core', dependencies: { '@retort/orm': 'workspace:*' } } },
      'packages/orm': { manifest: { name: '@retort/orm', dependencies: { '@retort/core': 'workspace:*' } } },
      'packages/pg': {
        manifest: {
          name: '@retort/pg',
          dependencies: { '@retort/core': 'workspace:*', '@retort/pool': 'workspace:*' },
        },
      },
      'packages/pool': {
        manifest: { name: '@retort/pool', dependencies: { '@retort/core': 'workspace:*' } },
      },
    });
    const problems = checkGraph(loadWorkspace(root));
    expect(problems).toContain(
      '@retort/core depends on @retort/orm, which its layer may not use (allowed: none)',
    );
    expect(
      problems.some((p) => p.startsWith('dependency cycle: @retort/core → @retort/orm → @retort/core')),
    ).toBe(true);
    expect(problems.filter((p) => p.includes('@retort/pg'))).toEqual([]);
  });

  it('rejects a dev dependency that closes a cycle, and an unknown package', () => {
    const root = workspace({
      'packages/core': {
        manifest: { name: '@retort/core', devDependencies: { '@retort/sqlite': 'workspace:*' } },
      },
      'packages/sqlite': {
        manifest: { name: '@retort/sqlite', dependencies: { '@retort/core': 'workspace:*' } },
      },
      'packages/extra': { manifest: { name: '@retort/extra' } },
    });
    const problems = checkGraph(loadWorkspace(root));
    expect(problems.some((p) => p.startsWith('dependency cycle:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('@retort/extra: not in the layer map'))).toBe(true);
  });

  it('rejects undeclared imports and drivers outside their dialect package', () => {
    const root = workspace({
      'packages/core': {
        manifest: { name: '@retort/core', dependencies: { pg: '8' } },
        files: {
          'engine.ts': "import pg from 'pg';\nimport { x } from 'left-pad';\nimport { y } from './local';\n",
        },
      },
    });
    const problems = checkImports(loadWorkspace(root));
    expect(problems.some((p) => p.endsWith("imports the driver 'pg'; only @retort/pg may talk to it"))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes("imports 'left-pad', which @retort/core does not declare"))).toBe(
      true,
    );
    expect(problems).toHaveLength(2);
  });
});
