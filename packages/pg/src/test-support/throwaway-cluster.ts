// A private PostgreSQL cluster for tests that stop and restart the server (reliability tests):
// initdb into a temporary directory, pg_ctl on a free port with trust auth, always removed after.
// Runs the binaries as the `postgres` user when the tests run as root (initdb refuses root).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian/Ubuntu install PostgreSQL 15's server binaries; RETORT_PG_BIN overrides. */
export const PG_BIN = process.env.RETORT_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayCluster {
  readonly port: number;
  readonly url: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server (if running) and deletes the data directory. */
  remove(): Promise<void>;
}

/** Whether this machine can run a private cluster (the binaries are there). */
export function canRunThrowawayCluster(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid };
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'retort-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (asRoot) {
    const { uid, gid } = await postgresIds();
    chownSync(dir, uid, gid);
  }
  const exec = async (binary: string, args: readonly string[]) => {
    const file = join(PG_BIN, binary);
    return asRoot ? run('runuser', ['-u', 'postgres', '--', file, ...args]) : run(file, [...args]);
  };
  const port = await freePort();
  await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args: string[]) => exec('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', ...args]);
  let running = false;
  const start = async () => {
    await pgCtl('-o', options, 'start');
    running = true;
  };
  const stop = async () => {
    running = false;
    await pgCtl('-m', 'fast', 'stop');
  };
  await start();
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    restart: async () => {
      await pgCtl('-m', 'fast', '-o', options, 'restart');
      running = true;
    },
    remove: async () => {
      try {
        if (running) await stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
