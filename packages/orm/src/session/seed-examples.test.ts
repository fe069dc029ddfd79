// The Session examples of seeds 000, 001, 002 and 004 (day 7's contacts manager) translated per
// ROSETTA; where a seed's program cannot run as printed (a NULL phone for a NOT NULL column, an
// UPDATE from invalid SQL text, a table it never creates) the obvious fix is made and noted.
import {
  and,
  Boolean,
  DateTime,
  delete as deleteStmt,
  func,
  Integer,
  IntegrityError,
  or,
  String,
  select,
  Text,
  text,
  update,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { expect, test } from 'vitest';
import { ormDatabase } from '../../test/orm-database';
import { DeclarativeBase, inspect, mappedColumn, type Session, sessionmaker } from '../index';

class Base extends DeclarativeBase {}

/** Seed 000's models. */
class Task extends Base.table('tasks', {
  id: mappedColumn(Integer, { primaryKey: true }),
  title: mappedColumn(String(200)),
  description: mappedColumn(Text, { nullable: true }),
  is_done: mappedColumn(Boolean, { default: false }),
  created_at: mappedColumn(DateTime, { serverDefault: func.now() }),
}) {}

class User extends Base.table('users', {
  id: mappedColumn(Integer, { primaryKey: true }),
  username: mappedColumn(String(50), { unique: true }),
  email: mappedColumn(String(100), { unique: true }),
  bio: mappedColumn(Text, { nullable: true }),
  is_active: mappedColumn(Boolean, { default: true }),
  created_at: mappedColumn(DateTime, { serverDefault: func.now() }),
}) {}

/** Seed 004 day 7's contacts manager (phone is nullable: the seed adds a contact without one). */
class Contact extends Base.table('contacts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  name_: mappedColumn('name', String(100)),
  email: mappedColumn(String(100), { unique: true }),
  phone: mappedColumn(String(20), { nullable: true }),
}) {}

class Log extends Base.table('logs', {
  id: mappedColumn(Integer, { primaryKey: true }),
  message: mappedColumn(String(100)),
}) {}

describeDialects('seed examples', (db) => {
  const orm = ormDatabase(db, Base.metadata);

  test('seed 000 §4.3–4.5: tasks, users, lifecycle, refresh and IntegrityError handling', async () => {
    const { engine } = await orm.engine();
    const SessionLocal = sessionmaker({ bind: engine });
    const getTask = (session: Session, taskId: number) => session.get(Task, taskId);
    const createTask = async (session: Session, title: string, description: string | null = null) => {
      const task = new Task({ title, description });
      session.add(task);
      await session.commit();
      await session.refresh(task);
      return task;
    };
    const updateTask = async (session: Session, taskId: number, title: string) => {
      const task = await session.get(Task, taskId);
      if (task) {
        task.title = title;
        await session.commit();
      }
      return task;
    };
    {
      await using session = SessionLocal();
      const task = new Task({ title: 'Learn SQLAlchemy' });
      session.add(task);
      expect(task.id).toBeNull();
      await session.flush();
      expect(task.id).toBe(1);
      await session.commit();
      expect(task.created_at).toBeInstanceOf(Date);
      const made = await createTask(session, 'Write tests', 'with echo');
      expect([made.id, made.is_done]).toEqual([2, false]);
      expect((await getTask(session, 2))?.title).toBe('Write tests');
      expect((await updateTask(session, 2, 'Write more tests'))?.title).toBe('Write more tests');
      // auto-flush: the query finds the pending task
      const pending = new Task({ title: 'Found by autoflush' });
      session.add(pending);
      const found = (await session.scalars(select(Task).where(Task.title.eq('Found by autoflush')))).first();
      expect(found).toBe(pending);
      await session.commit();
    }
    {
      await using session = SessionLocal();
      const newUser = new User({ username: 'alice', email: 'alice@example.com', bio: 'Backend developer' });
      expect(newUser.id).toBeNull();
      session.add(newUser);
      await session.commit();
      await session.refresh(newUser);
      expect([newUser.id, newUser.is_active]).toEqual([1, true]);
      session.addAll([
        new User({ username: 'bob', email: 'bob@example.com' }),
        new User({ username: 'charlie', email: 'charlie@example.com' }),
        new User({ username: 'diana', email: 'diana@example.com' }),
      ]);
      await session.commit();
      const user = await session.get(User, 1);
      expect(user?.username).toBe('alice');
      expect((await session.scalars(select(User).where(User.username.eq('alice')))).first()).toBe(user);
      const active = (await session.scalars(select(User).where(User.is_active.eq(true)))).all();
      expect(active.length).toBe(4);
      const page = (
        await session.scalars(select(User).where(User.is_active.eq(true)).orderBy(User.username).limit(10))
      ).all();
      expect(page.map((u) => u.username)).toEqual(['alice', 'bob', 'charlie', 'diana']);
      if (user) {
        user.bio = 'Senior backend developer';
        user.is_active = false;
        await session.commit();
      }
      const bob = await session.get(User, 2);
      if (bob) {
        session.delete(bob);
        await session.commit();
      }
    }
    const createUser = async (username: string, email: string): Promise<User> => {
      await using session = SessionLocal();
      try {
        const user = new User({ username, email });
        session.add(user);
        await session.commit();
        await session.refresh(user);
        return user;
      } catch (error) {
        await session.rollback();
        if (!(error instanceof IntegrityError)) throw error;
        const name = error.constraintName ?? '';
        if (name.includes('username')) throw new Error(`Username '${username}' already taken`);
        if (name.includes('email')) throw new Error(`Email '${email}' already registered`);
        throw error;
      }
    };
    await expect(createUser('alice', 'other@example.com')).rejects.toThrow("Username 'alice' already taken");
    await expect(createUser('eve', 'charlie@example.com')).rejects.toThrow(
      "Email 'charlie@example.com' already registered",
    );
    // the failed INSERTs used up sequence values on PostgreSQL and MySQL
    expect((await createUser('eve', 'eve@example.com')).id).toBe(db.dialect === 'sqlite' ? 5 : 7);
  });

  test('seed 001 CRUD and query examples, in 2.0 style', async () => {
    const { engine } = await orm.engine();
    const SessionFactory = sessionmaker({ bind: engine });
    await using session = SessionFactory();
    const user = new User({ username: 'Alice', email: 'alice@example.com' });
    session.add(user);
    await session.commit();
    expect(user.id).toBe(1);
    session.addAll([
      new User({ username: 'Bob', email: 'bob@gmail.com' }),
      new User({ username: 'Carol', email: 'carol@yahoo.com', is_active: false }),
    ]);
    await session.commit();
    expect((await session.get(User, 1))?.username).toBe('Alice');
    const users = (await session.scalars(select(User).where(User.is_active.eq(true)))).all();
    expect(users.length).toBe(2);
    expect((await session.scalars(select(User).where(User.email.eq('alice@example.com')))).first()).toBe(
      user,
    );
    const activeUsers = (
      await session.scalars(
        select(User)
          .where(User.is_active.eq(true))
          .where(User.created_at.gt(new Date(Date.UTC(2024, 0, 1))))
          .orderBy(User.username)
          .limit(10),
      )
    ).all();
    expect(activeUsers.map((u) => u.username)).toEqual(['Alice', 'Bob']);
    const userCount = await session.scalar(select(func.count(User.id)));
    expect(Number(userCount)).toBe(3);
    const grouped = (
      await session.execute(
        select(User.is_active, func.count(User.id).label('count'))
          .groupBy(User.is_active)
          .orderBy(User.is_active),
      )
    ).all();
    expect(grouped.map((r) => [r.is_active, Number(r.count)])).toEqual([
      [false, 1],
      [true, 2],
    ]);
    const emails = (
      await session.execute(select(User.email).where(User.is_active.eq(true)).orderBy(User.id))
    ).all();
    expect(emails.map((r) => r.email)).toEqual(['alice@example.com', 'bob@gmail.com']);
    const complex = (
      await session.scalars(
        select(User).where(
          and(User.is_active.eq(true), or(User.email.like('%@gmail.com'), User.email.like('%@yahoo.com'))),
        ),
      )
    ).all();
    expect(complex.map((u) => u.username)).toEqual(['Bob']);
    const raw = (await session.execute(text('SELECT * FROM users WHERE id = :id'), { id: 1 })).all();
    expect(raw.length).toBe(1);
    const alice = (await session.get(User, 1)) as User;
    alice.username = 'Alice Smith';
    await session.commit();
    session.delete(alice);
    await session.commit();
    // detached objects: merge into another session
    const carol = (await session.get(User, 3)) as User;
    await session.close();
    expect(inspect(carol).detached).toBe(true);
    await using newSession = SessionFactory();
    const merged = await newSession.merge(carol);
    expect(inspect(merged).persistent).toBe(true);
    expect(merged.username).toBe('Carol');
  });

  test('seed 002: sessionmaker({ autocommit: false, autoflush: false }), get_db, flush then commit, rollback after an error', async () => {
    const { engine } = await orm.engine();
    const SessionLocal = sessionmaker({ autocommit: false, autoflush: false, bind: engine });
    async function* getDb(): AsyncGenerator<Session> {
      const dbSession = SessionLocal();
      try {
        yield dbSession;
      } finally {
        await dbSession.close();
      }
    }
    for await (const session of getDb()) {
      const newUser = new User({ username: 'Alice', email: 'alice@example.com' });
      session.add(newUser);
      expect(session.new.has(newUser)).toBe(true);
      await session.flush();
      expect(inspect(newUser).persistent).toBe(true);
      await session.commit();
      session.add(new User({ username: 'Alice', email: 'again@example.com' }));
      await expect(session.commit()).rejects.toThrow(IntegrityError);
      await expect(session.execute(select(User))).rejects.toThrow(/first issue Session.rollback\(\)/);
      await session.rollback();
      expect((await session.scalars(select(User.username))).all()).toEqual(['Alice']);
    }
  });

  test('seed 004 day 7: the contacts manager', async () => {
    const { engine } = await orm.engine();
    const SessionLocal = sessionmaker({ bind: engine });
    const out: string[] = [];
    const addContact = async (
      session: Session,
      name_: string,
      email: string,
      phone: string | null = null,
    ) => {
      const contact = new Contact({ name_, email, phone });
      session.add(contact);
      await session.flush();
      await session.commit();
      out.push(`Added: ${contact.name_} (ID: ${contact.id})`);
    };
    const listContacts = async (session: Session) => {
      // ORDER BY added: without it PostgreSQL may return the updated row last
      const contacts = (await session.execute(select(Contact).orderBy(Contact.id))).scalars().all();
      for (const c of contacts) out.push(`ID: ${c.id}, ${c.name_} - ${c.email} (${c.phone ?? 'No phone'})`);
    };
    const updateContact = async (
      session: Session,
      contactId: number,
      values: Partial<Pick<Contact, 'name_' | 'email' | 'phone'>>,
    ) => {
      const contact = await session.get(Contact, contactId);
      if (contact) {
        Object.assign(contact, values);
        await session.commit();
        out.push(`Updated: ${contact.name_}`);
      } else out.push('Contact not found');
    };
    const deleteContact = async (session: Session, contactId: number) => {
      const contact = await session.get(Contact, contactId);
      if (contact) {
        session.delete(contact);
        await session.commit();
        out.push(`Deleted: ${contact.name_}`);
      } else out.push('Contact not found');
    };
    const bulkUpdateEmails = async (session: Session, oldDomain: string, newDomain: string) => {
      const result = await session.execute(
        update(Contact)
          .where(Contact.email.like(`%@${oldDomain}`))
          .values({ email: func.named('replace', Contact.email, oldDomain, newDomain) }),
      );
      await session.commit();
      out.push(`Bulk updated ${result.rowcount} emails`);
    };
    const bulkDeleteOld = async (session: Session) => {
      const result = await session.execute(deleteStmt(Contact).where(Contact.id.lt(1)));
      await session.commit();
      out.push(`Bulk deleted ${result.rowcount} old contacts`);
    };
    const multiOpTx = async (session: Session, name_: string, email: string) => {
      const contact = new Contact({ name_, email });
      session.add(contact);
      session.add(new Log({ message: 'Welcome email sent' }));
      await session.commit();
      out.push('Multi-op tx complete!');
    };
    {
      await using session = SessionLocal();
      await addContact(session, 'Alice', 'alice@ex.com', '123-456');
      await addContact(session, 'Bob', 'bob@ex.com', '789-012');
      await listContacts(session);
      await updateContact(session, 1, { phone: '999-888' });
      await listContacts(session);
      await deleteContact(session, 2);
      await listContacts(session);
      await bulkUpdateEmails(session, 'ex.com', 'newco.com');
      await bulkDeleteOld(session);
      await listContacts(session);
      await multiOpTx(session, 'Charlie', 'charlie@newco.com');
    }
    expect(out).toEqual([
      'Added: Alice (ID: 1)',
      'Added: Bob (ID: 2)',
      'ID: 1, Alice - alice@ex.com (123-456)',
      'ID: 2, Bob - bob@ex.com (789-012)',
      'Updated: Alice',
      'ID: 1, Alice - alice@ex.com (999-888)',
      'ID: 2, Bob - bob@ex.com (789-012)',
      'Deleted: Bob',
      'ID: 1, Alice - alice@ex.com (999-888)',
      'Bulk updated 1 emails',
      'Bulk deleted 0 old contacts',
      'ID: 1, Alice - alice@newco.com (999-888)',
      'Multi-op tx complete!',
    ]);
  });
});
