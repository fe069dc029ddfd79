// Identifier quoting (reserved words, mixed case, schemas, labels) and literal-binds compilation
// (offline SQL: strings with quotes and backslashes, numbers, booleans, NULL, dates, IN lists), recorded
// from SQLAlchemy 2.0.52.
import { func, insert, literal, select, update } from '@retort/core';
import type { CompileCase } from './compile-case';
import { logs, members, order, posts, users } from './fixtures';

export const QUOTING_CASES: readonly CompileCase[] = [
  {
    name: 'quoting: reserved table and column names, mixed case',
    build: () => select(order.c.id, order.c.select, order.c.CamelCase).where(order.c.select.eq('x')),
    expected: {
      default: {
        sql: 'SELECT "order".id, "order"."select", "order"."CamelCase" \nFROM "order" \nWHERE "order"."select" = :select_1',
        params: { select_1: 'x' },
        keys: ['id', 'select', 'CamelCase'],
      },
      postgresql: {
        sql: 'SELECT "order".id, "order"."select", "order"."CamelCase" \nFROM "order" \nWHERE "order"."select" = $1',
        params: ['x'],
        keys: ['id', 'select', 'CamelCase'],
      },
      mysql: {
        sql: 'SELECT `order`.id, `order`.`select`, `order`.`CamelCase` \nFROM `order` \nWHERE `order`.`select` = ?',
        params: ['x'],
        keys: ['id', 'select', 'CamelCase'],
      },
      sqlite: {
        sql: 'SELECT "order".id, "order"."select", "order"."CamelCase" \nFROM "order" \nWHERE "order"."select" = ?',
        params: ['x'],
        keys: ['id', 'select', 'CamelCase'],
      },
    },
  },
  {
    name: 'quoting: reserved names in joins and labels',
    build: () => select(users.c.name, order.c.select.label('Order Select')).join(order),
    expected: {
      default: {
        sql: 'SELECT users.name, "order"."select" AS "Order Select" \nFROM users JOIN "order" ON users.id = "order".user_id',
        params: {},
        keys: ['name', 'Order Select'],
      },
      postgresql: {
        sql: 'SELECT users.name, "order"."select" AS "Order Select" \nFROM users JOIN "order" ON users.id = "order".user_id',
        params: [],
        keys: ['name', 'Order Select'],
      },
      mysql: {
        sql: 'SELECT users.name, `order`.`select` AS `Order Select` \nFROM users INNER JOIN `order` ON users.id = `order`.user_id',
        params: [],
        keys: ['name', 'Order Select'],
      },
      sqlite: {
        sql: 'SELECT users.name, "order"."select" AS "Order Select" \nFROM users JOIN "order" ON users.id = "order".user_id',
        params: [],
        keys: ['name', 'Order Select'],
      },
    },
  },
  {
    name: 'quoting: schema-qualified table',
    build: () => select(logs).where(logs.c.message.like('%x%')),
    expected: {
      default: {
        sql: 'SELECT audit.logs.id, audit.logs.message \nFROM audit.logs \nWHERE audit.logs.message LIKE :message_1',
        params: { message_1: '%x%' },
        keys: ['id', 'message'],
      },
      postgresql: {
        sql: 'SELECT audit.logs.id, audit.logs.message \nFROM audit.logs \nWHERE audit.logs.message LIKE $1',
        params: ['%x%'],
        keys: ['id', 'message'],
      },
      mysql: {
        sql: 'SELECT audit.logs.id, audit.logs.message \nFROM audit.logs \nWHERE audit.logs.message LIKE ?',
        params: ['%x%'],
        keys: ['id', 'message'],
      },
      sqlite: {
        sql: 'SELECT audit.logs.id, audit.logs.message \nFROM audit.logs \nWHERE audit.logs.message LIKE ?',
        params: ['%x%'],
        keys: ['id', 'message'],
      },
    },
  },
  {
    name: 'quoting: schema-qualified table in DML',
    build: () => update(logs).values({ message: 'm' }).where(logs.c.id.eq(1)),
    expected: {
      default: {
        sql: 'UPDATE audit.logs SET message=:message WHERE audit.logs.id = :id_1',
        params: { message: 'm', id_1: 1 },
      },
      postgresql: { sql: 'UPDATE audit.logs SET message=$1 WHERE audit.logs.id = $2', params: ['m', 1] },
      mysql: { sql: 'UPDATE audit.logs SET message=? WHERE audit.logs.id = ?', params: ['m', 1] },
      sqlite: { sql: 'UPDATE audit.logs SET message=? WHERE audit.logs.id = ?', params: ['m', 1] },
    },
  },
  {
    name: 'quoting: a label that is a reserved word',
    build: () => select(users.c.id.label('select'), func.count().label('from')),
    expected: {
      default: {
        sql: 'SELECT users.id AS "select", count(*) AS "from" \nFROM users',
        params: {},
        keys: ['select', 'from'],
      },
      postgresql: {
        sql: 'SELECT users.id AS "select", count(*) AS "from" \nFROM users',
        params: [],
        keys: ['select', 'from'],
      },
      mysql: {
        sql: 'SELECT users.id AS `select`, count(*) AS `from` \nFROM users',
        params: [],
        keys: ['select', 'from'],
      },
      sqlite: {
        sql: 'SELECT users.id AS "select", count(*) AS "from" \nFROM users',
        params: [],
        keys: ['select', 'from'],
      },
    },
  },
  {
    name: 'quoting: table-qualified labels of a reserved table',
    build: () => select(order).setLabelStyle('tablenamePlusCol'),
    expected: {
      default: {
        sql: 'SELECT "order".id AS order_id, "order"."select" AS order_select, "order"."CamelCase" AS "order_CamelCase", "order".user_id AS order_user_id \nFROM "order"',
        params: {},
        keys: ['order_id', 'order_select', 'order_CamelCase', 'order_user_id'],
      },
      postgresql: {
        sql: 'SELECT "order".id AS order_id, "order"."select" AS order_select, "order"."CamelCase" AS "order_CamelCase", "order".user_id AS order_user_id \nFROM "order"',
        params: [],
        keys: ['order_id', 'order_select', 'order_CamelCase', 'order_user_id'],
      },
      mysql: {
        sql: 'SELECT `order`.id AS order_id, `order`.`select` AS order_select, `order`.`CamelCase` AS `order_CamelCase`, `order`.user_id AS order_user_id \nFROM `order`',
        params: [],
        keys: ['order_id', 'order_select', 'order_CamelCase', 'order_user_id'],
      },
      sqlite: {
        sql: 'SELECT "order".id AS order_id, "order"."select" AS order_select, "order"."CamelCase" AS "order_CamelCase", "order".user_id AS order_user_id \nFROM "order"',
        params: [],
        keys: ['order_id', 'order_select', 'order_CamelCase', 'order_user_id'],
      },
    },
  },
  {
    name: 'quoting: insert into a reserved table',
    build: () => insert(order).values({ select: 's', CamelCase: 3 }),
    expected: {
      default: {
        sql: 'INSERT INTO "order" ("select", "CamelCase") VALUES (:select, :CamelCase)',
        params: { select: 's', CamelCase: 3 },
      },
      postgresql: {
        sql: 'INSERT INTO "order" ("select", "CamelCase") VALUES ($1, $2) RETURNING "order".id',
        params: ['s', 3],
        keys: ['id'],
      },
      mysql: { sql: 'INSERT INTO `order` (`select`, `CamelCase`) VALUES (?, ?)', params: ['s', 3] },
      sqlite: { sql: 'INSERT INTO "order" ("select", "CamelCase") VALUES (?, ?)', params: ['s', 3] },
    },
  },
  {
    name: 'quoting: alias with an uppercase name',
    build: () => {
      return (() => {
        const a = users.alias('U');
        return select(a.c.id);
      })();
    },
    expected: {
      default: { sql: 'SELECT "U".id \nFROM users AS "U"', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT "U".id \nFROM users AS "U"', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT `U`.id \nFROM users AS `U`', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT "U".id \nFROM users AS "U"', params: [], keys: ['id'] },
    },
  },
  {
    name: 'literal binds: strings with quotes and backslashes',
    deviation:
      'PostgreSQL: SQLAlchemy doubles backslashes until it has connected and seen standard_conforming_strings (on by default since PostgreSQL 9.1); Retort assumes the standard and writes them once',
    options: { literalBinds: true },
    build: () => select(users.c.id).where(users.c.name.eq("O'Brien"), users.c.fullname.eq('a\\b')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name = 'O''Brien' AND users.fullname = 'a\\b'",
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name = 'O''Brien' AND users.fullname = 'a\\b'",
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name = 'O''Brien' AND users.fullname = 'a\\\\b'",
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name = 'O''Brien' AND users.fullname = 'a\\b'",
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: numbers, floats, booleans and NULL',
    options: { literalBinds: true },
    build: () =>
      select(members.c.id).where(
        members.c.age.gt(5),
        members.c.active.eq(true),
        members.c.name.is(null),
        posts.c.rating.gt(1.5),
      ),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members, posts \nWHERE members.age > 5 AND members.active = true AND members.name IS NULL AND posts.rating > 1.5',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members, posts \nWHERE members.age > 5 AND members.active = true AND members.name IS NULL AND posts.rating > 1.5',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members, posts \nWHERE members.age > 5 AND members.active = true AND members.name IS NULL AND posts.rating > 1.5',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members, posts \nWHERE members.age > 5 AND members.active = 1 AND members.name IS NULL AND posts.rating > 1.5',
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: IN list',
    options: { literalBinds: true },
    build: () => select(users.c.id).where(users.c.id.in([1, 2, 3]), users.c.name.in(['a', 'b'])),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE users.id IN (1, 2, 3) AND users.name IN ('a', 'b')",
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.id IN (1, 2, 3) AND users.name IN ('a', 'b')",
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.id IN (1, 2, 3) AND users.name IN ('a', 'b')",
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE users.id IN (1, 2, 3) AND users.name IN ('a', 'b')",
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: empty IN list',
    options: { literalBinds: true },
    build: () => select(users.c.id).where(users.c.id.in([])),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)', keys: ['id'] },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)',
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)', keys: ['id'] },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: LIMIT and OFFSET',
    options: { literalBinds: true },
    build: () => select(users.c.id).limit(5).offset(10),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users\n LIMIT 5 OFFSET 10', keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users \n LIMIT 5 OFFSET 10', keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \n LIMIT 10, 5', keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users\n LIMIT 5 OFFSET 10', keys: ['id'] },
    },
  },
  {
    name: 'literal binds: a datetime',
    options: { literalBinds: true },
    build: () => select(posts.c.id).where(posts.c.created_at.gt(new Date('2024-01-02T03:04:05Z'))),
    expected: {
      default: {
        sql: "SELECT posts.id \nFROM posts \nWHERE posts.created_at > '2024-01-02 03:04:05'",
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT posts.id \nFROM posts \nWHERE posts.created_at > '2024-01-02 03:04:05'",
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT posts.id \nFROM posts \nWHERE posts.created_at > '2024-01-02 03:04:05'",
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT posts.id \nFROM posts \nWHERE posts.created_at > '2024-01-02 03:04:05.000000'",
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: insert values',
    options: { literalBinds: true },
    build: () => insert(users).values({ name: "it's", fullname: null }),
    expected: {
      default: { sql: "INSERT INTO users (name, fullname) VALUES ('it''s', NULL)" },
      postgresql: {
        sql: "INSERT INTO users (name, fullname) VALUES ('it''s', NULL) RETURNING users.id",
        keys: ['id'],
      },
      mysql: { sql: "INSERT INTO users (name, fullname) VALUES ('it''s', NULL)" },
      sqlite: { sql: "INSERT INTO users (name, fullname) VALUES ('it''s', NULL)" },
    },
  },
  {
    name: 'literal binds: LIKE with escape',
    options: { literalBinds: true },
    build: () => select(users.c.id).where(users.c.name.startswith('50%', { autoescape: true })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '50/%' || '%' ESCAPE '/')",
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '50/%' || '%' ESCAPE '/')",
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat('50/%', '%') ESCAPE '/')",
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '50/%' || '%' ESCAPE '/')",
        keys: ['id'],
      },
    },
  },
  {
    name: 'literal binds: literal() and a function argument',
    options: { literalBinds: true },
    build: () => select(literal('x'), func.lower('Y')),
    expected: {
      default: { sql: "SELECT 'x' AS anon_1, lower('Y') AS lower_1", keys: ['anon_1', 'lower_1'] },
      postgresql: { sql: "SELECT 'x' AS anon_1, lower('Y') AS lower_1", keys: ['anon_1', 'lower_1'] },
      mysql: { sql: "SELECT 'x' AS anon_1, lower('Y') AS lower_1", keys: ['anon_1', 'lower_1'] },
      sqlite: { sql: "SELECT 'x' AS anon_1, lower('Y') AS lower_1", keys: ['anon_1', 'lower_1'] },
    },
  },
];
