// SQLite reflection (SQLAlchemy's SQLiteDialect.get_* methods) over PRAGMAs and sqlite_master:
// declared types mapped back to Retort types by name then by SQLite's affinity rules, keys,
// indexes, and the constraint names SQLite only keeps in the CREATE TABLE text.
// SQLiteDialect.introspector() creates one per connection; its statements run raw and are echoed.
import {
  BIGINT,
  BLOB,
  BOOLEAN,
  CHAR,
  DATE,
  DATETIME,
  DECIMAL,
  type DialectConnection,
  type DialectRow,
  DOUBLE,
  FLOAT,
  INTEGER,
  type Introspector,
  NCHAR,
  NoSuchTableError,
  NULLTYPE,
  NUMERIC,
  NVARCHAR,
  REAL,
  type ReflectedCheckConstraint,
  type ReflectedColumn,
  type ReflectedForeignKeyConstraint,
  type ReflectedIndex,
  type ReflectedPrimaryKeyConstraint,
  type ReflectedTableComment,
  type ReflectedUniqueConstraint,
  SMALLINT,
  JSON as SqlJSON,
  TEXT,
  TIME,
  TIMESTAMP,
  type TypeEngine,
  VARCHAR,
} from '@retort/core';

/** Declared type names SQLAlchemy's SQLite dialect knows (its ischema_names), as Retort types. */
const NAMED_TYPES: Readonly<Record<string, (args: readonly number[]) => TypeEngine>> = {
  BIGINT: () => BIGINT(),
  BLOB: () => BLOB(),
  BOOL: () => BOOLEAN(),
  BOOLEAN: () => BOOLEAN(),
  CHAR: ([n]) => CHAR(n),
  DATE: () => DATE(),
  DATE_CHAR: () => DATE(),
  DATETIME: ([fsp]) => DATETIME(fsp === undefined ? {} : { fsp }),
  DATETIME_CHAR: () => DATETIME(),
  DOUBLE: () => DOUBLE(),
  DECIMAL: ([p, s]) => DECIMAL(p, s),
  FLOAT: () => FLOAT(),
  INT: () => INTEGER(),
  INTEGER: () => INTEGER(),
  JSON: () => SqlJSON(),
  NUMERIC: ([p, s]) => NUMERIC(p, s),
  REAL: () => REAL(),
  SMALLINT: () => SMALLINT(),
  TEXT: () => TEXT(),
  TIME: () => TIME(),
  TIME_CHAR: () => TIME(),
  TIMESTAMP: () => TIMESTAMP(),
  VARCHAR: ([n]) => VARCHAR(n),
  NVARCHAR: ([n]) => NVARCHAR(n),
  NCHAR: ([n]) => NCHAR(n),
};

/** A declared type (`VARCHAR(10)`, `UNSIGNED BIG INT`) as a Retort type: by name, else by SQLite's affinity rules. */
export function sqliteTypeFromDeclared(declared: string): TypeEngine {
  const match = /^([\w ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$/.exec(declared.trim());
  const name = (match?.[1] ?? declared).toUpperCase();
  const args = [match?.[2], match?.[3]].filter((a): a is string => a !== undefined).map(Number);
  const named = NAMED_TYPES[name];
  if (named) return named(args);
  // SQLite's affinity rules (https://www.sqlite.org/datatype3.html §3.1), as SQLAlchemy applies them.
  if (name.includes('INT')) return INTEGER();
  if (/CHAR|CLOB|TEXT/.test(name)) return TEXT();
  if (name.includes('BLOB') || name === '') return NULLTYPE;
  if (/REAL|FLOA|DOUB/.test(name)) return REAL();
  return NUMERIC(args[0], args[1]);
}

/** SQL quoting of a name as SQLAlchemy's PRAGMAs use it: always double-quoted. */
function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** An identifier as written in CREATE TABLE: `"a b"`, `[a]`, `` `a` `` or bare. */
const NAME = '(?:"(?:[^"]|"")+"|\\[[^\\]]+\\]|`(?:[^`]|``)+`|\\w+)';

function unquote(name: string): string {
  const first = name[0];
  if (first === '"') return name.slice(1, -1).replace(/""/g, '"');
  if (first === '`') return name.slice(1, -1).replace(/``/g, '`');
  if (first === '[') return name.slice(1, -1);
  return name;
}

/** The text inside the parentheses that open at `open` (balanced, string literals skipped). */
function parenthesized(sql: string, open: number): string {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'") {
      i = sql.indexOf("'", i + 1);
      while (i >= 0 && sql[i + 1] === "'") i = sql.indexOf("'", i + 2);
      if (i < 0) break;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return sql.slice(open + 1, i);
  }
  return sql.slice(open + 1);
}

function nameList(text: string): string[] {
  return [...text.matchAll(new RegExp(NAME, 'g'))].map((m) => unquote(m[0]));
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name.toLowerCase() === b[i]?.toLowerCase());
}

export class SQLiteIntrospector implements Introspector {
  constructor(private readonly conn: DialectConnection) {}

  private async raw(sql: string, params: readonly unknown[] = []): Promise<readonly DialectRow[]> {
    return (await this.conn.execDriverSql(sql, params)).all();
  }

  private master(schema: string | undefined): string {
    return schema === undefined ? 'main.sqlite_master' : `${quote(schema)}.sqlite_master`;
  }

  /** `PRAGMA main.x("t")`, then `PRAGMA temp.x("t")` when main has nothing, as SQLAlchemy runs them. */
  private async pragma(
    pragma: string,
    tableName: string,
    schema: string | undefined,
  ): Promise<readonly DialectRow[]> {
    const prefixes = schema === undefined ? ['main', 'temp'] : [quote(schema)];
    let rows: readonly DialectRow[] = [];
    for (const prefix of prefixes) {
      rows = await this.raw(`PRAGMA ${prefix}.${pragma}(${quote(tableName)})`);
      if (rows.length > 0) break;
    }
    return rows;
  }

  /** The CREATE statement of a table, index or view; NoSuchTableError for a missing table or view. */
  private async createSql(name: string, schema: string | undefined, type = 'table'): Promise<string> {
    const schemas = schema === undefined ? ['main', 'temp'] : [schema];
    for (const s of schemas) {
      const master = s === 'temp' ? 'temp.sqlite_master' : this.master(s === 'main' ? undefined : s);
      const rows = await this.raw(`SELECT sql FROM ${master} WHERE name = ? AND type = ?`, [name, type]);
      if (rows.length > 0) return globalThis.String(rows[0]?.[0] ?? '');
    }
    if (type === 'index') return '';
    throw new NoSuchTableError(schema === undefined ? name : `${schema}.${name}`);
  }

  private async tableSql(tableName: string, schema: string | undefined): Promise<string> {
    try {
      return await this.createSql(tableName, schema, 'table');
    } catch (error) {
      if (error instanceof NoSuchTableError) return this.createSql(tableName, schema, 'view');
      throw error;
    }
  }

  async getDefaultSchemaName(): Promise<string | undefined> {
    return 'main';
  }

  /** The attached databases, without `temp` (SQLAlchemy's get_schema_names). */
  async getSchemaNames(): Promise<string[]> {
    const rows = await this.raw('PRAGMA database_list');
    return rows.map((r) => globalThis.String(r[1])).filter((name) => name !== 'temp');
  }

  private async names(type: string, schema: string | undefined): Promise<string[]> {
    const rows = await this.raw(
      `SELECT name FROM ${this.master(schema)} WHERE type='${type}' AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name`,
    );
    return rows.map((r) => globalThis.String(r[0]));
  }

  getTableNames(schema?: string): Promise<string[]> {
    return this.names('table', schema);
  }

  getViewNames(schema?: string): Promise<string[]> {
    return this.names('view', schema);
  }

  getViewDefinition(viewName: string, schema?: string): Promise<string> {
    return this.createSql(viewName, schema, 'view');
  }

  async getColumns(tableName: string, schema?: string): Promise<ReflectedColumn[]> {
    const rows = await this.pragma('table_xinfo', tableName, schema);
    if (rows.length === 0) await this.tableSql(tableName, schema);
    const sql = rows.some((r) => Number(r[6]) >= 2) ? await this.tableSql(tableName, schema) : '';
    const pkColumns = rows.filter((r) => Number(r[5]) > 0);
    return rows
      .filter((r) => Number(r[6]) !== 1)
      .map((r) => {
        const name = globalThis.String(r[1]);
        const declared = globalThis.String(r[2] ?? '');
        const hidden = Number(r[6]);
        const rowidAlias =
          pkColumns.length === 1 && Number(r[5]) === 1 && declared.toUpperCase() === 'INTEGER';
        const computed = hidden >= 2 ? this.generatedExpression(sql, name) : undefined;
        return {
          name,
          type: sqliteTypeFromDeclared(declared),
          nullable: Number(r[3]) === 0,
          default: r[4] === null || r[4] === undefined ? null : globalThis.String(r[4]),
          autoincrement: rowidAlias,
          ...(computed === undefined ? {} : { computed: { sqltext: computed, persisted: hidden === 3 } }),
        };
      });
  }

  /** The expression of a generated column, from `name … AS (expr)` in the CREATE TABLE text. */
  private generatedExpression(sql: string, column: string): string | undefined {
    for (const match of sql.matchAll(
      new RegExp(`(${NAME})[^,(]*?(?:GENERATED\\s+ALWAYS\\s+)?AS\\s*\\(`, 'gi'),
    )) {
      if (unquote(match[1] as string).toLowerCase() !== column.toLowerCase()) continue;
      return parenthesized(sql, (match.index ?? 0) + match[0].length - 1).trim();
    }
    return undefined;
  }

  async getPkConstraint(tableName: string, schema?: string): Promise<ReflectedPrimaryKeyConstraint> {
    const rows = await this.pragma('table_info', tableName, schema);
    const sql = await this.tableSql(tableName, schema);
    const columns = rows
      .filter((r) => Number(r[5]) > 0)
      .sort((a, b) => Number(a[5]) - Number(b[5]))
      .map((r) => globalThis.String(r[1]));
    const name = new RegExp(`CONSTRAINT\\s+(${NAME})\\s+PRIMARY\\s+KEY`, 'i').exec(sql)?.[1];
    return { constrainedColumns: columns, name: name === undefined ? null : unquote(name) };
  }

  async getForeignKeys(tableName: string, schema?: string): Promise<ReflectedForeignKeyConstraint[]> {
    const sql = await this.tableSql(tableName, schema);
    const rows = await this.pragma('foreign_key_list', tableName, schema);
    const byId = new Map<number, DialectRow[]>();
    for (const row of rows) byId.set(Number(row[0]), [...(byId.get(Number(row[0])) ?? []), row]);
    // Names live only in the CREATE TABLE text: `CONSTRAINT name FOREIGN KEY (cols) REFERENCES t`.
    const named: { name: string; columns: string[]; table: string }[] = [];
    const pattern = new RegExp(
      `CONSTRAINT\\s+(${NAME})\\s+FOREIGN\\s+KEY\\s*\\(([^)]*)\\)\\s*REFERENCES\\s+(${NAME})`,
      'gi',
    );
    for (const m of sql.matchAll(pattern))
      named.push({
        name: unquote(m[1] as string),
        columns: nameList(m[2] as string),
        table: unquote(m[3] as string),
      });
    const result: ReflectedForeignKeyConstraint[] = [];
    // PRAGMA numbers the last declared key 0; declaration order is the reverse.
    for (const id of [...byId.keys()].sort((a, b) => b - a)) {
      const parts = (byId.get(id) ?? []).sort((a, b) => Number(a[1]) - Number(b[1]));
      const first = parts[0] as DialectRow;
      const referredTable = globalThis.String(first[2]);
      const constrained = parts.map((p) => globalThis.String(p[3]));
      let referred = parts.map((p) => (p[4] === null ? null : globalThis.String(p[4])));
      if (referred.some((c) => c === null))
        referred = (await this.getPkConstraint(referredTable, schema)).constrainedColumns.slice();
      const options: { onupdate?: string; ondelete?: string } = {};
      if (first[5] !== 'NO ACTION') options.onupdate = globalThis.String(first[5]);
      if (first[6] !== 'NO ACTION') options.ondelete = globalThis.String(first[6]);
      const name = named.find(
        (n) => sameColumns(n.columns, constrained) && n.table.toLowerCase() === referredTable.toLowerCase(),
      )?.name;
      result.push({
        name: name ?? null,
        constrainedColumns: constrained,
        referredSchema: schema ?? null,
        referredTable,
        referredColumns: referred as string[],
        options,
      });
    }
    return result;
  }

  /**
   * Indexes made by CREATE INDEX, sorted by name; SQLite's automatic indexes (primary keys, UNIQUE
   * constraints) are left out, and so, as in SQLAlchemy, are indexes on expressions.
   */
  async getIndexes(tableName: string, schema?: string): Promise<ReflectedIndex[]> {
    await this.tableSql(tableName, schema);
    const list = await this.pragma('index_list', tableName, schema);
    const prefix = schema === undefined ? 'main' : quote(schema);
    const indexes: ReflectedIndex[] = [];
    for (const entry of list) {
      const name = globalThis.String(entry[1]);
      if (entry[3] !== 'c') continue;
      const parts = (await this.raw(`PRAGMA ${prefix}.index_xinfo(${quote(name)})`)).filter(
        (p) => Number(p[5]) === 1,
      );
      if (parts.some((p) => p[2] === null)) continue;
      const sorting: Record<string, 'desc'[]> = {};
      for (const p of parts) if (Number(p[3]) === 1) sorting[globalThis.String(p[2])] = ['desc'];
      const dialectOptions: Record<string, unknown> = {};
      if (Number(entry[4]) === 1) {
        const where = /\sWHERE\s+([\s\S]+)$/i.exec(await this.createSql(name, schema, 'index'))?.[1];
        if (where !== undefined) dialectOptions.sqlite_where = where.trim();
      }
      indexes.push({
        name,
        columnNames: parts.map((p) => globalThis.String(p[2])),
        unique: Number(entry[2]) === 1,
        ...(Object.keys(sorting).length > 0 ? { columnSorting: sorting } : {}),
        ...(Object.keys(dialectOptions).length > 0 ? { dialectOptions } : {}),
      });
    }
    return indexes.sort((a, b) => globalThis.String(a.name).localeCompare(globalThis.String(b.name)));
  }

  /** UNIQUE constraints (SQLite's automatic `u` indexes), named from the CREATE TABLE text when they were named. */
  async getUniqueConstraints(tableName: string, schema?: string): Promise<ReflectedUniqueConstraint[]> {
    const sql = await this.tableSql(tableName, schema);
    const list = await this.pragma('index_list', tableName, schema);
    const prefix = schema === undefined ? 'main' : quote(schema);
    const named: { name: string; columns: string[] }[] = [];
    for (const m of sql.matchAll(new RegExp(`CONSTRAINT\\s+(${NAME})\\s+UNIQUE\\s*\\(([^)]*)\\)`, 'gi')))
      named.push({ name: unquote(m[1] as string), columns: nameList(m[2] as string) });
    const constraints: ReflectedUniqueConstraint[] = [];
    for (const entry of [...list].reverse()) {
      if (entry[3] !== 'u') continue;
      const columns = (
        await this.raw(`PRAGMA ${prefix}.index_info(${quote(globalThis.String(entry[1]))})`)
      ).map((p) => globalThis.String(p[2]));
      const name = named.find((n) => sameColumns(n.columns, columns))?.name;
      constraints.push({ name: name ?? null, columnNames: columns });
    }
    return constraints;
  }

  /** CHECK constraints as written in the CREATE TABLE text (SQLite keeps no catalog of them). */
  async getCheckConstraints(tableName: string, schema?: string): Promise<ReflectedCheckConstraint[]> {
    const sql = await this.tableSql(tableName, schema);
    const checks: ReflectedCheckConstraint[] = [];
    for (const m of sql.matchAll(new RegExp(`(?:CONSTRAINT\\s+(${NAME})\\s+)?CHECK\\s*\\(`, 'gi'))) {
      const text = parenthesized(sql, (m.index ?? 0) + m[0].length - 1).trim();
      checks.push({ name: m[1] === undefined ? null : unquote(m[1]), sqltext: text });
    }
    return checks;
  }

  /** SQLite has no table comments. */
  async getTableComment(tableName: string, schema?: string): Promise<ReflectedTableComment> {
    await this.tableSql(tableName, schema);
    return { text: null };
  }

  /** SQLAlchemy's check, word for word (ECHO.md §5): `PRAGMA main.table_info("t")`, then `temp`. */
  async hasTable(tableName: string, schema?: string): Promise<boolean> {
    return (await this.pragma('table_info', tableName, schema)).length > 0;
  }

  async hasIndex(tableName: string, indexName: string, schema?: string): Promise<boolean> {
    await this.tableSql(tableName, schema);
    return (await this.pragma('index_list', tableName, schema)).some((r) => r[1] === indexName);
  }

  async hasSequence(_sequenceName: string, _schema?: string): Promise<boolean> {
    return false;
  }

  async hasType(_typeName: string, _schema?: string): Promise<boolean> {
    return false;
  }
}
