// Operator cases: comparisons, arithmetic, LIKE and its shortcuts, IN, IS, BETWEEN, AND/OR/NOT,
// bitwise, COLLATE, regular expressions and custom operators, recorded from SQLAlchemy 2.0.52.
import {
  and,
  bindparam,
  cast,
  false_,
  func,
  neg,
  not,
  or,
  String,
  select,
  true_,
  tuple,
  typeCoerce,
} from '@retort/core';
import type { CompileCase } from './compile-case';
import { members, posts, users } from './fixtures';

export const OPERATOR_CASES: readonly CompileCase[] = [
  {
    name: 'eq: column = value',
    source: 'seed 004 "insert(), select(), update(), delete() Constructs"',
    build: () => select(users.c.id).where(users.c.id.eq(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'ne: column != value',
    build: () => select(users.c.id).where(users.c.id.ne(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id != :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'lt',
    build: () => select(users.c.id).where(users.c.id.lt(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id < :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id < $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id < ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id < ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'le',
    build: () => select(users.c.id).where(users.c.id.le(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id <= :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <= $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <= ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <= ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'gt',
    build: () => select(users.c.id).where(users.c.id.gt(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id > :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id > $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id > ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id > ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'ge',
    build: () => select(users.c.id).where(users.c.id.ge(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id >= :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id >= $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id >= ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id >= ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'eq: column = column',
    build: () => select(users.c.id).where(users.c.name.eq(users.c.fullname)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = users.fullname',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = users.fullname',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = users.fullname',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = users.fullname',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'eq(null) is IS NULL',
    build: () => select(users.c.id).where(users.c.name.eq(null)),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: {}, keys: ['id'] },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: [], keys: ['id'] },
    },
  },
  {
    name: 'ne(null) is IS NOT NULL',
    build: () => select(users.c.id).where(users.c.name.ne(null)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'is(null)',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.is(null)),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: {}, keys: ['id'] },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NULL', params: [], keys: ['id'] },
    },
  },
  {
    name: 'isNot(null)',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.isNot(null)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean column eq(true)',
    source: 'seed 004 "and_(), or_(), not_"',
    build: () => select(members.c.id).where(members.c.active.eq(true)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = true',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = true',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = true',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean column eq(false)',
    build: () => select(members.c.id).where(members.c.active.eq(false)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = false',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = false',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = false',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 0',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean column is(true)',
    build: () => select(members.c.id).where(members.c.active.is(true)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS true',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS true',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS true',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean column isNot(false)',
    build: () => select(members.c.id).where(members.c.active.isNot(false)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT false',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT false',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT false',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT 0',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean column as the criterion',
    build: () => select(members.c.id).where(members.c.active),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE members.active', params: {}, keys: ['id'] },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(boolean column)',
    source: 'seed 003 "Filtering": not_(User.is_active)',
    build: () => select(members.c.id).where(not(members.c.active)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT members.active',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT members.active',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.active = 0', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 0',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'true() as the criterion',
    build: () => select(members.c.id).where(true_()),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE true', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT members.id \nFROM members \nWHERE true', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE true = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE 1 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'false() as the criterion',
    build: () => select(members.c.id).where(false_()),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE false', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT members.id \nFROM members \nWHERE false', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE false = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE 0 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'and(true(), x) is x',
    build: () => select(members.c.id).where(and(true_(), members.c.age.gt(3))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > :age_1',
        params: { age_1: 3 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > $1',
        params: [3],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.age > ?', params: [3], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE members.age > ?', params: [3], keys: ['id'] },
    },
  },
  {
    name: 'and(x, false()) is false',
    build: () => select(members.c.id).where(and(members.c.age.gt(3), false_())),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE false', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT members.id \nFROM members \nWHERE false', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE false = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE 0 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'or(false(), x) is x',
    build: () => select(members.c.id).where(or(false_(), members.c.age.gt(3))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > :age_1',
        params: { age_1: 3 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > $1',
        params: [3],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.age > ?', params: [3], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE members.age > ?', params: [3], keys: ['id'] },
    },
  },
  {
    name: 'or(x, true()) is true',
    build: () => select(members.c.id).where(or(members.c.age.gt(3), true_())),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE true', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT members.id \nFROM members \nWHERE true', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE true = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE 1 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'isDistinctFrom',
    build: () => select(members.c.id).where(members.c.active.isDistinctFrom(true)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS DISTINCT FROM true',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS DISTINCT FROM true',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.active <=> true)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'isDistinctFrom value',
    build: () => select(users.c.id).where(users.c.name.isDistinctFrom('x')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS DISTINCT FROM :name_1',
        params: { name_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS DISTINCT FROM $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (users.name <=> ?)',
        params: ['x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT ?',
        params: ['x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'isNotDistinctFrom value',
    build: () => select(users.c.id).where(users.c.name.isNotDistinctFrom('x')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT DISTINCT FROM :name_1',
        params: { name_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT DISTINCT FROM $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name <=> ?', params: ['x'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS ?', params: ['x'], keys: ['id'] },
    },
  },
  {
    name: 'not(isDistinctFrom) flips the operator',
    build: () => select(users.c.id).where(not(users.c.name.isDistinctFrom('x'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT DISTINCT FROM :name_1',
        params: { name_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT DISTINCT FROM $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name <=> ?', params: ['x'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name IS ?', params: ['x'], keys: ['id'] },
    },
  },
  {
    name: 'arithmetic: + - * %',
    build: () => select(users.c.id.add(5), users.c.id.sub(5), users.c.id.mul(5), users.c.id.mod(5)),
    expected: {
      default: {
        sql: 'SELECT users.id + :id_1 AS anon_1, users.id - :id_2 AS anon_2, users.id * :id_3 AS anon_3, users.id % :id_4 AS anon_4 \nFROM users',
        params: { id_1: 5, id_2: 5, id_3: 5, id_4: 5 },
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      postgresql: {
        sql: 'SELECT users.id + $1 AS anon_1, users.id - $2 AS anon_2, users.id * $3 AS anon_3, users.id % $4 AS anon_4 \nFROM users',
        params: [5, 5, 5, 5],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      mysql: {
        sql: 'SELECT users.id + ? AS anon_1, users.id - ? AS anon_2, users.id * ? AS anon_3, users.id % ? AS anon_4 \nFROM users',
        params: [5, 5, 5, 5],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      sqlite: {
        sql: 'SELECT users.id + ? AS anon_1, users.id - ? AS anon_2, users.id * ? AS anon_3, users.id % ? AS anon_4 \nFROM users',
        params: [5, 5, 5, 5],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
    },
  },
  {
    name: 'true division of integers casts to NUMERIC (SQLAlchemy 2.0)',
    build: () => select(users.c.id.div(users.c.id), users.c.id.div(5)),
    expected: {
      default: {
        sql: 'SELECT users.id / CAST(users.id AS NUMERIC) AS anon_1, users.id / CAST(:id_1 AS NUMERIC) AS anon_2 \nFROM users',
        params: { id_1: 5 },
        keys: ['anon_1', 'anon_2'],
      },
      postgresql: {
        sql: 'SELECT users.id / CAST(users.id AS NUMERIC) AS anon_1, users.id / CAST($1 AS NUMERIC) AS anon_2 \nFROM users',
        params: [5],
        keys: ['anon_1', 'anon_2'],
      },
      mysql: {
        sql: 'SELECT users.id / users.id AS anon_1, users.id / ? AS anon_2 \nFROM users',
        params: [5],
        keys: ['anon_1', 'anon_2'],
      },
      sqlite: {
        sql: 'SELECT users.id / (users.id + 0.0) AS anon_1, users.id / (? + 0.0) AS anon_2 \nFROM users',
        params: [5],
        keys: ['anon_1', 'anon_2'],
      },
    },
  },
  {
    name: 'true division of float and numeric',
    build: () =>
      select(
        posts.c.rating.div(2),
        posts.c.price.div(2),
        posts.c.rating.div(posts.c.price),
        posts.c.price.div(posts.c.rating),
      ),
    expected: {
      default: {
        sql: 'SELECT posts.rating / CAST(:rating_1 AS NUMERIC) AS anon_1, posts.price / CAST(:price_1 AS NUMERIC) AS anon_2, posts.rating / CAST(posts.price AS NUMERIC(10, 2)) AS anon_3, posts.price / CAST(posts.rating AS FLOAT) AS anon_4 \nFROM posts',
        params: { rating_1: 2, price_1: 2 },
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      postgresql: {
        sql: 'SELECT posts.rating / CAST($1 AS NUMERIC) AS anon_1, posts.price / CAST($2 AS NUMERIC) AS anon_2, posts.rating / CAST(posts.price AS NUMERIC(10, 2)) AS anon_3, posts.price / CAST(posts.rating AS FLOAT) AS anon_4 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      mysql: {
        sql: 'SELECT posts.rating / ? AS anon_1, posts.price / ? AS anon_2, posts.rating / posts.price AS anon_3, posts.price / posts.rating AS anon_4 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      sqlite: {
        sql: 'SELECT posts.rating / (? + 0.0) AS anon_1, posts.price / (? + 0.0) AS anon_2, posts.rating / (posts.price + 0.0) AS anon_3, posts.price / (posts.rating + 0.0) AS anon_4 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
    },
  },
  {
    name: 'floor division per dialect',
    build: () =>
      select(
        users.c.id.floordiv(5),
        users.c.id.floordiv(users.c.id),
        posts.c.rating.floordiv(2),
        posts.c.price.floordiv(posts.c.rating),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id / :id_1 AS anon_1, users.id / users.id AS anon_2, FLOOR(posts.rating / :rating_1) AS anon_3, FLOOR(posts.price / posts.rating) AS anon_4 \nFROM users, posts',
        params: { id_1: 5, rating_1: 2 },
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      postgresql: {
        sql: 'SELECT users.id / $1 AS anon_1, users.id / users.id AS anon_2, FLOOR(posts.rating / $2) AS anon_3, FLOOR(posts.price / posts.rating) AS anon_4 \nFROM users, posts',
        params: [5, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      mysql: {
        sql: 'SELECT FLOOR(users.id / ?) AS anon_1, FLOOR(users.id / users.id) AS anon_2, FLOOR(posts.rating / ?) AS anon_3, FLOOR(posts.price / posts.rating) AS anon_4 \nFROM users, posts',
        params: [5, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
      sqlite: {
        sql: 'SELECT users.id / ? AS anon_1, users.id / users.id AS anon_2, FLOOR(posts.rating / ?) AS anon_3, FLOOR(posts.price / posts.rating) AS anon_4 \nFROM users, posts',
        params: [5, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4'],
      },
    },
  },
  {
    name: 'negation',
    build: () => select(neg(users.c.id), neg(users.c.id.add(1)), users.c.id.sub(neg(users.c.id))),
    expected: {
      default: {
        sql: 'SELECT -users.id, -(users.id + :id_1) AS anon_1, users.id - -users.id AS anon_2 \nFROM users',
        params: { id_1: 1 },
        keys: ['id', 'anon_1', 'anon_2'],
      },
      postgresql: {
        sql: 'SELECT -users.id, -(users.id + $1) AS anon_1, users.id - -users.id AS anon_2 \nFROM users',
        params: [1],
        keys: ['id', 'anon_1', 'anon_2'],
      },
      mysql: {
        sql: 'SELECT -users.id, -(users.id + ?) AS anon_1, users.id - -users.id AS anon_2 \nFROM users',
        params: [1],
        keys: ['id', 'anon_1', 'anon_2'],
      },
      sqlite: {
        sql: 'SELECT -users.id, -(users.id + ?) AS anon_1, users.id - -users.id AS anon_2 \nFROM users',
        params: [1],
        keys: ['id', 'anon_1', 'anon_2'],
      },
    },
  },
  {
    name: 'arithmetic precedence and grouping',
    build: () =>
      select(
        users.c.id.add(1).mul(2),
        users.c.id.add(2),
        users.c.id.sub(1).sub(users.c.id.sub(2)),
        users.c.id.sub(users.c.id.sub(2)),
        users.c.id.add(1).add(users.c.id.add(2)),
      ),
    expected: {
      default: {
        sql: 'SELECT (users.id + :id_1) * :param_1 AS anon_1, users.id + :id_2 AS anon_2, (users.id - :id_3) - (users.id - :id_4) AS anon_3, users.id - (users.id - :id_5) AS anon_4, users.id + :id_6 + users.id + :id_7 AS anon_5 \nFROM users',
        params: { id_1: 1, param_1: 2, id_2: 2, id_3: 1, id_4: 2, id_5: 2, id_6: 1, id_7: 2 },
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5'],
      },
      postgresql: {
        sql: 'SELECT (users.id + $1) * $2 AS anon_1, users.id + $3 AS anon_2, (users.id - $4) - (users.id - $5) AS anon_3, users.id - (users.id - $6) AS anon_4, users.id + $7 + users.id + $8 AS anon_5 \nFROM users',
        params: [1, 2, 2, 1, 2, 2, 1, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5'],
      },
      mysql: {
        sql: 'SELECT (users.id + ?) * ? AS anon_1, users.id + ? AS anon_2, (users.id - ?) - (users.id - ?) AS anon_3, users.id - (users.id - ?) AS anon_4, users.id + ? + users.id + ? AS anon_5 \nFROM users',
        params: [1, 2, 2, 1, 2, 2, 1, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5'],
      },
      sqlite: {
        sql: 'SELECT (users.id + ?) * ? AS anon_1, users.id + ? AS anon_2, (users.id - ?) - (users.id - ?) AS anon_3, users.id - (users.id - ?) AS anon_4, users.id + ? + users.id + ? AS anon_5 \nFROM users',
        params: [1, 2, 2, 1, 2, 2, 1, 2],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5'],
      },
    },
  },
  {
    name: 'string concatenation',
    build: () => select(users.c.name.add('x'), users.c.name.add(users.c.fullname), users.c.name.concat('y')),
    expected: {
      default: {
        sql: 'SELECT users.name || :name_1 AS anon_1, users.name || users.fullname AS anon_2, users.name || :name_2 AS anon_3 \nFROM users',
        params: { name_1: 'x', name_2: 'y' },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT users.name || $1 AS anon_1, users.name || users.fullname AS anon_2, users.name || $2 AS anon_3 \nFROM users',
        params: ['x', 'y'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT concat(users.name, ?) AS anon_1, concat(users.name, users.fullname) AS anon_2, concat(users.name, ?) AS anon_3 \nFROM users',
        params: ['x', 'y'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT users.name || ? AS anon_1, users.name || users.fullname AS anon_2, users.name || ? AS anon_3 \nFROM users',
        params: ['x', 'y'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'bitwise operators',
    build: () =>
      select(
        users.c.id.bitwiseAnd(3),
        users.c.id.bitwiseOr(3),
        users.c.id.bitwiseXor(3),
        users.c.id.bitwiseNot(),
        users.c.id.bitwiseLshift(1),
        users.c.id.bitwiseRshift(1),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id & :id_1 AS anon_1, users.id | :id_2 AS anon_2, users.id ^ :id_3 AS anon_3, ~users.id, users.id << :id_4 AS anon_4, users.id >> :id_5 AS anon_5 \nFROM users',
        params: { id_1: 3, id_2: 3, id_3: 3, id_4: 1, id_5: 1 },
        keys: ['anon_1', 'anon_2', 'anon_3', 'id', 'anon_4', 'anon_5'],
      },
      postgresql: {
        sql: 'SELECT users.id & $1 AS anon_1, users.id | $2 AS anon_2, users.id # $3 AS anon_3, ~users.id, users.id << $4 AS anon_4, users.id >> $5 AS anon_5 \nFROM users',
        params: [3, 3, 3, 1, 1],
        keys: ['anon_1', 'anon_2', 'anon_3', 'id', 'anon_4', 'anon_5'],
      },
      mysql: {
        sql: 'SELECT users.id & ? AS anon_1, users.id | ? AS anon_2, users.id ^ ? AS anon_3, ~users.id, users.id << ? AS anon_4, users.id >> ? AS anon_5 \nFROM users',
        params: [3, 3, 3, 1, 1],
        keys: ['anon_1', 'anon_2', 'anon_3', 'id', 'anon_4', 'anon_5'],
      },
      sqlite: {
        sql: 'SELECT users.id & ? AS anon_1, users.id | ? AS anon_2, (users.id | ? - users.id & ?) AS anon_3, ~users.id, users.id << ? AS anon_4, users.id >> ? AS anon_5 \nFROM users',
        params: [3, 3, 3, 3, 1, 1],
        keys: ['anon_1', 'anon_2', 'anon_3', 'id', 'anon_4', 'anon_5'],
      },
    },
  },
  {
    name: 'like',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.like('%ali%')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name LIKE :name_1',
        params: { name_1: '%ali%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name LIKE $1',
        params: ['%ali%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name LIKE ?',
        params: ['%ali%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name LIKE ?',
        params: ['%ali%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'notLike',
    build: () => select(users.c.id).where(users.c.name.notLike('%ali%')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE :name_1',
        params: { name_1: '%ali%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE $1',
        params: ['%ali%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE ?',
        params: ['%ali%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE ?',
        params: ['%ali%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'like with escape',
    build: () => select(users.c.id).where(users.c.name.like('a/%', { escape: '/' })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name LIKE :name_1 ESCAPE '/'",
        params: { name_1: 'a/%' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name LIKE $1 ESCAPE '/'",
        params: ['a/%'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name LIKE ? ESCAPE '/'",
        params: ['a/%'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name LIKE ? ESCAPE '/'",
        params: ['a/%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'ilike',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.ilike('%ali%')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(:name_1)',
        params: { name_1: '%ali%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name ILIKE $1',
        params: ['%ali%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(?)',
        params: ['%ali%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(?)',
        params: ['%ali%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'notIlike',
    build: () => select(users.c.id).where(users.c.name.notIlike('%ali%')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(:name_1)',
        params: { name_1: '%ali%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT ILIKE $1',
        params: ['%ali%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(?)',
        params: ['%ali%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(?)',
        params: ['%ali%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'ilike with escape',
    build: () => select(users.c.id).where(users.c.name.ilike('a^%', { escape: '^' })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(:name_1) ESCAPE '^'",
        params: { name_1: 'a^%' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE users.name ILIKE $1 ESCAPE '^'",
        params: ['a^%'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(?) ESCAPE '^'",
        params: ['a^%'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE lower(users.name) LIKE lower(?) ESCAPE '^'",
        params: ['a^%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'startswith',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.startswith('A')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE :name_1 || '%')",
        params: { name_1: 'A' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE $1 || '%')",
        params: ['A'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat(?, '%'))",
        params: ['A'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE ? || '%')",
        params: ['A'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'endswith',
    build: () => select(users.c.id).where(users.c.name.endswith('e')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || :name_1)",
        params: { name_1: 'e' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || $1)",
        params: ['e'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat('%', ?))",
        params: ['e'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || ?)",
        params: ['e'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'contains',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.name.contains('lic')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || :name_1 || '%')",
        params: { name_1: 'lic' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || $1 || '%')",
        params: ['lic'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat('%', ?, '%'))",
        params: ['lic'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || ? || '%')",
        params: ['lic'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'istartswith',
    build: () => select(users.c.id).where(users.c.name.istartswith('a')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE lower(:name_1) || '%')",
        params: { name_1: 'a' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name ILIKE $1 || '%')",
        params: ['a'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE concat(lower(?), '%'))",
        params: ['a'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE lower(?) || '%')",
        params: ['a'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'iendswith',
    build: () => select(users.c.id).where(users.c.name.iendswith('E')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(:name_1))",
        params: { name_1: 'E' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name ILIKE '%' || $1)",
        params: ['E'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE concat('%', lower(?)))",
        params: ['E'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(?))",
        params: ['E'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'icontains',
    build: () => select(users.c.id).where(users.c.name.icontains('LI')),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(:name_1) || '%')",
        params: { name_1: 'LI' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name ILIKE '%' || $1 || '%')",
        params: ['LI'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE concat('%', lower(?), '%'))",
        params: ['LI'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(?) || '%')",
        params: ['LI'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'startswith with autoescape',
    build: () => select(users.c.id).where(users.c.name.startswith('50%_/x', { autoescape: true })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE :name_1 || '%' ESCAPE '/')",
        params: { name_1: '50/%/_//x' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE $1 || '%' ESCAPE '/')",
        params: ['50/%/_//x'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat(?, '%') ESCAPE '/')",
        params: ['50/%/_//x'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE ? || '%' ESCAPE '/')",
        params: ['50/%/_//x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'contains with escape',
    build: () => select(users.c.id).where(users.c.name.contains('a^%', { escape: '^' })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || :name_1 || '%' ESCAPE '^')",
        params: { name_1: 'a^%' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || $1 || '%' ESCAPE '^')",
        params: ['a^%'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat('%', ?, '%') ESCAPE '^')",
        params: ['a^%'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE '%' || ? || '%' ESCAPE '^')",
        params: ['a^%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'icontains with autoescape',
    build: () => select(users.c.id).where(users.c.name.icontains('x%', { autoescape: true })),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(:name_1) || '%' ESCAPE '/')",
        params: { name_1: 'x/%' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name ILIKE '%' || $1 || '%' ESCAPE '/')",
        params: ['x/%'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE concat('%', lower(?), '%') ESCAPE '/')",
        params: ['x/%'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) LIKE '%' || lower(?) || '%' ESCAPE '/')",
        params: ['x/%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'startswith a column',
    build: () => select(users.c.id).where(users.c.name.startswith(users.c.fullname)),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE users.fullname || '%')",
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE users.fullname || '%')",
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE concat(users.fullname, '%'))",
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name LIKE users.fullname || '%')",
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(startswith) is NOT LIKE',
    build: () => select(users.c.id).where(not(users.c.name.startswith('A'))),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name NOT LIKE :name_1 || '%')",
        params: { name_1: 'A' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name NOT LIKE $1 || '%')",
        params: ['A'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name NOT LIKE concat(?, '%'))",
        params: ['A'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name NOT LIKE ? || '%')",
        params: ['A'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(icontains)',
    build: () => select(users.c.id).where(not(users.c.name.icontains('A'))),
    expected: {
      default: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) NOT LIKE '%' || lower(:name_1) || '%')",
        params: { name_1: 'A' },
        keys: ['id'],
      },
      postgresql: {
        sql: "SELECT users.id \nFROM users \nWHERE (users.name NOT ILIKE '%' || $1 || '%')",
        params: ['A'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) NOT LIKE concat('%', lower(?), '%'))",
        params: ['A'],
        keys: ['id'],
      },
      sqlite: {
        sql: "SELECT users.id \nFROM users \nWHERE (lower(users.name) NOT LIKE '%' || lower(?) || '%')",
        params: ['A'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(like) is NOT LIKE',
    build: () => select(users.c.id).where(not(users.c.name.like('A%'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE :name_1',
        params: { name_1: 'A%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE $1',
        params: ['A%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE ?',
        params: ['A%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT LIKE ?',
        params: ['A%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(ilike) is NOT ILIKE',
    build: () => select(users.c.id).where(not(users.c.name.ilike('A%'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(:name_1)',
        params: { name_1: 'A%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT ILIKE $1',
        params: ['A%'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(?)',
        params: ['A%'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) NOT LIKE lower(?)',
        params: ['A%'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'in a list expands per value',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.id.in([1, 2, 3])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: { id_1_1: 1, id_1_2: 2, id_1_3: 3 },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (:id_1_1, :id_1_2, :id_1_3)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [1, 2, 3],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN ($1, $2, $3)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [1, 2, 3],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?, ?, ?)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [1, 2, 3],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?, ?, ?)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'notIn a list',
    build: () => select(users.c.id).where(users.c.id.notIn([1, 2])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: { id_1_1: 1, id_1_2: 2 },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (:id_1_1, :id_1_2))',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN ($1, $2))',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (?, ?))',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (?, ?))',
        keys: ['id'],
      },
    },
  },
  {
    name: 'in an empty list',
    build: () => select(users.c.id).where(users.c.id.in([])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: {},
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (NULL) AND (1 != 1)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1])',
        params: [],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'notIn an empty list',
    build: () => select(users.c.id).where(users.c.id.notIn([])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: {},
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (NULL) OR (1 = 1))',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (NULL) OR (1 = 1))',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (NULL) OR (1 = 1))',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [],
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1))',
        keys: ['id'],
      },
    },
  },
  {
    name: 'in followed by another parameter',
    build: () => select(users.c.id).where(and(users.c.name.in(['a', 'b']), users.c.id.gt(2))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1]) AND users.id > :id_1',
        params: { id_1: 2, name_1_1: 'a', name_1_2: 'b' },
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE users.name IN (:name_1_1, :name_1_2) AND users.id > :id_1',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1]) AND users.id > $1',
        params: [2, 'a', 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN ($2, $3) AND users.id > $1',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1]) AND users.id > ?',
        params: ['a', 'b', 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?) AND users.id > ?',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1]) AND users.id > ?',
        params: ['a', 'b', 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?) AND users.id > ?',
        keys: ['id'],
      },
    },
  },
  {
    name: 'in a subquery',
    build: () => select(users.c.id).where(users.c.id.in(select(posts.c.author_id))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT posts.author_id \nFROM posts)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT posts.author_id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT posts.author_id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (SELECT posts.author_id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'notIn a subquery with criteria',
    build: () =>
      select(users.c.id).where(users.c.id.notIn(select(posts.c.author_id).where(posts.c.views.gt(10)))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (SELECT posts.author_id \nFROM posts \nWHERE posts.views > :views_1))',
        params: { views_1: 10 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (SELECT posts.author_id \nFROM posts \nWHERE posts.views > $1))',
        params: [10],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (SELECT posts.author_id \nFROM posts \nWHERE posts.views > ?))',
        params: [10],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (SELECT posts.author_id \nFROM posts \nWHERE posts.views > ?))',
        params: [10],
        keys: ['id'],
      },
    },
  },
  {
    name: 'in an expanding bindparam',
    build: () => select(users.c.id).where(users.c.id.in(bindparam('ids', [4, 5], { expanding: true }))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_ids])',
        params: { ids_1: 4, ids_2: 5 },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (:ids_1, :ids_2)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_ids])',
        params: [4, 5],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN ($1, $2)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_ids])',
        params: [4, 5],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?, ?)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_ids])',
        params: [4, 5],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?, ?)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'tuple in',
    build: () =>
      select(users.c.id).where(
        tuple(users.c.id, users.c.name).in([
          [1, 'a'],
          [2, 'b'],
        ]),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: { param_1_1_1: 1, param_1_1_2: 'a', param_1_2_1: 2, param_1_2_2: 'b' },
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN ((:param_1_1_1, :param_1_1_2), (:param_1_2_1, :param_1_2_2))',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [1, 'a', 2, 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (($1, $2), ($3, $4))',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [1, 'a', 2, 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN ((?, ?), (?, ?))',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [1, 'a', 2, 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (VALUES (?, ?), (?, ?))',
        keys: ['id'],
      },
    },
  },
  {
    name: 'tuple in an empty list',
    build: () => select(users.c.id).where(tuple(users.c.id, users.c.name).in([])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: {},
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN ((NULL, NULL)) AND (1 != 1)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [],
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN ((NULL, NULL)) AND (1 != 1)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [],
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN ((NULL, NULL)) AND (1 != 1)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (__[POSTCOMPILE_param_1])',
        params: [],
        expandedSql:
          'SELECT users.id \nFROM users \nWHERE (users.id, users.name) IN (SELECT 1, 1 FROM (SELECT 1, 1) WHERE 1!=1)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'tuple comparison',
    build: () => select(users.c.id).where(tuple(users.c.id, users.c.name).eq([1, 'x'])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) = (:param_1, :param_2)',
        params: { param_1: 1, param_2: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) = ($1, $2)',
        params: [1, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) = (?, ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id, users.name) = (?, ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'in a list holding an expression',
    build: () => select(users.c.id).where(users.c.id.in([users.c.id, 5])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (users.id, :id_1)',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (users.id, $1)',
        params: [5],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (users.id, ?)',
        params: [5],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (users.id, ?)',
        params: [5],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(in) is NOT IN',
    build: () => select(users.c.id).where(not(users.c.id.in([1, 2]))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: { id_1_1: 1, id_1_2: 2 },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (:id_1_1, :id_1_2))',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN ($1, $2))',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (?, ?))',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (__[POSTCOMPILE_id_1]))',
        params: [1, 2],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.id NOT IN (?, ?))',
        keys: ['id'],
      },
    },
  },
  {
    name: 'between',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(users.c.id.between(18, 65)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN :id_1 AND :id_2',
        params: { id_1: 18, id_2: 65 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN $1 AND $2',
        params: [18, 65],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN ? AND ?',
        params: [18, 65],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN ? AND ?',
        params: [18, 65],
        keys: ['id'],
      },
    },
  },
  {
    name: 'between symmetric',
    build: () => select(users.c.id).where(users.c.id.between(1, 9, { symmetric: true })),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN SYMMETRIC :id_1 AND :id_2',
        params: { id_1: 1, id_2: 9 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN SYMMETRIC $1 AND $2',
        params: [1, 9],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN SYMMETRIC ? AND ?',
        params: [1, 9],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN SYMMETRIC ? AND ?',
        params: [1, 9],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not between',
    build: () => select(users.c.id).where(not(users.c.id.between(1, 9))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id NOT BETWEEN :id_1 AND :id_2',
        params: { id_1: 1, id_2: 9 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id NOT BETWEEN $1 AND $2',
        params: [1, 9],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id NOT BETWEEN ? AND ?',
        params: [1, 9],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id NOT BETWEEN ? AND ?',
        params: [1, 9],
        keys: ['id'],
      },
    },
  },
  {
    name: 'or',
    source: 'seed 003 "Filtering"',
    build: () => select(users.c.id).where(or(users.c.name.eq('Alice'), users.c.name.eq('Bob'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :name_1 OR users.name = :name_2',
        params: { name_1: 'Alice', name_2: 'Bob' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1 OR users.name = $2',
        params: ['Alice', 'Bob'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = ? OR users.name = ?',
        params: ['Alice', 'Bob'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = ? OR users.name = ?',
        params: ['Alice', 'Bob'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'and with a nested or',
    source: 'seed 003 "Filtering"',
    build: () =>
      select(members.c.id).where(
        and(members.c.age.ge(18), or(members.c.city.eq('a'), members.c.city.eq('b'))),
      ),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age >= :age_1 AND (members.city = :city_1 OR members.city = :city_2)',
        params: { age_1: 18, city_1: 'a', city_2: 'b' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age >= $1 AND (members.city = $2 OR members.city = $3)',
        params: [18, 'a', 'b'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age >= ? AND (members.city = ? OR members.city = ?)',
        params: [18, 'a', 'b'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age >= ? AND (members.city = ? OR members.city = ?)',
        params: [18, 'a', 'b'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'or of and',
    source: 'seed 004 "and_(), or_(), not_"',
    build: () =>
      select(members.c.id).where(
        or(and(members.c.age.gt(18), members.c.active.eq(true)), members.c.city.eq('NYC')),
      ),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > :age_1 AND members.active = true OR members.city = :city_1',
        params: { age_1: 18, city_1: 'NYC' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > $1 AND members.active = true OR members.city = $2',
        params: [18, 'NYC'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? AND members.active = true OR members.city = ?',
        params: [18, 'NYC'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? AND members.active = 1 OR members.city = ?',
        params: [18, 'NYC'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'nested and flattens',
    build: () =>
      select(members.c.id).where(and(and(members.c.age.gt(1), members.c.age.lt(9)), members.c.city.eq('x'))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > :age_1 AND members.age < :age_2 AND members.city = :city_1',
        params: { age_1: 1, age_2: 9, city_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > $1 AND members.age < $2 AND members.city = $3',
        params: [1, 9, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? AND members.age < ? AND members.city = ?',
        params: [1, 9, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? AND members.age < ? AND members.city = ?',
        params: [1, 9, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not of and',
    build: () => select(members.c.id).where(not(and(members.c.age.gt(1), members.c.city.eq('x')))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > :age_1 AND members.city = :city_1)',
        params: { age_1: 1, city_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > $1 AND members.city = $2)',
        params: [1, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > ? AND members.city = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > ? AND members.city = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not of or',
    build: () => select(members.c.id).where(not(or(members.c.age.gt(1), members.c.city.eq('x')))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > :age_1 OR members.city = :city_1)',
        params: { age_1: 1, city_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > $1 OR members.city = $2)',
        params: [1, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > ? OR members.city = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE NOT (members.age > ? OR members.city = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(not(x)) is x',
    build: () => select(members.c.id).where(not(not(members.c.active))),
    expected: {
      default: { sql: 'SELECT members.id \nFROM members \nWHERE members.active', params: {}, keys: ['id'] },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(>) is <=',
    build: () => select(members.c.id).where(not(members.c.age.gt(3))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age <= :age_1',
        params: { age_1: 3 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age <= $1',
        params: [3],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT members.id \nFROM members \nWHERE members.age <= ?', params: [3], keys: ['id'] },
      sqlite: { sql: 'SELECT members.id \nFROM members \nWHERE members.age <= ?', params: [3], keys: ['id'] },
    },
  },
  {
    name: 'not(IS NULL) is IS NOT NULL',
    build: () => select(members.c.id).where(not(members.c.name.eq(null))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.name IS NOT NULL',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'and inside or needs no parentheses',
    build: () =>
      select(members.c.id).where(or(members.c.age.gt(1), and(members.c.age.lt(0), members.c.city.eq('x')))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > :age_1 OR members.age < :age_2 AND members.city = :city_1',
        params: { age_1: 1, age_2: 0, city_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > $1 OR members.age < $2 AND members.city = $3',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? OR members.age < ? AND members.city = ?',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.age > ? OR members.age < ? AND members.city = ?',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'or inside and is parenthesized',
    build: () =>
      select(members.c.id).where(and(or(members.c.age.gt(1), members.c.age.lt(0)), members.c.city.eq('x'))),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE (members.age > :age_1 OR members.age < :age_2) AND members.city = :city_1',
        params: { age_1: 1, age_2: 0, city_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE (members.age > $1 OR members.age < $2) AND members.city = $3',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE (members.age > ? OR members.age < ?) AND members.city = ?',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE (members.age > ? OR members.age < ?) AND members.city = ?',
        params: [1, 0, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'collate',
    build: () => select(users.c.id).where(users.c.name.collate('C').eq('x')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name COLLATE "C") = :param_1',
        params: { param_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name COLLATE "C") = $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name COLLATE `C`) = ?',
        params: ['x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name COLLATE "C") = ?',
        params: ['x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'collate in the columns clause',
    build: () => select(users.c.name.collate('utf8mb4_bin')),
    expected: {
      default: {
        sql: 'SELECT users.name COLLATE utf8mb4_bin AS anon_1 \nFROM users',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.name COLLATE utf8mb4_bin AS anon_1 \nFROM users',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT users.name COLLATE utf8mb4_bin AS anon_1 \nFROM users',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.name COLLATE utf8mb4_bin AS anon_1 \nFROM users',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'regexpMatch',
    build: () => select(users.c.id).where(users.c.name.regexpMatch('^a.*')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name <regexp> :name_1',
        params: { name_1: '^a.*' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name ~ $1',
        params: ['^a.*'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name REGEXP ?',
        params: ['^a.*'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name REGEXP ?',
        params: ['^a.*'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'regexpMatch with flags',
    build: () => select(users.c.id).where(users.c.name.regexpMatch('^a', 'i')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name <regexp> :name_1',
        params: { name_1: '^a' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name ~* $1',
        params: ['^a'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT users.id \nFROM users \nWHERE REGEXP_LIKE(users.name, ?, 'i')",
        params: ['^a'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name REGEXP ?',
        params: ['^a'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not regexpMatch',
    build: () => select(users.c.id).where(not(users.c.name.regexpMatch('^a'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name <not regexp> :name_1',
        params: { name_1: '^a' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name !~ $1',
        params: ['^a'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT REGEXP ?',
        params: ['^a'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name NOT REGEXP ?',
        params: ['^a'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'regexpReplace',
    build: () => select(users.c.name.regexpReplace('a+', 'b')),
    expected: {
      default: {
        sql: 'SELECT <regexp replace>(users.name, :name_1, :name_2) AS anon_1 \nFROM users',
        params: { name_1: 'a+', name_2: 'b' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT REGEXP_REPLACE(users.name, $1, $2) AS anon_1 \nFROM users',
        params: ['a+', 'b'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT REGEXP_REPLACE(users.name, ?, ?) AS anon_1 \nFROM users',
        params: ['a+', 'b'],
        keys: ['anon_1'],
      },
      // SQLAlchemy: CompileError: sqlite dialect does not support regular expression replacements
      sqlite: { error: /sqlite dialect does not support regular expression replacements/ },
    },
  },
  {
    name: 'regexpReplace with flags',
    build: () => select(users.c.name.regexpReplace('a+', 'b', 'g')),
    expected: {
      default: {
        sql: 'SELECT <regexp replace>(users.name, :name_1, :name_2) AS anon_1 \nFROM users',
        params: { name_1: 'a+', name_2: 'b' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: "SELECT REGEXP_REPLACE(users.name, $1, $2, 'g') AS anon_1 \nFROM users",
        params: ['a+', 'b'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: "SELECT REGEXP_REPLACE(users.name, ?, ?, 'g') AS anon_1 \nFROM users",
        params: ['a+', 'b'],
        keys: ['anon_1'],
      },
      // SQLAlchemy: CompileError: sqlite dialect does not support regular expression replacements
      sqlite: { error: /sqlite dialect does not support regular expression replacements/ },
    },
  },
  {
    name: 'match: full-text search per dialect',
    build: () => select(users.c.id).where(users.c.name.match('word')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name MATCH :name_1',
        params: { name_1: 'word' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name @@ plainto_tsquery($1)',
        params: ['word'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE MATCH (users.name) AGAINST (? IN BOOLEAN MODE)',
        params: ['word'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name MATCH ?',
        params: ['word'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(match)',
    build: () => select(users.c.id).where(not(users.c.name.match('word'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT users.name MATCH :name_1',
        params: { name_1: 'word' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT users.name @@ plainto_tsquery($1)',
        params: ['word'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT MATCH (users.name) AGAINST (? IN BOOLEAN MODE)',
        params: ['word'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT users.name MATCH ?',
        params: ['word'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'in a list holding null',
    build: () => select(users.c.id).where(users.c.name.in(['a', null])),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1])',
        params: { name_1_1: 'a', name_1_2: null },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (:name_1_1, :name_1_2)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1])',
        params: ['a', null],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN ($1, $2)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1])',
        params: ['a', null],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_name_1])',
        params: ['a', null],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'in or IS NULL',
    build: () => select(users.c.id).where(or(users.c.id.in([1]), users.c.id.is(null))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1]) OR users.id IS NULL',
        params: { id_1_1: 1 },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (:id_1_1) OR users.id IS NULL',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1]) OR users.id IS NULL',
        params: [1],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN ($1) OR users.id IS NULL',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1]) OR users.id IS NULL',
        params: [1],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?) OR users.id IS NULL',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id IN (__[POSTCOMPILE_id_1]) OR users.id IS NULL',
        params: [1],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.id IN (?) OR users.id IS NULL',
        keys: ['id'],
      },
    },
  },
  {
    name: 'in a correlated subquery',
    build: () =>
      select(users.c.id).where(
        users.c.name.in(select(posts.c.title).where(posts.c.author_id.eq(users.c.id))),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (SELECT posts.title \nFROM posts \nWHERE posts.author_id = users.id)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (SELECT posts.title \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (SELECT posts.title \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (SELECT posts.title \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'two BETWEENs under AND',
    build: () => select(users.c.id).where(and(users.c.id.between(1, 5), users.c.name.between('a', 'm'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN :id_1 AND :id_2 AND users.name BETWEEN :name_1 AND :name_2',
        params: { id_1: 1, id_2: 5, name_1: 'a', name_2: 'm' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN $1 AND $2 AND users.name BETWEEN $3 AND $4',
        params: [1, 5, 'a', 'm'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN ? AND ? AND users.name BETWEEN ? AND ?',
        params: [1, 5, 'a', 'm'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id BETWEEN ? AND ? AND users.name BETWEEN ? AND ?',
        params: [1, 5, 'a', 'm'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(=) is !=',
    build: () => select(users.c.id).where(not(users.c.id.eq(5))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id != :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id != ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'not(in) of strings',
    build: () => select(users.c.id).where(not(users.c.name.in(['a']))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (__[POSTCOMPILE_name_1]))',
        params: { name_1_1: 'a' },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (:name_1_1))',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (__[POSTCOMPILE_name_1]))',
        params: ['a'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN ($1))',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (__[POSTCOMPILE_name_1]))',
        params: ['a'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (?))',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (__[POSTCOMPILE_name_1]))',
        params: ['a'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE (users.name NOT IN (?))',
        keys: ['id'],
      },
    },
  },
  {
    name: 'not(and) is NOT (\u2026)',
    build: () => select(users.c.id).where(not(and(users.c.id.gt(1), users.c.name.eq('x')))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (users.id > :id_1 AND users.name = :name_1)',
        params: { id_1: 1, name_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (users.id > $1 AND users.name = $2)',
        params: [1, 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (users.id > ? AND users.name = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (users.id > ? AND users.name = ?)',
        params: [1, 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'IS NOT NULL and IS NULL',
    build: () => select(users.c.id).where(and(users.c.name.isNot(null), users.c.fullname.is(null))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL AND users.fullname IS NULL',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL AND users.fullname IS NULL',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL AND users.fullname IS NULL',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IS NOT NULL AND users.fullname IS NULL',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean IS NOT true per dialect',
    build: () => select(members.c.id).where(members.c.active.isNot(true)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT true',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT true',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT true',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active IS NOT 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'boolean comparisons selected',
    build: () => select(members.c.active.eq(false), not(members.c.active)),
    expected: {
      default: {
        sql: 'SELECT members.active = false AS anon_1, NOT members.active \nFROM members',
        params: {},
        keys: ['anon_1', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.active = false AS anon_1, NOT members.active \nFROM members',
        params: [],
        keys: ['anon_1', 'active'],
      },
      mysql: {
        sql: 'SELECT members.active = false AS anon_1, members.active = 0 AS active \nFROM members',
        params: [],
        keys: ['anon_1', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.active = 0 AS anon_1, members.active = 0 AS active \nFROM members',
        params: [],
        keys: ['anon_1', 'active'],
      },
    },
  },
  {
    name: 'string concatenation of three parts',
    build: () => select(users.c.name.concat(' ').concat(users.c.fullname)),
    expected: {
      default: {
        sql: 'SELECT users.name || :name_1 || users.fullname AS anon_1 \nFROM users',
        params: { name_1: ' ' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.name || $1 || users.fullname AS anon_1 \nFROM users',
        params: [' '],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT concat(users.name, ?, users.fullname) AS anon_1 \nFROM users',
        params: [' '],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.name || ? || users.fullname AS anon_1 \nFROM users',
        params: [' '],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'arithmetic grouping follows precedence',
    build: () =>
      select(
        posts.c.views.mul(2).add(1),
        posts.c.views.add(1).mul(2),
        posts.c.views.sub(posts.c.views.sub(1)),
      ),
    expected: {
      default: {
        sql: 'SELECT posts.views * :views_1 + :param_1 AS anon_1, (posts.views + :views_2) * :param_2 AS anon_2, posts.views - (posts.views - :views_3) AS anon_3 \nFROM posts',
        params: { views_1: 2, param_1: 1, views_2: 1, param_2: 2, views_3: 1 },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT posts.views * $1 + $2 AS anon_1, (posts.views + $3) * $4 AS anon_2, posts.views - (posts.views - $5) AS anon_3 \nFROM posts',
        params: [2, 1, 1, 2, 1],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT posts.views * ? + ? AS anon_1, (posts.views + ?) * ? AS anon_2, posts.views - (posts.views - ?) AS anon_3 \nFROM posts',
        params: [2, 1, 1, 2, 1],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT posts.views * ? + ? AS anon_1, (posts.views + ?) * ? AS anon_2, posts.views - (posts.views - ?) AS anon_3 \nFROM posts',
        params: [2, 1, 1, 2, 1],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'numeric and float arithmetic',
    build: () => select(posts.c.price.mul(2), posts.c.rating.div(2), posts.c.price.div(posts.c.views)),
    expected: {
      default: {
        sql: 'SELECT posts.price * :price_1 AS anon_1, posts.rating / CAST(:rating_1 AS NUMERIC) AS anon_2, posts.price / CAST(posts.views AS NUMERIC) AS anon_3 \nFROM posts',
        params: { price_1: 2, rating_1: 2 },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT posts.price * $1 AS anon_1, posts.rating / CAST($2 AS NUMERIC) AS anon_2, posts.price / CAST(posts.views AS NUMERIC) AS anon_3 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT posts.price * ? AS anon_1, posts.rating / ? AS anon_2, posts.price / posts.views AS anon_3 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT posts.price * ? AS anon_1, posts.rating / (? + 0.0) AS anon_2, posts.price / (posts.views + 0.0) AS anon_3 \nFROM posts',
        params: [2, 2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'datetime subtraction',
    build: () => select(posts.c.created_at.sub(posts.c.created_at)),
    expected: {
      default: {
        sql: 'SELECT posts.created_at - posts.created_at AS anon_1 \nFROM posts',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT posts.created_at - posts.created_at AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT posts.created_at - posts.created_at AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT posts.created_at - posts.created_at AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'negation of a column and of a sum',
    build: () => select(neg(posts.c.views), neg(posts.c.views.add(1))),
    expected: {
      default: {
        sql: 'SELECT -posts.views, -(posts.views + :views_1) AS anon_1 \nFROM posts',
        params: { views_1: 1 },
        keys: ['views', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT -posts.views, -(posts.views + $1) AS anon_1 \nFROM posts',
        params: [1],
        keys: ['views', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT -posts.views, -(posts.views + ?) AS anon_1 \nFROM posts',
        params: [1],
        keys: ['views', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT -posts.views, -(posts.views + ?) AS anon_1 \nFROM posts',
        params: [1],
        keys: ['views', 'anon_1'],
      },
    },
  },
  {
    name: 'custom operator',
    build: () => select(users.c.id).where(users.c.name.op<boolean>('~~*')('a%')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name ~~* :name_1',
        params: { name_1: 'a%' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name ~~* $1',
        params: ['a%'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name ~~* ?', params: ['a%'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name ~~* ?', params: ['a%'], keys: ['id'] },
    },
  },
  {
    name: 'custom comparison operator',
    build: () => select(users.c.id).where(users.c.id.op('<->', { isComparison: true })(5)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id <-> :id_1',
        params: { id_1: 5 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <-> $1', params: [5], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <-> ?', params: [5], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id <-> ?', params: [5], keys: ['id'] },
    },
  },
  {
    name: 'custom operator with precedence groups its operand',
    build: () => select(users.c.id.op('*', { precedence: 8 })(users.c.id.add(1))),
    expected: {
      default: {
        sql: 'SELECT users.id * (users.id + :id_1) AS anon_1 \nFROM users',
        params: { id_1: 1 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.id * (users.id + $1) AS anon_1 \nFROM users',
        params: [1],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT users.id * (users.id + ?) AS anon_1 \nFROM users',
        params: [1],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.id * (users.id + ?) AS anon_1 \nFROM users',
        params: [1],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'bind names after what they are compared with',
    build: () =>
      select(users.c.id).where(
        and(
          func.length(users.c.name).label('len').gt(3),
          users.c.name.label('n').eq('x'),
          func.lower(users.c.name).eq('y'),
          cast(users.c.id, String).eq('z'),
          users.c.id.add(1).eq(2),
          typeCoerce(users.c.id, String).eq('q'),
        ),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE length(users.name) > :param_1 AND users.name = :param_2 AND lower(users.name) = :lower_1 AND CAST(users.id AS VARCHAR) = :param_3 AND users.id + :id_1 = :param_4 AND users.id = :param_5',
        params: { param_1: 3, param_2: 'x', lower_1: 'y', param_3: 'z', id_1: 1, param_4: 2, param_5: 'q' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE length(users.name) > $1 AND users.name = $2 AND lower(users.name) = $3 AND CAST(users.id AS VARCHAR) = $4 AND users.id + $5 = $6 AND users.id = $7',
        params: [3, 'x', 'y', 'z', 1, 2, 'q'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE length(users.name) > ? AND users.name = ? AND lower(users.name) = ? AND CAST(users.id AS CHAR) = ? AND users.id + ? = ? AND users.id = ?',
        params: [3, 'x', 'y', 'z', 1, 2, 'q'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE length(users.name) > ? AND users.name = ? AND lower(users.name) = ? AND CAST(users.id AS VARCHAR) = ? AND users.id + ? = ? AND users.id = ?',
        params: [3, 'x', 'y', 'z', 1, 2, 'q'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'named bindparam',
    build: () => select(users.c.id).where(users.c.id.eq(bindparam('uid', 7))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = :uid',
        params: { uid: 7 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = $1', params: [7], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = ?', params: [7], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = ?', params: [7], keys: ['id'] },
    },
  },
];
