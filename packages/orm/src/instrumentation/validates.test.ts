// validates() and attribute events, against SQLAlchemy 2.0.52's behaviour for the same steps.
import { ArgumentError, event, ForeignKey, Integer, InvalidRequestError, String } from '@retort/core';
import { describe, expect, test } from 'vitest';
import {
  type AttributeEventToken,
  DeclarativeBase,
  mappedColumn,
  NO_VALUE,
  relationship,
  validates,
} from '../index';

class Base extends DeclarativeBase {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  email: mappedColumn(String(50)),
  addresses: relationship.many(() => Address, { backPopulates: 'user' }),
}) {
  static {
    validates(User, 'email', (_user, _key, value) => {
      if (!value.includes('@')) throw new RangeError(`bad email '${value}'`);
      return value.toLowerCase();
    });
    validates(
      User,
      'addresses',
      (_user, key, address, isRemove) => {
        validated.push(`${key} ${address.email} ${isRemove}`);
        return address;
      },
      { includeRemoves: true },
    );
  }
}

class Address extends Base.table('addresses', {
  id: mappedColumn(Integer, { primaryKey: true }),
  email: mappedColumn(String(50)),
  user_id: mappedColumn(Integer, ForeignKey('users.id')),
  user: relationship.one(() => User, { backPopulates: 'addresses', nullable: true }),
}) {}

const validated: string[] = [];

describe('validates()', () => {
  test('runs on constructor values and assignments, and its return value is stored', () => {
    const user = new User({ email: 'A@B.C' });
    expect(user.email).toBe('a@b.c');
    user.email = 'X@Y';
    expect(user.email).toBe('x@y');
    // ValueError: bad email 'nope'
    expect(() => {
      user.email = 'nope';
    }).toThrow("bad email 'nope'");
    expect(user.email).toBe('x@y');
    expect(() => new User({ email: 'nope' })).toThrow(RangeError);
  });

  test('collections: appends, and removes with includeRemoves', () => {
    const user = new User({ email: 'a@b' });
    const address = new Address({ email: 'a1' });
    validated.length = 0;
    user.addresses.push(address);
    user.addresses.splice(0, 1);
    // validate addresses a1 False / validate addresses a1 True
    expect(validated).toEqual(['addresses a1 false', 'addresses a1 true']);
  });

  test('one validator per attribute, and only mapped attributes', () => {
    // InvalidRequestError: A validation function for mapped attribute 'email' on mapper Mapper[X(x)] already exists.
    expect(() => validates(User, 'email', (_u, _k, v) => v)).toThrow(
      new InvalidRequestError(
        "A validation function for mapped attribute 'email' on mapper Mapper[User(users)] already exists.",
      ),
    );
    expect(() => validates(User, 'nope' as 'email', (_u, _k, v) => v)).toThrow(
      new ArgumentError("validates(): User has no mapped attribute 'nope'"),
    );
  });
});

describe('attribute events', () => {
  test('set gets the value, the old value (NO_VALUE when none) and the initiator', () => {
    const seen: [unknown, unknown, string][] = [];
    const listener = (_target: object, value: string, old: unknown, initiator: AttributeEventToken) => {
      seen.push([value, old, initiator.op]);
    };
    event.listen(Address.email, 'set', listener);
    const address = new Address({ email: 'one' });
    address.email = 'two';
    expect(seen).toEqual([
      ['one', NO_VALUE, 'set'],
      ['two', 'one', 'set'],
    ]);
    event.remove(Address.email, 'set', listener);
  });

  test('retval listeners replace the value; once listeners run once', () => {
    const upper = (_t: object, value: string) => value.toUpperCase();
    event.listen(Address.email, 'set', upper, { retval: true, once: true });
    const address = new Address({ email: 'shout' });
    address.email = 'quiet';
    expect(address.email).toBe('quiet');
    expect(new Address({ email: 'x' }).email).toBe('x');
  });

  test('scalar relationships fire set; collections append and remove', () => {
    const log: string[] = [];
    const onSet = (_t: object, value: User | null) => {
      log.push(`author=${value?.email}`);
    };
    event.listen(Address.user, 'set', onSet);
    const user = new User({ email: 'u@x' });
    const address = new Address({ email: 'a', user });
    address.user = null;
    expect(log).toEqual(['author=u@x', 'author=undefined']);
    event.remove(Address.user, 'set', onSet);
  });

  test('an unknown event name is refused', () => {
    expect(() => event.listen(User.email, 'append' as 'set', () => {})).toThrow(
      "No such event 'append'; this target has: set, modified",
    );
  });
});
