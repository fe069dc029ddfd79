import { NullPool, QueuePool, StaticPool } from '@retort/pool';
import { describeEngineSuite } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import './index';

describeDialects(
  'engine suite',
  (db) => describeEngineSuite(db, { pools: { NullPool, QueuePool, StaticPool } }),
  {
    dialects: ['sqlite'],
  },
);
