// Reliability against real PostgreSQL servers through the engine and its pool: the shared suite
// on the test server (pool exhaustion, pg_terminate_backend while idle and mid-query, no partial
// writes), and a private throwaway cluster restarted under load.
import { createEngine, type Engine, OperationalError, text } from '@retort/core';
import { describeReliabilitySuite } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import './index';
import {
  canRunThrowawayCluster,
  startThrowawayCluster,
  type ThrowawayCluster,
} from './test-support/throwaway-cluster';

describeDialects(
  'reliability',
  (db) =>
    describeReliabilitySuite(db, {
      sessionId: async (conn) => Number((await conn.execute(text('SELECT pg_backend_pid()'))).scalar()),
      killSession: async (admin, id) => {
        await admin.execute(text('SELECT pg_terminate_backend(:id)'), { id });
      },
      sessionExists: async (admin, id) =>
        (await admin.execute(text('SELECT pid FROM pg_stat_activity WHERE pid = :id'), { id })).all().length >
        0,
      sleepSql: (seconds) => `SELECT pg_sleep(${seconds})`,
    }),
  { dialects: ['pg'] },
);

describeDialects(
  'reliability: a server restarted under load',
  () => {
    let cluster: ThrowawayCluster | undefined;
    let engine: Engine | undefined;
    beforeAll(async () => {
      if (!canRunThrowawayCluster()) return;
      cluster = await startThrowawayCluster();
      engine = createEngine(cluster.url, { poolSize: 5, maxOverflow: 0, poolTimeout: 10 });
    });
    afterAll(async () => {
      await engine?.dispose();
      await cluster?.remove();
    });

    const query = async (sql: string) => {
      await using conn = await (engine as Engine).connect();
      return (await conn.execute(text(sql))).scalar();
    };

    it('costs only the calls in flight; idle pooled connections are replaced unseen', async (c) => {
      if (!cluster || !engine) c.skip(`no PostgreSQL server binaries to start a private cluster`);
      const server = cluster as ThrowawayCluster;
      // Five pooled connections, all idle: after the restart every one of them is stale.
      await Promise.all(Array.from({ length: 5 }, () => query('SELECT 1')));
      const inFlight = Array.from({ length: 3 }, () => query('SELECT pg_sleep(5)').catch((e: unknown) => e));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await server.restart();
      const failures = await Promise.all(inFlight);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(OperationalError);
        expect((failure as OperationalError).connectionInvalidated).toBe(true);
      }
      // Every later call succeeds: no stale pooled connection surfaces as an error.
      for (let round = 0; round < 4; round++) {
        const results = await Promise.all(Array.from({ length: 5 }, () => query('SELECT 1')));
        expect(results.map(Number)).toEqual([1, 1, 1, 1, 1]);
      }
      expect((engine as Engine).pool.checkedOut()).toBe(0);
    });
  },
  { dialects: ['pg'] },
);
