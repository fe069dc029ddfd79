// INSERT, UPDATE and DELETE cases: VALUES and multi-VALUES, defaults, INSERT … SELECT, RETURNING,
// correlated values, multi-table forms per dialect, recorded from SQLAlchemy 2.0.52.
import {
  bindparam,
  delete as delete_,
  exists,
  func,
  insert,
  literalColumn,
  not,
  select,
  update,
} from '@retort/core';
import type { CompileCase } from './compile-case';
import { addresses, members, posts, users, widgets } from './fixtures';

export const DML_CASES: readonly CompileCase[] = [
  {
    name: 'insert: values',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => insert(users).values({ name: 'Alice', fullname: 'Alice Smith' }),
    expected: {
      default: {
        sql: 'INSERT INTO users (name, fullname) VALUES (:name, :fullname)',
        params: { name: 'Alice', fullname: 'Alice Smith' },
      },
      postgresql: {
        sql: 'INSERT INTO users (name, fullname) VALUES ($1, $2) RETURNING users.id',
        params: ['Alice', 'Alice Smith'],
        keys: ['id'],
      },
      mysql: { sql: 'INSERT INTO users (name, fullname) VALUES (?, ?)', params: ['Alice', 'Alice Smith'] },
      sqlite: { sql: 'INSERT INTO users (name, fullname) VALUES (?, ?)', params: ['Alice', 'Alice Smith'] },
    },
  },
  {
    name: 'insert: values given in another order render in table order',
    source: 'seed 002 "Inserting"',
    build: () => insert(members).values({ email: 'alice@example.com', name: 'Alice' }),
    expected: {
      default: {
        sql: 'INSERT INTO members (name, email) VALUES (:name, :email)',
        params: { name: 'Alice', email: 'alice@example.com' },
      },
      postgresql: {
        sql: 'INSERT INTO members (name, email) VALUES ($1, $2) RETURNING members.id',
        params: ['Alice', 'alice@example.com'],
        keys: ['id'],
      },
      mysql: {
        sql: 'INSERT INTO members (name, email) VALUES (?, ?)',
        params: ['Alice', 'alice@example.com'],
      },
      sqlite: {
        sql: 'INSERT INTO members (name, email) VALUES (?, ?)',
        params: ['Alice', 'alice@example.com'],
      },
    },
  },
  {
    name: 'insert: primary key given',
    build: () => insert(users).values({ id: 7, name: 'x' }),
    expected: {
      default: { sql: 'INSERT INTO users (id, name) VALUES (:id, :name)', params: { id: 7, name: 'x' } },
      postgresql: { sql: 'INSERT INTO users (id, name) VALUES ($1, $2)', params: [7, 'x'] },
      mysql: { sql: 'INSERT INTO users (id, name) VALUES (?, ?)', params: [7, 'x'] },
      sqlite: { sql: 'INSERT INTO users (id, name) VALUES (?, ?)', params: [7, 'x'] },
    },
  },
  {
    name: 'insert: multiple rows',
    source: 'seed 004 "Bulk inserts"',
    build: () =>
      insert(users).values([
        { name: 'a', fullname: 'A' },
        { name: 'b', fullname: 'B' },
      ]),
    expected: {
      default: {
        sql: 'INSERT INTO users (name, fullname) VALUES (:name_m0, :fullname_m0), (:name_m1, :fullname_m1)',
        params: { name_m0: 'a', fullname_m0: 'A', name_m1: 'b', fullname_m1: 'B' },
      },
      postgresql: {
        sql: 'INSERT INTO users (name, fullname) VALUES ($1, $2), ($3, $4)',
        params: ['a', 'A', 'b', 'B'],
      },
      mysql: {
        sql: 'INSERT INTO users (name, fullname) VALUES (?, ?), (?, ?)',
        params: ['a', 'A', 'b', 'B'],
      },
      sqlite: {
        sql: 'INSERT INTO users (name, fullname) VALUES (?, ?), (?, ?)',
        params: ['a', 'A', 'b', 'B'],
      },
    },
  },
  {
    name: 'insert: no values lists every column',
    build: () => insert(users),
    expected: {
      default: { sql: 'INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname)' },
      postgresql: { sql: 'INSERT INTO users (id, name, fullname) VALUES ($1, $2, $3)' },
      mysql: { sql: 'INSERT INTO users (id, name, fullname) VALUES (?, ?, ?)' },
      sqlite: { sql: 'INSERT INTO users (id, name, fullname) VALUES (?, ?, ?)' },
    },
  },
  {
    name: 'insert: columns from execution parameters',
    options: { columnKeys: ['name'] },
    build: () => insert(users),
    expected: {
      default: { sql: 'INSERT INTO users (name) VALUES (:name)' },
      postgresql: { sql: 'INSERT INTO users (name) VALUES ($1) RETURNING users.id', keys: ['id'] },
      mysql: { sql: 'INSERT INTO users (name) VALUES (?)' },
      sqlite: { sql: 'INSERT INTO users (name) VALUES (?)' },
    },
  },
  {
    name: 'insert: Python-side default and server default',
    deviation:
      "SQLAlchemy evaluates Python-side defaults at execution, so its compiled.params shows None; Retort's execution parameters hold the default's value",
    build: () => insert(widgets).values({ name: 'w' }),
    expected: {
      default: { sql: 'INSERT INTO widgets (name, qty) VALUES (:name, :qty)', params: { name: 'w', qty: 1 } },
      postgresql: {
        sql: 'INSERT INTO widgets (name, qty) VALUES ($1, $2) RETURNING widgets.id',
        params: ['w', 1],
        keys: ['id'],
      },
      mysql: { sql: 'INSERT INTO widgets (name, qty) VALUES (?, ?)', params: ['w', 1] },
      sqlite: { sql: 'INSERT INTO widgets (name, qty) VALUES (?, ?)', params: ['w', 1] },
    },
  },
  {
    name: 'insert: a SQL expression as a value',
    build: () => insert(users).values({ name: func.lower('X'), fullname: literalColumn("'t'") }),
    expected: {
      default: {
        sql: "INSERT INTO users (name, fullname) VALUES (lower(:lower_1), 't')",
        params: { lower_1: 'X' },
      },
      postgresql: {
        sql: "INSERT INTO users (name, fullname) VALUES (lower($1), 't') RETURNING users.id",
        params: ['X'],
        keys: ['id'],
      },
      mysql: { sql: "INSERT INTO users (name, fullname) VALUES (lower(?), 't')", params: ['X'] },
      sqlite: { sql: "INSERT INTO users (name, fullname) VALUES (lower(?), 't')", params: ['X'] },
    },
  },
  {
    name: 'insert: a scalar subquery as a value',
    build: () =>
      insert(addresses).values({
        user_id: select(users.c.id).where(users.c.name.eq('a')).scalarSubquery(),
        email: 'e',
      }),
    expected: {
      default: {
        sql: 'INSERT INTO addresses (user_id, email) VALUES ((SELECT users.id \nFROM users \nWHERE users.name = :name_1), :email)',
        params: { name_1: 'a', email: 'e' },
      },
      postgresql: {
        sql: 'INSERT INTO addresses (user_id, email) VALUES ((SELECT users.id \nFROM users \nWHERE users.name = $1), $2) RETURNING addresses.id',
        params: ['a', 'e'],
        keys: ['id'],
      },
      mysql: {
        sql: 'INSERT INTO addresses (user_id, email) VALUES ((SELECT users.id \nFROM users \nWHERE users.name = ?), ?)',
        params: ['a', 'e'],
      },
      sqlite: {
        sql: 'INSERT INTO addresses (user_id, email) VALUES ((SELECT users.id \nFROM users \nWHERE users.name = ?), ?)',
        params: ['a', 'e'],
      },
    },
  },
  {
    name: 'insert: from a select',
    build: () =>
      insert(addresses).fromSelect(
        ['user_id', 'email'],
        select(users.c.id, users.c.name.add('@example.com')).where(users.c.id.gt(5)),
      ),
    expected: {
      default: {
        sql: 'INSERT INTO addresses (user_id, email) SELECT users.id, users.name || :name_1 AS anon_1 \nFROM users \nWHERE users.id > :id_1',
        params: { name_1: '@example.com', id_1: 5 },
      },
      postgresql: {
        sql: 'INSERT INTO addresses (user_id, email) SELECT users.id, users.name || $1 AS anon_1 \nFROM users \nWHERE users.id > $2',
        params: ['@example.com', 5],
      },
      mysql: {
        sql: 'INSERT INTO addresses (user_id, email) SELECT users.id, concat(users.name, ?) AS anon_1 \nFROM users \nWHERE users.id > ?',
        params: ['@example.com', 5],
      },
      sqlite: {
        sql: 'INSERT INTO addresses (user_id, email) SELECT users.id, users.name || ? AS anon_1 \nFROM users \nWHERE users.id > ?',
        params: ['@example.com', 5],
      },
    },
  },
  {
    name: 'insert: returning',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () => insert(users).values({ name: 'x' }).returning(users.c.id, users.c.name),
    expected: {
      default: {
        sql: 'INSERT INTO users (name) VALUES (:name) RETURNING users.id, users.name',
        params: { name: 'x' },
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'INSERT INTO users (name) VALUES ($1) RETURNING users.id, users.name',
        params: ['x'],
        keys: ['id', 'name'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: {
        sql: 'INSERT INTO users (name) VALUES (?) RETURNING id, name',
        params: ['x'],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'insert: returning a whole table and an expression',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () => insert(users).values({ name: 'x' }).returning(users, users.c.id.mul(2).label('double')),
    expected: {
      default: {
        sql: 'INSERT INTO users (name) VALUES (:name) RETURNING users.id, users.name, users.fullname, users.id * :id_1 AS double',
        params: { name: 'x', id_1: 2 },
        keys: ['id', 'name', 'fullname', 'double'],
      },
      postgresql: {
        sql: 'INSERT INTO users (name) VALUES ($1) RETURNING users.id, users.name, users.fullname, users.id * $2 AS double',
        params: ['x', 2],
        keys: ['id', 'name', 'fullname', 'double'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: {
        sql: 'INSERT INTO users (name) VALUES (?) RETURNING id, name, fullname, id * ? AS double',
        params: ['x', 2],
        keys: ['id', 'name', 'fullname', 'double'],
      },
    },
  },
  {
    name: 'insert: multiple rows returning',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () =>
      insert(users)
        .values([{ name: 'a' }, { name: 'b' }])
        .returning(users.c.id),
    expected: {
      default: {
        sql: 'INSERT INTO users (name) VALUES (:name_m0), (:name_m1) RETURNING users.id',
        params: { name_m0: 'a', name_m1: 'b' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'INSERT INTO users (name) VALUES ($1), ($2) RETURNING users.id',
        params: ['a', 'b'],
        keys: ['id'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: {
        sql: 'INSERT INTO users (name) VALUES (?), (?) RETURNING id',
        params: ['a', 'b'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'insert: default values',
    build: () => insert(posts).values({}),
    expected: {
      default: { sql: 'INSERT INTO posts () VALUES ()', params: {} },
      postgresql: { sql: 'INSERT INTO posts DEFAULT VALUES RETURNING posts.id', params: [], keys: ['id'] },
      mysql: { sql: 'INSERT INTO posts () VALUES ()', params: [] },
      sqlite: { sql: 'INSERT INTO posts DEFAULT VALUES', params: [] },
    },
  },
  {
    name: 'insert: with a CTE',
    build: () => {
      return (() => {
        const c = select(users.c.id, users.c.name).cte('c');
        return insert(addresses).fromSelect(['user_id', 'email'], select(c.c.id, c.c.name));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users)\n INSERT INTO addresses (user_id, email) SELECT c.id, c.name \nFROM c',
        params: {},
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users)\n INSERT INTO addresses (user_id, email) SELECT c.id, c.name \nFROM c',
        params: [],
      },
      mysql: {
        sql: 'INSERT INTO addresses (user_id, email) WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users)\n SELECT c.id, c.name \nFROM c',
        params: [],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users)\n INSERT INTO addresses (user_id, email) SELECT c.id, c.name \nFROM c',
        params: [],
      },
    },
  },
  {
    name: 'insert: prefix',
    build: () => insert(users).values({ name: 'x' }).prefixWith('OR IGNORE'),
    expected: {
      default: { sql: 'INSERT OR IGNORE INTO users (name) VALUES (:name)', params: { name: 'x' } },
      postgresql: {
        sql: 'INSERT OR IGNORE INTO users (name) VALUES ($1) RETURNING users.id',
        params: ['x'],
        keys: ['id'],
      },
      mysql: { sql: 'INSERT OR IGNORE INTO users (name) VALUES (?)', params: ['x'] },
      sqlite: { sql: 'INSERT OR IGNORE INTO users (name) VALUES (?)', params: ['x'] },
    },
  },
  {
    name: 'update: where and values',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => update(users).where(users.c.id.eq(1)).values({ name: 'Bob' }),
    expected: {
      default: {
        sql: 'UPDATE users SET name=:name WHERE users.id = :id_1',
        params: { name: 'Bob', id_1: 1 },
      },
      postgresql: { sql: 'UPDATE users SET name=$1 WHERE users.id = $2', params: ['Bob', 1] },
      mysql: { sql: 'UPDATE users SET name=? WHERE users.id = ?', params: ['Bob', 1] },
      sqlite: { sql: 'UPDATE users SET name=? WHERE users.id = ?', params: ['Bob', 1] },
    },
  },
  {
    name: 'update: two values, set in table order',
    source: 'seed 004 "Updating and deleting"',
    build: () => update(members).where(members.c.name.eq('Bob')).values({ city: 'SF', age: 31 }),
    expected: {
      default: {
        sql: 'UPDATE members SET age=:age, city=:city WHERE members.name = :name_1',
        params: { age: 31, city: 'SF', name_1: 'Bob' },
      },
      postgresql: {
        sql: 'UPDATE members SET age=$1, city=$2 WHERE members.name = $3',
        params: [31, 'SF', 'Bob'],
      },
      mysql: { sql: 'UPDATE members SET age=?, city=? WHERE members.name = ?', params: [31, 'SF', 'Bob'] },
      sqlite: { sql: 'UPDATE members SET age=?, city=? WHERE members.name = ?', params: [31, 'SF', 'Bob'] },
    },
  },
  {
    name: 'update: without WHERE',
    build: () => update(members).values({ active: true }),
    expected: {
      default: { sql: 'UPDATE members SET active=:active', params: { active: true } },
      postgresql: { sql: 'UPDATE members SET active=$1', params: [true] },
      mysql: { sql: 'UPDATE members SET active=?', params: [1] },
      sqlite: { sql: 'UPDATE members SET active=?', params: [1] },
    },
  },
  {
    name: 'update: an expression of the column',
    build: () =>
      update(posts)
        .values({ views: posts.c.views.add(1) })
        .where(posts.c.id.eq(5)),
    expected: {
      default: {
        sql: 'UPDATE posts SET views=(posts.views + :views_1) WHERE posts.id = :id_1',
        params: { views_1: 1, id_1: 5 },
      },
      postgresql: { sql: 'UPDATE posts SET views=(posts.views + $1) WHERE posts.id = $2', params: [1, 5] },
      mysql: { sql: 'UPDATE posts SET views=(posts.views + ?) WHERE posts.id = ?', params: [1, 5] },
      sqlite: { sql: 'UPDATE posts SET views=(posts.views + ?) WHERE posts.id = ?', params: [1, 5] },
    },
  },
  {
    name: 'update: onupdate default',
    deviation:
      "SQLAlchemy evaluates Python-side defaults at execution, so its compiled.params shows None; Retort's execution parameters hold the default's value",
    build: () => update(widgets).values({ name: 'n' }).where(widgets.c.id.eq(1)),
    expected: {
      default: {
        sql: 'UPDATE widgets SET name=:name, version=:version WHERE widgets.id = :id_1',
        params: { name: 'n', version: 5, id_1: 1 },
      },
      postgresql: {
        sql: 'UPDATE widgets SET name=$1, version=$2 WHERE widgets.id = $3',
        params: ['n', 5, 1],
      },
      mysql: { sql: 'UPDATE widgets SET name=?, version=? WHERE widgets.id = ?', params: ['n', 5, 1] },
      sqlite: { sql: 'UPDATE widgets SET name=?, version=? WHERE widgets.id = ?', params: ['n', 5, 1] },
    },
  },
  {
    name: 'update: no values lists every column',
    build: () => update(users).where(users.c.id.eq(2)),
    expected: {
      default: { sql: 'UPDATE users SET id=:id, name=:name, fullname=:fullname WHERE users.id = :id_1' },
      postgresql: { sql: 'UPDATE users SET id=$1, name=$2, fullname=$3 WHERE users.id = $4' },
      mysql: { sql: 'UPDATE users SET id=?, name=?, fullname=? WHERE users.id = ?' },
      sqlite: { sql: 'UPDATE users SET id=?, name=?, fullname=? WHERE users.id = ?' },
    },
  },
  {
    name: 'update: columns from execution parameters',
    options: { columnKeys: ['name'] },
    build: () => update(users).where(users.c.id.eq(2)),
    expected: {
      default: { sql: 'UPDATE users SET name=:name WHERE users.id = :id_1' },
      postgresql: { sql: 'UPDATE users SET name=$1 WHERE users.id = $2' },
      mysql: { sql: 'UPDATE users SET name=? WHERE users.id = ?' },
      sqlite: { sql: 'UPDATE users SET name=? WHERE users.id = ?' },
    },
  },
  {
    name: 'update: correlated subquery as the value',
    build: () =>
      update(users).values({
        fullname: select(addresses.c.email).where(addresses.c.user_id.eq(users.c.id)).scalarSubquery(),
      }),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=(SELECT addresses.email \nFROM addresses \nWHERE addresses.user_id = users.id)',
        params: {},
      },
      postgresql: {
        sql: 'UPDATE users SET fullname=(SELECT addresses.email \nFROM addresses \nWHERE addresses.user_id = users.id)',
        params: [],
      },
      mysql: {
        sql: 'UPDATE users SET fullname=(SELECT addresses.email \nFROM addresses \nWHERE addresses.user_id = users.id)',
        params: [],
      },
      sqlite: {
        sql: 'UPDATE users SET fullname=(SELECT addresses.email \nFROM addresses \nWHERE addresses.user_id = users.id)',
        params: [],
      },
    },
  },
  {
    name: 'update: multi-table',
    build: () =>
      update(users)
        .values({ name: 'x' })
        .where(users.c.id.eq(addresses.c.user_id), addresses.c.email.eq('e')),
    expected: {
      default: {
        sql: 'UPDATE users SET name=:name FROM addresses WHERE users.id = addresses.user_id AND addresses.email = :email_1',
        params: { name: 'x', email_1: 'e' },
      },
      postgresql: {
        sql: 'UPDATE users SET name=$1 FROM addresses WHERE users.id = addresses.user_id AND addresses.email = $2',
        params: ['x', 'e'],
      },
      mysql: {
        sql: 'UPDATE users, addresses SET users.name=? WHERE users.id = addresses.user_id AND addresses.email = ?',
        params: ['x', 'e'],
      },
      sqlite: {
        sql: 'UPDATE users SET name=? FROM addresses WHERE users.id = addresses.user_id AND addresses.email = ?',
        params: ['x', 'e'],
      },
    },
  },
  {
    name: 'update: multi-table with a value from the other table',
    build: () =>
      update(users).values({ fullname: addresses.c.email }).where(users.c.id.eq(addresses.c.user_id)),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=addresses.email FROM addresses WHERE users.id = addresses.user_id',
        params: {},
      },
      postgresql: {
        sql: 'UPDATE users SET fullname=addresses.email FROM addresses WHERE users.id = addresses.user_id',
        params: [],
      },
      mysql: {
        sql: 'UPDATE users, addresses SET users.fullname=addresses.email WHERE users.id = addresses.user_id',
        params: [],
      },
      sqlite: {
        sql: 'UPDATE users SET fullname=addresses.email FROM addresses WHERE users.id = addresses.user_id',
        params: [],
      },
    },
  },
  {
    name: 'update: returning',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () =>
      update(users).where(users.c.id.eq(1)).values({ name: 'z' }).returning(users.c.id, users.c.name),
    expected: {
      default: {
        sql: 'UPDATE users SET name=:name WHERE users.id = :id_1 RETURNING users.id, users.name',
        params: { name: 'z', id_1: 1 },
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'UPDATE users SET name=$1 WHERE users.id = $2 RETURNING users.id, users.name',
        params: ['z', 1],
        keys: ['id', 'name'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: {
        sql: 'UPDATE users SET name=? WHERE users.id = ? RETURNING id, name',
        params: ['z', 1],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'update: ordered values',
    build: () => update(users).orderedValues(['fullname', 'f'], ['name', 'n']),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=:fullname, name=:name',
        params: { fullname: 'f', name: 'n' },
      },
      postgresql: { sql: 'UPDATE users SET fullname=$1, name=$2', params: ['f', 'n'] },
      mysql: { sql: 'UPDATE users SET fullname=?, name=?', params: ['f', 'n'] },
      sqlite: { sql: 'UPDATE users SET fullname=?, name=?', params: ['f', 'n'] },
    },
  },
  {
    name: 'update: bulk ORM-style where on a boolean',
    source: 'seed 003 "Bulk Operations"',
    build: () => update(members).where(members.c.active.eq(false)).values({ active: true }),
    expected: {
      default: {
        sql: 'UPDATE members SET active=:active WHERE members.active = false',
        params: { active: true },
      },
      postgresql: { sql: 'UPDATE members SET active=$1 WHERE members.active = false', params: [true] },
      mysql: { sql: 'UPDATE members SET active=? WHERE members.active = false', params: [1] },
      sqlite: { sql: 'UPDATE members SET active=? WHERE members.active = 0', params: [1] },
    },
  },
  {
    name: 'delete: where',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => delete_(users).where(users.c.id.eq(1)),
    expected: {
      default: { sql: 'DELETE FROM users WHERE users.id = :id_1', params: { id_1: 1 } },
      postgresql: { sql: 'DELETE FROM users WHERE users.id = $1', params: [1] },
      mysql: { sql: 'DELETE FROM users WHERE users.id = ?', params: [1] },
      sqlite: { sql: 'DELETE FROM users WHERE users.id = ?', params: [1] },
    },
  },
  {
    name: 'delete: all rows',
    build: () => delete_(users),
    expected: {
      default: { sql: 'DELETE FROM users', params: {} },
      postgresql: { sql: 'DELETE FROM users', params: [] },
      mysql: { sql: 'DELETE FROM users', params: [] },
      sqlite: { sql: 'DELETE FROM users', params: [] },
    },
  },
  {
    name: 'delete: where on an integer comparison',
    source: 'seed 004 "Updating and deleting"',
    build: () => delete_(members).where(members.c.age.lt(30)),
    expected: {
      default: { sql: 'DELETE FROM members WHERE members.age < :age_1', params: { age_1: 30 } },
      postgresql: { sql: 'DELETE FROM members WHERE members.age < $1', params: [30] },
      mysql: { sql: 'DELETE FROM members WHERE members.age < ?', params: [30] },
      sqlite: { sql: 'DELETE FROM members WHERE members.age < ?', params: [30] },
    },
  },
  {
    name: 'delete: where a boolean column is false',
    source: 'seed 003 "delete()"',
    build: () => delete_(members).where(members.c.active.eq(false)),
    expected: {
      default: { sql: 'DELETE FROM members WHERE members.active = false', params: {} },
      postgresql: { sql: 'DELETE FROM members WHERE members.active = false', params: [] },
      mysql: { sql: 'DELETE FROM members WHERE members.active = false', params: [] },
      sqlite: { sql: 'DELETE FROM members WHERE members.active = 0', params: [] },
    },
  },
  {
    name: 'delete: correlated subquery in WHERE',
    build: () =>
      delete_(users).where(users.c.id.in(select(addresses.c.user_id).where(addresses.c.email.like('%x')))),
    expected: {
      default: {
        sql: 'DELETE FROM users WHERE users.id IN (SELECT addresses.user_id \nFROM addresses \nWHERE addresses.email LIKE :email_1)',
        params: { email_1: '%x' },
      },
      postgresql: {
        sql: 'DELETE FROM users WHERE users.id IN (SELECT addresses.user_id \nFROM addresses \nWHERE addresses.email LIKE $1)',
        params: ['%x'],
      },
      mysql: {
        sql: 'DELETE FROM users WHERE users.id IN (SELECT addresses.user_id \nFROM addresses \nWHERE addresses.email LIKE ?)',
        params: ['%x'],
      },
      sqlite: {
        sql: 'DELETE FROM users WHERE users.id IN (SELECT addresses.user_id \nFROM addresses \nWHERE addresses.email LIKE ?)',
        params: ['%x'],
      },
    },
  },
  {
    name: 'delete: multi-table',
    build: () => delete_(users).where(users.c.id.eq(addresses.c.user_id), addresses.c.email.eq('e')),
    expected: {
      default: {
        sql: 'DELETE FROM users , addresses WHERE users.id = addresses.user_id AND addresses.email = :email_1',
        params: { email_1: 'e' },
      },
      postgresql: {
        sql: 'DELETE FROM users USING addresses WHERE users.id = addresses.user_id AND addresses.email = $1',
        params: ['e'],
      },
      mysql: {
        sql: 'DELETE FROM users USING users, addresses WHERE users.id = addresses.user_id AND addresses.email = ?',
        params: ['e'],
      },
      // SQLAlchemy: NotImplementedError: This backend does not support multiple-table criteria within DELETE
      sqlite: { error: /multiple-table criteria within DELETE/ },
    },
  },
  {
    name: 'delete: returning',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () => delete_(users).where(users.c.id.eq(1)).returning(users.c.id),
    expected: {
      default: {
        sql: 'DELETE FROM users WHERE users.id = :id_1 RETURNING users.id',
        params: { id_1: 1 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'DELETE FROM users WHERE users.id = $1 RETURNING users.id',
        params: [1],
        keys: ['id'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: { sql: 'DELETE FROM users WHERE users.id = ? RETURNING id', params: [1], keys: ['id'] },
    },
  },
  {
    name: 'update: executemany form with bindparam() in WHERE and SET',
    source: 'SQLAlchemy tutorial "Updating and Deleting Rows with Core"',
    build: () =>
      update(users)
        .where(users.c.name.eq(bindparam('oldname')))
        .values({ name: bindparam('newname') }),
    expected: {
      default: { sql: 'UPDATE users SET name=:newname WHERE users.name = :oldname' },
      postgresql: { sql: 'UPDATE users SET name=$1 WHERE users.name = $2' },
      mysql: { sql: 'UPDATE users SET name=? WHERE users.name = ?' },
      sqlite: { sql: 'UPDATE users SET name=? WHERE users.name = ?' },
    },
  },
  {
    name: 'insert: a bindparam() value',
    build: () => insert(users).values({ id: bindparam('my_id'), name: 'n' }),
    expected: {
      default: { sql: 'INSERT INTO users (id, name) VALUES (:my_id, :name)' },
      postgresql: { sql: 'INSERT INTO users (id, name) VALUES ($1, $2)' },
      mysql: { sql: 'INSERT INTO users (id, name) VALUES (?, ?)' },
      sqlite: { sql: 'INSERT INTO users (id, name) VALUES (?, ?)' },
    },
  },
  {
    name: 'update: set to NULL',
    build: () => update(users).values({ fullname: null }).where(users.c.id.eq(4)),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=:fullname WHERE users.id = :id_1',
        params: { fullname: null, id_1: 4 },
      },
      postgresql: { sql: 'UPDATE users SET fullname=$1 WHERE users.id = $2', params: [null, 4] },
      mysql: { sql: 'UPDATE users SET fullname=? WHERE users.id = ?', params: [null, 4] },
      sqlite: { sql: 'UPDATE users SET fullname=? WHERE users.id = ?', params: [null, 4] },
    },
  },
  {
    name: 'update: a function value and a WHERE IN subquery',
    build: () =>
      update(posts)
        .values({ status: func.upper(posts.c.status) })
        .where(posts.c.author_id.in(select(users.c.id).where(users.c.name.like('a%')))),
    expected: {
      default: {
        sql: 'UPDATE posts SET status=upper(posts.status) WHERE posts.author_id IN (SELECT users.id \nFROM users \nWHERE users.name LIKE :name_1)',
        params: { name_1: 'a%' },
      },
      postgresql: {
        sql: 'UPDATE posts SET status=upper(posts.status) WHERE posts.author_id IN (SELECT users.id \nFROM users \nWHERE users.name LIKE $1)',
        params: ['a%'],
      },
      mysql: {
        sql: 'UPDATE posts SET status=upper(posts.status) WHERE posts.author_id IN (SELECT users.id \nFROM users \nWHERE users.name LIKE ?)',
        params: ['a%'],
      },
      sqlite: {
        sql: 'UPDATE posts SET status=upper(posts.status) WHERE posts.author_id IN (SELECT users.id \nFROM users \nWHERE users.name LIKE ?)',
        params: ['a%'],
      },
    },
  },
  {
    name: 'update: where EXISTS correlated',
    build: () =>
      update(users)
        .values({ fullname: 'has posts' })
        .where(exists().where(posts.c.author_id.eq(users.c.id))),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=:fullname WHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: { fullname: 'has posts' },
      },
      postgresql: {
        sql: 'UPDATE users SET fullname=$1 WHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: ['has posts'],
      },
      mysql: {
        sql: 'UPDATE users SET fullname=? WHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: ['has posts'],
      },
      sqlite: {
        sql: 'UPDATE users SET fullname=? WHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: ['has posts'],
      },
    },
  },
  {
    name: 'delete: where NOT EXISTS correlated',
    build: () => delete_(users).where(not(exists().where(posts.c.author_id.eq(users.c.id)))),
    expected: {
      default: {
        sql: 'DELETE FROM users WHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: {},
      },
      postgresql: {
        sql: 'DELETE FROM users WHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
      },
      mysql: {
        sql: 'DELETE FROM users WHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
      },
      sqlite: {
        sql: 'DELETE FROM users WHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
      },
    },
  },
  {
    name: 'insert: returning a function of the inserted row',
    deviation:
      "SQLAlchemy's mysql dialect renders RETURNING until it has connected and learned the server version; Retort's mysql dialect raises unless it knows the server is MariaDB 10.5+ (set when the engine connects)",
    build: () => insert(users).values({ name: 'a' }).returning(func.upper(users.c.name), users.c.id),
    expected: {
      default: {
        sql: 'INSERT INTO users (name) VALUES (:name) RETURNING upper(users.name) AS upper_1, users.id',
        params: { name: 'a' },
        keys: ['upper_1', 'id'],
      },
      postgresql: {
        sql: 'INSERT INTO users (name) VALUES ($1) RETURNING upper(users.name) AS upper_1, users.id',
        params: ['a'],
        keys: ['upper_1', 'id'],
      },
      mysql: { error: /RETURNING is not supported by this dialect's statement compiler/ },
      sqlite: {
        sql: 'INSERT INTO users (name) VALUES (?) RETURNING upper(name) AS upper_1, id',
        params: ['a'],
        keys: ['upper_1', 'id'],
      },
    },
  },
  {
    name: 'insert: from a select with a CTE',
    build: () => {
      return (() => {
        const c = select(users.c.id, users.c.name).where(users.c.id.gt(10)).cte('c');
        return insert(members).fromSelect(['id', 'name'], select(c.c.id, c.c.name));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users \nWHERE users.id > :id_1)\n INSERT INTO members (id, name) SELECT c.id, c.name \nFROM c',
        params: { id_1: 10 },
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users \nWHERE users.id > $1)\n INSERT INTO members (id, name) SELECT c.id, c.name \nFROM c',
        params: [10],
      },
      mysql: {
        sql: 'INSERT INTO members (id, name) WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users \nWHERE users.id > ?)\n SELECT c.id, c.name \nFROM c',
        params: [10],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id, users.name AS name \nFROM users \nWHERE users.id > ?)\n INSERT INTO members (id, name) SELECT c.id, c.name \nFROM c',
        params: [10],
      },
    },
  },
  {
    name: 'update: values from a scalar subquery with an aggregate',
    build: () =>
      update(users).values({
        fullname: select(func.max(posts.c.title)).where(posts.c.author_id.eq(users.c.id)).scalarSubquery(),
      }),
    expected: {
      default: {
        sql: 'UPDATE users SET fullname=(SELECT max(posts.title) AS max_1 \nFROM posts \nWHERE posts.author_id = users.id)',
        params: {},
      },
      postgresql: {
        sql: 'UPDATE users SET fullname=(SELECT max(posts.title) AS max_1 \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
      },
      mysql: {
        sql: 'UPDATE users SET fullname=(SELECT max(posts.title) AS max_1 \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
      },
      sqlite: {
        sql: 'UPDATE users SET fullname=(SELECT max(posts.title) AS max_1 \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
      },
    },
  },
];
