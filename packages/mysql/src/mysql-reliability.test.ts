// Reliability against the real MariaDB server through the engine and its pool: pool exhaustion,
// sessions killed while idle (pre-ping) and mid-query (KILL), no partial writes.
import { text } from '@retort/core';
import { describeReliabilitySuite } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import './index';

describeDialects(
  'reliability',
  (db) =>
    describeReliabilitySuite(db, {
      sessionId: async (conn) => Number((await conn.execute(text('SELECT CONNECTION_ID()'))).scalar()),
      killSession: async (admin, id) => {
        await admin.execDriverSql(`KILL ${id}`);
      },
      sessionExists: async (admin, id) =>
        (
          await admin.execute(text('SELECT ID FROM information_schema.PROCESSLIST WHERE ID = :id'), { id })
        ).all().length > 0,
      sleepSql: (seconds) => `SELECT SLEEP(${seconds})`,
    }),
  { dialects: ['mysql'] },
);
