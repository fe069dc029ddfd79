// Type tests of the Session: typed results of ORM-enabled selects, get/merge/scalars, typed
// events, and the compile errors for wrong attribute values and missing constructor keys.
import { event, ForeignKey, func, Integer, String, select } from '@retort/core';
import { describe, expectTypeOf, test } from 'vitest';
import {
  DeclarativeBase,
  mappedColumn,
  type OrmExecuteState,
  Session,
  type SessionMaker,
  sessionmaker,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  email: mappedColumn(String(100), { nullable: true }),
}) {}

class Address extends Base.table('addresses', {
  id: mappedColumn(Integer, { primaryKey: true }),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  email: mappedColumn(String(100)),
}) {}

declare const session: Session;

describe('Session results', () => {
  test('get, getOne, merge', async () => {
    expectTypeOf(await session.get(User, 1)).toEqualTypeOf<User | undefined>();
    expectTypeOf(await session.getOne(User, 1)).toEqualTypeOf<User>();
    expectTypeOf(await session.merge(new User({ name_: 'a' }))).toEqualTypeOf<User>();
  });

  test('select(User) rows hold Users; scalars() gives them', async () => {
    const result = await session.execute(select(User));
    expectTypeOf(result.scalars().all()).toEqualTypeOf<User[]>();
    expectTypeOf(result.all()[0]?.[0]).toEqualTypeOf<User | undefined>();
    expectTypeOf((await session.scalars(select(User))).all()).toEqualTypeOf<User[]>();
    expectTypeOf(await session.scalar(select(func.count(User.id)))).toEqualTypeOf<number | undefined>();
  });

  test('attribute rows are named after the attributes; entity tuples keep their classes', async () => {
    const rows = (await session.execute(select(User.name_, User.email))).all();
    expectTypeOf(rows[0]!.name_).toEqualTypeOf<string>();
    expectTypeOf(rows[0]!.email).toEqualTypeOf<string | null>();
    const [user, address] = (await session.execute(select(User, Address))).one();
    expectTypeOf(user).toEqualTypeOf<User>();
    expectTypeOf(address).toEqualTypeOf<Address>();
  });
});

describe('bad input is a compile error', () => {
  test('wrong-typed attributes and missing constructor keys', () => {
    // @ts-expect-error name_ is a string
    new User({ name_: 5 });
    // @ts-expect-error name_ is required (NOT NULL, no default)
    new User({ email: 'x' });
    const user = new User({ name_: 'a' });
    // @ts-expect-error email is string | null
    user.email = 5;
    // @ts-expect-error the attribute does not exist
    void user.nickname;
    // @ts-expect-error comparing a string column with a number
    select(User).where(User.name_.eq(5));
  });
});

describe('sessionmaker and events', () => {
  test('the factory makes Sessions', () => {
    const SessionLocal = sessionmaker({ expireOnCommit: false });
    expectTypeOf(SessionLocal).toEqualTypeOf<SessionMaker<Session>>();
    expectTypeOf(SessionLocal()).toEqualTypeOf<Session>();
    expectTypeOf(SessionLocal.begin(async (s) => s.hashKey)).toEqualTypeOf<Promise<number>>();
  });

  test('event names and listener arguments are typed', () => {
    event.listen(Session, 'beforeCommit', (s) => {
      expectTypeOf(s).toEqualTypeOf<Session>();
    });
    event.listen(Session, 'doOrmExecute', (state) => {
      expectTypeOf(state).toEqualTypeOf<OrmExecuteState>();
    });
    event.listen(User, 'beforeInsert', (_mapper, _connection, target) => {
      expectTypeOf(target.name_).toEqualTypeOf<string>();
    });
    // @ts-expect-error no such session event
    event.listen(Session, 'beforeCommitt', () => undefined);
  });
});
