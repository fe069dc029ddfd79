// MySQL/MariaDB DDL (SQLAlchemy's MySQLDDLCompiler): AUTO_INCREMENT, inline COMMENT and table
// options after the parenthesis (ENGINE=…, CHARSET=…, COMMENT='…'), index prefix lengths,
// FULLTEXT/SPATIAL, `DROP INDEX … ON t`, `DROP FOREIGN KEY`, comments via ALTER TABLE.
import {
  BinaryExpression,
  CheckConstraint,
  type ClauseElement,
  type Column,
  ColumnClause,
  CompileError,
  type CreateIndex,
  DDLCompiler,
  type DropColumnComment,
  type DropConstraint,
  type DropIndex,
  type DropTableComment,
  dialectOptionsFor,
  ForeignKeyConstraint,
  FunctionElement,
  Grouping,
  type PrimaryKeyConstraint,
  PrimaryKeyConstraint as PrimaryKeyConstraintClass,
  type SetColumnComment,
  type SetTableComment,
  type Table,
  UnaryExpression,
  UniqueConstraint,
} from '@retort/core';

/** Options whose value is written as a string literal (SQLAlchemy's _options_of_type_string). */
const STRING_OPTIONS = new Set(['COMMENT', 'DATA DIRECTORY', 'INDEX DIRECTORY', 'PASSWORD', 'CONNECTION']);
const SPACED = new Set([
  'DATA_DIRECTORY',
  'INDEX_DIRECTORY',
  'DEFAULT_CHARACTER_SET',
  'CHARACTER_SET',
  'DEFAULT_CHARSET',
  'DEFAULT_COLLATE',
]);
const SPACE_JOINED = new Set(['TABLESPACE', 'DEFAULT CHARACTER SET', 'CHARACTER SET', 'COLLATE']);
const PARTITION_OPTIONS = ['PARTITION_BY', 'PARTITIONS', 'SUBPARTITION_BY', 'SUBPARTITIONS'];
const CHARSETS = new Set(['DEFAULT_CHARSET', 'DEFAULT_CHARACTER_SET', 'CHARSET', 'CHARACTER_SET']);

export class MySQLDDLCompiler extends DDLCompiler {
  /** MySQL names indexes and constraints up to 64 characters; identifiers in general up to 255 (SQLAlchemy). */
  protected override get maxConventionNameLength(): number {
    return 64;
  }

  protected override get maxGivenNameLength(): number {
    return 255;
  }

  /** Server version allows `DEFAULT (expression)` (MySQL 8.0.13+, MariaDB 10.2.1+); set once the server is known. */
  protected get supportsDefaultFunction(): boolean {
    return (this.dialect as { supportsDefaultFunction?: boolean }).supportsDefaultFunction === true;
  }

  /** `name TYPE [NOT NULL] [COMMENT '…'] [AUTO_INCREMENT | DEFAULT …]`, in SQLAlchemy's order. */
  override columnSpecification(column: Column, table: Table): string {
    const parts = [this.formatColumn(column), this.dialect.typeDDL(column.type)];
    const isTimestamp = column.type.forDialect(this.dialect).visitName === 'TIMESTAMP';
    if (!column.nullable) parts.push('NOT NULL');
    else if (isTimestamp) parts.push('NULL');
    if (column.comment !== undefined) parts.push(`COMMENT ${this.stringLiteral(column.comment)}`);
    if (column === table.autoincrementColumn && column.serverDefault === undefined) {
      parts.push('AUTO_INCREMENT');
    } else {
      const def = this.defaultString(column);
      if (def !== undefined) {
        const wrap =
          this.supportsDefaultFunction &&
          !/^\s*['"(]/.test(def) &&
          !/ON +UPDATE/i.test(def) &&
          !/^(?:\bnow\(\d+\)|\bcurrent_timestamp\(\d+\))/i.test(def) &&
          /.*\W.*/.test(def);
        parts.push(wrap ? `DEFAULT (${def})` : `DEFAULT ${def}`);
      }
    }
    return parts.join(' ');
  }

  private mysqlOptions(item: {
    readonly dialectOptions: Readonly<Record<string, unknown>>;
  }): Record<string, unknown> {
    const prefix = this.dialect.isMariaDB ? 'mariadb' : 'mysql';
    return {
      ...dialectOptionsFor(item.dialectOptions, 'mysql'),
      ...(prefix === 'mariadb' ? dialectOptionsFor(item.dialectOptions, 'mariadb') : {}),
    };
  }

  /**
   * `COMMENT='…' ENGINE=InnoDB CHARSET=utf8mb4 COLLATE utf8mb4_bin`, right after the parenthesis.
   * SQLAlchemy's order comes from a Python set; Retort keeps declaration order, COLLATE after the charset.
   */
  protected override postCreateTable(table: Table): string {
    const options: [string, unknown][] = [];
    if (table.comment !== undefined) options.push(['COMMENT', table.comment]);
    for (const [key, value] of Object.entries(this.mysqlOptions(table))) {
      options.push([key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), value]);
    }
    const collate = options.findIndex(([k]) => k === 'COLLATE');
    const charset = options.findIndex(([k]) => CHARSETS.has(k));
    if (collate >= 0 && charset > collate) options.push(...options.splice(collate, 1));
    const plain = options.filter(([k]) => !PARTITION_OPTIONS.includes(k));
    const partition = PARTITION_OPTIONS.flatMap((p) => options.filter(([k]) => k === p));
    const rendered = plain.map(([key, value]) => {
      let name = SPACED.has(key) ? key.replace(/_/g, ' ') : key;
      const text = STRING_OPTIONS.has(name) ? this.stringLiteral(String(value)) : String(value);
      if (key === 'COMMENT') name = 'COMMENT';
      return `${name}${SPACE_JOINED.has(name) ? ' ' : '='}${text}`;
    });
    for (const [key, value] of partition) rendered.push(`${key.replace(/_/g, ' ')} ${String(value)}`);
    return rendered.join(' ');
  }

  protected override primaryKeyConstraint(pk: PrimaryKeyConstraint): string | undefined {
    const text = super.primaryKeyConstraint(pk);
    const using = this.mysqlOptions(pk).using as string | undefined;
    return text && using ? `${text} USING ${this.quote(using)}` : text;
  }

  protected override foreignKeyMatch(fk: ForeignKeyConstraint): string {
    if (fk.fkOptions.match !== undefined) {
      throw new CompileError(
        "MySQL ignores the 'MATCH' keyword while at the same time causes ON UPDATE/ON DELETE clauses to be ignored.",
      );
    }
    return '';
  }

  protected override createIndex(create: CreateIndex): string {
    const index = create.index;
    const table = this.verifyIndexTable(index);
    if (index.name === undefined) throw new CompileError('CREATE INDEX requires that the index have a name');
    const options = this.mysqlOptions(index);
    const columns = index.expressions.map((e) => this.indexExpression(e));
    let text = `CREATE ${index.unique ? 'UNIQUE ' : ''}`;
    if (options.prefix) text += `${options.prefix as string} `;
    text += `INDEX ${create.options.ifNotExists ? 'IF NOT EXISTS ' : ''}${this.indexName(index, false)} ON ${this.formatTable(table)} `;
    const length = options.length as number | Readonly<Record<string, number>> | undefined;
    let list: string;
    if (length === undefined) list = columns.join(', ');
    else if (typeof length === 'number') list = columns.map((c) => `${c}(${length})`).join(', ');
    else {
      list = index.expressions
        .map((e, i) => {
          const name = e instanceof ColumnClause ? e.name : undefined;
          const rendered = columns[i] as string;
          const n = name !== undefined ? length[name] : length[rendered];
          return n !== undefined ? `${rendered}(${n})` : rendered;
        })
        .join(', ');
    }
    text += `(${list})`;
    if (options.withParser) text += ` WITH PARSER ${options.withParser as string}`;
    if (options.using) text += ` USING ${this.quote(options.using as string)}`;
    return text;
  }

  /** Functions and operator expressions are parenthesised (MySQL 8 functional indexes). */
  protected override indexExpression(expression: ClauseElement): string {
    const needsParens =
      expression instanceof BinaryExpression ||
      expression instanceof FunctionElement ||
      (expression instanceof UnaryExpression && !isOrdering(expression));
    return this.expression(needsParens ? new Grouping(expression as BinaryExpression) : expression);
  }

  protected override dropIndex(drop: DropIndex): string {
    const index = drop.index;
    if (index.name === undefined) throw new CompileError('DROP INDEX requires that the index have a name');
    return `\nDROP INDEX ${drop.options.ifExists ? 'IF EXISTS ' : ''}${this.indexName(index, false)} ON ${this.formatTable(index.table as Table)}`;
  }

  protected override dropConstraint(drop: DropConstraint): string {
    const constraint = drop.constraint;
    let qualifier: string;
    let name: string;
    if (constraint instanceof ForeignKeyConstraint) {
      qualifier = 'FOREIGN KEY ';
      name = this.formatName(constraint);
    } else if (constraint instanceof PrimaryKeyConstraintClass) {
      qualifier = 'PRIMARY KEY ';
      name = '';
    } else if (constraint instanceof UniqueConstraint) {
      qualifier = 'INDEX ';
      name = this.formatName(constraint);
    } else if (constraint instanceof CheckConstraint) {
      qualifier = this.dialect.isMariaDB ? 'CONSTRAINT ' : 'CHECK ';
      name = this.formatName(constraint);
    } else {
      qualifier = '';
      name = this.formatName(constraint);
    }
    return `ALTER TABLE ${this.formatTable(constraint.table as Table)} DROP ${qualifier}${name}`;
  }

  protected override setTableComment(set: SetTableComment): string {
    return `ALTER TABLE ${this.formatTable(set.table)} COMMENT ${this.stringLiteral(set.table.comment ?? '')}`;
  }

  protected override dropTableComment(drop: DropTableComment): string {
    return `ALTER TABLE ${this.formatTable(drop.table)} COMMENT ''`;
  }

  protected override setColumnComment(set: SetColumnComment): string {
    const column = set.column;
    const table = column.table as Table;
    return `ALTER TABLE ${this.formatTable(table)} CHANGE ${this.formatColumn(column)} ${this.columnSpecification(column, table)}`;
  }

  protected override dropColumnComment(drop: DropColumnComment): string {
    const column = drop.column;
    const table = column.table as Table;
    const spec = this.columnSpecification(column, table).replace(/ COMMENT '(?:[^'\\]|''|\\.)*'/, '');
    return `ALTER TABLE ${this.formatTable(table)} CHANGE ${this.formatColumn(column)} ${spec}`;
  }
}

function isOrdering(expression: UnaryExpression): boolean {
  const modifier = (expression as { readonly modifier?: string }).modifier;
  return modifier === 'desc' || modifier === 'asc';
}
