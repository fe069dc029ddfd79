// What the Session's tests share: engines with captured echo (connect-time queries drained),
// the dialect's spelling of placeholders, booleans and RETURNING, and table setup per file.
import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { delete_, type Engine, type EngineOptions, type MetaData } from '@retort/core';
import { type EchoCapture, engineFactory, type SuiteDatabase, sqlFor } from '@retort/testing';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface EchoEngine {
  readonly engine: Engine;
  readonly echo: EchoCapture;
}

/**
 * Engines for a test, with echo captured from their first statement on. The tables of
 * `metadata` exist for the whole file and are emptied before each test.
 */
export function ormDatabase(
  db: SuiteDatabase,
  metadata: MetaData,
): { engine(options?: EngineOptions): Promise<EchoEngine> } {
  const make = engineFactory(db);
  let admin: Engine | undefined;
  beforeAll(async () => {
    admin = make({ echo: false }).engine;
    await metadata.createAll(admin);
  });
  beforeEach(async () => {
    const engine = admin as Engine;
    const tables = [...metadata.sortedTables].reverse();
    await engine.begin(async (conn) => {
      if (db.dialect === 'pg') {
        await conn.execDriverSql(`TRUNCATE ${tables.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`);
      } else if (db.dialect === 'mysql') {
        await conn.execDriverSql('SET FOREIGN_KEY_CHECKS = 0');
        for (const table of tables) await conn.execDriverSql(`TRUNCATE TABLE ${table.name}`);
        await conn.execDriverSql('SET FOREIGN_KEY_CHECKS = 1');
      } else {
        for (const table of tables) await conn.execute(delete_(table));
      }
    });
  });
  afterAll(async () => {
    await admin?.dispose();
  });
  return {
    async engine(options: EngineOptions = {}) {
      const { engine, echo } = make(options);
      const conn = await engine.connect();
      await conn.close();
      echo.clear();
      return { engine, echo };
    },
  };
}

/** SQL written with `?` in the dialect's placeholders. */
export function q(db: SuiteDatabase, sql: string): string {
  return sqlFor(db.dialect, sql);
}

/** How echo shows a boolean parameter: PostgreSQL's True, the 1/0 of MySQL and SQLite. */
export function bool(db: SuiteDatabase, value: boolean): string {
  if (db.dialect === 'pg') return value ? 'True' : 'False';
  return value ? '1' : '0';
}

/** A RETURNING list: table-qualified except on SQLite (`RETURNING users.id` / `RETURNING id`). */
export function returning(db: SuiteDatabase, table: string, columns: string): string {
  if (db.dialect === 'sqlite') return columns;
  return columns
    .split(', ')
    .map((c) => `${table}.${c}`)
    .join(', ');
}
