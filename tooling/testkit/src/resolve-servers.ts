// Finds a database server per dialect for a test run: environment URL, then the local servers,
// then testcontainers when a Docker engine answers. Called once per run by the global setup.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { DIALECT_NAMES, type DialectName, type DialectServer, type DialectServers } from './dialect-name';
import { probeServer } from './server-admin';

const LOCAL_URLS: Readonly<Record<'pg' | 'mysql', string>> = {
  pg: 'postgresql://postgres@127.0.0.1:5432/test',
  mysql: 'mysql://root@127.0.0.1:3306/test',
};

const ENV_NAMES: Readonly<Record<'pg' | 'mysql', string>> = {
  pg: 'RETORT_TEST_PG_URL',
  mysql: 'RETORT_TEST_MYSQL_URL',
};

export interface ResolveOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Containers started for this run; the caller stops them in teardown. */
  readonly onContainer?: (stop: () => Promise<void>) => void;
}

export async function resolveServers(options: ResolveOptions = {}): Promise<DialectServers> {
  const env = options.env ?? process.env;
  const entries = await Promise.all(
    DIALECT_NAMES.map(async (name) => [name, await resolveOne(name, env, options)] as const),
  );
  return Object.fromEntries(entries) as Record<DialectName, DialectServer>;
}

async function resolveOne(
  name: DialectName,
  env: NodeJS.ProcessEnv,
  options: ResolveOptions,
): Promise<DialectServer> {
  if (name === 'sqlite') return resolveSqlite();
  const fromEnv = env[ENV_NAMES[name]]?.trim();
  if (fromEnv) {
    const failure = await probeServer(name, fromEnv);
    // An explicit URL that does not answer is reported as such: silently falling back would test the wrong server.
    return failure
      ? { available: false, reason: `${ENV_NAMES[name]}=${redact(fromEnv)} did not answer: ${failure}` }
      : { available: true, adminUrl: fromEnv, source: 'env' };
  }
  const localFailure = await probeServer(name, LOCAL_URLS[name]);
  if (!localFailure) return { available: true, adminUrl: LOCAL_URLS[name], source: 'local' };
  if (await dockerAnswers(env)) {
    try {
      const adminUrl = await startContainer(name, options);
      return { available: true, adminUrl, source: 'container' };
    } catch (error) {
      return {
        available: false,
        reason: `no local server (${localFailure}) and its container failed: ${message(error)}`,
      };
    }
  }
  return {
    available: false,
    reason: `no ${ENV_NAMES[name]}, the local server at ${LOCAL_URLS[name]} did not answer (${localFailure}), and no Docker engine answers for testcontainers`,
  };
}

function resolveSqlite(): DialectServer {
  try {
    const require = createRequire(import.meta.url);
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    new Database(':memory:').close();
    return { available: true, adminUrl: 'sqlite://', source: 'embedded' };
  } catch (error) {
    return { available: false, reason: `better-sqlite3 cannot load: ${message(error)}` };
  }
}

/** True when a Docker engine answers `/_ping` on DOCKER_HOST's socket or the default one. */
async function dockerAnswers(env: NodeJS.ProcessEnv): Promise<boolean> {
  const host = env.DOCKER_HOST;
  const socketPath = host?.startsWith('unix://')
    ? host.slice('unix://'.length)
    : host
      ? undefined
      : '/var/run/docker.sock';
  if (socketPath && !existsSync(socketPath)) return false;
  const target = socketPath ? { socketPath } : hostAndPort(host as string);
  return new Promise((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: 1500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function hostAndPort(dockerHost: string): { host: string; port: number } {
  const url = new URL(dockerHost.replace(/^tcp:/, 'http:'));
  return { host: url.hostname, port: Number(url.port || 2375) };
}

async function startContainer(name: 'pg' | 'mysql', options: ResolveOptions): Promise<string> {
  const { GenericContainer, Wait } = await import('testcontainers');
  if (name === 'pg') {
    const container = await new GenericContainer('postgres:15')
      .withEnvironment({ POSTGRES_HOST_AUTH_METHOD: 'trust', POSTGRES_DB: 'test' })
      .withExposedPorts(5432)
      .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
      .start();
    options.onContainer?.(async () => void (await container.stop()));
    return `postgresql://postgres@${container.getHost()}:${container.getMappedPort(5432)}/test`;
  }
  const container = await new GenericContainer('mariadb:10.11')
    .withEnvironment({ MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: '1', MARIADB_DATABASE: 'test' })
    .withExposedPorts(3306)
    .withWaitStrategy(Wait.forLogMessage(/ready for connections/, 2))
    .start();
  options.onContainer?.(async () => void (await container.stop()));
  return `mysql://root@${container.getHost()}:${container.getMappedPort(3306)}/test`;
}

function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
