// Every CREATE/ALTER/DROP this package's DDL compiler renders for a feature-rich schema, run on
// SQLite (createAll's and dropAll's plans; foreign keys of a cycle stay inline), plus SQLite's own
// options: partial indexes, AUTOINCREMENT and WITHOUT ROWID tables.
import { Column, Index, Integer, type MetaData, String, Table } from '@retort/core';
import { describeDDLExecution } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { SQLiteDialect } from './sqlite-dialect';

function sqliteTables(metadata: MetaData): void {
  const log = Table(
    'ddl_sq_log',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('level', Integer),
    {
      sqliteAutoincrement: true,
    },
  );
  Index('ix_log_level', log.c.level, { sqliteWhere: log.c.level.gt(3) });
  Table('ddl_sq_kv', metadata, Column('k', String(20), { primaryKey: true }), Column('v', String(20)), {
    sqliteWithRowid: false,
  });
}

describeDialects(
  'DDL',
  (db) => {
    describeDDLExecution(db, new SQLiteDialect(), { extend: sqliteTables });
  },
  { dialects: ['sqlite'] },
);
