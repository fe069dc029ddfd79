// Tables the compilation cases share: the `users`/`addresses` of SQLAlchemy's tutorial, a small
// blog (posts, comments, categories), seed 004's `members`, and tables for quoting, schemas,
// defaults and ambiguous foreign keys. The recorder builds the same tables in SQLAlchemy. Foreign key
// columns name their type so that their TypeScript value type is known.
import {
  Boolean,
  Column,
  DateTime,
  Float,
  ForeignKey,
  func,
  Integer,
  JSON,
  MetaData,
  Numeric,
  String,
  Table,
  Text,
} from '@retort/core';

export const metadata = new MetaData();

export const users = Table(
  'users',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('fullname', String()),
);

export const addresses = Table(
  'addresses',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('user_id', Integer, ForeignKey('users.id')),
  Column('email', String(100), { nullable: false }),
);

export const posts = Table(
  'posts',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('title', String(200), { nullable: false }),
  Column('body', Text),
  Column('author_id', Integer, ForeignKey('users.id')),
  Column('status', String(20)),
  Column('created_at', DateTime),
  Column('views', Integer),
  Column('rating', Float),
  Column('price', Numeric(10, 2)),
);

export const comments = Table(
  'comments',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('post_id', Integer, ForeignKey('posts.id')),
  Column('body', Text),
);

export const categories = Table(
  'categories',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('parent_id', Integer, ForeignKey('categories.id')),
);

export const departments = Table(
  'departments',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
);

export const employees = Table(
  'employees',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('manager_id', Integer, ForeignKey('employees.id')),
  Column('department_id', Integer, ForeignKey('departments.id')),
  Column('salary', Numeric(10, 2)),
);

export const configs = Table(
  'configs',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('data', JSON<{ theme: string; lang: string; features: string[] }>()),
);

export const members = Table(
  'members',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(50)),
  Column('email', String(100)),
  Column('age', Integer),
  Column('city', String(50)),
  Column('active', Boolean),
);

/** Two foreign keys to `users`: joins need an explicit ON clause. */
export const transfers = Table(
  'transfers',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('from_user_id', Integer, ForeignKey('users.id')),
  Column('to_user_id', Integer, ForeignKey('users.id')),
  Column('amount', Numeric(12, 2)),
);

/** Reserved and mixed-case names, quoted per dialect. */
export const order = Table(
  'order',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('select', String(20)),
  Column('CamelCase', Integer),
  Column('user_id', Integer, ForeignKey('users.id')),
);

export const logs = Table(
  'logs',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('message', String(200)),
  { schema: 'audit' },
);

/** Client-side and server-side defaults. */
export const widgets = Table(
  'widgets',
  metadata,
  Column('id', Integer, { primaryKey: true }),
  Column('name', String(30)),
  Column('qty', Integer, { default: 1 }),
  Column('created', DateTime, { serverDefault: func.now() }),
  Column('version', Integer, { onupdate: 5 }),
);
