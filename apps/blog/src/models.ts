// Seed 003's complete blog models ("Complete Code Examples"), translated line by line: users,
// posts, threaded comments and tags with TimestampMixin. Used by the demo program and its test.
import { Column, Enum, ForeignKey, func, Index, Integer, String, Table, Text } from '@retort/core';
import { configureMappers, DeclarativeBase, mappedColumn, mixin } from '@retort/orm';
import { relationship } from '@retort/relationships';

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
) {
  override toString(): string {
    return `Comment(id=${this.id}, post_id=${this.post_id})`;
  }
}

export class Tag extends Base.table('tags', {
  id: mappedColumn('int', { primaryKey: true }),
  name_: mappedColumn('name', String(50), { unique: true }),
  posts: relationship.many(() => Post, { secondary: post_tags, backPopulates: 'tags' }),
}) {
  override toString(): string {
    return `Tag(id=${this.id}, name=${this.name_})`;
  }
}

configureMappers(User, Post, Comment, Tag);
