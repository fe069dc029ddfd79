// JOIN cases: ON clauses inferred from foreign keys, explicit ON, outer and full joins, joinFrom,
// aliases and subqueries as targets, and the errors SQLAlchemy raises, recorded from SQLAlchemy 2.0.52.
import { and, func, select } from '@retort/core';
import type { CompileCase } from './compile-case';
import { addresses, comments, employees, members, posts, transfers, users } from './fixtures';

export const JOIN_CASES: readonly CompileCase[] = [
  {
    name: 'join: ON inferred from the foreign key',
    source: 'seed 003 ".join() and .outerjoin()"',
    build: () => select(users).join(posts),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users INNER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'join: explicit ON clause',
    source: 'seed 003 ".join() and .outerjoin()"',
    build: () => select(users).join(posts, users.c.id.eq(posts.c.author_id)),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users INNER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'join: outerjoin',
    source: 'seed 003 ".join() and .outerjoin()"',
    build: () => select(users).outerjoin(posts),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'join: join with isouter',
    build: () => select(users.c.name, posts.c.title).join(posts, undefined, { isouter: true }),
    expected: {
      default: {
        sql: 'SELECT users.name, posts.title \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['name', 'title'],
      },
      postgresql: {
        sql: 'SELECT users.name, posts.title \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      mysql: {
        sql: 'SELECT users.name, posts.title \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      sqlite: {
        sql: 'SELECT users.name, posts.title \nFROM users LEFT OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
    },
  },
  {
    name: 'join: full outer join',
    build: () => select(users.c.name, posts.c.title).fullJoin(posts),
    expected: {
      default: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['name', 'title'],
      },
      postgresql: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      mysql: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      sqlite: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
    },
  },
  {
    name: 'join: outerjoin full',
    build: () => select(users.c.name, posts.c.title).outerjoin(posts, undefined, { full: true }),
    expected: {
      default: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: {},
        keys: ['name', 'title'],
      },
      postgresql: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      mysql: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
      sqlite: {
        sql: 'SELECT users.name, posts.title \nFROM users FULL OUTER JOIN posts ON users.id = posts.author_id',
        params: [],
        keys: ['name', 'title'],
      },
    },
  },
  {
    name: 'join: a chain of joins',
    source: 'seed 003 ".join() and .outerjoin()"',
    build: () => select(users).join(posts).join(comments),
    expected: {
      default: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id JOIN comments ON posts.id = comments.post_id',
        params: {},
        keys: ['id', 'name', 'fullname'],
      },
      postgresql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id JOIN comments ON posts.id = comments.post_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      mysql: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users INNER JOIN posts ON users.id = posts.author_id INNER JOIN comments ON posts.id = comments.post_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
      sqlite: {
        sql: 'SELECT users.id, users.name, users.fullname \nFROM users JOIN posts ON users.id = posts.author_id JOIN comments ON posts.id = comments.post_id',
        params: [],
        keys: ['id', 'name', 'fullname'],
      },
    },
  },
  {
    name: 'join: chain with explicit ON clauses',
    build: () =>
      select(users.c.name, comments.c.body)
        .join(posts, posts.c.author_id.eq(users.c.id))
        .join(comments, comments.c.post_id.eq(posts.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.name, comments.body \nFROM users JOIN posts ON posts.author_id = users.id JOIN comments ON comments.post_id = posts.id',
        params: {},
        keys: ['name', 'body'],
      },
      postgresql: {
        sql: 'SELECT users.name, comments.body \nFROM users JOIN posts ON posts.author_id = users.id JOIN comments ON comments.post_id = posts.id',
        params: [],
        keys: ['name', 'body'],
      },
      mysql: {
        sql: 'SELECT users.name, comments.body \nFROM users INNER JOIN posts ON posts.author_id = users.id INNER JOIN comments ON comments.post_id = posts.id',
        params: [],
        keys: ['name', 'body'],
      },
      sqlite: {
        sql: 'SELECT users.name, comments.body \nFROM users JOIN posts ON posts.author_id = users.id JOIN comments ON comments.post_id = posts.id',
        params: [],
        keys: ['name', 'body'],
      },
    },
  },
  {
    name: 'join: joinFrom with an explicit left side',
    build: () => select(addresses.c.email).joinFrom(users, addresses),
    expected: {
      default: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: {},
        keys: ['email'],
      },
      postgresql: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
      mysql: {
        sql: 'SELECT addresses.email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
      sqlite: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
    },
  },
  {
    name: 'join: outerjoinFrom',
    build: () => select(users.c.name, addresses.c.email).outerjoinFrom(users, addresses),
    expected: {
      default: {
        sql: 'SELECT users.name, addresses.email \nFROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id',
        params: {},
        keys: ['name', 'email'],
      },
      postgresql: {
        sql: 'SELECT users.name, addresses.email \nFROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      mysql: {
        sql: 'SELECT users.name, addresses.email \nFROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      sqlite: {
        sql: 'SELECT users.name, addresses.email \nFROM users LEFT OUTER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
    },
  },
  {
    name: 'join: selectFrom then join',
    build: () => select(addresses.c.email).selectFrom(users).join(addresses),
    expected: {
      default: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: {},
        keys: ['email'],
      },
      postgresql: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
      mysql: {
        sql: 'SELECT addresses.email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
      sqlite: {
        sql: 'SELECT addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['email'],
      },
    },
  },
  {
    name: 'join: a Join object as the FROM',
    build: () => select(users.c.name, addresses.c.email).selectFrom(users.join(addresses)),
    expected: {
      default: {
        sql: 'SELECT users.name, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: {},
        keys: ['name', 'email'],
      },
      postgresql: {
        sql: 'SELECT users.name, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      mysql: {
        sql: 'SELECT users.name, addresses.email \nFROM users INNER JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      sqlite: {
        sql: 'SELECT users.name, addresses.email \nFROM users JOIN addresses ON users.id = addresses.user_id',
        params: [],
        keys: ['name', 'email'],
      },
    },
  },
  {
    name: 'join: an outer Join object with an ON clause',
    build: () =>
      select(users.c.name).selectFrom(users.outerjoin(addresses, addresses.c.user_id.eq(users.c.id))),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users LEFT OUTER JOIN addresses ON addresses.user_id = users.id',
        params: {},
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users LEFT OUTER JOIN addresses ON addresses.user_id = users.id',
        params: [],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users LEFT OUTER JOIN addresses ON addresses.user_id = users.id',
        params: [],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users LEFT OUTER JOIN addresses ON addresses.user_id = users.id',
        params: [],
        keys: ['name'],
      },
    },
  },
  {
    name: 'join: self-join through an alias',
    source: 'seed 003 "Self-referential joins with aliased()"',
    build: () => {
      return (() => {
        const manager = employees.alias('manager');
        return select(employees.c.name, manager.c.name).join(
          manager,
          employees.c.manager_id.eq(manager.c.id),
        );
      })();
    },
    expected: {
      default: {
        sql: 'SELECT employees.name, manager.name AS name_1 \nFROM employees JOIN employees AS manager ON employees.manager_id = manager.id',
        params: {},
        keys: ['name', 'name_1'],
      },
      postgresql: {
        sql: 'SELECT employees.name, manager.name AS name_1 \nFROM employees JOIN employees AS manager ON employees.manager_id = manager.id',
        params: [],
        keys: ['name', 'name_1'],
      },
      mysql: {
        sql: 'SELECT employees.name, manager.name AS name_1 \nFROM employees INNER JOIN employees AS manager ON employees.manager_id = manager.id',
        params: [],
        keys: ['name', 'name_1'],
      },
      sqlite: {
        sql: 'SELECT employees.name, manager.name AS name_1 \nFROM employees JOIN employees AS manager ON employees.manager_id = manager.id',
        params: [],
        keys: ['name', 'name_1'],
      },
    },
  },
  {
    name: 'join: to an aliased table, ON inferred',
    build: () => {
      return (() => {
        const a = addresses.alias('a');
        return select(users.c.name, a.c.email).join(a);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, a.email \nFROM users JOIN addresses AS a ON users.id = a.user_id',
        params: {},
        keys: ['name', 'email'],
      },
      postgresql: {
        sql: 'SELECT users.name, a.email \nFROM users JOIN addresses AS a ON users.id = a.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      mysql: {
        sql: 'SELECT users.name, a.email \nFROM users INNER JOIN addresses AS a ON users.id = a.user_id',
        params: [],
        keys: ['name', 'email'],
      },
      sqlite: {
        sql: 'SELECT users.name, a.email \nFROM users JOIN addresses AS a ON users.id = a.user_id',
        params: [],
        keys: ['name', 'email'],
      },
    },
  },
  {
    name: 'join: to a subquery, ON inferred through its columns',
    build: () => {
      return (() => {
        const sq = select(posts.c.author_id, func.count(posts.c.id).label('n'))
          .groupBy(posts.c.author_id)
          .subquery();
        return select(users.c.name, sq.c.n).join(sq);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT users.name, anon_1.n \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS n \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: {},
        keys: ['name', 'n'],
      },
      postgresql: {
        sql: 'SELECT users.name, anon_1.n \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS n \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'n'],
      },
      mysql: {
        sql: 'SELECT users.name, anon_1.n \nFROM users INNER JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS n \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'n'],
      },
      sqlite: {
        sql: 'SELECT users.name, anon_1.n \nFROM users JOIN (SELECT posts.author_id AS author_id, count(posts.id) AS n \nFROM posts GROUP BY posts.author_id) AS anon_1 ON users.id = anon_1.author_id',
        params: [],
        keys: ['name', 'n'],
      },
    },
  },
  {
    name: 'join: ON clause with two criteria',
    build: () =>
      select(users.c.name).join(posts, and(posts.c.author_id.eq(users.c.id), posts.c.status.eq('published'))),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users JOIN posts ON posts.author_id = users.id AND posts.status = :status_1',
        params: { status_1: 'published' },
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users JOIN posts ON posts.author_id = users.id AND posts.status = $1',
        params: ['published'],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users INNER JOIN posts ON posts.author_id = users.id AND posts.status = ?',
        params: ['published'],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users JOIN posts ON posts.author_id = users.id AND posts.status = ?',
        params: ['published'],
        keys: ['name'],
      },
    },
  },
  {
    name: 'join: join then where on both tables',
    build: () =>
      select(users.c.name, posts.c.title).join(posts).where(posts.c.views.gt(100), users.c.name.ne(null)),
    expected: {
      default: {
        sql: 'SELECT users.name, posts.title \nFROM users JOIN posts ON users.id = posts.author_id \nWHERE posts.views > :views_1 AND users.name IS NOT NULL',
        params: { views_1: 100 },
        keys: ['name', 'title'],
      },
      postgresql: {
        sql: 'SELECT users.name, posts.title \nFROM users JOIN posts ON users.id = posts.author_id \nWHERE posts.views > $1 AND users.name IS NOT NULL',
        params: [100],
        keys: ['name', 'title'],
      },
      mysql: {
        sql: 'SELECT users.name, posts.title \nFROM users INNER JOIN posts ON users.id = posts.author_id \nWHERE posts.views > ? AND users.name IS NOT NULL',
        params: [100],
        keys: ['name', 'title'],
      },
      sqlite: {
        sql: 'SELECT users.name, posts.title \nFROM users JOIN posts ON users.id = posts.author_id \nWHERE posts.views > ? AND users.name IS NOT NULL',
        params: [100],
        keys: ['name', 'title'],
      },
    },
  },
  {
    name: 'join: group by over a join',
    source: 'seed 003 "Full Working Example"',
    build: () =>
      select(users.c.name, func.count(posts.c.id).label('post_count'))
        .join(posts)
        .groupBy(users.c.name)
        .orderBy(func.count(posts.c.id).desc()),
    expected: {
      default: {
        sql: 'SELECT users.name, count(posts.id) AS post_count \nFROM users JOIN posts ON users.id = posts.author_id GROUP BY users.name ORDER BY count(posts.id) DESC',
        params: {},
        keys: ['name', 'post_count'],
      },
      postgresql: {
        sql: 'SELECT users.name, count(posts.id) AS post_count \nFROM users JOIN posts ON users.id = posts.author_id GROUP BY users.name ORDER BY count(posts.id) DESC',
        params: [],
        keys: ['name', 'post_count'],
      },
      mysql: {
        sql: 'SELECT users.name, count(posts.id) AS post_count \nFROM users INNER JOIN posts ON users.id = posts.author_id GROUP BY users.name ORDER BY count(posts.id) DESC',
        params: [],
        keys: ['name', 'post_count'],
      },
      sqlite: {
        sql: 'SELECT users.name, count(posts.id) AS post_count \nFROM users JOIN posts ON users.id = posts.author_id GROUP BY users.name ORDER BY count(posts.id) DESC',
        params: [],
        keys: ['name', 'post_count'],
      },
    },
  },
  {
    name: 'join: no foreign key between the tables',
    build: () => select(users).join(members),
    expected: {
      // SQLAlchemy: InvalidRequestError: Don't know how to join to Table('members', MetaData(), Column('id', Integer(), table=<members>, primary_key=True, nullable=False), Column('name', String(length=50), table=<members
      default: { error: /Don't know how to join to/ },
      // SQLAlchemy: InvalidRequestError: Don't know how to join to Table('members', MetaData(), Column('id', Integer(), table=<members>, primary_key=True, nullable=False), Column('name', String(length=50), table=<members
      postgresql: { error: /Don't know how to join to/ },
      // SQLAlchemy: InvalidRequestError: Don't know how to join to Table('members', MetaData(), Column('id', Integer(), table=<members>, primary_key=True, nullable=False), Column('name', String(length=50), table=<members
      mysql: { error: /Don't know how to join to/ },
      // SQLAlchemy: InvalidRequestError: Don't know how to join to Table('members', MetaData(), Column('id', Integer(), table=<members>, primary_key=True, nullable=False), Column('name', String(length=50), table=<members
      sqlite: { error: /Don't know how to join to/ },
    },
  },
  {
    name: 'join: Join object without a foreign key',
    build: () => select(users.c.id).selectFrom(users.join(members)),
    expected: {
      // SQLAlchemy: NoForeignKeysError: Can't find any foreign key relationships between 'users' and 'members'.
      default: { error: /Can't find any foreign key relationships between 'users' and 'members'\./ },
      // SQLAlchemy: NoForeignKeysError: Can't find any foreign key relationships between 'users' and 'members'.
      postgresql: { error: /Can't find any foreign key relationships between 'users' and 'members'\./ },
      // SQLAlchemy: NoForeignKeysError: Can't find any foreign key relationships between 'users' and 'members'.
      mysql: { error: /Can't find any foreign key relationships between 'users' and 'members'\./ },
      // SQLAlchemy: NoForeignKeysError: Can't find any foreign key relationships between 'users' and 'members'.
      sqlite: { error: /Can't find any foreign key relationships between 'users' and 'members'\./ },
    },
  },
  {
    name: 'join: two foreign keys to the same table',
    build: () => select(users).join(transfers),
    expected: {
      // SQLAlchemy: AmbiguousForeignKeysError: Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join
      default: {
        error:
          /Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them\. Please specify the 'onclause' of this join explicitly\./,
      },
      // SQLAlchemy: AmbiguousForeignKeysError: Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join
      postgresql: {
        error:
          /Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them\. Please specify the 'onclause' of this join explicitly\./,
      },
      // SQLAlchemy: AmbiguousForeignKeysError: Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join
      mysql: {
        error:
          /Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them\. Please specify the 'onclause' of this join explicitly\./,
      },
      // SQLAlchemy: AmbiguousForeignKeysError: Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join
      sqlite: {
        error:
          /Can't determine join between 'users' and 'transfers'; tables have more than one foreign key constraint relationship between them\. Please specify the 'onclause' of this join explicitly\./,
      },
    },
  },
  {
    name: 'join: two foreign keys, explicit ON',
    build: () =>
      select(users.c.name, transfers.c.amount).join(transfers, transfers.c.to_user_id.eq(users.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.name, transfers.amount \nFROM users JOIN transfers ON transfers.to_user_id = users.id',
        params: {},
        keys: ['name', 'amount'],
      },
      postgresql: {
        sql: 'SELECT users.name, transfers.amount \nFROM users JOIN transfers ON transfers.to_user_id = users.id',
        params: [],
        keys: ['name', 'amount'],
      },
      mysql: {
        sql: 'SELECT users.name, transfers.amount \nFROM users INNER JOIN transfers ON transfers.to_user_id = users.id',
        params: [],
        keys: ['name', 'amount'],
      },
      sqlite: {
        sql: 'SELECT users.name, transfers.amount \nFROM users JOIN transfers ON transfers.to_user_id = users.id',
        params: [],
        keys: ['name', 'amount'],
      },
    },
  },
  {
    name: 'join: several FROMs could join the target',
    build: () => select(posts.c.id, addresses.c.id).join(users),
    expected: {
      // SQLAlchemy: InvalidRequestError: Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as
      default: {
        error:
          /Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity/,
      },
      // SQLAlchemy: InvalidRequestError: Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as
      postgresql: {
        error:
          /Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity/,
      },
      // SQLAlchemy: InvalidRequestError: Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as
      mysql: {
        error:
          /Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity/,
      },
      // SQLAlchemy: InvalidRequestError: Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity. Please use the .select_from() method to establish an explicit left side, as
      sqlite: {
        error:
          /Can't determine which FROM clause to join from, there are multiple FROMS which can join to this entity/,
      },
    },
  },
  {
    name: 'join: the target is already a FROM',
    build: () =>
      select(users.c.id, posts.c.id).selectFrom(users).join(posts, posts.c.author_id.eq(users.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.id, posts.id AS id_1 \nFROM users JOIN posts ON posts.author_id = users.id',
        params: {},
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'SELECT users.id, posts.id AS id_1 \nFROM users JOIN posts ON posts.author_id = users.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'SELECT users.id, posts.id AS id_1 \nFROM users INNER JOIN posts ON posts.author_id = users.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'SELECT users.id, posts.id AS id_1 \nFROM users JOIN posts ON posts.author_id = users.id',
        params: [],
        keys: ['id', 'id_1'],
      },
    },
  },
];
