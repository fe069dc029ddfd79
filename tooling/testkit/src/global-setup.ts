// Vitest global setup of every Retort test project: finds the servers, fails the run when a
// dialect named in RETORT_REQUIRE_DIALECTS is missing, removes databases stale runs left behind,
// and hands the servers to the test files through `inject('retortServers')`.
import type { TestProject } from 'vitest/node';
import { type DialectServers, requiredDialects, START_HINTS } from './dialect-name';
import { resolveServers } from './resolve-servers';
import { dropDatabase, listDatabases, TEST_DATABASE_PREFIX } from './server-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    retortServers: DialectServers;
  }
}

/** A database older than this is left over from a run that was killed; it is dropped. */
const STALE_AFTER_MINUTES = 6 * 60;

export class RequiredDialectUnavailableError extends Error {
  override name = 'RequiredDialectUnavailableError';
}

/** Throws naming every required dialect that has no server, why, and how to start it. */
export function assertRequiredDialects(servers: DialectServers, env: NodeJS.ProcessEnv = process.env): void {
  const missing = requiredDialects(env).filter((name) => !servers[name].available);
  if (missing.length === 0) return;
  const lines = missing.map((name) => {
    const server = servers[name];
    const reason = server.available ? '' : server.reason;
    return `  - ${name}: ${reason}\n    ${START_HINTS[name]}`;
  });
  throw new RequiredDialectUnavailableError(
    `RETORT_REQUIRE_DIALECTS=${env.RETORT_REQUIRE_DIALECTS} but these databases are unreachable:\n${lines.join('\n')}`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  const servers = await resolveServers({ onContainer: (stop) => stops.push(stop) });
  assertRequiredDialects(servers);
  await dropStaleDatabases(servers);
  project.provide('retortServers', servers);
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

async function dropStaleDatabases(servers: DialectServers): Promise<void> {
  const nowMinutes = Math.floor(Date.now() / 60_000);
  for (const dialect of ['pg', 'mysql'] as const) {
    const server = servers[dialect];
    if (!server.available) continue;
    const names = await listDatabases(dialect, server.adminUrl);
    for (const name of names) {
      const stamp = Number(name.slice(TEST_DATABASE_PREFIX.length).split('_')[0]);
      if (
        name.startsWith(TEST_DATABASE_PREFIX) &&
        Number.isFinite(stamp) &&
        nowMinutes - stamp > STALE_AFTER_MINUTES
      ) {
        await dropDatabase(dialect, server.adminUrl, name);
      }
    }
  }
}
