// Every CREATE/ALTER/DROP this package's DDL compiler renders for a feature-rich schema, run on
// MySQL/MariaDB (createAll's and dropAll's plans), plus MySQL's own options: ENGINE, CHARSET,
// COLLATE and COMMENT table options, prefix lengths, FULLTEXT indexes.
import { Column, Index, Integer, type MetaData, String, Table, Text } from '@retort/core';
import { describeDDLExecution } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { MySQLDialect } from './mysql-dialect';

function mysqlTables(metadata: MetaData): void {
  const notes = Table(
    'ddl_my_notes',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('title', String(200)),
    Column('body', Text),
    {
      mysqlEngine: 'InnoDB',
      mysqlCharset: 'utf8mb4',
      mysqlCollate: 'utf8mb4_unicode_ci',
      comment: "notes' table",
    },
  );
  Index('ix_notes_body', notes.c.body, { mysqlLength: 20 });
  Index('ix_notes_title', notes.c.title, notes.c.body, { mysqlLength: { title: 10, body: 30 } });
  Index('ix_notes_fulltext', notes.c.title, { mysqlPrefix: 'FULLTEXT' });
}

describeDialects(
  'DDL',
  (db) => {
    describeDDLExecution(db, new MySQLDialect(), { extend: mysqlTables });
  },
  { dialects: ['mysql'] },
);
