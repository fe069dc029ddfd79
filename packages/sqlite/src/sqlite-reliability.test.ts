// Reliability against SQLite through the engine and its pool: pool exhaustion with ordered
// waiters and no partial writes (SQLite has no server sessions to kill).
import { describeReliabilitySuite } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import './index';

describeDialects('reliability', (db) => describeReliabilitySuite(db), { dialects: ['sqlite'] });
