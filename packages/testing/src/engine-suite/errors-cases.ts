// Bad input and failing statements: each a typed error naming the cause (ROSETTA §8) — driver
// errors wrapped as DBAPIError subclasses with SQLAlchemy's message layout, the constraint name,
// `.orig`, `.statement`, `.params`; malformed URLs, unknown dialects and options; strings passed
// to execute(); connect failures; and a connection that stays usable after a failed statement.
import {
  ArgumentError,
  Column,
  createEngine,
  DBAPIError,
  Integer,
  IntegrityError,
  insert,
  MetaData,
  NoSuchModuleError,
  OperationalError,
  String,
  Table,
  text,
} from '@retort/core';
import { beforeAll, expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase, sqlFor } from './engine-fixture';

/** The constraint name each database reports for a violated UNIQUE on err_users.email. */
function uniqueName(dialect: SuiteDatabase['dialect']): string {
  switch (dialect) {
    case 'sqlite':
      return 'err_users.email';
    case 'pg':
      return 'err_users_email_key';
    case 'mysql':
      return 'email';
  }
}

export function errorsCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const users = new Table(
    'err_users',
    metadata,
    new Column('id', Integer, { primaryKey: true }),
    new Column('email', String(50), { unique: true }),
  );

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.dispose();
  });

  it('a unique violation is an IntegrityError with the constraint, the statement, the parameters and the driver error', async () => {
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    await conn.execute(insert(users).values({ id: 1, email: 'a@x' }));
    const error = await conn.execute(insert(users).values({ id: 2, email: 'a@x' })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IntegrityError);
    const integrity = error as IntegrityError;
    expect(integrity.constraintName).toBe(uniqueName(db.dialect));
    const statement = sqlFor(db.dialect, 'INSERT INTO err_users (id, email) VALUES (?, ?)');
    expect(integrity.statement).toBe(statement);
    expect(integrity.params).toEqual([2, 'a@x']);
    expect(integrity.orig).toBeInstanceOf(Error);
    expect(integrity.cause).toBe(integrity.orig);
    expect(integrity.message).toMatch(/^\([^)]+\) /);
    expect(integrity.message).toContain(`\n[SQL: ${statement}]\n[parameters: (2, 'a@x')]`);
    // The connection stays usable after rollback().
    await conn.rollback();
    expect((await conn.execute(text('SELECT 1'))).scalar()).toBe(1);
  });

  it('hideParameters keeps values out of error messages', async () => {
    const { engine } = makeEngine({ echo: false, hideParameters: true });
    await using conn = await engine.connect();
    await conn.execute(insert(users).values({ id: 1, email: 'secret@x' }));
    const error = (await conn
      .execute(insert(users).values({ id: 3, email: 'secret@x' }))
      .catch((e: unknown) => e)) as DBAPIError;
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain('[SQL parameters hidden due to hide_parameters=True]');
    // The parameters line is hidden; the database's own text may still quote the value (MariaDB's
    // "Duplicate entry 'secret@x'" does), as it does under SQLAlchemy.
    const parametersLine = error.message
      .split('\n')
      .find((line) => line.startsWith('[SQL parameters') || line.startsWith('[parameters'));
    expect(parametersLine).toBe('[SQL parameters hidden due to hide_parameters=True]');
  });

  it('SQL the database rejects is a DBAPIError subclass naming the database’s complaint', async () => {
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    const error = (await conn
      .execute(text('SELECT * FROM missing_table_x'))
      .catch((e: unknown) => e)) as DBAPIError;
    expect(error).toBeInstanceOf(DBAPIError);
    expect(error.message).toMatch(/missing_table_x/);
    expect(error.statement).toBe('SELECT * FROM missing_table_x');
  });

  it('execute() of a string says to use text() or execDriverSql()', async () => {
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    await expect(conn.execute('SELECT 1' as never)).rejects.toThrow(ArgumentError);
    await expect(conn.execute('SELECT 1' as never)).rejects.toThrow(
      /wrap SQL in text\(\), or use execDriverSql\(\)/,
    );
  });

  it('malformed URLs, unknown dialects and drivers, and unknown options fail before connecting', () => {
    expect(() => createEngine('not a url')).toThrow(ArgumentError);
    expect(() => createEngine('not a url')).toThrow(/Could not parse a database URL from 'not a url'/);
    expect(() => createEngine('oracle://scott:tiger@localhost/x')).toThrow(NoSuchModuleError);
    expect(() => createEngine('oracle://scott:tiger@localhost/x')).toThrow(/no dialect named 'oracle'/);
    const backend = db.url.split(':')[0] as string;
    expect(() => createEngine(db.url.replace(/^[^:]+/, `${backend}+psycopg2`))).toThrow(
      new RegExp(`The ${backend} dialect has no driver 'psycopg2'`),
    );
    expect(() => createEngine(db.url, { pool_size: 5 } as never)).toThrow(
      /Invalid argument\(s\) 'pool_size' sent to createEngine\(\)/,
    );
  });

  it('a database that cannot be reached or opened is an OperationalError, within connectTimeout', async () => {
    const url =
      db.dialect === 'sqlite'
        ? 'sqlite:////nonexistent-dir-retort/x.db'
        : db.dialect === 'pg'
          ? 'postgresql://postgres@10.255.255.1:5432/postgres'
          : 'mysql://root@10.255.255.1:3306/mysql';
    const engine = createEngine(url, { connectTimeout: 1 });
    try {
      await expect(engine.connect()).rejects.toThrow(OperationalError);
    } finally {
      await engine.dispose();
    }
  });

  it('wrong credentials are an OperationalError that says so', async () => {
    if (db.dialect === 'sqlite') return;
    const bad = db.url.replace(/^(\w+(?:\+\w+)?:\/\/)([^@/]*@)?/, '$1no_such_user_retort:wrong@');
    const engine = createEngine(bad, { connectTimeout: 5 });
    try {
      await expect(engine.connect()).rejects.toThrow(OperationalError);
      await expect(engine.connect()).rejects.toThrow(/no_such_user_retort|authentication|Access denied/i);
    } finally {
      await engine.dispose();
    }
  });
}
