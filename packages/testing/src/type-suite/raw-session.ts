// A raw driver connection with a dialect's compilers and type processors, without the engine:
// the type round-trip tests run DDL, insert through the bind processors and read back through the
// result processors exactly as the engine does, and can also look at the stored raw values.
import {
  type ClauseElement,
  type DDLElement,
  type Dialect,
  type DriverConnection,
  insert,
  makeUrl,
  type Table,
} from '@retort/core';

export interface RawSession {
  readonly dialect: Dialect;
  readonly connection: DriverConnection;
  /** Executes DDL elements in order. */
  ddl(elements: readonly DDLElement[]): Promise<void>;
  /** Inserts each row with `insert(table).values(row)`; values pass the bind processors. */
  insert(table: Table, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void>;
  /** Runs a SELECT and returns its rows through the result processors of its columns. */
  select(statement: ClauseElement): Promise<unknown[][]>;
  /** The driver's own values for SQL text (what the database stored, in the driver's raw forms). */
  raw(sql: string): Promise<unknown[][]>;
  close(): Promise<void>;
}

/** Opens a raw connection to `url` with the dialect's driver adapter (the raw-forms contract). */
export async function openRawSession(dialect: Dialect, url: string): Promise<RawSession> {
  const lifecycle = dialect.createConnectionLifecycle(makeUrl(url), { connectArgs: {}, connectTimeout: 10 });
  const connection = await lifecycle.create();
  return {
    dialect,
    connection,
    async ddl(elements) {
      for (const element of elements) await connection.execute(dialect.compile(element).sql, []);
    },
    async insert(table, rows) {
      for (const row of rows) {
        const { sql, params } = dialect
          .compile(insert(table).values(row))
          .executionParams(undefined, undefined);
        await connection.execute(sql, params);
      }
    },
    async select(statement) {
      const compiled = dialect.compile(statement);
      const { sql, params } = compiled.executionParams(undefined, undefined);
      const types = compiled.resultColumns.map((c) => c.type);
      const safeIntegers = types.some((t) => t.forDialect(dialect).affinity === 'biginteger');
      const result = await connection.execute(sql, params, { returnsRows: true, safeIntegers });
      const processors = types.map((t) => dialect.resultProcessor(t));
      const evaluatesNone = types.map((t) => t.forDialect(dialect).evaluatesNone);
      return result.rows.map((row) =>
        row.map((value, i) => {
          const processor = processors[i];
          if (!processor || ((value === null || value === undefined) && !evaluatesNone[i]))
            return value ?? null;
          return processor(value ?? null);
        }),
      );
    },
    async raw(sql) {
      const result = await connection.execute(sql, [], { returnsRows: true, safeIntegers: true });
      return result.rows.map((row) => [...row]);
    },
    async close() {
      await lifecycle.close(connection);
    },
  };
}
