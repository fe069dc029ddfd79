// `(SELECT …) AS name` in FROM (SQLAlchemy's Subquery), made by `select(...).subquery()`.
import { Alias, type ColumnMap, type SelectBase } from '../../internal';

export class Subquery<C extends object = ColumnMap> extends Alias<C> {
  override readonly kind: 'subquery' | 'cte' = 'subquery';
  declare readonly element: SelectBase;
}
