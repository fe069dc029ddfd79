#!/usr/bin/env node
// Checks that workspace dependencies point only the allowed way (core ← pool ← dialects;
// core ← orm ← relationships; migrate and api on top; apps use anything) and that every
// import in a package's sources is a declared dependency. Run by CI as `pnpm check:deps`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each published package may depend on at run time (dependencies and peerDependencies). */
export const LAYERS = {
  '@retort/core': [],
  '@retort/pool': ['@retort/core'],
  '@retort/pg': ['@retort/core', '@retort/pool'],
  '@retort/mysql': ['@retort/core', '@retort/pool'],
  '@retort/sqlite': ['@retort/core', '@retort/pool'],
  '@retort/testing': ['@retort/core'],
  '@retort/orm': ['@retort/core'],
  '@retort/relationships': ['@retort/core', '@retort/orm'],
  '@retort/migrate': [
    '@retort/core',
    '@retort/pool',
    '@retort/pg',
    '@retort/mysql',
    '@retort/sqlite',
    '@retort/orm',
  ],
  '@retort/api': ['@retort/core', '@retort/orm', '@retort/relationships'],
};

/** Driver libraries, each owned by exactly one dialect package. */
export const DRIVER_OWNERS = {
  pg: '@retort/pg',
  mysql2: '@retort/mysql',
  'better-sqlite3': '@retort/sqlite',
};

const RUNTIME_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'];

export function loadWorkspace(root) {
  const projects = [];
  for (const group of ['packages', 'apps', 'tooling']) {
    const groupDir = join(root, group);
    let entries = [];
    try {
      entries = readdirSync(groupDir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const dir = join(groupDir, entry.name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      projects.push({ group, dir, manifest });
    }
  }
  return projects;
}

function workspaceDeps(manifest, fields) {
  const names = new Set();
  for (const field of fields) for (const name of Object.keys(manifest[field] ?? {})) names.add(name);
  return [...names];
}

/** Problems with the package graph: layer violations and dependency cycles (dev dependencies included). */
export function checkGraph(projects) {
  const problems = [];
  const byName = new Map(projects.map((p) => [p.manifest.name, p]));
  for (const { group, manifest } of projects) {
    const name = manifest.name;
    const runtime = workspaceDeps(manifest, RUNTIME_FIELDS).filter((dep) => byName.has(dep));
    if (group === 'packages') {
      const allowed = LAYERS[name];
      if (!allowed) {
        problems.push(
          `${name}: not in the layer map of tooling/depcheck/src/check-deps.mjs; add it with the packages it may use`,
        );
        continue;
      }
      for (const dep of runtime) {
        if (!allowed.includes(dep))
          problems.push(
            `${name} depends on ${dep}, which its layer may not use (allowed: ${allowed.join(', ') || 'none'})`,
          );
      }
    } else if (group === 'tooling') {
      for (const dep of workspaceDeps(manifest, [...RUNTIME_FIELDS, 'devDependencies'])) {
        if (byName.get(dep)?.group === 'packages')
          problems.push(`${name} (tooling) depends on ${dep}; tooling must not depend on packages`);
      }
    }
  }
  const edges = new Map(
    projects.map((p) => [
      p.manifest.name,
      workspaceDeps(p.manifest, [...RUNTIME_FIELDS, 'devDependencies']).filter((dep) => byName.has(dep)),
    ]),
  );
  const state = new Map();
  const stack = [];
  const visit = (node) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open')
        problems.push(`dependency cycle: ${[...stack.slice(stack.indexOf(next)), next].join(' → ')}`);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return problems;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (/\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Problems with imports: undeclared packages, and driver libraries imported outside their dialect package. */
export function checkImports(projects) {
  const problems = [];
  const builtins = new Set(builtinModules);
  for (const { group, dir, manifest } of projects) {
    const srcDir = join(dir, 'src');
    try {
      statSync(srcDir);
    } catch {
      continue;
    }
    const runtime = new Set(workspaceDeps(manifest, RUNTIME_FIELDS));
    const all = new Set([...runtime, ...workspaceDeps(manifest, ['devDependencies'])]);
    for (const file of sourceFiles(srcDir)) {
      const isTest = /\.test(-d)?\.ts$/.test(file) || file.includes('/test/');
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? match[3];
        const pkg = packageOf(specifier);
        if (!pkg || builtins.has(pkg) || pkg === manifest.name) continue;
        const where = relative(process.cwd(), file);
        if (!(isTest ? all : runtime).has(pkg)) {
          problems.push(
            `${where} imports '${pkg}', which ${manifest.name} does not declare in ${isTest ? 'its dependencies or devDependencies' : 'dependencies or peerDependencies'}`,
          );
        }
        const owner = DRIVER_OWNERS[pkg];
        if (owner && group === 'packages' && owner !== manifest.name && !isTest) {
          problems.push(`${where} imports the driver '${pkg}'; only ${owner} may talk to it`);
        }
      }
    }
  }
  return problems;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const projects = loadWorkspace(root);
  const problems = [...checkGraph(projects), ...checkImports(projects)];
  if (problems.length > 0) {
    console.error(
      `Dependency check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `Dependency check passed: ${projects.length} workspace projects, layers and imports as allowed.`,
  );
}
