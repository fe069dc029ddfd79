// Loader options are data for the query layer, and ORM-enabled selects say what each column
// argument stands for (for the Session's hydration).
import { ArgumentError, func, KeyBuilder, select } from '@retort/core';
import { describe, expect, test } from 'vitest';
import { Post, Product, User } from '../declarative/blog-models.fixture';
import {
  aliased,
  defer,
  describeColumnsClause,
  inspect,
  LoaderOption,
  loadOnly,
  undefer,
  undeferGroup,
} from '../index';

describe('loader options', () => {
  test('defer, undefer, loadOnly, undeferGroup hold their attributes and strategy', () => {
    const option = defer(Product.description, { raiseload: true });
    expect(option).toBeInstanceOf(LoaderOption);
    expect(option.path).toEqual([Product.description]);
    expect(option.strategy).toEqual({ deferred: true, raiseload: true });
    expect(undefer(Product.thumbnail).strategy).toEqual({ deferred: false });
    expect(loadOnly(Product.name_, Product.price).only).toEqual([Product.name_, Product.price]);
    expect(undeferGroup('media').group).toBe('media');
    expect(`${option}`).toBe('LoaderOption(Product.description)');
  });

  test('they say what they are for', () => {
    expect(() => defer(User.posts as never)).toThrow(
      new ArgumentError(
        'defer() applies to column attributes; User.posts is a relationship (use a relationship loader option)',
      ),
    );
    expect(() => loadOnly()).toThrow('loadOnly() needs at least one column attribute');
    expect(() => loadOnly(User.username, Post.title)).toThrow(
      'loadOnly() takes columns of one entity; use one loadOnly() per entity',
    );
  });

  test('their structure goes into cache keys', () => {
    const key = (option: LoaderOption) => {
      const builder = new KeyBuilder();
      option.addKey(builder);
      return builder.key();
    };
    expect(key(defer(Product.description))).toEqual(key(defer(Product.description)));
    expect(key(defer(Product.description))).not.toEqual(key(undefer(Product.description)));
    expect(key(loadOnly(Product.name_).options(defer(Product.price)))).not.toEqual(
      key(loadOnly(Product.name_)),
    );
  });
});

describe('describeColumnsClause()', () => {
  test('entities, attributes and plain expressions', () => {
    const u2 = aliased(User, { name: 'u2' });
    const count = func.count(Post.id);
    const entries = describeColumnsClause(select(User, u2, Post.title, count).state.rawColumns);
    expect(entries.map((e) => e.kind)).toEqual(['entity', 'entity', 'attribute', 'expression']);
    expect(entries[0]).toEqual({ kind: 'entity', entity: inspect(User) });
    expect(entries[1]).toEqual({ kind: 'entity', entity: inspect(u2) });
    expect(entries[2]).toEqual({ kind: 'attribute', entity: inspect(Post), attribute: Post.title });
    expect(entries[3]).toEqual({ kind: 'expression', expression: count });
  });
});
