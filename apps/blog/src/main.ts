// `pnpm demo`: runs seed 003's blog program on SQLite (blog.db in the working directory), or on
// the database DATABASE_URL names; `--echo` shows every statement in SQLAlchemy's echo layout.
import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { createEngine } from '@retort/core';
import { runBlog } from './blog';

const url = process.env.DATABASE_URL ?? 'sqlite:///blog.db';
const echo = process.argv.includes('--echo');
const engine = createEngine(url, { echo });
try {
  await runBlog(engine, (line = '') => console.log(line));
} finally {
  await engine.dispose();
}
