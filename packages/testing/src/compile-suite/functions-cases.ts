// Function and special-form cases: func.*, CASE, CAST, typeCoerce, window functions, FILTER,
// WITHIN GROUP, EXTRACT, literals, text() and bindparam(), recorded from SQLAlchemy 2.0.52.
import {
  Boolean,
  bindparam,
  case_,
  cast,
  Date,
  DateTime,
  extract,
  Float,
  func,
  Integer,
  literal,
  literalColumn,
  Numeric,
  over,
  String,
  select,
  Text,
  text,
  tuple,
  typeCoerce,
} from '@retort/core';
import type { CompileCase } from './compile-case';
import { employees, members, posts, users } from './fixtures';

export const FUNCTION_CASES: readonly CompileCase[] = [
  {
    name: 'func: count of a column',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.count(users.c.id)),
    expected: {
      default: { sql: 'SELECT count(users.id) AS count_1 \nFROM users', params: {}, keys: ['count_1'] },
      postgresql: { sql: 'SELECT count(users.id) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      mysql: { sql: 'SELECT count(users.id) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      sqlite: { sql: 'SELECT count(users.id) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
    },
  },
  {
    name: 'func: sum, avg, min and max',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () =>
      select(
        func.sum(posts.c.price),
        func.avg(posts.c.price),
        func.min(posts.c.price),
        func.max(posts.c.price),
      ),
    expected: {
      default: {
        sql: 'SELECT sum(posts.price) AS sum_1, avg(posts.price) AS avg_1, min(posts.price) AS min_1, max(posts.price) AS max_1 \nFROM posts',
        params: {},
        keys: ['sum_1', 'avg_1', 'min_1', 'max_1'],
      },
      postgresql: {
        sql: 'SELECT sum(posts.price) AS sum_1, avg(posts.price) AS avg_1, min(posts.price) AS min_1, max(posts.price) AS max_1 \nFROM posts',
        params: [],
        keys: ['sum_1', 'avg_1', 'min_1', 'max_1'],
      },
      mysql: {
        sql: 'SELECT sum(posts.price) AS sum_1, avg(posts.price) AS avg_1, min(posts.price) AS min_1, max(posts.price) AS max_1 \nFROM posts',
        params: [],
        keys: ['sum_1', 'avg_1', 'min_1', 'max_1'],
      },
      sqlite: {
        sql: 'SELECT sum(posts.price) AS sum_1, avg(posts.price) AS avg_1, min(posts.price) AS min_1, max(posts.price) AS max_1 \nFROM posts',
        params: [],
        keys: ['sum_1', 'avg_1', 'min_1', 'max_1'],
      },
    },
  },
  {
    name: 'func: lower, upper, length',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.lower(users.c.name), func.upper(users.c.name), func.length(users.c.name)),
    expected: {
      default: {
        sql: 'SELECT lower(users.name) AS lower_1, upper(users.name) AS upper_1, length(users.name) AS length_1 \nFROM users',
        params: {},
        keys: ['lower_1', 'upper_1', 'length_1'],
      },
      postgresql: {
        sql: 'SELECT lower(users.name) AS lower_1, upper(users.name) AS upper_1, length(users.name) AS length_1 \nFROM users',
        params: [],
        keys: ['lower_1', 'upper_1', 'length_1'],
      },
      mysql: {
        sql: 'SELECT lower(users.name) AS lower_1, upper(users.name) AS upper_1, length(users.name) AS length_1 \nFROM users',
        params: [],
        keys: ['lower_1', 'upper_1', 'length_1'],
      },
      sqlite: {
        sql: 'SELECT lower(users.name) AS lower_1, upper(users.name) AS upper_1, length(users.name) AS length_1 \nFROM users',
        params: [],
        keys: ['lower_1', 'upper_1', 'length_1'],
      },
    },
  },
  {
    name: 'func: coalesce',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.coalesce(users.c.fullname, users.c.name)),
    expected: {
      default: {
        sql: 'SELECT coalesce(users.fullname, users.name) AS coalesce_1 \nFROM users',
        params: {},
        keys: ['coalesce_1'],
      },
      postgresql: {
        sql: 'SELECT coalesce(users.fullname, users.name) AS coalesce_1 \nFROM users',
        params: [],
        keys: ['coalesce_1'],
      },
      mysql: {
        sql: 'SELECT coalesce(users.fullname, users.name) AS coalesce_1 \nFROM users',
        params: [],
        keys: ['coalesce_1'],
      },
      sqlite: {
        sql: 'SELECT coalesce(users.fullname, users.name) AS coalesce_1 \nFROM users',
        params: [],
        keys: ['coalesce_1'],
      },
    },
  },
  {
    name: 'func: coalesce with a value',
    build: () => select(func.coalesce(users.c.name, 'anonymous')),
    expected: {
      default: {
        sql: 'SELECT coalesce(users.name, :coalesce_2) AS coalesce_1 \nFROM users',
        params: { coalesce_2: 'anonymous' },
        keys: ['coalesce_1'],
      },
      postgresql: {
        sql: 'SELECT coalesce(users.name, $1) AS coalesce_1 \nFROM users',
        params: ['anonymous'],
        keys: ['coalesce_1'],
      },
      mysql: {
        sql: 'SELECT coalesce(users.name, ?) AS coalesce_1 \nFROM users',
        params: ['anonymous'],
        keys: ['coalesce_1'],
      },
      sqlite: {
        sql: 'SELECT coalesce(users.name, ?) AS coalesce_1 \nFROM users',
        params: ['anonymous'],
        keys: ['coalesce_1'],
      },
    },
  },
  {
    name: 'func: now per dialect',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.now()),
    expected: {
      default: { sql: 'SELECT now() AS now_1', params: {}, keys: ['now_1'] },
      postgresql: { sql: 'SELECT now() AS now_1', params: [], keys: ['now_1'] },
      mysql: { sql: 'SELECT now() AS now_1', params: [], keys: ['now_1'] },
      sqlite: { sql: 'SELECT CURRENT_TIMESTAMP AS now_1', params: [], keys: ['now_1'] },
    },
  },
  {
    name: 'func: current_timestamp and current_date without parentheses',
    build: () => select(func.current_timestamp(), func.current_date()),
    expected: {
      default: {
        sql: 'SELECT CURRENT_TIMESTAMP AS current_timestamp_1, CURRENT_DATE AS current_date_1',
        params: {},
        keys: ['current_timestamp_1', 'current_date_1'],
      },
      postgresql: {
        sql: 'SELECT CURRENT_TIMESTAMP AS current_timestamp_1, CURRENT_DATE AS current_date_1',
        params: [],
        keys: ['current_timestamp_1', 'current_date_1'],
      },
      mysql: {
        sql: 'SELECT CURRENT_TIMESTAMP AS current_timestamp_1, CURRENT_DATE AS current_date_1',
        params: [],
        keys: ['current_timestamp_1', 'current_date_1'],
      },
      sqlite: {
        sql: 'SELECT CURRENT_TIMESTAMP AS current_timestamp_1, CURRENT_DATE AS current_date_1',
        params: [],
        keys: ['current_timestamp_1', 'current_date_1'],
      },
    },
  },
  {
    name: 'func: localtimestamp',
    build: () => select(func.localtimestamp()),
    expected: {
      default: { sql: 'SELECT LOCALTIMESTAMP AS localtimestamp_1', params: {}, keys: ['localtimestamp_1'] },
      postgresql: {
        sql: 'SELECT LOCALTIMESTAMP AS localtimestamp_1',
        params: [],
        keys: ['localtimestamp_1'],
      },
      mysql: { sql: 'SELECT LOCALTIMESTAMP AS localtimestamp_1', params: [], keys: ['localtimestamp_1'] },
      sqlite: {
        sql: "SELECT DATETIME(CURRENT_TIMESTAMP, 'localtime') AS localtimestamp_1",
        params: [],
        keys: ['localtimestamp_1'],
      },
    },
  },
  {
    name: 'func: random',
    build: () => select(func.random()),
    expected: {
      default: { sql: 'SELECT random() AS random_1', params: {}, keys: ['random_1'] },
      postgresql: { sql: 'SELECT random() AS random_1', params: [], keys: ['random_1'] },
      mysql: { sql: 'SELECT rand() AS random_1', params: [], keys: ['random_1'] },
      sqlite: { sql: 'SELECT random() AS random_1', params: [], keys: ['random_1'] },
    },
  },
  {
    name: 'func: date of a timestamp',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.date(posts.c.created_at)),
    expected: {
      default: { sql: 'SELECT date(posts.created_at) AS date_1 \nFROM posts', params: {}, keys: ['date_1'] },
      postgresql: {
        sql: 'SELECT date(posts.created_at) AS date_1 \nFROM posts',
        params: [],
        keys: ['date_1'],
      },
      mysql: { sql: 'SELECT date(posts.created_at) AS date_1 \nFROM posts', params: [], keys: ['date_1'] },
      sqlite: { sql: 'SELECT date(posts.created_at) AS date_1 \nFROM posts', params: [], keys: ['date_1'] },
    },
  },
  {
    name: 'func: extract year',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.extract('year', posts.c.created_at)),
    expected: {
      default: {
        sql: 'SELECT EXTRACT(year FROM posts.created_at) AS anon_1 \nFROM posts',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT EXTRACT(year FROM posts.created_at) AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT EXTRACT(year FROM posts.created_at) AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: "SELECT CAST(STRFTIME('%Y', posts.created_at) AS INTEGER) AS anon_1 \nFROM posts",
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'func: extract() function',
    build: () =>
      select(extract('month', posts.c.created_at)).where(extract('year', posts.c.created_at).eq(2024)),
    expected: {
      default: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1 \nFROM posts \nWHERE EXTRACT(year FROM posts.created_at) = :param_1',
        params: { param_1: 2024 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1 \nFROM posts \nWHERE EXTRACT(year FROM posts.created_at) = $1',
        params: [2024],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1 \nFROM posts \nWHERE EXTRACT(year FROM posts.created_at) = ?',
        params: [2024],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: "SELECT CAST(STRFTIME('%m', posts.created_at) AS INTEGER) AS anon_1 \nFROM posts \nWHERE CAST(STRFTIME('%Y', posts.created_at) AS INTEGER) = ?",
        params: [2024],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'func: char_length',
    build: () => select(func.char_length(users.c.name)),
    expected: {
      default: {
        sql: 'SELECT char_length(users.name) AS char_length_1 \nFROM users',
        params: {},
        keys: ['char_length_1'],
      },
      postgresql: {
        sql: 'SELECT char_length(users.name) AS char_length_1 \nFROM users',
        params: [],
        keys: ['char_length_1'],
      },
      mysql: {
        sql: 'SELECT char_length(users.name) AS char_length_1 \nFROM users',
        params: [],
        keys: ['char_length_1'],
      },
      sqlite: {
        sql: 'SELECT length(users.name) AS char_length_1 \nFROM users',
        params: [],
        keys: ['char_length_1'],
      },
    },
  },
  {
    name: 'func: concat',
    build: () => select(func.concat(users.c.name, ' ', users.c.fullname)),
    expected: {
      default: {
        sql: 'SELECT concat(users.name, :concat_2, users.fullname) AS concat_1 \nFROM users',
        params: { concat_2: ' ' },
        keys: ['concat_1'],
      },
      postgresql: {
        sql: 'SELECT concat(users.name, $1, users.fullname) AS concat_1 \nFROM users',
        params: [' '],
        keys: ['concat_1'],
      },
      mysql: {
        sql: 'SELECT concat(users.name, ?, users.fullname) AS concat_1 \nFROM users',
        params: [' '],
        keys: ['concat_1'],
      },
      sqlite: {
        sql: 'SELECT concat(users.name, ?, users.fullname) AS concat_1 \nFROM users',
        params: [' '],
        keys: ['concat_1'],
      },
    },
  },
  {
    name: 'func: unknown function with arguments',
    build: () => select(func.json_build_object('id', users.c.id)),
    expected: {
      default: {
        sql: 'SELECT json_build_object(:json_build_object_2, users.id) AS json_build_object_1 \nFROM users',
        params: { json_build_object_2: 'id' },
        keys: ['json_build_object_1'],
      },
      postgresql: {
        sql: 'SELECT json_build_object($1, users.id) AS json_build_object_1 \nFROM users',
        params: ['id'],
        keys: ['json_build_object_1'],
      },
      mysql: {
        sql: 'SELECT json_build_object(?, users.id) AS json_build_object_1 \nFROM users',
        params: ['id'],
        keys: ['json_build_object_1'],
      },
      sqlite: {
        sql: 'SELECT json_build_object(?, users.id) AS json_build_object_1 \nFROM users',
        params: ['id'],
        keys: ['json_build_object_1'],
      },
    },
  },
  {
    name: 'func: function name needing quotes',
    build: () => select(func.named('my func', users.c.id)),
    expected: {
      default: {
        sql: 'SELECT "my func"(users.id) AS my_func_1 \nFROM users',
        params: {},
        keys: ['my_func_1'],
      },
      postgresql: {
        sql: 'SELECT "my func"(users.id) AS my_func_1 \nFROM users',
        params: [],
        keys: ['my_func_1'],
      },
      mysql: { sql: 'SELECT `my func`(users.id) AS my_func_1 \nFROM users', params: [], keys: ['my_func_1'] },
      sqlite: {
        sql: 'SELECT "my func"(users.id) AS my_func_1 \nFROM users',
        params: [],
        keys: ['my_func_1'],
      },
    },
  },
  {
    name: 'func: schema-qualified function',
    build: () => select(func.named('myschema.myfn', users.c.id)),
    expected: {
      default: { sql: 'SELECT myschema.myfn(users.id) AS myfn_1 \nFROM users', params: {}, keys: ['myfn_1'] },
      postgresql: {
        sql: 'SELECT myschema.myfn(users.id) AS myfn_1 \nFROM users',
        params: [],
        keys: ['myfn_1'],
      },
      mysql: { sql: 'SELECT myschema.myfn(users.id) AS myfn_1 \nFROM users', params: [], keys: ['myfn_1'] },
      sqlite: { sql: 'SELECT myschema.myfn(users.id) AS myfn_1 \nFROM users', params: [], keys: ['myfn_1'] },
    },
  },
  {
    name: 'func: function compared with a value',
    build: () => select(users.c.id).where(func.lower(users.c.name).eq('bob')),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) = :lower_1',
        params: { lower_1: 'bob' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) = $1',
        params: ['bob'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) = ?',
        params: ['bob'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE lower(users.name) = ?',
        params: ['bob'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'func: count(*) compared in HAVING',
    build: () => select(members.c.city).groupBy(members.c.city).having(func.count().gt(1)),
    expected: {
      default: {
        sql: 'SELECT members.city \nFROM members GROUP BY members.city \nHAVING count(*) > :count_1',
        params: { count_1: 1 },
        keys: ['city'],
      },
      postgresql: {
        sql: 'SELECT members.city \nFROM members GROUP BY members.city \nHAVING count(*) > $1',
        params: [1],
        keys: ['city'],
      },
      mysql: {
        sql: 'SELECT members.city \nFROM members GROUP BY members.city \nHAVING count(*) > ?',
        params: [1],
        keys: ['city'],
      },
      sqlite: {
        sql: 'SELECT members.city \nFROM members GROUP BY members.city \nHAVING count(*) > ?',
        params: [1],
        keys: ['city'],
      },
    },
  },
  {
    name: 'over: row_number partitioned and ordered',
    source: 'seed 003 "func.* -- SQL Functions" (window functions)',
    build: () =>
      select(
        users.c.name,
        func
          .row_number()
          .over({ partitionBy: employees.c.department_id, orderBy: employees.c.salary.desc() })
          .label('row_num'),
      ).selectFrom(employees),
    expected: {
      default: {
        sql: 'SELECT users.name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS row_num \nFROM employees, users',
        params: {},
        keys: ['name', 'row_num'],
      },
      postgresql: {
        sql: 'SELECT users.name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS row_num \nFROM employees, users',
        params: [],
        keys: ['name', 'row_num'],
      },
      mysql: {
        sql: 'SELECT users.name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS row_num \nFROM employees, users',
        params: [],
        keys: ['name', 'row_num'],
      },
      sqlite: {
        sql: 'SELECT users.name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS row_num \nFROM employees, users',
        params: [],
        keys: ['name', 'row_num'],
      },
    },
  },
  {
    name: 'over: empty window',
    build: () => select(func.rank().over()),
    expected: {
      default: { sql: 'SELECT rank() OVER () AS anon_1', params: {}, keys: ['anon_1'] },
      postgresql: { sql: 'SELECT rank() OVER () AS anon_1', params: [], keys: ['anon_1'] },
      mysql: { sql: 'SELECT rank() OVER () AS anon_1', params: [], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT rank() OVER () AS anon_1', params: [], keys: ['anon_1'] },
    },
  },
  {
    name: 'over: standalone over()',
    build: () => select(over(func.sum(employees.c.salary), { partitionBy: employees.c.department_id })),
    expected: {
      default: {
        sql: 'SELECT sum(employees.salary) OVER (PARTITION BY employees.department_id) AS anon_1 \nFROM employees',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT sum(employees.salary) OVER (PARTITION BY employees.department_id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT sum(employees.salary) OVER (PARTITION BY employees.department_id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT sum(employees.salary) OVER (PARTITION BY employees.department_id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: rows frame',
    build: () => select(func.sum(employees.c.salary).over({ orderBy: employees.c.id, rows: [-2, 0] })),
    expected: {
      default: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN :param_1 PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: { param_1: 2 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [2],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN ? PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [2],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN ? PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [2],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: range frame unbounded',
    build: () => select(func.sum(employees.c.salary).over({ orderBy: employees.c.id, range: [null, null] })),
    expected: {
      default: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: rows frame following',
    build: () => select(func.avg(employees.c.salary).over({ orderBy: employees.c.id, rows: [0, 3] })),
    expected: {
      default: {
        sql: 'SELECT avg(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN CURRENT ROW AND :param_1 FOLLOWING) AS anon_1 \nFROM employees',
        params: { param_1: 3 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT avg(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN CURRENT ROW AND $1 FOLLOWING) AS anon_1 \nFROM employees',
        params: [3],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT avg(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN CURRENT ROW AND ? FOLLOWING) AS anon_1 \nFROM employees',
        params: [3],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT avg(employees.salary) OVER (ORDER BY employees.id ROWS BETWEEN CURRENT ROW AND ? FOLLOWING) AS anon_1 \nFROM employees',
        params: [3],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: several window functions',
    build: () =>
      select(
        func.rank().over({ orderBy: employees.c.salary }),
        func.dense_rank().over({ orderBy: employees.c.salary }),
        func.lag(employees.c.salary).over({ orderBy: employees.c.id }),
      ),
    expected: {
      default: {
        sql: 'SELECT rank() OVER (ORDER BY employees.salary) AS anon_1, dense_rank() OVER (ORDER BY employees.salary) AS anon_2, lag(employees.salary) OVER (ORDER BY employees.id) AS anon_3 \nFROM employees',
        params: {},
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT rank() OVER (ORDER BY employees.salary) AS anon_1, dense_rank() OVER (ORDER BY employees.salary) AS anon_2, lag(employees.salary) OVER (ORDER BY employees.id) AS anon_3 \nFROM employees',
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT rank() OVER (ORDER BY employees.salary) AS anon_1, dense_rank() OVER (ORDER BY employees.salary) AS anon_2, lag(employees.salary) OVER (ORDER BY employees.id) AS anon_3 \nFROM employees',
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT rank() OVER (ORDER BY employees.salary) AS anon_1, dense_rank() OVER (ORDER BY employees.salary) AS anon_2, lag(employees.salary) OVER (ORDER BY employees.id) AS anon_3 \nFROM employees',
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'over: ntile, percent_rank, cume_dist',
    build: () =>
      select(
        func.ntile(4).over({ orderBy: employees.c.salary }),
        func.percent_rank().over({ orderBy: employees.c.salary }),
        func.cume_dist().over({ orderBy: employees.c.salary }),
      ),
    expected: {
      default: {
        sql: 'SELECT ntile(:ntile_1) OVER (ORDER BY employees.salary) AS anon_1, percent_rank() OVER (ORDER BY employees.salary) AS anon_2, cume_dist() OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: { ntile_1: 4 },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT ntile($1) OVER (ORDER BY employees.salary) AS anon_1, percent_rank() OVER (ORDER BY employees.salary) AS anon_2, cume_dist() OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [4],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT ntile(?) OVER (ORDER BY employees.salary) AS anon_1, percent_rank() OVER (ORDER BY employees.salary) AS anon_2, cume_dist() OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [4],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT ntile(?) OVER (ORDER BY employees.salary) AS anon_1, percent_rank() OVER (ORDER BY employees.salary) AS anon_2, cume_dist() OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [4],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'over: lag and lead with offsets and defaults',
    build: () =>
      select(
        func.lag(employees.c.salary, 1).over({ orderBy: employees.c.id }),
        func
          .lead(employees.c.name, 2, 'none')
          .over({ partitionBy: employees.c.department_id, orderBy: employees.c.id }),
      ),
    expected: {
      default: {
        sql: 'SELECT lag(employees.salary, :lag_1) OVER (ORDER BY employees.id) AS anon_1, lead(employees.name, :lead_1, :lead_2) OVER (PARTITION BY employees.department_id ORDER BY employees.id) AS anon_2 \nFROM employees',
        params: { lag_1: 1, lead_1: 2, lead_2: 'none' },
        keys: ['anon_1', 'anon_2'],
      },
      postgresql: {
        sql: 'SELECT lag(employees.salary, $1) OVER (ORDER BY employees.id) AS anon_1, lead(employees.name, $2, $3) OVER (PARTITION BY employees.department_id ORDER BY employees.id) AS anon_2 \nFROM employees',
        params: [1, 2, 'none'],
        keys: ['anon_1', 'anon_2'],
      },
      mysql: {
        sql: 'SELECT lag(employees.salary, ?) OVER (ORDER BY employees.id) AS anon_1, lead(employees.name, ?, ?) OVER (PARTITION BY employees.department_id ORDER BY employees.id) AS anon_2 \nFROM employees',
        params: [1, 2, 'none'],
        keys: ['anon_1', 'anon_2'],
      },
      sqlite: {
        sql: 'SELECT lag(employees.salary, ?) OVER (ORDER BY employees.id) AS anon_1, lead(employees.name, ?, ?) OVER (PARTITION BY employees.department_id ORDER BY employees.id) AS anon_2 \nFROM employees',
        params: [1, 2, 'none'],
        keys: ['anon_1', 'anon_2'],
      },
    },
  },
  {
    name: 'over: first_value, last_value, nth_value',
    build: () =>
      select(
        func.first_value(employees.c.name).over({ orderBy: employees.c.salary }),
        func.last_value(employees.c.name).over({ orderBy: employees.c.salary, rows: [null, null] }),
        func.nth_value(employees.c.name, 2).over({ orderBy: employees.c.salary }),
      ),
    expected: {
      default: {
        sql: 'SELECT first_value(employees.name) OVER (ORDER BY employees.salary) AS anon_1, last_value(employees.name) OVER (ORDER BY employees.salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_2, nth_value(employees.name, :nth_value_1) OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: { nth_value_1: 2 },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT first_value(employees.name) OVER (ORDER BY employees.salary) AS anon_1, last_value(employees.name) OVER (ORDER BY employees.salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_2, nth_value(employees.name, $1) OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: 'SELECT first_value(employees.name) OVER (ORDER BY employees.salary) AS anon_1, last_value(employees.name) OVER (ORDER BY employees.salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_2, nth_value(employees.name, ?) OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT first_value(employees.name) OVER (ORDER BY employees.salary) AS anon_1, last_value(employees.name) OVER (ORDER BY employees.salary ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anon_2, nth_value(employees.name, ?) OVER (ORDER BY employees.salary) AS anon_3 \nFROM employees',
        params: [2],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'over: rows from unbounded preceding to the current row',
    build: () => select(func.rank().over({ orderBy: employees.c.id, rows: [null, 0] })),
    expected: {
      default: {
        sql: 'SELECT rank() OVER (ORDER BY employees.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT rank() OVER (ORDER BY employees.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT rank() OVER (ORDER BY employees.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT rank() OVER (ORDER BY employees.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: range from the current row on',
    build: () => select(func.sum(employees.c.salary).over({ orderBy: employees.c.id, range: [0, null] })),
    expected: {
      default: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: groups frame',
    build: () => select(func.sum(employees.c.salary).over({ orderBy: employees.c.id, groups: [-1, 1] })),
    expected: {
      default: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id GROUPS BETWEEN :param_1 PRECEDING AND :param_2 FOLLOWING) AS anon_1 \nFROM employees',
        params: { param_1: 1, param_2: 1 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id GROUPS BETWEEN $1 PRECEDING AND $2 FOLLOWING) AS anon_1 \nFROM employees',
        params: [1, 1],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id GROUPS BETWEEN ? PRECEDING AND ? FOLLOWING) AS anon_1 \nFROM employees',
        params: [1, 1],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT sum(employees.salary) OVER (ORDER BY employees.id GROUPS BETWEEN ? PRECEDING AND ? FOLLOWING) AS anon_1 \nFROM employees',
        params: [1, 1],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: partitioned by two columns, ordered by two',
    build: () =>
      select(
        func.row_number().over({
          partitionBy: [employees.c.department_id, employees.c.manager_id],
          orderBy: [employees.c.salary.desc(), employees.c.id],
        }),
      ),
    expected: {
      default: {
        sql: 'SELECT row_number() OVER (PARTITION BY employees.department_id, employees.manager_id ORDER BY employees.salary DESC, employees.id) AS anon_1 \nFROM employees',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT row_number() OVER (PARTITION BY employees.department_id, employees.manager_id ORDER BY employees.salary DESC, employees.id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT row_number() OVER (PARTITION BY employees.department_id, employees.manager_id ORDER BY employees.salary DESC, employees.id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT row_number() OVER (PARTITION BY employees.department_id, employees.manager_id ORDER BY employees.salary DESC, employees.id) AS anon_1 \nFROM employees',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'over: a window function filtered in an outer select',
    build: () => {
      return (() => {
        const sq = select(
          employees.c.name,
          func
            .row_number()
            .over({ partitionBy: employees.c.department_id, orderBy: employees.c.salary.desc() })
            .label('rn'),
        ).subquery();
        return select(sq.c.name).where(sq.c.rn.eq(1));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.name \nFROM (SELECT employees.name AS name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS rn \nFROM employees) AS anon_1 \nWHERE anon_1.rn = :rn_1',
        params: { rn_1: 1 },
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT anon_1.name \nFROM (SELECT employees.name AS name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS rn \nFROM employees) AS anon_1 \nWHERE anon_1.rn = $1',
        params: [1],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT anon_1.name \nFROM (SELECT employees.name AS name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS rn \nFROM employees) AS anon_1 \nWHERE anon_1.rn = ?',
        params: [1],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT anon_1.name \nFROM (SELECT employees.name AS name, row_number() OVER (PARTITION BY employees.department_id ORDER BY employees.salary DESC) AS rn \nFROM employees) AS anon_1 \nWHERE anon_1.rn = ?',
        params: [1],
        keys: ['name'],
      },
    },
  },
  {
    name: 'filter: aggregate FILTER (WHERE \u2026)',
    build: () => select(func.count(members.c.id).filter(members.c.active.eq(true))),
    expected: {
      default: {
        sql: 'SELECT count(members.id) FILTER (WHERE members.active = true) AS anon_1 \nFROM members',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT count(members.id) FILTER (WHERE members.active = true) AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT count(members.id) FILTER (WHERE members.active = true) AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT count(members.id) FILTER (WHERE members.active = 1) AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'filter: with a window',
    build: () => select(func.count().filter(members.c.age.gt(30)).over({ partitionBy: members.c.city })),
    expected: {
      default: {
        sql: 'SELECT count(*) FILTER (WHERE members.age > :age_1) OVER (PARTITION BY members.city) AS anon_1 \nFROM members',
        params: { age_1: 30 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT count(*) FILTER (WHERE members.age > $1) OVER (PARTITION BY members.city) AS anon_1 \nFROM members',
        params: [30],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT count(*) FILTER (WHERE members.age > ?) OVER (PARTITION BY members.city) AS anon_1 \nFROM members',
        params: [30],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT count(*) FILTER (WHERE members.age > ?) OVER (PARTITION BY members.city) AS anon_1 \nFROM members',
        params: [30],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'withinGroup: percentile_cont',
    build: () => select(func.percentile_cont(0.5).withinGroup(employees.c.salary)),
    expected: {
      default: {
        sql: 'SELECT percentile_cont(:percentile_cont_1) WITHIN GROUP (ORDER BY employees.salary) AS anon_1 \nFROM employees',
        params: { percentile_cont_1: 0.5 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT percentile_cont($1) WITHIN GROUP (ORDER BY employees.salary) AS anon_1 \nFROM employees',
        params: [0.5],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT percentile_cont(?) WITHIN GROUP (ORDER BY employees.salary) AS anon_1 \nFROM employees',
        params: [0.5],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT percentile_cont(?) WITHIN GROUP (ORDER BY employees.salary) AS anon_1 \nFROM employees',
        params: [0.5],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'withinGroup: percentile_disc descending and mode()',
    build: () =>
      select(
        func.percentile_disc(0.9).withinGroup(employees.c.salary.desc()),
        func.mode().withinGroup(employees.c.department_id),
      ),
    expected: {
      default: {
        sql: 'SELECT percentile_disc(:percentile_disc_1) WITHIN GROUP (ORDER BY employees.salary DESC) AS anon_1, mode() WITHIN GROUP (ORDER BY employees.department_id) AS anon_2 \nFROM employees',
        params: { percentile_disc_1: 0.9 },
        keys: ['anon_1', 'anon_2'],
      },
      postgresql: {
        sql: 'SELECT percentile_disc($1) WITHIN GROUP (ORDER BY employees.salary DESC) AS anon_1, mode() WITHIN GROUP (ORDER BY employees.department_id) AS anon_2 \nFROM employees',
        params: [0.9],
        keys: ['anon_1', 'anon_2'],
      },
      mysql: {
        sql: 'SELECT percentile_disc(?) WITHIN GROUP (ORDER BY employees.salary DESC) AS anon_1, mode() WITHIN GROUP (ORDER BY employees.department_id) AS anon_2 \nFROM employees',
        params: [0.9],
        keys: ['anon_1', 'anon_2'],
      },
      sqlite: {
        sql: 'SELECT percentile_disc(?) WITHIN GROUP (ORDER BY employees.salary DESC) AS anon_1, mode() WITHIN GROUP (ORDER BY employees.department_id) AS anon_2 \nFROM employees',
        params: [0.9],
        keys: ['anon_1', 'anon_2'],
      },
    },
  },
  {
    name: 'func: aggregate_strings per dialect',
    build: () => select(func.aggregate_strings(users.c.name, ',')),
    expected: {
      default: {
        sql: 'SELECT aggregate_strings(users.name, :aggregate_strings_2) AS aggregate_strings_1 \nFROM users',
        params: { aggregate_strings_2: ',' },
        keys: ['aggregate_strings_1'],
      },
      postgresql: {
        sql: 'SELECT string_agg(users.name, $1) AS aggregate_strings_1 \nFROM users',
        params: [','],
        keys: ['aggregate_strings_1'],
      },
      mysql: {
        sql: 'SELECT group_concat(users.name SEPARATOR ?) AS aggregate_strings_1 \nFROM users',
        params: [','],
        keys: ['aggregate_strings_1'],
      },
      sqlite: {
        sql: 'SELECT group_concat(users.name, ?) AS aggregate_strings_1 \nFROM users',
        params: [','],
        keys: ['aggregate_strings_1'],
      },
    },
  },
  {
    name: 'func: rollup in GROUP BY (MySQL WITH ROLLUP)',
    build: () =>
      select(employees.c.department_id, func.sum(employees.c.salary)).groupBy(
        func.rollup(employees.c.department_id),
      ),
    expected: {
      default: {
        sql: 'SELECT employees.department_id, sum(employees.salary) AS sum_1 \nFROM employees GROUP BY ROLLUP(employees.department_id)',
        params: {},
        keys: ['department_id', 'sum_1'],
      },
      postgresql: {
        sql: 'SELECT employees.department_id, sum(employees.salary) AS sum_1 \nFROM employees GROUP BY ROLLUP(employees.department_id)',
        params: [],
        keys: ['department_id', 'sum_1'],
      },
      mysql: {
        sql: 'SELECT employees.department_id, sum(employees.salary) AS sum_1 \nFROM employees GROUP BY employees.department_id WITH ROLLUP',
        params: [],
        keys: ['department_id', 'sum_1'],
      },
      sqlite: {
        sql: 'SELECT employees.department_id, sum(employees.salary) AS sum_1 \nFROM employees GROUP BY ROLLUP(employees.department_id)',
        params: [],
        keys: ['department_id', 'sum_1'],
      },
    },
  },
  {
    name: 'func: cube and grouping sets',
    build: () =>
      select(func.count())
        .selectFrom(employees)
        .groupBy(
          func.cube(employees.c.department_id, employees.c.manager_id),
          func.grouping_sets(employees.c.name),
        ),
    expected: {
      default: {
        sql: 'SELECT count(*) AS count_1 \nFROM employees GROUP BY CUBE(employees.department_id, employees.manager_id), GROUPING SETS(employees.name)',
        params: {},
        keys: ['count_1'],
      },
      postgresql: {
        sql: 'SELECT count(*) AS count_1 \nFROM employees GROUP BY CUBE(employees.department_id, employees.manager_id), GROUPING SETS(employees.name)',
        params: [],
        keys: ['count_1'],
      },
      mysql: {
        sql: 'SELECT count(*) AS count_1 \nFROM employees GROUP BY CUBE(employees.department_id, employees.manager_id), GROUPING SETS(employees.name)',
        params: [],
        keys: ['count_1'],
      },
      sqlite: {
        sql: 'SELECT count(*) AS count_1 \nFROM employees GROUP BY CUBE(employees.department_id, employees.manager_id), GROUPING SETS(employees.name)',
        params: [],
        keys: ['count_1'],
      },
    },
  },
  {
    name: 'func: niladic SQL functions',
    build: () =>
      select(
        func.sysdate(),
        func.current_user(),
        func.session_user(),
        func.user(),
        func.localtime(),
        func.current_time(),
      ),
    expected: {
      default: {
        sql: 'SELECT sysdate AS sysdate_1, CURRENT_USER AS current_user_1, SESSION_USER AS session_user_1, USER AS user_1, LOCALTIME AS localtime_1, CURRENT_TIME AS current_time_1',
        params: {},
        keys: ['sysdate_1', 'current_user_1', 'session_user_1', 'user_1', 'localtime_1', 'current_time_1'],
      },
      postgresql: {
        sql: 'SELECT sysdate AS sysdate_1, CURRENT_USER AS current_user_1, SESSION_USER AS session_user_1, USER AS user_1, LOCALTIME AS localtime_1, CURRENT_TIME AS current_time_1',
        params: [],
        keys: ['sysdate_1', 'current_user_1', 'session_user_1', 'user_1', 'localtime_1', 'current_time_1'],
      },
      mysql: {
        sql: 'SELECT SYSDATE() AS sysdate_1, CURRENT_USER AS current_user_1, SESSION_USER AS session_user_1, USER AS user_1, LOCALTIME AS localtime_1, CURRENT_TIME AS current_time_1',
        params: [],
        keys: ['sysdate_1', 'current_user_1', 'session_user_1', 'user_1', 'localtime_1', 'current_time_1'],
      },
      sqlite: {
        sql: 'SELECT sysdate AS sysdate_1, CURRENT_USER AS current_user_1, SESSION_USER AS session_user_1, USER AS user_1, LOCALTIME AS localtime_1, CURRENT_TIME AS current_time_1',
        params: [],
        keys: ['sysdate_1', 'current_user_1', 'session_user_1', 'user_1', 'localtime_1', 'current_time_1'],
      },
    },
  },
  {
    name: 'func: the same function twice gets numbered labels',
    build: () => select(func.count(users.c.id), func.count(users.c.name), func.max(users.c.id)),
    expected: {
      default: {
        sql: 'SELECT count(users.id) AS count_1, count(users.name) AS count_2, max(users.id) AS max_1 \nFROM users',
        params: {},
        keys: ['count_1', 'count_2', 'max_1'],
      },
      postgresql: {
        sql: 'SELECT count(users.id) AS count_1, count(users.name) AS count_2, max(users.id) AS max_1 \nFROM users',
        params: [],
        keys: ['count_1', 'count_2', 'max_1'],
      },
      mysql: {
        sql: 'SELECT count(users.id) AS count_1, count(users.name) AS count_2, max(users.id) AS max_1 \nFROM users',
        params: [],
        keys: ['count_1', 'count_2', 'max_1'],
      },
      sqlite: {
        sql: 'SELECT count(users.id) AS count_1, count(users.name) AS count_2, max(users.id) AS max_1 \nFROM users',
        params: [],
        keys: ['count_1', 'count_2', 'max_1'],
      },
    },
  },
  {
    name: 'func: sum of a product, with a label',
    build: () => select(func.sum(posts.c.views.mul(posts.c.price)).label('revenue')),
    expected: {
      default: {
        sql: 'SELECT sum(posts.views * posts.price) AS revenue \nFROM posts',
        params: {},
        keys: ['revenue'],
      },
      postgresql: {
        sql: 'SELECT sum(posts.views * posts.price) AS revenue \nFROM posts',
        params: [],
        keys: ['revenue'],
      },
      mysql: {
        sql: 'SELECT sum(posts.views * posts.price) AS revenue \nFROM posts',
        params: [],
        keys: ['revenue'],
      },
      sqlite: {
        sql: 'SELECT sum(posts.views * posts.price) AS revenue \nFROM posts',
        params: [],
        keys: ['revenue'],
      },
    },
  },
  {
    name: 'func: generic aggregates by name',
    build: () =>
      select(
        func.array_agg(users.c.name),
        func.group_concat(users.c.name),
        func.string_agg(users.c.name, ', '),
      ),
    expected: {
      default: {
        sql: 'SELECT array_agg(users.name) AS array_agg_1, group_concat(users.name) AS group_concat_1, string_agg(users.name, :string_agg_2) AS string_agg_1 \nFROM users',
        params: { string_agg_2: ', ' },
        keys: ['array_agg_1', 'group_concat_1', 'string_agg_1'],
      },
      postgresql: {
        sql: 'SELECT array_agg(users.name) AS array_agg_1, group_concat(users.name) AS group_concat_1, string_agg(users.name, $1) AS string_agg_1 \nFROM users',
        params: [', '],
        keys: ['array_agg_1', 'group_concat_1', 'string_agg_1'],
      },
      mysql: {
        sql: 'SELECT array_agg(users.name) AS array_agg_1, group_concat(users.name) AS group_concat_1, string_agg(users.name, ?) AS string_agg_1 \nFROM users',
        params: [', '],
        keys: ['array_agg_1', 'group_concat_1', 'string_agg_1'],
      },
      sqlite: {
        sql: 'SELECT array_agg(users.name) AS array_agg_1, group_concat(users.name) AS group_concat_1, string_agg(users.name, ?) AS string_agg_1 \nFROM users',
        params: [', '],
        keys: ['array_agg_1', 'group_concat_1', 'string_agg_1'],
      },
    },
  },
  {
    name: 'extract: fields per dialect',
    build: () =>
      select(
        ...(['month', 'day', 'hour', 'minute', 'second', 'dow', 'doy', 'epoch', 'week'] as const).map((f) =>
          extract(f, posts.c.created_at),
        ),
      ),
    expected: {
      default: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1, EXTRACT(day FROM posts.created_at) AS anon_2, EXTRACT(hour FROM posts.created_at) AS anon_3, EXTRACT(minute FROM posts.created_at) AS anon_4, EXTRACT(second FROM posts.created_at) AS anon_5, EXTRACT(dow FROM posts.created_at) AS anon_6, EXTRACT(doy FROM posts.created_at) AS anon_7, EXTRACT(epoch FROM posts.created_at) AS anon_8, EXTRACT(week FROM posts.created_at) AS anon_9 \nFROM posts',
        params: {},
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5', 'anon_6', 'anon_7', 'anon_8', 'anon_9'],
      },
      postgresql: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1, EXTRACT(day FROM posts.created_at) AS anon_2, EXTRACT(hour FROM posts.created_at) AS anon_3, EXTRACT(minute FROM posts.created_at) AS anon_4, EXTRACT(second FROM posts.created_at) AS anon_5, EXTRACT(dow FROM posts.created_at) AS anon_6, EXTRACT(doy FROM posts.created_at) AS anon_7, EXTRACT(epoch FROM posts.created_at) AS anon_8, EXTRACT(week FROM posts.created_at) AS anon_9 \nFROM posts',
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5', 'anon_6', 'anon_7', 'anon_8', 'anon_9'],
      },
      mysql: {
        sql: 'SELECT EXTRACT(month FROM posts.created_at) AS anon_1, EXTRACT(day FROM posts.created_at) AS anon_2, EXTRACT(hour FROM posts.created_at) AS anon_3, EXTRACT(minute FROM posts.created_at) AS anon_4, EXTRACT(second FROM posts.created_at) AS anon_5, EXTRACT(dow FROM posts.created_at) AS anon_6, EXTRACT(doy FROM posts.created_at) AS anon_7, EXTRACT(epoch FROM posts.created_at) AS anon_8, EXTRACT(week FROM posts.created_at) AS anon_9 \nFROM posts',
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5', 'anon_6', 'anon_7', 'anon_8', 'anon_9'],
      },
      sqlite: {
        sql: "SELECT CAST(STRFTIME('%m', posts.created_at) AS INTEGER) AS anon_1, CAST(STRFTIME('%d', posts.created_at) AS INTEGER) AS anon_2, CAST(STRFTIME('%H', posts.created_at) AS INTEGER) AS anon_3, CAST(STRFTIME('%M', posts.created_at) AS INTEGER) AS anon_4, CAST(STRFTIME('%S', posts.created_at) AS INTEGER) AS anon_5, CAST(STRFTIME('%w', posts.created_at) AS INTEGER) AS anon_6, CAST(STRFTIME('%j', posts.created_at) AS INTEGER) AS anon_7, CAST(STRFTIME('%s', posts.created_at) AS INTEGER) AS anon_8, CAST(STRFTIME('%W', posts.created_at) AS INTEGER) AS anon_9 \nFROM posts",
        params: [],
        keys: ['anon_1', 'anon_2', 'anon_3', 'anon_4', 'anon_5', 'anon_6', 'anon_7', 'anon_8', 'anon_9'],
      },
    },
  },
  {
    name: 'extract: milliseconds (MySQL says millisecond)',
    build: () => select(extract('milliseconds', posts.c.created_at)),
    expected: {
      default: {
        sql: 'SELECT EXTRACT(milliseconds FROM posts.created_at) AS anon_1 \nFROM posts',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT EXTRACT(milliseconds FROM posts.created_at) AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT EXTRACT(millisecond FROM posts.created_at) AS anon_1 \nFROM posts',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: "SELECT CAST(STRFTIME('milliseconds', posts.created_at) AS INTEGER) AS anon_1 \nFROM posts",
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'case: searched CASE with else',
    source: 'seed 003 "CASE and Type Casting"',
    build: () =>
      select(
        members.c.name,
        case_([members.c.age.lt(18), 'minor'], [members.c.age.lt(65), 'adult'], { else: 'senior' }).label(
          'age_group',
        ),
      ),
    expected: {
      default: {
        sql: 'SELECT members.name, CASE WHEN (members.age < :age_1) THEN :param_1 WHEN (members.age < :age_2) THEN :param_2 ELSE :param_3 END AS age_group \nFROM members',
        params: { age_1: 18, param_1: 'minor', age_2: 65, param_2: 'adult', param_3: 'senior' },
        keys: ['name', 'age_group'],
      },
      postgresql: {
        sql: 'SELECT members.name, CASE WHEN (members.age < $1) THEN $2 WHEN (members.age < $3) THEN $4 ELSE $5 END AS age_group \nFROM members',
        params: [18, 'minor', 65, 'adult', 'senior'],
        keys: ['name', 'age_group'],
      },
      mysql: {
        sql: 'SELECT members.name, CASE WHEN (members.age < ?) THEN ? WHEN (members.age < ?) THEN ? ELSE ? END AS age_group \nFROM members',
        params: [18, 'minor', 65, 'adult', 'senior'],
        keys: ['name', 'age_group'],
      },
      sqlite: {
        sql: 'SELECT members.name, CASE WHEN (members.age < ?) THEN ? WHEN (members.age < ?) THEN ? ELSE ? END AS age_group \nFROM members',
        params: [18, 'minor', 65, 'adult', 'senior'],
        keys: ['name', 'age_group'],
      },
    },
  },
  {
    name: 'case: simple CASE with a value mapping',
    build: () => select(case_({ NYC: 'east', SF: 'west' }, { value: members.c.city, else: 'other' })),
    expected: {
      default: {
        sql: 'SELECT CASE members.city WHEN :param_1 THEN :param_2 WHEN :param_3 THEN :param_4 ELSE :param_5 END AS anon_1 \nFROM members',
        params: { param_1: 'NYC', param_2: 'east', param_3: 'SF', param_4: 'west', param_5: 'other' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT CASE members.city WHEN $1 THEN $2 WHEN $3 THEN $4 ELSE $5 END AS anon_1 \nFROM members',
        params: ['NYC', 'east', 'SF', 'west', 'other'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT CASE members.city WHEN ? THEN ? WHEN ? THEN ? ELSE ? END AS anon_1 \nFROM members',
        params: ['NYC', 'east', 'SF', 'west', 'other'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT CASE members.city WHEN ? THEN ? WHEN ? THEN ? ELSE ? END AS anon_1 \nFROM members',
        params: ['NYC', 'east', 'SF', 'west', 'other'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'case: without else',
    build: () => select(case_([members.c.active.eq(true), members.c.name])),
    expected: {
      default: {
        sql: 'SELECT CASE WHEN (members.active = true) THEN members.name END AS anon_1 \nFROM members',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT CASE WHEN (members.active = true) THEN members.name END AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT CASE WHEN (members.active = true) THEN members.name END AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT CASE WHEN (members.active = 1) THEN members.name END AS anon_1 \nFROM members',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'case: in WHERE',
    build: () => select(members.c.id).where(case_([members.c.age.gt(18), 1], { else: 0 }).eq(1)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE CASE WHEN (members.age > :age_1) THEN :param_1 ELSE :param_2 END = :param_3',
        params: { age_1: 18, param_1: 1, param_2: 0, param_3: 1 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE CASE WHEN (members.age > $1) THEN $2 ELSE $3 END = $4',
        params: [18, 1, 0, 1],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE CASE WHEN (members.age > ?) THEN ? ELSE ? END = ?',
        params: [18, 1, 0, 1],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE CASE WHEN (members.age > ?) THEN ? ELSE ? END = ?',
        params: [18, 1, 0, 1],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cast: to String',
    source: 'seed 003 "CASE and Type Casting"',
    build: () => select(cast(users.c.id, String)),
    expected: {
      default: { sql: 'SELECT CAST(users.id AS VARCHAR) AS id \nFROM users', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT CAST(users.id AS VARCHAR) AS id \nFROM users', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT CAST(users.id AS CHAR) AS id \nFROM users', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT CAST(users.id AS VARCHAR) AS id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'cast: to sized String, Integer, Numeric, Float, Date, DateTime, Text',
    build: () =>
      select(
        cast(users.c.name, String(10)),
        cast(users.c.name, Integer),
        cast(users.c.name, Numeric(10, 2)),
        cast(users.c.name, Float),
        cast(users.c.name, Date),
        cast(posts.c.title, DateTime),
        cast(users.c.id, Text),
      ),
    expected: {
      default: {
        sql: 'SELECT CAST(users.name AS VARCHAR(10)) AS name, CAST(users.name AS INTEGER) AS name__1, CAST(users.name AS NUMERIC(10, 2)) AS name__2, CAST(users.name AS FLOAT) AS name__3, CAST(users.name AS DATE) AS name__4, CAST(posts.title AS DATETIME) AS title, CAST(users.id AS TEXT) AS id \nFROM users, posts',
        params: {},
        keys: ['name', 'name__1', 'name__2', 'name__3', 'name__4', 'title', 'id'],
      },
      postgresql: {
        sql: 'SELECT CAST(users.name AS VARCHAR(10)) AS name, CAST(users.name AS INTEGER) AS name__1, CAST(users.name AS NUMERIC(10, 2)) AS name__2, CAST(users.name AS FLOAT) AS name__3, CAST(users.name AS DATE) AS name__4, CAST(posts.title AS TIMESTAMP WITHOUT TIME ZONE) AS title, CAST(users.id AS TEXT) AS id \nFROM users, posts',
        params: [],
        keys: ['name', 'name__1', 'name__2', 'name__3', 'name__4', 'title', 'id'],
      },
      mysql: {
        sql: 'SELECT CAST(users.name AS CHAR(10)) AS name, CAST(users.name AS SIGNED INTEGER) AS name__1, CAST(users.name AS DECIMAL(10, 2)) AS name__2, users.name AS name__3, CAST(users.name AS DATE) AS name__4, CAST(posts.title AS DATETIME) AS title, CAST(users.id AS CHAR) AS id \nFROM users, posts',
        params: [],
        keys: ['name', 'name__1', 'name__2', 'name__3', 'name__4', 'title', 'id'],
      },
      sqlite: {
        sql: 'SELECT CAST(users.name AS VARCHAR(10)) AS name, CAST(users.name AS INTEGER) AS name__1, CAST(users.name AS NUMERIC(10, 2)) AS name__2, CAST(users.name AS FLOAT) AS name__3, CAST(users.name AS DATE) AS name__4, CAST(posts.title AS DATETIME) AS title, CAST(users.id AS TEXT) AS id \nFROM users, posts',
        params: [],
        keys: ['name', 'name__1', 'name__2', 'name__3', 'name__4', 'title', 'id'],
      },
    },
  },
  {
    name: 'cast: a plain value',
    build: () => select(cast('5', Integer)),
    expected: {
      default: {
        sql: 'SELECT CAST(:param_1 AS INTEGER) AS anon_1',
        params: { param_1: '5' },
        keys: ['anon_1'],
      },
      postgresql: { sql: 'SELECT CAST($1 AS INTEGER) AS anon_1', params: ['5'], keys: ['anon_1'] },
      mysql: { sql: 'SELECT CAST(? AS SIGNED INTEGER) AS anon_1', params: ['5'], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT CAST(? AS INTEGER) AS anon_1', params: ['5'], keys: ['anon_1'] },
    },
  },
  {
    name: 'cast: compared in WHERE',
    build: () => select(users.c.id).where(cast(users.c.name, Integer).gt(3)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.name AS INTEGER) > :param_1',
        params: { param_1: 3 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.name AS INTEGER) > $1',
        params: [3],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.name AS SIGNED INTEGER) > ?',
        params: [3],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.name AS INTEGER) > ?',
        params: [3],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cast: to Boolean in WHERE',
    build: () => select(users.c.id).where(cast(users.c.id, Boolean)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.id AS BOOLEAN)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.id AS BOOLEAN)',
        params: [],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.id = 1', params: [], keys: ['id'] },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE CAST(users.id AS BOOLEAN) = 1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'typeCoerce: no SQL, labeled with the column name',
    build: () => select(typeCoerce(users.c.id, String)),
    expected: {
      default: { sql: 'SELECT users.id AS id \nFROM users', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id AS id \nFROM users', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id AS id \nFROM users', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id AS id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'typeCoerce: of a value',
    build: () => select(users.c.id).where(users.c.name.eq(typeCoerce('x', String))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :param_1',
        params: { param_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['x'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['x'], keys: ['id'] },
    },
  },
  {
    name: 'literal: value in the columns clause and compared',
    build: () => select(literal('a'), literal(1).label('one')).where(literal(5).gt(users.c.id)),
    expected: {
      default: {
        sql: 'SELECT :param_1 AS anon_1, :param_2 AS one \nFROM users \nWHERE :param_3 > users.id',
        params: { param_1: 'a', param_2: 1, param_3: 5 },
        keys: ['anon_1', 'one'],
      },
      postgresql: {
        sql: 'SELECT $1 AS anon_1, $2 AS one \nFROM users \nWHERE $3 > users.id',
        params: ['a', 1, 5],
        keys: ['anon_1', 'one'],
      },
      mysql: {
        sql: 'SELECT ? AS anon_1, ? AS one \nFROM users \nWHERE ? > users.id',
        params: ['a', 1, 5],
        keys: ['anon_1', 'one'],
      },
      sqlite: {
        sql: 'SELECT ? AS anon_1, ? AS one \nFROM users \nWHERE ? > users.id',
        params: ['a', 1, 5],
        keys: ['anon_1', 'one'],
      },
    },
  },
  {
    name: 'literal: with an explicit type',
    deviation:
      "Date values are 'YYYY-MM-DD' strings in Retort (ROSETTA \u00a79); SQLAlchemy's SQLite Date processor rejects a str and wants datetime.date",
    build: () => select(literal('2020-01-01', Date)),
    expected: {
      default: { sql: 'SELECT :param_1 AS anon_1', params: { param_1: '2020-01-01' }, keys: ['anon_1'] },
      postgresql: { sql: 'SELECT $1 AS anon_1', params: ['2020-01-01'], keys: ['anon_1'] },
      mysql: { sql: 'SELECT ? AS anon_1', params: ['2020-01-01'], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT ? AS anon_1', params: ['2020-01-01'] },
    },
  },
  {
    name: 'literalColumn: typed, in an expression',
    build: () => select(literalColumn('1', Integer).add(users.c.id)),
    expected: {
      default: { sql: 'SELECT 1 + users.id AS anon_1 \nFROM users', params: {}, keys: ['anon_1'] },
      postgresql: { sql: 'SELECT 1 + users.id AS anon_1 \nFROM users', params: [], keys: ['anon_1'] },
      mysql: { sql: 'SELECT 1 + users.id AS anon_1 \nFROM users', params: [], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT 1 + users.id AS anon_1 \nFROM users', params: [], keys: ['anon_1'] },
    },
  },
  {
    name: 'text: a raw statement with a bind',
    source: 'seed 003 "Raw SQL with text()"',
    build: () => text('SELECT * FROM users WHERE id = :id').bindparams({ id: 1 }),
    expected: {
      default: { sql: 'SELECT * FROM users WHERE id = :id', params: { id: 1 } },
      postgresql: { sql: 'SELECT * FROM users WHERE id = $1', params: [1] },
      mysql: { sql: 'SELECT * FROM users WHERE id = ?', params: [1] },
      sqlite: { sql: 'SELECT * FROM users WHERE id = ?', params: [1] },
    },
  },
  {
    name: 'text: insert with a named bind',
    source: 'seed 003 "Raw SQL with text()"',
    build: () => text('INSERT INTO users (name) VALUES (:name)').bindparams({ name: 'Alice' }),
    expected: {
      default: { sql: 'INSERT INTO users (name) VALUES (:name)', params: { name: 'Alice' } },
      postgresql: { sql: 'INSERT INTO users (name) VALUES ($1)', params: ['Alice'] },
      mysql: { sql: 'INSERT INTO users (name) VALUES (?)', params: ['Alice'] },
      sqlite: { sql: 'INSERT INTO users (name) VALUES (?)', params: ['Alice'] },
    },
  },
  {
    name: 'text: SELECT 1',
    source: 'seed 000 "Connecting"',
    build: () => text('SELECT 1'),
    expected: {
      default: { sql: 'SELECT 1', params: {} },
      postgresql: { sql: 'SELECT 1', params: [] },
      mysql: { sql: 'SELECT 1', params: [] },
      sqlite: { sql: 'SELECT 1', params: [] },
    },
  },
  {
    name: 'text: escaped colon and a PostgreSQL cast',
    build: () => text("SELECT '10\\:30', x::text, :p").bindparams({ p: 2 }),
    expected: {
      default: { sql: "SELECT '10:30', x::text, :p", params: { p: 2 } },
      postgresql: { sql: "SELECT '10:30', x::text, $1", params: [2] },
      mysql: { sql: "SELECT '10:30', x::text, ?", params: [2] },
      sqlite: { sql: "SELECT '10:30', x::text, ?", params: [2] },
    },
  },
  {
    name: 'text: the same bind twice',
    build: () => text('SELECT :a, :a').bindparams({ a: 1 }),
    expected: {
      default: { sql: 'SELECT :a, :a', params: { a: 1 } },
      postgresql: { sql: 'SELECT $1, $1', params: [1] },
      mysql: { sql: 'SELECT ?, ?', params: [1, 1] },
      sqlite: { sql: 'SELECT ?, ?', params: [1, 1] },
    },
  },
  {
    name: 'text: columns() makes a typed selectable',
    build: () => {
      return (() => {
        const t = text('SELECT id, name FROM users').columns({ id: Integer, name: String }).subquery('t');
        return select(t.c.id);
      })();
    },
    expected: {
      default: { sql: 'SELECT t.id \nFROM (SELECT id, name FROM users) AS t', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT t.id \nFROM (SELECT id, name FROM users) AS t', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT t.id \nFROM (SELECT id, name FROM users) AS t', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT t.id \nFROM (SELECT id, name FROM users) AS t', params: [], keys: ['id'] },
    },
  },
  {
    name: 'bindparam: expanding IN list',
    build: () =>
      select(users.c.id).where(users.c.name.in(bindparam('names', ['a', 'b'], { expanding: true }))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_names])',
        params: { names_1: 'a', names_2: 'b' },
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (:names_1, :names_2)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_names])',
        params: ['a', 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN ($1, $2)',
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_names])',
        params: ['a', 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?)',
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name IN (__[POSTCOMPILE_names])',
        params: ['a', 'b'],
        expandedSql: 'SELECT users.id \nFROM users \nWHERE users.name IN (?, ?)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'bindparam: in the columns clause',
    build: () => select(bindparam('x', 5)),
    expected: {
      default: { sql: 'SELECT :x AS anon_1', params: { x: 5 }, keys: ['anon_1'] },
      postgresql: { sql: 'SELECT $1 AS anon_1', params: [5], keys: ['anon_1'] },
      mysql: { sql: 'SELECT ? AS anon_1', params: [5], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT ? AS anon_1', params: [5], keys: ['anon_1'] },
    },
  },
  {
    name: 'tuple: compared with another tuple of columns',
    build: () =>
      select(users.c.id).where(tuple(users.c.id, users.c.name).eq(tuple(posts.c.author_id, posts.c.title))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users, posts \nWHERE (users.id, users.name) = (posts.author_id, posts.title)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users, posts \nWHERE (users.id, users.name) = (posts.author_id, posts.title)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users, posts \nWHERE (users.id, users.name) = (posts.author_id, posts.title)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users, posts \nWHERE (users.id, users.name) = (posts.author_id, posts.title)',
        params: [],
        keys: ['id'],
      },
    },
  },
];
