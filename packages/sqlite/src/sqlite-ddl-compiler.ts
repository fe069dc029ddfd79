// SQLite DDL (SQLAlchemy's SQLiteDDLCompiler): expression defaults in parentheses, ON CONFLICT
// clauses, `INTEGER PRIMARY KEY AUTOINCREMENT` for sqliteAutoincrement, partial indexes, the
// index (not the table) schema-qualified, WITHOUT ROWID / STRICT tables.
import {
  type CheckConstraint,
  type ClauseElement,
  type Column,
  CompileError,
  type CreateIndex,
  DDLCompiler,
  dialectOptionsFor,
  type ForeignKeyConstraint,
  type PrimaryKeyConstraint,
  type Table,
  type UniqueConstraint,
} from '@retort/core';

function sqliteOptions(item: {
  readonly dialectOptions: Readonly<Record<string, unknown>>;
}): Record<string, unknown> {
  return dialectOptionsFor(item.dialectOptions, 'sqlite');
}

function isIntegerAffinity(column: Column): boolean {
  const a = column.type.affinity;
  return a === 'integer' || a === 'biginteger';
}

/** `INTEGER PRIMARY KEY AUTOINCREMENT` inline on the column, as sqliteAutoincrement asks. */
function inlineAutoincrement(column: Column, table: Table): boolean {
  return (
    sqliteOptions(table).autoincrement === true &&
    table.primaryKey.columns.length === 1 &&
    isIntegerAffinity(column) &&
    column.foreignKeys.length === 0
  );
}

export class SQLiteDDLCompiler extends DDLCompiler {
  override columnSpecification(column: Column, table: Table): string {
    let text = `${this.formatColumn(column)} ${this.dialect.typeDDL(column.type)}`;
    const def = this.defaultString(column);
    if (def !== undefined) {
      text += !/^\s*['"(]/.test(def) && /.*\W.*/.test(def) ? ` DEFAULT (${def})` : ` DEFAULT ${def}`;
    }
    if (!column.nullable) text += ' NOT NULL';
    if (column.primaryKey) {
      if (column.autoincrement === true && table.primaryKey.columns.length !== 1) {
        throw new CompileError('SQLite does not support autoincrement for composite primary keys');
      }
      if (inlineAutoincrement(column, table)) text += ' PRIMARY KEY AUTOINCREMENT';
    }
    return text;
  }

  private onConflict(item: { readonly dialectOptions: Readonly<Record<string, unknown>> }): string {
    const clause = sqliteOptions(item).onConflict as string | undefined;
    return clause ? ` ON CONFLICT ${clause}` : '';
  }

  protected override primaryKeyConstraint(pk: PrimaryKeyConstraint): string | undefined {
    const only = pk.columns.length === 1 ? pk.columns[0] : undefined;
    if (only && inlineAutoincrement(only, pk.table as Table)) return undefined;
    const text = super.primaryKeyConstraint(pk);
    return text ? text + this.onConflict(pk) : text;
  }

  protected override uniqueConstraint(unique: UniqueConstraint): string | undefined {
    const text = super.uniqueConstraint(unique);
    return text ? text + this.onConflict(unique) : text;
  }

  protected override checkConstraint(check: CheckConstraint): string | undefined {
    const text = super.checkConstraint(check);
    return text === undefined ? undefined : text + this.onConflict(check);
  }

  /** A foreign key to a table in another schema (another attached database) cannot be declared. */
  protected override foreignKeyConstraint(fk: ForeignKeyConstraint): string | undefined {
    const local = fk.elements[0]?.parent?.table as Table | undefined;
    const remote = fk.elements[0]?.column.table as Table | undefined;
    if (local?.schema !== remote?.schema) return undefined;
    return super.foreignKeyConstraint(fk);
  }

  protected override remoteTable(_fk: ForeignKeyConstraint, table: Table): string {
    return this.formatTable(table, false);
  }

  protected override createIndex(create: CreateIndex): string {
    const index = create.index;
    const table = this.verifyIndexTable(index);
    if (index.name === undefined) throw new CompileError('CREATE INDEX requires that the index have a name');
    const columns = index.expressions.map((e) => this.indexExpression(e)).join(', ');
    let text = `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${create.options.ifNotExists ? 'IF NOT EXISTS ' : ''}${this.indexName(index, true)} ON ${this.formatTable(table, false)} (${columns})`;
    const where = sqliteOptions(index).where as ClauseElement | undefined;
    if (where !== undefined) text += ` WHERE ${this.expression(where)}`;
    return text;
  }

  protected override postCreateTable(table: Table): string {
    const options = sqliteOptions(table);
    const parts: string[] = [];
    if (options.withRowid === false) parts.push('WITHOUT ROWID');
    if (options.strict === true) parts.push('STRICT');
    return parts.length > 0 ? `\n ${parts.join(',\n ')}` : '';
  }
}
