import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { createEngine, type Engine, ForeignKey, Integer, String, select } from '@retort/core';
import { DeclarativeBase, mappedColumn, Session } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordStatements, type StatementRecorder } from '../fixtures/statements.fixture';
import { relationship } from '../index';

// Seed 003's cascade options and the relationship shapes SQLAlchemy's flush handles specially;
// statements recorded from SQLAlchemy 2.0.52 running the same models.
class Base extends DeclarativeBase {}

class Parent extends Base.table('parents', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(50)),
  children: relationship.many(() => Child, { backPopulates: 'parent' }),
}) {}

class Child extends Base.table('children', {
  id: mappedColumn(Integer, { primaryKey: true }),
  parent_id: mappedColumn(Integer, ForeignKey('parents.id'), { nullable: true }),
  parent: relationship.one(() => Parent, { backPopulates: 'children', nullable: true }),
}) {}

class Department extends Base.table('departments', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(100)),
  employees: relationship.many(() => Employee, {
    backPopulates: 'department',
    cascade: 'all, delete-orphan',
    passiveDeletes: true,
  }),
}) {}

class Employee extends Base.table('employees', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(100)),
  department_id: mappedColumn(Integer, ForeignKey('departments.id', { ondelete: 'CASCADE' })),
  department: relationship.one(() => Department, { backPopulates: 'employees' }),
}) {}

/** SQLAlchemy's post_update example: two rows that refer to each other. */
class Widget extends Base.table('widget', {
  widget_id: mappedColumn(Integer, { primaryKey: true }),
  favorite_entry_id: mappedColumn(Integer, ForeignKey('entry.entry_id', { name: 'fk_favorite_entry' }), {
    nullable: true,
  }),
  name_: mappedColumn('name', String(50)),
  entries: relationship.many(() => Entry, { primaryjoin: () => Widget.widget_id.eq(Entry.widget_id) }),
  favorite_entry: relationship.one(() => Entry, {
    primaryjoin: () => Widget.favorite_entry_id.eq(Entry.entry_id),
    postUpdate: true,
    nullable: true,
  }),
}) {}

class Entry extends Base.table('entry', {
  entry_id: mappedColumn(Integer, { primaryKey: true }),
  widget_id: mappedColumn(Integer, ForeignKey('widget.widget_id'), { nullable: true }),
  name_: mappedColumn('name', String(50)),
}) {}

describeDialects('flush shapes (cascade options, passiveDeletes, postUpdate)', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeAll(async () => {
    engine = createEngine(db.url);
    await Base.metadata.dropAll(engine);
    await Base.metadata.createAll(engine);
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  test('deleting a parent without delete cascade sets its children’s foreign keys to NULL', async () => {
    const session = new Session(engine);
    const parent = new Parent({ name_: 'p', children: [new Child({}), new Child({})] });
    session.add(parent);
    await session.commit();
    await session.close();
    const other = new Session(engine);
    const loaded = (await other.get(Parent, parent.id)) as Parent;
    sent.clear();
    other.delete(loaded);
    await other.commit();
    const statements = sent.take();
    // SQLAlchemy: the collection is loaded, the children's keys set to NULL (one UPDATE per row,
    // as an executemany), then the parent deleted. (How the UPDATEs are batched is the Session's.)
    expect(statements.map((s) => s.sql.replace(/\n/g, ''))).toEqual([
      'SELECT children.id AS children_id, children.parent_id AS children_parent_id FROM children WHERE ? = children.parent_id',
      expect.stringMatching(/^UPDATE children SET parent_id=/),
      'DELETE FROM parents WHERE parents.id = ?',
    ]);
    if (db.dialect === 'sqlite') {
      expect(statements[1]).toEqual({
        sql: 'UPDATE children SET parent_id=? WHERE children.id = ?',
        params: [
          [null, 1],
          [null, 2],
        ],
      });
    }
    const rows = (await other.execute(select(Child.id, Child.parent_id).orderBy(Child.id))).all();
    expect(rows.map((r) => [r.id, r.parent_id])).toEqual([
      [1, null],
      [2, null],
    ]);
    await other.close();
  });

  test('passiveDeletes leaves the children to ON DELETE CASCADE: no SELECT of them', async () => {
    const session = new Session(engine);
    session.add(
      new Department({
        name_: 'R&D',
        employees: [new Employee({ name_: 'a' }), new Employee({ name_: 'b' })],
      }),
    );
    await session.commit();
    await session.close();
    const other = new Session(engine);
    const department = (await other.get(Department, 1)) as Department;
    sent.clear();
    other.delete(department);
    await other.commit();
    expect(sent.take()).toEqual([{ sql: 'DELETE FROM departments WHERE departments.id = ?', params: [1] }]);
    await other.close();
  });

  test('postUpdate: rows that refer to each other get the key in a second UPDATE, and lose it before DELETE', async () => {
    const session = new Session(engine);
    const widget = new Widget({ name_: 'w' });
    const e1 = new Entry({ name_: 'e1' });
    const e2 = new Entry({ name_: 'e2' });
    widget.entries = [e1, e2];
    widget.favorite_entry = e2;
    session.add(widget);
    sent.clear();
    await session.commit();
    const inserted = sent.take();
    // (How the entries' INSERTs are batched is the Session's; the widget's key is copied into them.)
    expect(inserted.map((s) => /^(INSERT INTO \w+|UPDATE .*)/.exec(s.sql)?.[1])).toEqual([
      'INSERT INTO widget',
      ...inserted.slice(1, -1).map(() => 'INSERT INTO entry'),
      'UPDATE widget SET favorite_entry_id=? WHERE widget.widget_id = ?',
    ]);
    expect(inserted[0]?.params).toEqual([null, 'w']);
    expect(inserted.at(-1)?.params).toEqual([e2.entry_id, widget.widget_id]);
    session.delete(widget);
    session.delete(e1);
    session.delete(e2);
    sent.clear();
    await session.commit();
    const deleted = sent.take();
    expect(deleted[0]).toEqual({
      sql: 'UPDATE widget SET favorite_entry_id=? WHERE widget.widget_id = ?',
      params: [null, widget.widget_id],
    });
    expect(deleted.slice(1).map((s) => /^DELETE FROM (\w+)/.exec(s.sql)?.[1])).toEqual(
      deleted.length === 3 ? ['entry', 'widget'] : ['entry', 'entry', 'widget'],
    );
    await session.close();
  });
});
