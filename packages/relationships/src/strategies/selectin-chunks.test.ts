import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { createEngine, type Engine, select } from '@retort/core';
import { Session } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Base, Department, Employee } from '../fixtures/shapes.fixture';
import { recordStatements, type StatementRecorder } from '../fixtures/statements.fixture';
import { raiseload, SELECTIN_CHUNK_SIZE, selectinload } from '../index';

// selectinload() sends at most 500 keys per SELECT (SQLAlchemy's SelectInLoader._chunksize), and a
// wildcard raiseload('*') overrides a relationship's eager default.
describeDialects('selectinload chunks', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeAll(async () => {
    engine = createEngine(db.url);
    await Base.metadata.dropAll(engine);
    await Base.metadata.createAll(engine);
    const session = new Session(engine);
    for (let i = 0; i < SELECTIN_CHUNK_SIZE + 1; i++) {
      session.add(new Department({ name_: `d${i}`, employees: [new Employee({ name_: `e${i}` })] }));
    }
    await session.commit();
    await session.close();
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  test('501 parents: two IN lists, of 500 and 1 keys', async () => {
    const session = new Session(engine);
    const departments = (
      await session.execute(
        select(Department).orderBy(Department.id).options(selectinload(Department.employees)),
      )
    )
      .scalars()
      .all();
    expect(departments.every((d, i) => d.employees.length === 1 && d.employees[0]?.name_ === `e${i}`)).toBe(
      true,
    );
    const statements = sent.take();
    expect(statements.map((s) => s.params.length)).toEqual([0, 500, 1]);
    expect(statements[2]?.sql).toBe(
      'SELECT employees.department_id AS employees_department_id, employees.id AS employees_id, employees.name AS employees_name, employees.manager_id AS employees_manager_id, employees.mentor_id AS employees_mentor_id \nFROM employees \nWHERE employees.department_id IN (?)',
    );
    await session.close();
  });

  test("raiseload('*') applies to every relationship of the entity", async () => {
    const session = new Session(engine);
    const employee = (
      await session.execute(select(Employee).where(Employee.name_.eq('e0')).options(raiseload('*')))
    ).scalarOne();
    expect(() => employee.department).toThrow("'Employee.department' is not available due to lazy='raise'");
    expect(() => employee.manager).toThrow("'Employee.manager' is not available due to lazy='raise'");
    await session.close();
  });
});
