// Upsert cases: PostgreSQL and SQLite ON CONFLICT (the `insert` of @retort/pg and @retort/sqlite) and
// MySQL ON DUPLICATE KEY UPDATE (the `insert` of @retort/mysql), recorded from SQLAlchemy 2.0.52.
import { func, initialInsertState, OnConflictInsert, OnDuplicateKeyInsert } from '@retort/core';
import { logs, users } from './fixtures';

// What the dialect packages' insert() functions build (this package may only use @retort/core).
const pgInsert = <T extends object>(table: T) => new OnConflictInsert<T>(initialInsertState(table));
const sqliteInsert = pgInsert;
const mysqlInsert = <T extends object>(table: T) => new OnDuplicateKeyInsert<T>(initialInsertState(table));

import type { CompileCase } from './compile-case';

export const UPSERT_CASES: readonly CompileCase[] = [
  {
    name: 'pg upsert: on conflict do nothing',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => pgInsert(users).values({ id: 1, name: 'x' }).onConflictDoNothing(),
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        params: [1, 'x'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING',
        params: { id: 1, name: 'x' },
      },
    },
  },
  {
    name: 'pg upsert: do nothing on index elements',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () =>
      pgInsert(users)
        .values({ id: 1, name: 'x' })
        .onConflictDoNothing({ indexElements: ['id'] }),
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
        params: [1, 'x'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id, :name) ON CONFLICT (id) DO NOTHING',
        params: { id: 1, name: 'x' },
      },
    },
  },
  {
    name: 'pg upsert: do nothing on a constraint',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () =>
      pgInsert(users).values({ id: 1, name: 'x' }).onConflictDoNothing({ constraint: 'users_pkey' }),
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT users_pkey DO NOTHING',
        params: [1, 'x'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id, :name) ON CONFLICT ON CONSTRAINT users_pkey DO NOTHING',
        params: { id: 1, name: 'x' },
      },
    },
  },
  {
    name: 'pg upsert: do update with excluded',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = pgInsert(users).values({ id: 1, name: 'x', fullname: 'y' });
        return stmt.onConflictDoUpdate({
          indexElements: [users.c.id],
          set: { name: stmt.excluded.name, fullname: 'f' },
        });
      })();
    },
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET name = excluded.name, fullname = $4',
        params: [1, 'x', 'y', 'f'],
      },
      default: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname) ON CONFLICT (id) DO UPDATE SET name = excluded.name, fullname = :param_1',
        params: { id: 1, name: 'x', fullname: 'y', param_1: 'f' },
      },
    },
  },
  {
    name: 'pg upsert: do update with WHERE and a partial index predicate',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = pgInsert(users).values({ id: 3, name: 'x', fullname: 'y' });
        return stmt.onConflictDoUpdate({
          indexElements: ['name'],
          indexWhere: users.c.fullname.ne('z'),
          set: { fullname: stmt.excluded.fullname },
          where: users.c.id.gt(5),
        });
      })();
    },
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES ($1, $2, $3) ON CONFLICT (name) WHERE fullname != $4 DO UPDATE SET fullname = excluded.fullname WHERE users.id > $5',
        params: [3, 'x', 'y', 'z', 5],
      },
      default: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname) ON CONFLICT (name) WHERE fullname != :fullname_1 DO UPDATE SET fullname = excluded.fullname WHERE users.id > :id_1',
        params: { id: 3, name: 'x', fullname: 'y', fullname_1: 'z', id_1: 5 },
      },
    },
  },
  {
    name: 'pg upsert: do update on a constraint, returning',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = pgInsert(users).values({ id: 1, name: 'x' });
        return stmt
          .onConflictDoUpdate({ constraint: 'users_pkey', set: { name: stmt.excluded.name } })
          .returning(users.c.id);
      })();
    },
    expected: {
      postgresql: {
        sql: 'INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT users_pkey DO UPDATE SET name = excluded.name RETURNING users.id',
        params: [1, 'x'],
        keys: ['id'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id, :name) ON CONFLICT ON CONSTRAINT users_pkey DO UPDATE SET name = excluded.name RETURNING users.id',
        params: { id: 1, name: 'x' },
        keys: ['id'],
      },
    },
  },
  {
    name: 'pg upsert: schema-qualified table',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = pgInsert(logs).values({ id: 1, message: 'm' });
        return stmt.onConflictDoUpdate({ indexElements: ['id'], set: { message: stmt.excluded.message } });
      })();
    },
    expected: {
      postgresql: {
        sql: 'INSERT INTO audit.logs (id, message) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET message = excluded.message',
        params: [1, 'm'],
      },
      default: {
        sql: 'INSERT INTO audit.logs (id, message) VALUES (:id, :message) ON CONFLICT (id) DO UPDATE SET message = excluded.message',
        params: { id: 1, message: 'm' },
      },
    },
  },
  {
    name: 'pg upsert: do update without a target',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () =>
      pgInsert(users)
        .values({ id: 1 })
        .onConflictDoUpdate({ set: { name: 'x' } }),
    expected: {
      postgresql: {
        error: /Either constraint or indexElements, but not both, must be specified unless DO NOTHING/,
      },
      default: {
        error: /Either constraint or indexElements, but not both, must be specified unless DO NOTHING/,
      },
    },
  },
  {
    name: 'sqlite upsert: on conflict do nothing',
    build: () => sqliteInsert(users).values({ id: 1, name: 'x' }).onConflictDoNothing(),
    expected: {
      sqlite: { sql: 'INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING', params: [1, 'x'] },
    },
  },
  {
    name: 'sqlite upsert: do nothing with a partial index predicate',
    build: () =>
      sqliteInsert(users)
        .values({ id: 1, name: 'x' })
        .onConflictDoNothing({ indexElements: ['id'], indexWhere: users.c.name.gt('a') }),
    expected: {
      sqlite: {
        sql: 'INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) WHERE name > __[POSTCOMPILE_name_1] DO NOTHING',
        params: [1, 'x'],
        expandedSql:
          "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) WHERE name > 'a' DO NOTHING",
      },
    },
  },
  {
    name: 'sqlite upsert: do update with excluded and WHERE',
    build: () => {
      return (() => {
        const stmt = sqliteInsert(users).values({ id: 1, name: 'x' });
        return stmt.onConflictDoUpdate({
          indexElements: [users.c.id],
          set: { name: stmt.excluded.name, fullname: 'f' },
          where: users.c.name.ne('y'),
        });
      })();
    },
    expected: {
      sqlite: {
        sql: 'INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, fullname = ? WHERE users.name != ?',
        params: [1, 'x', 'f', 'y'],
      },
    },
  },
  {
    name: 'sqlite upsert: returning',
    build: () => {
      return (() => {
        const stmt = sqliteInsert(users).values({ id: 1, name: 'x' });
        return stmt
          .onConflictDoUpdate({ indexElements: ['id'], set: { name: stmt.excluded.name } })
          .returning(users.c.id, users.c.name);
      })();
    },
    expected: {
      sqlite: {
        sql: 'INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING id, name',
        params: [1, 'x'],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'mysql upsert: on duplicate key update with inserted',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = mysqlInsert(users).values({ id: 1, name: 'x' });
        return stmt.onDuplicateKeyUpdate({ name: stmt.inserted.name, fullname: 'z' });
      })();
    },
    expected: {
      mysql: {
        sql: 'INSERT INTO users (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name), fullname = ?',
        params: [1, 'x', 'z'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id, :name) ON DUPLICATE KEY UPDATE name = VALUES(name), fullname = :param_1',
        params: { id: 1, name: 'x', param_1: 'z' },
      },
    },
  },
  {
    name: 'mysql upsert: ordered SET',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = mysqlInsert(users).values({ id: 1, name: 'x', fullname: 'f' });
        return stmt.onDuplicateKeyUpdate([
          ['fullname', stmt.inserted.fullname],
          ['name', 'n'],
        ]);
      })();
    },
    expected: {
      mysql: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE fullname = VALUES(fullname), name = ?',
        params: [1, 'x', 'f', 'n'],
      },
      default: {
        sql: 'INSERT INTO users (id, name, fullname) VALUES (:id, :name, :fullname) ON DUPLICATE KEY UPDATE fullname = VALUES(fullname), name = :param_1',
        params: { id: 1, name: 'x', fullname: 'f', param_1: 'n' },
      },
    },
  },
  {
    name: 'mysql upsert: multiple rows and an expression',
    deviation:
      "String(stmt) of a dialect's upsert: SQLAlchemy compiles it with that dialect (pyformat placeholders); Retort's default dialect renders it generically with :name placeholders",
    build: () => {
      return (() => {
        const stmt = mysqlInsert(users).values([
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ]);
        return stmt.onDuplicateKeyUpdate({ name: func.concat(users.c.name, stmt.inserted.name) });
      })();
    },
    expected: {
      mysql: {
        sql: 'INSERT INTO users (id, name) VALUES (?, ?), (?, ?) ON DUPLICATE KEY UPDATE name = concat(users.name, VALUES(name))',
        params: [1, 'a', 2, 'b'],
      },
      default: {
        sql: 'INSERT INTO users (id, name) VALUES (:id_m0, :name_m0), (:id_m1, :name_m1) ON DUPLICATE KEY UPDATE name = concat(users.name, VALUES(name))',
        params: { id_m0: 1, name_m0: 'a', id_m1: 2, name_m1: 'b' },
      },
    },
  },
];
