// What each argument of an ORM-enabled `select(...)` stands for: an entity (`select(User)`,
// `select(aliased(User))`), one attribute, or a plain expression. Core keeps the arguments in
// `select.state.rawColumns`; the Session (phase 2) reads them through this to build objects.
import { ColumnAttribute } from '../instrumentation/instrumented-attribute';
import { mapperForClass } from '../mapper/class-mapper';
import type { OrmEntity } from '../mapper/orm-entity';
import { aliasedInspOf } from './aliased';

export type ColumnsClauseEntry =
  | { readonly kind: 'entity'; readonly entity: OrmEntity }
  | { readonly kind: 'attribute'; readonly entity: OrmEntity; readonly attribute: ColumnAttribute }
  | { readonly kind: 'expression'; readonly expression: unknown };

/** The ORM entity a value stands for: a mapped class's Mapper or an aliased() entity's inspection. */
export function ormEntityOf(value: unknown): OrmEntity | undefined {
  const aliased = aliasedInspOf(value);
  if (aliased !== undefined) return aliased;
  const mapper = mapperForClass(value);
  if (mapper === undefined) return undefined;
  mapper.registry.configure();
  return mapper;
}

/** Describes each argument of a select's columns clause (`stmt.state.rawColumns`). */
export function describeColumnsClause(rawColumns: readonly unknown[]): ColumnsClauseEntry[] {
  return rawColumns.map((arg) => {
    const entity = ormEntityOf(arg);
    if (entity !== undefined) return { kind: 'entity', entity };
    if (arg instanceof ColumnAttribute) return { kind: 'attribute', entity: arg.parent, attribute: arg };
    return { kind: 'expression', expression: arg };
  });
}
