// Reflection against a real MariaDB database; expectations recorded from SQLAlchemy 2.0.52's
// Inspector on the same schema (keys in camelCase, types as Retort types).
import {
  createEngine,
  type DialectConnection,
  type Engine,
  EnumType,
  type Introspector,
  NoSuchTableError,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import './mysql-registration';

const SCHEMA = [
  `CREATE TABLE parent (
  id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(10) NOT NULL,
  region CHAR(2),
  CONSTRAINT uq_parent_code UNIQUE (code)
) COMMENT 'the parents'`,
  `CREATE TABLE child (
  id BIGINT NOT NULL AUTO_INCREMENT,
  pid INTEGER NOT NULL,
  pcode VARCHAR(10),
  note TEXT COMMENT 'free text',
  amount NUMERIC(10, 2) DEFAULT 0,
  ratio DOUBLE,
  r4 FLOAT,
  small SMALLINT,
  flag BOOLEAN DEFAULT false NOT NULL,
  created DATETIME DEFAULT CURRENT_TIMESTAMP,
  created6 DATETIME(6),
  ts TIMESTAMP NULL,
  day DATE,
  tod TIME,
  data JSON,
  raw BLOB,
  vb VARBINARY(16),
  feeling ENUM('sad','ok','happy'),
  big_u INTEGER UNSIGNED,
  tiny TINYINT,
  dec_ DECIMAL(5, 0),
  label VARCHAR(20) DEFAULT 'it''s',
  doubled INTEGER AS (small * 2) STORED,
  CONSTRAINT pk_child PRIMARY KEY (id),
  CONSTRAINT fk_child_parent FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_child_code FOREIGN KEY (pcode) REFERENCES parent (code),
  CONSTRAINT ck_child_amount CHECK (amount >= 0)
)`,
  'CREATE INDEX ix_child_note ON child (note(20))',
  'CREATE UNIQUE INDEX ix_child_pid_small ON child (pid, small DESC)',
  'CREATE VIEW child_view AS SELECT id, note FROM child',
  'CREATE SEQUENCE refl_seq',
];

describeDialects(
  'mysql introspector',
  (db) => {
    let engine: Engine;
    beforeAll(async () => {
      engine = createEngine(db.url);
      await using conn = await engine.connect();
      for (const statement of SCHEMA) await conn.execDriverSql(statement);
      await conn.commit();
    });
    afterAll(async () => {
      await engine.dispose();
    });

    async function inspect<T>(run: (i: Introspector) => Promise<T>): Promise<T> {
      await using conn = await engine.connect();
      return await run(conn.dialect.introspector(conn as unknown as DialectConnection));
    }

    it('lists schemas, tables, views, and the view definition', async () => {
      await inspect(async (i) => {
        expect(await i.getDefaultSchemaName()).toBe(db.name);
        expect(await i.getSchemaNames()).toEqual(
          expect.arrayContaining([db.name, 'information_schema', 'mysql']),
        );
        expect(await i.getTableNames()).toEqual(['child', 'parent']);
        expect(await i.getViewNames()).toEqual(['child_view']);
        expect(await i.getViewDefinition('child_view')).toMatch(
          /^CREATE ALGORITHM=UNDEFINED DEFINER=`[^`]+`@`[^`]+` SQL SECURITY DEFINER VIEW `child_view` AS select `child`\.`id` AS `id`,`child`\.`note` AS `note` from `child`$/,
        );
      });
    });

    it('reflects columns: types, nullability, defaults, autoincrement, computed, comments', async () => {
      const columns = await inspect((i) => i.getColumns('child'));
      expect(
        columns.map((c) => [c.name, engine.dialect.typeDDL(c.type), c.nullable, c.default, c.autoincrement]),
      ).toEqual([
        ['id', 'BIGINT', false, null, true],
        ['pid', 'INTEGER', false, null, false],
        ['pcode', 'VARCHAR(10)', true, null, undefined],
        ['note', 'TEXT', true, null, undefined],
        ['amount', 'DECIMAL(10, 2)', true, '0.00', undefined],
        ['ratio', 'DOUBLE', true, null, undefined],
        ['r4', 'FLOAT', true, null, undefined],
        ['small', 'SMALLINT', true, null, false],
        ['flag', 'TINYINT(1)', false, '0', false],
        ['created', 'DATETIME', true, 'current_timestamp()', undefined],
        ['created6', 'DATETIME(6)', true, null, undefined],
        ['ts', 'TIMESTAMP', true, null, undefined],
        ['day', 'DATE', true, null, undefined],
        ['tod', 'TIME', true, null, undefined],
        ['data', 'JSON', true, null, undefined],
        ['raw', 'BLOB', true, null, undefined],
        ['vb', 'VARBINARY(16)', true, null, undefined],
        ['feeling', "ENUM('sad','ok','happy')", true, null, undefined],
        ['big_u', 'INTEGER', true, null, false],
        ['tiny', 'TINYINT(4)', true, null, false],
        ['dec_', 'DECIMAL(5, 0)', true, null, undefined],
        ['label', 'VARCHAR(20)', true, "'it''s'", undefined],
        ['doubled', 'INTEGER', true, null, false],
      ]);
      expect(columns[3]?.comment).toBe('free text');
      expect(columns[0]?.comment).toBeNull();
      expect(columns[22]?.computed).toEqual({ sqltext: '`small` * 2', persisted: true });
      const feeling = columns[17]?.type;
      expect(feeling).toBeInstanceOf(EnumType);
      expect((feeling as EnumType).values).toEqual(['sad', 'ok', 'happy']);
    });

    it('reflects the primary key (unnamed, as MySQL calls every one PRIMARY) and foreign keys', async () => {
      await inspect(async (i) => {
        expect(await i.getPkConstraint('child')).toEqual({ constrainedColumns: ['id'], name: null });
        expect(await i.getForeignKeys('child')).toEqual([
          {
            name: 'fk_child_code',
            constrainedColumns: ['pcode'],
            referredSchema: null,
            referredTable: 'parent',
            referredColumns: ['code'],
            options: {},
          },
          {
            name: 'fk_child_parent',
            constrainedColumns: ['pid'],
            referredSchema: null,
            referredTable: 'parent',
            referredColumns: ['id'],
            options: { onupdate: 'CASCADE', ondelete: 'CASCADE' },
          },
        ]);
        expect((await i.getForeignKeys('child', db.name)).map((fk) => fk.referredSchema)).toEqual([
          db.name,
          db.name,
        ]);
      });
    });

    it('reflects indexes (prefix lengths, descending parts) and unique indexes as unique constraints', async () => {
      await inspect(async (i) => {
        expect(await i.getIndexes('child')).toEqual([
          { name: 'fk_child_code', columnNames: ['pcode'], unique: false },
          {
            name: 'ix_child_note',
            columnNames: ['note'],
            unique: false,
            dialectOptions: { mysql_length: { note: 20 } },
          },
          {
            name: 'ix_child_pid_small',
            columnNames: ['pid', 'small'],
            unique: true,
            duplicatesConstraint: 'ix_child_pid_small',
            columnSorting: { small: ['desc'] },
          },
        ]);
        expect(await i.getUniqueConstraints('parent')).toEqual([
          { name: 'uq_parent_code', columnNames: ['code'], duplicatesIndex: 'uq_parent_code' },
        ]);
      });
    });

    it('reflects table-level CHECK constraints (not MariaDB JSON checks) and table comments', async () => {
      await inspect(async (i) => {
        expect(await i.getCheckConstraints('child')).toEqual([
          { name: 'ck_child_amount', sqltext: '`amount` >= 0' },
        ]);
        expect(await i.getTableComment('parent')).toEqual({ text: 'the parents' });
        expect(await i.getTableComment('child')).toEqual({ text: null });
      });
    });

    it('answers has-table, has-index, has-sequence and has-type', async () => {
      await inspect(async (i) => {
        expect(await i.hasTable('child')).toBe(true);
        expect(await i.hasTable('child_view')).toBe(true);
        expect(await i.hasTable('nosuch')).toBe(false);
        expect(await i.hasTable('child', 'no_such_database')).toBe(false);
        expect(await i.hasIndex('child', 'ix_child_note')).toBe(true);
        expect(await i.hasIndex('child', 'nope')).toBe(false);
        expect(await i.hasSequence('refl_seq')).toBe(true);
        expect(await i.hasSequence('nope')).toBe(false);
        expect(await i.hasType('anything')).toBe(false);
      });
    });

    it('runs has-table as SQLAlchemy does: DESCRIBE as raw SQL', async () => {
      const lines: string[] = [];
      const echoing = createEngine(db.url, {
        echo: true,
        logger: (_level, _name, message) => {
          lines.push(message);
        },
      });
      try {
        await using conn = await echoing.connect();
        lines.length = 0;
        await conn.dialect.introspector(conn as unknown as DialectConnection).hasTable('user_account');
      } finally {
        await echoing.dispose();
      }
      expect(lines.slice(1, 3)).toEqual([`DESCRIBE \`${db.name}\`.\`user_account\``, '[raw sql] ()']);
    });

    it('raises NoSuchTableError for a table that is not there', async () => {
      await inspect(async (i) => {
        await expect(i.getColumns('nosuch')).rejects.toThrow(NoSuchTableError);
        await expect(i.getIndexes('nosuch', 'other')).rejects.toThrow('other.nosuch');
      });
    });
  },
  { dialects: ['mysql'] },
);
