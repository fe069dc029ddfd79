import { describeCompileSuite } from '@retort/testing';
import { PGDialect } from './pg-dialect';

describeCompileSuite(new PGDialect());
