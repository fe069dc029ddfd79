// PostgreSQL reflection (SQLAlchemy's PGDialect.get_* methods) over pg_catalog: tables, views,
// columns with their types mapped back to Retort types, keys, indexes, constraints, comments.
// PGDialect.introspector() creates one per connection; queries run on it and are echoed.
import {
  BIGINT,
  BOOLEAN,
  CHAR,
  DATE,
  type DialectConnection,
  DOUBLE_PRECISION,
  Enum,
  INTEGER,
  type Introspector,
  NoSuchTableError,
  NULLTYPE,
  NUMERIC,
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
  text,
  UUID,
  VARCHAR,
} from '@retort/core';
import { ARRAY } from './pg-array';
import {
  BYTEA,
  CIDR,
  CITEXT,
  HSTORE,
  INET,
  INTERVAL,
  JSONB,
  MACADDR,
  MACADDR8,
  TSVECTOR,
} from './pg-scalar-types';

type Row = Readonly<Record<string, unknown>>;

/** The table-kind relkinds has_table looks for: tables, partitioned, foreign, views, materialized views. */
const TABLE_RELKINDS = ['r', 'p', 'f', 'v', 'm'];

/** How a table is found: by search path (no schema given) or in the named schema. */
function scope(schema: string | undefined, classAlias: string, namespaceAlias: string): string {
  return schema === undefined
    ? `pg_catalog.pg_table_is_visible(${classAlias}.oid) AND ${namespaceAlias}.nspname != 'pg_catalog'`
    : `${namespaceAlias}.nspname = :schema`;
}

/** Splits `numeric(10,2)[]` into its name, arguments and array dimensions. */
function parseFormatType(formatted: string): { name: string; args: number[]; dimensions: number } {
  const dimensions = /(\[\])+$/.exec(formatted)?.[0].length ?? 0;
  const base = formatted.replace(/(\[\])+$/, '');
  const args = [...(/\(([^)]*)\)/.exec(base)?.[1]?.split(',') ?? [])].map((n) => Number(n.trim()));
  const name = base.replace(/\([^)]*\)/, '').trim();
  return { name, args, dimensions: dimensions / 2 };
}

/** PostgreSQL type names back to Retort types (SQLAlchemy's ischema_names); unknown types are NullType. */
function typeFromName(name: string, args: readonly number[]): TypeEngine {
  const precision = args[0];
  switch (name) {
    case 'integer':
      return INTEGER();
    case 'bigint':
      return BIGINT();
    case 'smallint':
      return SMALLINT();
    case 'character varying':
      return VARCHAR(precision);
    case 'character':
      return CHAR(precision);
    case 'text':
      return TEXT();
    case 'numeric':
      return NUMERIC(precision, args[1]);
    case 'double precision':
      return DOUBLE_PRECISION();
    case 'real':
      return REAL();
    case 'boolean':
      return BOOLEAN();
    case 'timestamp without time zone':
      return TIMESTAMP(precision === undefined ? {} : { fsp: precision });
    case 'timestamp with time zone':
      return TIMESTAMP({ timezone: true, ...(precision === undefined ? {} : { fsp: precision }) });
    case 'time without time zone':
      return TIME(precision === undefined ? {} : { fsp: precision });
    case 'time with time zone':
      return TIME({ timezone: true, ...(precision === undefined ? {} : { fsp: precision }) });
    case 'date':
      return DATE();
    case 'json':
      return SqlJSON();
    case 'jsonb':
      return JSONB();
    case 'uuid':
      return UUID();
    case 'bytea':
      return BYTEA();
    case 'inet':
      return INET();
    case 'cidr':
      return CIDR();
    case 'macaddr':
      return MACADDR();
    case 'macaddr8':
      return MACADDR8();
    case 'tsvector':
      return TSVECTOR();
    case 'citext':
      return CITEXT();
    case 'hstore':
      return HSTORE();
    default:
      if (name === 'interval' || name.startsWith('interval ')) {
        const fields = name.slice('interval'.length).trim();
        return INTERVAL({
          ...(fields === '' ? {} : { fields: fields.toUpperCase() }),
          ...(precision === undefined ? {} : { precision }),
        });
      }
      return NULLTYPE;
  }
}

/** `CHECK ((n < 5))` → `n < 5`, as SQLAlchemy reports check constraints. */
function checkText(definition: string): string {
  const match = /^CHECK *\((.+)\)( NOT VALID)?$/s.exec(definition);
  return match ? (match[1] as string) : definition;
}

function stringArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => globalThis.String(v));
  if (typeof value === 'string') return globalThis.JSON.parse(value) as string[];
  return [];
}

export class PGIntrospector implements Introspector {
  constructor(private readonly conn: DialectConnection) {}

  private async rows(sql: string, params: Readonly<Record<string, unknown>> = {}): Promise<readonly Row[]> {
    const result = await this.conn.execute(text(sql), params);
    return result.mappings().all();
  }

  private schemaParams(schema: string | undefined): Record<string, unknown> {
    return schema === undefined ? {} : { schema };
  }

  /** The table's oid, or NoSuchTableError. */
  private async tableOid(tableName: string, schema: string | undefined): Promise<string> {
    const found = await this.rows(
      `SELECT c.oid::text AS oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname = :table_name AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND ${scope(schema, 'c', 'n')}`,
      { table_name: tableName, ...this.schemaParams(schema) },
    );
    const oid = found[0]?.oid;
    if (oid === undefined)
      throw new NoSuchTableError(schema === undefined ? tableName : `${schema}.${tableName}`);
    return globalThis.String(oid);
  }

  async getDefaultSchemaName(): Promise<string | undefined> {
    return globalThis.String((await this.conn.execDriverSql('select current_schema()')).scalar());
  }

  async getSchemaNames(): Promise<string[]> {
    const rows = await this.rows(
      `SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname NOT LIKE 'pg\\_%' ORDER BY nspname`,
    );
    return rows.map((r) => globalThis.String(r.nspname));
  }

  private async relationNames(kinds: readonly string[], schema: string | undefined): Promise<string[]> {
    const rows = await this.rows(
      `SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN (${kinds.map((k) => `'${k}'`).join(', ')}) AND ${scope(schema, 'c', 'n')} ORDER BY c.relname`,
      this.schemaParams(schema),
    );
    return rows.map((r) => globalThis.String(r.relname));
  }

  getTableNames(schema?: string): Promise<string[]> {
    return this.relationNames(['r', 'p'], schema);
  }

  getViewNames(schema?: string): Promise<string[]> {
    return this.relationNames(['v'], schema);
  }

  async getViewDefinition(viewName: string, schema?: string): Promise<string> {
    const oid = await this.tableOid(viewName, schema);
    const rows = await this.rows('SELECT pg_catalog.pg_get_viewdef(CAST(:oid AS oid), true) AS definition', {
      oid,
    });
    return globalThis.String(rows[0]?.definition);
  }

  async getColumns(tableName: string, schema?: string): Promise<ReflectedColumn[]> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS format_type,
  pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS "default", a.attnotnull AS notnull,
  a.attidentity AS identity, a.attgenerated AS generated,
  pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
  t.typtype AS typtype, t.typname AS typname,
  CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS domain_base,
  CASE WHEN t.typtype = 'e' THEN array_to_json(ARRAY(
    SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder))::text END AS enum_labels,
  CASE WHEN a.attidentity != '' THEN (
    SELECT json_build_object('start', s.seqstart, 'increment', s.seqincrement)::text FROM pg_catalog.pg_sequence s
    WHERE s.seqrelid = pg_catalog.pg_get_serial_sequence(CAST(CAST(:oid AS oid) AS regclass)::text, a.attname)::regclass) END AS identity_options
FROM pg_catalog.pg_attribute a
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
WHERE a.attrelid = CAST(:oid AS oid) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum`,
      { oid },
    );
    return rows.map((row) => this.column(row));
  }

  private column(row: Row): ReflectedColumn {
    const formatted = globalThis.String(row.format_type);
    let type: TypeEngine;
    if (row.typtype === 'e') {
      type = Enum(stringArray(row.enum_labels), { name: globalThis.String(row.typname) });
    } else {
      const parsed = parseFormatType(row.typtype === 'd' ? globalThis.String(row.domain_base) : formatted);
      const item = typeFromName(parsed.name, parsed.args);
      type = parsed.dimensions > 0 ? ARRAY(item, { dimensions: parsed.dimensions }) : item;
    }
    const rawDefault =
      row.default === null || row.default === undefined ? null : globalThis.String(row.default);
    const identity = row.identity === 'a' || row.identity === 'd' ? globalThis.String(row.identity) : '';
    const generated = row.generated === 's';
    let identityInfo: ReflectedColumn['identity'];
    if (identity !== '') {
      const options =
        typeof row.identity_options === 'string'
          ? (globalThis.JSON.parse(row.identity_options) as {
              start?: number | string;
              increment?: number | string;
            })
          : {};
      identityInfo = {
        always: identity === 'a',
        ...(options.start === undefined ? {} : { start: Number(options.start) }),
        ...(options.increment === undefined ? {} : { increment: Number(options.increment) }),
      };
    }
    return {
      name: globalThis.String(row.name),
      type,
      nullable: !(row.notnull === true || row.notnull === 't'),
      default: generated ? null : rawDefault,
      autoincrement: identity !== '' || (rawDefault !== null && /^nextval\(/i.test(rawDefault)),
      comment: row.comment === null || row.comment === undefined ? null : globalThis.String(row.comment),
      ...(generated && rawDefault !== null ? { computed: { sqltext: rawDefault, persisted: true } } : {}),
      ...(identityInfo ? { identity: identityInfo } : {}),
    };
  }

  async getPkConstraint(tableName: string, schema?: string): Promise<ReflectedPrimaryKeyConstraint> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT con.conname AS name, pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
  array_to_json(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord))::text AS columns
FROM pg_catalog.pg_constraint con WHERE con.conrelid = CAST(:oid AS oid) AND con.contype = 'p'`,
      { oid },
    );
    const row = rows[0];
    if (!row) return { constrainedColumns: [], name: null };
    return {
      constrainedColumns: stringArray(row.columns),
      name: globalThis.String(row.name),
      comment: row.comment === null ? null : globalThis.String(row.comment),
    };
  }

  async getForeignKeys(tableName: string, schema?: string): Promise<ReflectedForeignKeyConstraint[]> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT con.conname AS name, pg_catalog.pg_get_constraintdef(con.oid, true) AS definition,
  rn.nspname AS referred_schema, rc.relname AS referred_table,
  pg_catalog.pg_table_is_visible(rc.oid) AS referred_visible,
  pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
  array_to_json(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord))::text AS constrained,
  array_to_json(ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord))::text AS referred
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.conrelid = CAST(:oid AS oid) AND con.contype = 'f'
ORDER BY con.conname`,
      { oid },
    );
    return rows.map((row) => {
      const definition = globalThis.String(row.definition);
      const options: {
        -readonly [K in keyof ReflectedForeignKeyConstraint['options']]: ReflectedForeignKeyConstraint['options'][K];
      } = {};
      const onUpdate = /ON UPDATE (RESTRICT|CASCADE|SET NULL|SET DEFAULT)/.exec(definition)?.[1];
      const onDelete = /ON DELETE (RESTRICT|CASCADE|SET NULL|SET DEFAULT)/.exec(definition)?.[1];
      const match = /MATCH (FULL|PARTIAL)/.exec(definition)?.[1];
      if (onUpdate) options.onupdate = onUpdate;
      if (onDelete) options.ondelete = onDelete;
      if (/(?<!NOT )DEFERRABLE/.test(definition)) options.deferrable = true;
      else if (/NOT DEFERRABLE/.test(definition)) options.deferrable = false;
      const initially = /INITIALLY (DEFERRED|IMMEDIATE)/.exec(definition)?.[1];
      if (initially) options.initially = initially;
      if (match) options.match = match;
      // As SQLAlchemy: the referred schema is left out when the caller named none and the search path finds the table.
      const visible = row.referred_visible === true || row.referred_visible === 't';
      return {
        name: globalThis.String(row.name),
        constrainedColumns: stringArray(row.constrained),
        referredSchema: schema === undefined && visible ? null : globalThis.String(row.referred_schema),
        referredTable: globalThis.String(row.referred_table),
        referredColumns: stringArray(row.referred),
        options,
        comment: row.comment === null ? null : globalThis.String(row.comment),
      };
    });
  }

  async getIndexes(tableName: string, schema?: string): Promise<ReflectedIndex[]> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT ic.relname AS name, ix.indisunique AS unique, am.amname AS using,
  pg_catalog.pg_get_expr(ix.indpred, ix.indrelid) AS predicate, ix.indnkeyatts AS key_count,
  con.conname AS constraint_name,
  array_to_json(ARRAY(SELECT json_build_object(
      'name', a.attname, 'expr', pg_catalog.pg_get_indexdef(ix.indexrelid, k.ord::int, true),
      'desc', (ix.indoption[k.ord - 1] & 1) = 1, 'nulls_first', (ix.indoption[k.ord - 1] & 2) = 2)
    FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum AND k.attnum != 0
    ORDER BY k.ord))::text AS elements
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class ic ON ic.oid = ix.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = ix.indexrelid AND con.contype IN ('u', 'x')
WHERE ix.indrelid = CAST(:oid AS oid) AND NOT ix.indisprimary
ORDER BY ic.relname`,
      { oid },
    );
    return rows.map((row) => {
      const elements = globalThis.JSON.parse(globalThis.String(row.elements)) as {
        name: string | null;
        expr: string;
        desc: boolean;
        nulls_first: boolean;
      }[];
      const keyCount = Number(row.key_count);
      const keys = elements.slice(0, keyCount);
      const included = elements.slice(keyCount).map((e) => e.name ?? e.expr);
      const columnNames = keys.map((e) => e.name);
      const index: { -readonly [K in keyof ReflectedIndex]: ReflectedIndex[K] } = {
        name: globalThis.String(row.name),
        columnNames,
        unique: row.unique === true || row.unique === 't',
        includeColumns: included,
      };
      if (columnNames.includes(null)) index.expressions = keys.map((e) => e.expr);
      const sorting: Record<string, ('asc' | 'desc' | 'nulls_first' | 'nulls_last')[]> = {};
      for (const e of keys) {
        const flags: ('desc' | 'nulls_first' | 'nulls_last')[] = [];
        if (e.desc) flags.push('desc');
        // NULLS FIRST is the default of DESC and NULLS LAST of ASC; only the other one is reported.
        if (e.desc && !e.nulls_first) flags.push('nulls_last');
        if (!e.desc && e.nulls_first) flags.push('nulls_first');
        if (flags.length > 0) sorting[e.name ?? e.expr] = flags;
      }
      if (Object.keys(sorting).length > 0) index.columnSorting = sorting;
      if (row.constraint_name !== null && row.constraint_name !== undefined)
        index.duplicatesConstraint = globalThis.String(row.constraint_name);
      const dialectOptions: Record<string, unknown> = { postgresql_include: included };
      if (row.using !== 'btree') dialectOptions.postgresql_using = row.using;
      if (row.predicate !== null && row.predicate !== undefined)
        dialectOptions.postgresql_where = row.predicate;
      index.dialectOptions = dialectOptions;
      return index;
    });
  }

  async getUniqueConstraints(tableName: string, schema?: string): Promise<ReflectedUniqueConstraint[]> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT con.conname AS name, pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment,
  array_to_json(ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord))::text AS columns
FROM pg_catalog.pg_constraint con WHERE con.conrelid = CAST(:oid AS oid) AND con.contype = 'u'
ORDER BY con.conname`,
      { oid },
    );
    return rows.map((row) => ({
      name: globalThis.String(row.name),
      columnNames: stringArray(row.columns),
      comment: row.comment === null ? null : globalThis.String(row.comment),
    }));
  }

  async getCheckConstraints(tableName: string, schema?: string): Promise<ReflectedCheckConstraint[]> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT con.conname AS name, pg_catalog.pg_get_constraintdef(con.oid, true) AS definition,
  pg_catalog.obj_description(con.oid, 'pg_constraint') AS comment
FROM pg_catalog.pg_constraint con WHERE con.conrelid = CAST(:oid AS oid) AND con.contype = 'c'
ORDER BY con.conname`,
      { oid },
    );
    return rows.map((row) => ({
      name: globalThis.String(row.name),
      sqltext: checkText(globalThis.String(row.definition)),
      comment: row.comment === null ? null : globalThis.String(row.comment),
    }));
  }

  async getTableComment(tableName: string, schema?: string): Promise<ReflectedTableComment> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      "SELECT pg_catalog.obj_description(CAST(:oid AS oid), 'pg_class') AS comment",
      {
        oid,
      },
    );
    const comment = rows[0]?.comment;
    return { text: comment === null || comment === undefined ? null : globalThis.String(comment) };
  }

  /** SQLAlchemy's has_table query, word for word (ECHO.md §5), so createAll's checkfirst echoes the same. */
  async hasTable(tableName: string, schema?: string): Promise<boolean> {
    const params: Record<string, unknown> = { table_name: tableName };
    TABLE_RELKINDS.forEach((kind, i) => {
      params[`param_${i + 1}`] = kind;
    });
    params.nspname_1 = schema ?? 'pg_catalog';
    const where =
      schema === undefined
        ? 'pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != :nspname_1'
        : 'pg_catalog.pg_namespace.nspname = :nspname_1';
    const sql =
      'SELECT pg_catalog.pg_class.relname \n' +
      'FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace \n' +
      'WHERE pg_catalog.pg_class.relname = :table_name AND pg_catalog.pg_class.relkind = ANY (ARRAY[:param_1, :param_2, :param_3, :param_4, :param_5]) AND ' +
      where;
    return (await this.conn.execute(text(sql), params)).all().length > 0;
  }

  async hasIndex(tableName: string, indexName: string, schema?: string): Promise<boolean> {
    const oid = await this.tableOid(tableName, schema);
    const rows = await this.rows(
      `SELECT 1 AS found FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class ic ON ic.oid = ix.indexrelid
WHERE ix.indrelid = CAST(:oid AS oid) AND ic.relname = :index_name`,
      { oid, index_name: indexName },
    );
    return rows.length > 0;
  }

  /** SQLAlchemy's has_sequence query. */
  async hasSequence(sequenceName: string, schema?: string): Promise<boolean> {
    const where =
      schema === undefined
        ? 'pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != :nspname_1'
        : 'pg_catalog.pg_namespace.nspname = :nspname_1';
    const sql =
      'SELECT pg_catalog.pg_class.relname \n' +
      'FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace \n' +
      `WHERE pg_catalog.pg_class.relkind = :relkind_1 AND pg_catalog.pg_class.relname = :relname_1 AND ${where}`;
    const params = { relkind_1: 'S', relname_1: sequenceName, nspname_1: schema ?? 'pg_catalog' };
    return (await this.conn.execute(text(sql), params)).all().length > 0;
  }

  /** SQLAlchemy's has_type query (createAll's CREATE TYPE checkfirst for ENUMs). */
  async hasType(typeName: string, schema?: string): Promise<boolean> {
    const where =
      schema === undefined
        ? 'pg_catalog.pg_type_is_visible(pg_catalog.pg_type.oid) AND pg_catalog.pg_namespace.nspname != :nspname_1'
        : 'pg_catalog.pg_namespace.nspname = :nspname_1';
    const sql =
      'SELECT pg_catalog.pg_type.typname \n' +
      'FROM pg_catalog.pg_type JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_type.typnamespace \n' +
      `WHERE pg_catalog.pg_type.typname = :typname_1 AND ${where}`;
    const params = { typname_1: typeName, nspname_1: schema ?? 'pg_catalog' };
    return (await this.conn.execute(text(sql), params)).all().length > 0;
  }
}
