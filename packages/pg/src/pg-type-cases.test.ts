// PostgreSQL-only type names (ARRAY, JSONB, INET, HSTORE, INTERVAL fields …) in CREATE TABLE,
// recorded from SQLAlchemy 2.0.52; the cross-dialect type cases live in @retort/testing.
import { Column, CreateTable, DateTime, Enum, Integer, MetaData, String, Table, Time } from '@retort/core';
import { type CompileCase, describeCompileSuite } from '@retort/testing';
import { ARRAY } from './pg-array';
import { PGDialect } from './pg-dialect';
import { BYTEA, CIDR, CITEXT, HSTORE, INET, INTERVAL, JSONB, MACADDR, TSVECTOR } from './pg-scalar-types';

const PG_TYPE_CASES: readonly CompileCase[] = [
  {
    name: 'types: PostgreSQL types',
    source: 'SQLAlchemy docs: PostgreSQL Data Types',
    build: () =>
      new CreateTable(
        Table(
          'types',
          new MetaData(),
          Column('c1', JSONB()),
          Column('c2', ARRAY(Integer)),
          Column('c3', ARRAY(String(20), { dimensions: 2 })),
          Column('c4', INET()),
          Column('c5', CIDR()),
          Column('c6', MACADDR()),
          Column('c7', TSVECTOR()),
          Column('c8', HSTORE()),
          Column('c9', INTERVAL({ fields: 'DAY TO SECOND', precision: 3 })),
          Column('c10', BYTEA()),
          Column('c11', DateTime({ timezone: true, fsp: 3 })),
          Column('c12', Time({ fsp: 3 })),
          Column('c13', ARRAY(Enum(['a', 'b'], { name: 'ae' }))),
          Column('c14', CITEXT()),
        ),
      ),
    expected: {
      postgresql: {
        sql: '\nCREATE TABLE types (\n\tc1 JSONB, \n\tc2 INTEGER[], \n\tc3 VARCHAR(20)[][], \n\tc4 INET, \n\tc5 CIDR, \n\tc6 MACADDR, \n\tc7 TSVECTOR, \n\tc8 HSTORE, \n\tc9 INTERVAL DAY TO SECOND (3), \n\tc10 BYTEA, \n\tc11 TIMESTAMP(3) WITH TIME ZONE, \n\tc12 TIME(3) WITHOUT TIME ZONE, \n\tc13 ae[], \n\tc14 CITEXT\n)\n\n',
      },
    },
  },
];

describeCompileSuite(new PGDialect(), PG_TYPE_CASES);
