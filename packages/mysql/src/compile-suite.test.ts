import { describeCompileSuite } from '@retort/testing';
import { MySQLDialect } from './mysql-dialect';

describeCompileSuite(new MySQLDialect());
