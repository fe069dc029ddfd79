import { describeCompileSuite } from '@retort/testing';
import { SQLiteDialect } from './sqlite-dialect';

describeCompileSuite(new SQLiteDialect());
