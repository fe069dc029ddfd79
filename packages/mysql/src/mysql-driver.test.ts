import { createServer, type Server } from 'node:net';
import {
  ArgumentError,
  DataError,
  IntegrityError,
  makeUrl,
  OperationalError,
  ProgrammingError,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectMySQL, formatMySQL, type MySQLDriverConnection } from './mysql-driver';
import { isMySQLDisconnect, mysqlConstraintName, translateMySQLError } from './mysql-errors';
import { mysqlConnectOptions } from './mysql-url';

const options = (url: string, connectArgs: Record<string, unknown> = {}, connectTimeout = 10) =>
  mysqlConnectOptions(makeUrl(url), { connectArgs, connectTimeout });

describe('mysqlConnectOptions', () => {
  it('reads mysql://, mysql+mysql2:// and mariadb+mysql2:// URLs with their options', () => {
    expect(
      options('mysql+mysql2://scott:ti%40ger@db.example:3307/app?charset=latin1&connect_timeout=2'),
    ).toEqual({
      host: 'db.example',
      port: 3307,
      user: 'scott',
      password: 'ti@ger',
      database: 'app',
      socketPath: undefined,
      connectTimeoutMs: 2000,
      charset: 'latin1',
      ssl: undefined,
      driverOptions: {},
    });
    expect(
      options('mariadb+mysql2://root@localhost?unix_socket=/run/mysqld/mysqld.sock', {}, 3),
    ).toMatchObject({
      port: 3306,
      database: undefined,
      socketPath: '/run/mysqld/mysqld.sock',
      connectTimeoutMs: 3000,
    });
    expect(options('mysql://u@h/d?ssl=true').ssl).toEqual({});
  });

  it('lets connectArgs win over the URL and hands other keys to mysql2', () => {
    expect(
      options('mysql://u:p@h/d?charset=latin1', {
        password: 'secret',
        charset: 'utf8mb4',
        flags: ['-FOUND_ROWS'],
      }),
    ).toMatchObject({
      password: 'secret',
      charset: 'utf8mb4',
      driverOptions: { flags: ['-FOUND_ROWS'] },
    });
  });

  it('rejects unknown options and bad timeouts with the fix', () => {
    expect(() => options('mysql://u@h/d?colour=red')).toThrow(ArgumentError);
    expect(() => options('mysql://u@h/d?colour=red')).toThrow(/Unknown MySQL URL option 'colour'/);
    expect(() => options('mysql://u@h/d?connect_timeout=-1')).toThrow(/positive number of seconds/);
  });
});

describe('formatMySQL', () => {
  const escape = (value: unknown) => (typeof value === 'string' ? `'${value}'` : globalThis.String(value));

  it('replaces placeholders but not question marks in strings, identifiers or comments', () => {
    expect(
      formatMySQL(
        "SELECT '?', `a?`, \"b?\", 'it''s ?', 'x\\'?' /* ? */ , ? -- ?\n, ? # ?\n",
        [1, 'z'],
        escape,
      ),
    ).toBe("SELECT '?', `a?`, \"b?\", 'it''s ?', 'x\\'?' /* ? */ , 1 -- ?\n, 'z' # ?\n");
  });

  it('counts placeholders against values', () => {
    expect(() => formatMySQL('SELECT ?, ?', [1], escape)).toThrow(
      /more \? placeholders than the 1 parameter/,
    );
    expect(() => formatMySQL('SELECT ?', [1, 2], escape)).toThrow(/2 parameters were given for 1/);
  });
});

describe('mysqlConstraintName', () => {
  it('reads keys and constraints out of MariaDB and MySQL messages', () => {
    expect(mysqlConstraintName(1062, "Duplicate entry 'a' for key 'uq_u'")).toBe('uq_u');
    expect(mysqlConstraintName(1062, "Duplicate entry 'a' for key 't.uq_u'")).toBe('uq_u');
    expect(
      mysqlConstraintName(
        1452,
        'Cannot add or update a child row: a foreign key constraint fails (`db`.`c`, CONSTRAINT `fk_p` FOREIGN KEY (`pid`) REFERENCES `t` (`id`))',
      ),
    ).toBe('fk_p');
    expect(mysqlConstraintName(4025, 'CONSTRAINT `ck_id` failed for `db`.`t`')).toBe('ck_id');
    expect(mysqlConstraintName(3819, "Check constraint 'ck_id' is violated.")).toBe('ck_id');
    expect(mysqlConstraintName(1048, "Column 'pid' cannot be null")).toBeUndefined();
  });
});

describeDialects(
  'mysql driver adapter',
  (db) => {
    let conn: MySQLDriverConnection;
    beforeAll(async () => {
      conn = await connectMySQL(options(db.url));
    });
    afterAll(async () => {
      await conn.close();
    });

    it('hands values over in the raw forms of the type processors contract', async () => {
      await conn.execute(
        `CREATE TABLE drv_types (i INT, si SMALLINT, big BIGINT, small_big BIGINT, n DECIMAL(10, 2), f DOUBLE,
          d DATE, dt DATETIME(6), t TIME(6), j JSON, b BIT(3), blob_ LONGBLOB, s VARCHAR(20), bool_ TINYINT(1))`,
        [],
      );
      await conn.execute(`INSERT INTO drv_types VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, b'101', ?, ?, ?)`, [
        1,
        2,
        '9007199254740993',
        '5',
        '1.50',
        2.5,
        '2024-01-02',
        '2024-01-02 03:04:05.123456',
        '03:04:05.5',
        '{"a": [1]}',
        Buffer.from([0, 255]),
        "it's ?",
        1,
      ]);
      const result = await conn.execute('SELECT * FROM drv_types', []);
      expect(result.rows).toEqual([
        [
          1,
          2,
          '9007199254740993',
          '5',
          '1.50',
          2.5,
          '2024-01-02',
          '2024-01-02 03:04:05.123456',
          '03:04:05.500000',
          '{"a": [1]}',
          Buffer.from([5]),
          Buffer.from([0, 255]),
          "it's ?",
          1,
        ],
      ]);
      expect(result.rowcount).toBe(1);
      expect(result.columns?.map((c) => c.name)).toEqual([
        'i',
        'si',
        'big',
        'small_big',
        'n',
        'f',
        'd',
        'dt',
        't',
        'j',
        'b',
        'blob_',
        's',
        'bool_',
      ]);
    });

    it('runs every session in UTC with utf8mb4', async () => {
      const result = await conn.execute(
        'SELECT @@session.time_zone, @@character_set_client, NOW() = UTC_TIMESTAMP()',
        [],
      );
      expect(result.rows).toEqual([['+00:00', 'utf8mb4', 1]]);
    });

    it('reports lastrowid, and matched (not changed) rows as the UPDATE rowcount', async () => {
      await conn.execute('CREATE TABLE drv_t (id INT PRIMARY KEY AUTO_INCREMENT, v INT)', []);
      const inserted = await conn.execute('INSERT INTO drv_t (v) VALUES (?), (?)', [1, 1]);
      expect(inserted).toEqual({ columns: undefined, rows: [], rowcount: 2, lastrowid: 1 });
      const updated = await conn.execute('UPDATE drv_t SET v = ?', [1]);
      expect(updated.rowcount).toBe(2);
      const ddl = await conn.execute('CREATE INDEX ix_drv_t_v ON drv_t (v)', []);
      expect(ddl.columns).toBeUndefined();
    });

    it('executeMany runs each parameter set, totals the rowcount and keeps the last row id', async () => {
      // An INSERT … VALUES is rewritten into one multi-row INSERT, so (as with PyMySQL 1.1:
      // executemany of 2 rows after ids 1-2 gives lastrowid 3) the id is that statement's first.
      const result = await conn.executeMany('INSERT INTO drv_t (v) VALUES (?)', [[10], [20]]);
      expect(result.rowcount).toBe(2);
      expect(result.lastrowid).toBe(3);
      const updated = await conn.executeMany('UPDATE drv_t SET v = v + 1 WHERE id = ?', [[3], [4], [99]]);
      expect(updated.rowcount).toBe(2);
    });

    it('mysql2 takes positional parameters only', async () => {
      await expect(conn.execute('SELECT ?', { a: 1 })).rejects.toThrow(/pass an array of values/);
    });

    it('streams a result in batches and can stop early, leaving the connection usable', async () => {
      const sql = 'SELECT seq, ? FROM seq_1_to_1000';
      const cursor = await conn.openCursor(sql, ['x']);
      expect(cursor.columns.map((c) => c.name)).toEqual(['seq', 'x']);
      expect(await cursor.fetch(2)).toEqual([
        ['1', 'x'],
        ['2', 'x'],
      ]);
      const next = await cursor.fetch(100);
      expect(next).toHaveLength(100);
      expect(next[0]).toEqual(['3', 'x']);
      await cursor.close();
      expect((await conn.execute('SELECT 1', [])).rows).toEqual([[1]]);
      const all = await conn.openCursor('SELECT seq FROM seq_1_to_5', []);
      expect(await all.fetch(10)).toEqual([['1'], ['2'], ['3'], ['4'], ['5']]);
      expect(await all.fetch(10)).toEqual([]);
      await all.close();
    });

    it('a streamed statement that fails rejects when opened', async () => {
      await expect(conn.openCursor('SELECT * FROM nosuch', [])).rejects.toMatchObject({ errno: 1146 });
      expect((await conn.execute('SELECT 2', [])).rows).toEqual([[2]]);
    });

    it('begin, commit and rollback', async () => {
      await conn.begin();
      await conn.execute('INSERT INTO drv_t (v) VALUES (100)', []);
      await conn.rollback();
      await conn.begin();
      await conn.execute('INSERT INTO drv_t (v) VALUES (200)', []);
      await conn.commit();
      expect((await conn.execute('SELECT v FROM drv_t WHERE v >= 100', [])).rows).toEqual([[200]]);
    });

    it('sets and reads isolation levels; AUTOCOMMIT sends no BEGIN', async () => {
      expect(await conn.getIsolationLevel()).toBe('REPEATABLE READ');
      await conn.setIsolationLevel('SERIALIZABLE');
      expect(await conn.getIsolationLevel()).toBe('SERIALIZABLE');
      await conn.setIsolationLevel('AUTOCOMMIT');
      expect(await conn.getIsolationLevel()).toBe('AUTOCOMMIT');
      await conn.begin();
      await conn.execute('INSERT INTO drv_t (v) VALUES (300)', []);
      await conn.rollback();
      expect((await conn.execute('SELECT count(*) FROM drv_t WHERE v = 300', [])).rows).toEqual([['1']]);
      await conn.setIsolationLevel('REPEATABLE READ');
    });

    it('runs with autocommit off, as PyMySQL: begin() sends nothing, the first statement opens the transaction', async () => {
      const other = await connectMySQL(options(db.url));
      try {
        const sent: string[] = [];
        const query = conn.raw.query.bind(conn.raw);
        conn.raw.query = ((...args: Parameters<typeof query>) => {
          sent.push(String((args[0] as { sql?: string }).sql ?? args[0]));
          return query(...args);
        }) as typeof query;
        await conn.begin();
        conn.raw.query = query;
        expect(sent).toEqual([]);
        await conn.execute('INSERT INTO drv_t (v) VALUES (400)', []);
        // Uncommitted: the other session does not see it, and a rollback takes it away.
        expect((await other.execute('SELECT count(*) FROM drv_t WHERE v = 400', [])).rows).toEqual([['0']]);
        await conn.rollback();
        expect((await conn.execute('SELECT count(*) FROM drv_t WHERE v = 400', [])).rows).toEqual([['0']]);
        await conn.rollback();
        // Back from AUTOCOMMIT, statements are transactional again.
        await conn.setIsolationLevel('AUTOCOMMIT');
        await conn.setIsolationLevel('REPEATABLE READ');
        await conn.execute('INSERT INTO drv_t (v) VALUES (500)', []);
        expect((await other.execute('SELECT count(*) FROM drv_t WHERE v = 500', [])).rows).toEqual([['0']]);
        await conn.commit();
        // The other session's own reads opened a REPEATABLE READ transaction: it sees the row once it ends it.
        expect((await other.execute('SELECT count(*) FROM drv_t WHERE v = 500', [])).rows).toEqual([['0']]);
        await other.rollback();
        expect((await other.execute('SELECT count(*) FROM drv_t WHERE v = 500', [])).rows).toEqual([['1']]);
      } finally {
        await other.close();
      }
    });

    it('knows the server from the handshake', () => {
      expect(conn.isMariaDB).toBe(true);
      expect(conn.serverVersionInfo[0]).toBeGreaterThanOrEqual(10);
      expect(conn.description).toMatch(/^<mysql2\.Connection #\d+>$/);
    });

    describe('errors', () => {
      beforeAll(async () => {
        await conn.execute(
          'CREATE TABLE drv_e (id INT PRIMARY KEY, u VARCHAR(3), n INT, CONSTRAINT uq_drv_e_u UNIQUE (u), CONSTRAINT ck_drv_e_n CHECK (n < 5))',
          [],
        );
        await conn.execute(
          'CREATE TABLE drv_c (id INT PRIMARY KEY, pid INT NOT NULL, CONSTRAINT fk_drv_c FOREIGN KEY (pid) REFERENCES drv_e (id))',
          [],
        );
        await conn.execute("INSERT INTO drv_e VALUES (1, 'a', 1)", []);
      });

      async function failure(sql: string, params: unknown[] = []) {
        const error = await conn.execute(sql, params).catch((e: unknown) => e);
        return translateMySQLError(error, { statement: sql, params });
      }

      it('translates duplicate keys to IntegrityError naming the key, as PyMySQL words it', async () => {
        const error = await failure('INSERT INTO drv_e VALUES (?, ?, ?)', [2, 'a', 1]);
        expect(error).toBeInstanceOf(IntegrityError);
        expect(error.message).toBe(
          `(mysql2.IntegrityError) (1062, "Duplicate entry 'a' for key 'uq_drv_e_u'")\n` +
            "[SQL: INSERT INTO drv_e VALUES (?, ?, ?)]\n[parameters: (2, 'a', 1)]",
        );
        expect(error).toMatchObject({
          constraintName: 'uq_drv_e_u',
          driverCode: 'ER_DUP_ENTRY',
          statement: 'INSERT INTO drv_e VALUES (?, ?, ?)',
          params: [2, 'a', 1],
          connectionInvalidated: false,
        });
        expect((await failure("INSERT INTO drv_e VALUES (1, 'b', 1)")).constraintName).toBe('PRIMARY');
      });

      it('translates foreign key, CHECK and NOT NULL violations', async () => {
        const fk = await failure('INSERT INTO drv_c VALUES (1, 99)');
        expect(fk).toBeInstanceOf(IntegrityError);
        expect(fk.constraintName).toBe('fk_drv_c');
        const check = await failure("INSERT INTO drv_e VALUES (5, 'e', 9)");
        expect(check).toBeInstanceOf(IntegrityError);
        expect(check.constraintName).toBe('ck_drv_e_n');
        const notNull = await failure('INSERT INTO drv_c VALUES (2, NULL)');
        expect(notNull).toBeInstanceOf(IntegrityError);
        expect(notNull.message.split('\n')[0]).toBe(
          `(mysql2.IntegrityError) (1048, "Column 'pid' cannot be null")`,
        );
      });

      it('translates data and programming errors like PyMySQL', async () => {
        const tooLong = await failure("INSERT INTO drv_e VALUES (6, 'long', 1)");
        expect(tooLong).toBeInstanceOf(DataError);
        expect(tooLong.message.split('\n')[0]).toBe(
          `(mysql2.DataError) (1406, "Data too long for column 'u' at row 1")`,
        );
        const syntax = await failure('SELEC 1');
        expect(syntax).toBeInstanceOf(ProgrammingError);
        expect(syntax.message).toMatch(
          /^\(mysql2\.ProgrammingError\) \(1064, "You have an error in your SQL syntax/,
        );
        expect(await failure('SELECT * FROM nosuch')).toBeInstanceOf(ProgrammingError);
        const unknownColumn = await failure('SELECT nocol FROM drv_e');
        expect(unknownColumn).toBeInstanceOf(OperationalError);
        expect(unknownColumn.connectionInvalidated).toBe(false);
      });
    });
  },
  { dialects: ['mysql'] },
);

describeDialects(
  'mysql driver adapter: lost connections and connect failures',
  (db) => {
    let killer: MySQLDriverConnection;
    let silent: Server | undefined;
    beforeAll(async () => {
      killer = await connectMySQL(options(db.url));
    });
    afterAll(async () => {
      await killer.close();
    });
    afterEach(() => {
      silent?.close();
      silent = undefined;
    });

    it('reports a connection killed while idle to its listener, without crashing', async () => {
      const victim = await connectMySQL(options(db.url));
      const seen = new Promise<unknown>((resolve) => victim.onIdleError(resolve));
      await killer.execute(`KILL ${victim.raw.threadId}`, []);
      expect(isMySQLDisconnect(await seen)).toBe(true);
      const next = await victim.ping().catch((e: unknown) => e);
      expect(isMySQLDisconnect(next)).toBe(true);
      const translated = translateMySQLError(next);
      expect(translated).toBeInstanceOf(OperationalError);
      expect(translated.connectionInvalidated).toBe(true);
      await victim.close();
      expect(victim.closed).toBe(true);
    });

    it('a query in flight on a killed connection fails as a disconnect', async () => {
      const victim = await connectMySQL(options(db.url));
      victim.onIdleError(() => undefined);
      const running = victim.execute('SELECT SLEEP(10)', []).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await killer.execute(`KILL ${victim.raw.threadId}`, []);
      const error = translateMySQLError(await running);
      expect(error).toBeInstanceOf(OperationalError);
      expect(error.connectionInvalidated).toBe(true);
      expect(error.message).toMatch(/^\(mysql2\.OperationalError\) \(2013, /);
      await victim.close();
    });

    it('wrong credentials fail with an OperationalError', async () => {
      const error = await connectMySQL({ ...options(db.url), user: 'no_such_user_retort' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(OperationalError);
      expect((error as Error).message).toMatch(
        /^\(mysql2\.OperationalError\) \(\d{4}, "Access denied for user 'no_such_user_retort'@'[^']+'/,
      );
    });

    it('an unreachable port fails with an OperationalError', async () => {
      const error = await connectMySQL({ ...options(db.url), port: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OperationalError);
      expect((error as Error).message).toBe(
        `(mysql2.OperationalError) (2003, "Can't connect to MySQL server on '127.0.0.1' (connect ECONNREFUSED 127.0.0.1:1)")`,
      );
    });

    it('a server that never answers fails within the connect timeout', async () => {
      silent = createServer(() => undefined);
      await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
      const address = silent.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const error = await connectMySQL({ ...options(db.url), port, connectTimeoutMs: 200 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(OperationalError);
      expect((error as Error).message).toMatch(/\(timed out\)"\)$/);
    });
  },
  { dialects: ['mysql'] },
);
