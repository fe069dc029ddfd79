// Collections report every member added or removed, whatever array method does it, and fire
// the append/remove/bulkReplace/initCollection events @retort/relationships listens to.
import { ArgumentError, event, ForeignKey, Integer, String } from '@retort/core';
import { describe, expect, test } from 'vitest';
import {
  DeclarativeBase,
  InstrumentedList,
  inspect,
  mappedColumn,
  relationship,
  UnloadedAttributeError,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  posts: relationship.many(() => Post, { backPopulates: 'author' }),
}) {}

class Post extends Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  title: mappedColumn(String(50), { nullable: true }),
  author_id: mappedColumn(Integer, ForeignKey('users.id')),
  author: relationship.one(() => User, { backPopulates: 'posts' }),
}) {}

const log: string[] = [];
const title = (p: Post) => p.title ?? '?';
event.listen(User.posts, 'append', (_t, value) => {
  log.push(`+${title(value)}`);
});
event.listen(User.posts, 'remove', (_t, value) => {
  log.push(`-${title(value)}`);
});
event.listen(User.posts, 'bulkReplace', (_t, values) => {
  log.push(`=${values.map(title).join(',')}`);
});
event.listen(User.posts, 'initCollection', () => {
  log.push('init');
});

function posts(...titles: string[]): Post[] {
  return titles.map((t) => new Post({ title: t }));
}

/** The user's collection after `fn`, the events it fired, and its history as titles. */
function run(initial: string[], fn: (list: Post[], made: Post[]) => void) {
  const user = new User();
  const made = posts(...initial, 'x', 'y');
  user.posts.push(...made.slice(0, initial.length));
  inspect(user).commitAll();
  log.length = 0;
  fn(user.posts, made);
  const h = inspect(user).attrs.posts.history;
  return {
    list: user.posts.map(title),
    events: [...log],
    history: [h.added.map(title), h.unchanged.map(title), h.deleted.map(title)],
  };
}

describe('every mutator reports', () => {
  test('push / unshift', () => {
    expect(run(['a'], (l, m) => l.push(m[1]!, m[2]!))).toEqual({
      list: ['a', 'x', 'y'],
      events: ['+x', '+y'],
      history: [['x', 'y'], ['a'], []],
    });
    expect(run(['a'], (l, m) => l.unshift(m[1]!)).list).toEqual(['x', 'a']);
  });
  test('pop / shift', () => {
    expect(run(['a', 'b'], (l) => l.pop())).toEqual({
      list: ['a'],
      events: ['-b'],
      history: [[], ['a'], ['b']],
    });
    expect(run(['a', 'b'], (l) => l.shift()).events).toEqual(['-a']);
    expect(run([], (l) => l.pop()).events).toEqual([]);
  });
  test('splice', () => {
    expect(run(['a', 'b', 'c'], (l, m) => l.splice(1, 1, m[3]!))).toEqual({
      list: ['a', 'x', 'c'],
      events: ['+x', '-b'],
      history: [['x'], ['a', 'c'], ['b']],
    });
    expect(run(['a', 'b', 'c'], (l) => l.splice(1)).events).toEqual(['-b', '-c']);
    expect(run(['a', 'b', 'c'], (l) => l.splice(-1, 1)).list).toEqual(['a', 'b']);
  });
  test('index assignment, delete, length', () => {
    expect(
      run(['a', 'b'], (l, m) => {
        l[0] = m[2]!;
      }),
    ).toEqual({ list: ['x', 'b'], events: ['+x', '-a'], history: [['x'], ['b'], ['a']] });
    expect(
      run(['a', 'b', 'c'], (l) => {
        l.length = 1;
      }),
    ).toEqual({ list: ['a'], events: ['-b', '-c'], history: [[], ['a'], ['b', 'c']] });
  });
  test('fill and copyWithin replace members', () => {
    expect(run(['a', 'b'], (l, m) => l.fill(m[2]!, 1)).events).toEqual(['+x', '-b']);
    expect(run(['a', 'b', 'c'], (l) => l.copyWithin(0, 2)).list).toEqual(['c', 'b', 'c']);
  });
  test('sort and reverse change no membership: no events', () => {
    expect(run(['b', 'a'], (l) => l.sort((p, q) => title(p).localeCompare(title(q))))).toEqual({
      list: ['a', 'b'],
      events: [],
      history: [[], ['a', 'b'], []],
    });
    expect(run(['a', 'b'], (l) => l.reverse()).list).toEqual(['b', 'a']);
  });
  test('assignment replaces the collection', () => {
    const user = new User();
    const [a, b, c] = posts('a', 'b', 'c');
    user.posts = [a!, b!];
    inspect(user).commitAll();
    log.length = 0;
    user.posts = [b!, c!];
    expect(log).toEqual(['=b,c', '+c', '-a']);
    const h = inspect(user).attrs.posts.history;
    expect([h.added, h.unchanged, h.deleted]).toEqual([[c], [b], [a]]);
  });
});

describe('collections are arrays', () => {
  test('derived arrays are plain; Array.isArray; iteration', () => {
    const user = new User();
    user.posts.push(...posts('a', 'b'));
    expect(Array.isArray(user.posts)).toBe(true);
    expect(user.posts).toBeInstanceOf(InstrumentedList);
    expect(user.posts.map(title)).not.toBeInstanceOf(InstrumentedList);
    expect(user.posts.filter(() => true)).not.toBeInstanceOf(InstrumentedList);
    expect([...user.posts].map(title)).toEqual(['a', 'b']);
    expect(user.posts.length).toBe(2);
    expect(user.posts).toBe(user.posts);
  });
  test('a new object fires initCollection once, on first read', () => {
    log.length = 0;
    const user = new User();
    void user.posts;
    void user.posts;
    expect(log).toEqual(['init']);
  });
  test('an old collection stops reporting once replaced', () => {
    const user = new User();
    const old = user.posts;
    user.posts = [];
    log.length = 0;
    old.push(new Post({ title: 'z' }));
    expect(log).toEqual([]);
    expect(user.posts).toEqual([]);
  });
  test('assigning something that is not an array', () => {
    const user = new User();
    expect(() => {
      user.posts = null as never;
    }).toThrow(new ArgumentError('User.posts must be assigned an array, got null'));
  });
  test('replacing an unloaded collection of a persistent object needs it loaded first', () => {
    const mapper = inspect(User);
    const user = mapper.newInstance();
    inspect(user).loadValues({ id: 1 });
    inspect(user).setIdentity(mapper.identityKeyFromPrimaryKey([1]));
    inspect(user).attach({ loadAttributes: async () => {} });
    expect(() => {
      user.posts = [];
    }).toThrow(
      new UnloadedAttributeError(
        'Assigning User.posts replaces a collection that is not loaded, and the members it replaces must be known. Load it first: await user.awaitableAttrs.posts, or select(User).options(selectinload(User.posts))',
      ),
    );
  });
});

describe('relationship-side helpers', () => {
  test('append/remove with an initiator, as @retort/relationships syncs the other side', () => {
    const user = new User();
    const [a] = posts('a');
    const impl = inspect(User).relationships.get('posts')!.impl;
    const initiator = { key: 'author', op: 'set' as const, impl: {} };
    const seen: unknown[] = [];
    const fn = (_t: object, _v: Post, init: unknown) => {
      seen.push(init);
    };
    event.listen(User.posts, 'append', fn);
    (impl as import('../index').CollectionAttributeImpl).append(inspect(user), a!, initiator);
    expect(user.posts).toEqual([a]);
    expect(seen).toEqual([initiator]);
    (impl as import('../index').CollectionAttributeImpl).remove(inspect(user), a!, initiator);
    expect(user.posts).toEqual([]);
    event.remove(User.posts, 'append', fn);
  });
});
