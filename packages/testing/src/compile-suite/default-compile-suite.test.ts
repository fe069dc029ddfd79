// Runs the compilation cases for the default string dialect (`String(stmt)`, SQLAlchemy's
// StrSQLCompiler); the dialect packages run the same cases for their own dialects.
import { StrDialect } from '@retort/core';
import { describeCompileSuite } from './describe-compile-suite';

describeCompileSuite(new StrDialect());
