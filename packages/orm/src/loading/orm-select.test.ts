// ORM-enabled selects through the Session: objects from the identity map (one per row),
// populateExisting, rows of attributes keyed by attribute name, entity tuples, aliased entities,
// outer joins giving null, deferred columns, and streaming that keeps memory bounded.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ForeignKey, func, Integer, insert, String, select, Text } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { ormDatabase, q } from '../../test/orm-database';
import {
  aliased,
  DeclarativeBase,
  defer,
  inspect,
  mappedColumn,
  Session,
  UnloadedAttributeError,
  undefer,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  email: mappedColumn(String(100), { nullable: true }),
  bio: mappedColumn(Text, { nullable: true, deferred: true }),
}) {}

class Address extends Base.table('addresses', {
  id: mappedColumn(Integer, { primaryKey: true }),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  email: mappedColumn(String(100)),
}) {}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describeDialects('ORM-enabled select', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  async function seed(engine: import('@retort/core').Engine): Promise<void> {
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__), [
        { id: 1, name: 'alice', email: 'a@x', bio: 'likes SQL' },
        { id: 2, name: 'bob', email: 'b@x', bio: null },
      ]);
      await conn.execute(insert(Address.__table__), [
        { id: 1, user_id: 1, email: 'alice@home' },
        { id: 2, user_id: 1, email: 'alice@work' },
      ]);
    });
  }

  test('select(User): one object per row, taken from the identity map the second time', async () => {
    const { engine, echo } = await orm.engine();
    await seed(engine);
    await using session = new Session(engine);
    const first = (await session.scalars(select(User).orderBy(User.id))).all();
    expect(first.map((u) => u.name_)).toEqual(['alice', 'bob']);
    expect(first.every((u) => inspect(u).persistent)).toBe(true);
    first[0]!.name_ = 'changed locally';
    const again = (await session.scalars(select(User).where(User.id.eq(1)).options())).one();
    expect(again).toBe(first[0]);
    expect(again.name_).toBe('changed locally'); // autoflushed before the query, as SQLAlchemy does
    await session.rollback();
    const fresh = (
      await session.execute(select(User).where(User.id.eq(2)), undefined, {
        executionOptions: { populateExisting: true },
      })
    ).scalarOne();
    expect(fresh).toBe(first[1]);
    const messages = echo.take();
    expect(messages).toContain(
      q(db, 'SELECT users.id, users.name, users.email \nFROM users ORDER BY users.id'),
    );
  });

  test('populateExisting overwrites pending changes with the row', async () => {
    const { engine } = await orm.engine();
    await seed(engine);
    await using session = new Session(engine, { autoflush: false });
    const user = (await session.get(User, 1)) as User;
    user.name_ = 'local';
    await session.execute(select(User).where(User.id.eq(1)));
    expect(user.name_).toBe('local');
    await session.execute(select(User).where(User.id.eq(1)).executionOptions({ populateExisting: true }));
    expect(user.name_).toBe('alice');
    expect(session.isModified(user)).toBe(false);
  });

  test('select(User.name_, User.email): rows keyed by attribute names; select(User, Address) tuples', async () => {
    const { engine } = await orm.engine();
    await seed(engine);
    await using session = new Session(engine);
    const rows = (await session.execute(select(User.name_, User.email).orderBy(User.id))).all();
    expect(rows.map((r) => [...r])).toEqual([
      ['alice', 'a@x'],
      ['bob', 'b@x'],
    ]);
    expect(rows[0]?.name_).toBe('alice');
    expect(rows[0]?._fields).toEqual(['name_', 'email']);
    const pairs = (
      await session.execute(
        select(User, Address).join(Address, Address.user_id.eq(User.id)).orderBy(Address.id),
      )
    ).all();
    expect(pairs.map(([u, a]) => [u.name_, a.email])).toEqual([
      ['alice', 'alice@home'],
      ['alice', 'alice@work'],
    ]);
    expect(pairs[0]?.[0]).toBe(pairs[1]?.[0]);
    expect(pairs[0]?._fields).toEqual(['User', 'Address']);
    const outer = (
      await session.execute(
        select(User, Address).outerjoin(Address, Address.user_id.eq(User.id)).orderBy(User.id, Address.id),
      )
    ).all();
    expect(outer.map(([u, a]) => [u.name_, a?.email ?? null])).toEqual([
      ['alice', 'alice@home'],
      ['alice', 'alice@work'],
      ['bob', null],
    ]);
    expect(outer[2]?.[1]).toBeNull();
    const counted = (
      await session.execute(
        select(User.name_, func.count(Address.id).label('n'))
          .outerjoin(Address, Address.user_id.eq(User.id))
          .groupBy(User.name_)
          .orderBy(User.name_),
      )
    ).all();
    expect(counted.map((r) => [r.name_, Number(r.n)])).toEqual([
      ['alice', 2],
      ['bob', 0],
    ]);
    expect(counted[0]?._fields).toEqual(['name_', 'n']);
  });

  test('aliased(): self-joins give objects of the same class, keyed by the alias name', async () => {
    const { engine } = await orm.engine();
    await seed(engine);
    await using session = new Session(engine);
    const other = aliased(User, { name: 'other' });
    const rows = (
      await session.execute(select(User, other).join(other, other.id.ne(User.id)).orderBy(User.id))
    ).all();
    expect(rows.map(([a, b]) => [a.name_, b.name_])).toEqual([
      ['alice', 'bob'],
      ['bob', 'alice'],
    ]);
    expect(rows[0]?._fields).toEqual(['User', 'other']);
    expect(rows[0]?.[1]).toBe(rows[1]?.[0]);
    expect(rows[1]?.[1]).toBeInstanceOf(User);
  });

  test('deferred columns load on await (or with undefer); unique() drops repeated objects', async () => {
    const { engine, echo } = await orm.engine();
    await seed(engine);
    await using session = new Session(engine);
    const user = (await session.scalars(select(User).where(User.id.eq(1)))).one();
    expect(() => user.bio).toThrow(UnloadedAttributeError);
    echo.clear();
    expect(await user.awaitableAttrs.bio).toBe('likes SQL');
    expect(echo.take()).toEqual([
      q(db, 'SELECT users.bio AS users_bio \nFROM users \nWHERE users.id = ?'),
      expect.stringMatching(/\] \(1,\)$/),
    ]);
    const bob = (await session.scalars(select(User).where(User.id.eq(2)).options(undefer(User.bio)))).one();
    expect(bob.bio).toBeNull();
    const lean = (await session.scalars(select(User).options(defer(User.email)).where(User.id.eq(1)))).one();
    expect(lean).toBe(user);
    const users = (await session.execute(select(User).join(Address, Address.user_id.eq(User.id))))
      .scalars()
      .unique()
      .all();
    expect(users).toEqual([user]);
  });

  test('stream(): objects arrive batch by batch and unmodified ones are let go', async () => {
    const { engine } = await orm.engine();
    const rows = Array.from({ length: 6000 }, (_, i) => ({ id: i + 1, name: `u${i}`, email: null }));
    await engine.begin(async (conn) => {
      await conn.execute(insert(User.__table__), rows);
    });
    await using session = new Session(engine);
    const result = await session.stream(select(User).orderBy(User.id), undefined, {
      executionOptions: { yieldPer: 500 },
    });
    let count = 0;
    let last = 0;
    const held: number[] = [];
    for await (const user of result.scalars()) {
      count++;
      last = user.id;
      // Mid-stream the map holds the batches in flight, not every object streamed so far.
      if (count % 1000 === 750) {
        gc();
        held.push(session.identityMap.size);
      }
    }
    expect([count, last]).toEqual([6000, 6000]);
    expect(Math.max(...held)).toBeLessThan(3000);
    expect(held.at(-1)).toBeLessThanOrEqual(1000);
    // Probing the map keeps what it dereferences alive until the turn ends: collect in a new turn.
    for (let i = 0; i < 50; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
      if (session.identityMap.size <= 100) break;
    }
    expect(session.identityMap.size).toBeLessThan(100);
    expect(session.dirty.size).toBe(0);
  });
});
