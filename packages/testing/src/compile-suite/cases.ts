// All compilation cases, gathered from the per-topic files.
import type { CompileCase } from './compile-case';
import { COMPOUND_CASES } from './compound-cases';
import { DDL_CASES } from './ddl-cases';
import { DML_CASES } from './dml-cases';
import { FUNCTION_CASES } from './functions-cases';
import { JOIN_CASES } from './joins-cases';
import { JSON_CASES } from './json-cases';
import { OPERATOR_CASES } from './operators-cases';
import { QUOTING_CASES } from './quoting-cases';
import { SEED_CASES } from './seeds-cases';
import { SELECT_CASES } from './select-cases';
import { TYPE_CASES } from './type-cases';
import { UPSERT_CASES } from './upsert-cases';

export const COMPILE_CASES: readonly CompileCase[] = [
  ...SELECT_CASES,
  ...JOIN_CASES,
  ...COMPOUND_CASES,
  ...FUNCTION_CASES,
  ...DML_CASES,
  ...UPSERT_CASES,
  ...OPERATOR_CASES,
  ...JSON_CASES,
  ...QUOTING_CASES,
  ...SEED_CASES,
  ...DDL_CASES,
  ...TYPE_CASES,
];
