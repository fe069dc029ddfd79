// TypeDecorator (processors composed with the impl's, literals, DDL, cache keys and the cacheOk
// warning, null handling), withVariant, and Enum's mapping and LookupError messages (recorded
// from SQLAlchemy 2.0.52).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ArgumentError,
  type BindProcessor,
  Column,
  CreateTable,
  type Dialect,
  Enum,
  Integer,
  insert,
  JSON,
  type JSONType,
  jsonBind,
  LookupError,
  MetaData,
  type ResultProcessor,
  StrDialect,
  String,
  Table,
  Text,
  TypeDecorator,
  type TypeEngine,
} from '../index';

/** The string dialect with a driver-side conversion for integers, to see processors compose. */
class TaggingDialect extends StrDialect {
  override affinityBindProcessor(type: TypeEngine): BindProcessor | undefined {
    return type.affinity === 'integer' ? (v) => `int:${v}` : undefined;
  }
  override affinityResultProcessor(type: TypeEngine): ResultProcessor | undefined {
    return type.affinity === 'integer' ? (v) => Number(globalThis.String(v).replace('int:', '')) : undefined;
  }
}

class Cents extends TypeDecorator<number, number> {
  readonly impl = Integer;
  override readonly cacheOk = true;
  override processBindParam(value: number | null): number | null {
    return value === null ? null : Math.round(value * 100);
  }
  override processResultValue(value: number | null): number | null {
    return value === null ? null : value / 100;
  }
}

class Lower extends TypeDecorator<string, string> {
  readonly impl = String(20);
  override readonly cacheOk = true;
  override processBindParam(value: string | null): string | null {
    return value === null ? 'none' : value.toLowerCase();
  }
}

describe('TypeDecorator', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs processBindParam, then the impl type’s dialect conversion; results the other way round', () => {
    const dialect = new TaggingDialect();
    const cents = new Cents();
    expect(dialect.bindProcessor(cents)?.(12.34)).toBe('int:1234');
    expect(dialect.resultProcessor(cents)?.('int:1234')).toBe(12.34);
  });

  it('renders DDL as its impl', () => {
    const t = Table('t', new MetaData(), Column('price', new Cents()), Column('name', new Lower()));
    expect(new CreateTable(t).compile().sql).toBe(
      '\nCREATE TABLE t (\n\tprice INTEGER, \n\tname VARCHAR(20)\n)\n\n',
    );
  });

  it('sees null in processBindParam, so a statement binds what it returns', () => {
    const t = Table('t', new MetaData(), Column('name', new Lower()));
    const compiled = insert(t).values({ name: null }).compile({ dialect: new TaggingDialect() });
    expect(compiled.executionParams(undefined, undefined).params).toEqual({ name: 'none' });
  });

  it('renders literals through processBindParam and the impl', () => {
    expect(new TaggingDialect().renderLiteral('ABC', new Lower())).toBe("'abc'");
    expect(new TaggingDialect().renderLiteral(1.5, new Cents())).toBe('150');
  });

  it('is part of cache keys when cacheOk is true', () => {
    expect(new Cents().cacheKey()).toBe(new Cents().cacheKey());
    expect(new Cents().cacheKey()).not.toBe(new Lower().cacheKey());
  });

  it('warns once and is never cached when cacheOk is not set, as SQLAlchemy', () => {
    const emitted: Error[] = [];
    vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
      emitted.push(warning as Error);
    });
    class Uncached extends TypeDecorator<string, string> {
      readonly impl = Text;
    }
    const type = new Uncached();
    expect(type.cacheKey()).not.toBe(type.cacheKey());
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.message).toMatch(
      /^TypeDecorator Uncached\(\) will not produce a cache key because the cacheOk attribute is not set to true\./,
    );
  });

  it('binds values compared with it with itself (coerceComparedValue)', () => {
    const cents = new Cents();
    expect(cents.coerceComparedValue('eq', 'x', String())).toBe(cents);
    expect(Integer().coerceComparedValue('eq', 'x', String()).affinity).toBe('string');
  });
});

describe('withVariant', () => {
  const mysql = { name: 'mysql', isMariaDB: false } as Dialect;
  const mariadb = { name: 'mysql', isMariaDB: true } as Dialect;
  const pg = { name: 'postgresql' } as Dialect;

  it('picks the variant of the dialect; a mysql variant serves MariaDB unless it has its own', () => {
    const type = String(10).withVariant(Text(), 'mysql').withVariant(String(5), 'postgresql');
    expect(type.forDialect(mysql).visitName).toBe('text');
    expect(type.forDialect(mariadb).visitName).toBe('text');
    expect((type.forDialect(pg) as { length?: number }).length).toBe(5);
    const maria = String(10).withVariant(Text(), 'mysql').withVariant(String(7), 'mariadb');
    expect((maria.forDialect(mariadb) as { length?: number }).length).toBe(7);
  });

  it('rejects a second variant for a dialect and a variant that has variants', () => {
    expect(() => String(10).withVariant(Text(), 'mysql').withVariant(Text(), 'mysql')).toThrow(
      new ArgumentError("Dialect 'mysql' is already present in the mapping for this VARCHAR(10)"),
    );
    expect(() => String(10).withVariant(Text().withVariant(Text(), 'sqlite'), 'mysql')).toThrow(
      "can't pass a type that already has variants as a dialect-level type to withVariant()",
    );
  });
});

enum Status {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

describe('Enum', () => {
  const dialect = new StrDialect();

  it('stores member names of a string enum and reads them back as the enum values', () => {
    const type = Enum(Status, { name: 'status' });
    expect(type.storedValues).toEqual(['DRAFT', 'PUBLISHED']);
    expect(dialect.bindProcessor(type)?.(Status.DRAFT)).toBe('DRAFT');
    expect(dialect.bindProcessor(type)?.('PUBLISHED')).toBe('PUBLISHED');
    expect(dialect.resultProcessor(type)?.('DRAFT')).toBe(Status.DRAFT);
    expect(type.length).toBe(9);
  });

  it('stores the values with valuesCallable', () => {
    const type = Enum(Status, { name: 'status', valuesCallable: (values) => values });
    expect(type.storedValues).toEqual(['draft', 'published']);
    expect(dialect.bindProcessor(type)).toBeUndefined();
    expect(dialect.resultProcessor(type)?.('published')).toBe(Status.PUBLISHED);
  });

  it('passes unknown strings when binding, unless validateStrings, and rejects unknown stored values', () => {
    expect(dialect.bindProcessor(Enum(Status, { name: 'status' }))?.('nope')).toBe('nope');
    expect(() => dialect.resultProcessor(Enum(Status, { name: 'status' }))?.('nope')).toThrow(
      new LookupError(
        "'nope' is not among the defined enum values. Enum name: status. Possible values: DRAFT, PUBLISHED",
      ),
    );
    expect(() =>
      dialect.bindProcessor(Enum(['a', 'b'], { name: 'x', validateStrings: true }))?.('c'),
    ).toThrow(
      new LookupError("'c' is not among the defined enum values. Enum name: x. Possible values: a, b"),
    );
    const many = Enum(['one', 'two', 'three', 'four', 'a_very_long_value_name']);
    expect(() => dialect.resultProcessor(many)?.('z')).toThrow(
      "'z' is not among the defined enum values. Enum name: None. Possible values: one, two, three, ..., a_very_long..",
    );
  });

  it('rejects numeric enums', () => {
    enum Numbers {
      ONE = 1,
    }
    expect(() => Enum(Numbers as never)).toThrow(/numeric enum members cannot be stored by name/);
  });
});

describe('JSON null', () => {
  const dialect = new (class extends StrDialect {
    override affinityBindProcessor(type: TypeEngine): BindProcessor | undefined {
      return type.affinity === 'json' ? jsonBind(type as JSONType) : undefined;
    }
  })();

  it('binds a JS null as the JSON null by default, and as SQL NULL with noneAsNull', () => {
    const t = Table('t', new MetaData(), Column('a', JSON()), Column('b', JSON({ noneAsNull: true })));
    const compiled = insert(t).values({ a: null, b: null }).compile({ dialect });
    expect(JSON().evaluatesNone).toBe(true);
    expect(JSON({ noneAsNull: true }).evaluatesNone).toBe(false);
    expect(compiled.executionParams(undefined, undefined).params).toEqual({ a: 'null', b: null });
  });
});
