import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { createEngine, type Engine, func, select } from '@retort/core';
import { inspect, Session } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { dialectSql } from './fixtures/dialect-sql.fixture';
import {
  Account,
  Article,
  Author,
  Base,
  Book,
  Category,
  Child,
  Course,
  Department,
  Employee,
  Enrollment,
  Parent,
  Person,
  Profile,
  Student,
  Tag,
  Transfer,
} from './fixtures/shapes.fixture';
import { recordStatements, type StatementRecorder } from './fixtures/statements.fixture';
import { joinedload, selectinload, subqueryload } from './index';

// Seed 003's "Relationships" section, model by model, run on each database; SQL recorded from
// SQLAlchemy 2.0.52 running the same models.
describeDialects('seed 003 relationship shapes', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;
  const sql = (text: string) => dialectSql(text, db.dialect);

  beforeAll(async () => {
    engine = createEngine(db.url);
    await Base.metadata.dropAll(engine);
    await Base.metadata.createAll(engine);
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  async function inSession<T>(fn: (session: Session) => Promise<T>): Promise<T> {
    const session = new Session(engine);
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  }

  test('one-to-many / many-to-one: departments and employees', async () => {
    await inSession(async (session) => {
      const rd = new Department({
        name_: 'R&D',
        employees: [new Employee({ name_: 'ann' }), new Employee({ name_: 'ben' })],
      });
      session.add(rd);
      await session.commit();
      expect(rd.employees.map((e) => e.department_id)).toEqual([rd.id, rd.id]);
    });
    const names = await inSession(async (session) => {
      const rd = (
        await session.execute(select(Department).options(selectinload(Department.employees)))
      ).scalarOne();
      return rd.employees.map((e) => `${e.name_}@${e.department?.name_}`).sort();
    });
    expect(names).toEqual(['ann@R&D', 'ben@R&D']);
  });

  test('one-to-one: a profile per person, replaced profiles deleted as orphans', async () => {
    await inSession(async (session) => {
      const ann = new Person({ name_: 'ann', profile: new Profile({ bio: 'one' }) });
      session.add(ann);
      await session.commit();
      expect(ann.profile?.user_id).toBe(ann.id);
      const old = ann.profile as Profile;
      ann.profile = null;
      await session.flush();
      expect(inspect(old).deleted).toBe(true);
      ann.profile = new Profile({ bio: 'two' });
      await session.commit();
    });
    const bios = await inSession(async (session) =>
      (await session.execute(select(Profile.bio))).scalars().all(),
    );
    expect(bios).toEqual(['two']);
  });

  test('many-to-many: article.tags.push(tag) inserts the association row (seed 003 usage)', async () => {
    await inSession(async (session) => {
      const tag = new Tag({ name_: 'python' });
      const article = new Article({ title: 'SQLAlchemy Guide' });
      article.tags.push(tag);
      session.add(article);
      sent.clear();
      await session.commit();
      const inserts = sent.take().filter((s) => s.sql.startsWith('INSERT'));
      expect(inserts.at(-1)).toEqual({
        sql: 'INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)',
        params: [article.id, tag.id],
      });
      expect(tag.articles).toEqual([article]);
    });
  });

  test('association object: enrollments with a grade', async () => {
    await inSession(async (session) => {
      const student = new Student({ name_: 'sam' });
      const course = new Course({ title: 'Databases' });
      new Enrollment({ student, course, grade: 'A' });
      session.add(student);
      await session.commit();
    });
    const rows = await inSession(async (session) => {
      const stmt = select(Student).options(selectinload(Student.enrollments).selectinload(Enrollment.course));
      const student = (await session.execute(stmt)).scalarOne();
      return student.enrollments.map((e) => `${e.course.title}: ${e.grade}`);
    });
    expect(rows).toEqual(['Databases: A']);
  });

  test('adjacency list: navigating the tree (seed 003 Category usage)', async () => {
    await inSession(async (session) => {
      const root = new Category({ name_: 'Electronics' });
      const phones = new Category({ name_: 'Phones', parent: root });
      const android = new Category({ name_: 'Android', parent: phones });
      session.add(root);
      await session.commit();
      expect(root.children.map((c) => c.name_)).toEqual(['Phones']);
      expect(phones.parent?.name_).toBe('Electronics');
      expect(phones.children).toEqual([android]);
      expect([phones.parent_id, android.parent_id]).toEqual([root.id, phones.id]);
    });
    const tree = await inSession(async (session) => {
      const root = (
        await session.execute(
          select(Category)
            .where(Category.parent_id.is(null))
            .options(selectinload(Category.children).selectinload(Category.children)),
        )
      ).scalarOne();
      return root.children.map((c) => `${c.name_} > ${c.children.map((g) => g.name_).join(',')}`);
    });
    expect(tree).toEqual(['Phones > Android']);
  });

  test('backref creates Child.parent on the other class', async () => {
    await inSession(async (session) => {
      const parent = new Parent({ name_: 'p' });
      const child = new Child({ name_: 'c' });
      parent.children.push(child);
      expect((child as unknown as { parent: Parent }).parent).toBe(parent);
      session.add(parent);
      await session.commit();
      expect(child.parent_id).toBe(parent.id);
    });
  });

  test('several foreign keys to one table: manager and mentor, from and to accounts', async () => {
    await inSession(async (session) => {
      const boss = new Employee({ name_: 'boss' });
      const coach = new Employee({ name_: 'coach' });
      const dev = new Employee({ name_: 'dev', manager: boss, mentor: coach });
      const a = new Account({ name_: 'a' });
      const b = new Account({ name_: 'b' });
      session.addAll([dev, new Transfer({ amount: '10.50', from_account: a, to_account: b })]);
      await session.commit();
      expect([dev.manager_id, dev.mentor_id]).toEqual([boss.id, coach.id]);
    });
    const row = await inSession(async (session) => {
      const dev = (
        await session.execute(
          select(Employee)
            .where(Employee.name_.eq('dev'))
            .options(joinedload(Employee.manager), joinedload(Employee.mentor)),
        )
      ).scalarOne();
      const transfer = (
        await session.execute(select(Transfer).options(selectinload(Transfer.from_account)))
      ).scalarOne();
      return [
        dev.manager?.name_,
        dev.mentor?.name_,
        transfer.from_account.name_,
        (await transfer.awaitableAttrs.to_account).name_,
      ];
    });
    expect(row).toEqual(['boss', 'coach', 'a', 'b']);
  });

  test('orderBy orders the collection with every strategy, after the query’s own ORDER BY', async () => {
    await inSession(async (session) => {
      session.add(
        new Author({
          name_: 'a',
          books: [
            new Book({ title: 'b1', published: true }),
            new Book({ title: 'b3' }),
            new Book({ title: 'b2', published: true }),
          ],
        }),
      );
      await session.commit();
    });
    const titles = (author: Author) => author.books.map((b) => b.title);
    const results = await inSession(async (session) => {
      sent.clear();
      const lazy = await (await session.get(Author, 1))?.awaitableAttrs.books;
      session.expungeAll();
      const selectin = (
        await session.execute(select(Author).options(selectinload(Author.books)))
      ).scalarOne();
      session.expungeAll();
      const joined = (
        await session.execute(select(Author).orderBy(Author.name_).options(joinedload(Author.books)))
      )
        .unique()
        .scalarOne();
      session.expungeAll();
      const subquery = (
        await session.execute(select(Author).options(subqueryload(Author.books)))
      ).scalarOne();
      return [lazy?.map((b) => b.title), titles(selectin), titles(joined), titles(subquery)];
    });
    expect(results).toEqual([
      ['b3', 'b2', 'b1'],
      ['b3', 'b2', 'b1'],
      ['b3', 'b2', 'b1'],
      ['b3', 'b2', 'b1'],
    ]);
    const statements = sent.takeSql();
    expect(statements).toContain(
      sql(
        'SELECT books.id AS books_id, books.title AS books_title, books.published AS books_published, books.author_id AS books_author_id \nFROM books \nWHERE ? = books.author_id ORDER BY books.title DESC',
      ),
    );
    expect(statements).toContain(
      sql(
        'SELECT books.author_id AS books_author_id, books.id AS books_id, books.title AS books_title, books.published AS books_published \nFROM books \nWHERE books.author_id IN (?) ORDER BY books.title DESC',
      ),
    );
    expect(statements).toContain(
      sql(
        'SELECT authors.id, authors.name, books_1.id AS id_1, books_1.title, books_1.published, books_1.author_id \nFROM authors LEFT OUTER JOIN books AS books_1 ON authors.id = books_1.author_id ORDER BY authors.name, books_1.title DESC',
      ),
    );
    expect(statements).toContain(
      sql(
        'SELECT books.id AS books_id, books.title AS books_title, books.published AS books_published, books.author_id AS books_author_id, anon_1.authors_id AS anon_1_authors_id \nFROM (SELECT authors.id AS authors_id \nFROM authors) AS anon_1 JOIN books ON anon_1.authors_id = books.author_id ORDER BY books.title DESC',
      ),
    );
  });

  test('viewonly: loads through its primaryjoin, and is never written', async () => {
    const published = await inSession(async (session) => {
      const author = (
        await session.execute(select(Author).options(selectinload(Author.published)))
      ).scalarOne();
      return author.published.map((b) => b.title);
    });
    expect(published).toEqual(['b1', 'b2']);
    const statement = sent.takeSql().at(-1) as string;
    expect(statement.replace(/ = (1|true)\b/, ' = TRUE')).toBe(
      sql(
        'SELECT authors_1.id AS authors_1_id, books.id AS books_id, books.title AS books_title, books.published AS books_published, books.author_id AS books_author_id \nFROM authors AS authors_1 JOIN books ON authors_1.id = books.author_id AND books.published = TRUE \nWHERE authors_1.id IN (?) ORDER BY books.id',
      ),
    );
    await inSession(async (session) => {
      const author = (await session.get(Author, 1)) as Author;
      (await author.awaitableAttrs.published).push(new Book({ title: 'b4', published: true }));
      await session.flush();
      expect(await session.scalar(select(func.count()).selectFrom(Book).where(Book.title.eq('b4')))).toBe(0);
    });
  });
});
