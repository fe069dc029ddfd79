// Every CREATE/ALTER/DROP this package's DDL compiler renders for a feature-rich schema, run on
// PostgreSQL (createAll's and dropAll's plans), plus PostgreSQL's own options: GIN, partial and
// covering indexes, DEFERRABLE keys, native enums in arrays, partitioned tables.
import { Column, ForeignKey, Index, Integer, JSON, type MetaData, String, Table } from '@retort/core';
import { describeDDLExecution } from '@retort/testing';
import { describeDialects } from '@retort/testkit';
import { ARRAY } from './pg-array';
import { PGDialect } from './pg-dialect';
import { JSONB } from './pg-scalar-types';

function postgresqlTables(metadata: MetaData): void {
  const docs = Table(
    'ddl_pg_docs',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('data', JSONB),
    Column('raw', JSON),
    Column('tags', ARRAY(String(20))),
    Column('n', Integer),
    Column('user_id', Integer, ForeignKey('ddl_users.id', { deferrable: true, initially: 'DEFERRED' })),
    { comment: 'documents' },
  );
  Index('ix_docs_data', docs.c.data, { postgresqlUsing: 'gin' });
  Index('ix_docs_partial', docs.c.n, { postgresqlWhere: docs.c.n.gt(5), postgresqlInclude: ['id'] });
  Index('ix_docs_tags', docs.c.tags, { postgresqlUsing: 'gin' });
  Table('ddl_pg_parted', metadata, Column('id', Integer), { postgresqlPartitionBy: 'RANGE (id)' });
}

describeDialects(
  'DDL',
  (db) => {
    describeDDLExecution(db, new PGDialect(), { extend: postgresqlTables });
  },
  { dialects: ['pg'] },
);
