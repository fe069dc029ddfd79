import { describe, expect, it } from 'vitest';
import { ArgumentError, makeUrl, URL } from '../index';

// Expected values recorded from SQLAlchemy 2.0.52 (make_url, URL.create, render_as_string).
describe('URL', () => {
  it('URL.create escapes special characters in the password and hides it when rendered', () => {
    const url = URL.create({
      drivername: 'postgresql+pg',
      username: 'user',
      password: 'p@ss:word!',
      host: 'localhost',
      port: 5432,
      database: 'mydb',
      query: { sslmode: 'require' },
    });
    expect(url.toString()).toBe('postgresql+pg://user:***@localhost:5432/mydb?sslmode=require');
    expect(url.render({ hidePassword: false })).toBe(
      'postgresql+pg://user:p%40ss%3Aword%21@localhost:5432/mydb?sslmode=require',
    );
    expect(makeUrl(url.render({ hidePassword: false })).password).toBe('p@ss:word!');
  });

  it.each([
    ['sqlite://', 'sqlite', null, null, null, null, null],
    ['sqlite:///:memory:', 'sqlite', null, null, null, null, ':memory:'],
    ['sqlite:///rel.db', 'sqlite', null, null, null, null, 'rel.db'],
    ['sqlite:////abs/x.db', 'sqlite', null, null, null, null, '/abs/x.db'],
    ['mysql+mysql2://root@[::1]:3306/db', 'mysql+mysql2', 'root', null, '::1', 3306, 'db'],
    ['postgresql://h', 'postgresql', null, null, 'h', null, null],
    ['postgresql://u@h:5432', 'postgresql', 'u', null, 'h', 5432, null],
    ['postgresql://us%2Fer:pa%20ss+w@h/d b', 'postgresql', 'us/er', 'pa ss+w', 'h', null, 'd b'],
  ])('parses %s', (text, drivername, username, password, host, port, database) => {
    const url = makeUrl(text);
    expect({ ...url }).toMatchObject({ drivername, username, password, host, port, database });
    expect(url.render({ hidePassword: false })).toBe(text.replace('pa%20ss', 'pa ss'));
  });

  it('keeps repeated query keys as a list, and names backend and driver', () => {
    const url = makeUrl('postgresql+pg://u:p%40x@h/db?a=1&a=2&b=3');
    expect(url.query).toEqual({ a: ['1', '2'], b: '3' });
    expect(url.password).toBe('p@x');
    expect(url.getBackendName()).toBe('postgresql');
    expect(url.getDriverName()).toBe('pg');
    expect(makeUrl('sqlite://').getDriverName()).toBeUndefined();
    expect(url.render({ hidePassword: false })).toBe('postgresql+pg://u:p%40x@h/db?a=1&a=2&b=3');
  });

  it('set() returns a new URL with the parts replaced', () => {
    const url = makeUrl('postgresql://u:p@h/db');
    const other = url.set({ database: 'other', port: 1 });
    expect(other.toString()).toBe('postgresql://u:***@h:1/other');
    expect(url.toString()).toBe('postgresql://u:***@h/db');
    expect(url.password).toBe('p');
    expect(URL.create({ drivername: 'sqlite', database: ':memory:' }).toString()).toBe('sqlite:///:memory:');
    expect(URL.create({ drivername: 'sqlite', database: '/abs/x.db' }).toString()).toBe(
      'sqlite:////abs/x.db',
    );
  });

  it.each(['notaurl', '://x', 'foo'])('rejects the malformed URL %s', (text) => {
    expect(() => makeUrl(text)).toThrow(ArgumentError);
    expect(() => makeUrl(text)).toThrow(/Could not parse a database URL from/);
  });

  it('rejects a port that is not a number', () => {
    expect(() => makeUrl('postgresql://h:abc/db')).toThrow(/the port 'abc' is not a number/);
    expect(() => URL.create({ drivername: 'postgresql', port: -1 })).toThrow(ArgumentError);
  });
});
