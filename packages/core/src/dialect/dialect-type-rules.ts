// The type part of a dialect: its DDL type names, value conversions by affinity and own literals,
// from the dialect package's `<d>-types.ts`. DefaultDialect's typeNames, affinityBindProcessor,
// affinityResultProcessor and literalValue read it.

import type { BindProcessor, ResultProcessor, TypeEngine } from '../types/type-engine';
import type { TypeNames } from '../types/type-names';
import type { Dialect } from './dialect';

export interface DialectTypeRules {
  /** Type names by visitName (GENERIC_TYPE_NAMES spread, with the dialect's own entries). */
  readonly names: TypeNames;
  /** The conversion to the driver for a type that has none of its own, by affinity. */
  bindProcessor(type: TypeEngine, dialect: Dialect): BindProcessor | undefined;
  /** The conversion from the driver's raw form for a type that has none of its own, by affinity. */
  resultProcessor(type: TypeEngine, dialect: Dialect): ResultProcessor | undefined;
  /** The dialect's own inline literal for `value`; undefined for the generic one. */
  literal(value: unknown, type: TypeEngine, dialect: Dialect): string | undefined;
}
