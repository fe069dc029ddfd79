// What expressions and queries need from an ORM entity: a mapped class (its Mapper) or an
// aliased() entity. Implemented by Mapper and AliasedInsp; read by class-level attributes, by
// `describeColumnsClause()` for hydration, and by @retort/relationships' comparators.
import type { ColumnElement, FromClause } from '@retort/core';
import type { ColumnProperty } from './column-property';
import type { Mapper } from './mapper';

export interface OrmEntity {
  readonly mapper: Mapper;
  /** Where the entity's rows come from: the mapped table, or an alias of it. */
  readonly selectable: FromClause;
  readonly isAliasedClass: boolean;
  /** The object users hold for the entity: the mapped class, or the aliased() object. */
  readonly entity: object;
  /** The column expression a column property has in this entity (the table's column, or the alias's). */
  columnFor(property: ColumnProperty): ColumnElement;
  /** `User`, or `aliased(User)` with its alias name. */
  readonly displayName: string;
}
