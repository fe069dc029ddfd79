// PostgreSQL DDL (SQLAlchemy's PGDDLCompiler): SERIAL/BIGSERIAL/SMALLSERIAL for the
// autoincrement column, CREATE TYPE … AS ENUM, index options (USING, INCLUDE, WHERE, WITH,
// CONCURRENTLY, opclasses), NOT VALID, NULLS NOT DISTINCT, table options (PARTITION BY, INHERITS …).
import {
  BigIntegerType,
  type CheckConstraint,
  type ClauseElement,
  type Column,
  ColumnClause,
  CompileError,
  type CreateEnumType,
  type CreateIndex,
  DDLCompiler,
  type DropEnumType,
  type DropIndex,
  dialectOptionsFor,
  type ForeignKeyConstraint,
  type Index,
  type PrimaryKeyConstraint,
  SmallIntegerType,
  String as StringFactory,
  type Table,
  TypeDecorator,
  type UniqueConstraint,
} from '@retort/core';
import { enumTypeName } from './pg-types';

const FK_ON_DELETE = /^(?:RESTRICT|CASCADE|SET (?:NULL|DEFAULT)(?:\s*\(.+\))?|NO ACTION)$/i;
const IDX_USING = /^(?:btree|hash|gist|gin|[\w_]+)$/i;

const STRING = StringFactory();

export class PGDDLCompiler extends DDLCompiler {
  /** SERIAL for the autoincrement primary key column without a client default, as SQLAlchemy. */
  override columnSpecification(column: Column, table: Table): string {
    let text = this.formatColumn(column);
    let impl = column.type.forDialect(this.dialect);
    if (impl instanceof TypeDecorator) impl = impl.loadDialectImpl(this.dialect);
    if (column.primaryKey && column === table.autoincrementColumn && column.default === undefined) {
      if (impl instanceof BigIntegerType) text += ' BIGSERIAL';
      else if (impl instanceof SmallIntegerType) text += ' SMALLSERIAL';
      else text += ' SERIAL';
    } else {
      text += ` ${this.dialect.typeDDL(column.type)}`;
      const def = this.defaultString(column);
      if (def !== undefined) text += ` DEFAULT ${def}`;
    }
    if (!column.nullable) text += ' NOT NULL';
    return text;
  }

  private pgOptions(item: {
    readonly dialectOptions: Readonly<Record<string, unknown>>;
  }): Record<string, unknown> {
    return dialectOptionsFor(item.dialectOptions, 'postgresql');
  }

  private include(
    item: { readonly dialectOptions: Readonly<Record<string, unknown>> },
    table: Table,
  ): string {
    const include = this.pgOptions(item).include as readonly (string | Column)[] | undefined;
    if (!include || include.length === 0) return '';
    const names = include.map((c) => (typeof c === 'string' ? (table.columnByKey(c)?.name ?? c) : c.name));
    return ` INCLUDE (${names.map((n) => this.quote(n)).join(', ')})`;
  }

  private notValid(item: { readonly dialectOptions: Readonly<Record<string, unknown>> }): string {
    return this.pgOptions(item).notValid ? ' NOT VALID' : '';
  }

  protected override checkConstraint(check: CheckConstraint): string | undefined {
    const text = super.checkConstraint(check);
    return text === undefined ? undefined : text + this.notValid(check);
  }

  protected override foreignKeyConstraint(fk: ForeignKeyConstraint): string | undefined {
    const text = super.foreignKeyConstraint(fk);
    return text === undefined ? undefined : text + this.notValid(fk);
  }

  protected override primaryKeyConstraint(pk: PrimaryKeyConstraint): string | undefined {
    if (pk.columns.length === 0) return '';
    return `${this.constraintPreamble(pk)}${this.primaryKeyBody(pk)}${this.include(pk, pk.table as Table)}${this.deferrable(pk)}`;
  }

  protected override uniqueConstraint(unique: UniqueConstraint): string | undefined {
    if (unique.columns.length === 0) return '';
    return `${this.constraintPreamble(unique)}${this.uniqueBody(unique)}${this.include(unique, unique.table as Table)}${this.deferrable(unique)}`;
  }

  protected override uniqueDistinct(unique: UniqueConstraint): string {
    const nnd = this.pgOptions(unique).nullsNotDistinct;
    return nnd === true ? 'NULLS NOT DISTINCT ' : nnd === false ? 'NULLS DISTINCT ' : '';
  }

  protected override get onDeletePattern(): RegExp {
    return FK_ON_DELETE;
  }

  protected override createIndex(create: CreateIndex): string {
    const index = create.index;
    const table = this.verifyIndexTable(index);
    const options = this.pgOptions(index);
    let text = `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX `;
    if (options.concurrently) text += 'CONCURRENTLY ';
    if (create.options.ifNotExists) text += 'IF NOT EXISTS ';
    if (index.name === undefined) throw this.unnamed('CREATE');
    text += `${this.indexName(index, false)} ON ${this.formatTable(table)} `;
    const using = options.using as string | undefined;
    if (using) text += `USING ${this.validatePhrase(using, IDX_USING).toLowerCase()} `;
    const ops = (options.ops ?? {}) as Readonly<Record<string, string>>;
    text += `(${index.expressions
      .map((e) => {
        const key = e instanceof ColumnClause ? e.columnKey : undefined;
        return `${this.indexExpression(e)}${key !== undefined && ops[key] ? ` ${ops[key]}` : ''}`;
      })
      .join(', ')})`;
    text += this.include(index, table);
    const nnd = options.nullsNotDistinct;
    if (nnd === true) text += ' NULLS NOT DISTINCT';
    else if (nnd === false) text += ' NULLS DISTINCT';
    const withClause = options.with as Readonly<Record<string, string | number>> | undefined;
    if (withClause && Object.keys(withClause).length > 0) {
      text += ` WITH (${Object.entries(withClause)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')})`;
    }
    if (options.tablespace) text += ` TABLESPACE ${this.quote(options.tablespace as string)}`;
    const where = options.where as ClauseElement | undefined;
    if (where !== undefined) text += ` WHERE ${this.expression(where)}`;
    return text;
  }

  /** Expressions other than plain columns are grouped as SQLAlchemy's self_group() does. */
  protected override indexExpression(expression: ClauseElement): string {
    if (expression instanceof ColumnClause) return this.expression(expression);
    const grouped = (expression as { selfGroup?: () => ClauseElement }).selfGroup?.() ?? expression;
    return this.expression(grouped);
  }

  private unnamed(what: 'CREATE' | 'DROP'): CompileError {
    return new CompileError(`${what} INDEX requires that the index have a name`);
  }

  protected override dropIndex(drop: DropIndex): string {
    const index: Index = drop.index;
    if (index.name === undefined) throw this.unnamed('DROP');
    let text = '\nDROP INDEX ';
    if (this.pgOptions(index).concurrently) text += 'CONCURRENTLY ';
    if (drop.options.ifExists) text += 'IF EXISTS ';
    return text + this.indexName(index, true);
  }

  protected override postCreateTable(table: Table): string {
    const o = this.pgOptions(table);
    let text = '';
    if (o.inherits !== undefined) {
      const names = Array.isArray(o.inherits) ? (o.inherits as string[]) : [o.inherits as string];
      text += `\n INHERITS ( ${names.map((n) => this.quote(n)).join(', ')} )`;
    }
    if (o.partitionBy) text += `\n PARTITION BY ${o.partitionBy as string}`;
    if (o.using) text += `\n USING ${o.using as string}`;
    if (o.withOids === true) text += '\n WITH OIDS';
    else if (o.withOids === false) text += '\n WITHOUT OIDS';
    if (o.onCommit) text += `\n ON COMMIT ${(o.onCommit as string).replace(/_/g, ' ').toUpperCase()}`;
    if (o.tablespace) text += `\n TABLESPACE ${this.quote(o.tablespace as string)}`;
    return text;
  }

  protected override createEnumType(create: CreateEnumType): string {
    const type = create.type;
    const values = type.storedValues.map((v) => this.dialect.renderLiteral(v, STRING)).join(', ');
    return `CREATE TYPE ${enumTypeName(type, this.dialect)} AS ENUM (${values})`;
  }

  protected override dropEnumType(drop: DropEnumType): string {
    return `DROP TYPE ${enumTypeName(drop.type, this.dialect)}`;
  }
}
