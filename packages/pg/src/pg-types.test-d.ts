// PostgreSQL types as column value types, and the typing of the ARRAY and JSONB operators.
import { Column, type ColumnElement, Integer, MetaData, String, Table } from '@retort/core';
import { describe, expectTypeOf, it } from 'vitest';
import { ARRAY } from './pg-array';
import { array, jsonb } from './pg-operators';
import { HSTORE, INET, JSONB } from './pg-scalar-types';

describe('PostgreSQL value types', () => {
  const t = Table(
    't',
    new MetaData(),
    Column('tags', ARRAY(String(20)), { nullable: false }),
    Column('grid', ARRAY(Integer, { dimensions: 2 })),
    Column('doc', JSONB<{ theme: string }>(), { nullable: false }),
    Column('ip', INET(), { nullable: false }),
    Column('kv', HSTORE(), { nullable: false }),
  );

  it('types values and operators', () => {
    expectTypeOf(t.c.tags['~value']).toEqualTypeOf<string[]>();
    expectTypeOf(t.c.grid['~value']).toEqualTypeOf<number[] | null>();
    expectTypeOf(t.c.doc['~value']).toEqualTypeOf<{ theme: string }>();
    expectTypeOf(t.c.ip['~value']).toEqualTypeOf<string>();
    expectTypeOf(t.c.kv['~value']).toEqualTypeOf<Record<string, string | null>>();
    expectTypeOf(array(t.c.tags).any('x')).toEqualTypeOf<ColumnElement<boolean>>();
    // @ts-expect-error the items of a string[] column are strings
    array(t.c.tags).contains([1]);
    expectTypeOf(jsonb(t.c.doc).pathText(['theme'])).toEqualTypeOf<ColumnElement<string | null>>();
  });
});
