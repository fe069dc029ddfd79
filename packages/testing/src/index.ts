// @retort/testing: the dialect compliance suite. Dialect packages run it against their dialect.

export { COMPILE_CASES } from './compile-suite/cases';
export type { CompileCase, ExpectedCompilation, SuiteDialectName } from './compile-suite/compile-case';
export { describeCompileSuite } from './compile-suite/describe-compile-suite';
export type { ComplianceContext, ComplianceDatabase, SentStatement } from './compliance/compliance-context';
export { type ComplianceOptions, describeComplianceSuite } from './compliance/describe-compliance-suite';
export { describeReliabilitySuite, type ReliabilityOptions } from './compliance/describe-reliability-suite';
export { genericTypeCases, type TypeRoundTrip } from './compliance/types-cases';
export { describeEngineSuite } from './engine-suite/describe-engine-suite';
export {
  databaseName,
  EchoCapture,
  type EchoLine,
  engineFactory,
  hasTableEcho,
  initializeQueries,
  maskTimings,
  ph,
  type SuiteDatabase,
  sqlFor,
  withoutInitialize,
} from './engine-suite/engine-fixture';
export type { SuitePools } from './engine-suite/seeds-cases';
export { type DDLExecutionOptions, describeDDLExecution } from './type-suite/describe-ddl-execution';
export { describeTypeRoundTrips, type TypeRoundTripOptions } from './type-suite/describe-type-roundtrips';
export { openRawSession, type RawSession } from './type-suite/raw-session';
