// MySQL-only type names (TINYINT, TEXT and BLOB sizes, SET, BIT, fractional seconds) in CREATE
// TABLE, recorded from SQLAlchemy 2.0.52; the cross-dialect type cases live in @retort/testing.
import { Column, CreateTable, DateTime, MetaData, Table, TIMESTAMP, Time } from '@retort/core';
import { type CompileCase, describeCompileSuite } from '@retort/testing';
import { MySQLDialect } from './mysql-dialect';
import {
  BIT,
  LONGBLOB,
  LONGTEXT,
  MEDIUMBLOB,
  MEDIUMINT,
  MEDIUMTEXT,
  SET,
  TINYBLOB,
  TINYINT,
  TINYTEXT,
} from './mysql-specific-types';

const MYSQL_TYPE_CASES: readonly CompileCase[] = [
  {
    name: 'types: MySQL types',
    source: 'SQLAlchemy docs: MySQL Data Types',
    build: () =>
      new CreateTable(
        Table(
          'types',
          new MetaData(),
          Column('c1', TINYINT()),
          Column('c2', TINYINT(1)),
          Column('c3', MEDIUMINT()),
          Column('c4', TINYINT(undefined, { unsigned: true })),
          Column('c5', TINYTEXT()),
          Column('c6', MEDIUMTEXT()),
          Column('c7', LONGTEXT()),
          Column('c8', TINYBLOB()),
          Column('c9', MEDIUMBLOB()),
          Column('c10', LONGBLOB()),
          Column('c11', SET('a', "b'c")),
          Column('c12', BIT()),
          Column('c13', BIT(8)),
          Column('c14', DateTime({ fsp: 6 })),
          Column('c15', TIMESTAMP({ fsp: 6 })),
          Column('c16', Time({ fsp: 6 })),
        ),
      ),
    expected: {
      mysql: {
        sql: "\nCREATE TABLE types (\n\tc1 TINYINT, \n\tc2 TINYINT(1), \n\tc3 MEDIUMINT, \n\tc4 TINYINT UNSIGNED, \n\tc5 TINYTEXT, \n\tc6 MEDIUMTEXT, \n\tc7 LONGTEXT, \n\tc8 TINYBLOB, \n\tc9 MEDIUMBLOB, \n\tc10 LONGBLOB, \n\tc11 SET('a','b''c'), \n\tc12 BIT, \n\tc13 BIT(8), \n\tc14 DATETIME(6), \n\tc15 TIMESTAMP(6) NULL, \n\tc16 TIME(6)\n)\n\n",
      },
    },
  },
];

describeCompileSuite(new MySQLDialect(), MYSQL_TYPE_CASES);
