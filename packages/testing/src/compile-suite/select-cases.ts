// SELECT cases: columns and labels, WHERE, GROUP BY/HAVING, ORDER BY, LIMIT/OFFSET/FETCH, DISTINCT,
// FOR UPDATE, label styles, subqueries and correlation, recorded from SQLAlchemy 2.0.52.
import {
  and,
  asc,
  bindparam,
  type ColumnElement,
  column,
  desc,
  exists,
  false_,
  func,
  literal,
  literalColumn,
  not,
  null_,
  nullsLast,
  or,
  select,
  text,
  true_,
} from '@retort/core';
import type { CompileCase } from './compile-case';
import { addresses, comments, members, posts, users } from './fixtures';

export const SELECT_CASES: readonly CompileCase[] = [
  {
    name: 'select: columns, two criteria, order by desc, limit and offset',
    source: 'SQLAlchemy tutorial',
    build: () =>
      select(users.c.id, users.c.name)
        .where(users.c.name.eq('x'), users.c.id.gt(5))
        .orderBy(users.c.id.desc())
        .limit(10)
        .offset(5),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name \nFROM users \nWHERE users.name = :name_1 AND users.id > :id_1 ORDER BY users.id DESC\n LIMIT :param_1 OFFSET :param_2',
        params: { name_1: 'x', id_1: 5, param_1: 10, param_2: 5 },
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name \nFROM users \nWHERE users.name = $1 AND users.id > $2 ORDER BY users.id DESC \n LIMIT $3 OFFSET $4',
        params: ['x', 5, 10, 5],
        keys: ['id', 'name'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name \nFROM users \nWHERE users.name = ? AND users.id > ? ORDER BY users.id DESC \n LIMIT ?, ?',
        params: ['x', 5, 5, 10],
        keys: ['id', 'name'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name \nFROM users \nWHERE users.name = ? AND users.id > ? ORDER BY users.id DESC\n LIMIT ? OFFSET ?',
        params: ['x', 5, 10, 5],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'select: a whole table',
    source: 'seed 003 "select() -- The Main Query Construct"',
    build: () => select(users),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: two columns',
    source: 'seed 003 "select() -- The Main Query Construct"',
    build: () => select(users.c.name, users.c.fullname),
    expected: {
      default: {
        sql: 'SELECT users.name, users.fullname \nFROM users',
        params: {},
        keys: ['name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.name, users.fullname \nFROM users',
        params: [],
        keys: ['name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.name, users.fullname \nFROM users',
        params: [],
        keys: ['name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.name, users.fullname \nFROM users',
        params: [],
        keys: ['name', 'fullname'],
      },
    },
  },
  {
    name: 'select: where equality',
    source: 'seed 003 "select() -- The Main Query Construct"',
    build: () => select(users).where(users.c.name.eq('Alice')),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = :name_1',
        params: { name_1: 'Alice' },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = $1',
        params: ['Alice'],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = ?',
        params: ['Alice'],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.name = ?',
        params: ['Alice'],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: two where criteria',
    source: 'seed 003 "Filtering"',
    build: () => select(members).where(members.c.age.ge(18), members.c.active.eq(true)),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= :age_1 AND members.active = true',
        params: { age_1: 18 },
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= $1 AND members.active = true',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= ? AND members.active = true',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= ? AND members.active = 1',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: 'select: chained where() calls are ANDed',
    source: 'seed 003 "Filtering"',
    build: () => select(members).where(members.c.age.ge(18)).where(members.c.active.eq(true)),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= :age_1 AND members.active = true',
        params: { age_1: 18 },
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= $1 AND members.active = true',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= ? AND members.active = true',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.age >= ? AND members.active = 1',
        params: [18],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: 'select: filterBy on the selected table',
    source: 'seed 003 "Filtering"',
    build: () => select(members).filterBy({ name: 'Alice', active: true }),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.name = :name_1 AND members.active = true',
        params: { name_1: 'Alice' },
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.name = $1 AND members.active = true',
        params: ['Alice'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.name = ? AND members.active = true',
        params: ['Alice'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members \nWHERE members.name = ? AND members.active = 1',
        params: ['Alice'],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: "select: filterBy on the first selected column's table",
    build: () => select(users.c.id).filterBy({ name: 'a' }),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :name_1',
        params: { name_1: 'a' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1',
        params: ['a'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['a'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['a'], keys: ['id'] },
    },
  },
  {
    name: 'select: filterBy on the last joined table',
    build: () => select(users).join(addresses).filterBy({ email: 'a@x' }),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN addresses ON users.id = addresses.user_id \nWHERE addresses.email = :email_1',
        params: { email_1: 'a@x' },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN addresses ON users.id = addresses.user_id \nWHERE addresses.email = $1',
        params: ['a@x'],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users INNER JOIN addresses ON users.id = addresses.user_id \nWHERE addresses.email = ?',
        params: ['a@x'],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN addresses ON users.id = addresses.user_id \nWHERE addresses.email = ?',
        params: ['a@x'],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: filterBy with an unknown name',
    deviation:
      'SQLAlchemy raises when filter_by() is called; Retort raises there too, and the message also lists the columns',
    build: () => select(users).filterBy({ nme: 'x' }),
    expected: {
      // SQLAlchemy: InvalidRequestError: Entity namespace for "users" has no property "nme"
      default: { error: /Entity namespace for "users" has no property "nme"/ },
      // SQLAlchemy: InvalidRequestError: Entity namespace for "users" has no property "nme"
      postgresql: { error: /Entity namespace for "users" has no property "nme"/ },
      // SQLAlchemy: InvalidRequestError: Entity namespace for "users" has no property "nme"
      mysql: { error: /Entity namespace for "users" has no property "nme"/ },
      // SQLAlchemy: InvalidRequestError: Entity namespace for "users" has no property "nme"
      sqlite: { error: /Entity namespace for "users" has no property "nme"/ },
    },
  },
  {
    name: 'select: label',
    build: () => select(users.c.name.label('username')),
    expected: {
      default: { sql: 'SELECT users.name AS username \nFROM users', params: {}, keys: ['username'] },
      postgresql: { sql: 'SELECT users.name AS username \nFROM users', params: [], keys: ['username'] },
      mysql: { sql: 'SELECT users.name AS username \nFROM users', params: [], keys: ['username'] },
      sqlite: { sql: 'SELECT users.name AS username \nFROM users', params: [], keys: ['username'] },
    },
  },
  {
    name: 'select: function with a label, group by and having',
    source: 'seed 003 ".order_by(), .group_by(), .having()"',
    build: () =>
      select(members.c.city, func.count(members.c.id).label('user_count'))
        .groupBy(members.c.city)
        .having(func.count(members.c.id).gt(5)),
    expected: {
      default: {
        sql: 'SELECT members.city, count(members.id) AS user_count \nFROM members GROUP BY members.city \nHAVING count(members.id) > :count_1',
        params: { count_1: 5 },
        keys: ['city', 'user_count'],
      },
      postgresql: {
        sql: 'SELECT members.city, count(members.id) AS user_count \nFROM members GROUP BY members.city \nHAVING count(members.id) > $1',
        params: [5],
        keys: ['city', 'user_count'],
      },
      mysql: {
        sql: 'SELECT members.city, count(members.id) AS user_count \nFROM members GROUP BY members.city \nHAVING count(members.id) > ?',
        params: [5],
        keys: ['city', 'user_count'],
      },
      sqlite: {
        sql: 'SELECT members.city, count(members.id) AS user_count \nFROM members GROUP BY members.city \nHAVING count(members.id) > ?',
        params: [5],
        keys: ['city', 'user_count'],
      },
    },
  },
  {
    name: 'select: order by a selected label refers to it by name',
    build: () => {
      return (() => {
        const n = func.count(members.c.id).label('n');
        return select(members.c.city, n).groupBy(members.c.city).orderBy(n.desc());
      })();
    },
    expected: {
      default: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: {},
        keys: ['city', 'n'],
      },
      postgresql: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
      mysql: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
      sqlite: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
    },
  },
  {
    name: 'select: order by a label name string',
    build: () =>
      select(members.c.city, func.count(members.c.id).label('n')).groupBy(members.c.city).orderBy(desc('n')),
    expected: {
      default: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: {},
        keys: ['city', 'n'],
      },
      postgresql: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
      mysql: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
      sqlite: {
        sql: 'SELECT members.city, count(members.id) AS n \nFROM members GROUP BY members.city ORDER BY n DESC',
        params: [],
        keys: ['city', 'n'],
      },
    },
  },
  {
    name: 'select: order by a column name string',
    build: () => select(users.c.id, users.c.name).orderBy('name'),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name \nFROM users ORDER BY users.name',
        params: {},
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name \nFROM users ORDER BY users.name',
        params: [],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'select: order by an unknown name string',
    build: () => select(users.c.id).orderBy('nope'),
    expected: {
      // SQLAlchemy: CompileError: Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression 'nope' should be explicitly declared as text('nope')
      default: {
        error:
          /Can't resolve label reference for ORDER BY \/ GROUP BY \/ DISTINCT etc\. Textual SQL expression 'nope' should be explicitly declared as text\('nope'\)/,
      },
      // SQLAlchemy: CompileError: Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression 'nope' should be explicitly declared as text('nope')
      postgresql: {
        error:
          /Can't resolve label reference for ORDER BY \/ GROUP BY \/ DISTINCT etc\. Textual SQL expression 'nope' should be explicitly declared as text\('nope'\)/,
      },
      // SQLAlchemy: CompileError: Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression 'nope' should be explicitly declared as text('nope')
      mysql: {
        error:
          /Can't resolve label reference for ORDER BY \/ GROUP BY \/ DISTINCT etc\. Textual SQL expression 'nope' should be explicitly declared as text\('nope'\)/,
      },
      // SQLAlchemy: CompileError: Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression 'nope' should be explicitly declared as text('nope')
      sqlite: {
        error:
          /Can't resolve label reference for ORDER BY \/ GROUP BY \/ DISTINCT etc\. Textual SQL expression 'nope' should be explicitly declared as text\('nope'\)/,
      },
    },
  },
  {
    name: 'select: order by a label that is not selected renders its expression',
    build: () => select(users.c.id).orderBy(users.c.name.label('x')),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users ORDER BY users.name', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users ORDER BY users.name', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users ORDER BY users.name', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users ORDER BY users.name', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: group by a label renders its expression',
    build: () => {
      return (() => {
        const ln = func.lower(users.c.name).label('ln');
        return select(ln, func.count()).groupBy(ln);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT lower(users.name) AS ln, count(*) AS count_1 \nFROM users GROUP BY lower(users.name)',
        params: {},
        keys: ['ln', 'count_1'],
      },
      postgresql: {
        sql: 'SELECT lower(users.name) AS ln, count(*) AS count_1 \nFROM users GROUP BY lower(users.name)',
        params: [],
        keys: ['ln', 'count_1'],
      },
      mysql: {
        sql: 'SELECT lower(users.name) AS ln, count(*) AS count_1 \nFROM users GROUP BY lower(users.name)',
        params: [],
        keys: ['ln', 'count_1'],
      },
      sqlite: {
        sql: 'SELECT lower(users.name) AS ln, count(*) AS count_1 \nFROM users GROUP BY lower(users.name)',
        params: [],
        keys: ['ln', 'count_1'],
      },
    },
  },
  {
    name: 'select: order by several columns',
    source: 'seed 003 ".order_by(), .group_by(), .having()"',
    build: () => select(members).orderBy(members.c.city, members.c.name.desc()),
    expected: {
      default: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members ORDER BY members.city, members.name DESC',
        params: {},
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      postgresql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members ORDER BY members.city, members.name DESC',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      mysql: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members ORDER BY members.city, members.name DESC',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
      sqlite: {
        sql: 'SELECT members.id, members.name, members.email, members.age, members.city, members.active \nFROM members ORDER BY members.city, members.name DESC',
        params: [],
        keys: ['id', 'name', 'email', 'age', 'city', 'active'],
      },
    },
  },
  {
    name: 'select: asc/desc functions and nulls last',
    build: () => select(users.c.id).orderBy(asc(users.c.name), nullsLast(desc(users.c.fullname))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name ASC, users.fullname DESC NULLS LAST',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name ASC, users.fullname DESC NULLS LAST',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name ASC, users.fullname DESC NULLS LAST',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name ASC, users.fullname DESC NULLS LAST',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: nullsFirst',
    build: () => select(users.c.id).orderBy(users.c.name.nullsFirst()),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name NULLS FIRST',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name NULLS FIRST',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name NULLS FIRST',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.name NULLS FIRST',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: orderBy(null) clears the ordering',
    build: () => select(users.c.id).orderBy(users.c.name).orderBy(null),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: limit only',
    build: () => select(users.c.id).limit(3),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users\n LIMIT :param_1', params: { param_1: 3 }, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users \n LIMIT $1', params: [3], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \n LIMIT ?', params: [3], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users\n LIMIT ? OFFSET ?', params: [3, 0], keys: ['id'] },
    },
  },
  {
    name: 'select: offset only',
    build: () => select(users.c.id).offset(3),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users\n LIMIT -1 OFFSET :param_1',
        params: { param_1: 3 },
        keys: ['id'],
      },
      postgresql: { sql: 'SELECT users.id \nFROM users\n LIMIT ALL OFFSET $1', params: [3], keys: ['id'] },
      mysql: {
        sql: 'SELECT users.id \nFROM users \n LIMIT ?, 18446744073709551615',
        params: [3],
        keys: ['id'],
      },
      sqlite: { sql: 'SELECT users.id \nFROM users\n LIMIT ? OFFSET ?', params: [-1, 3], keys: ['id'] },
    },
  },
  {
    name: 'select: page with order by, limit and offset',
    source: 'seed 003 ".limit() and .offset()"',
    build: () => select(users).orderBy(users.c.id).limit(20).offset(40),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.id\n LIMIT :param_1 OFFSET :param_2',
        params: { param_1: 20, param_2: 40 },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.id \n LIMIT $1 OFFSET $2',
        params: [20, 40],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.id \n LIMIT ?, ?',
        params: [40, 20],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users ORDER BY users.id\n LIMIT ? OFFSET ?',
        params: [20, 40],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: fetch first',
    build: () => select(users.c.id).orderBy(users.c.id).fetch(5),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n FETCH FIRST :param_1 ROWS ONLY',
        params: { param_1: 5 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n FETCH FIRST ($1) ROWS ONLY',
        params: [5],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n FETCH FIRST ? ROWS ONLY',
        params: [5],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n FETCH FIRST ? ROWS ONLY',
        params: [5],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: fetch with ties and offset',
    build: () => select(users.c.id).orderBy(users.c.id).offset(2).fetch(5, { withTies: true }),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n OFFSET :param_1 ROWS\n FETCH FIRST :param_2 ROWS WITH TIES',
        params: { param_1: 2, param_2: 5 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n OFFSET ($1) ROWS\n FETCH FIRST ($2) ROWS WITH TIES',
        params: [2, 5],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n OFFSET ? ROWS\n FETCH FIRST ? ROWS WITH TIES',
        params: [2, 5],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users ORDER BY users.id\n OFFSET ? ROWS\n FETCH FIRST ? ROWS WITH TIES',
        params: [2, 5],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: fetch percent',
    build: () => select(users.c.id).fetch(10, { percent: true }),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users\n FETCH FIRST :param_1 PERCENT ROWS ONLY',
        params: { param_1: 10 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users\n FETCH FIRST ($1) PERCENT ROWS ONLY',
        params: [10],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users\n FETCH FIRST ? PERCENT ROWS ONLY',
        params: [10],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users\n FETCH FIRST ? PERCENT ROWS ONLY',
        params: [10],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: distinct',
    build: () => select(members.c.city).distinct(),
    expected: {
      default: { sql: 'SELECT DISTINCT members.city \nFROM members', params: {}, keys: ['city'] },
      postgresql: { sql: 'SELECT DISTINCT members.city \nFROM members', params: [], keys: ['city'] },
      mysql: { sql: 'SELECT DISTINCT members.city \nFROM members', params: [], keys: ['city'] },
      sqlite: { sql: 'SELECT DISTINCT members.city \nFROM members', params: [], keys: ['city'] },
    },
  },
  {
    name: 'select: distinct on',
    deviation:
      'SQLAlchemy 2.0 ignores DISTINCT ON outside PostgreSQL with a deprecation warning ("will raise CompileError in a future release"); Retort raises CompileError now',
    build: () =>
      select(members.c.city, members.c.name)
        .distinct(members.c.city)
        .orderBy(members.c.city, members.c.age.desc()),
    expected: {
      default: { error: /DISTINCT ON is currently supported only by the PostgreSQL dialect/ },
      postgresql: {
        sql: 'SELECT DISTINCT ON (members.city) members.city, members.name \nFROM members ORDER BY members.city, members.age DESC',
        params: [],
        keys: ['city', 'name'],
      },
      mysql: { error: /DISTINCT ON is currently supported only by the PostgreSQL dialect/ },
      sqlite: { error: /DISTINCT ON is currently supported only by the PostgreSQL dialect/ },
    },
  },
  {
    name: 'select: count of distinct values',
    build: () => select(func.count(members.c.city.distinct())),
    expected: {
      default: {
        sql: 'SELECT count(DISTINCT members.city) AS count_1 \nFROM members',
        params: {},
        keys: ['count_1'],
      },
      postgresql: {
        sql: 'SELECT count(DISTINCT members.city) AS count_1 \nFROM members',
        params: [],
        keys: ['count_1'],
      },
      mysql: {
        sql: 'SELECT count(DISTINCT members.city) AS count_1 \nFROM members',
        params: [],
        keys: ['count_1'],
      },
      sqlite: {
        sql: 'SELECT count(DISTINCT members.city) AS count_1 \nFROM members',
        params: [],
        keys: ['count_1'],
      },
    },
  },
  {
    name: 'select: for update',
    build: () => select(users).where(users.c.id.eq(1)).withForUpdate(),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id = :id_1 FOR UPDATE',
        params: { id_1: 1 },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id = $1 FOR UPDATE',
        params: [1],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id = ? FOR UPDATE',
        params: [1],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id = ?',
        params: [1],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: for update nowait',
    build: () => select(users.c.id).withForUpdate({ nowait: true }),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users FOR UPDATE NOWAIT', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users FOR UPDATE NOWAIT', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: for update skip locked',
    build: () => select(users.c.id).withForUpdate({ skipLocked: true }),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users FOR UPDATE SKIP LOCKED', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users FOR UPDATE SKIP LOCKED', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: for update read (for share)',
    build: () => select(users.c.id).withForUpdate({ read: true }),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users FOR SHARE', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users LOCK IN SHARE MODE', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: for update of a table',
    build: () =>
      select(users.c.id, addresses.c.email)
        .joinFrom(users, addresses)
        .withForUpdate({ of: [users] }),
    expected: {
      default: {
        sql: 'SELECT users.id, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id FOR UPDATE',
        params: {},
        keys: ['id', 'email'],
      },
      postgresql: {
        sql: 'SELECT users.id, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id FOR UPDATE OF users',
        params: [],
        keys: ['id', 'email'],
      },
      mysql: {
        sql: 'SELECT users.id, addresses.email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id FOR UPDATE',
        params: [],
        keys: ['id', 'email'],
      },
      sqlite: {
        sql: 'SELECT users.id, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['id', 'email'],
      },
    },
  },
  {
    name: 'select: for no key update and for key share',
    build: () => select(users.c.id).withForUpdate({ keyShare: true }),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users FOR NO KEY UPDATE', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: for key share',
    build: () => select(users.c.id).withForUpdate({ read: true, keyShare: true }),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users FOR UPDATE', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users FOR KEY SHARE', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users LOCK IN SHARE MODE', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: prefix and suffix',
    build: () => select(users.c.id).prefixWith('SQL_NO_CACHE').suffixWith('-- x'),
    expected: {
      default: { sql: 'SELECT SQL_NO_CACHE users.id \nFROM users -- x ', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT SQL_NO_CACHE users.id \nFROM users -- x ', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT SQL_NO_CACHE users.id \nFROM users -- x ', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT SQL_NO_CACHE users.id \nFROM users -- x ', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: count(*) from a table with selectFrom',
    source: 'seed 003 "func.* -- SQL Functions"',
    build: () => select(func.count()).selectFrom(users),
    expected: {
      default: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: {}, keys: ['count_1'] },
      postgresql: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      mysql: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
      sqlite: { sql: 'SELECT count(*) AS count_1 \nFROM users', params: [], keys: ['count_1'] },
    },
  },
  {
    name: 'select: explicit FROM comes first',
    build: () => select(users.c.name).selectFrom(addresses),
    expected: {
      default: { sql: 'SELECT users.name \nFROM addresses, users', params: {}, keys: ['name'] },
      postgresql: { sql: 'SELECT users.name \nFROM addresses, users', params: [], keys: ['name'] },
      mysql: { sql: 'SELECT users.name \nFROM addresses, users', params: [], keys: ['name'] },
      sqlite: { sql: 'SELECT users.name \nFROM addresses, users', params: [], keys: ['name'] },
    },
  },
  {
    name: 'select: addColumns and withOnlyColumns',
    build: () => select(users.c.id).addColumns(users.c.name).withOnlyColumns(users.c.fullname, users.c.id),
    expected: {
      default: { sql: 'SELECT users.fullname, users.id \nFROM users', params: {}, keys: ['fullname', 'id'] },
      postgresql: {
        sql: 'SELECT users.fullname, users.id \nFROM users',
        params: [],
        keys: ['fullname', 'id'],
      },
      mysql: { sql: 'SELECT users.fullname, users.id \nFROM users', params: [], keys: ['fullname', 'id'] },
      sqlite: { sql: 'SELECT users.fullname, users.id \nFROM users', params: [], keys: ['fullname', 'id'] },
    },
  },
  {
    name: 'select: the same column twice gets a dedupe label',
    build: () => select(users.c.id, users.c.id, users.c.name),
    expected: {
      default: {
        sql: 'SELECT users.id, users.id AS id__1, users.name \nFROM users',
        params: {},
        keys: ['id', 'id__1', 'name'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.id AS id__1, users.name \nFROM users',
        params: [],
        keys: ['id', 'id__1', 'name'],
      },
      mysql: {
        sql: 'SELECT users.id, users.id AS id__1, users.name \nFROM users',
        params: [],
        keys: ['id', 'id__1', 'name'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.id AS id__1, users.name \nFROM users',
        params: [],
        keys: ['id', 'id__1', 'name'],
      },
    },
  },
  {
    name: 'select: same-named columns of two tables',
    build: () =>
      select(users.c.id, addresses.c.id, addresses.c.user_id).where(users.c.id.eq(addresses.c.user_id)),
    expected: {
      default: {
        sql: 'SELECT users.id, addresses.id AS id_1, addresses.user_id \nFROM users, addresses \nWHERE users.id = addresses.user_id',
        params: {},
        keys: ['id', 'id_1', 'user_id'],
      },
      postgresql: {
        sql: 'SELECT users.id, addresses.id AS id_1, addresses.user_id \nFROM users, addresses \nWHERE users.id = addresses.user_id',
        params: [],
        keys: ['id', 'id_1', 'user_id'],
      },
      mysql: {
        sql: 'SELECT users.id, addresses.id AS id_1, addresses.user_id \nFROM users, addresses \nWHERE users.id = addresses.user_id',
        params: [],
        keys: ['id', 'id_1', 'user_id'],
      },
      sqlite: {
        sql: 'SELECT users.id, addresses.id AS id_1, addresses.user_id \nFROM users, addresses \nWHERE users.id = addresses.user_id',
        params: [],
        keys: ['id', 'id_1', 'user_id'],
      },
    },
  },
  {
    name: 'select: label style tablenamePlusCol',
    build: () =>
      select(users, addresses.c.email).joinFrom(users, addresses).setLabelStyle('tablenamePlusCol'),
    expected: {
      default: {
        sql: 'SELECT users.id AS users_id, users.name AS users_name, users.fullname AS users_fullname, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: {},
        keys: ['users_id', 'users_name', 'users_fullname', 'addresses_email'],
      },
      postgresql: {
        sql: 'SELECT users.id AS users_id, users.name AS users_name, users.fullname AS users_fullname, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['users_id', 'users_name', 'users_fullname', 'addresses_email'],
      },
      mysql: {
        sql: 'SELECT users.id AS users_id, users.name AS users_name, users.fullname AS users_fullname, addresses.email AS addresses_email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['users_id', 'users_name', 'users_fullname', 'addresses_email'],
      },
      sqlite: {
        sql: 'SELECT users.id AS users_id, users.name AS users_name, users.fullname AS users_fullname, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['users_id', 'users_name', 'users_fullname', 'addresses_email'],
      },
    },
  },
  {
    name: 'select: label style none',
    build: () =>
      select(users.c.id, addresses.c.id, func.count())
        .setLabelStyle('none')
        .groupBy(users.c.id, addresses.c.id),
    expected: {
      default: {
        sql: 'SELECT users.id, addresses.id, count(*) AS count_1 \nFROM users, addresses GROUP BY users.id, addresses.id',
        params: {},
        keys: ['id', 'id', 'count_1'],
      },
      postgresql: {
        sql: 'SELECT users.id, addresses.id, count(*) AS count_1 \nFROM users, addresses GROUP BY users.id, addresses.id',
        params: [],
        keys: ['id', 'id', 'count_1'],
      },
      mysql: {
        sql: 'SELECT users.id, addresses.id, count(*) AS count_1 \nFROM users, addresses GROUP BY users.id, addresses.id',
        params: [],
        keys: ['id', 'id', 'count_1'],
      },
      sqlite: {
        sql: 'SELECT users.id, addresses.id, count(*) AS count_1 \nFROM users, addresses GROUP BY users.id, addresses.id',
        params: [],
        keys: ['id', 'id', 'count_1'],
      },
    },
  },
  {
    name: 'select: anonymous labels for expressions and functions',
    build: () =>
      select(
        users.c.id.add(1),
        func.lower(users.c.name),
        func.lower(users.c.fullname),
        literal(5),
        null_(),
        true_(),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id + :id_1 AS anon_1, lower(users.name) AS lower_1, lower(users.fullname) AS lower_2, :param_1 AS anon_2, NULL AS anon_3, true AS anon_4 \nFROM users',
        params: { id_1: 1, param_1: 5 },
        keys: ['anon_1', 'lower_1', 'lower_2', 'anon_2', 'anon_3', 'anon_4'],
      },
      postgresql: {
        sql: 'SELECT users.id + $1 AS anon_1, lower(users.name) AS lower_1, lower(users.fullname) AS lower_2, $2 AS anon_2, NULL AS anon_3, true AS anon_4 \nFROM users',
        params: [1, 5],
        keys: ['anon_1', 'lower_1', 'lower_2', 'anon_2', 'anon_3', 'anon_4'],
      },
      mysql: {
        sql: 'SELECT users.id + ? AS anon_1, lower(users.name) AS lower_1, lower(users.fullname) AS lower_2, ? AS anon_2, NULL AS anon_3, true AS anon_4 \nFROM users',
        params: [1, 5],
        keys: ['anon_1', 'lower_1', 'lower_2', 'anon_2', 'anon_3', 'anon_4'],
      },
      sqlite: {
        sql: 'SELECT users.id + ? AS anon_1, lower(users.name) AS lower_1, lower(users.fullname) AS lower_2, ? AS anon_2, NULL AS anon_3, 1 AS anon_4 \nFROM users',
        params: [1, 5],
        keys: ['anon_1', 'lower_1', 'lower_2', 'anon_2', 'anon_3', 'anon_4'],
      },
    },
  },
  {
    name: 'select: literalColumn, column() and text() in the columns clause',
    deviation:
      "SQLAlchemy leaves a text() column's key to the driver's cursor.description; Retort keys it by its text",
    build: () => select(literalColumn('1'), column('q'), text('7').asColumn()),
    expected: {
      default: { sql: 'SELECT 1, q, 7', params: {}, keys: ['1', 'q', '7'] },
      postgresql: { sql: 'SELECT 1, q, 7', params: [], keys: ['1', 'q', '7'] },
      mysql: { sql: 'SELECT 1, q, 7', params: [], keys: ['1', 'q', '7'] },
      sqlite: { sql: 'SELECT 1, q, 7', params: [], keys: ['1', 'q', '7'] },
    },
  },
  {
    name: 'select: no FROM clause',
    build: () => select(literal(1).label('one')),
    expected: {
      default: { sql: 'SELECT :param_1 AS one', params: { param_1: 1 }, keys: ['one'] },
      postgresql: { sql: 'SELECT $1 AS one', params: [1], keys: ['one'] },
      mysql: { sql: 'SELECT ? AS one', params: [1], keys: ['one'] },
      sqlite: { sql: 'SELECT ? AS one', params: [1], keys: ['one'] },
    },
  },
  {
    name: 'select: no FROM clause with WHERE (MySQL FROM DUAL)',
    build: () => select(literal(1)).where(literal(1).eq(1)),
    expected: {
      default: {
        sql: 'SELECT :param_1 AS anon_1 \nWHERE :param_2 = :param_3',
        params: { param_1: 1, param_2: 1, param_3: 1 },
        keys: ['anon_1'],
      },
      // Two parameters compared: cast, as SQLAlchemy 2.0.52's asyncpg dialect renders them (node-pg,
      // like asyncpg, sends them untyped; psycopg2 renders `%(param_2)s = %(param_3)s` and inlines).
      postgresql: {
        sql: 'SELECT $1 AS anon_1 \nWHERE $2::INTEGER = $3::INTEGER',
        params: [1, 1, 1],
        keys: ['anon_1'],
      },
      mysql: { sql: 'SELECT ? AS anon_1 FROM DUAL \nWHERE ? = ?', params: [1, 1, 1], keys: ['anon_1'] },
      sqlite: { sql: 'SELECT ? AS anon_1 \nWHERE ? = ?', params: [1, 1, 1], keys: ['anon_1'] },
    },
  },
  {
    name: 'select: where with a bound parameter given at execution',
    build: () => select(users.c.id).where(users.c.name.eq(bindparam('username', 'bob'))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :username',
        params: { username: 'bob' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1',
        params: ['bob'],
        keys: ['id'],
      },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['bob'], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE users.name = ?', params: ['bob'], keys: ['id'] },
    },
  },
  {
    name: 'select: where with text()',
    build: () => select(users.c.id).where(text('users.name = :n').bindparams({ n: 'x' })),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :n',
        params: { n: 'x' },
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
    name: 'select: where true()',
    build: () => select(users.c.id).where(true_()),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users \nWHERE true', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE true', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE true = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE 1 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: where(x, false()) is false',
    build: () => select(users.c.id).where(users.c.id.gt(1), false_()),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users \nWHERE false', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users \nWHERE false', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \nWHERE false = 1', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users \nWHERE 0 = 1', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: a boolean column alone in WHERE with another criterion',
    build: () => select(members.c.id).where(members.c.active, members.c.age.gt(1)),
    expected: {
      default: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active AND members.age > :age_1',
        params: { age_1: 1 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active AND members.age > $1',
        params: [1],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1 AND members.age > ?',
        params: [1],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT members.id \nFROM members \nWHERE members.active = 1 AND members.age > ?',
        params: [1],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: or and and combined',
    source: 'seed 004 "Querying"',
    build: () =>
      select(members.c.name, members.c.age).where(
        or(and(members.c.age.gt(28), members.c.city.eq('NYC')), members.c.active.eq(false)),
      ),
    expected: {
      default: {
        sql: 'SELECT members.name, members.age \nFROM members \nWHERE members.age > :age_1 AND members.city = :city_1 OR members.active = false',
        params: { age_1: 28, city_1: 'NYC' },
        keys: ['name', 'age'],
      },
      postgresql: {
        sql: 'SELECT members.name, members.age \nFROM members \nWHERE members.age > $1 AND members.city = $2 OR members.active = false',
        params: [28, 'NYC'],
        keys: ['name', 'age'],
      },
      mysql: {
        sql: 'SELECT members.name, members.age \nFROM members \nWHERE members.age > ? AND members.city = ? OR members.active = false',
        params: [28, 'NYC'],
        keys: ['name', 'age'],
      },
      sqlite: {
        sql: 'SELECT members.name, members.age \nFROM members \nWHERE members.age > ? AND members.city = ? OR members.active = 0',
        params: [28, 'NYC'],
        keys: ['name', 'age'],
      },
    },
  },
  {
    name: 'select: boolean column selected',
    build: () => select(members.c.active, not(members.c.active), members.c.age.gt(5)),
    expected: {
      default: {
        sql: 'SELECT members.active, NOT members.active, members.age > :age_1 AS anon_1 \nFROM members',
        params: { age_1: 5 },
        keys: ['active', 'active', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT members.active, NOT members.active, members.age > $1 AS anon_1 \nFROM members',
        params: [5],
        keys: ['active', 'active', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT members.active, members.active = 0 AS active__1, members.age > ? AS anon_1 \nFROM members',
        params: [5],
        keys: ['active', 'active__1', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT members.active, members.active = 0 AS active__1, members.age > ? AS anon_1 \nFROM members',
        params: [5],
        keys: ['active', 'active__1', 'anon_1'],
      },
    },
  },
  {
    name: 'select: correlated scalar subquery with correlate()',
    source: 'seed 003 "Subqueries and CTEs"',
    build: () =>
      select(
        users.c.name,
        select(func.max(posts.c.created_at).label('latest_post'))
          .where(posts.c.author_id.eq(users.c.id))
          .correlate(users)
          .scalarSubquery()
          .label('latest_post_date'),
      ),
    expected: {
      default: {
        sql: 'SELECT users.name, (SELECT max(posts.created_at) AS latest_post \nFROM posts \nWHERE posts.author_id = users.id) AS latest_post_date \nFROM users',
        params: {},
        keys: ['name', 'latest_post_date'],
      },
      postgresql: {
        sql: 'SELECT users.name, (SELECT max(posts.created_at) AS latest_post \nFROM posts \nWHERE posts.author_id = users.id) AS latest_post_date \nFROM users',
        params: [],
        keys: ['name', 'latest_post_date'],
      },
      mysql: {
        sql: 'SELECT users.name, (SELECT max(posts.created_at) AS latest_post \nFROM posts \nWHERE posts.author_id = users.id) AS latest_post_date \nFROM users',
        params: [],
        keys: ['name', 'latest_post_date'],
      },
      sqlite: {
        sql: 'SELECT users.name, (SELECT max(posts.created_at) AS latest_post \nFROM posts \nWHERE posts.author_id = users.id) AS latest_post_date \nFROM users',
        params: [],
        keys: ['name', 'latest_post_date'],
      },
    },
  },
  {
    name: 'select: scalar subquery auto-correlates',
    build: () =>
      select(
        users.c.name,
        select(func.count(posts.c.id)).where(posts.c.author_id.eq(users.c.id)).scalarSubquery(),
      ),
    expected: {
      default: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: {},
        keys: ['name', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
    },
  },
  {
    name: 'select: scalar subquery in WHERE auto-correlates',
    build: () =>
      select(users.c.id).where(
        select(func.count(posts.c.id)).where(posts.c.author_id.eq(users.c.id)).scalarSubquery().gt(2),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) > :param_1',
        params: { param_1: 2 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) > $1',
        params: [2],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) > ?',
        params: [2],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) > ?',
        params: [2],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: a single-table scalar subquery is not correlated',
    build: () => select(users.c.id, select(func.max(users.c.id)).scalarSubquery()),
    expected: {
      default: {
        sql: 'SELECT users.id, (SELECT max(users.id) AS max_1 \nFROM users) AS anon_1 \nFROM users',
        params: {},
        keys: ['id', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.id, (SELECT max(users.id) AS max_1 \nFROM users) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT users.id, (SELECT max(users.id) AS max_1 \nFROM users) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.id, (SELECT max(users.id) AS max_1 \nFROM users) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
    },
  },
  {
    name: 'select: correlate(null) turns correlation off',
    build: () =>
      select(
        users.c.name,
        select(func.count(posts.c.id))
          .where(posts.c.author_id.eq(users.c.id))
          .correlate(null)
          .scalarSubquery(),
      ),
    expected: {
      default: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts, users \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: {},
        keys: ['name', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts, users \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts, users \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts, users \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
    },
  },
  {
    name: 'select: correlateExcept',
    build: () =>
      select(
        users.c.name,
        select(func.count(posts.c.id))
          .where(posts.c.author_id.eq(users.c.id))
          .correlateExcept(posts)
          .scalarSubquery(),
      ),
    expected: {
      default: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: {},
        keys: ['name', 'anon_1'],
      },
      postgresql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      mysql: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
      sqlite: {
        sql: 'SELECT users.name, (SELECT count(posts.id) AS count_1 \nFROM posts \nWHERE posts.author_id = users.id) AS anon_1 \nFROM users',
        params: [],
        keys: ['name', 'anon_1'],
      },
    },
  },
  {
    name: 'select: auto-correlation that removes every FROM',
    build: () =>
      select(users.c.id).where(
        users.c.id.eq(
          select(users.c.id)
            .where(users.c.id.eq(addresses.c.user_id))
            .correlate(users, addresses)
            .scalarSubquery(),
        ),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT users.id \nFROM addresses \nWHERE users.id = addresses.user_id)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT users.id \nFROM addresses \nWHERE users.id = addresses.user_id)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT users.id \nFROM addresses \nWHERE users.id = addresses.user_id)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT users.id \nFROM addresses \nWHERE users.id = addresses.user_id)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: subquery as a derived table joined explicitly',
    source: 'seed 003 "Subqueries and CTEs"',
    build: () => {
      return (() => {
        const sq = select(posts.c.author_id, func.count(posts.c.id).label('post_count'))
          .groupBy(posts.c.author_id)
          .subquery();
        return select(users.c.name, sq.c.post_count).join(sq, users.c.id.eq(sq.c.author_id));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, anon_1.post_count \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: {},
        keys: ['name', 'post_count'],
      },
      postgresql: {
        sql: 'SELECT users.name, anon_1.post_count \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'post_count'],
      },
      mysql: {
        sql: 'SELECT users.name, anon_1.post_count \nFROM users INNER JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'post_count'],
      },
      sqlite: {
        sql: 'SELECT users.name, anon_1.post_count \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'post_count'],
      },
    },
  },
  {
    name: 'select: named subquery',
    build: () => {
      return (() => {
        const sq = select(users).where(users.c.id.gt(3)).subquery('big');
        return select(sq.c.id, sq.c.name);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT big.id, big.name \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > :id_1) AS big',
        params: { id_1: 3 },
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'SELECT big.id, big.name \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > $1) AS big',
        params: [3],
        keys: ['id', 'name'],
      },
      mysql: {
        sql: 'SELECT big.id, big.name \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > ?) AS big',
        params: [3],
        keys: ['id', 'name'],
      },
      sqlite: {
        sql: 'SELECT big.id, big.name \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > ?) AS big',
        params: [3],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'select: all columns of an anonymous subquery with unnamed expressions',
    build: () =>
      select(
        select(func.count(users.c.id), users.c.id.add(1), users.c.name).groupBy(users.c.name).subquery(),
      ),
    expected: {
      default: {
        sql: 'SELECT anon_1.count_1, anon_1.anon_2, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.id + :id_1 AS anon_2, users.name AS name \nFROM users GROUP BY users.name) AS anon_1',
        params: { id_1: 1 },
        keys: ['count_1', 'anon_2', 'name'],
      },
      postgresql: {
        sql: 'SELECT anon_1.count_1, anon_1.anon_2, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.id + $1 AS anon_2, users.name AS name \nFROM users GROUP BY users.name) AS anon_1',
        params: [1],
        keys: ['count_1', 'anon_2', 'name'],
      },
      mysql: {
        sql: 'SELECT anon_1.count_1, anon_1.anon_2, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.id + ? AS anon_2, users.name AS name \nFROM users GROUP BY users.name) AS anon_1',
        params: [1],
        keys: ['count_1', 'anon_2', 'name'],
      },
      sqlite: {
        sql: 'SELECT anon_1.count_1, anon_1.anon_2, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.id + ? AS anon_2, users.name AS name \nFROM users GROUP BY users.name) AS anon_1',
        params: [1],
        keys: ['count_1', 'anon_2', 'name'],
      },
    },
  },
  {
    name: 'select: subquery columns by key, including an unlabeled function',
    build: () => {
      return (() => {
        const sq = select(func.count(users.c.id), users.c.name).groupBy(users.c.name).subquery();
        return select(sq.c.count, sq.c.name).where(sq.c.count.gt(2));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.count_1, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.name AS name \nFROM users GROUP BY users.name) AS anon_1 \nWHERE anon_1.count_1 > :param_1',
        params: { param_1: 2 },
        keys: ['count_1', 'name'],
      },
      postgresql: {
        sql: 'SELECT anon_1.count_1, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.name AS name \nFROM users GROUP BY users.name) AS anon_1 \nWHERE anon_1.count_1 > $1',
        params: [2],
        keys: ['count_1', 'name'],
      },
      mysql: {
        sql: 'SELECT anon_1.count_1, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.name AS name \nFROM users GROUP BY users.name) AS anon_1 \nWHERE anon_1.count_1 > ?',
        params: [2],
        keys: ['count_1', 'name'],
      },
      sqlite: {
        sql: 'SELECT anon_1.count_1, anon_1.name \nFROM (SELECT count(users.id) AS count_1, users.name AS name \nFROM users GROUP BY users.name) AS anon_1 \nWHERE anon_1.count_1 > ?',
        params: [2],
        keys: ['count_1', 'name'],
      },
    },
  },
  {
    name: 'select: two anonymous subqueries',
    build: () => {
      return (() => {
        const a = select(users.c.id).subquery();
        const b = select(addresses.c.id).subquery();
        return select(a.c.id, b.c.id).where(a.c.id.eq(b.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.id, anon_2.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS anon_1, (SELECT addresses.id AS id \nFROM addresses) AS anon_2 \nWHERE anon_1.id = anon_2.id',
        params: {},
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'SELECT anon_1.id, anon_2.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS anon_1, (SELECT addresses.id AS id \nFROM addresses) AS anon_2 \nWHERE anon_1.id = anon_2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'SELECT anon_1.id, anon_2.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS anon_1, (SELECT addresses.id AS id \nFROM addresses) AS anon_2 \nWHERE anon_1.id = anon_2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'SELECT anon_1.id, anon_2.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS anon_1, (SELECT addresses.id AS id \nFROM addresses) AS anon_2 \nWHERE anon_1.id = anon_2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
    },
  },
  {
    name: 'select: in a subquery of a distinct subquery',
    source: 'seed 003 "Full Working Example"',
    build: () => {
      return (() => {
        const sq = select(posts.c.author_id).where(posts.c.status.eq('published')).distinct().subquery();
        return select(users).where(users.c.id.in(select(sq.c.author_id)));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id IN (SELECT anon_1.author_id \nFROM (SELECT DISTINCT posts.author_id AS author_id \nFROM posts \nWHERE posts.status = :status_1) AS anon_1)',
        params: { status_1: 'published' },
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id IN (SELECT anon_1.author_id \nFROM (SELECT DISTINCT posts.author_id AS author_id \nFROM posts \nWHERE posts.status = $1) AS anon_1)',
        params: ['published'],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id IN (SELECT anon_1.author_id \nFROM (SELECT DISTINCT posts.author_id AS author_id \nFROM posts \nWHERE posts.status = ?) AS anon_1)',
        params: ['published'],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE users.id IN (SELECT anon_1.author_id \nFROM (SELECT DISTINCT posts.author_id AS author_id \nFROM posts \nWHERE posts.status = ?) AS anon_1)',
        params: ['published'],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: table alias self-join',
    build: () => {
      return (() => {
        const m = users.alias('m');
        return select(users.c.name, m.c.name).join(m, users.c.id.eq(m.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, m.name AS name_1 \nFROM users JOIN users AS m ON users.id = m.id',
        params: {},
        keys: ['name', 'name_1'],
      },
      postgresql: {
        sql: 'SELECT users.name, m.name AS name_1 \nFROM users JOIN users AS m ON users.id = m.id',
        params: [],
        keys: ['name', 'name_1'],
      },
      mysql: {
        sql: 'SELECT users.name, m.name AS name_1 \nFROM users INNER JOIN users AS m ON users.id = m.id',
        params: [],
        keys: ['name', 'name_1'],
      },
      sqlite: {
        sql: 'SELECT users.name, m.name AS name_1 \nFROM users JOIN users AS m ON users.id = m.id',
        params: [],
        keys: ['name', 'name_1'],
      },
    },
  },
  {
    name: 'select: anonymous table alias',
    build: () => {
      return (() => {
        const m = users.alias();
        return select(m.c.id).where(m.c.name.eq('x'));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users_1.id \nFROM users AS users_1 \nWHERE users_1.name = :name_1',
        params: { name_1: 'x' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users_1.id \nFROM users AS users_1 \nWHERE users_1.name = $1',
        params: ['x'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users_1.id \nFROM users AS users_1 \nWHERE users_1.name = ?',
        params: ['x'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users_1.id \nFROM users AS users_1 \nWHERE users_1.name = ?',
        params: ['x'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: lateral subquery',
    build: () => {
      return (() => {
        const lat = select(posts.c.title)
          .where(posts.c.author_id.eq(users.c.id))
          .orderBy(posts.c.created_at.desc())
          .limit(1)
          .lateral('p');
        return select(users.c.name, lat.c.title).join(lat, true_());
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, p.title \nFROM users JOIN LATERAL (SELECT posts.title AS title \nFROM posts \nWHERE posts.author_id = users.id ORDER BY posts.created_at DESC\n LIMIT :param_1) AS p ON true',
        params: { param_1: 1 },
        keys: ['name', 'title'],
      },
      postgresql: {
        sql: 'SELECT users.name, p.title \nFROM users JOIN LATERAL (SELECT posts.title AS title \nFROM posts \nWHERE posts.author_id = users.id ORDER BY posts.created_at DESC \n LIMIT $1) AS p ON true',
        params: [1],
        keys: ['name', 'title'],
      },
      mysql: {
        sql: 'SELECT users.name, p.title \nFROM users INNER JOIN LATERAL (SELECT posts.title AS title \nFROM posts \nWHERE posts.author_id = users.id ORDER BY posts.created_at DESC \n LIMIT ?) AS p ON true = 1',
        params: [1],
        keys: ['name', 'title'],
      },
      sqlite: {
        sql: 'SELECT users.name, p.title \nFROM users JOIN LATERAL (SELECT posts.title AS title \nFROM posts \nWHERE posts.author_id = users.id ORDER BY posts.created_at DESC\n LIMIT ? OFFSET ?) AS p ON 1 = 1',
        params: [1, 0],
        keys: ['name', 'title'],
      },
    },
  },
  {
    name: 'select: exists().where()',
    source: 'seed 003 "EXISTS"',
    build: () => select(users).where(exists().where(posts.c.author_id.eq(users.c.id))),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users \nWHERE EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id)',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'select: not exists',
    build: () => select(users.c.id).where(not(exists().where(posts.c.author_id.eq(users.c.id)))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id))',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: exists of a select with another criterion',
    build: () =>
      select(users.c.id).where(
        select(posts.c.id).where(posts.c.author_id.eq(users.c.id)).exists(),
        users.c.name.ne(null),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE (EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id)) AND users.name IS NOT NULL',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id)) AND users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE (EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id)) AND users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE (EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id)) AND users.name IS NOT NULL',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: exists in the columns clause',
    build: () => select(exists().where(users.c.id.eq(1))),
    expected: {
      default: {
        sql: 'SELECT EXISTS (SELECT * \nFROM users \nWHERE users.id = :id_1) AS anon_1',
        params: { id_1: 1 },
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT EXISTS (SELECT * \nFROM users \nWHERE users.id = $1) AS anon_1',
        params: [1],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT EXISTS (SELECT * \nFROM users \nWHERE users.id = ?) AS anon_1',
        params: [1],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT EXISTS (SELECT * \nFROM users \nWHERE users.id = ?) AS anon_1',
        params: [1],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'select: scalar subquery compared in WHERE',
    build: () =>
      select(comments.c.body).where(
        comments.c.post_id.eq(select(posts.c.id).where(posts.c.title.eq('x')).scalarSubquery()),
      ),
    expected: {
      default: {
        sql: 'SELECT comments.body \nFROM comments \nWHERE comments.post_id = (SELECT posts.id \nFROM posts \nWHERE posts.title = :title_1)',
        params: { title_1: 'x' },
        keys: ['body'],
      },
      postgresql: {
        sql: 'SELECT comments.body \nFROM comments \nWHERE comments.post_id = (SELECT posts.id \nFROM posts \nWHERE posts.title = $1)',
        params: ['x'],
        keys: ['body'],
      },
      mysql: {
        sql: 'SELECT comments.body \nFROM comments \nWHERE comments.post_id = (SELECT posts.id \nFROM posts \nWHERE posts.title = ?)',
        params: ['x'],
        keys: ['body'],
      },
      sqlite: {
        sql: 'SELECT comments.body \nFROM comments \nWHERE comments.post_id = (SELECT posts.id \nFROM posts \nWHERE posts.title = ?)',
        params: ['x'],
        keys: ['body'],
      },
    },
  },
  {
    name: 'select: count of rows of a subquery',
    build: () => select(func.count()).selectFrom(select(users).where(users.c.id.gt(5)).subquery()),
    expected: {
      default: {
        sql: 'SELECT count(*) AS count_1 \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > :id_1) AS anon_1',
        params: { id_1: 5 },
        keys: ['count_1'],
      },
      postgresql: {
        sql: 'SELECT count(*) AS count_1 \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > $1) AS anon_1',
        params: [5],
        keys: ['count_1'],
      },
      mysql: {
        sql: 'SELECT count(*) AS count_1 \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > ?) AS anon_1',
        params: [5],
        keys: ['count_1'],
      },
      sqlite: {
        sql: 'SELECT count(*) AS count_1 \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname \nFROM users \nWHERE users.id > ?) AS anon_1',
        params: [5],
        keys: ['count_1'],
      },
    },
  },
  {
    name: 'select: a limited subquery joined back',
    build: () => {
      return (() => {
        const top = select(posts.c.id, posts.c.author_id)
          .orderBy(posts.c.views.desc())
          .limit(3)
          .subquery('top');
        return select(users.c.name, top.c.id).join(top, users.c.id.eq(top.c.author_id));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, top.id \nFROM users JOIN (SELECT posts.id AS id, posts.author_id AS author_id \nFROM posts ORDER BY posts.views DESC\n LIMIT :param_1) AS top ON users.id = top.author_id',
        params: { param_1: 3 },
        keys: ['name', 'id'],
      },
      postgresql: {
        sql: 'SELECT users.name, top.id \nFROM users JOIN (SELECT posts.id AS id, posts.author_id AS author_id \nFROM posts ORDER BY posts.views DESC \n LIMIT $1) AS top ON users.id = top.author_id',
        params: [3],
        keys: ['name', 'id'],
      },
      mysql: {
        sql: 'SELECT users.name, top.id \nFROM users INNER JOIN (SELECT posts.id AS id, posts.author_id AS author_id \nFROM posts ORDER BY posts.views DESC \n LIMIT ?) AS top ON users.id = top.author_id',
        params: [3],
        keys: ['name', 'id'],
      },
      sqlite: {
        sql: 'SELECT users.name, top.id \nFROM users JOIN (SELECT posts.id AS id, posts.author_id AS author_id \nFROM posts ORDER BY posts.views DESC\n LIMIT ? OFFSET ?) AS top ON users.id = top.author_id',
        params: [3, 0],
        keys: ['name', 'id'],
      },
    },
  },
  {
    name: 'select: a subquery of a join names same-named columns apart',
    build: () => {
      return (() => {
        const sq = select(users, addresses).joinFrom(users, addresses).subquery();
        return select(sq);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.id, anon_1.name, anon_1.fullname, anon_1.id_1, anon_1.user_id, anon_1.email \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname, addresses.id AS id_1, addresses.user_id AS user_id, addresses.email AS email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: {},
        keys: ['id', 'name', 'fullname', 'id_1', 'user_id', 'email'],
      },
      postgresql: {
        sql: 'SELECT anon_1.id, anon_1.name, anon_1.fullname, anon_1.id_1, anon_1.user_id, anon_1.email \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname, addresses.id AS id_1, addresses.user_id AS user_id, addresses.email AS email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['id', 'name', 'fullname', 'id_1', 'user_id', 'email'],
      },
      mysql: {
        sql: 'SELECT anon_1.id, anon_1.name, anon_1.fullname, anon_1.id_1, anon_1.user_id, anon_1.email \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname, addresses.id AS id_1, addresses.user_id AS user_id, addresses.email AS email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['id', 'name', 'fullname', 'id_1', 'user_id', 'email'],
      },
      sqlite: {
        sql: 'SELECT anon_1.id, anon_1.name, anon_1.fullname, anon_1.id_1, anon_1.user_id, anon_1.email \nFROM (SELECT users.id AS id, users.name AS name, users.fullname AS fullname, addresses.id AS id_1, addresses.user_id AS user_id, addresses.email AS email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['id', 'name', 'fullname', 'id_1', 'user_id', 'email'],
      },
    },
  },
  {
    name: 'select: a tablenamePlusCol subquery',
    build: () => {
      return (() => {
        const sq = select(users.c.id, addresses.c.email)
          .joinFrom(users, addresses)
          .setLabelStyle('tablenamePlusCol')
          .subquery();
        const c = sq.c as unknown as Record<'users_id' | 'addresses_email', ColumnElement>;
        return select(c.users_id, c.addresses_email);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.users_id, anon_1.addresses_email \nFROM (SELECT users.id AS users_id, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: {},
        keys: ['users_id', 'addresses_email'],
      },
      postgresql: {
        sql: 'SELECT anon_1.users_id, anon_1.addresses_email \nFROM (SELECT users.id AS users_id, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['users_id', 'addresses_email'],
      },
      mysql: {
        sql: 'SELECT anon_1.users_id, anon_1.addresses_email \nFROM (SELECT users.id AS users_id, addresses.email AS addresses_email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['users_id', 'addresses_email'],
      },
      sqlite: {
        sql: 'SELECT anon_1.users_id, anon_1.addresses_email \nFROM (SELECT users.id AS users_id, addresses.email AS addresses_email \nFROM users JOIN addresses ON users.id = addresses.user_id) AS anon_1',
        params: [],
        keys: ['users_id', 'addresses_email'],
      },
    },
  },
  {
    name: 'select: alias of an alias',
    build: () => {
      return (() => {
        const a = users.alias('a');
        return select(a.alias('b').c.id);
      })();
    },
    expected: {
      default: { sql: 'SELECT b.id \nFROM users AS b', params: {}, keys: ['id'] },
      postgresql: { sql: 'SELECT b.id \nFROM users AS b', params: [], keys: ['id'] },
      mysql: { sql: 'SELECT b.id \nFROM users AS b', params: [], keys: ['id'] },
      sqlite: { sql: 'SELECT b.id \nFROM users AS b', params: [], keys: ['id'] },
    },
  },
  {
    name: 'select: anonymous aliases of aliases',
    build: () => select(users.alias('a').alias().c.id, users.alias().alias().c.name),
    expected: {
      default: {
        sql: 'SELECT a_1.id, anon_1.name \nFROM users AS a_1, users AS anon_1',
        params: {},
        keys: ['id', 'name'],
      },
      postgresql: {
        sql: 'SELECT a_1.id, anon_1.name \nFROM users AS a_1, users AS anon_1',
        params: [],
        keys: ['id', 'name'],
      },
      mysql: {
        sql: 'SELECT a_1.id, anon_1.name \nFROM users AS a_1, users AS anon_1',
        params: [],
        keys: ['id', 'name'],
      },
      sqlite: {
        sql: 'SELECT a_1.id, anon_1.name \nFROM users AS a_1, users AS anon_1',
        params: [],
        keys: ['id', 'name'],
      },
    },
  },
  {
    name: 'select: alias of a subquery renames it',
    build: () => {
      return (() => {
        const s = select(users.c.id).subquery('s');
        return select(s.alias('x').c.id, s.alias().c.id);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT x.id, s_1.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS x, (SELECT users.id AS id \nFROM users) AS s_1',
        params: {},
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'SELECT x.id, s_1.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS x, (SELECT users.id AS id \nFROM users) AS s_1',
        params: [],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'SELECT x.id, s_1.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS x, (SELECT users.id AS id \nFROM users) AS s_1',
        params: [],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'SELECT x.id, s_1.id AS id_1 \nFROM (SELECT users.id AS id \nFROM users) AS x, (SELECT users.id AS id \nFROM users) AS s_1',
        params: [],
        keys: ['id', 'id_1'],
      },
    },
  },
  {
    name: 'select: aliases of a CTE',
    build: () => {
      return (() => {
        const c = select(users.c.id).cte('c');
        return select(c.alias('x').c.id, c.alias().c.id);
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT x.id, anon_1.id AS id_1 \nFROM c AS x, c AS anon_1',
        params: {},
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT x.id, anon_1.id AS id_1 \nFROM c AS x, c AS anon_1',
        params: [],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT x.id, anon_1.id AS id_1 \nFROM c AS x, c AS anon_1',
        params: [],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT x.id, anon_1.id AS id_1 \nFROM c AS x, c AS anon_1',
        params: [],
        keys: ['id', 'id_1'],
      },
    },
  },
  {
    name: 'select: max subquery of the same table in WHERE',
    build: () => select(users.c.id).where(users.c.id.eq(select(func.max(users.c.id)).scalarSubquery())),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT max(users.id) AS max_1 \nFROM users)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT max(users.id) AS max_1 \nFROM users)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT max(users.id) AS max_1 \nFROM users)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.id = (SELECT max(users.id) AS max_1 \nFROM users)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: group by, having and order by an aggregate',
    build: () =>
      select(posts.c.author_id, func.count())
        .groupBy(posts.c.author_id)
        .having(func.count().gt(1))
        .orderBy(func.count().desc()),
    expected: {
      default: {
        sql: 'SELECT posts.author_id, count(*) AS count_1 \nFROM posts GROUP BY posts.author_id \nHAVING count(*) > :count_2 ORDER BY count(*) DESC',
        params: { count_2: 1 },
        keys: ['author_id', 'count_1'],
      },
      postgresql: {
        sql: 'SELECT posts.author_id, count(*) AS count_1 \nFROM posts GROUP BY posts.author_id \nHAVING count(*) > $1 ORDER BY count(*) DESC',
        params: [1],
        keys: ['author_id', 'count_1'],
      },
      mysql: {
        sql: 'SELECT posts.author_id, count(*) AS count_1 \nFROM posts GROUP BY posts.author_id \nHAVING count(*) > ? ORDER BY count(*) DESC',
        params: [1],
        keys: ['author_id', 'count_1'],
      },
      sqlite: {
        sql: 'SELECT posts.author_id, count(*) AS count_1 \nFROM posts GROUP BY posts.author_id \nHAVING count(*) > ? ORDER BY count(*) DESC',
        params: [1],
        keys: ['author_id', 'count_1'],
      },
    },
  },
  {
    name: 'select: distinct with order by and limit',
    build: () => select(posts.c.status).distinct().orderBy(posts.c.status).limit(3),
    expected: {
      default: {
        sql: 'SELECT DISTINCT posts.status \nFROM posts ORDER BY posts.status\n LIMIT :param_1',
        params: { param_1: 3 },
        keys: ['status'],
      },
      postgresql: {
        sql: 'SELECT DISTINCT posts.status \nFROM posts ORDER BY posts.status \n LIMIT $1',
        params: [3],
        keys: ['status'],
      },
      mysql: {
        sql: 'SELECT DISTINCT posts.status \nFROM posts ORDER BY posts.status \n LIMIT ?',
        params: [3],
        keys: ['status'],
      },
      sqlite: {
        sql: 'SELECT DISTINCT posts.status \nFROM posts ORDER BY posts.status\n LIMIT ? OFFSET ?',
        params: [3, 0],
        keys: ['status'],
      },
    },
  },
  {
    name: 'select: limit and offset as bound parameters given at execution',
    build: () => select(users.c.id).limit(bindparam<number>('lim')).offset(bindparam<number>('off')),
    expected: {
      default: { sql: 'SELECT users.id \nFROM users\n LIMIT :lim OFFSET :off', keys: ['id'] },
      postgresql: { sql: 'SELECT users.id \nFROM users \n LIMIT $1 OFFSET $2', keys: ['id'] },
      mysql: { sql: 'SELECT users.id \nFROM users \n LIMIT ?, ?', keys: ['id'] },
      sqlite: { sql: 'SELECT users.id \nFROM users\n LIMIT ? OFFSET ?', keys: ['id'] },
    },
  },
  {
    name: 'select: order by a collated column',
    build: () => select(users.c.name).orderBy(users.c.name.collate('NOCASE')),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users ORDER BY users.name COLLATE "NOCASE"',
        params: {},
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users ORDER BY users.name COLLATE "NOCASE"',
        params: [],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users ORDER BY users.name COLLATE `NOCASE`',
        params: [],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users ORDER BY users.name COLLATE "NOCASE"',
        params: [],
        keys: ['name'],
      },
    },
  },
  {
    name: 'select: literal column star from a table',
    build: () => select(literalColumn('*')).selectFrom(users),
    expected: {
      default: { sql: 'SELECT * \nFROM users', params: {}, keys: ['*'] },
      postgresql: { sql: 'SELECT * \nFROM users', params: [], keys: ['*'] },
      mysql: { sql: 'SELECT * \nFROM users', params: [], keys: ['*'] },
      sqlite: { sql: 'SELECT * \nFROM users', params: [], keys: ['*'] },
    },
  },
  {
    name: 'select: EXISTS of a select via exists()',
    build: () =>
      select(users.c.id).where(
        select(posts.c.id).where(posts.c.author_id.eq(users.c.id), posts.c.views.gt(10)).exists(),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id AND posts.views > :views_1)',
        params: { views_1: 10 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id AND posts.views > $1)',
        params: [10],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id AND posts.views > ?)',
        params: [10],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT posts.id \nFROM posts \nWHERE posts.author_id = users.id AND posts.views > ?)',
        params: [10],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: NOT EXISTS with a negated criterion',
    build: () =>
      select(users.c.id).where(
        not(
          exists()
            .where(posts.c.author_id.eq(users.c.id))
            .where(not(posts.c.status.eq('draft'))),
        ),
      ),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id AND posts.status != :status_1))',
        params: { status_1: 'draft' },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id AND posts.status != $1))',
        params: ['draft'],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id AND posts.status != ?))',
        params: ['draft'],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE NOT (EXISTS (SELECT * \nFROM posts \nWHERE posts.author_id = users.id AND posts.status != ?))',
        params: ['draft'],
        keys: ['id'],
      },
    },
  },
  {
    name: 'select: IN a subquery with DISTINCT and LIMIT',
    build: () => select(users.c.name).where(users.c.id.in(select(posts.c.author_id).distinct().limit(10))),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id IN (SELECT DISTINCT posts.author_id \nFROM posts\n LIMIT :param_1)',
        params: { param_1: 10 },
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id IN (SELECT DISTINCT posts.author_id \nFROM posts \n LIMIT $1)',
        params: [10],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id IN (SELECT DISTINCT posts.author_id \nFROM posts \n LIMIT ?)',
        params: [10],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id IN (SELECT DISTINCT posts.author_id \nFROM posts\n LIMIT ? OFFSET ?)',
        params: [10, 0],
        keys: ['name'],
      },
    },
  },
  {
    name: 'select: where on a label of the same select uses the expression',
    build: () => {
      return (() => {
        const lbl = func.length(users.c.name).label('len');
        return select(lbl).where(lbl.gt(3)).orderBy(lbl);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT length(users.name) AS len \nFROM users \nWHERE length(users.name) > :param_1 ORDER BY len',
        params: { param_1: 3 },
        keys: ['len'],
      },
      postgresql: {
        sql: 'SELECT length(users.name) AS len \nFROM users \nWHERE length(users.name) > $1 ORDER BY len',
        params: [3],
        keys: ['len'],
      },
      mysql: {
        sql: 'SELECT length(users.name) AS len \nFROM users \nWHERE length(users.name) > ? ORDER BY len',
        params: [3],
        keys: ['len'],
      },
      sqlite: {
        sql: 'SELECT length(users.name) AS len \nFROM users \nWHERE length(users.name) > ? ORDER BY len',
        params: [3],
        keys: ['len'],
      },
    },
  },
];
