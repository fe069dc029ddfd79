// Object states and expiry, driven the way the Session (phase 2) will drive them; the expected
// state flags are SQLAlchemy 2.0.52's after the same steps (transient → pending → persistent →
// deleted → detached). `TestSession` stands in for the Session: it loads attributes from rows.
import { formatWithOptions } from 'node:util';
import { inspect as coreInspect, ForeignKey, Integer, String, Text } from '@retort/core';
import { describe, expect, test } from 'vitest';
import {
  DeclarativeBase,
  DetachedInstanceError,
  IdentityMap,
  INSTANCE_STATE,
  type InstanceState,
  inspect,
  instanceStateOf,
  mappedColumn,
  NoInspectionAvailable,
  relationship,
  type SessionHandle,
  UnloadedAttributeError,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  username: mappedColumn(String(50)),
  bio: mappedColumn(Text, { nullable: true, deferred: true }),
  posts: relationship.many(() => Post, { backPopulates: 'author' }),
}) {}

class Post extends Base.table('posts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  title: mappedColumn(String(100)),
  author_id: mappedColumn(Integer, ForeignKey('users.id')),
  author: relationship.one(() => User, { backPopulates: 'posts' }),
}) {}

/** Loads attributes from in-memory rows, as the Session will with SELECTs. */
class TestSession implements SessionHandle {
  readonly identityMap = new IdentityMap();
  readonly loads: string[][] = [];
  constructor(private readonly rows: Record<string, Record<string, unknown>>) {}

  async loadAttributes(state: InstanceState, keys: readonly string[]): Promise<void> {
    this.loads.push([...keys]);
    const row = this.rows[`${state.mapper.className}:${state.identity?.join(',')}`] ?? {};
    state.loadValues(Object.fromEntries(keys.map((key) => [key, row[key]])));
  }

  /** What the Session does when it loads a row: a new instance with an identity, in the identity map. */
  load(values: { id: number; username: string }): User {
    const mapper = inspect(User);
    const user = mapper.newInstance();
    const state = inspect(user);
    state.loadValues(values);
    state.setIdentity(mapper.identityKeyFromPrimaryKey([values.id]));
    state.attach(this);
    this.identityMap.add(state);
    return user;
  }
}

const FLAGS = [
  'transient',
  'pending',
  'persistent',
  'deleted',
  'detached',
  'wasDeleted',
  'hasIdentity',
] as const;
const flags = (obj: object) => FLAGS.filter((flag) => inspect(obj)[flag]);

describe('object states', () => {
  test('transient → pending → persistent → deleted → detached', () => {
    const session = new TestSession({});
    const user = new User({ username: 'a' });
    const state = inspect(user);
    expect(flags(user)).toEqual(['transient']);
    expect(state.session).toBeUndefined();
    expect(state.key).toBeUndefined();

    state.attach(session);
    expect(flags(user)).toEqual(['pending']);

    // the INSERT ran and returned the key
    state.loadValues({ id: 7 });
    state.setIdentity(inspect(User).identityKeyFromInstance(user)!);
    state.commitAll();
    session.identityMap.add(state);
    // [('transient', False), ('pending', False), ('persistent', True), ('deleted', False), ('detached', False), ('was_deleted', False), ('has_identity', True)]
    expect(flags(user)).toEqual(['persistent', 'hasIdentity']);
    expect(state.session).toBe(session);
    expect(state.identity).toEqual([7]);
    expect(`${state.key}`).toBe('(User, (7,), None)');

    state.markDeleted();
    // after delete + flush: deleted True, was_deleted True
    expect(flags(user)).toEqual(['deleted', 'wasDeleted', 'hasIdentity']);

    state.detach();
    session.identityMap.discard(state);
    // after commit: detached True, was_deleted True
    expect(flags(user)).toEqual(['detached', 'wasDeleted', 'hasIdentity']);
  });

  test("inspect(): the ORM's objects, through the ORM's and core's inspect()", () => {
    const user = new User({ username: 'x' });
    expect(inspect(user)).toBe(inspect(user));
    expect(coreInspect(user)).toBe(inspect(user));
    expect(coreInspect(User)).toBe(inspect(User));
    class Plain {}
    expect(() => inspect(new Plain())).toThrow(
      new NoInspectionAvailable('No inspection system is available for Plain object'),
    );
    expect(() => inspect(Plain)).toThrow('No inspection system is available for class Plain');
  });

  test('the state link stays out of copies and reflection; INSTANCE_STATE still reads it', () => {
    const user = new User({ id: 1, username: 'x' });
    const state = inspect(user);
    expect((user as { [INSTANCE_STATE]?: unknown })[INSTANCE_STATE]).toBe(state);
    expect(instanceStateOf(user)).toBe(state);
    expect(Object.getOwnPropertySymbols(user)).toEqual([]);
    expect(Reflect.ownKeys(user)).toEqual([]);
    const copy = { ...user };
    expect(instanceStateOf(copy)).toBeUndefined();
    expect(instanceStateOf(Object.assign({}, user))).toBeUndefined();
    expect(instanceStateOf(Object.create(User.prototype))).toBeUndefined();
    expect(instanceStateOf(null)).toBeUndefined();
    expect(instanceStateOf(1)).toBeUndefined();
  });

  test('instances print their loaded attributes in Node', () => {
    const user = new User({ username: 'x' });
    void user.posts;
    expect(formatWithOptions({ colors: false }, '%O', user)).toBe(
      "User { username: 'x', posts: InstrumentedList(0) [] }",
    );
    expect(
      formatWithOptions({ colors: false }, '%O', new TestSession({}).load({ id: 1, username: 'a' })),
    ).toBe("User { id: 1, username: 'a' }");
  });

  test('mapper-level identity', () => {
    const user = new User({ id: 3, username: 'x' });
    expect(inspect(User).identityKeyFromInstance(user)?.identity).toEqual([3]);
    expect(inspect(User).primaryKeyFromInstance(new User({ username: 'y' }))).toBeUndefined();
    expect(`${inspect(User)}`).toBe('Mapper[User(users)]');
    expect(inspect(User).primaryKey.map((c) => c.name)).toEqual(['id']);
    expect(inspect(User).attributeKeys).toEqual(['id', 'username', 'bio', 'posts']);
    expect([...inspect(User).columnAttrs.keys()]).toEqual(['id', 'username', 'bio']);
    expect([...inspect(User).relationships.keys()]).toEqual(['posts']);
  });
});

describe('unloaded attributes: never a silent undefined', () => {
  test('a deferred column of a persistent object names both fixes', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    expect(inspect(user).unloaded).toEqual(new Set(['bio', 'posts']));
    expect(() => user.bio).toThrow(
      new UnloadedAttributeError(
        'User.bio is not loaded, and reading it needs SQL, which a property read cannot run. Either load it with the query: select(User).options(undefer(User.bio)), or await it: await user.awaitableAttrs.bio',
      ),
    );
  });

  test('an unloaded relationship names both fixes', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    expect(() => user.posts).toThrow(
      'User.posts is not loaded, and reading it needs SQL, which a property read cannot run. Either load it with the query: select(User).options(selectinload(User.posts)), or await it: await user.awaitableAttrs.posts',
    );
  });

  test('expired attributes', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    inspect(user).expire(['username']);
    expect(inspect(user).expiredAttributes).toEqual(new Set(['username']));
    expect(() => user.username).toThrow(
      'User.username is expired (by commit with expireOnCommit: true, session.expire() or a rollback), and reading it needs SQL, which a property read cannot run. Either reload it with await session.refresh(user), or await it: await user.awaitableAttrs.username',
    );
    user.username = 'b';
    expect(user.username).toBe('b');
    expect(inspect(user).expiredAttributes.size).toBe(0);
  });

  test('a detached object raises DetachedInstanceError, as SQLAlchemy does', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    inspect(user).detach();
    expect(() => user.posts).toThrow(DetachedInstanceError);
    expect(() => user.posts).toThrow(
      "Parent instance <User (1)> is not bound to a Session; lazy load operation of attribute 'posts' cannot proceed",
    );
    expect(() => user.bio).toThrow(
      'Instance <User (1)> is not bound to a Session; attribute refresh operation cannot proceed (User.bio is not loaded)',
    );
  });

  test('a new object reads unset columns as null and its collections as empty, also after flush', () => {
    const user = new User({ username: 'a' });
    expect(user.bio).toBeNull();
    const post = new Post({ title: 't' });
    expect(post.author).toBeNull();
    const session = new TestSession({});
    const state = inspect(user);
    state.attach(session);
    state.loadValues({ id: 5 });
    state.setIdentity(inspect(User).identityKeyFromInstance(user)!);
    state.commitAll();
    expect(user.posts).toEqual([]);
    user.posts.push(post);
    expect(user.posts).toEqual([post]);
    inspect(user).expire();
    expect(() => user.posts).toThrow(UnloadedAttributeError);
  });
});

describe('awaitableAttrs', () => {
  test('loaded values resolve without the Session', async () => {
    const user = new User({ username: 'a' });
    expect(await user.awaitableAttrs.username).toBe('a');
    expect(await user.awaitableAttrs.posts).toEqual([]);
    expect(await user.awaitableAttrs.bio).toBeNull();
  });

  test('unloaded ones load through the Session, once', async () => {
    const session = new TestSession({ 'User:1': { bio: 'hello' } });
    const user = session.load({ id: 1, username: 'a' });
    expect(await user.awaitableAttrs.bio).toBe('hello');
    expect(await user.awaitableAttrs.bio).toBe('hello');
    expect(user.bio).toBe('hello');
    expect(session.loads).toEqual([['bio']]);
    expect(inspect(user).attrs.bio.history.unchanged).toEqual(['hello']);
  });

  test('without a Session they reject with DetachedInstanceError', async () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    inspect(user).detach();
    await expect(user.awaitableAttrs.posts).rejects.toThrow(
      'Instance <User (1)> is not bound to a Session; attribute refresh operation cannot proceed (attributes: posts)',
    );
  });

  test('loadHistory() loads before computing history', async () => {
    const session = new TestSession({ 'User:1': { bio: 'x' } });
    const user = session.load({ id: 1, username: 'a' });
    expect(inspect(user).attrs.bio.history.empty).toBe(true);
    expect((await inspect(user).attrs.bio.loadHistory()).unchanged).toEqual(['x']);
  });
});

describe('expiry and history', () => {
  test('expire() forgets values and pending changes; set on an expired attribute needs no load', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    user.username = 'b';
    expect(inspect(user).modified).toBe(true);
    inspect(user).expire();
    expect(inspect(user).modified).toBe(false);
    expect(inspect(user).committedState.size).toBe(0);
    user.username = 'c';
    // no previous value known: History(added=['c'], unchanged=(), deleted=())
    expect(inspect(user).attrs.username.history.added).toEqual(['c']);
    expect(inspect(user).attrs.username.history.deleted).toEqual([]);
  });

  test('loadValues keeps pending changes unless told to overwrite', () => {
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    user.username = 'mine';
    inspect(user).loadValues({ username: 'theirs' });
    expect(user.username).toBe('mine');
    inspect(user).loadValues({ username: 'theirs' }, { overwrite: true });
    expect(user.username).toBe('theirs');
    expect(inspect(user).attrs.username.history.unchanged).toEqual(['theirs']);
  });

  test('the expire event', () => {
    const seen: (readonly string[] | undefined)[] = [];
    inspect(User).dispatch.listen('expire', (_target, keys) => seen.push(keys));
    const user = new TestSession({}).load({ id: 1, username: 'a' });
    inspect(user).expire(['username']);
    inspect(user).expire();
    expect(seen).toEqual([['username'], undefined]);
  });
});
