// The identity map: one object per (class, primary key), composite keys, and the weak
// referencing of SQLAlchemy's WeakInstanceDict (unmodified objects can be garbage collected,
// modified ones are held until flushed). Garbage collection is triggered through V8's gc().
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Integer, InvalidRequestError, String } from '@retort/core';
import { describe, expect, test } from 'vitest';
import { DeclarativeBase, IdentityKey, IdentityMap, inspect, mappedColumn } from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  username: mappedColumn(String(50)),
}) {}

class Enrollment extends Base.table('enrollments', {
  student_id: mappedColumn(Integer, { primaryKey: true }),
  course_id: mappedColumn(Integer, { primaryKey: true }),
  grade: mappedColumn(String(2), { nullable: true }),
}) {}

/** A loaded object in `map`, as the Session puts one there. */
function loadUser(map: IdentityMap, id: number, username = `user${id}`): User {
  const mapper = inspect(User);
  const user = mapper.newInstance();
  const state = inspect(user);
  state.loadValues({ id, username });
  state.setIdentity(mapper.identityKeyFromPrimaryKey([id]));
  map.add(state);
  return user;
}

/** Creates the object in a frame of its own so that nothing here keeps it alive. */
function loadAndForget(map: IdentityMap, id: number, modify = false): IdentityKey {
  const user = loadUser(map, id);
  if (modify) user.username = 'changed';
  return inspect(user).key as IdentityKey;
}

function usernameOf(map: IdentityMap, key: IdentityKey): string | undefined {
  return (map.get(key) as User | undefined)?.username;
}

/** What a flush does to a written object: its changes become committed. */
function flush(map: IdentityMap, key: IdentityKey): void {
  map.getState(key)?.commitAll();
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects garbage until `done()` or gives up. Each round starts a new turn before collecting:
 * probing the map dereferences its WeakRefs, which keeps their objects alive until the turn ends.
 */
async function collectUntil(done: () => boolean, rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
    if (done()) return;
  }
}

describe('identity map', () => {
  test('one object per key', () => {
    const map = new IdentityMap();
    const user = loadUser(map, 1);
    const key = inspect(User).identityKeyFromPrimaryKey([1]);
    expect(map.get(key)).toBe(user);
    expect(map.has(key)).toBe(true);
    expect(map.has(inspect(User).identityKeyFromPrimaryKey([2]))).toBe(false);
    expect(map.size).toBe(1);
    map.add(inspect(user));
    expect(map.size).toBe(1);
  });

  test('another object with the same key is refused', () => {
    const map = new IdentityMap();
    loadUser(map, 1);
    const other = new User({ id: 1, username: 'x' });
    const state = inspect(other);
    state.setIdentity(inspect(User).identityKeyFromInstance(other)!);
    expect(() => map.add(state)).toThrow(
      new InvalidRequestError(
        "Can't attach instance <User (1)>; another instance with key (User, (1,), None) is already present in this session.",
      ),
    );
    const replaced = map.replace(state);
    expect(replaced?.identity).toEqual([1]);
    expect(map.get(state.key!)).toBe(other);
  });

  test('composite keys', () => {
    const map = new IdentityMap();
    const mapper = inspect(Enrollment);
    const e = mapper.newInstance();
    inspect(e).loadValues({ student_id: 1, course_id: 2, grade: 'A' });
    inspect(e).setIdentity(mapper.identityKeyFromInstance(e)!);
    map.add(inspect(e));
    expect(map.get(mapper.identityKeyFromPrimaryKey([1, 2]))).toBe(e);
    expect(map.get(mapper.identityKeyFromPrimaryKey([2, 1]))).toBeUndefined();
    expect(`${inspect(e).key}`).toBe('(Enrollment, (1, 2), None)');
    expect(() => mapper.identityKeyFromPrimaryKey([1])).toThrow(
      'Enrollment has a primary key of 2 column(s) (student_id, course_id); got 1 value(s)',
    );
  });

  test('keys of one column, composite keys and tokens never collide', () => {
    const mapper = inspect(User);
    const key = (values: unknown[], token?: string) => new IdentityKey(mapper, values, token);
    const keys = [
      key([1]),
      key(['1']),
      key([1n]),
      key([true]),
      key(['\u0000n1']),
      key([new Date(1)]),
      key([new Uint8Array([1])]),
      key([1], 'shard'),
      key([1, 2]),
      key(['1|n2']),
    ];
    expect(new Set(keys.map((k) => k.mapKey)).size).toBe(keys.length);
    expect(new Set(keys.map((k) => k.hash)).size).toBe(keys.length);
    expect(key([new Date(5)]).equals(key([new Date(5)]))).toBe(true);
    expect(key([1]).equals(key([1], 'shard'))).toBe(false);
    expect(key([1]).hash).toBe('n1');
    expect(key([1]).mapKey).toBe(1);
    expect(key(['a'], 'shard').hash).toBe('s1:a#shard');
    expect(() => key([Number.NaN])).toThrow("primary key value NaN for column 'id' cannot identify a row");
  });

  test('keys tell types apart and refuse null', () => {
    const mapper = inspect(User);
    expect(mapper.identityKeyFromPrimaryKey([1]).hash).not.toBe(mapper.identityKeyFromPrimaryKey(['1']).hash);
    expect(mapper.identityKeyFromPrimaryKey([1]).equals(mapper.identityKeyFromPrimaryKey([1]))).toBe(true);
    expect(() => mapper.identityKeyFromPrimaryKey([null])).toThrow(
      "User: primary key value null for column 'id' cannot identify a row; primary keys must be numbers, bigints, strings, booleans, Dates or bytes and never null",
    );
  });

  test('modified states are listed for the flush', () => {
    const map = new IdentityMap();
    const a = loadUser(map, 1);
    loadUser(map, 2);
    a.username = 'changed';
    expect(map.modifiedStates()).toEqual([inspect(a)]);
    inspect(a).commitAll();
    expect(map.modifiedStates()).toEqual([]);
    map.discard(inspect(a));
    expect(map.size).toBe(1);
    expect(map.states().map((s) => s.identity)).toEqual([[2]]);
    map.clear();
    expect(map.size).toBe(0);
  });
});

describe('weak references', () => {
  test('an unmodified object nothing else refers to is collected', async () => {
    const map = new IdentityMap();
    const key = loadAndForget(map, 1);
    await collectUntil(() => map.size === 0);
    expect(map.size).toBe(0);
    expect(map.get(key)).toBeUndefined();
  });

  test('entries of collected objects are swept as the map grows, without waiting for the GC to report them', async () => {
    const map = new IdentityMap();
    const held: User[] = [];
    for (let id = 1; id <= 3000; id++) {
      if (id % 1000 === 0) held.push(loadUser(map, id));
      else loadAndForget(map, id);
      // Loading in turns of 500 lets the collector take what the previous turns let go.
      if (id % 500 === 0) await collectUntil(() => true, 1);
    }
    // The table itself (size sweeps first): it stayed far below the 3000 objects loaded.
    expect(map.tableFor(inspect(User)).size).toBeLessThan(2048);
    await collectUntil(() => map.size === held.length);
    expect(map.size).toBe(3);
    expect(held.map((u) => map.get(inspect(u).key as IdentityKey))).toEqual(held);
  });

  test('a modified object is held until its changes are flushed', async () => {
    const map = new IdentityMap();
    const key = loadAndForget(map, 1, true);
    await collectUntil(() => false, 5);
    expect(usernameOf(map, key)).toBe('changed');
    flush(map, key);
    await collectUntil(() => map.size === 0);
    expect(map.size).toBe(0);
  });
});
