import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import {
  Boolean,
  createEngine,
  DateTime,
  type Engine,
  ForeignKey,
  Integer,
  String,
  select,
} from '@retort/core';
import { DeclarativeBase, DetachedInstanceError, mappedColumn, Session, sessionmaker } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { recordStatements, type StatementRecorder } from './fixtures/statements.fixture';
import { joinedload, NPlusOneError, relationship, selectinload } from './index';

// Seed 001's models and its "N+1 Query Problem" / "Session State Issues" examples, and the N+1
// detector (beyond SQLAlchemy) that reports the pattern.
class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(100)),
  email: mappedColumn(String(255), { unique: true }),
  is_active: mappedColumn(Boolean, { default: true }),
  created_at: mappedColumn(DateTime, { default: () => new globalThis.Date(), nullable: true }),
  messages: relationship.many(() => Message, { backPopulates: 'user' }),
}) {
  override toString(): string {
    return `<User(id=${this.id}, name='${this.name_}')>`;
  }
}

class Message extends Base.table('messages', {
  id: mappedColumn(Integer, { primaryKey: true }),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  content: mappedColumn(String(500)),
  created_at: mappedColumn(DateTime, { default: () => new globalThis.Date(), nullable: true }),
  user: relationship.one(() => User, { backPopulates: 'messages' }),
}) {}

describeDialects('seed 001: N+1 queries, joinedload, and the N+1 detector', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeAll(async () => {
    engine = createEngine(db.url);
    await Base.metadata.dropAll(engine);
    await Base.metadata.createAll(engine);
    const session = new Session(engine);
    for (const name of ['ann', 'ben', 'cat']) {
      const user = new User({ name_: name, email: `${name}@example.com` });
      user.messages.push(
        new Message({ content: `hi from ${name}` }),
        new Message({ content: `bye from ${name}` }),
      );
      session.add(user);
    }
    await session.commit();
    await session.close();
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  test('lazy loading in a loop: 1 query for users + N for their messages', async () => {
    const session = new Session(engine);
    sent.clear();
    const users = (await session.execute(select(User))).scalars().all();
    const counts: number[] = [];
    for (const user of users) counts.push((await user.awaitableAttrs.messages).length);
    expect(counts).toEqual([2, 2, 2]);
    expect(sent.take().length).toBe(1 + users.length);
    await session.close();
  });

  test('joinedload(User.messages): 1 query', async () => {
    const session = new Session(engine);
    sent.clear();
    const users = (await session.execute(select(User).options(joinedload(User.messages))))
      .unique()
      .scalars()
      .all();
    expect(users.map((u) => u.messages.length)).toEqual([2, 2, 2]);
    expect(sent.take().length).toBe(1);
    await session.close();
  });

  test('nPlusOne: "warn" reports the second sibling lazy load, naming the relationship and the fix', async () => {
    const warnings: string[] = [];
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation((warning: string | Error) => {
      warnings.push(typeof warning === 'string' ? warning : warning.message);
    });
    try {
      const session = new Session(engine, { nPlusOne: 'warn' });
      const users = (await session.execute(select(User))).scalars().all();
      for (const user of users) await user.awaitableAttrs.messages;
      expect(warnings).toEqual([
        'N+1 queries: User.messages is lazy-loaded one User at a time for the User objects of one query (2 so far, one SELECT each). Load it for all of them with the query: select(User).options(selectinload(User.messages))',
      ]);
      await session.close();
    } finally {
      spy.mockRestore();
    }
  });

  test('nPlusOne: "raise" refuses the second lazy load; eager loading or single objects are fine', async () => {
    const Strict = sessionmaker(engine, { nPlusOne: 'raise' });
    const session = Strict();
    const users = (await session.execute(select(User).orderBy(User.id))).scalars().all();
    await (users[0] as User).awaitableAttrs.messages;
    await expect((users[1] as User).awaitableAttrs.messages).rejects.toThrow(NPlusOneError);
    await expect((users[1] as User).awaitableAttrs.messages).rejects.toThrow(
      'Load it for all of them with the query: select(User).options(selectinload(User.messages))',
    );
    const eager = (await session.execute(select(User).options(selectinload(User.messages)))).scalars().all();
    expect(eager.map((u) => u.messages.length)).toEqual([2, 2, 2]);
    const one = (await session.execute(select(Message).where(Message.id.eq(1)))).scalarOne();
    expect((await one.awaitableAttrs.user).name_).toBe('ann');
    await session.close();
  });

  test('a detached object cannot lazy load (seed 001 "Session State Issues")', async () => {
    const session = new Session(engine);
    const user = (await session.get(User, 1)) as User;
    await session.close();
    expect(() => user.messages).toThrow(DetachedInstanceError);
    expect(() => user.messages).toThrow(
      "Parent instance <User (1)> is not bound to a Session; lazy load operation of attribute 'messages' cannot proceed. Load it before the Session closes: select(User).options(selectinload(User.messages))",
    );
  });
});
