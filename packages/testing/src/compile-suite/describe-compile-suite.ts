// Runs every compilation case for one dialect: each dialect package calls it from its own tests,
// so `[postgresql] compile suite > …` lines assert that dialect's SQL and parameters.
import type { Dialect } from '@retort/core';
import { describe, expect, it } from 'vitest';
import { COMPILE_CASES } from './cases';
import type { CompileCase, SuiteDialectName } from './compile-case';

const TEST_TAGS: Partial<Record<SuiteDialectName, string>> = {
  postgresql: 'pg',
  mysql: 'mysql',
  sqlite: 'sqlite',
};

export function describeCompileSuite(dialect: Dialect, cases: readonly CompileCase[] = COMPILE_CASES): void {
  const name = dialect.name as SuiteDialectName;
  // `[pg] …` titles let the run's per-dialect summary count these tests.
  describe(`[${TEST_TAGS[name] ?? name}] compile suite`, () => {
    it('has cases for this dialect', () => {
      expect(cases.some((c) => c.expected[name] !== undefined)).toBe(true);
    });
    for (const c of cases) {
      const expected = c.expected[name];
      if (!expected) continue;
      it(c.name, () => {
        if ('error' in expected) {
          expect(() => dialect.compile(c.build(), c.options)).toThrow(expected.error);
          return;
        }
        const compiled = dialect.compile(c.build(), c.options);
        expect(compiled.sql).toBe(expected.sql);
        if (expected.keys !== undefined) {
          expect(compiled.resultColumns.map((column) => column.key)).toEqual(expected.keys);
        }
        if (expected.params !== undefined || expected.expandedSql !== undefined) {
          const execution = compiled.executionParams(undefined, undefined);
          if (expected.expandedSql !== undefined) expect(execution.sql).toBe(expected.expandedSql);
          if (expected.params !== undefined) expect(execution.params).toEqual(expected.params);
        }
      });
    }
  });
}
