// SQLite value round trips through better-sqlite3 with this package's DDL and type processors
// (the generic suite of @retort/testing), and the storage forms SQLite keeps.
import { describeTypeRoundTrips } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { SQLiteDialect } from './sqlite-dialect';

describeDialects(
  'types',
  (db) => {
    describeTypeRoundTrips(db, new SQLiteDialect());
  },
  { dialects: ['sqlite'] },
);
