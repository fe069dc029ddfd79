// `LATERAL (SELECT …) AS name` (SQLAlchemy's Lateral): a subquery that may refer to FROM
// clauses to its left in the enclosing select.
import { type ColumnMap, Subquery } from '../../internal';

export class Lateral<C extends object = ColumnMap> extends Subquery<C> {
  readonly lateral = true;
}
