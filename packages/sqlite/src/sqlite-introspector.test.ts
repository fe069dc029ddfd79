// Reflection against a real SQLite database; expectations recorded from SQLAlchemy 2.0.52's
// Inspector on the same schema (keys in camelCase, types as Retort types).
import {
  createEngine,
  type DialectConnection,
  type Engine,
  type Introspector,
  NoSuchTableError,
  NullType,
} from '@retort/core';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLiteDialect } from './sqlite-dialect';
import { sqliteTypeFromDeclared } from './sqlite-introspector';
import './sqlite-registration';

const SCHEMA = [
  `CREATE TABLE parent (
  id INTEGER NOT NULL PRIMARY KEY,
  code VARCHAR(10) NOT NULL,
  region CHAR(2),
  CONSTRAINT uq_parent_code UNIQUE (code)
)`,
  `CREATE TABLE child (
  id BIGINT NOT NULL,
  pid INTEGER NOT NULL,
  pcode VARCHAR(10),
  note TEXT DEFAULT 'none',
  amount NUMERIC(10, 2) DEFAULT 0,
  ratio DOUBLE,
  r4 FLOAT,
  small SMALLINT,
  flag BOOLEAN DEFAULT false NOT NULL,
  created DATETIME DEFAULT CURRENT_TIMESTAMP,
  data JSON,
  raw BLOB,
  vb VARBINARY(16),
  doubled INTEGER GENERATED ALWAYS AS (small * (2 + pid)) STORED,
  CONSTRAINT pk_child PRIMARY KEY (id),
  CONSTRAINT fk_child_parent FOREIGN KEY (pid) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT fk_child_code FOREIGN KEY (pcode) REFERENCES parent (code),
  CONSTRAINT ck_child_amount CHECK (amount >= 0),
  CHECK (small > (0))
)`,
  'CREATE INDEX ix_child_note ON child (note)',
  'CREATE UNIQUE INDEX ix_child_pid_small ON child (pid, small DESC)',
  'CREATE INDEX ix_child_partial ON child (pcode) WHERE small > 0',
  'CREATE INDEX ix_child_expr ON child (lower(note))',
  'CREATE VIEW child_view AS SELECT id, note FROM child',
  'CREATE TABLE unnamed (a INTEGER REFERENCES parent, b INTEGER UNIQUE)',
];

describe('sqliteTypeFromDeclared', () => {
  it('maps declared names as SQLAlchemy does, then falls back to SQLite affinity', () => {
    const cases: [string, string][] = [
      ['VARCHAR(10)', 'VARCHAR(10)'],
      ['INTEGER', 'INTEGER'],
      ['UNSIGNED BIG INT', 'INTEGER'],
      ['NATIVE CHARACTER(70)', 'TEXT'],
      ['CLOB', 'TEXT'],
      ['DOUBLE PRECISION', 'REAL'],
      ['VARBINARY(16)', 'NUMERIC(16)'],
      ['numeric(10, 2)', 'NUMERIC(10, 2)'],
      ['BOOLEAN', 'BOOLEAN'],
    ];
    const dialect = new SQLiteDialect();
    expect(cases.map(([declared]) => [declared, dialect.typeDDL(sqliteTypeFromDeclared(declared))])).toEqual(
      cases,
    );
    // No declared type: SQLite's BLOB affinity, which has no DDL name of its own.
    expect(sqliteTypeFromDeclared('')).toBeInstanceOf(NullType);
  });
});

describeDialects(
  'sqlite introspector',
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
        expect(await i.getDefaultSchemaName()).toBe('main');
        expect(await i.getSchemaNames()).toEqual(['main']);
        expect(await i.getTableNames()).toEqual(['child', 'parent', 'unnamed']);
        expect(await i.getViewNames()).toEqual(['child_view']);
        expect(await i.getViewDefinition('child_view')).toBe(
          'CREATE VIEW child_view AS SELECT id, note FROM child',
        );
      });
    });

    it('reflects columns with declared types, defaults, the rowid alias and generated columns', async () => {
      const columns = await inspect((i) => i.getColumns('child'));
      expect(columns.map((c) => [c.name, engine.dialect.typeDDL(c.type), c.nullable, c.default])).toEqual([
        ['id', 'BIGINT', false, null],
        ['pid', 'INTEGER', false, null],
        ['pcode', 'VARCHAR(10)', true, null],
        ['note', 'TEXT', true, "'none'"],
        ['amount', 'NUMERIC(10, 2)', true, '0'],
        ['ratio', 'DOUBLE', true, null],
        ['r4', 'FLOAT', true, null],
        ['small', 'SMALLINT', true, null],
        ['flag', 'BOOLEAN', false, 'false'],
        ['created', 'DATETIME', true, 'CURRENT_TIMESTAMP'],
        ['data', 'JSON', true, null],
        ['raw', 'BLOB', true, null],
        ['vb', 'NUMERIC(16)', true, null],
        ['doubled', 'INTEGER', true, null],
      ]);
      expect(columns[13]?.computed).toEqual({ sqltext: 'small * (2 + pid)', persisted: true });
      expect(columns[0]?.autoincrement).toBe(false);
      expect((await inspect((i) => i.getColumns('parent')))[0]).toMatchObject({
        name: 'id',
        autoincrement: true,
      });
    });

    it('reflects primary keys and foreign keys, naming them from the CREATE TABLE text', async () => {
      await inspect(async (i) => {
        expect(await i.getPkConstraint('child')).toEqual({ constrainedColumns: ['id'], name: 'pk_child' });
        expect(await i.getPkConstraint('parent')).toEqual({ constrainedColumns: ['id'], name: null });
        expect(await i.getForeignKeys('child')).toEqual([
          {
            name: 'fk_child_parent',
            constrainedColumns: ['pid'],
            referredSchema: null,
            referredTable: 'parent',
            referredColumns: ['id'],
            options: { ondelete: 'CASCADE', onupdate: 'CASCADE' },
          },
          {
            name: 'fk_child_code',
            constrainedColumns: ['pcode'],
            referredSchema: null,
            referredTable: 'parent',
            referredColumns: ['code'],
            options: {},
          },
        ]);
        expect(await i.getForeignKeys('unnamed')).toEqual([
          {
            name: null,
            constrainedColumns: ['a'],
            referredSchema: null,
            referredTable: 'parent',
            referredColumns: ['id'],
            options: {},
          },
        ]);
      });
    });

    it('reflects CREATE INDEX indexes (not automatic or expression ones) and UNIQUE constraints', async () => {
      await inspect(async (i) => {
        expect(await i.getIndexes('child')).toEqual([
          { name: 'ix_child_note', columnNames: ['note'], unique: false },
          {
            name: 'ix_child_partial',
            columnNames: ['pcode'],
            unique: false,
            dialectOptions: { sqlite_where: 'small > 0' },
          },
          {
            name: 'ix_child_pid_small',
            columnNames: ['pid', 'small'],
            unique: true,
            columnSorting: { small: ['desc'] },
          },
        ]);
        expect(await i.getIndexes('parent')).toEqual([]);
        expect(await i.getUniqueConstraints('parent')).toEqual([
          { name: 'uq_parent_code', columnNames: ['code'] },
        ]);
        expect(await i.getUniqueConstraints('unnamed')).toEqual([{ name: null, columnNames: ['b'] }]);
        expect(await i.getUniqueConstraints('child')).toEqual([]);
      });
    });

    it('reflects CHECK constraints from the CREATE TABLE text; there are no table comments', async () => {
      await inspect(async (i) => {
        expect(await i.getCheckConstraints('child')).toEqual([
          { name: 'ck_child_amount', sqltext: 'amount >= 0' },
          { name: null, sqltext: 'small > (0)' },
        ]);
        expect(await i.getTableComment('child')).toEqual({ text: null });
      });
    });

    it('answers has-table, has-index, has-sequence and has-type', async () => {
      await inspect(async (i) => {
        expect(await i.hasTable('child')).toBe(true);
        expect(await i.hasTable('child_view')).toBe(true);
        expect(await i.hasTable('nosuch')).toBe(false);
        expect(await i.hasIndex('child', 'ix_child_note')).toBe(true);
        expect(await i.hasIndex('child', 'nope')).toBe(false);
        expect(await i.hasSequence('anything')).toBe(false);
        expect(await i.hasType('anything')).toBe(false);
      });
    });

    it('runs has-table as SQLAlchemy does: PRAGMA main.table_info, then temp', async () => {
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
        const i = conn.dialect.introspector(conn as unknown as DialectConnection);
        await i.hasTable('user_account');
        await i.hasTable('parent');
      } finally {
        await echoing.dispose();
      }
      expect(lines.slice(1, 7)).toEqual([
        'PRAGMA main.table_info("user_account")',
        '[raw sql] ()',
        'PRAGMA temp.table_info("user_account")',
        '[raw sql] ()',
        'PRAGMA main.table_info("parent")',
        '[raw sql] ()',
      ]);
    });

    it('raises NoSuchTableError for a table that is not there', async () => {
      await inspect(async (i) => {
        await expect(i.getColumns('nosuch')).rejects.toThrow(NoSuchTableError);
        await expect(i.getForeignKeys('nosuch')).rejects.toThrow(NoSuchTableError);
      });
    });
  },
  { dialects: ['sqlite'] },
);
