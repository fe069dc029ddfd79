import { describeComplianceSuite } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import './index';

describeDialects('compliance suite', (db) => describeComplianceSuite(db), { dialects: ['sqlite'] });
