import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { DialectServers } from './dialect-name';
import { requiredDialects } from './dialect-name';
import { countByDialect, dialectOf, formatSummary } from './dialect-summary-reporter';
import { assertRequiredDialects } from './global-setup';
import { resolveServers } from './resolve-servers';

/** A port that is certainly closed: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('resolveServers', () => {
  it('reports an environment URL that does not answer as unavailable, naming the variable', async () => {
    const port = await closedPort();
    const found = await resolveServers({
      env: {
        RETORT_TEST_PG_URL: `postgresql://postgres@127.0.0.1:${port}/test`,
        RETORT_TEST_MYSQL_URL: `mysql://root:secret@127.0.0.1:${port}/test`,
      },
    });
    expect(found.pg).toMatchObject({ available: false });
    expect(found.pg.available ? '' : found.pg.reason).toContain(
      `RETORT_TEST_PG_URL=postgresql://postgres@127.0.0.1:${port}/test`,
    );
    expect(found.mysql.available ? '' : found.mysql.reason).toContain('mysql://root:***@');
    expect(found.sqlite).toMatchObject({ available: true, source: 'embedded' });
  });
});

describe('required dialects', () => {
  const down: DialectServers = {
    pg: { available: false, reason: 'connect ECONNREFUSED 127.0.0.1:5432' },
    mysql: { available: true, adminUrl: 'mysql://root@127.0.0.1:3306/test', source: 'local' },
    sqlite: { available: true, adminUrl: 'sqlite://', source: 'embedded' },
  };

  it('fails naming the unreachable database and how to start it', () => {
    expect(() => assertRequiredDialects(down, { RETORT_REQUIRE_DIALECTS: 'pg,mysql,sqlite' })).toThrow(
      /RETORT_REQUIRE_DIALECTS=pg,mysql,sqlite[\s\S]*- pg: connect ECONNREFUSED 127\.0\.0\.1:5432[\s\S]*pg_ctlcluster --skip-systemctl-redirect/,
    );
  });

  it('passes when only available dialects are required, or none', () => {
    expect(() => assertRequiredDialects(down, { RETORT_REQUIRE_DIALECTS: 'mysql,sqlite' })).not.toThrow();
    expect(() => assertRequiredDialects(down, {})).not.toThrow();
  });

  it('rejects an unknown dialect name', () => {
    expect(() => requiredDialects({ RETORT_REQUIRE_DIALECTS: 'pg,oracle' })).toThrow(
      /unknown dialect 'oracle'/,
    );
  });
});

describe('dialect summary', () => {
  it('reads the dialect from the suite path', () => {
    expect(dialectOf('[pg] engine > connects')).toBe('pg');
    expect(dialectOf('outer > [sqlite] types > round-trips')).toBe('sqlite');
    expect(dialectOf('compiler > renders [pg] literally')).toBeUndefined();
  });

  it('formats counts per dialect', () => {
    expect(countByDialect([])).toEqual({
      pg: { passed: 0, failed: 0, skipped: 0 },
      mysql: { passed: 0, failed: 0, skipped: 0 },
      sqlite: { passed: 0, failed: 0, skipped: 0 },
    });
    expect(
      formatSummary({
        pg: { passed: 3, failed: 1, skipped: 0 },
        mysql: { passed: 2, failed: 0, skipped: 0 },
        sqlite: { passed: 0, failed: 0, skipped: 0 },
      }),
    ).toBe('Tests per dialect: pg: 4 ran (1 failed) · mysql: 2 ran · sqlite: 0 ran');
  });
});
