// MySQLCompiler output that depends on the server the dialect connected to (MySQL 5.7, MySQL 8,
// MariaDB), as SQLAlchemy 2.0.52 renders it once initialize() has read the server version.
import { Column, Integer, MetaData, String, select, Table } from '@retort/core';
import { describe, expect, it } from 'vitest';
import { insert } from './index';
import { MySQLDialect } from './mysql-dialect';

const md = new MetaData();
const users = Table('users', md, Column('id', Integer, { primaryKey: true }), Column('name', String(50)));

/** A dialect as initialize() leaves it for this server. */
function server(version: readonly number[], isMariaDB: boolean): MySQLDialect {
  const dialect = new MySQLDialect();
  dialect.serverVersionInfo = version;
  dialect.isMariaDB = isMariaDB;
  return dialect;
}

const servers = {
  'MySQL 5.7': server([5, 7, 40], false),
  'MySQL 8.0.0': server([8, 0, 0], false),
  'MySQL 8.0.30': server([8, 0, 30], false),
  'MariaDB 10.11': server([10, 11, 6], true),
};
type ServerName = keyof typeof servers;

function sqlOn(name: ServerName, stmt: { compile(o: { dialect: MySQLDialect }): { sql: string } }): string {
  return stmt.compile({ dialect: servers[name] }).sql;
}

describe('MySQLCompiler by server version', () => {
  it('ON DUPLICATE KEY UPDATE: VALUES(col) before MySQL 8.0.20 and on MariaDB, the row alias after', () => {
    const stmt = insert(users).values({ id: 1, name: 'a' });
    const upsert = stmt.onDuplicateKeyUpdate({ name: stmt.inserted.name });
    const valuesForm =
      'INSERT INTO users (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)';
    expect(sqlOn('MySQL 5.7', upsert)).toBe(valuesForm);
    expect(sqlOn('MariaDB 10.11', upsert)).toBe(valuesForm);
    expect(sqlOn('MySQL 8.0.30', upsert)).toBe(
      'INSERT INTO users (id, name) VALUES (?, ?) AS new ON DUPLICATE KEY UPDATE name = new.name',
    );
  });

  it('{ read: true } is FOR SHARE from MySQL 8.0.1, LOCK IN SHARE MODE before and on MariaDB', () => {
    const read = select(users.c.id).withForUpdate({ read: true });
    expect(sqlOn('MySQL 8.0.30', read)).toBe('SELECT users.id \nFROM users FOR SHARE');
    expect(sqlOn('MySQL 8.0.0', read)).toBe('SELECT users.id \nFROM users LOCK IN SHARE MODE');
    expect(sqlOn('MariaDB 10.11', read)).toBe('SELECT users.id \nFROM users LOCK IN SHARE MODE');
    const nowaitOf = select(users.c.id).withForUpdate({ read: true, nowait: true, of: [users.c.id] });
    expect(sqlOn('MySQL 8.0.30', nowaitOf)).toBe('SELECT users.id \nFROM users FOR SHARE OF users NOWAIT');
    expect(sqlOn('MySQL 8.0.0', nowaitOf)).toBe(
      'SELECT users.id \nFROM users LOCK IN SHARE MODE OF users NOWAIT',
    );
    expect(sqlOn('MariaDB 10.11', nowaitOf)).toBe('SELECT users.id \nFROM users LOCK IN SHARE MODE NOWAIT');
  });

  it('FOR UPDATE OF only on MySQL 8', () => {
    const stmt = select(users.c.id).withForUpdate({ of: [users], skipLocked: true });
    expect(sqlOn('MySQL 8.0.30', stmt)).toBe('SELECT users.id \nFROM users FOR UPDATE OF users SKIP LOCKED');
    expect(sqlOn('MySQL 5.7', stmt)).toBe('SELECT users.id \nFROM users FOR UPDATE SKIP LOCKED');
    expect(sqlOn('MariaDB 10.11', stmt)).toBe('SELECT users.id \nFROM users FOR UPDATE SKIP LOCKED');
  });

  it('regexpMatch with flags: REGEXP_LIKE on MySQL, an inline (?flags) on MariaDB', () => {
    const stmt = select(users.c.id).where(users.c.name.regexpMatch('^a', 'i'));
    expect(sqlOn('MySQL 8.0.30', stmt)).toBe(
      "SELECT users.id \nFROM users \nWHERE REGEXP_LIKE(users.name, ?, 'i')",
    );
    expect(sqlOn('MariaDB 10.11', stmt)).toBe(
      "SELECT users.id \nFROM users \nWHERE users.name REGEXP CONCAT('(?', 'i', ')', ?)",
    );
  });
});
