// The hooks @retort/relationships plugs into, exercised with a stand-in extension: a one-to-many
// flush dependency (order, key sync, per-object actions for a self-referring relationship) and
// joined, post-load and on-demand loader strategies. The real ones are tested in that package.
import { ForeignKey, Integer, InvalidRequestError, String, select } from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { ormDatabase, q } from '../../test/orm-database';
import {
  DeclarativeBase,
  type FlushContext,
  type FlushDependency,
  type InstanceState,
  inspect,
  LoaderOption,
  type LoaderStrategy,
  mappedColumn,
  type RelationshipComparator,
  type RelationshipProperty,
  registerLoaderStrategy,
  registerRelationshipExtension,
  relationship,
  Session,
} from '../index';

class Base extends DeclarativeBase {}

class Parent extends Base.table('parents', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(20)),
  children: relationship.many(() => Child),
}) {}

class Child extends Base.table('children', {
  id: mappedColumn(Integer, { primaryKey: true }),
  parent_id: mappedColumn(Integer, ForeignKey('parents.id'), { nullable: true }),
  name_: mappedColumn('name', String(20)),
}) {}

class TreeNode extends Base.table('tree', {
  id: mappedColumn(Integer, { primaryKey: true }),
  parent_id: mappedColumn(Integer, ForeignKey('tree.id'), { nullable: true }),
  name_: mappedColumn('name', String(20)),
  children: relationship.many(() => TreeNode),
}) {}

/** A bare one-to-many: children are saved with the parent's key copied in (SQLAlchemy's OneToManyDP in miniature). */
function oneToMany(property: RelationshipProperty): FlushDependency {
  const dependency: FlushDependency = {
    registerDependencies(context: FlushContext) {
      const afterSave = context.process(dependency, false);
      context.order(context.saves(property.parent), afterSave);
      context.order(afterSave, context.saves(property.mapper));
    },
    registerStateDependencies(context, states, isDelete) {
      if (isDelete) return;
      for (const parent of states) {
        const afterSave = context.processState(dependency, false, parent);
        context.order(context.saveState(parent), afterSave);
        for (const child of (parent.dict[property.key] as object[] | undefined) ?? []) {
          context.order(afterSave, context.saveState(inspect(child)));
        }
      }
    },
    async presortSaves(context, states) {
      for (const state of states) {
        const history = await context.history(state, property.key);
        for (const child of history.added) context.registerObject(inspect(child as object));
      }
    },
    presortDeletes() {},
    async processSaves(_context, states) {
      for (const state of states) {
        for (const child of (state.dict[property.key] as object[] | undefined) ?? []) {
          (child as { parent_id: number }).parent_id = state.dict.id as number;
        }
      }
    },
    async processDeletes() {},
  };
  return dependency;
}

const noComparator = (): RelationshipComparator => {
  throw new InvalidRequestError('no comparator in this test');
};
registerRelationshipExtension({
  configure: (property) => ({ comparator: noComparator, dependency: oneToMany(property) }),
});

/** Children of parents, by parent key: what the loaders below read. */
async function childrenOf(
  session: Session,
  states: readonly InstanceState[],
): Promise<Map<unknown, Child[]>> {
  const ids = states.map((s) => s.dict.id as number);
  const children = (
    await session.scalars(select(Child).where(Child.parent_id.in(ids)).orderBy(Child.id))
  ).all();
  const byParent = new Map<unknown, Child[]>();
  for (const child of children)
    byParent.set(child.parent_id, [...(byParent.get(child.parent_id) ?? []), child]);
  return byParent;
}

const postLoad = (property: RelationshipProperty): LoaderStrategy => ({
  name: 'test_selectin',
  async loadMany(states, session) {
    const byParent = await childrenOf(session, states);
    for (const state of states) state.loadValues({ [property.key]: byParent.get(state.dict.id) ?? [] });
  },
});
const onDemand = (property: RelationshipProperty): LoaderStrategy => ({
  name: 'select',
  async loadOne(state, session) {
    const byParent = await childrenOf(session, [state]);
    state.loadValues({ [property.key]: byParent.get(state.dict.id) ?? [] });
  },
});
const joined = (property: RelationshipProperty): LoaderStrategy => ({
  name: 'test_joined',
  setupQuery(setup) {
    const target = inspect(Child);
    setup.join(target.localTable, Child.parent_id.eq(Parent.id));
    const read = setup.addEntity(target);
    setup.requireUnique();
    const collected = new Map<InstanceState, object[]>();
    return {
      populate(parent, row, info) {
        if (!info.isNew) return;
        const list = collected.get(parent) ?? [];
        collected.set(parent, list);
        const child = read(row);
        if (child !== undefined && !list.includes(child)) list.push(child);
      },
      finish() {
        for (const [parent, list] of collected) parent.loadValues({ [property.key]: list });
      },
    };
  },
});
registerLoaderStrategy('test_selectin', postLoad);
registerLoaderStrategy('select', onDemand);
registerLoaderStrategy('test_joined', joined);

describeDialects('relationship hooks', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  test('a flush dependency orders the parent first and copies its key into the children', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const parent = new Parent({ name_: 'p' });
    parent.children.push(new Child({ name_: 'c1' }), new Child({ name_: 'c2' }));
    session.add(parent);
    expect(session.new.size).toBe(3);
    await session.flush();
    expect(parent.children.map((c) => c.parent_id)).toEqual([1, 1]);
    const sql = echo.take().filter((m) => !m.startsWith('['));
    expect(sql[1]).toMatch(/^INSERT INTO parents \(name\) VALUES/);
    expect(sql.slice(2).every((m) => m.startsWith('INSERT INTO children (parent_id, name)'))).toBe(true);
  });

  test('a self-referring relationship: per-object actions, a level of the tree per statement', async () => {
    const { engine, echo } = await orm.engine();
    await using session = new Session(engine);
    const root = new TreeNode({ name_: 'root' });
    const a = new TreeNode({ name_: 'a' });
    const b = new TreeNode({ name_: 'b' });
    const a1 = new TreeNode({ name_: 'a1' });
    a.children.push(a1);
    root.children.push(a, b);
    session.add(a1);
    session.add(root);
    await session.flush();
    expect([root.parent_id, a.parent_id, b.parent_id, a1.parent_id]).toEqual([null, root.id, root.id, a.id]);
    const names = echo
      .take()
      .filter((m) => m.startsWith('['))
      .map((m) => m.replace(/^\[[^\]]*\] /, ''));
    if (db.dialect === 'sqlite')
      expect(names).toEqual(["(None, 'root')", `(${root.id}, 'a')`, `(${root.id}, 'b')`, `(${a.id}, 'a1')`]);
    else expect(names).toEqual(["(None, 'root')", `(${root.id}, 'a', ${root.id}, 'b')`, `(${a.id}, 'a1')`]);
  });

  test('loader strategies: post-load (loadMany), joined (setupQuery, unique required), on demand (loadOne)', async () => {
    const { engine, echo } = await orm.engine();
    {
      await using session = new Session(engine);
      const p = new Parent({ name_: 'p' });
      p.children.push(new Child({ name_: 'c1' }), new Child({ name_: 'c2' }));
      session.addAll([p, new Parent({ name_: 'empty' })]);
      await session.commit();
    }
    {
      await using session = new Session(engine);
      echo.clear();
      const parents = (
        await session.scalars(
          select(Parent)
            .orderBy(Parent.id)
            .options(new LoaderOption([Parent.children], { lazy: 'test_selectin' })),
        )
      ).all();
      expect(parents.map((p) => p.children.map((c) => c.name_))).toEqual([['c1', 'c2'], []]);
      expect(echo.take().filter((m) => !m.startsWith('['))).toEqual([
        'BEGIN (implicit)',
        q(db, 'SELECT parents.id, parents.name \nFROM parents ORDER BY parents.id'),
        q(
          db,
          'SELECT children.id, children.parent_id, children.name \nFROM children \nWHERE children.parent_id IN (?, ?) ORDER BY children.id',
        ),
      ]);
    }
    {
      await using session = new Session(engine);
      const statement = select(Parent)
        .orderBy(Parent.id)
        .options(new LoaderOption([Parent.children], { lazy: 'test_joined' }));
      const result = await session.execute(statement);
      expect(() => result.scalars().all()).toThrow(
        'The unique() method must be invoked on this Result, as it contains results that include joined eager loads against collections',
      );
      const parents = (await session.execute(statement)).unique().scalars().all();
      expect(parents.map((p) => [p.name_, p.children.map((c) => c.name_).sort()])).toEqual([
        ['p', ['c1', 'c2']],
        ['empty', []],
      ]);
    }
    {
      await using session = new Session(engine);
      const parent = (await session.get(Parent, 1)) as Parent;
      expect(() => parent.children).toThrow(/Parent\.children is not loaded/);
      expect((await parent.awaitableAttrs.children).map((c) => c.name_)).toEqual(['c1', 'c2']);
    }
  });
});
