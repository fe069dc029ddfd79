// metadata.createAll(bind) / dropAll(bind) (SQLAlchemy's create_all/drop_all): checkfirst looks
// each table up through the dialect's introspector (the echo-visible has-table queries of
// ECHO.md §5), then runs ddl-plan.ts's statements in one transaction: `engine.begin()` for an
// Engine, the Connection's own transaction for a Connection. Called by MetaData.
import {
  type Connection,
  CreateEnumType,
  type DDLElement,
  type DDLPlanOptions,
  DropEnumType,
  Engine,
  type MetaData,
  planCreateAll,
  planDropAll,
  type Table,
} from '../internal';

export interface CreateAllOptions {
  /** Skip tables that exist already (createAll) or do not exist (dropAll); default true. */
  readonly checkfirst?: boolean;
  /** Only these tables. */
  readonly tables?: readonly Table[];
}

/** Runs `fn` on a connection of `bind`: a new one in a committed transaction for an Engine. */
export async function withBind<T>(
  bind: Engine | Connection,
  fn: (conn: Connection) => Promise<T>,
): Promise<T> {
  if (bind instanceof Engine) return bind.begin((conn) => fn(conn));
  return fn(bind);
}

function tableKey(name: string, schema: string | undefined): string {
  return `${schema ?? ''}\u0000${name}`;
}

/** The tables (of `tables`) that exist, asked in definition order. */
async function existingTables(conn: Connection, tables: readonly Table[]): Promise<Set<string>> {
  const introspector = conn.dialect.introspector(conn);
  const found = new Set<string>();
  for (const table of tables)
    if (await introspector.hasTable(table.name, table.schema)) found.add(tableKey(table.name, table.schema));
  return found;
}

async function execute(
  conn: Connection,
  plan: readonly DDLElement[],
  checkTypes: 'create' | 'drop' | undefined,
): Promise<void> {
  const introspector = checkTypes ? conn.dialect.introspector(conn) : undefined;
  for (const element of plan) {
    // Named types are looked up right before their CREATE/DROP TYPE, as SQLAlchemy does.
    if (introspector && (element instanceof CreateEnumType || element instanceof DropEnumType)) {
      const exists = await introspector.hasType(element.type.name as string, element.type.schema);
      if (checkTypes === 'create' ? exists : !exists) continue;
    }
    await conn.execute(element);
  }
}

export async function runCreateAll(
  metadata: MetaData,
  bind: Engine | Connection,
  options: CreateAllOptions = {},
): Promise<void> {
  const checkfirst = options.checkfirst ?? true;
  await withBind(bind, async (conn) => {
    const tables = options.tables ?? Object.values(metadata.tables);
    const planOptions: DDLPlanOptions = { tables };
    if (checkfirst) {
      const existing = await existingTables(conn, tables);
      Object.assign(planOptions, {
        tableExists: (name: string, schema?: string) => existing.has(tableKey(name, schema)),
      });
    }
    await execute(
      conn,
      planCreateAll(metadata, conn.dialect, planOptions),
      checkfirst ? 'create' : undefined,
    );
  });
}

export async function runDropAll(
  metadata: MetaData,
  bind: Engine | Connection,
  options: CreateAllOptions = {},
): Promise<void> {
  const checkfirst = options.checkfirst ?? true;
  await withBind(bind, async (conn) => {
    const tables = options.tables ?? Object.values(metadata.tables);
    const planOptions: DDLPlanOptions = { tables };
    if (checkfirst) {
      const existing = await existingTables(conn, tables);
      Object.assign(planOptions, {
        tableExists: (name: string, schema?: string) => existing.has(tableKey(name, schema)),
      });
    }
    await execute(conn, planDropAll(metadata, conn.dialect, planOptions), checkfirst ? 'drop' : undefined);
  });
}
