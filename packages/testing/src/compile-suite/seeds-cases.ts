// The Core statements of the seed documents not covered by the topic files, translated per ROSETTA
// (ORM models become the fixture tables), recorded from SQLAlchemy 2.0.52.
import { func, insert, select, text, update } from '@retort/core';
import type { CompileCase } from './compile-case';
import { members, posts, users } from './fixtures';

export const SEED_CASES: readonly CompileCase[] = [
  {
    name: 'seed 000: select where username equals',
    source: 'seed 000 "Querying with select()"',
    build: () => select(users).where(users.c.name.eq('alice')),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = :name_1',
        params: { name_1: 'alice' },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = $1',
        params: ['alice'],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = ?',
        params: ['alice'],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = ?',
        params: ['alice'],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'seed 000: select where a boolean column is true',
    source: 'seed 000 "Querying with select()"',
    build: () => select(members).where(members.c.active.eq(true)),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.active = true',
        params: {},
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.active = true',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.active = true',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.active = 1',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: 'seed 002: table.insert().values()',
    source: 'seed 002 "Core: inserting"',
    build: () => members.insert().values({ name: 'Alice', email: 'alice@example.com' }),
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
    name: 'seed 004: text SELECT 1 AS test',
    source: 'seed 004 "Connecting"',
    build: () => text('SELECT 1 AS test'),
    expected: {
      default: { sql: 'SELECT 1 AS test', params: {} },
      postgresql: { sql: 'SELECT 1 AS test', params: [] },
      mysql: { sql: 'SELECT 1 AS test', params: [] },
      sqlite: { sql: 'SELECT 1 AS test', params: [] },
    },
  },
  {
    name: 'seed 004: text INSERT with a literal value',
    source: 'seed 004 "Connection test"',
    build: () => text("INSERT INTO test_table (value) VALUES ('Hello SQLAlchemy!')"),
    expected: {
      default: { sql: "INSERT INTO test_table (value) VALUES ('Hello SQLAlchemy!')", params: {} },
      postgresql: { sql: "INSERT INTO test_table (value) VALUES ('Hello SQLAlchemy!')", params: [] },
      mysql: { sql: "INSERT INTO test_table (value) VALUES ('Hello SQLAlchemy!')", params: [] },
      sqlite: { sql: "INSERT INTO test_table (value) VALUES ('Hello SQLAlchemy!')", params: [] },
    },
  },
  {
    name: 'seed 004: text UPDATE',
    source: 'seed 004 "Transactions"',
    build: () => text("UPDATE users SET age=30 WHERE name='Alice'"),
    expected: {
      default: { sql: "UPDATE users SET age=30 WHERE name='Alice'", params: {} },
      postgresql: { sql: "UPDATE users SET age=30 WHERE name='Alice'", params: [] },
      mysql: { sql: "UPDATE users SET age=30 WHERE name='Alice'", params: [] },
      sqlite: { sql: "UPDATE users SET age=30 WHERE name='Alice'", params: [] },
    },
  },
  {
    name: 'seed 004: text SELECT COUNT(*)',
    source: 'seed 004 "Connection pooling"',
    build: () => text('SELECT COUNT(*) FROM test_pool'),
    expected: {
      default: { sql: 'SELECT COUNT(*) FROM test_pool', params: {} },
      postgresql: { sql: 'SELECT COUNT(*) FROM test_pool', params: [] },
      mysql: { sql: 'SELECT COUNT(*) FROM test_pool', params: [] },
      sqlite: { sql: 'SELECT COUNT(*) FROM test_pool', params: [] },
    },
  },
  {
    name: 'seed 004: insert one value',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => insert(members).values({ name: 'Charlie' }),
    expected: {
      default: { sql: 'INSERT INTO members (name) VALUES (:name)', params: { name: 'Charlie' } },
      postgresql: {
        sql: 'INSERT INTO members (name) VALUES ($1) RETURNING members.id',
        params: ['Charlie'],
        keys: ['id'],
      },
      mysql: { sql: 'INSERT INTO members (name) VALUES (?)', params: ['Charlie'] },
      sqlite: { sql: 'INSERT INTO members (name) VALUES (?)', params: ['Charlie'] },
    },
  },
  {
    name: 'seed 004: insert four values',
    source: 'seed 004 "Full example"',
    build: () => insert(members).values({ name: 'Alice', email: 'alice@ex.com', age: 25, city: 'NYC' }),
    expected: {
      default: {
        sql: 'INSERT INTO members (name, email, age, city) VALUES (:name, :email, :age, :city)',
        params: { name: 'Alice', email: 'alice@ex.com', age: 25, city: 'NYC' },
      },
      postgresql: {
        sql: 'INSERT INTO members (name, email, age, city) VALUES ($1, $2, $3, $4) RETURNING members.id',
        params: ['Alice', 'alice@ex.com', 25, 'NYC'],
        keys: ['id'],
      },
      mysql: {
        sql: 'INSERT INTO members (name, email, age, city) VALUES (?, ?, ?, ?)',
        params: ['Alice', 'alice@ex.com', 25, 'NYC'],
      },
      sqlite: {
        sql: 'INSERT INTO members (name, email, age, city) VALUES (?, ?, ?, ?)',
        params: ['Alice', 'alice@ex.com', 25, 'NYC'],
      },
    },
  },
  {
    name: 'seed 004: select one column',
    source: 'seed 004 "Querying"',
    build: () => select(members.c.name),
    expected: {
      default: { sql: 'SELECT members.name \nFROM members', params: {}, keys: ['name'] },
      postgresql: { sql: 'SELECT members.name \nFROM members', params: [], keys: ['name'] },
      mysql: { sql: 'SELECT members.name \nFROM members', params: [], keys: ['name'] },
      sqlite: { sql: 'SELECT members.name \nFROM members', params: [], keys: ['name'] },
    },
  },
  {
    name: 'seed 004: select by email',
    source: 'seed 004 "Full example"',
    build: () => select(members).where(members.c.email.eq('alice@ex.com')),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.email = :email_1',
        params: { email_1: 'alice@ex.com' },
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.email = $1',
        params: ['alice@ex.com'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.email = ?',
        params: ['alice@ex.com'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.email = ?',
        params: ['alice@ex.com'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: 'seed 004: select id and name by email',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => select(members.c.id, members.c.name).where(members.c.email.eq('alice@example.com')),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name \nFROM members \nWHERE members.email = :email_1',
        params: { email_1: 'alice@example.com' },
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name \nFROM members \nWHERE members.email = $1',
        params: ['alice@example.com'],
        keys: ['id', 'name'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name \nFROM members \nWHERE members.email = ?',
        params: ['alice@example.com'],
        keys: ['id', 'name'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name \nFROM members \nWHERE members.email = ?',
        params: ['alice@example.com'],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'seed 004: update with a text() value',
    source: 'seed 004 "Bulk Operations" (update with text())',
    build: () =>
      update(members)
        .where(members.c.email.like('%@old.com'))
        .values({ email: text("REPLACE(email, 'old.com', 'new.com')") }),
    expected: {
      default: {
        sql: "UPDATE members SET email=REPLACE(email, 'old.com', 'new.com') WHERE members.email LIKE :email_1",
        params: { email_1: '%@old.com' },
      },
      postgresql: {
        sql: "UPDATE members SET email=REPLACE(email, 'old.com', 'new.com') WHERE members.email LIKE $1",
        params: ['%@old.com'],
      },
      mysql: {
        sql: "UPDATE members SET email=REPLACE(email, 'old.com', 'new.com') WHERE members.email LIKE ?",
        params: ['%@old.com'],
      },
      sqlite: {
        sql: "UPDATE members SET email=REPLACE(email, 'old.com', 'new.com') WHERE members.email LIKE ?",
        params: ['%@old.com'],
      },
    },
  },
  {
    name: 'seed 003: select ordered by name',
    source: 'seed 003 "Basic CRUD"',
    build: () => select(users).orderBy(users.c.name),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.name',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'seed 003: posts by an author, newest first',
    source: 'seed 003 "Full Working Example"',
    build: () => select(posts).join(users).where(users.c.name.eq('alice')).orderBy(posts.c.created_at.desc()),
    expected: {
      default: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts JOIN users ON users.id = posts.author_id \nWHERE users.name = :name_1 ORDER BY posts.created_at DESC',
        params: { name_1: 'alice' },
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      postgresql: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts JOIN users ON users.id = posts.author_id \nWHERE users.name = $1 ORDER BY posts.created_at DESC',
        params: ['alice'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      mysql: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts INNER JOIN users ON users.id = posts.author_id \nWHERE users.name = ? ORDER BY posts.created_at DESC',
        params: ['alice'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      sqlite: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts JOIN users ON users.id = posts.author_id \nWHERE users.name = ? ORDER BY posts.created_at DESC',
        params: ['alice'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
    },
  },
  {
    name: 'seed 003: active articles newest first',
    source: 'seed 003 "Mixins and hybrid properties"',
    build: () => select(posts).where(posts.c.status.eq('active')).orderBy(posts.c.created_at.desc()),
    expected: {
      default: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts \nWHERE posts.status = :status_1 ORDER BY posts.created_at DESC',
        params: { status_1: 'active' },
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      postgresql: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts \nWHERE posts.status = $1 ORDER BY posts.created_at DESC',
        params: ['active'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      mysql: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts \nWHERE posts.status = ? ORDER BY posts.created_at DESC',
        params: ['active'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
      sqlite: {
        sql: 'SELECT posts.id, posts.title, posts.body, posts.author_id, posts.status, posts.created_at, posts.views, posts.rating, posts.price \nFROM posts \nWHERE posts.status = ? ORDER BY posts.created_at DESC',
        params: ['active'],
        keys: ['id', 'title', 'body', 'author_id', 'status', 'created_at', 'views', 'rating', 'price'],
      },
    },
  },
  {
    name: 'seed 003: update posts set a column',
    source: 'seed 003 "Full Working Example"',
    build: () => update(posts).where(posts.c.author_id.eq(1)).values({ status: 'archived' }),
    expected: {
      default: {
        sql: 'UPDATE posts SET status=:status WHERE posts.author_id = :author_id_1',
        params: { status: 'archived', author_id_1: 1 },
      },
      postgresql: { sql: 'UPDATE posts SET status=$1 WHERE posts.author_id = $2', params: ['archived', 1] },
      mysql: { sql: 'UPDATE posts SET status=? WHERE posts.author_id = ?', params: ['archived', 1] },
      sqlite: { sql: 'UPDATE posts SET status=? WHERE posts.author_id = ?', params: ['archived', 1] },
    },
  },
  {
    name: 'seed 003: count users with selectFrom',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.count()).selectFrom(users),
    expected: {
      default: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: {}, keys: ['count_1'] },
      postgresql: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      mysql: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      sqlite: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
    },
  },
];
