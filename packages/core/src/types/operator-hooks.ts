// How a type changes the meaning of an operator applied to its values (SQLAlchemy's
// comparator_factory, reduced to data): `+` on strings is concatenation, `contains` on an
// ARRAY is `@>`. Read by the operator methods of ColumnElement.
import type { OperatorName } from '../sql/operators';
import type { TypeEngine } from './type-engine';

export interface OperatorHooks {
  /** The operator to use instead of `op` when this type is on the left, if any. */
  readonly replace?: Partial<Record<OperatorName, OperatorName>>;
  /** The type of `left op right` when it is not the default for the operator. */
  resultType?(op: OperatorName, right: TypeEngine): TypeEngine | undefined;
}
