// Result and Row on real rows (ROSETTA §4), with SQLAlchemy 2.0.52's behaviour and messages:
// consumption (all() twice), first()/one()/scalar() closing the result, scalars(), mappings(),
// columns(), unique(), partitions(), fetchmany(), keys(), rowcount, insertedPrimaryKey, and rows
// that are arrays with named fields.
import {
  Column,
  createEngine,
  delete_,
  Integer,
  InvalidRequestError,
  insert,
  MetaData,
  MultipleResultsFound,
  NoResultFound,
  NoSuchColumnError,
  ResourceClosedError,
  String,
  select,
  Table,
  text,
  update,
} from '@retort/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineFactory, type SuiteDatabase } from './engine-fixture';

export function resultCases(db: SuiteDatabase): void {
  const makeEngine = engineFactory(db);
  const metadata = new MetaData();
  const items = new Table(
    'res_items',
    metadata,
    new Column('id', Integer, { primaryKey: true, autoincrement: false }),
    new Column('a', Integer),
    new Column('b', Integer),
    new Column('label', String(20)),
  );
  const two = select(items.c.a, items.c.b).where(items.c.id.le(2)).orderBy(items.c.id);
  const none = select(items.c.a).where(items.c.id.lt(0));

  beforeAll(async () => {
    const engine = createEngine(db.url);
    await metadata.dropAll(engine, { checkfirst: false }).catch(() => undefined);
    await metadata.createAll(engine, { checkfirst: false });
    await engine.begin(async (conn) => {
      await conn.execute(insert(items), [
        { id: 1, a: 1, b: 2, label: 'x' },
        { id: 2, a: 3, b: 4, label: 'x' },
        { id: 3, a: 1, b: 2, label: 'y' },
      ]);
    });
    await engine.dispose();
  });

  async function run<T>(
    fn: (conn: Awaited<ReturnType<ReturnType<typeof makeEngine>['engine']['connect']>>) => Promise<T>,
  ): Promise<T> {
    const { engine } = makeEngine({ echo: false });
    await using conn = await engine.connect();
    return await fn(conn);
  }

  describe('fetching', () => {
    it('one(), oneOrNone(), scalarOne() raise SQLAlchemy’s errors', async () => {
      await run(async (conn) => {
        await expect(conn.execute(two).then((r) => r.one())).rejects.toThrow(MultipleResultsFound);
        await expect(conn.execute(two).then((r) => r.one())).rejects.toThrow(
          'Multiple rows were found when exactly one was required',
        );
        await expect(conn.execute(none).then((r) => r.one())).rejects.toThrow(NoResultFound);
        await expect(conn.execute(none).then((r) => r.one())).rejects.toThrow(
          'No row was found when one was required',
        );
        await expect(conn.execute(two).then((r) => r.oneOrNone())).rejects.toThrow(
          'Multiple rows were found when one or none was required',
        );
        await expect(conn.execute(two).then((r) => r.scalarOne())).rejects.toThrow(MultipleResultsFound);
        await expect(conn.execute(none).then((r) => r.scalarOne())).rejects.toThrow(NoResultFound);
        await expect(conn.execute(two).then((r) => r.scalars().one())).rejects.toThrow(
          'Multiple rows were found when exactly one was required',
        );
        await expect(conn.execute(two).then((r) => r.scalarOneOrNone())).rejects.toThrow(
          'Multiple rows were found when one or none was required',
        );
        expect((await conn.execute(none)).oneOrNone()).toBeUndefined();
        expect((await conn.execute(none)).scalar()).toBeUndefined();
        expect((await conn.execute(none)).first()).toBeUndefined();
        expect((await conn.execute(none)).scalarOneOrNone()).toBeUndefined();
        expect([...(await conn.execute(select(items.c.a, items.c.b).where(items.c.id.eq(2)))).one()]).toEqual(
          [3, 4],
        );
      });
    });

    it('first() returns the first row and closes the result', async () => {
      await run(async (conn) => {
        const result = await conn.execute(two);
        expect([...(result.first() ?? [])]).toEqual([1, 2]);
        expect(() => result.all()).toThrow(ResourceClosedError);
        expect(() => result.all()).toThrow('This result object is closed.');
      });
    });

    it('all() consumes: a second all() gives [] and fetchone() undefined', async () => {
      await run(async (conn) => {
        const result = await conn.execute(two);
        expect(result.all()).toEqual([
          [1, 2],
          [3, 4],
        ]);
        expect(result.all()).toEqual([]);
        expect(result.fetchone()).toBeUndefined();
        const closed = await conn.execute(two);
        closed.close();
        expect(() => closed.all()).toThrow('This result object is closed.');
      });
    });

    it('fetchone(), fetchmany(n), fetchall(), partitions(n) and iteration', async () => {
      await run(async (conn) => {
        const result = await conn.execute(two);
        expect([...(result.fetchone() ?? [])]).toEqual([1, 2]);
        expect(result.fetchmany(5)).toEqual([[3, 4]]);
        expect(result.fetchall()).toEqual([]);
        expect([...(await conn.execute(two)).partitions(1)]).toEqual([[[1, 2]], [[3, 4]]]);
        const seen: (number | null)[] = [];
        for (const row of await conn.execute(two)) seen.push(row.a, row.b);
        expect(seen).toEqual([1, 2, 3, 4]);
        expect((await conn.execute(two)).fetchmany(1)).toEqual([[1, 2]]);
      });
    });

    it('scalars(), scalars(name), columns(...), mappings(), keys()', async () => {
      await run(async (conn) => {
        expect((await conn.execute(two)).scalars().all()).toEqual([1, 3]);
        expect((await conn.execute(two)).scalars('b').all()).toEqual([2, 4]);
        expect((await conn.execute(two)).columns('b').all()).toEqual([[2], [4]]);
        expect((await conn.execute(two)).columns(1, 0).all()).toEqual([
          [2, 1],
          [4, 3],
        ]);
        expect((await conn.execute(two)).mappings().all()).toEqual([
          { a: 1, b: 2 },
          { a: 3, b: 4 },
        ]);
        expect((await conn.execute(two)).mappings().first()).toEqual({ a: 1, b: 2 });
        expect((await conn.execute(two)).keys()).toEqual(['a', 'b']);
      });
    });

    it('unique() drops duplicate rows and duplicate scalars', async () => {
      await run(async (conn) => {
        const pairs = select(items.c.a, items.c.b).orderBy(items.c.id);
        expect((await conn.execute(pairs)).unique().all()).toEqual([
          [1, 2],
          [3, 4],
        ]);
        expect(
          (await conn.execute(select(items.c.label).orderBy(items.c.id))).scalars().unique().all(),
        ).toEqual(['x', 'y']);
      });
    });

    it('a statement without rows: rowcount, and fetching raises', async () => {
      await run(async (conn) => {
        const result = await conn.execute(update(items).where(items.c.label.eq('x')).values({ b: 2 }));
        expect(result.rowcount).toBe(2);
        expect(result.returnsRows).toBe(false);
        expect(() => result.all()).toThrow(
          'This result object does not return rows. It has been closed automatically.',
        );
        expect(() => result.insertedPrimaryKey).toThrow(InvalidRequestError);
        expect(() => result.insertedPrimaryKey).toThrow('Statement is not an insert() expression construct.');
        await conn.rollback();
      });
    });

    it('insertedPrimaryKey after an INSERT: given in the values, or generated', async () => {
      await run(async (conn) => {
        const given = await conn.execute(insert(items).values({ id: 10, a: 0 }));
        expect(given.insertedPrimaryKey).toEqual([10]);
        expect(given.rowcount).toBe(1);
        const many = await conn.execute(insert(items), [{ id: 11 }, { id: 12 }]);
        expect(many.rowcount).toBe(2);
        expect(() => many.insertedPrimaryKey).toThrow(/executemany/);
        await conn.execute(delete_(items).where(items.c.id.ge(10)));
        await conn.rollback();
      });
    });
  });

  describe('rows', () => {
    it('are arrays with named fields, _mapping, _asdict(), _fields, _t and destructuring', async () => {
      await run(async (conn) => {
        const row = (await conn.execute(two)).first();
        if (!row) throw new Error('no row');
        expect(Array.isArray(row)).toBe(true);
        expect(row.length).toBe(2);
        expect(row[0]).toBe(1);
        expect(row.a).toBe(1);
        expect(row.b).toBe(2);
        const [a, b] = row;
        expect([a, b]).toEqual([1, 2]);
        expect(row._mapping).toEqual({ a: 1, b: 2 });
        expect(row._asdict()).toEqual({ a: 1, b: 2 });
        expect(row._fields).toEqual(['a', 'b']);
        expect(row._t).toBe(row);
        expect(row.t).toBe(row);
        expect(row).toEqual([1, 2]);
        expect(JSON.stringify(row)).toBe('[1,2]');
        expect(`${row}`).toBe('(1, 2)');
        expect(row.map((v) => (v ?? 0) * 10)).toEqual([10, 20]);
        expect(Array.isArray(row.slice(1))).toBe(true);
        expect(row._get('b')).toBe(2);
        expect(() => row._get('c')).toThrow(NoSuchColumnError);
        expect(() => row._get('c')).toThrow("Could not locate column in row for column 'c'");
      });
    });

    it('text() rows take their names from the database', async () => {
      await run(async (conn) => {
        const row = (
          await conn.execute(text('SELECT a AS first_a, label FROM res_items WHERE id = 3'))
        ).one();
        expect(row.first_a).toBe(1);
        expect(row.label).toBe('y');
        expect(row._fields).toEqual(['first_a', 'label']);
      });
    });
  });
}
