// JSON access cases: key() and index() (Python `data["key"]`), the typed extractions asString(),
// asInteger() … per dialect (PostgreSQL ->/->>, MySQL and SQLite JSON_EXTRACT), recorded from SQLAlchemy 2.0.52.
import { func, select } from '@retort/core';
import type { CompileCase } from './compile-case';
import { configs } from './fixtures';

export const JSON_CASES: readonly CompileCase[] = [
  {
    name: 'json: key() in the columns clause',
    build: () => select(configs.c.data.key('theme')),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1 \nFROM configs',
        params: { data_1: 'theme' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT configs.data -> $1 AS anon_1 \nFROM configs',
        params: ['theme'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1 \nFROM configs',
        params: ['$."theme"'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_QUOTE(JSON_EXTRACT(configs.data, ?)) AS anon_1 \nFROM configs',
        params: ['$."theme"'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: key().asString() compared',
    source: 'seed 003 "Working with JSON Columns"',
    build: () => select(configs).where(configs.c.data.key('theme').asString().eq('dark')),
    expected: {
      default: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE configs.data[:data_1] = :param_1',
        params: { data_1: 'theme', param_1: 'dark' },
        keys: ['id', 'data'],
      },
      postgresql: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE CAST((configs.data ->> $1) AS VARCHAR) = $2',
        params: ['theme', 'dark'],
        keys: ['id', 'data'],
      },
      mysql: {
        sql: "SELECT configs.id, configs.data \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END = ?",
        params: ['$."theme"', '$."theme"', 'dark'],
        keys: ['id', 'data'],
      },
      sqlite: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) = ?',
        params: ['$."theme"', 'dark'],
        keys: ['id', 'data'],
      },
    },
  },
  {
    name: 'json: nested index asString()',
    source: 'seed 003 "Working with JSON Columns"',
    build: () => select(configs).where(configs.c.data.key('features').index(0).asString().eq('beta')),
    expected: {
      default: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE configs.data[:data_1][:param_1] = :param_2',
        params: { data_1: 'features', param_1: 0, param_2: 'beta' },
        keys: ['id', 'data'],
      },
      postgresql: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE CAST(((configs.data -> $1) ->> $2) AS VARCHAR) = $3',
        params: ['features', 0, 'beta'],
        keys: ['id', 'data'],
      },
      mysql: {
        sql: "SELECT configs.id, configs.data \nFROM configs \nWHERE CASE JSON_EXTRACT(JSON_EXTRACT(configs.data, ?), ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(JSON_EXTRACT(configs.data, ?), ?)) END = ?",
        params: ['$."features"', '$[0]', '$."features"', '$[0]', 'beta'],
        keys: ['id', 'data'],
      },
      sqlite: {
        sql: 'SELECT configs.id, configs.data \nFROM configs \nWHERE JSON_EXTRACT(JSON_QUOTE(JSON_EXTRACT(configs.data, ?)), ?) = ?',
        params: ['$."features"', '$[0]', 'beta'],
        keys: ['id', 'data'],
      },
    },
  },
  {
    name: 'json: asInteger, asFloat, asBoolean',
    build: () =>
      select(
        configs.c.data.key('n').asInteger(),
        configs.c.data.key('f').asFloat(),
        configs.c.data.key('b').asBoolean(),
      ),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1, configs.data[:data_2] AS anon_2, configs.data[:data_3] AS anon_3 \nFROM configs',
        params: { data_1: 'n', data_2: 'f', data_3: 'b' },
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      postgresql: {
        sql: 'SELECT CAST(configs.data ->> $1 AS INTEGER) AS anon_1, CAST(configs.data ->> $2 AS FLOAT) AS anon_2, CAST(configs.data ->> $3 AS BOOLEAN) AS anon_3 \nFROM configs',
        params: ['n', 'f', 'b'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      mysql: {
        sql: "SELECT CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(configs.data, ?) AS SIGNED INTEGER) END AS anon_1, CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_EXTRACT(configs.data, ?)+0.0000000000000000000000 END AS anon_2, CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL WHEN true THEN true ELSE false END AS anon_3 \nFROM configs",
        params: ['$."n"', '$."n"', '$."f"', '$."f"', '$."b"'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
      sqlite: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1, JSON_EXTRACT(configs.data, ?) AS anon_2, JSON_EXTRACT(configs.data, ?) AS anon_3 \nFROM configs',
        params: ['$."n"', '$."f"', '$."b"'],
        keys: ['anon_1', 'anon_2', 'anon_3'],
      },
    },
  },
  {
    name: 'json: asNumeric',
    build: () => select(configs.c.data.key('price').asNumeric(10, 2)),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1 \nFROM configs',
        params: { data_1: 'price' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT CAST(configs.data ->> $1 AS NUMERIC(10, 2)) AS anon_1 \nFROM configs',
        params: ['price'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: "SELECT CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(configs.data, ?) AS DECIMAL(10, 2)) END AS anon_1 \nFROM configs",
        params: ['$."price"', '$."price"'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1 \nFROM configs',
        params: ['$."price"'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: asJSON of a nested member',
    build: () => select(configs.c.data.key('a').key('b').asJSON()),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1][:param_1] AS anon_1 \nFROM configs',
        params: { data_1: 'a', param_1: 'b' },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT (configs.data -> $1) -> $2 AS anon_1 \nFROM configs',
        params: ['a', 'b'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT JSON_EXTRACT(JSON_EXTRACT(configs.data, ?), ?) AS anon_1 \nFROM configs',
        params: ['$."a"', '$."b"'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_QUOTE(JSON_EXTRACT(JSON_QUOTE(JSON_EXTRACT(configs.data, ?)), ?)) AS anon_1 \nFROM configs',
        params: ['$."a"', '$."b"'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: key() compared with a JSON value',
    build: () => select(configs.c.id).where(configs.c.data.key('lang').asString().in(['en', 'de'])),
    expected: {
      default: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE configs.data[:data_1] IN (__[POSTCOMPILE_param_1])',
        params: { data_1: 'lang', param_1_1: 'en', param_1_2: 'de' },
        expandedSql:
          'SELECT configs.id \nFROM configs \nWHERE configs.data[:data_1] IN (:param_1_1, :param_1_2)',
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE CAST((configs.data ->> $1) AS VARCHAR) IN (__[POSTCOMPILE_param_1])',
        params: ['lang', 'en', 'de'],
        expandedSql:
          'SELECT configs.id \nFROM configs \nWHERE CAST((configs.data ->> $1) AS VARCHAR) IN ($2, $3)',
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT configs.id \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END IN (__[POSTCOMPILE_param_1])",
        params: ['$."lang"', '$."lang"', 'en', 'de'],
        expandedSql:
          "SELECT configs.id \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END IN (?, ?)",
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) IN (__[POSTCOMPILE_param_1])',
        params: ['$."lang"', 'en', 'de'],
        expandedSql: 'SELECT configs.id \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) IN (?, ?)',
        keys: ['id'],
      },
    },
  },
  {
    name: 'json: index() of the column',
    build: () => select(configs.c.data.index(1).asInteger()),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1 \nFROM configs',
        params: { data_1: 1 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT CAST(configs.data ->> $1 AS INTEGER) AS anon_1 \nFROM configs',
        params: [1],
        keys: ['anon_1'],
      },
      mysql: {
        sql: "SELECT CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(configs.data, ?) AS SIGNED INTEGER) END AS anon_1 \nFROM configs",
        params: ['$[1]', '$[1]'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1 \nFROM configs',
        params: ['$[1]'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: path() in the columns clause',
    build: () => select(configs.c.data.path(['a', 1])),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1 \nFROM configs',
        params: { data_1: ['a', 1] },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT configs.data #> $1 AS anon_1 \nFROM configs',
        params: ['{a, 1}'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1 \nFROM configs',
        params: ['$."a"[1]'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_QUOTE(JSON_EXTRACT(configs.data, ?)) AS anon_1 \nFROM configs',
        params: ['$."a"[1]'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: path().asString() compared',
    build: () => select(configs.c.id).where(configs.c.data.path(['a', 'b']).asString().eq('x')),
    expected: {
      default: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE configs.data[:data_1] = :param_1',
        params: { data_1: ['a', 'b'], param_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE CAST((configs.data #>> $1) AS VARCHAR) = $2',
        params: ['{a, b}', 'x'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT configs.id \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END = ?",
        params: ['$."a"."b"', '$."a"."b"', 'x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) = ?',
        params: ['$."a"."b"', 'x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'json: path().asInteger()',
    build: () => select(configs.c.data.path(['a', 1]).asInteger()),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1 \nFROM configs',
        params: { data_1: ['a', 1] },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT CAST(configs.data #>> $1 AS INTEGER) AS anon_1 \nFROM configs',
        params: ['{a, 1}'],
        keys: ['anon_1'],
      },
      mysql: {
        sql: "SELECT CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(configs.data, ?) AS SIGNED INTEGER) END AS anon_1 \nFROM configs",
        params: ['$."a"[1]', '$."a"[1]'],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1 \nFROM configs',
        params: ['$."a"[1]'],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'json: key() ordered and grouped',
    build: () =>
      select(configs.c.data.key('lang').asString(), func.count())
        .groupBy(configs.c.data.key('lang').asString())
        .orderBy(configs.c.data.key('lang').asString()),
    expected: {
      default: {
        sql: 'SELECT configs.data[:data_1] AS anon_1, count(*) AS count_1 \nFROM configs GROUP BY configs.data[:data_2] ORDER BY configs.data[:data_3]',
        params: { data_1: 'lang', data_2: 'lang', data_3: 'lang' },
        keys: ['anon_1', 'count_1'],
      },
      postgresql: {
        sql: 'SELECT CAST(configs.data ->> $1 AS VARCHAR) AS anon_1, count(*) AS count_1 \nFROM configs GROUP BY CAST(configs.data ->> $2 AS VARCHAR) ORDER BY CAST(configs.data ->> $3 AS VARCHAR)',
        params: ['lang', 'lang', 'lang'],
        keys: ['anon_1', 'count_1'],
      },
      mysql: {
        sql: "SELECT CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END AS anon_1, count(*) AS count_1 \nFROM configs GROUP BY CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END ORDER BY CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END",
        params: ['$."lang"', '$."lang"', '$."lang"', '$."lang"', '$."lang"', '$."lang"'],
        keys: ['anon_1', 'count_1'],
      },
      sqlite: {
        sql: 'SELECT JSON_EXTRACT(configs.data, ?) AS anon_1, count(*) AS count_1 \nFROM configs GROUP BY JSON_EXTRACT(configs.data, ?) ORDER BY JSON_EXTRACT(configs.data, ?)',
        params: ['$."lang"', '$."lang"', '$."lang"'],
        keys: ['anon_1', 'count_1'],
      },
    },
  },
  {
    name: 'json: asInteger() in arithmetic',
    build: () => select(configs.c.id).where(configs.c.data.key('n').asInteger().add(1).gt(5)),
    expected: {
      default: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE configs.data[:data_1] + :param_1 > :param_2',
        params: { data_1: 'n', param_1: 1, param_2: 5 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE CAST((configs.data ->> $1) AS INTEGER) + $2 > $3',
        params: ['n', 1, 5],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT configs.id \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE CAST(JSON_EXTRACT(configs.data, ?) AS SIGNED INTEGER) END + ? > ?",
        params: ['$."n"', '$."n"', 1, 5],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) + ? > ?',
        params: ['$."n"', 1, 5],
        keys: ['id'],
      },
    },
  },
  {
    name: 'json: key() IS NULL',
    build: () => select(configs.c.id).where(configs.c.data.key('x').asString().is(null)),
    expected: {
      default: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE configs.data[:data_1] IS NULL',
        params: { data_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE CAST((configs.data ->> $1) AS VARCHAR) IS NULL',
        params: ['x'],
        keys: ['id'],
      },
      mysql: {
        sql: "SELECT configs.id \nFROM configs \nWHERE CASE JSON_EXTRACT(configs.data, ?) WHEN 'null' THEN NULL ELSE JSON_UNQUOTE(JSON_EXTRACT(configs.data, ?)) END IS NULL",
        params: ['$."x"', '$."x"'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT configs.id \nFROM configs \nWHERE JSON_EXTRACT(configs.data, ?) IS NULL',
        params: ['$."x"'],
        keys: ['id'],
      },
    },
  },
];
