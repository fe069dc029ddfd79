import { describeComplianceSuite, type TypeRoundTrip } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { BIT, LONGTEXT, MEDIUMINT, SET, TINYINT } from './index';

/** MySQL's own types, through the engine, next to the generic ones. */
const MYSQL_TYPE_CASES: TypeRoundTrip[] = [
  { name: 'my_tinyint', type: () => TINYINT(), values: [0, 127, -128], comparable: true },
  { name: 'my_mediumint', type: () => MEDIUMINT(), values: [8388607, -8388608], comparable: true },
  { name: 'my_longtext', type: () => LONGTEXT(), values: ['y'.repeat(200_000)], comparable: false },
  {
    name: 'my_set',
    type: () => SET('a', 'b', 'c'),
    values: [new Set(['a', 'c']), new Set<string>()],
    comparable: false,
  },
  { name: 'my_bit', type: () => BIT(8), values: [0, 5, 255], comparable: true },
];

describeDialects('compliance suite', (db) => describeComplianceSuite(db, { typeCases: MYSQL_TYPE_CASES }), {
  dialects: ['mysql'],
});
