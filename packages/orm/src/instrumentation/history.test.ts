// History semantics, recorded from SQLAlchemy 2.0.52 (the same steps on the same models, printing
// `inspect(obj).attrs.x.history`); see the expected values beside each step.
import { ForeignKey, Integer, JSON, String, Text } from '@retort/core';
import { describe, expect, test } from 'vitest';
import {
  DeclarativeBase,
  flagModified,
  History,
  inspect,
  isModified,
  mappedColumn,
  relationship,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  username: mappedColumn(String(50)),
  bio: mappedColumn(Text, { nullable: true }),
  data: mappedColumn(JSON<Record<string, number>>(), { nullable: true }),
  posts: relationship.many(() => Post, { backPopulates: 'author' }),
}) {}

class Post extends Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  author_id: mappedColumn(Integer, ForeignKey('users.id')),
  author: relationship.one(() => User, { backPopulates: 'posts' }),
}) {}

/** SQLAlchemy allows `User()` with no arguments; the type requires username, so the tests cast. */
const newUser = (values: Partial<User> = {}) => new User(values as { username: string });
const authorHistory = (post: Post) => inspect(post).attrs.author.history;
const h = (obj: User, key: 'username' | 'bio' | 'data' | 'posts') => inspect(obj).attrs[key].history;
const lists = (hist: History) => [hist.added, hist.unchanged, hist.deleted];

/** A persistent-looking User with loaded values, as the Session builds one from a row. */
function loaded(
  values: { id: number; username: string; bio: string | null; data: Record<string, number> | null },
  posts: Post[] = [],
): User {
  const mapper = inspect(User);
  const user = mapper.newInstance();
  const state = inspect(user);
  state.loadValues({ ...values, posts });
  state.setIdentity(mapper.identityKeyFromPrimaryKey([values.id]));
  return user;
}

describe('scalar history', () => {
  test('a transient object: unset, read, set twice', () => {
    const u = newUser();
    // History(added=(), unchanged=(), deleted=()) None History(added=(), unchanged=(), deleted=())
    expect(lists(h(u, 'username'))).toEqual([[], [], []]);
    expect(u.username).toBeNull();
    expect(lists(h(u, 'username'))).toEqual([[], [], []]);
    u.username = 'a';
    // History(added=['a'], unchanged=(), deleted=())
    expect(lists(h(u, 'username'))).toEqual([['a'], [], []]);
    u.username = 'b';
    // History(added=['b'], unchanged=(), deleted=())
    expect(lists(h(u, 'username'))).toEqual([['b'], [], []]);
    u.bio = null;
    // History(added=[None], unchanged=(), deleted=())
    expect(lists(h(u, 'bio'))).toEqual([[null], [], []]);
  });

  test('after a flush the value is unchanged; changing it records the old one', () => {
    const u = newUser({ username: 'b' });
    inspect(u).commitAll();
    // after flush: History(added=(), unchanged=['b'], deleted=()), modified False
    expect(lists(h(u, 'username'))).toEqual([[], ['b'], []]);
    expect(inspect(u).modified).toBe(false);
    u.username = 'c';
    // changed: History(added=['c'], unchanged=(), deleted=['b']), modified True
    expect(lists(h(u, 'username'))).toEqual([['c'], [], ['b']]);
    expect(inspect(u).modified).toBe(true);
    u.username = 'b';
    // back: History(added=(), unchanged=['b'], deleted=()), modified True
    expect(lists(h(u, 'username'))).toEqual([[], ['b'], []]);
    expect(inspect(u).modified).toBe(true);
    expect(isModified(u)).toBe(false);
  });

  test('a loaded null replaced by a value', () => {
    const u = loaded({ id: 1, username: 'b', bio: null, data: null });
    expect(lists(h(u, 'data'))).toEqual([[], [null], []]);
    u.data = { a: 1 };
    // data: History(added=[{'a': 1}], unchanged=(), deleted=[None])
    expect(lists(h(u, 'data'))).toEqual([[{ a: 1 }], [], [null]]);
  });

  test('mutating JSON in place is invisible until flagModified', () => {
    const u = loaded({ id: 1, username: 'b', bio: null, data: { a: 1 } });
    u.data!.b = 2;
    // mutated: History(added=(), unchanged=[{'a': 1, 'b': 2}], deleted=()), modified False
    expect(lists(h(u, 'data'))).toEqual([[], [{ a: 1, b: 2 }], []]);
    expect(inspect(u).modified).toBe(false);
    flagModified(u, 'data');
    // flagged: History(added=[{'a': 1, 'b': 2}], unchanged=(), deleted=()), modified True
    expect(lists(h(u, 'data'))).toEqual([[{ a: 1, b: 2 }], [], []]);
    expect(inspect(u).modified).toBe(true);
    expect(isModified(u)).toBe(true);
  });

  test('flagModified needs a loaded value', () => {
    const u = newUser();
    // InvalidRequestError: Can't flag attribute 'data' modified; it's not present in the object state
    expect(() => flagModified(u, 'data')).toThrow(
      "Can't flag attribute 'data' modified; it's not present in the object state",
    );
  });
});

describe('collection history', () => {
  test('a new object: the collection starts loaded and empty', () => {
    const u = newUser();
    // transient posts History(added=(), unchanged=(), deleted=()); [] History(added=(), unchanged=(), deleted=())
    expect(lists(h(u, 'posts'))).toEqual([[], [], []]);
    expect(u.posts).toEqual([]);
    expect(lists(h(u, 'posts'))).toEqual([[], [], []]);
    const p = new Post();
    u.posts.push(p);
    // History(added=[<Post>], unchanged=[], deleted=[])
    expect(lists(h(u, 'posts'))).toEqual([[p], [], []]);
    inspect(u).commitAll();
    // after flush: History(added=(), unchanged=[<Post>], deleted=())
    expect(lists(h(u, 'posts'))).toEqual([[], [p], []]);
  });

  test('append, remove and replace on a loaded collection', () => {
    const p = new Post();
    const u = loaded({ id: 1, username: 'b', bio: null, data: null }, [p]);
    const p2 = new Post();
    u.posts.push(p2);
    // posts2 History(added=[<p2>], unchanged=[<p>], deleted=[])
    expect(lists(h(u, 'posts'))).toEqual([[p2], [p], []]);
    u.posts.splice(u.posts.indexOf(p), 1);
    // posts3 History(added=[<p2>], unchanged=[], deleted=[<p>])
    expect(lists(h(u, 'posts'))).toEqual([[p2], [], [p]]);
    u.posts = [p];
    // posts4 History(added=[], unchanged=[<p>], deleted=[])
    expect(lists(h(u, 'posts'))).toEqual([[], [p], []]);
  });

  test('a scalar relationship on a new object', () => {
    const u = newUser();
    const p = new Post();
    p.author = u;
    // History(added=[<User>], unchanged=(), deleted=())
    expect(lists(authorHistory(p))).toEqual([[u], [], []]);
    const u2 = newUser();
    inspect(p).commitAll();
    p.author = u2;
    expect(lists(authorHistory(p))).toEqual([[u2], [], [u]]);
  });
});

describe('History', () => {
  test('helpers', () => {
    const hist = new History(['a'], ['b'], ['c']);
    expect(hist.hasChanges).toBe(true);
    expect(hist.nonDeleted).toEqual(['a', 'b']);
    expect(hist.nonAdded).toEqual(['b', 'c']);
    expect(hist.sum).toEqual(['a', 'b', 'c']);
    expect(hist.empty).toBe(false);
    expect(History.EMPTY.empty).toBe(true);
    expect(`${hist}`).toBe("History(added=['a'], unchanged=['b'], deleted=['c'])");
  });
});
