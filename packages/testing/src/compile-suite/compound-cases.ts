// UNION / INTERSECT / EXCEPT and CTE cases (recursive, nested, joined, in DML), recorded from
// SQLAlchemy 2.0.52.
import {
  delete as delete_,
  except,
  exceptAll,
  func,
  intersect,
  intersectAll,
  literal,
  select,
  union,
  unionAll,
  update,
} from '@retort/core';
import type { CompileCase } from './compile-case';
import { categories, members, posts, users } from './fixtures';

export const COMPOUND_CASES: readonly CompileCase[] = [
  {
    name: 'compound: union',
    build: () =>
      union(select(users.c.name).where(users.c.id.lt(3)), select(users.c.name).where(users.c.id.gt(8))),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id < :id_1 UNION SELECT users.name \nFROM users \nWHERE users.id > :id_2',
        params: { id_1: 3, id_2: 8 },
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id < $1 UNION SELECT users.name \nFROM users \nWHERE users.id > $2',
        params: [3, 8],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id < ? UNION SELECT users.name \nFROM users \nWHERE users.id > ?',
        params: [3, 8],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users \nWHERE users.id < ? UNION SELECT users.name \nFROM users \nWHERE users.id > ?',
        params: [3, 8],
        keys: ['name'],
      },
    },
  },
  {
    name: 'compound: union all as a method',
    build: () => select(users.c.id).unionAll(select(members.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: intersect, except and their ALL forms',
    build: () => exceptAll(intersectAll(select(users.c.id), select(members.c.id)), select(posts.c.author_id)),
    expected: {
      default: {
        sql: '(SELECT users.id \nFROM users INTERSECT ALL SELECT members.id \nFROM members) EXCEPT ALL SELECT posts.author_id \nFROM posts',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: '(SELECT users.id \nFROM users INTERSECT ALL SELECT members.id \nFROM members) EXCEPT ALL SELECT posts.author_id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: '(SELECT users.id \nFROM users INTERSECT ALL SELECT members.id \nFROM members) EXCEPT ALL SELECT posts.author_id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: '(SELECT users.id \nFROM users INTERSECT ALL SELECT members.id \nFROM members) EXCEPT ALL SELECT posts.author_id \nFROM posts',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: intersect',
    build: () => intersect(select(users.c.id), select(members.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users INTERSECT SELECT members.id \nFROM members',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users INTERSECT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users INTERSECT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users INTERSECT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: except',
    build: () => except(select(users.c.id), select(members.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users EXCEPT SELECT members.id \nFROM members',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users EXCEPT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users EXCEPT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users EXCEPT SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: order by and limit on the whole',
    build: () => union(select(users.c.name), select(members.c.name)).orderBy(users.c.name).limit(5),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name\n LIMIT :param_1',
        params: { param_1: 5 },
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name \n LIMIT $1',
        params: [5],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name \n LIMIT ?',
        params: [5],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name\n LIMIT ? OFFSET ?',
        params: [5, 0],
        keys: ['name'],
      },
    },
  },
  {
    name: 'compound: a select with its own ORDER BY and LIMIT is parenthesized',
    build: () => union(select(users.c.id).orderBy(users.c.id).limit(2), select(members.c.id)),
    expected: {
      default: {
        sql: '(SELECT users.id \nFROM users ORDER BY users.id\n LIMIT :param_1) UNION SELECT members.id \nFROM members',
        params: { param_1: 2 },
        keys: ['id'],
      },
      postgresql: {
        sql: '(SELECT users.id \nFROM users ORDER BY users.id \n LIMIT $1) UNION SELECT members.id \nFROM members',
        params: [2],
        keys: ['id'],
      },
      mysql: {
        sql: '(SELECT users.id \nFROM users ORDER BY users.id \n LIMIT ?) UNION SELECT members.id \nFROM members',
        params: [2],
        keys: ['id'],
      },
      sqlite: {
        sql: '(SELECT users.id \nFROM users ORDER BY users.id\n LIMIT ? OFFSET ?) UNION SELECT members.id \nFROM members',
        params: [2, 0],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: three selects',
    build: () => unionAll(select(users.c.id), select(members.c.id), select(posts.c.id)),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members UNION ALL SELECT posts.id \nFROM posts',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members UNION ALL SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members UNION ALL SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members UNION ALL SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: a union as a subquery',
    build: () => {
      return (() => {
        const u = union(select(users.c.id), select(members.c.id)).subquery();
        return select(u.c.id).where(u.c.id.gt(1));
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.id \nFROM (SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members) AS anon_1 \nWHERE anon_1.id > :id_1',
        params: { id_1: 1 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT anon_1.id \nFROM (SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members) AS anon_1 \nWHERE anon_1.id > $1',
        params: [1],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT anon_1.id \nFROM (SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members) AS anon_1 \nWHERE anon_1.id > ?',
        params: [1],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT anon_1.id \nFROM (SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members) AS anon_1 \nWHERE anon_1.id > ?',
        params: [1],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: selects with different column counts',
    build: () =>
      // @ts-expect-error the types reject selects of different widths; this checks the run-time error
      union(select(users.c.id), select(members.c.id, members.c.name)),
    expected: {
      // SQLAlchemy: CompileError: All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2
      default: {
        error:
          /All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2/,
      },
      // SQLAlchemy: CompileError: All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2
      postgresql: {
        error:
          /All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2/,
      },
      // SQLAlchemy: CompileError: All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2
      mysql: {
        error:
          /All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2/,
      },
      // SQLAlchemy: CompileError: All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2
      sqlite: {
        error:
          /All selectables passed to CompoundSelect must have identical numbers of columns; select #1 has 1 columns, select #2 has 2/,
      },
    },
  },
  {
    name: 'compound: labeled columns name the result',
    build: () =>
      union(select(users.c.id.label('x'), literal('u').label('kind')), select(members.c.id, literal('m'))),
    expected: {
      default: {
        sql: 'SELECT users.id AS x, :param_1 AS kind \nFROM users UNION SELECT members.id, :param_2 AS anon_1 \nFROM members',
        params: { param_1: 'u', param_2: 'm' },
        keys: ['x', 'kind'],
      },
      postgresql: {
        sql: 'SELECT users.id AS x, $1 AS kind \nFROM users UNION SELECT members.id, $2 AS anon_1 \nFROM members',
        params: ['u', 'm'],
        keys: ['x', 'kind'],
      },
      mysql: {
        sql: 'SELECT users.id AS x, ? AS kind \nFROM users UNION SELECT members.id, ? AS anon_1 \nFROM members',
        params: ['u', 'm'],
        keys: ['x', 'kind'],
      },
      sqlite: {
        sql: 'SELECT users.id AS x, ? AS kind \nFROM users UNION SELECT members.id, ? AS anon_1 \nFROM members',
        params: ['u', 'm'],
        keys: ['x', 'kind'],
      },
    },
  },
  {
    name: 'cte: named CTE joined with an explicit ON',
    source: 'seed 003 "Subqueries and CTEs"',
    build: () => {
      return (() => {
        const cte = select(posts.c.author_id, func.count(posts.c.id).label('post_count'))
          .groupBy(posts.c.author_id)
          .cte('post_counts');
        return select(users.c.name, cte.c.post_count)
          .join(cte, users.c.id.eq(cte.c.author_id))
          .where(cte.c.post_count.gt(10));
      })();
    },
    expected: {
      default: {
        sql: 'WITH post_counts AS \n(SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id)\n SELECT users.name, post_counts.post_count \nFROM users JOIN post_counts ON users.id = post_counts.author_id \nWHERE post_counts.post_count > :post_count_1',
        params: { post_count_1: 10 },
        keys: ['name', 'post_count'],
      },
      postgresql: {
        sql: 'WITH post_counts AS \n(SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id)\n SELECT users.name, post_counts.post_count \nFROM users JOIN post_counts ON users.id = post_counts.author_id \nWHERE post_counts.post_count > $1',
        params: [10],
        keys: ['name', 'post_count'],
      },
      mysql: {
        sql: 'WITH post_counts AS \n(SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id)\n SELECT users.name, post_counts.post_count \nFROM users INNER JOIN post_counts ON users.id = post_counts.author_id \nWHERE post_counts.post_count > ?',
        params: [10],
        keys: ['name', 'post_count'],
      },
      sqlite: {
        sql: 'WITH post_counts AS \n(SELECT posts.author_id AS author_id, count(posts.id) AS post_count \nFROM posts GROUP BY posts.author_id)\n SELECT users.name, post_counts.post_count \nFROM users JOIN post_counts ON users.id = post_counts.author_id \nWHERE post_counts.post_count > ?',
        params: [10],
        keys: ['name', 'post_count'],
      },
    },
  },
  {
    name: 'cte: recursive hierarchy with unionAll',
    source: 'seed 003 "Subqueries and CTEs"',
    build: () => {
      return (() => {
        const top = select(categories.c.id, categories.c.name, categories.c.parent_id)
          .where(categories.c.parent_id.is(null))
          .cte('hierarchy', { recursive: true });
        const hierarchy = top.unionAll(
          select(categories.c.id, categories.c.name, categories.c.parent_id).join(
            top,
            categories.c.parent_id.eq(top.c.id),
          ),
        );
        return select(hierarchy);
      })();
    },
    expected: {
      default: {
        sql: 'WITH RECURSIVE hierarchy(id, name, parent_id) AS \n(SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories \nWHERE categories.parent_id IS NULL UNION ALL SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories JOIN hierarchy ON categories.parent_id = hierarchy.id)\n SELECT hierarchy.id, hierarchy.name, hierarchy.parent_id \nFROM hierarchy',
        params: {},
        keys: ['id', 'name', 'parent_id'],
      },
      postgresql: {
        sql: 'WITH RECURSIVE hierarchy(id, name, parent_id) AS \n(SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories \nWHERE categories.parent_id IS NULL UNION ALL SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories JOIN hierarchy ON categories.parent_id = hierarchy.id)\n SELECT hierarchy.id, hierarchy.name, hierarchy.parent_id \nFROM hierarchy',
        params: [],
        keys: ['id', 'name', 'parent_id'],
      },
      mysql: {
        sql: 'WITH RECURSIVE hierarchy(id, name, parent_id) AS \n(SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories \nWHERE categories.parent_id IS NULL UNION ALL SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories INNER JOIN hierarchy ON categories.parent_id = hierarchy.id)\n SELECT hierarchy.id, hierarchy.name, hierarchy.parent_id \nFROM hierarchy',
        params: [],
        keys: ['id', 'name', 'parent_id'],
      },
      sqlite: {
        sql: 'WITH RECURSIVE hierarchy(id, name, parent_id) AS \n(SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories \nWHERE categories.parent_id IS NULL UNION ALL SELECT categories.id AS id, categories.name AS name, categories.parent_id AS parent_id \nFROM categories JOIN hierarchy ON categories.parent_id = hierarchy.id)\n SELECT hierarchy.id, hierarchy.name, hierarchy.parent_id \nFROM hierarchy',
        params: [],
        keys: ['id', 'name', 'parent_id'],
      },
    },
  },
  {
    name: 'cte: anonymous CTE',
    build: () => {
      return (() => {
        const c = select(users.c.id).where(users.c.id.gt(2)).cte();
        return select(c.c.id);
      })();
    },
    expected: {
      default: {
        sql: 'WITH anon_1 AS \n(SELECT users.id AS id \nFROM users \nWHERE users.id > :id_1)\n SELECT anon_1.id \nFROM anon_1',
        params: { id_1: 2 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'WITH anon_1 AS \n(SELECT users.id AS id \nFROM users \nWHERE users.id > $1)\n SELECT anon_1.id \nFROM anon_1',
        params: [2],
        keys: ['id'],
      },
      mysql: {
        sql: 'WITH anon_1 AS \n(SELECT users.id AS id \nFROM users \nWHERE users.id > ?)\n SELECT anon_1.id \nFROM anon_1',
        params: [2],
        keys: ['id'],
      },
      sqlite: {
        sql: 'WITH anon_1 AS \n(SELECT users.id AS id \nFROM users \nWHERE users.id > ?)\n SELECT anon_1.id \nFROM anon_1',
        params: [2],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: two CTEs, one using the other',
    build: () => {
      return (() => {
        const a = select(users.c.id).cte('a');
        const b = select(a.c.id).where(a.c.id.lt(10)).cte('b');
        return select(b.c.id);
      })();
    },
    expected: {
      default: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users), \nb AS \n(SELECT a.id AS id \nFROM a \nWHERE a.id < :id_1)\n SELECT b.id \nFROM b',
        params: { id_1: 10 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users), \nb AS \n(SELECT a.id AS id \nFROM a \nWHERE a.id < $1)\n SELECT b.id \nFROM b',
        params: [10],
        keys: ['id'],
      },
      mysql: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users), \nb AS \n(SELECT a.id AS id \nFROM a \nWHERE a.id < ?)\n SELECT b.id \nFROM b',
        params: [10],
        keys: ['id'],
      },
      sqlite: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users), \nb AS \n(SELECT a.id AS id \nFROM a \nWHERE a.id < ?)\n SELECT b.id \nFROM b',
        params: [10],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: referenced twice',
    build: () => {
      return (() => {
        const a = select(users.c.id).cte('a');
        return select(a.c.id).where(a.c.id.in(select(a.c.id)));
      })();
    },
    expected: {
      default: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users)\n SELECT a.id \nFROM a \nWHERE a.id IN (SELECT a.id \nFROM a)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users)\n SELECT a.id \nFROM a \nWHERE a.id IN (SELECT a.id \nFROM a)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users)\n SELECT a.id \nFROM a \nWHERE a.id IN (SELECT a.id \nFROM a)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'WITH a AS \n(SELECT users.id AS id \nFROM users)\n SELECT a.id \nFROM a \nWHERE a.id IN (SELECT a.id \nFROM a)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: nested CTE renders inside its subquery',
    build: () => {
      return (() => {
        const inner = select(users.c.id).cte('inner_cte', { nesting: true });
        return select(select(inner.c.id).subquery().c.id);
      })();
    },
    expected: {
      default: {
        sql: 'SELECT anon_1.id \nFROM (WITH inner_cte AS \n(SELECT users.id AS id \nFROM users)\n SELECT inner_cte.id AS id \nFROM inner_cte) AS anon_1',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT anon_1.id \nFROM (WITH inner_cte AS \n(SELECT users.id AS id \nFROM users)\n SELECT inner_cte.id AS id \nFROM inner_cte) AS anon_1',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT anon_1.id \nFROM (WITH inner_cte AS \n(SELECT users.id AS id \nFROM users)\n SELECT inner_cte.id AS id \nFROM inner_cte) AS anon_1',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT anon_1.id \nFROM (WITH inner_cte AS \n(SELECT users.id AS id \nFROM users)\n SELECT inner_cte.id AS id \nFROM inner_cte) AS anon_1',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: in a union',
    build: () => {
      return (() => {
        const c = select(users.c.id).cte('c');
        return union(select(c.c.id), select(members.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id \nFROM c UNION SELECT members.id \nFROM members',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id \nFROM c UNION SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id \nFROM c UNION SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id \nFROM c UNION SELECT members.id \nFROM members',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: in a scalar subquery',
    build: () => {
      return (() => {
        const c = select(posts.c.id).cte('c');
        return select(users.c.id, select(func.count(c.c.id)).scalarSubquery());
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT posts.id AS id \nFROM posts)\n SELECT users.id, (SELECT count(c.id) AS count_1 \nFROM c) AS anon_1 \nFROM users',
        params: {},
        keys: ['id', 'anon_1'],
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT posts.id AS id \nFROM posts)\n SELECT users.id, (SELECT count(c.id) AS count_1 \nFROM c) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT posts.id AS id \nFROM posts)\n SELECT users.id, (SELECT count(c.id) AS count_1 \nFROM c) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT posts.id AS id \nFROM posts)\n SELECT users.id, (SELECT count(c.id) AS count_1 \nFROM c) AS anon_1 \nFROM users',
        params: [],
        keys: ['id', 'anon_1'],
      },
    },
  },
  {
    name: 'compound: union order by a column name string',
    build: () => union(select(users.c.name), select(members.c.name)).orderBy('name'),
    expected: {
      default: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name',
        params: {},
        keys: ['name'],
      },
      postgresql: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name',
        params: [],
        keys: ['name'],
      },
      mysql: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name',
        params: [],
        keys: ['name'],
      },
      sqlite: {
        sql: 'SELECT users.name \nFROM users UNION SELECT members.name \nFROM members ORDER BY name',
        params: [],
        keys: ['name'],
      },
    },
  },
  {
    name: 'compound: a union inside a union',
    build: () => union(select(users.c.id), union(select(members.c.id), select(posts.c.id))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users UNION (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users UNION (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users UNION (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users UNION (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: union of a union and a select',
    build: () => union(unionAll(select(users.c.id), select(members.c.id)), select(posts.c.id)),
    expected: {
      default: {
        sql: '(SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members) UNION SELECT posts.id \nFROM posts',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: '(SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members) UNION SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: '(SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members) UNION SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: '(SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members) UNION SELECT posts.id \nFROM posts',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: method form with criteria on each side',
    build: () =>
      select(users.c.id)
        .where(users.c.name.eq('a'))
        .union(select(members.c.id).where(members.c.age.gt(30))),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = :name_1 UNION SELECT members.id \nFROM members \nWHERE members.age > :age_1',
        params: { name_1: 'a', age_1: 30 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = $1 UNION SELECT members.id \nFROM members \nWHERE members.age > $2',
        params: ['a', 30],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = ? UNION SELECT members.id \nFROM members \nWHERE members.age > ?',
        params: ['a', 30],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE users.name = ? UNION SELECT members.id \nFROM members \nWHERE members.age > ?',
        params: ['a', 30],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: IN a union',
    build: () =>
      select(posts.c.title).where(posts.c.author_id.in(union(select(users.c.id), select(members.c.id)))),
    expected: {
      default: {
        sql: 'SELECT posts.title \nFROM posts \nWHERE posts.author_id IN (SELECT users.id \nFROM users UNION SELECT members.id \nFROM members)',
        params: {},
        keys: ['title'],
      },
      postgresql: {
        sql: 'SELECT posts.title \nFROM posts \nWHERE posts.author_id IN (SELECT users.id \nFROM users UNION SELECT members.id \nFROM members)',
        params: [],
        keys: ['title'],
      },
      mysql: {
        sql: 'SELECT posts.title \nFROM posts \nWHERE posts.author_id IN (SELECT users.id \nFROM users UNION SELECT members.id \nFROM members)',
        params: [],
        keys: ['title'],
      },
      sqlite: {
        sql: 'SELECT posts.title \nFROM posts \nWHERE posts.author_id IN (SELECT users.id \nFROM users UNION SELECT members.id \nFROM members)',
        params: [],
        keys: ['title'],
      },
    },
  },
  {
    name: 'compound: EXISTS of a union',
    build: () => select(users.c.id).where(union(select(members.c.id), select(posts.c.id)).exists()),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: {},
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users \nWHERE EXISTS (SELECT members.id \nFROM members UNION SELECT posts.id \nFROM posts)',
        params: [],
        keys: ['id'],
      },
    },
  },
  {
    name: 'compound: a union as a scalar subquery',
    build: () => select(union(select(func.max(users.c.id)), select(func.max(members.c.id))).scalarSubquery()),
    expected: {
      default: {
        sql: 'SELECT (SELECT max(users.id) AS max_1 \nFROM users UNION SELECT max(members.id) AS max_2 \nFROM members) AS anon_1',
        params: {},
        keys: ['anon_1'],
      },
      postgresql: {
        sql: 'SELECT (SELECT max(users.id) AS max_1 \nFROM users UNION SELECT max(members.id) AS max_2 \nFROM members) AS anon_1',
        params: [],
        keys: ['anon_1'],
      },
      mysql: {
        sql: 'SELECT (SELECT max(users.id) AS max_1 \nFROM users UNION SELECT max(members.id) AS max_2 \nFROM members) AS anon_1',
        params: [],
        keys: ['anon_1'],
      },
      sqlite: {
        sql: 'SELECT (SELECT max(users.id) AS max_1 \nFROM users UNION SELECT max(members.id) AS max_2 \nFROM members) AS anon_1',
        params: [],
        keys: ['anon_1'],
      },
    },
  },
  {
    name: 'compound: a union as a CTE',
    build: () => {
      return (() => {
        const c = union(select(users.c.id), select(members.c.id)).cte('ids');
        return select(func.count(c.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'WITH ids AS \n(SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members)\n SELECT count(ids.id) AS count_1 \nFROM ids',
        params: {},
        keys: ['count_1'],
      },
      postgresql: {
        sql: 'WITH ids AS \n(SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members)\n SELECT count(ids.id) AS count_1 \nFROM ids',
        params: [],
        keys: ['count_1'],
      },
      mysql: {
        sql: 'WITH ids AS \n(SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members)\n SELECT count(ids.id) AS count_1 \nFROM ids',
        params: [],
        keys: ['count_1'],
      },
      sqlite: {
        sql: 'WITH ids AS \n(SELECT users.id AS id \nFROM users UNION SELECT members.id AS id \nFROM members)\n SELECT count(ids.id) AS count_1 \nFROM ids',
        params: [],
        keys: ['count_1'],
      },
    },
  },
  {
    name: 'compound: limit and offset on a union',
    build: () => unionAll(select(users.c.id), select(members.c.id)).limit(10).offset(20),
    expected: {
      default: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members\n LIMIT :param_1 OFFSET :param_2',
        params: { param_1: 10, param_2: 20 },
        keys: ['id'],
      },
      postgresql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members \n LIMIT $1 OFFSET $2',
        params: [10, 20],
        keys: ['id'],
      },
      mysql: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members \n LIMIT ?, ?',
        params: [20, 10],
        keys: ['id'],
      },
      sqlite: {
        sql: 'SELECT users.id \nFROM users UNION ALL SELECT members.id \nFROM members\n LIMIT ? OFFSET ?',
        params: [10, 20],
        keys: ['id'],
      },
    },
  },
  {
    name: 'cte: recursive with UNION (not ALL) and a depth column',
    build: () => {
      return (() => {
        const base = select(categories.c.id, literal(0).label('depth'))
          .where(categories.c.parent_id.eq(null))
          .cte('tree', { recursive: true });
        const tree = base.union(
          select(categories.c.id, base.c.depth.add(1).label('depth')).join(
            base,
            categories.c.parent_id.eq(base.c.id),
          ),
        );
        return select(tree.c.id, tree.c.depth).where(tree.c.depth.lt(5));
      })();
    },
    expected: {
      default: {
        sql: 'WITH RECURSIVE tree(id, depth) AS \n(SELECT categories.id AS id, :param_1 AS depth \nFROM categories \nWHERE categories.parent_id IS NULL UNION SELECT categories.id AS id, tree.depth + :depth_1 AS depth \nFROM categories JOIN tree ON categories.parent_id = tree.id)\n SELECT tree.id, tree.depth \nFROM tree \nWHERE tree.depth < :depth_2',
        params: { param_1: 0, depth_1: 1, depth_2: 5 },
        keys: ['id', 'depth'],
      },
      postgresql: {
        sql: 'WITH RECURSIVE tree(id, depth) AS \n(SELECT categories.id AS id, $1 AS depth \nFROM categories \nWHERE categories.parent_id IS NULL UNION SELECT categories.id AS id, tree.depth + $2 AS depth \nFROM categories JOIN tree ON categories.parent_id = tree.id)\n SELECT tree.id, tree.depth \nFROM tree \nWHERE tree.depth < $3',
        params: [0, 1, 5],
        keys: ['id', 'depth'],
      },
      mysql: {
        sql: 'WITH RECURSIVE tree(id, depth) AS \n(SELECT categories.id AS id, ? AS depth \nFROM categories \nWHERE categories.parent_id IS NULL UNION SELECT categories.id AS id, tree.depth + ? AS depth \nFROM categories INNER JOIN tree ON categories.parent_id = tree.id)\n SELECT tree.id, tree.depth \nFROM tree \nWHERE tree.depth < ?',
        params: [0, 1, 5],
        keys: ['id', 'depth'],
      },
      sqlite: {
        sql: 'WITH RECURSIVE tree(id, depth) AS \n(SELECT categories.id AS id, ? AS depth \nFROM categories \nWHERE categories.parent_id IS NULL UNION SELECT categories.id AS id, tree.depth + ? AS depth \nFROM categories JOIN tree ON categories.parent_id = tree.id)\n SELECT tree.id, tree.depth \nFROM tree \nWHERE tree.depth < ?',
        params: [0, 1, 5],
        keys: ['id', 'depth'],
      },
    },
  },
  {
    name: 'cte: used by an UPDATE',
    build: () => {
      return (() => {
        const c = select(users.c.id).where(users.c.name.eq('a')).cte('c');
        return update(posts)
          .where(posts.c.author_id.in(select(c.c.id)))
          .values({ status: 'x' });
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = :name_1)\n UPDATE posts SET status=:status WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: { status: 'x', name_1: 'a' },
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = $2)\n UPDATE posts SET status=$1 WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['x', 'a'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n UPDATE posts SET status=? WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['a', 'x'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n UPDATE posts SET status=? WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['a', 'x'],
      },
    },
  },
  {
    name: 'cte: used by a DELETE',
    build: () => {
      return (() => {
        const c = select(users.c.id).where(users.c.name.eq('a')).cte('c');
        return delete_(posts).where(posts.c.author_id.in(select(c.c.id)));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = :name_1)\n DELETE FROM posts WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: { name_1: 'a' },
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = $1)\n DELETE FROM posts WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['a'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n DELETE FROM posts WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['a'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n DELETE FROM posts WHERE posts.author_id IN (SELECT c.id \nFROM c)',
        params: ['a'],
      },
    },
  },
  {
    name: 'cte: joined to its own alias',
    build: () => {
      return (() => {
        const c = select(users.c.id).cte('c');
        const c2 = c.alias('c2');
        return select(c.c.id, c2.c.id).join(c2, c.c.id.lt(c2.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id, c2.id AS id_1 \nFROM c JOIN c AS c2 ON c.id < c2.id',
        params: {},
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id, c2.id AS id_1 \nFROM c JOIN c AS c2 ON c.id < c2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id, c2.id AS id_1 \nFROM c INNER JOIN c AS c2 ON c.id < c2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users)\n SELECT c.id, c2.id AS id_1 \nFROM c JOIN c AS c2 ON c.id < c2.id',
        params: [],
        keys: ['id', 'id_1'],
      },
    },
  },
  {
    name: 'cte: parameters in the CTE, the columns and WHERE are numbered as visited',
    build: () => {
      return (() => {
        const c = select(users.c.id).where(users.c.name.eq('a')).cte('c');
        return select(c.c.id, literal(5).label('five')).where(c.c.id.gt(2));
      })();
    },
    expected: {
      default: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = :name_1)\n SELECT c.id, :param_1 AS five \nFROM c \nWHERE c.id > :id_1',
        params: { param_1: 5, name_1: 'a', id_1: 2 },
        keys: ['id', 'five'],
      },
      postgresql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = $2)\n SELECT c.id, $1 AS five \nFROM c \nWHERE c.id > $3',
        params: [5, 'a', 2],
        keys: ['id', 'five'],
      },
      mysql: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n SELECT c.id, ? AS five \nFROM c \nWHERE c.id > ?',
        params: ['a', 5, 2],
        keys: ['id', 'five'],
      },
      sqlite: {
        sql: 'WITH c AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n SELECT c.id, ? AS five \nFROM c \nWHERE c.id > ?',
        params: ['a', 5, 2],
        keys: ['id', 'five'],
      },
    },
  },
  {
    name: 'cte: two CTEs with parameters, referenced in reverse order',
    build: () => {
      return (() => {
        const a = select(users.c.id).where(users.c.name.eq('a')).cte('a');
        const b = select(members.c.id).where(members.c.age.gt(9)).cte('b');
        return select(b.c.id, a.c.id).where(a.c.id.eq(b.c.id));
      })();
    },
    expected: {
      default: {
        sql: 'WITH b AS \n(SELECT members.id AS id \nFROM members \nWHERE members.age > :age_1), \na AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = :name_1)\n SELECT b.id, a.id AS id_1 \nFROM b, a \nWHERE a.id = b.id',
        params: { age_1: 9, name_1: 'a' },
        keys: ['id', 'id_1'],
      },
      postgresql: {
        sql: 'WITH b AS \n(SELECT members.id AS id \nFROM members \nWHERE members.age > $1), \na AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = $2)\n SELECT b.id, a.id AS id_1 \nFROM b, a \nWHERE a.id = b.id',
        params: [9, 'a'],
        keys: ['id', 'id_1'],
      },
      mysql: {
        sql: 'WITH b AS \n(SELECT members.id AS id \nFROM members \nWHERE members.age > ?), \na AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n SELECT b.id, a.id AS id_1 \nFROM b, a \nWHERE a.id = b.id',
        params: [9, 'a'],
        keys: ['id', 'id_1'],
      },
      sqlite: {
        sql: 'WITH b AS \n(SELECT members.id AS id \nFROM members \nWHERE members.age > ?), \na AS \n(SELECT users.id AS id \nFROM users \nWHERE users.name = ?)\n SELECT b.id, a.id AS id_1 \nFROM b, a \nWHERE a.id = b.id',
        params: [9, 'a'],
        keys: ['id', 'id_1'],
      },
    },
  },
];
