import Module from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  loadDialect,
  makeUrl,
  NoSuchModuleError,
  registerDialect,
  StrDialect,
} from '../index';

describe('dialect registry', () => {
  it('creates a registered dialect for its backend names and drivers', () => {
    registerDialect({ names: ['retorttest'], drivers: ['fake'], create: () => new StrDialect() });
    expect(loadDialect(makeUrl('retorttest://h/db'))).toBeInstanceOf(StrDialect);
    expect(loadDialect(makeUrl('retorttest+fake://h/db'))).toBeInstanceOf(StrDialect);
    expect(() => loadDialect(makeUrl('retorttest+psycopg2://h/db'))).toThrow(ArgumentError);
    expect(() => loadDialect(makeUrl('retorttest+psycopg2://h/db'))).toThrow(
      "The retorttest dialect has no driver 'psycopg2'; Retort drives retorttest with fake: use 'retorttest://' or 'retorttest+fake://'",
    );
  });

  it('names the known dialects when a URL names an unknown one', () => {
    expect(() => loadDialect(makeUrl('oracle://scott:tiger@h/db'))).toThrow(NoSuchModuleError);
    expect(() => loadDialect(makeUrl('oracle://scott:tiger@h/db'))).toThrow(
      "Can't load plugin: no dialect named 'oracle' (from the URL 'oracle://scott:***@h/db'); Retort knows postgresql, postgres, mysql, mariadb, sqlite",
    );
  });

  it('names the package to install when the dialect package is missing', () => {
    // @retort/core never depends on a dialect package, so @retort/pg cannot resolve from here,
    // except through the NODE_PATH that `pnpm exec` points at its hoisted store; drop it meanwhile.
    const nodePath = process.env.NODE_PATH;
    const modules = Module as unknown as { _initPaths(): void };
    delete process.env.NODE_PATH;
    modules._initPaths();
    try {
      expect(() => loadDialect(makeUrl('postgresql://h/db'))).toThrow(
        "Can't load the 'postgresql' dialect: the package @retort/pg is not installed. Install it with its driver: npm install @retort/pg pg",
      );
    } finally {
      if (nodePath !== undefined) process.env.NODE_PATH = nodePath;
      modules._initPaths();
    }
  });
});
