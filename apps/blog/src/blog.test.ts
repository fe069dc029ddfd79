import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { readFileSync } from 'node:fs';
import { createEngine } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, it } from 'vitest';
import { runBlog } from './blog';

// What SQLAlchemy 2.0.52 prints running seed 003's program (with the issue's after-update and
// after-delete reports) on PostgreSQL and MariaDB; the demo prints exactly this on every database.
const expected = readFileSync(new URL('./expected-output.txt', import.meta.url), 'utf8');

describeDialects('blog demo', (db) => {
  it('prints what the Python program prints, and the same on every database', async () => {
    const engine = createEngine(db.url);
    const lines: string[] = [];
    try {
      await runBlog(engine, (line = '') => lines.push(line));
    } finally {
      await engine.dispose();
    }
    expect(`${lines.join('\n')}\n`).toBe(expected);
  });

  it('runs again on the same database (tables are recreated)', async () => {
    const engine = createEngine(db.url);
    const lines: string[] = [];
    try {
      await runBlog(engine, (line = '') => lines.push(line));
    } finally {
      await engine.dispose();
    }
    expect(lines.at(-1)).toBe('  post_tags rows: 4');
  });
});
