// Test models: seed 003's complete blog example and its mixin pattern, translated line by line.
// Shared by the type tests and the runtime tests of this package; not part of the build.
import {
  Boolean,
  Column,
  DateTime,
  Enum,
  ForeignKey,
  func,
  Index,
  Integer,
  JSON,
  LargeBinary,
  Numeric,
  String,
  Table,
  Text,
  Uuid,
} from '@retort/core';
import { configureMappers, DeclarativeBase, mappedColumn, mixin, relationship } from '../index';

export class Base extends DeclarativeBase {}

export enum PostStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}

/** Mixin that adds created_at and updated_at columns. */
export const TimestampMixin = mixin({
  created_at: mappedColumn('datetime', { default: func.now(), serverDefault: func.now() }),
  updated_at: mappedColumn('datetime', {
    nullable: true,
    onupdate: func.now(),
    serverOnupdate: func.now(),
    default: null,
  }),
});

/** Adds soft delete capability via is_deleted flag. */
export class SoftDeleteMixin extends mixin({
  is_deleted: mappedColumn(Boolean, { default: false, index: true }),
  deleted_at: mappedColumn(DateTime, { nullable: true, default: null }),
}) {
  softDelete(): void {
    this.is_deleted = true;
    this.deleted_at = new globalThis.Date();
  }

  get status(): string {
    return this.is_deleted ? 'deleted' : 'live';
  }

  /** Return a where clause filtering to non-deleted rows. */
  static active() {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the mapped class the method is called on (cls in SQLAlchemy)
    return this.is_deleted.eq(false);
  }
}

export const post_tags = Table(
  'post_tags',
  Base.metadata,
  Column('post_id', Integer, ForeignKey('posts.id', { ondelete: 'CASCADE' }), { primaryKey: true }),
  Column('tag_id', Integer, ForeignKey('tags.id', { ondelete: 'CASCADE' }), { primaryKey: true }),
);

export class User extends Base.table(
  'users',
  {
    id: mappedColumn('int', { primaryKey: true }),
    username: mappedColumn(String(50), { unique: true, index: true }),
    email: mappedColumn(String(255), { unique: true }),
    /** shown instead of the username when set */
    display_name: mappedColumn(String(100), { nullable: true }),
    is_active: mappedColumn('bool', { default: true }),
    posts: relationship.many(() => Post, { backPopulates: 'author', cascade: 'all, delete-orphan' }),
    comments: relationship.many(() => Comment, { backPopulates: 'author', cascade: 'all, delete-orphan' }),
  },
  { mixins: [TimestampMixin] },
) {
  override toString(): string {
    return `User(id=${this.id}, username=${this.username})`;
  }

  get label(): string {
    return this.display_name ?? this.username;
  }
}

export class Post extends Base.table(
  'posts',
  {
    id: mappedColumn('int', { primaryKey: true }),
    title: mappedColumn(String(200)),
    slug: mappedColumn(String(200), { unique: true, index: true }),
    body: mappedColumn(Text),
    status: mappedColumn(Enum(PostStatus, { name: 'poststatus' }), { default: PostStatus.DRAFT }),
    author_id: mappedColumn('int', ForeignKey('users.id')),
    author: relationship.one(() => User, { backPopulates: 'posts' }),
    comments: relationship.many(() => Comment, { backPopulates: 'post', cascade: 'all, delete-orphan' }),
    tags: relationship.many(() => Tag, { secondary: post_tags, backPopulates: 'posts' }),
  },
  { mixins: [TimestampMixin], tableArgs: [Index('ix_posts_author_status', 'author_id', 'status')] },
) {
  override toString(): string {
    return `Post(id=${this.id}, title=${this.title})`;
  }
}

export class Comment extends Base.table(
  'comments',
  {
    id: mappedColumn('int', { primaryKey: true }),
    body: mappedColumn(Text),
    post_id: mappedColumn('int', ForeignKey('posts.id')),
    author_id: mappedColumn('int', ForeignKey('users.id')),
    parent_id: mappedColumn('int', ForeignKey('comments.id'), { nullable: true }),
    post: relationship.one(() => Post, { backPopulates: 'comments' }),
    author: relationship.one(() => User, { backPopulates: 'comments' }),
    replies: relationship.many(() => Comment, { backPopulates: 'parent', cascade: 'all, delete-orphan' }),
    parent: relationship.one(() => Comment, {
      backPopulates: 'replies',
      remoteSide: () => [Comment.id],
      nullable: true,
    }),
  },
  { mixins: [TimestampMixin] },
) {}

export class Tag extends Base.table('tags', {
  id: mappedColumn('int', { primaryKey: true }),
  name_: mappedColumn('name', String(50), { unique: true }),
  posts: relationship.many(() => Post, { secondary: post_tags, backPopulates: 'tags' }),
}) {}

export class Article extends Base.table(
  'articles',
  {
    id: mappedColumn('int', { primaryKey: true }),
    title: mappedColumn(String(200)),
    body: mappedColumn(Text),
  },
  { mixins: [TimestampMixin, SoftDeleteMixin] },
) {}

/** Seed 003's column type examples. */
export class Product extends Base.table('products', {
  id: mappedColumn(Uuid, { primaryKey: true, default: () => globalThis.crypto.randomUUID() }),
  name_: mappedColumn('name', String(200)),
  description: mappedColumn(Text, { nullable: true }),
  price: mappedColumn(Numeric(10, 2)),
  is_available: mappedColumn(Boolean, { default: true }),
  metadata_: mappedColumn('metadata', JSON<{ color?: string }>(), { nullable: true, default: null }),
  thumbnail: mappedColumn(LargeBinary, { nullable: true, deferred: true }),
  created_at: mappedColumn(DateTime, { serverDefault: func.now() }),
}) {}

configureMappers(User, Post, Comment, Tag, Article, Product);
