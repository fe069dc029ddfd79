// Runs the DDL a dialect renders against its real database: createAll's plan for a schema using
// most DDL features (naming conventions, autoincrement keys, server defaults, UNIQUE/CHECK/FOREIGN
// KEY constraints, a foreign-key cycle, indexes, comments, enums, Boolean and Enum CHECKs), a row
// through the defaults, then dropAll's plan. Dialect packages call it inside describeDialects.
import {
  Boolean,
  CheckConstraint,
  Column,
  DateTime,
  type DDLElement,
  type Dialect,
  Enum,
  ForeignKey,
  ForeignKeyConstraint,
  func,
  Index,
  Integer,
  JSON,
  MetaData,
  planCreateAll,
  planDropAll,
  String,
  select,
  Table,
  true_,
  UniqueConstraint,
} from '@retort/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRawSession, type RawSession } from './raw-session';

export interface DDLExecutionOptions {
  /** Extra tables and indexes the dialect wants executed (its own options), added to the same MetaData. */
  readonly extend?: (metadata: MetaData) => void;
}

function schema(options: DDLExecutionOptions) {
  const metadata = new MetaData({
    namingConvention: {
      ix: 'ix_%(column_0_label)s',
      uq: 'uq_%(table_name)s_%(column_0_N_name)s',
      ck: 'ck_%(table_name)s_%(constraint_name)s',
      fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',
      pk: 'pk_%(table_name)s',
    },
  });
  const users = Table(
    'ddl_users',
    metadata,
    Column('id', Integer, { primaryKey: true, comment: 'the key' }),
    Column('email', String(100), { nullable: false, unique: true }),
    Column('name', String(50), { index: true, serverDefault: "it's" }),
    Column('age', Integer),
    Column('active', Boolean({ createConstraint: true, name: 'active_bool' }), { serverDefault: true_() }),
    Column('status', Enum(['draft', 'published'], { name: 'ddl_status', createConstraint: true }), {
      serverDefault: 'draft',
    }),
    Column('created', DateTime(), { serverDefault: func.now() }),
    Column('prefs', JSON()),
    UniqueConstraint('name', 'age'),
    CheckConstraint('age >= 0', { name: 'age_positive' }),
    CheckConstraint('age < 200', { name: 'age_sane' }),
    { comment: "people's table" },
  );
  Table(
    'ddl_addresses',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('user_id', Integer, ForeignKey('ddl_users.id', { ondelete: 'CASCADE', onupdate: 'CASCADE' }), {
      nullable: false,
    }),
    Column('street', String(100)),
    Index('ix_street_user', 'street', 'user_id', { unique: true }),
  );
  Table(
    'ddl_nodes',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('parent_id', Integer, ForeignKey('ddl_nodes.id')),
  );
  Table(
    'ddl_pair',
    metadata,
    Column('a', Integer, { primaryKey: true }),
    Column('b', String(10), { primaryKey: true }),
  );
  Table(
    'ddl_pair_ref',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('a', Integer),
    Column('b', String(10)),
    ForeignKeyConstraint(['a', 'b'], ['ddl_pair.a', 'ddl_pair.b']),
  );
  // A cycle: CREATE TABLE without these keys, then ALTER TABLE ADD CONSTRAINT (inline on SQLite).
  Table(
    'ddl_x',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('y_id', Integer, ForeignKey('ddl_y.id')),
  );
  Table(
    'ddl_y',
    metadata,
    Column('id', Integer, { primaryKey: true }),
    Column('x_id', Integer, ForeignKey('ddl_x.id')),
  );
  options.extend?.(metadata);
  return { metadata, users };
}

/** Executes createAll's and dropAll's plans for a feature-rich schema on the dialect's database. */
export function describeDDLExecution(
  db: { readonly url: string },
  dialect: Dialect,
  options: DDLExecutionOptions = {},
): void {
  const { metadata, users } = schema(options);
  let session: RawSession;
  let created: DDLElement[] = [];

  describe('DDL on the database', () => {
    beforeAll(async () => {
      session = await openRawSession(dialect, db.url);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('runs every statement of createAll', async () => {
      created = planCreateAll(metadata, dialect);
      for (const element of created) {
        const sql = dialect.compile(element).sql;
        await expect(session.connection.execute(sql, []), sql).resolves.toBeDefined();
      }
      expect(created.length).toBeGreaterThan(Object.keys(metadata.tables).length);
    });

    it('numbers keys itself and applies server defaults', async () => {
      await session.insert(users, [{ email: 'a@x' }, { email: 'b@x', name: 'Bo', age: 3, active: false }]);
      const rows = await session.select(
        select(users.c.id, users.c.name, users.c.active, users.c.status, users.c.created).orderBy(users.c.id),
      );
      expect(rows.map((r) => r.slice(0, 4))).toEqual([
        [1, "it's", true, 'draft'],
        [2, 'Bo', false, 'draft'],
      ]);
      expect(rows[0]?.[4]).toBeInstanceOf(globalThis.Date);
    });

    it('enforces the CHECK and UNIQUE constraints it created', async () => {
      await expect(session.insert(users, [{ email: 'c@x', age: -1 }])).rejects.toThrow();
      await expect(session.insert(users, [{ email: 'a@x' }])).rejects.toThrow();
    });

    it('runs every statement of dropAll, leaving nothing behind (createAll runs again)', async () => {
      for (let round = 0; round < 2; round++) {
        for (const element of planDropAll(metadata, dialect)) {
          const sql = dialect.compile(element).sql;
          await expect(session.connection.execute(sql, []), sql).resolves.toBeDefined();
        }
        if (round === 0) await session.ddl(planCreateAll(metadata, dialect));
      }
    });
  });
}
