// Type tests of declarative models, after the typing prototype's a/tests.ts: typed instances,
// class-level expressions, circular relationships, mixins, the constructor, rows, and the
// mistakes that must not compile.
import {
  Column,
  type ColumnElement,
  DateTime,
  event,
  ForeignKey,
  Integer,
  Numeric,
  type RowOf,
  type Select,
  String,
  select,
  Table,
  Text,
} from '@retort/core';
import { describe, expectTypeOf, test } from 'vitest';
import {
  aliased,
  type ColumnAttribute,
  configureMappers,
  DeclarativeBase,
  declarativeBase,
  flagModified,
  type History,
  inspect,
  type Mapper,
  mappedColumn,
  type RelationshipAttribute,
  relationship,
  validates,
} from '../index';
import {
  Article,
  Base,
  Comment,
  Post,
  type PostStatus,
  Product,
  SoftDeleteMixin,
  Tag,
  User,
} from './blog-models.fixture';

declare const user: User;
declare const post: Post;
declare const comment: Comment;
declare const article: Article;
declare const product: Product;
declare const tag: Tag;

type RowsOf<S> = S extends Select<infer A> ? RowOf<A> : never;

describe('instances are typed from the declarations', () => {
  test('columns, with nullability', () => {
    expectTypeOf(user.id).toEqualTypeOf<number>();
    expectTypeOf(user.username).toEqualTypeOf<string>();
    expectTypeOf(user.display_name).toEqualTypeOf<string | null>();
    expectTypeOf(user.is_active).toEqualTypeOf<boolean>();
    expectTypeOf(post.status).toEqualTypeOf<PostStatus>();
    expectTypeOf(product.price).toEqualTypeOf<string>();
    expectTypeOf(product.id).toEqualTypeOf<string>();
    expectTypeOf(product.metadata_).toEqualTypeOf<{ color?: string } | null>();
    expectTypeOf(product.thumbnail).toEqualTypeOf<Uint8Array | null>();
    expectTypeOf(tag.name_).toEqualTypeOf<string>();
  });
  test('relationships, circular and self-referential, without annotations', () => {
    expectTypeOf(user.posts).toEqualTypeOf<Post[]>();
    expectTypeOf(post.author).toEqualTypeOf<User>();
    expectTypeOf(post.tags).toEqualTypeOf<Tag[]>();
    expectTypeOf(tag.posts).toEqualTypeOf<Post[]>();
    expectTypeOf(comment.parent).toEqualTypeOf<Comment | null>();
    expectTypeOf(comment.replies).toEqualTypeOf<Comment[]>();
    expectTypeOf(post.author.posts[0]!.comments[0]!.author.username).toEqualTypeOf<string>();
    expectTypeOf(comment.parent?.parent?.replies[0]?.id).toEqualTypeOf<number | undefined>();
  });
  test('assignments are checked', () => {
    user.posts.push(post);
    // @ts-expect-error a User is not a Post
    user.posts.push(user);
    // @ts-expect-error username is NOT NULL
    user.username = null;
    user.display_name = null;
    // @ts-expect-error wrong-typed attribute
    user.is_active = 'yes';
    // @ts-expect-error unknown attribute
    user.nope;
  });
  test('methods, getters and mixins', () => {
    expectTypeOf(user.toString()).toEqualTypeOf<string>();
    expectTypeOf(user.label).toEqualTypeOf<string>();
    expectTypeOf(user.created_at).toEqualTypeOf<Date>();
    expectTypeOf(user.updated_at).toEqualTypeOf<Date | null>();
    expectTypeOf(article.is_deleted).toEqualTypeOf<boolean>();
    expectTypeOf(article.deleted_at).toEqualTypeOf<Date | null>();
    expectTypeOf(article.softDelete).toEqualTypeOf<() => void>();
    expectTypeOf(article.status).toEqualTypeOf<string>();
    expectTypeOf(Article.active()).toEqualTypeOf<ColumnElement<boolean>>();
    expectTypeOf(SoftDeleteMixin.active).toBeFunction();
  });
  test('awaitableAttrs', () => {
    expectTypeOf(user.awaitableAttrs.posts).toEqualTypeOf<Promise<Post[]>>();
    expectTypeOf(product.awaitableAttrs.thumbnail).toEqualTypeOf<Promise<Uint8Array | null>>();
  });
});

describe('class attributes are typed SQL expressions', () => {
  test('columns', () => {
    expectTypeOf(User.username).toEqualTypeOf<ColumnAttribute<'username', string, 'users'>>();
    expectTypeOf(User.display_name).toEqualTypeOf<ColumnAttribute<'display_name', string | null, 'users'>>();
    expectTypeOf(Article.is_deleted).toEqualTypeOf<ColumnAttribute<'is_deleted', boolean, 'articles'>>();
    expectTypeOf(User.username.eq('alice')).toEqualTypeOf<ColumnElement<boolean>>();
    // @ts-expect-error wrong operand type
    User.username.eq(5);
    // @ts-expect-error like() is for strings
    User.id.like('1%');
    Post.author_id.eq(User.id);
    // @ts-expect-error column type mismatch
    Post.author_id.eq(User.username);
    User.created_at.desc();
  });
  test('relationships', () => {
    expectTypeOf(User.posts).toEqualTypeOf<RelationshipAttribute<'posts', Post, true>>();
    expectTypeOf(Post.author).toEqualTypeOf<RelationshipAttribute<'author', User, false>>();
    User.posts.any(Post.title.like('%sql%'));
    Post.author.has(User.username.eq('a'));
    // @ts-expect-error any() is for collections
    Post.author.any();
    // @ts-expect-error has() is for single objects
    User.posts.has();
    User.posts.contains(post);
    // @ts-expect-error a User is not in User.posts
    User.posts.contains(user);
  });
  test('attribute events are typed', () => {
    event.listen(User.username, 'set', (_target, value, _old, _initiator) => {
      expectTypeOf(value).toEqualTypeOf<string>();
    });
    event.listen(User.posts, 'append', (_target, value) => {
      expectTypeOf(value).toEqualTypeOf<Post>();
    });
    // @ts-expect-error collections have no 'set' event
    event.listen(User.posts, 'set', () => {});
  });
});

describe('the constructor', () => {
  test('required keys are NOT NULL columns without a default', () => {
    expectTypeOf(new User({ username: 'alice', email: 'a@example.com' })).toEqualTypeOf<User>();
    new User({ username: 'a', email: 'e', display_name: null, is_active: false, posts: [post] });
    // @ts-expect-error email is required
    new User({ username: 'alice' });
    // @ts-expect-error nothing given
    new User();
    // @ts-expect-error display_name must be string | null
    new User({ username: 'a', email: 'e', display_name: 3 });
    // @ts-expect-error unknown key
    new User({ username: 'a', email: 'e', nope: 1 });
    new Article({ title: 't', body: 'b', is_deleted: true });
    new Product({ name_: 'p', price: '9.99' });
    new Tag({ name_: 'python' });
  });
  test('a foreign key a relationship can fill is optional', () => {
    new Post({ title: 't', slug: 's', body: 'b', author: user });
    new Post({ title: 't', slug: 's', body: 'b', author_id: 1 });
    new Comment({ body: 'b', post, author: user });
  });
});

describe('rows', () => {
  test('columns', () => {
    const rows = select(User.id, User.username);
    expectTypeOf<RowsOf<typeof rows>>().toEqualTypeOf<
      readonly [number, string] & { readonly id: number; readonly username: string }
    >();
    const row = {} as RowsOf<typeof rows>;
    expectTypeOf(row.username).toEqualTypeOf<string>();
    expectTypeOf(row[0]).toEqualTypeOf<number>();
    // @ts-expect-error not selected
    row.email;
  });
  test('entities', () => {
    const one = select(User);
    expectTypeOf<RowsOf<typeof one>[0]>().toEqualTypeOf<User>();
    expectTypeOf<RowsOf<typeof one>['length']>().toEqualTypeOf<1>();
    const both = select(User, Post).join(User.posts);
    expectTypeOf<RowsOf<typeof both>[0]>().toEqualTypeOf<User>();
    expectTypeOf<RowsOf<typeof both>[1]>().toEqualTypeOf<Post>();
    const u2 = aliased(User, { name: 'u2' });
    expectTypeOf(u2.username).toEqualTypeOf<ColumnAttribute<'username', string, 'users'>>();
    const withAlias = select(User, u2).where(u2.id.ne(User.id));
    expectTypeOf<RowsOf<typeof withAlias>[1]>().toEqualTypeOf<User>();
  });
});

describe('inspection', () => {
  test('mapper, state and history', () => {
    expectTypeOf(inspect(User)).toEqualTypeOf<Mapper<User>>();
    expectTypeOf(inspect(user).attrs.username.history).toEqualTypeOf<History<string>>();
    expectTypeOf(inspect(user).attrs.posts.history).toEqualTypeOf<History<Post>>();
    expectTypeOf(inspect(user).attrs.posts.value).toEqualTypeOf<Post[]>();
    // @ts-expect-error not an attribute
    inspect(user).attrs.label;
    flagModified(product, 'metadata_');
    // @ts-expect-error not an attribute
    flagModified(product, 'nope');
  });
  test('validates', () => {
    validates(User, 'email', (obj, key, value) => {
      expectTypeOf(obj).toEqualTypeOf<User>();
      expectTypeOf(key).toEqualTypeOf<'email'>();
      expectTypeOf(value).toEqualTypeOf<string>();
      return value.toLowerCase();
    });
    validates(User, 'posts', (_obj, _key, value) => {
      expectTypeOf(value).toEqualTypeOf<Post>();
      return value;
    });
    // @ts-expect-error no such attribute
    validates(User, 'nope', (_o, _k, v) => v);
  });
});

describe('typeAnnotationMap', () => {
  test('annotation keys resolve through the base', () => {
    class MapBase extends DeclarativeBase {
      static override readonly typeAnnotationMap = {
        str: String(255),
        str50: String(50),
        money: Numeric(12, 2),
      };
    }
    class Item extends MapBase.table('items', {
      id: mappedColumn('int', { primaryKey: true }),
      title: mappedColumn('str'),
      code: mappedColumn('str50', { nullable: true }),
      price: mappedColumn('money'),
      added: mappedColumn('datetime'),
    }) {}
    const item = new Item({ title: 't', price: '1.00', added: new Date() });
    expectTypeOf(item.code).toEqualTypeOf<string | null>();
    expectTypeOf(item.price).toEqualTypeOf<string>();
    expectTypeOf(item.added).toEqualTypeOf<Date>();
    // @ts-expect-error 'nope' is not in the map
    MapBase.table('bad', { x: mappedColumn('nope') });

    const FnBase = declarativeBase({ typeAnnotationMap: { str: Text } });
    class Note extends FnBase.table('notes', {
      id: mappedColumn('int', { primaryKey: true }),
      body: mappedColumn('str'),
    }) {}
    expectTypeOf(new Note({ body: 'x' }).body).toEqualTypeOf<string>();
  });
});

describe('mistakes that do not compile', () => {
  test('reserved attribute names', () => {
    // @ts-expect-error 'name' cannot be a column attribute: map it as name_ with the database name given explicitly
    Base.table('people', { id: mappedColumn(Integer, { primaryKey: true }), name: mappedColumn(String(50)) });
    // @ts-expect-error 'length' is reserved as well
    Base.table('ropes', { id: mappedColumn(Integer, { primaryKey: true }), length: mappedColumn(Integer) });
    // @ts-expect-error metadata is the base's own (SQLAlchemy reserves it too)
    Base.table('docs', { id: mappedColumn(Integer, { primaryKey: true }), metadata: mappedColumn(Text) });
  });
  test('a relationship target must be a thunk', () => {
    // @ts-expect-error relationship target must be a thunk: () => TargetClass
    relationship.one(User);
  });
  test('configureMappers checks backPopulates and remoteSide', () => {
    const Other = declarativeBase();
    class Author extends Other.table('authors', {
      id: mappedColumn(Integer, { primaryKey: true }),
      books: relationship.many(() => Book, { backPopulates: 'writer' }),
    }) {}
    class Book extends Other.table('books', {
      id: mappedColumn(Integer, { primaryKey: true }),
      author_id: mappedColumn(Integer, ForeignKey('authors.id')),
      author: relationship.one(() => Author, { backPopulates: 'books' }),
    }) {}
    // @ts-expect-error authors.books: backPopulates 'writer' is not an attribute of books
    configureMappers(Author, Book);

    class Node extends Other.table('nodes', {
      id: mappedColumn(Integer, { primaryKey: true }),
      parent_id: mappedColumn(Integer, ForeignKey('nodes.id'), { nullable: true }),
      parent: relationship.one(() => Node, { remoteSide: () => [Author.id], nullable: true }),
    }) {}
    // @ts-expect-error nodes.parent: remoteSide must return columns of nodes
    configureMappers(Node);
  });
});

describe('mapping an existing core Table', () => {
  test('Base.mapped(table, properties)', () => {
    const accounts = Table(
      'accounts',
      Base.metadata,
      Column('id', Integer, { primaryKey: true }),
      Column('name', String(100), { nullable: false }),
      Column('balance', Numeric(12, 2)),
      Column('opened', DateTime, { nullable: false }),
    );
    class Account extends Base.mapped(accounts, { name_: accounts.c.name }) {}
    const account = new Account({ name_: 'cash' });
    expectTypeOf(account.name_).toEqualTypeOf<string>();
    expectTypeOf(account.balance).toEqualTypeOf<string | null>();
    expectTypeOf(Account.opened).toEqualTypeOf<ColumnAttribute<'opened', Date, 'accounts'>>();
    // @ts-expect-error mapped as name_
    account.name;
  });
});
