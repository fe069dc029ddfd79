// DDL cases: CREATE/DROP TABLE, INDEX, SCHEMA, TYPE, constraints, comments, defaults, naming
// conventions and dialect options, each recorded from SQLAlchemy 2.0.52 on the same metadata
// (generated; PostgreSQL as connected to a server with standard_conforming_strings on).
import {
  AddConstraint,
  BigInteger,
  Boolean,
  CheckConstraint,
  Column,
  type Constraint,
  CreateEnumType,
  CreateIndex,
  CreateSchema,
  CreateTable,
  DateTime,
  DropConstraint,
  DropEnumType,
  DropIndex,
  DropSchema,
  DropTable,
  DropTableComment,
  Enum,
  ForeignKey,
  ForeignKeyConstraint,
  func,
  Index,
  Integer,
  JSON,
  literal,
  MetaData,
  PrimaryKeyConstraint,
  SetColumnComment,
  SetTableComment,
  SmallInteger,
  String,
  Table,
  text,
  UniqueConstraint,
} from '@retort/core';
import type { CompileCase } from './compile-case';

enum Status {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

function usersTable(): Table {
  return Table(
    'users',
    new MetaData(),
    Column('id', Integer, { primaryKey: true }),
    Column('name', String(50), { nullable: false }),
    Column('fullname', String(200)),
    Column('nickname', String()),
  );
}

/** The table's constraint of this name. */
function named(table: Table, name: string): Constraint {
  const found = [table.primaryKey, ...table.constraints].find((c) => c.name === name);
  if (!found) throw new Error(`no constraint ${name}`);
  return found;
}

/** The table's index of this name. */
function indexNamed(table: Table, name: string): Index {
  const found = table.indexes.find((i) => i.name === name);
  if (!found) throw new Error(`no index ${name}`);
  return found;
}

export const DDL_CASES: readonly CompileCase[] = [
  {
    name: 'ddl: CREATE TABLE with a primary key, NOT NULL and VARCHAR without length',
    source: 'SQLAlchemy docs: CreateTable',
    build: () => new CreateTable(usersTable()),
    expected: {
      default: {
        sql: '\nCREATE TABLE users (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tfullname VARCHAR(200), \n\tnickname VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE users (\n\tid SERIAL NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tfullname VARCHAR(200), \n\tnickname VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: { error: /\(in table 'users', column 'nickname'\): VARCHAR requires a length on dialect mysql/ },
      sqlite: {
        sql: '\nCREATE TABLE users (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tfullname VARCHAR(200), \n\tnickname VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: foreign keys with ON DELETE/ON UPDATE, a composite DEFERRABLE key, BIGSERIAL',
    build: () =>
      new CreateTable(
        (() => {
          const m = new MetaData();
          const parent = Table(
            'parent',
            m,
            Column('id', Integer, { primaryKey: true }),
            Column('code', String(10), { primaryKey: true }),
          );
          const child = Table(
            'child',
            m,
            Column('id', BigInteger, { primaryKey: true }),
            Column('pid', Integer, ForeignKey('parent.id', { ondelete: 'CASCADE', onupdate: 'SET NULL' })),
            Column('pid2', Integer),
            Column('pcode', String(10)),
            ForeignKeyConstraint(['pid2', 'pcode'], ['parent.id', 'parent.code'], {
              name: 'fk_comp',
              deferrable: true,
              initially: 'DEFERRED',
            }),
          );
          return { parent, child };
        })().child,
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE child (\n\tid BIGINT NOT NULL, \n\tpid INTEGER, \n\tpid2 INTEGER, \n\tpcode VARCHAR(10), \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED, \n\tFOREIGN KEY(pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE child (\n\tid BIGSERIAL NOT NULL, \n\tpid INTEGER, \n\tpid2 INTEGER, \n\tpcode VARCHAR(10), \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED, \n\tFOREIGN KEY(pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE child (\n\tid BIGINT NOT NULL AUTO_INCREMENT, \n\tpid INTEGER, \n\tpid2 INTEGER, \n\tpcode VARCHAR(10), \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED, \n\tFOREIGN KEY(pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE child (\n\tid BIGINT NOT NULL, \n\tpid INTEGER, \n\tpid2 INTEGER, \n\tpcode VARCHAR(10), \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED, \n\tFOREIGN KEY(pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: composite primary key (no autoincrement)',
    build: () =>
      new CreateTable(
        (() => {
          const m = new MetaData();
          const parent = Table(
            'parent',
            m,
            Column('id', Integer, { primaryKey: true }),
            Column('code', String(10), { primaryKey: true }),
          );
          const child = Table(
            'child',
            m,
            Column('id', BigInteger, { primaryKey: true }),
            Column('pid', Integer, ForeignKey('parent.id', { ondelete: 'CASCADE', onupdate: 'SET NULL' })),
            Column('pid2', Integer),
            Column('pcode', String(10)),
            ForeignKeyConstraint(['pid2', 'pcode'], ['parent.id', 'parent.code'], {
              name: 'fk_comp',
              deferrable: true,
              initially: 'DEFERRED',
            }),
          );
          return { parent, child };
        })().parent,
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE parent (\n\tid INTEGER NOT NULL, \n\tcode VARCHAR(10) NOT NULL, \n\tPRIMARY KEY (id, code)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE parent (\n\tid INTEGER NOT NULL, \n\tcode VARCHAR(10) NOT NULL, \n\tPRIMARY KEY (id, code)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE parent (\n\tid INTEGER NOT NULL, \n\tcode VARCHAR(10) NOT NULL, \n\tPRIMARY KEY (id, code)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE parent (\n\tid INTEGER NOT NULL, \n\tcode VARCHAR(10) NOT NULL, \n\tPRIMARY KEY (id, code)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: ALTER TABLE ADD CONSTRAINT foreign key',
    build: () =>
      new AddConstraint(
        named(
          (() => {
            const m = new MetaData();
            const parent = Table(
              'parent',
              m,
              Column('id', Integer, { primaryKey: true }),
              Column('code', String(10), { primaryKey: true }),
            );
            const child = Table(
              'child',
              m,
              Column('id', BigInteger, { primaryKey: true }),
              Column('pid', Integer, ForeignKey('parent.id', { ondelete: 'CASCADE', onupdate: 'SET NULL' })),
              Column('pid2', Integer),
              Column('pcode', String(10)),
              ForeignKeyConstraint(['pid2', 'pcode'], ['parent.id', 'parent.code'], {
                name: 'fk_comp',
                deferrable: true,
                initially: 'DEFERRED',
              }),
            );
            return { parent, child };
          })().child,
          'fk_comp',
        ),
      ),
    expected: {
      default: {
        sql: 'ALTER TABLE child ADD CONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED',
      },
      postgresql: {
        sql: 'ALTER TABLE child ADD CONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED',
      },
      mysql: {
        sql: 'ALTER TABLE child ADD CONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED',
      },
      sqlite: {
        sql: 'ALTER TABLE child ADD CONSTRAINT fk_comp FOREIGN KEY(pid2, pcode) REFERENCES parent (id, code) DEFERRABLE INITIALLY DEFERRED',
      },
    },
  },
  {
    name: 'ddl: ALTER TABLE DROP CONSTRAINT foreign key (MySQL DROP FOREIGN KEY)',
    build: () =>
      new DropConstraint(
        named(
          (() => {
            const m = new MetaData();
            const parent = Table(
              'parent',
              m,
              Column('id', Integer, { primaryKey: true }),
              Column('code', String(10), { primaryKey: true }),
            );
            const child = Table(
              'child',
              m,
              Column('id', BigInteger, { primaryKey: true }),
              Column('pid', Integer, ForeignKey('parent.id', { ondelete: 'CASCADE', onupdate: 'SET NULL' })),
              Column('pid2', Integer),
              Column('pcode', String(10)),
              ForeignKeyConstraint(['pid2', 'pcode'], ['parent.id', 'parent.code'], {
                name: 'fk_comp',
                deferrable: true,
                initially: 'DEFERRED',
              }),
            );
            return { parent, child };
          })().child,
          'fk_comp',
        ),
      ),
    expected: {
      default: { sql: 'ALTER TABLE child DROP CONSTRAINT fk_comp' },
      postgresql: { sql: 'ALTER TABLE child DROP CONSTRAINT fk_comp' },
      mysql: { sql: 'ALTER TABLE child DROP FOREIGN KEY fk_comp' },
      sqlite: { sql: 'ALTER TABLE child DROP CONSTRAINT fk_comp' },
    },
  },
  {
    name: 'ddl: server defaults: quoted strings, text(), func.now() per dialect, expressions',
    source: 'seed 003 "server_default"',
    build: () =>
      new CreateTable(
        Table(
          'd',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, autoincrement: false }),
          Column('s', String(20), { serverDefault: "it's" }),
          Column('n', Integer, { serverDefault: text('0') }),
          Column('created', DateTime, { serverDefault: func.now() }),
          Column('flag', Boolean, { serverDefault: text('1') }),
          Column('ts', DateTime, { serverDefault: text('CURRENT_TIMESTAMP') }),
          Column('lit', Integer, { serverDefault: literal(5) }),
          Column('expr', Integer, { serverDefault: text('1 + 2') }),
          Column('lower', String(20), { serverDefault: func.lower('X') }),
          Column('num', Integer, { serverDefault: '5' }),
        ),
      ),
    expected: {
      default: {
        sql: "\nCREATE TABLE d (\n\tid INTEGER NOT NULL, \n\ts VARCHAR(20) DEFAULT 'it''s', \n\tn INTEGER DEFAULT 0, \n\tcreated DATETIME DEFAULT now(), \n\tflag BOOLEAN DEFAULT 1, \n\tts DATETIME DEFAULT CURRENT_TIMESTAMP, \n\tlit INTEGER DEFAULT 5, \n\texpr INTEGER DEFAULT 1 + 2, \n\tlower VARCHAR(20) DEFAULT lower('X'), \n\tnum INTEGER DEFAULT '5', \n\tPRIMARY KEY (id)\n)\n\n",
      },
      postgresql: {
        sql: "\nCREATE TABLE d (\n\tid INTEGER NOT NULL, \n\ts VARCHAR(20) DEFAULT 'it''s', \n\tn INTEGER DEFAULT 0, \n\tcreated TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), \n\tflag BOOLEAN DEFAULT 1, \n\tts TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, \n\tlit INTEGER DEFAULT 5, \n\texpr INTEGER DEFAULT 1 + 2, \n\tlower VARCHAR(20) DEFAULT lower('X'), \n\tnum INTEGER DEFAULT '5', \n\tPRIMARY KEY (id)\n)\n\n",
      },
      mysql: {
        sql: "\nCREATE TABLE d (\n\tid INTEGER NOT NULL, \n\ts VARCHAR(20) DEFAULT 'it''s', \n\tn INTEGER DEFAULT 0, \n\tcreated DATETIME DEFAULT now(), \n\tflag BOOL DEFAULT 1, \n\tts DATETIME DEFAULT CURRENT_TIMESTAMP, \n\tlit INTEGER DEFAULT 5, \n\texpr INTEGER DEFAULT 1 + 2, \n\tlower VARCHAR(20) DEFAULT lower('X'), \n\tnum INTEGER DEFAULT '5', \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: "\nCREATE TABLE d (\n\tid INTEGER NOT NULL, \n\ts VARCHAR(20) DEFAULT 'it''s', \n\tn INTEGER DEFAULT 0, \n\tcreated DATETIME DEFAULT CURRENT_TIMESTAMP, \n\tflag BOOLEAN DEFAULT 1, \n\tts DATETIME DEFAULT CURRENT_TIMESTAMP, \n\tlit INTEGER DEFAULT 5, \n\texpr INTEGER DEFAULT (1 + 2), \n\tlower VARCHAR(20) DEFAULT (lower('X')), \n\tnum INTEGER DEFAULT '5', \n\tPRIMARY KEY (id)\n)\n\n",
      },
    },
  },
  {
    name: 'ddl: UNIQUE and CHECK constraints in creation order after the primary key',
    build: () =>
      new CreateTable(
        Table(
          'u',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('email', String(100), { unique: true }),
          Column('name', String(50), { index: true }),
          Column('code', String(10), { unique: true, index: true }),
          Column('a', Integer),
          Column('b', Integer),
          UniqueConstraint('a', 'b', { name: 'uq_ab' }),
          CheckConstraint('a > b', { name: 'ck_ab' }),
          CheckConstraint('a > 0'),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE u (\n\tid INTEGER NOT NULL, \n\temail VARCHAR(100), \n\tname VARCHAR(50), \n\tcode VARCHAR(10), \n\ta INTEGER, \n\tb INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_ab UNIQUE (a, b), \n\tCONSTRAINT ck_ab CHECK (a > b), \n\tCHECK (a > 0), \n\tUNIQUE (email)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE u (\n\tid SERIAL NOT NULL, \n\temail VARCHAR(100), \n\tname VARCHAR(50), \n\tcode VARCHAR(10), \n\ta INTEGER, \n\tb INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_ab UNIQUE (a, b), \n\tCONSTRAINT ck_ab CHECK (a > b), \n\tCHECK (a > 0), \n\tUNIQUE (email)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE u (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\temail VARCHAR(100), \n\tname VARCHAR(50), \n\tcode VARCHAR(10), \n\ta INTEGER, \n\tb INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_ab UNIQUE (a, b), \n\tCONSTRAINT ck_ab CHECK (a > b), \n\tCHECK (a > 0), \n\tUNIQUE (email)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE u (\n\tid INTEGER NOT NULL, \n\temail VARCHAR(100), \n\tname VARCHAR(50), \n\tcode VARCHAR(10), \n\ta INTEGER, \n\tb INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uq_ab UNIQUE (a, b), \n\tCONSTRAINT ck_ab CHECK (a > b), \n\tCHECK (a > 0), \n\tUNIQUE (email)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: CREATE INDEX from Column(index: true), named by the default convention',
    build: () =>
      new CreateIndex(
        indexNamed(
          Table(
            'u',
            new MetaData(),
            Column('id', Integer, { primaryKey: true }),
            Column('email', String(100), { unique: true }),
            Column('name', String(50), { index: true }),
            Column('code', String(10), { unique: true, index: true }),
            Column('a', Integer),
            Column('b', Integer),
            UniqueConstraint('a', 'b', { name: 'uq_ab' }),
            CheckConstraint('a > b', { name: 'ck_ab' }),
            CheckConstraint('a > 0'),
          ),
          'ix_u_name',
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_u_name ON u (name)' },
      postgresql: { sql: 'CREATE INDEX ix_u_name ON u (name)' },
      mysql: { sql: 'CREATE INDEX ix_u_name ON u (name)' },
      sqlite: { sql: 'CREATE INDEX ix_u_name ON u (name)' },
    },
  },
  {
    name: 'ddl: CREATE UNIQUE INDEX from Column(unique: true, index: true)',
    build: () =>
      new CreateIndex(
        indexNamed(
          Table(
            'u',
            new MetaData(),
            Column('id', Integer, { primaryKey: true }),
            Column('email', String(100), { unique: true }),
            Column('name', String(50), { index: true }),
            Column('code', String(10), { unique: true, index: true }),
            Column('a', Integer),
            Column('b', Integer),
            UniqueConstraint('a', 'b', { name: 'uq_ab' }),
            CheckConstraint('a > b', { name: 'ck_ab' }),
            CheckConstraint('a > 0'),
          ),
          'ix_u_code',
        ),
      ),
    expected: {
      default: { sql: 'CREATE UNIQUE INDEX ix_u_code ON u (code)' },
      postgresql: { sql: 'CREATE UNIQUE INDEX ix_u_code ON u (code)' },
      mysql: { sql: 'CREATE UNIQUE INDEX ix_u_code ON u (code)' },
      sqlite: { sql: 'CREATE UNIQUE INDEX ix_u_code ON u (code)' },
    },
  },
  {
    name: 'ddl: ALTER TABLE ADD CONSTRAINT unique',
    build: () =>
      new AddConstraint(
        named(
          Table(
            'u',
            new MetaData(),
            Column('id', Integer, { primaryKey: true }),
            Column('email', String(100), { unique: true }),
            Column('name', String(50), { index: true }),
            Column('code', String(10), { unique: true, index: true }),
            Column('a', Integer),
            Column('b', Integer),
            UniqueConstraint('a', 'b', { name: 'uq_ab' }),
            CheckConstraint('a > b', { name: 'ck_ab' }),
            CheckConstraint('a > 0'),
          ),
          'uq_ab',
        ),
      ),
    expected: {
      default: { sql: 'ALTER TABLE u ADD CONSTRAINT uq_ab UNIQUE (a, b)' },
      postgresql: { sql: 'ALTER TABLE u ADD CONSTRAINT uq_ab UNIQUE (a, b)' },
      mysql: { sql: 'ALTER TABLE u ADD CONSTRAINT uq_ab UNIQUE (a, b)' },
      sqlite: { sql: 'ALTER TABLE u ADD CONSTRAINT uq_ab UNIQUE (a, b)' },
    },
  },
  {
    name: 'ddl: DROP CONSTRAINT unique (MySQL DROP INDEX)',
    build: () =>
      new DropConstraint(
        named(
          Table(
            'u',
            new MetaData(),
            Column('id', Integer, { primaryKey: true }),
            Column('email', String(100), { unique: true }),
            Column('name', String(50), { index: true }),
            Column('code', String(10), { unique: true, index: true }),
            Column('a', Integer),
            Column('b', Integer),
            UniqueConstraint('a', 'b', { name: 'uq_ab' }),
            CheckConstraint('a > b', { name: 'ck_ab' }),
            CheckConstraint('a > 0'),
          ),
          'uq_ab',
        ),
      ),
    expected: {
      default: { sql: 'ALTER TABLE u DROP CONSTRAINT uq_ab' },
      postgresql: { sql: 'ALTER TABLE u DROP CONSTRAINT uq_ab' },
      mysql: { sql: 'ALTER TABLE u DROP INDEX uq_ab' },
      sqlite: { sql: 'ALTER TABLE u DROP CONSTRAINT uq_ab' },
    },
  },
  {
    name: 'ddl: DROP CONSTRAINT check (MySQL DROP CHECK)',
    build: () =>
      new DropConstraint(
        named(
          Table(
            'u',
            new MetaData(),
            Column('id', Integer, { primaryKey: true }),
            Column('email', String(100), { unique: true }),
            Column('name', String(50), { index: true }),
            Column('code', String(10), { unique: true, index: true }),
            Column('a', Integer),
            Column('b', Integer),
            UniqueConstraint('a', 'b', { name: 'uq_ab' }),
            CheckConstraint('a > b', { name: 'ck_ab' }),
            CheckConstraint('a > 0'),
          ),
          'ck_ab',
        ),
      ),
    expected: {
      default: { sql: 'ALTER TABLE u DROP CONSTRAINT ck_ab' },
      postgresql: { sql: 'ALTER TABLE u DROP CONSTRAINT ck_ab' },
      mysql: { sql: 'ALTER TABLE u DROP CHECK ck_ab' },
      sqlite: { sql: 'ALTER TABLE u DROP CONSTRAINT ck_ab' },
    },
  },
  {
    name: 'ddl: DROP CONSTRAINT primary key (MySQL DROP PRIMARY KEY)',
    build: () =>
      new DropConstraint(
        Table('pkt', new MetaData(), Column('id', Integer), PrimaryKeyConstraint('id', { name: 'pk_pkt' }))
          .primaryKey,
      ),
    expected: {
      default: { sql: 'ALTER TABLE pkt DROP CONSTRAINT pk_pkt' },
      postgresql: { sql: 'ALTER TABLE pkt DROP CONSTRAINT pk_pkt' },
      mysql: { sql: 'ALTER TABLE pkt DROP PRIMARY KEY ' },
      sqlite: { sql: 'ALTER TABLE pkt DROP CONSTRAINT pk_pkt' },
    },
  },
  {
    name: 'ddl: comments inline on MySQL (COMMENT, table COMMENT=), separate statements elsewhere',
    build: () =>
      new CreateTable(
        Table(
          'c',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, comment: 'the id' }),
          Column('x', String(10), { comment: "it's x" }),
          { comment: 'A table' },
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE c (\n\tid INTEGER NOT NULL, \n\tx VARCHAR(10), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE c (\n\tid SERIAL NOT NULL, \n\tx VARCHAR(10), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: "\nCREATE TABLE c (\n\tid INTEGER NOT NULL COMMENT 'the id' AUTO_INCREMENT, \n\tx VARCHAR(10) COMMENT 'it''s x', \n\tPRIMARY KEY (id)\n)COMMENT='A table'\n\n",
      },
      sqlite: {
        sql: '\nCREATE TABLE c (\n\tid INTEGER NOT NULL, \n\tx VARCHAR(10), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: COMMENT ON TABLE',
    build: () =>
      new SetTableComment(
        Table(
          'c',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, comment: 'the id' }),
          Column('x', String(10), { comment: "it's x" }),
          { comment: 'A table' },
        ),
      ),
    expected: {
      default: { sql: "COMMENT ON TABLE c IS 'A table'" },
      postgresql: { sql: "COMMENT ON TABLE c IS 'A table'" },
      mysql: { sql: "ALTER TABLE c COMMENT 'A table'" },
      sqlite: { sql: "COMMENT ON TABLE c IS 'A table'" },
    },
  },
  {
    name: 'ddl: COMMENT ON TABLE … IS NULL',
    build: () =>
      new DropTableComment(
        Table(
          'c',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, comment: 'the id' }),
          Column('x', String(10), { comment: "it's x" }),
          { comment: 'A table' },
        ),
      ),
    expected: {
      default: { sql: 'COMMENT ON TABLE c IS NULL' },
      postgresql: { sql: 'COMMENT ON TABLE c IS NULL' },
      mysql: { sql: "ALTER TABLE c COMMENT ''" },
      sqlite: { sql: 'COMMENT ON TABLE c IS NULL' },
    },
  },
  {
    name: 'ddl: COMMENT ON COLUMN (MySQL ALTER TABLE CHANGE)',
    build: () =>
      new SetColumnComment(
        Table(
          'c',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, comment: 'the id' }),
          Column('x', String(10), { comment: "it's x" }),
          { comment: 'A table' },
        ).c.x,
      ),
    expected: {
      default: { sql: "COMMENT ON COLUMN c.x IS 'it''s x'" },
      postgresql: { sql: "COMMENT ON COLUMN c.x IS 'it''s x'" },
      mysql: { sql: "ALTER TABLE c CHANGE x x VARCHAR(10) COMMENT 'it''s x'" },
      sqlite: { sql: "COMMENT ON COLUMN c.x IS 'it''s x'" },
    },
  },
  {
    name: 'ddl: Enum of a string enum stores member names: PostgreSQL named type, MySQL ENUM(), VARCHAR elsewhere',
    source: 'seed 003 "SAEnum(Status)"',
    build: () =>
      new CreateTable(
        Table(
          'posts',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('status', Enum(Status, { name: 'status' }), { nullable: false }),
          Column('kind', Enum(['a', 'bb'], { name: 'kind_enum' })),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE posts (\n\tid SERIAL NOT NULL, \n\tstatus status NOT NULL, \n\tkind kind_enum, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tstatus ENUM('DRAFT','PUBLISHED') NOT NULL, \n\tkind ENUM('a','bb'), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: Enum with valuesCallable stores the values',
    build: () =>
      new CreateTable(
        Table(
          'posts',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('status', Enum(Status, { name: 'status', valuesCallable: (values) => values }), {
            nullable: false,
          }),
          Column('kind', Enum(['a', 'bb'], { name: 'kind_enum' })),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE posts (\n\tid SERIAL NOT NULL, \n\tstatus status NOT NULL, \n\tkind kind_enum, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tstatus ENUM('draft','published') NOT NULL, \n\tkind ENUM('a','bb'), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: Enum createConstraint: CHECK only where the enum is not native',
    build: () =>
      new CreateTable(
        Table(
          'posts',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('status', Enum(Status, { name: 'status', createConstraint: true }), { nullable: false }),
          Column('kind', Enum(['a', 'bb'], { name: 'kind_enum' })),
        ),
      ),
    expected: {
      default: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id), \n\tCONSTRAINT status CHECK (status IN ('DRAFT', 'PUBLISHED'))\n)\n\n",
      },
      postgresql: {
        sql: '\nCREATE TABLE posts (\n\tid SERIAL NOT NULL, \n\tstatus status NOT NULL, \n\tkind kind_enum, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tstatus ENUM('DRAFT','PUBLISHED') NOT NULL, \n\tkind ENUM('a','bb'), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id), \n\tCONSTRAINT status CHECK (status IN ('DRAFT', 'PUBLISHED'))\n)\n\n",
      },
    },
  },
  {
    name: 'ddl: Enum nativeEnum false with a length',
    build: () =>
      new CreateTable(
        Table(
          'posts',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('status', Enum(Status, { name: 'status', nativeEnum: false, length: 20 }), {
            nullable: false,
          }),
          Column('kind', Enum(['a', 'bb'], { name: 'kind_enum' })),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(20) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE posts (\n\tid SERIAL NOT NULL, \n\tstatus VARCHAR(20) NOT NULL, \n\tkind kind_enum, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: "\nCREATE TABLE posts (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tstatus VARCHAR(20) NOT NULL, \n\tkind ENUM('a','bb'), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(20) NOT NULL, \n\tkind VARCHAR(2), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: CREATE TYPE … AS ENUM',
    build: () => new CreateEnumType(Enum(Status, { name: 'status' })),
    expected: {
      default: { error: /can't render element of type CreateEnumType/ },
      postgresql: { sql: "CREATE TYPE status AS ENUM ('DRAFT', 'PUBLISHED')" },
      mysql: { error: /can't render element of type CreateEnumType/ },
      sqlite: { error: /can't render element of type CreateEnumType/ },
    },
  },
  {
    name: 'ddl: DROP TYPE',
    build: () => new DropEnumType(Enum(Status, { name: 'status' })),
    expected: {
      default: { error: /can't render element of type DropEnumType/ },
      postgresql: { sql: 'DROP TYPE status' },
      mysql: { error: /can't render element of type DropEnumType/ },
      sqlite: { error: /can't render element of type DropEnumType/ },
    },
  },
  {
    name: 'ddl: CREATE TYPE in a schema, quotes doubled',
    build: () => new CreateEnumType(Enum(['a', "b'c"], { name: 'e2', schema: 's1' })),
    expected: {
      postgresql: { sql: "CREATE TYPE s1.e2 AS ENUM ('a', 'b''c')" },
    },
  },
  {
    name: 'ddl: MySQL ON UPDATE default text and an unnamed Enum (a CompileError on PostgreSQL)',
    source: 'seed 004 "posts table"',
    build: () =>
      new CreateTable(
        Table(
          'p',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('updated_at', DateTime, {
            serverDefault: text('CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP'),
          }),
          Column('status', Enum(['draft', 'published']), { nullable: false, serverDefault: 'draft' }),
        ),
      ),
    expected: {
      default: {
        sql: "\nCREATE TABLE p (\n\tid INTEGER NOT NULL, \n\tupdated_at DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, \n\tstatus VARCHAR(9) DEFAULT 'draft' NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n",
      },
      postgresql: { error: /\(in table 'p', column 'status'\): PostgreSQL Enum type requires a name\./ },
      mysql: {
        sql: "\nCREATE TABLE p (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tupdated_at DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, \n\tstatus ENUM('draft','published') NOT NULL DEFAULT 'draft', \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: "\nCREATE TABLE p (\n\tid INTEGER NOT NULL, \n\tupdated_at DATETIME DEFAULT (CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP), \n\tstatus VARCHAR(9) DEFAULT 'draft' NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n",
      },
    },
  },
  {
    name: 'ddl: Boolean (BOOL on MySQL), no CHECK by default',
    build: () =>
      new CreateTable(
        Table(
          'b',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('flag', Boolean({ createConstraint: false })),
          Column('named', Boolean({ createConstraint: false, name: 'ck_named' })),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE b (\n\tid SERIAL NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tflag BOOL, \n\tnamed BOOL, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: Boolean createConstraint: CHECK (x IN (0, 1)) where booleans are not native',
    build: () =>
      new CreateTable(
        Table(
          'b',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('flag', Boolean({ createConstraint: true })),
          Column('named', Boolean({ createConstraint: true, name: 'ck_named' })),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE b (\n\tid SERIAL NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tflag BOOL, \n\tnamed BOOL, \n\tPRIMARY KEY (id), \n\tCHECK (flag IN (0, 1)), \n\tCONSTRAINT ck_named CHECK (named IN (0, 1))\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\tflag BOOLEAN, \n\tnamed BOOLEAN, \n\tPRIMARY KEY (id), \n\tCHECK (flag IN (0, 1)), \n\tCONSTRAINT ck_named CHECK (named IN (0, 1))\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: autoincrement BigInteger key: BIGSERIAL, AUTO_INCREMENT',
    build: () =>
      new CreateTable(
        Table('a', new MetaData(), Column('id', BigInteger, { primaryKey: true }), Column('x', Integer)),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\tid BIGINT NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\tid BIGSERIAL NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE a (\n\tid BIGINT NOT NULL AUTO_INCREMENT, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: { sql: '\nCREATE TABLE a (\n\tid BIGINT NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n' },
    },
  },
  {
    name: 'ddl: autoincrement SmallInteger key: SMALLSERIAL',
    build: () =>
      new CreateTable(
        Table('a', new MetaData(), Column('id', SmallInteger, { primaryKey: true }), Column('x', Integer)),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\tid SMALLINT NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\tid SMALLSERIAL NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE a (\n\tid SMALLINT NOT NULL AUTO_INCREMENT, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE a (\n\tid SMALLINT NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: autoincrement false',
    build: () =>
      new CreateTable(
        Table(
          'a',
          new MetaData(),
          Column('id', Integer, { primaryKey: true, autoincrement: false }),
          Column('x', Integer),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: { sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n' },
      sqlite: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: string primary key has no autoincrement',
    build: () =>
      new CreateTable(
        Table('a', new MetaData(), Column('id', String(20), { primaryKey: true }), Column('x', Integer)),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\tid VARCHAR(20) NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\tid VARCHAR(20) NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE a (\n\tid VARCHAR(20) NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE a (\n\tid VARCHAR(20) NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: sqliteAutoincrement: INTEGER PRIMARY KEY AUTOINCREMENT',
    build: () =>
      new CreateTable(
        Table('a', new MetaData(), Column('id', Integer, { primaryKey: true }), Column('x', Integer), {
          sqliteAutoincrement: true,
        }),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\tid SERIAL NOT NULL, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tx INTEGER, \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE a (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tx INTEGER\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: autoincrement: true on the second key column puts it first in the PRIMARY KEY',
    build: () =>
      new CreateTable(
        Table(
          'a',
          new MetaData(),
          Column('a', Integer, { primaryKey: true }),
          Column('b', Integer, { primaryKey: true, autoincrement: true }),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE a (\n\ta INTEGER NOT NULL, \n\tb INTEGER NOT NULL, \n\tPRIMARY KEY (b, a)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE a (\n\ta INTEGER NOT NULL, \n\tb SERIAL NOT NULL, \n\tPRIMARY KEY (b, a)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE a (\n\ta INTEGER NOT NULL, \n\tb INTEGER NOT NULL AUTO_INCREMENT, \n\tPRIMARY KEY (b, a)\n)\n\n',
      },
      sqlite: {
        error:
          /\(in table 'a', column 'b'\): SQLite does not support autoincrement for composite primary keys/,
      },
    },
  },
  {
    name: 'ddl: CREATE UNIQUE INDEX over two columns',
    build: () =>
      ((t) => new CreateIndex(Index('ix_multi', t.c.name, t.c.n, { unique: true })))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE UNIQUE INDEX ix_multi ON ix (name, n)' },
      postgresql: { sql: 'CREATE UNIQUE INDEX ix_multi ON ix (name, n)' },
      mysql: { sql: 'CREATE UNIQUE INDEX ix_multi ON ix (name, n)' },
      sqlite: { sql: 'CREATE UNIQUE INDEX ix_multi ON ix (name, n)' },
    },
  },
  {
    name: 'ddl: expression index (parenthesised on MySQL)',
    build: () =>
      ((t) => new CreateIndex(Index('ix_lower', func.lower(t.c.name))))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_lower ON ix (lower(name))' },
      postgresql: { sql: 'CREATE INDEX ix_lower ON ix (lower(name))' },
      mysql: { sql: 'CREATE INDEX ix_lower ON ix ((lower(name)))' },
      sqlite: { sql: 'CREATE INDEX ix_lower ON ix (lower(name))' },
    },
  },
  {
    name: 'ddl: PostgreSQL index options USING, INCLUDE, WHERE',
    build: () =>
      ((t) =>
        new CreateIndex(
          Index('ix_pg', t.c.name, {
            postgresqlUsing: 'gin',
            postgresqlWhere: t.c.n.gt(5),
            postgresqlInclude: ['n'],
          }),
        ))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_pg ON ix (name)' },
      postgresql: { sql: 'CREATE INDEX ix_pg ON ix USING gin (name) INCLUDE (n) WHERE n > 5' },
      mysql: { sql: 'CREATE INDEX ix_pg ON ix (name)' },
      sqlite: { sql: 'CREATE INDEX ix_pg ON ix (name)' },
    },
  },
  {
    name: 'ddl: MySQL prefix length for every column',
    build: () =>
      ((t) => new CreateIndex(Index('ix_my', t.c.name, { mysqlLength: 10 })))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_my ON ix (name)' },
      postgresql: { sql: 'CREATE INDEX ix_my ON ix (name)' },
      mysql: { sql: 'CREATE INDEX ix_my ON ix (name(10))' },
      sqlite: { sql: 'CREATE INDEX ix_my ON ix (name)' },
    },
  },
  {
    name: 'ddl: MySQL prefix length by column',
    build: () =>
      ((t) => new CreateIndex(Index('ix_my2', t.c.name, t.c.n, { mysqlLength: { name: 10 } })))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_my2 ON ix (name, n)' },
      postgresql: { sql: 'CREATE INDEX ix_my2 ON ix (name, n)' },
      mysql: { sql: 'CREATE INDEX ix_my2 ON ix (name(10), n)' },
      sqlite: { sql: 'CREATE INDEX ix_my2 ON ix (name, n)' },
    },
  },
  {
    name: 'ddl: SQLite partial index',
    build: () =>
      ((t) => new CreateIndex(Index('ix_sq', t.c.name, { sqliteWhere: t.c.n.gt(5) })))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_sq ON ix (name)' },
      postgresql: { sql: 'CREATE INDEX ix_sq ON ix (name)' },
      mysql: { sql: 'CREATE INDEX ix_sq ON ix (name)' },
      sqlite: { sql: 'CREATE INDEX ix_sq ON ix (name) WHERE n > 5' },
    },
  },
  {
    name: 'ddl: CREATE INDEX IF NOT EXISTS',
    build: () =>
      ((t) => new CreateIndex(Index('ix_ine', t.c.name), { ifNotExists: true }))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: 'CREATE INDEX IF NOT EXISTS ix_ine ON ix (name)' },
      postgresql: { sql: 'CREATE INDEX IF NOT EXISTS ix_ine ON ix (name)' },
      mysql: { sql: 'CREATE INDEX IF NOT EXISTS ix_ine ON ix (name)' },
      sqlite: { sql: 'CREATE INDEX IF NOT EXISTS ix_ine ON ix (name)' },
    },
  },
  {
    name: 'ddl: DROP INDEX (… ON table on MySQL)',
    build: () =>
      ((t) => new DropIndex(Index('ix_d', t.c.name)))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: '\nDROP INDEX ix_d' },
      postgresql: { sql: '\nDROP INDEX ix_d' },
      mysql: { sql: '\nDROP INDEX ix_d ON ix' },
      sqlite: { sql: '\nDROP INDEX ix_d' },
    },
  },
  {
    name: 'ddl: DROP INDEX IF EXISTS',
    build: () =>
      ((t) => new DropIndex(Index('ix_d', t.c.name), { ifExists: true }))(
        Table(
          'ix',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(50)),
          Column('data', JSON),
          Column('n', Integer),
        ),
      ),
    expected: {
      default: { sql: '\nDROP INDEX IF EXISTS ix_d' },
      postgresql: { sql: '\nDROP INDEX IF EXISTS ix_d' },
      mysql: { sql: '\nDROP INDEX IF EXISTS ix_d ON ix' },
      sqlite: { sql: '\nDROP INDEX IF EXISTS ix_d' },
    },
  },
  {
    name: 'ddl: table in a schema',
    build: () =>
      new CreateTable(
        Table(
          'st',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(20), { index: true }),
          { schema: 'myschema' },
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE myschema.st (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(20), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE myschema.st (\n\tid SERIAL NOT NULL, \n\tname VARCHAR(20), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE myschema.st (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tname VARCHAR(20), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE myschema.st (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(20), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: index of a table in a schema (SQLite names the index schema)',
    build: () =>
      new CreateIndex(
        Table(
          'st',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(20), { index: true }),
          { schema: 'myschema' },
        ).indexes[0] as Index,
      ),
    expected: {
      default: { sql: 'CREATE INDEX ix_myschema_st_name ON myschema.st (name)' },
      postgresql: { sql: 'CREATE INDEX ix_myschema_st_name ON myschema.st (name)' },
      mysql: { sql: 'CREATE INDEX ix_myschema_st_name ON myschema.st (name)' },
      sqlite: { sql: 'CREATE INDEX myschema.ix_myschema_st_name ON st (name)' },
    },
  },
  {
    name: 'ddl: DROP INDEX in a schema',
    build: () =>
      new DropIndex(
        Table(
          'st',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('name', String(20), { index: true }),
          { schema: 'myschema' },
        ).indexes[0] as Index,
      ),
    expected: {
      default: { sql: '\nDROP INDEX myschema.ix_myschema_st_name' },
      postgresql: { sql: '\nDROP INDEX myschema.ix_myschema_st_name' },
      mysql: { sql: '\nDROP INDEX ix_myschema_st_name ON myschema.st' },
      sqlite: { sql: '\nDROP INDEX myschema.ix_myschema_st_name' },
    },
  },
  {
    name: 'ddl: DROP TABLE',
    build: () => new DropTable(usersTable()),
    expected: {
      default: { sql: '\nDROP TABLE users' },
      postgresql: { sql: '\nDROP TABLE users' },
      mysql: { sql: '\nDROP TABLE users' },
      sqlite: { sql: '\nDROP TABLE users' },
    },
  },
  {
    name: 'ddl: DROP TABLE IF EXISTS',
    build: () => new DropTable(usersTable(), { ifExists: true }),
    expected: {
      default: { sql: '\nDROP TABLE IF EXISTS users' },
      postgresql: { sql: '\nDROP TABLE IF EXISTS users' },
      mysql: { sql: '\nDROP TABLE IF EXISTS users' },
      sqlite: { sql: '\nDROP TABLE IF EXISTS users' },
    },
  },
  {
    name: 'ddl: CREATE TABLE IF NOT EXISTS',
    build: () =>
      new CreateTable(
        Table('t', new MetaData(), Column('id', Integer, { primaryKey: true }), Column('name', String(30))),
        { ifNotExists: true },
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE IF NOT EXISTS t (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(30), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE IF NOT EXISTS t (\n\tid SERIAL NOT NULL, \n\tname VARCHAR(30), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE IF NOT EXISTS t (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tname VARCHAR(30), \n\tPRIMARY KEY (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE IF NOT EXISTS t (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(30), \n\tPRIMARY KEY (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: CREATE SCHEMA',
    build: () => new CreateSchema('s1'),
    expected: {
      default: { sql: 'CREATE SCHEMA s1' },
      postgresql: { sql: 'CREATE SCHEMA s1' },
      mysql: { sql: 'CREATE SCHEMA s1' },
      sqlite: { sql: 'CREATE SCHEMA s1' },
    },
  },
  {
    name: 'ddl: CREATE SCHEMA IF NOT EXISTS',
    build: () => new CreateSchema('s1', { ifNotExists: true }),
    expected: {
      default: { sql: 'CREATE SCHEMA IF NOT EXISTS s1' },
      postgresql: { sql: 'CREATE SCHEMA IF NOT EXISTS s1' },
      mysql: { sql: 'CREATE SCHEMA IF NOT EXISTS s1' },
      sqlite: { sql: 'CREATE SCHEMA IF NOT EXISTS s1' },
    },
  },
  {
    name: 'ddl: DROP SCHEMA … CASCADE',
    build: () => new DropSchema('s1', { cascade: true }),
    expected: {
      default: { sql: 'DROP SCHEMA s1 CASCADE' },
      postgresql: { sql: 'DROP SCHEMA s1 CASCADE' },
      mysql: { sql: 'DROP SCHEMA s1 CASCADE' },
      sqlite: { sql: 'DROP SCHEMA s1 CASCADE' },
    },
  },
  {
    name: 'ddl: table options per dialect: ENGINE=, PARTITION BY, WITHOUT ROWID',
    build: () =>
      new CreateTable(
        Table('o', new MetaData(), Column('id', Integer, { primaryKey: true }), {
          mysqlEngine: 'InnoDB',
          postgresqlPartitionBy: 'RANGE (id)',
          sqliteWithRowid: false,
        }),
      ),
    expected: {
      default: { sql: '\nCREATE TABLE o (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n' },
      postgresql: {
        sql: '\nCREATE TABLE o (\n\tid SERIAL NOT NULL, \n\tPRIMARY KEY (id)\n)\n PARTITION BY RANGE (id)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE o (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tPRIMARY KEY (id)\n)ENGINE=InnoDB\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE o (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n WITHOUT ROWID\n\n',
      },
    },
  },
  {
    name: 'ddl: MySQL table COMMENT= and CHARSET=',
    build: () =>
      new CreateTable(
        Table('o', new MetaData(), Column('id', Integer, { primaryKey: true }), {
          mysqlCharset: 'utf8mb4',
          comment: "o's",
        }),
      ),
    expected: {
      default: { sql: '\nCREATE TABLE o (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n' },
      postgresql: { sql: '\nCREATE TABLE o (\n\tid SERIAL NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n' },
      mysql: {
        sql: "\nCREATE TABLE o (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tPRIMARY KEY (id)\n)COMMENT='o''s' CHARSET=utf8mb4\n\n",
      },
      sqlite: { sql: '\nCREATE TABLE o (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n' },
    },
    deviation:
      'SQLAlchemy orders MySQL table options by Python set iteration (it varies between runs); Retort writes COMMENT first, then the options in declaration order (CHARSET before COLLATE).',
  },
  {
    name: 'ddl: quoting of reserved words and mixed case; constraints name columns by key',
    build: () =>
      new CreateTable(
        Table(
          'User',
          new MetaData(),
          Column('select', Integer, { primaryKey: true }),
          Column('Name', String(10), { key: 'name' }),
          Index('ix_User_Name', 'name'),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE "User" (\n\t"select" INTEGER NOT NULL, \n\t"Name" VARCHAR(10), \n\tPRIMARY KEY ("select")\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE "User" (\n\t"select" SERIAL NOT NULL, \n\t"Name" VARCHAR(10), \n\tPRIMARY KEY ("select")\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE `User` (\n\t`select` INTEGER NOT NULL AUTO_INCREMENT, \n\t`Name` VARCHAR(10), \n\tPRIMARY KEY (`select`)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE "User" (\n\t"select" INTEGER NOT NULL, \n\t"Name" VARCHAR(10), \n\tPRIMARY KEY ("select")\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: quoted index name',
    build: () =>
      new CreateIndex(
        Table(
          'User',
          new MetaData(),
          Column('select', Integer, { primaryKey: true }),
          Column('Name', String(10), { key: 'name' }),
          Index('ix_User_Name', 'name'),
        ).indexes[0] as Index,
      ),
    expected: {
      default: { sql: 'CREATE INDEX "ix_User_Name" ON "User" ("Name")' },
      postgresql: { sql: 'CREATE INDEX "ix_User_Name" ON "User" ("Name")' },
      mysql: { sql: 'CREATE INDEX `ix_User_Name` ON `User` (`Name`)' },
      sqlite: { sql: 'CREATE INDEX "ix_User_Name" ON "User" ("Name")' },
    },
  },
  {
    name: 'ddl: self-referencing foreign key',
    build: () =>
      new CreateTable(
        Table(
          'node',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('parent_id', Integer, ForeignKey('node.id')),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE node (\n\tid INTEGER NOT NULL, \n\tparent_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES node (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE node (\n\tid SERIAL NOT NULL, \n\tparent_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES node (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE node (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tparent_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES node (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE node (\n\tid INTEGER NOT NULL, \n\tparent_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(parent_id) REFERENCES node (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: a column typed by its foreign key target, in the primary key',
    build: () =>
      (() => {
        const m = new MetaData();
        Table('a', m, Column('id', Integer, { primaryKey: true }));
        return new CreateTable(
          Table(
            'b',
            m,
            Column('id', Integer, { primaryKey: true }),
            Column('a_id', ForeignKey('a.id'), { primaryKey: true }),
          ),
        );
      })(),
    expected: {
      default: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\ta_id INTEGER NOT NULL, \n\tPRIMARY KEY (id, a_id), \n\tFOREIGN KEY(a_id) REFERENCES a (id)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\ta_id INTEGER NOT NULL, \n\tPRIMARY KEY (id, a_id), \n\tFOREIGN KEY(a_id) REFERENCES a (id)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\ta_id INTEGER NOT NULL, \n\tPRIMARY KEY (id, a_id), \n\tFOREIGN KEY(a_id) REFERENCES a (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE b (\n\tid INTEGER NOT NULL, \n\ta_id INTEGER NOT NULL, \n\tPRIMARY KEY (id, a_id), \n\tFOREIGN KEY(a_id) REFERENCES a (id)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: column-level CHECK constraints follow the column',
    source: 'seed 004 "CheckConstraint"',
    build: () =>
      new CreateTable(
        Table(
          't',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          Column('status', String(10), CheckConstraint("status IN ('a', 'b')")),
          Column('code', String(10), CheckConstraint('length(code) > 0', { name: 'named' })),
        ),
      ),
    expected: {
      default: {
        sql: "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(10) CHECK (status IN ('a', 'b')), \n\tcode VARCHAR(10) CONSTRAINT named CHECK (length(code) > 0), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      postgresql: {
        sql: "\nCREATE TABLE t (\n\tid SERIAL NOT NULL, \n\tstatus VARCHAR(10) CHECK (status IN ('a', 'b')), \n\tcode VARCHAR(10) CONSTRAINT named CHECK (length(code) > 0), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      mysql: {
        sql: "\nCREATE TABLE t (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tstatus VARCHAR(10) CHECK (status IN ('a', 'b')), \n\tcode VARCHAR(10) CONSTRAINT named CHECK (length(code) > 0), \n\tPRIMARY KEY (id)\n)\n\n",
      },
      sqlite: {
        sql: "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tstatus VARCHAR(10) CHECK (status IN ('a', 'b')), \n\tcode VARCHAR(10) CONSTRAINT named CHECK (length(code) > 0), \n\tPRIMARY KEY (id)\n)\n\n",
      },
    },
  },
  {
    name: 'ddl: naming convention (SQLAlchemy docs example), foreign key to a table defined later',
    source: 'SQLAlchemy docs: Configuring Constraint Naming Conventions',
    build: () =>
      (() => {
        const m = new MetaData({
          namingConvention: {
            ix: 'ix_%(column_0_label)s',
            uq: 'uq_%(table_name)s_%(column_0_N_name)s',
            ck: 'ck_%(table_name)s_%(constraint_name)s',
            fk: 'fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s',
            pk: 'pk_%(table_name)s',
          },
        });
        const child = Table(
          'child',
          m,
          Column('id', Integer, { primaryKey: true }),
          Column('pid', Integer, ForeignKey('parent.id')),
          Column('a', Integer, { unique: true }),
          Column('b', Integer),
          CheckConstraint('a > 0', { name: 'apos' }),
          UniqueConstraint('a', 'b'),
        );
        Table('parent', m, Column('id', Integer, { primaryKey: true }));
        return new CreateTable(child);
      })(),
    expected: {
      default: {
        sql: '\nCREATE TABLE child (\n\tid INTEGER NOT NULL, \n\tpid INTEGER, \n\ta INTEGER, \n\tb INTEGER, \n\tCONSTRAINT pk_child PRIMARY KEY (id), \n\tCONSTRAINT ck_child_apos CHECK (a > 0), \n\tCONSTRAINT uq_child_a_b UNIQUE (a, b), \n\tCONSTRAINT fk_child_pid_parent FOREIGN KEY(pid) REFERENCES parent (id), \n\tCONSTRAINT uq_child_a UNIQUE (a)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE child (\n\tid SERIAL NOT NULL, \n\tpid INTEGER, \n\ta INTEGER, \n\tb INTEGER, \n\tCONSTRAINT pk_child PRIMARY KEY (id), \n\tCONSTRAINT ck_child_apos CHECK (a > 0), \n\tCONSTRAINT uq_child_a_b UNIQUE (a, b), \n\tCONSTRAINT fk_child_pid_parent FOREIGN KEY(pid) REFERENCES parent (id), \n\tCONSTRAINT uq_child_a UNIQUE (a)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE child (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tpid INTEGER, \n\ta INTEGER, \n\tb INTEGER, \n\tCONSTRAINT pk_child PRIMARY KEY (id), \n\tCONSTRAINT ck_child_apos CHECK (a > 0), \n\tCONSTRAINT uq_child_a_b UNIQUE (a, b), \n\tCONSTRAINT fk_child_pid_parent FOREIGN KEY(pid) REFERENCES parent (id), \n\tCONSTRAINT uq_child_a UNIQUE (a)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE child (\n\tid INTEGER NOT NULL, \n\tpid INTEGER, \n\ta INTEGER, \n\tb INTEGER, \n\tCONSTRAINT pk_child PRIMARY KEY (id), \n\tCONSTRAINT ck_child_apos CHECK (a > 0), \n\tCONSTRAINT uq_child_a_b UNIQUE (a, b), \n\tCONSTRAINT fk_child_pid_parent FOREIGN KEY(pid) REFERENCES parent (id), \n\tCONSTRAINT uq_child_a UNIQUE (a)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: convention names longer than the identifier limit are cut with a hash suffix',
    build: () =>
      new CreateTable(
        Table(
          'tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt',
          new MetaData({
            namingConvention: {
              pk: 'pk_%(table_name)s',
              uq: 'uq_%(table_name)s_%(column_0_name)s',
              ix: 'ix_%(table_name)s_%(column_0_name)s',
            },
          }),
          Column('id', Integer, { primaryKey: true }),
          Column('x', Integer, { unique: true, index: true }),
          Column('y', Integer, { unique: true }),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\ty INTEGER, \n\tCONSTRAINT pk_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt PRIMARY KEY (id), \n\tCONSTRAINT uq_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_y UNIQUE (y)\n)\n\n',
      },
      postgresql: {
        sql: '\nCREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (\n\tid SERIAL NOT NULL, \n\tx INTEGER, \n\ty INTEGER, \n\tCONSTRAINT pk_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt PRIMARY KEY (id), \n\tCONSTRAINT uq_tttttttttttttttttttttttttttttttttttttttttttttttttttt_8565 UNIQUE (y)\n)\n\n',
      },
      mysql: {
        sql: '\nCREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tx INTEGER, \n\ty INTEGER, \n\tCONSTRAINT pk_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt PRIMARY KEY (id), \n\tCONSTRAINT uq_ttttttttttttttttttttttttttttttttttttttttttttttttttttt_8565 UNIQUE (y)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\ty INTEGER, \n\tCONSTRAINT pk_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt PRIMARY KEY (id), \n\tCONSTRAINT uq_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_y UNIQUE (y)\n)\n\n',
      },
    },
  },
  {
    name: 'ddl: long convention index name is cut too',
    build: () =>
      new CreateIndex(
        Table(
          'tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt',
          new MetaData({
            namingConvention: {
              pk: 'pk_%(table_name)s',
              uq: 'uq_%(table_name)s_%(column_0_name)s',
              ix: 'ix_%(table_name)s_%(column_0_name)s',
            },
          }),
          Column('id', Integer, { primaryKey: true }),
          Column('x', Integer, { unique: true, index: true }),
          Column('y', Integer, { unique: true }),
        ).indexes[0] as Index,
      ),
    expected: {
      default: {
        sql: 'CREATE UNIQUE INDEX ix_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_x ON tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (x)',
      },
      postgresql: {
        sql: 'CREATE UNIQUE INDEX ix_tttttttttttttttttttttttttttttttttttttttttttttttttttt_251c ON tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (x)',
      },
      mysql: {
        sql: 'CREATE UNIQUE INDEX ix_ttttttttttttttttttttttttttttttttttttttttttttttttttttt_251c ON tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (x)',
      },
      sqlite: {
        sql: 'CREATE UNIQUE INDEX ix_tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt_x ON tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (x)',
      },
    },
  },
  {
    name: 'ddl: a user-given name longer than the identifier limit is an IdentifierError',
    build: () =>
      new CreateTable(
        Table(
          't2',
          new MetaData(),
          Column('id', Integer, { primaryKey: true }),
          UniqueConstraint('id', {
            name: 'uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu',
          }),
        ),
      ),
    expected: {
      default: {
        sql: '\nCREATE TABLE t2 (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu UNIQUE (id)\n)\n\n',
      },
      postgresql: {
        error:
          /Identifier 'uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu' exceeds maximum length of 63 characters/,
      },
      mysql: {
        sql: '\nCREATE TABLE t2 (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu UNIQUE (id)\n)\n\n',
      },
      sqlite: {
        sql: '\nCREATE TABLE t2 (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tCONSTRAINT uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu UNIQUE (id)\n)\n\n',
      },
    },
  },
];
