// The bench's command line: defaults, repeatable --db, workload prefixes, smoke forcing SQLite, errors.
import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from './options';

describe('parseOptions', () => {
  it('defaults to every database and workload in full mode', () => {
    expect(parseOptions([], '/x')).toEqual({
      dbs: ['sqlite', 'pg', 'mysql'],
      workloads: ['W1', 'W2', 'W3', 'W4', 'W5', 'W6-cached', 'W6-uncached', 'W7-load', 'W7-stream'],
      systems: [],
      mode: 'full',
      jsonFile: undefined,
      htmlFile: undefined,
    });
  });

  it('takes repeated --db, workload prefixes, and files relative to the starting directory', () => {
    const options = parseOptions(
      ['--db=pg', '--db', 'mysql', '--only=w6,W1', '--quick', '--json', 'out/r.json', '--html=r.html'],
      '/x',
    );
    expect(options).toMatchObject({
      dbs: ['pg', 'mysql'],
      workloads: ['W1', 'W6-cached', 'W6-uncached'],
      mode: 'quick',
      jsonFile: '/x/out/r.json',
      htmlFile: '/x/r.html',
    });
  });

  it('runs smoke mode on SQLite only, whatever --db says (the CI command)', () => {
    expect(parseOptions(['--quick', '--db=sqlite', '--smoke'], '/x')).toMatchObject({
      dbs: ['sqlite'],
      mode: 'smoke',
    });
    expect(parseOptions(['--smoke', '--db=pg'], '/x').dbs).toEqual(['sqlite']);
  });

  it('names the valid values when an option is wrong', () => {
    expect(() => parseOptions(['--db=oracle'], '/x')).toThrow(
      new UsageError('--db=oracle: the databases are sqlite, pg, mysql'),
    );
    expect(() => parseOptions(['--only=W9'], '/x')).toThrow(/--only=W9: the workloads are W1..W7/);
    expect(() => parseOptions(['--json'], '/x')).toThrow(new UsageError('--json needs a value'));
    expect(() => parseOptions(['--fast'], '/x')).toThrow(new UsageError('unknown option --fast'));
  });
});
