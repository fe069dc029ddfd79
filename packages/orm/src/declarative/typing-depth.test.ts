// Regression guard from the typing prototype (model-typing.md §3): a long chain of circular models
// must type-check. Thunks captured with a call signature (`() => any`) overflow the checker's stack
// at about 60 models; `F extends Function` does not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const packageDir = join(import.meta.dirname, '../..');

function chainSource(count: number): string {
  const lines = [
    "import { ForeignKey, Integer, String } from '@retort/core';",
    "import { configureMappers, DeclarativeBase, mappedColumn, relationship } from '@retort/orm';",
    'class Base extends DeclarativeBase {}',
  ];
  for (let i = 0; i < count; i++) {
    const next = (i + 1) % count;
    const prev = (i + count - 1) % count;
    lines.push(`export class M${i} extends Base.table('m${i}', {
  id: mappedColumn(Integer, { primaryKey: true }),
  label: mappedColumn(String(20)),
  prev_id: mappedColumn(Integer, ForeignKey('m${prev}.id')),
  parent_id: mappedColumn(Integer, ForeignKey('m${i}.id'), { nullable: true }),
  prev: relationship.one(() => M${prev}, { backPopulates: 'nexts' }),
  nexts: relationship.many(() => M${next}, { backPopulates: 'prev' }),
  parent: relationship.one(() => M${i}, { backPopulates: 'children', remoteSide: () => [M${i}.id], nullable: true }),
  children: relationship.many(() => M${i}, { backPopulates: 'parent' }),
}) {
  describe(): string { return this.label + this.nexts.length; }
}`);
  }
  lines.push(`configureMappers(${Array.from({ length: count }, (_, i) => `M${i}`).join(', ')});`);
  lines.push(
    `export const deep: string = new M0({ label: 'x' }).nexts[0]!.nexts[0]!.prev.parent!.children[0]!.label;`,
  );
  return lines.join('\n');
}

describe('typing depth', () => {
  test('80 circular models with self-references type-check without annotations', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(packageDir, '.typing-depth-'));
    try {
      const file = join(dir, 'chain.ts');
      writeFileSync(file, chainSource(80));
      const config = ts.getParsedCommandLineOfConfigFile(
        join(packageDir, 'tsconfig.json'),
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: () => {},
        },
      );
      const options = {
        ...config?.options,
        noEmit: true,
        paths: { '@retort/*': ['../../packages/*/src/index.ts'] },
      };
      const program = ts.createProgram([file], options);
      const diagnostics = program.getSemanticDiagnostics(program.getSourceFile(file));
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
