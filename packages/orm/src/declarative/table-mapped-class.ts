// The type of `Base.mapped(users, properties)`: a model class over an existing core Table. Column
// attributes and instance values come from the table's typed columns; `properties` add
// relationships or map a column under another key (`{ name_: users.c.name }`).
import type { CLAUSE_ELEMENT, Column, RowShape, Table } from '@retort/core';
import type { ColumnAttribute, RelationshipAttribute } from '../instrumentation/instrumented-attribute';
import type { MAPPED_ATTRIBUTES } from '../state/instance-state';
import type { InstanceOf, RelationshipValue, Simplify, StaticSide, TargetOf } from './model-types';

/** Column keys mapped under another attribute by `properties` (they are not mapped under their own key). */
type RenamedKeys<P> = { [K in keyof P]: P[K] extends { readonly '~key': infer CK } ? CK : never }[keyof P];

type ColumnKeys<C, P> = Exclude<keyof C, RenamedKeys<P>>;

type PropertyValue<X> = X extends Column<string, infer T> ? T : RelationshipValue<X>;

/** Instance values: the table's columns and the extra properties. */
export type TableInstance<C, P> = { -readonly [K in ColumnKeys<C, P>]: RowShape<C>[K] } & {
  -readonly [K in keyof P]: PropertyValue<P[K]>;
};

export type TableClassAttributes<N extends string, C, P> = {
  readonly [K in ColumnKeys<C, P>]: ColumnAttribute<K & string, RowShape<C>[K], N>;
} & {
  readonly [K in keyof P]: P[K] extends Column<string, infer T>
    ? ColumnAttribute<K & string, T, N>
    : P[K] extends {
          readonly '~rel': { readonly target: infer F; readonly many: infer Many extends boolean };
        }
      ? RelationshipAttribute<K & string, TargetOf<F>, Many>
      : never;
};

type Attributes<C, P> = {
  [K in keyof TableInstance<C, P>]: {
    readonly value: TableInstance<C, P>[K];
    readonly item: TableInstance<C, P>[K] extends readonly (infer E)[] ? E : TableInstance<C, P>[K];
  };
};

/** The class `Base.mapped(table, properties)` returns. Every constructor key is optional (the table's defaults are not known to the type). */
export type TableMappedClass<This, N extends string, C, P> = StaticSide<This> &
  TableClassAttributes<N, C, P> & {
    new (
      init?: Simplify<Partial<TableInstance<C, P>>>,
    ): InstanceOf<This> &
      TableInstance<C, P> & {
        readonly awaitableAttrs: {
          readonly [K in keyof TableInstance<C, P>]: Promise<TableInstance<C, P>[K]>;
        };
        readonly [MAPPED_ATTRIBUTES]?: Attributes<C, P>;
      };
    readonly __tablename__: N;
    readonly __table__: Table<N, C & import('@retort/core').ColumnMap>;
    [CLAUSE_ELEMENT](): Table<N, C & import('@retort/core').ColumnMap>;
  };
