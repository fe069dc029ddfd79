// Declarative mapping at run time: the core tables it builds (DDL per SQLAlchemy), ORM-enabled
// select(), instances and their constructor, bases and their registries, and the mistakes caught.
import {
  ArgumentError,
  CreateIndex,
  CreateTable,
  type Dialect,
  Integer,
  MetaData,
  Numeric,
  String,
  select,
  Text,
  UniqueConstraint,
} from '@retort/core';
import { PGDialect } from '@retort/pg';
import { SQLiteDialect } from '@retort/sqlite';
import { describe, expect, test } from 'vitest';
import {
  aliased,
  DeclarativeBase,
  declarativeBase,
  defer,
  inspect,
  loadOnly,
  mappedColumn,
  UnmappedClassError,
  undefer,
} from '../index';
import { POSTGRESQL_DDL, SQLITE_DDL } from './blog-ddl.fixture';
import { Article, Base, Post, Product, SoftDeleteMixin, Tag, User } from './blog-models.fixture';

const sqlite = new SQLiteDialect();

function ddl(dialect: Dialect): string[] {
  return Base.metadata.sortedTables.flatMap((table) => [
    dialect.compile(new CreateTable(table)).sql,
    ...[...table.indexes]
      .sort((a, b) => globalThis.String(a.name).localeCompare(globalThis.String(b.name)))
      .map((index) => dialect.compile(new CreateIndex(index)).sql),
  ]);
}

function sql(stmt: { compile(options: { dialect: Dialect }): { sql: string; params: unknown } }) {
  const compiled = stmt.compile({ dialect: sqlite });
  return [compiled.sql, compiled.params];
}

describe('mapping builds the core tables SQLAlchemy builds', () => {
  test('CREATE TABLE and CREATE INDEX on SQLite', () => {
    expect(ddl(sqlite)).toEqual(SQLITE_DDL);
  });
  test('CREATE TABLE and CREATE INDEX on PostgreSQL', () => {
    expect(ddl(new PGDialect())).toEqual(POSTGRESQL_DDL);
  });
  test('the class knows its table; mixin columns follow the own columns', () => {
    expect(User.__table__).toBe(Base.metadata.tables.users);
    expect(User.__tablename__).toBe('users');
    expect(Article.__table__.columnList.map((c) => c.name)).toEqual([
      'id',
      'title',
      'body',
      'created_at',
      'updated_at',
      'is_deleted',
      'deleted_at',
    ]);
    expect(Object.keys(Product.__table__.c)).toEqual([
      'id',
      'name',
      'description',
      'price',
      'is_available',
      'metadata',
      'thumbnail',
      'created_at',
    ]);
  });
});

describe('ORM-enabled select()', () => {
  test('select(Article) with a mixin classmethod in WHERE', () => {
    expect(sql(select(Article).where(Article.active()).orderBy(Article.created_at.desc()))).toEqual([
      'SELECT articles.id, articles.title, articles.body, articles.created_at, articles.updated_at, articles.is_deleted, articles.deleted_at \nFROM articles \nWHERE articles.is_deleted = 0 ORDER BY articles.created_at DESC',
      {},
    ]);
  });
  test('deferred columns are left out unless the options say otherwise', () => {
    expect(sql(select(Product))[0]).toBe(
      'SELECT products.id, products.name, products.description, products.price, products.is_available, products.metadata, products.created_at \nFROM products',
    );
    expect(sql(select(Product).options(undefer(Product.thumbnail)))[0]).toBe(
      'SELECT products.id, products.name, products.description, products.price, products.is_available, products.metadata, products.thumbnail, products.created_at \nFROM products',
    );
    expect(sql(select(Product).options(defer(Product.description)))[0]).toBe(
      'SELECT products.id, products.name, products.price, products.is_available, products.metadata, products.created_at \nFROM products',
    );
    expect(sql(select(Product).options(loadOnly(Product.name_)))[0]).toBe(
      'SELECT products.id, products.name \nFROM products',
    );
  });
  test('options are part of the cache key', () => {
    const plain = select(Product).cacheKey().key;
    expect(select(Product).cacheKey().key).toEqual(plain);
    expect(select(Product).options(undefer(Product.thumbnail)).cacheKey().key).not.toEqual(plain);
  });
  test('aliased() entities', () => {
    const u2 = aliased(User, { name: 'u2' });
    expect(
      sql(select(User.id, u2.username).join(u2, u2.id.ne(User.id)).where(u2.username.eq('bob'))),
    ).toEqual([
      'SELECT users.id, u2.username \nFROM users JOIN users AS u2 ON u2.id != users.id \nWHERE u2.username = ?',
      { username_1: 'bob' },
    ]);
    expect(inspect(u2).mapper).toBe(inspect(User));
    expect(`${u2.username}`).toBe('aliased(User, u2).username');
  });
  test('two entities', () => {
    expect(sql(select(User, Post).where(Post.author_id.eq(User.id), User.username.like('a%')))).toEqual([
      'SELECT users.id, users.username, users.email, users.display_name, users.is_active, users.created_at, users.updated_at, posts.id AS id_1, posts.title, posts.slug, posts.body, posts.status, posts.author_id, posts.created_at AS created_at_1, posts.updated_at AS updated_at_1 \nFROM users, posts \nWHERE posts.author_id = users.id AND users.username LIKE ?',
      { username_1: 'a%' },
    ]);
  });
  test('renamed columns and filterBy', () => {
    expect(sql(select(Tag.name_, Product.metadata_))[0]).toBe(
      'SELECT tags.name, products.metadata \nFROM tags, products',
    );
    expect(sql(select(User).filterBy({ username: 'x' }))).toEqual([
      'SELECT users.id, users.username, users.email, users.display_name, users.is_active, users.created_at, users.updated_at \nFROM users \nWHERE users.username = ?',
      { username_1: 'x' },
    ]);
  });
  test('class attributes print as SQLAlchemy prints them', () => {
    expect(`${User.username}`).toBe('User.username');
    expect(`${User.posts}`).toBe('User.posts');
    expect(User.username.compile({ dialect: sqlite }).sql).toBe('users.username');
  });
});

describe('instances', () => {
  test('the constructor sets attributes; unset columns read as null', () => {
    const user = new User({ username: 'alice', email: 'a@example.com' });
    expect(user.username).toBe('alice');
    expect(user.id).toBeNull();
    expect(user.is_active).toBeNull();
    expect(`${user}`).toBe('User(id=null, username=alice)');
    expect(user.label).toBe('alice');
    expect(user).toBeInstanceOf(User);
    expect(user).toBeInstanceOf(Base);
    expect(user).toBeInstanceOf(DeclarativeBase);
  });
  test('an unknown keyword is an error, as in SQLAlchemy', () => {
    // TypeError: 'foo' is an invalid keyword argument for Product
    expect(() => new Product({ foo: 1 } as never)).toThrow(
      new ArgumentError("'foo' is an invalid keyword argument for Product"),
    );
  });
  test('non-mapped members may be given to the constructor (SQLAlchemy allows any class attribute)', () => {
    const article = new Article({ title: 't', body: 'b' });
    expect(article.status).toBe('live');
    article.softDelete();
    expect(article.is_deleted).toBe(true);
    expect(article.status).toBe('deleted');
  });
  test('mixin classes are not instantiated, and their columns are expressions only on mapped classes', () => {
    expect(() => Reflect.construct(SoftDeleteMixin, [])).toThrow(/A mixin class is not instantiated/);
    expect(() => SoftDeleteMixin.is_deleted).toThrow(
      'SoftDeleteMixin.is_deleted is a mixin column; it is an expression only on a mapped class that lists the mixin (e.g. Article.is_deleted)',
    );
  });
});

describe('declarative bases', () => {
  test('each base has its own MetaData and registry', () => {
    class One extends DeclarativeBase {}
    class Two extends DeclarativeBase {}
    expect(One.metadata).not.toBe(Two.metadata);
    expect(One.registry).toBe(One.registry);
    class Thing extends One.table('things', { id: mappedColumn(Integer, { primaryKey: true }) }) {}
    expect(Thing.__table__.metadata).toBe(One.metadata);
    expect(inspect(Thing).registry).toBe(One.registry);
  });
  test('a MetaData of its own (naming convention)', () => {
    class Named extends DeclarativeBase {
      static override metadata = new MetaData({
        namingConvention: { uq: 'uq_%(table_name)s_%(column_0_name)s' },
      });
    }
    class Code extends Named.table('codes', {
      id: mappedColumn(Integer, { primaryKey: true }),
      code: mappedColumn(String(10), { unique: true }),
    }) {}
    expect(Code.__table__.metadata).toBe(Named.metadata);
    expect(sqlite.compile(new CreateTable(Code.__table__)).sql).toContain(
      'CONSTRAINT uq_codes_code UNIQUE (code)',
    );
  });
  test('typeAnnotationMap: annotation keys resolve through the base, then SQLAlchemy defaults', () => {
    class Mapped extends DeclarativeBase {
      static override readonly typeAnnotationMap = { str: String(255), money: Numeric(12, 2) };
    }
    class Item extends Mapped.table('items', {
      id: mappedColumn('int', { primaryKey: true }),
      title: mappedColumn('str'),
      price: mappedColumn('money'),
      notes: mappedColumn('str', { nullable: true }),
    }) {}
    expect(sqlite.compile(new CreateTable(Item.__table__)).sql).toBe(
      '\nCREATE TABLE items (\n\tid INTEGER NOT NULL, \n\ttitle VARCHAR(255) NOT NULL, \n\tprice NUMERIC(12, 2) NOT NULL, \n\tnotes VARCHAR(255), \n\tPRIMARY KEY (id)\n)\n\n',
    );
    const Fn = declarativeBase({ typeAnnotationMap: { str: Text } });
    class Note extends Fn.table('notes', {
      id: mappedColumn('int', { primaryKey: true }),
      body: mappedColumn('str'),
    }) {}
    expect(sqlite.compile(new CreateTable(Note.__table__)).sql).toContain('body TEXT NOT NULL');
  });
  test('an unknown annotation key names the known ones', () => {
    const B = declarativeBase();
    expect(() =>
      B.table('x', { id: mappedColumn('int', { primaryKey: true }), v: mappedColumn('nope' as 'int') }),
    ).toThrow(
      "x.v: mappedColumn('nope') names no entry of the typeAnnotationMap; known keys: int, str, float, bool, bytes, datetime, date, time, timedelta, Decimal, UUID. Add 'nope' to the base's typeAnnotationMap or pass a SQL type",
    );
  });
  test('tableArgs: constraints, indexes and options (SQLAlchemy __table_args__)', () => {
    const B = declarativeBase();
    class Account extends B.table(
      'accounts',
      { id: mappedColumn(Integer, { primaryKey: true }), email: mappedColumn(String(255)) },
      {
        tableArgs: [
          UniqueConstraint('email', { name: 'uq_user_email' }),
          { comment: 'people', mysqlEngine: 'InnoDB' },
        ],
      },
    ) {}
    expect(Account.__table__.comment).toBe('people');
    expect(sqlite.compile(new CreateTable(Account.__table__)).sql).toBe(
      '\nCREATE TABLE accounts (\n\tid INTEGER NOT NULL, \n\temail VARCHAR(255) NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_user_email UNIQUE (email)\n)\n\n',
    );
  });
});

describe('mistakes found at run time', () => {
  test('reserved attribute names', () => {
    const B = declarativeBase();
    const columns = { id: mappedColumn(Integer, { primaryKey: true }), name: mappedColumn(String(50)) };
    expect(() => B.table('people', columns as never)).toThrow(
      "people.name: 'name' cannot be a class attribute (every JavaScript class has its own 'name'). Map it as name_ with the database name given explicitly: name_: mappedColumn('name', …)",
    );
  });
  test('something that is not a declaration', () => {
    const B = declarativeBase();
    expect(() => B.table('x', { id: 5 } as never)).toThrow(
      'x.id: expected mappedColumn(...) or relationship.many/one(...), got number',
    );
  });
  test('the declarative base itself is not mapped', () => {
    expect(() => Reflect.construct(Base, [{}])).toThrow(
      new UnmappedClassError(
        "Class Base is not mapped; extend Base.table('table', {...}) (or Base.mapped(table)) to make a model",
      ),
    );
  });
  test('a mapped class cannot be mapped again, or subclassed', () => {
    expect(() => (User as unknown as typeof Base).table('again', {})).toThrow(
      'User is a mapped class; call table() on the declarative base (inheritance mapping is not supported yet)',
    );
    class Admin extends User {}
    expect(() => new Admin({ username: 'a', email: 'e' })).toThrow(
      'Class Admin extends the mapped class User; inheritance mapping (single or joined table) is not supported yet, so a mapped class cannot be subclassed',
    );
  });
  test('two classes extending one generated base', () => {
    const B = declarativeBase();
    const Gen = B.table('gens', { id: mappedColumn(Integer, { primaryKey: true }) });
    class First extends Gen {}
    class Second extends Gen {}
    new First();
    expect(() => new Second()).toThrow(
      "Class Second and class First both extend the base generated for table 'gens'; a table maps one class",
    );
  });
});
