// Renders DDL (SQLAlchemy's DDLCompiler) in SQLAlchemy's exact layout: `\nCREATE TABLE t (\n\t…\n)\n\n`.
// Dialect packages subclass it and override the hooks: column specification (SERIAL,
// AUTO_INCREMENT, COMMENT), table options (ENGINE=, WITHOUT ROWID), index and constraint details.
import { createHash } from 'node:crypto';
import {
  type AddConstraint,
  CheckConstraintImpl,
  type ClauseElement,
  type Column,
  type ColumnImpl,
  Compiled,
  CompileError,
  type CompileOptions,
  type Constraint,
  type CreateEnumType,
  type CreateIndex,
  type CreateSchema,
  type CreateTable,
  type DDLElement,
  type Dialect,
  type DropColumnComment,
  type DropConstraint,
  type DropEnumType,
  type DropIndex,
  type DropSchema,
  type DropTable,
  type DropTableComment,
  ForeignKeyConstraintImpl,
  IdentifierError,
  type IndexImpl,
  PrimaryKeyConstraintImpl,
  type SetColumnComment,
  type SetTableComment,
  SQLCompiler,
  StringType,
  type TableImpl,
  UniqueConstraintImpl,
  UnsupportedCompilationError,
} from '../internal';

/** The statement compiler class a dialect uses, for expressions inside DDL. */
export type StatementCompilerClass = new (
  dialect: Dialect,
  statement: ClauseElement,
  options: CompileOptions,
) => SQLCompiler;

const FK_ON_DELETE = /^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$/i;
const FK_ON_UPDATE = /^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$/i;
const FK_INITIALLY = /^(?:DEFERRED|IMMEDIATE)$/i;

/** Python's spelling of a pattern, for SQLAlchemy's "Unexpected SQL phrase" message. */
function patternText(pattern: RegExp): string {
  return pattern.source;
}

const STRING_TYPE = new StringType();

export class DDLCompiler {
  /** Renders expressions inside DDL (defaults, CHECK, index expressions) with literal values. */
  protected readonly sql: SQLCompiler;

  constructor(
    readonly dialect: Dialect,
    readonly element: DDLElement,
    readonly options: CompileOptions = {},
    statementCompiler: StatementCompilerClass = SQLCompiler,
  ) {
    this.sql = new statementCompiler(dialect, element, { ...options, literalBinds: true });
  }

  compile(): Compiled {
    return new Compiled({
      dialect: this.dialect,
      statement: this.element,
      template: this.render(),
      placeholders: [],
      bindsByName: new Map(),
      resultColumns: [],
      isDDL: true,
      isInsert: false,
      isUpdate: false,
      isDelete: false,
      isSelect: false,
      hasReturning: false,
      implicitReturning: false,
      literalBinds: true,
      defaultBinds: new Map(),
      insertPrimaryKey: [],
    });
  }

  render(): string {
    const e = this.element;
    switch (e.ddlKind) {
      case 'createTable':
        return this.createTable(e as CreateTable);
      case 'dropTable':
        return this.dropTable(e as DropTable);
      case 'createIndex':
        return this.createIndex(e as CreateIndex);
      case 'dropIndex':
        return this.dropIndex(e as DropIndex);
      case 'addConstraint':
        return this.addConstraint(e as AddConstraint);
      case 'dropConstraint':
        return this.dropConstraint(e as DropConstraint);
      case 'createSchema':
        return this.createSchema(e as CreateSchema);
      case 'dropSchema':
        return this.dropSchema(e as DropSchema);
      case 'setTableComment':
        return this.setTableComment(e as SetTableComment);
      case 'dropTableComment':
        return this.dropTableComment(e as DropTableComment);
      case 'setColumnComment':
        return this.setColumnComment(e as SetColumnComment);
      case 'dropColumnComment':
        return this.dropColumnComment(e as DropColumnComment);
      case 'createEnum':
        return this.createEnumType(e as CreateEnumType);
      case 'dropEnum':
        return this.dropEnumType(e as DropEnumType);
    }
  }

  protected unsupported(element: DDLElement): UnsupportedCompilationError {
    return new UnsupportedCompilationError(
      `Compiler ${this.constructor.name} can't render element of type ${element.constructor.name}`,
    );
  }

  protected quote(name: string, force?: boolean): string {
    return this.dialect.identifierPreparer.quote(name, force);
  }

  protected formatTable(table: TableImpl, useSchema = true): string {
    return this.dialect.identifierPreparer.formatTable(table.name, useSchema ? table.schema : undefined);
  }

  protected formatColumn(column: Column): string {
    return this.quote(column.name, (column as ColumnImpl).quote);
  }

  /** SQL for an expression inside DDL, values inline, column names without their table. */
  protected expression(element: ClauseElement, includeTable = false): string {
    return this.sql.process(element, { literalBinds: true, includeTable });
  }

  /** A value as a string literal (comments, string server defaults). */
  protected stringLiteral(value: string): string {
    return this.dialect.renderLiteral(value, STRING_TYPE);
  }

  /** Checks a phrase such as ON DELETE's against what SQL allows there (SQLAlchemy's validate_sql_phrase). */
  protected validatePhrase(phrase: string, pattern: RegExp): string {
    if (!pattern.test(phrase)) {
      throw new CompileError(
        `Unexpected SQL phrase: '${phrase}' (matching against '${patternText(pattern)}')`,
      );
    }
    return phrase;
  }

  // ---- names ---------------------------------------------------------------------------------------

  /** Longest naming-convention name before it is cut (SQLAlchemy's max_index/constraint_name_length). */
  protected get maxConventionNameLength(): number {
    return this.dialect.identifierPreparer.maxIdentifierLength;
  }

  /** Longest name the user may give (SQLAlchemy's max_identifier_length; 255 on MySQL). */
  protected get maxGivenNameLength(): number {
    return this.dialect.identifierPreparer.maxIdentifierLength;
  }

  /**
   * A constraint or index name, quoted: a naming-convention name that is too long is cut and
   * given a hash suffix, a name the user gave that is too long is an IdentifierError (SQLAlchemy).
   */
  protected formatName(item: Constraint | IndexImpl): string {
    if (item.namingError) throw item.namingError;
    let name = item.name as string;
    if (item.conventionName) {
      const max = this.maxConventionNameLength;
      if (name.length > max) {
        const hash = createHash('md5').update(name, 'utf8').digest('hex').slice(-4);
        name = `${name.slice(0, max - 8)}_${hash}`;
      }
    } else if (name.length > this.maxGivenNameLength) {
      throw new IdentifierError(
        `Identifier '${name}' exceeds maximum length of ${this.maxGivenNameLength} characters`,
      );
    }
    return this.quote(name);
  }

  // ---- CREATE TABLE ---------------------------------------------------------------------------------

  protected createTable(create: CreateTable): string {
    const table = create.table;
    let text = `\nCREATE TABLE ${create.options.ifNotExists ? 'IF NOT EXISTS ' : ''}${this.formatTable(table)} (`;
    let separator = '\n';
    let firstPk = false;
    for (const column of table.columnList as readonly ColumnImpl[]) {
      if (column.system) continue;
      let spec: string | undefined;
      try {
        spec = this.createColumn(column, table, column.primaryKey && !firstPk);
      } catch (error) {
        if (error instanceof CompileError) {
          throw new CompileError(`(in table '${table.name}', column '${column.name}'): ${error.message}`, {
            cause: error,
          });
        }
        throw error;
      }
      if (spec !== undefined) {
        text += `${separator}\t${spec}`;
        separator = ', \n';
      }
      if (column.primaryKey) firstPk = true;
    }
    const constraints = this.createTableConstraints(create);
    if (constraints) text += `${separator}\t${constraints}`;
    return `${text}\n)${this.postCreateTable(table)}\n\n`;
  }

  /** A column's line: its specification, then its column-level CHECK constraints. */
  protected createColumn(column: ColumnImpl, table: TableImpl, firstPk: boolean): string | undefined {
    let text = this.columnSpecification(column, table, firstPk);
    const inline = column.constraints
      .filter((c): c is CheckConstraintImpl => c instanceof CheckConstraintImpl && c.columnLevel)
      .map((c) => this.checkConstraint(c))
      .filter((c): c is string => c !== undefined);
    if (inline.length > 0) text += ` ${inline.join(' ')}`;
    return text;
  }

  /** The table's constraints: the primary key first, the others in creation order, as SQLAlchemy. */
  protected createTableConstraints(create: CreateTable): string {
    const table = create.table;
    const include = create.options.includeForeignKeyConstraints;
    const alter = this.dialect.capabilities.alterTableConstraints;
    const ordered = [...table.constraints].sort((a, b) => a.creationOrder - b.creationOrder);
    const constraints: Constraint[] = table.primaryKey.columns.length > 0 ? [table.primaryKey] : [];
    for (const c of ordered) {
      if (c === table.primaryKey) continue;
      if (c instanceof ForeignKeyConstraintImpl) {
        if (alter && include !== undefined && !include.includes(c)) continue;
        if (alter && c.useAlter) continue;
      }
      if (!c.appliesTo(this.dialect)) continue;
      constraints.push(c);
    }
    return constraints
      .map((c) => this.constraintSpecification(c))
      .filter((text): text is string => text !== undefined && text !== '')
      .join(', \n\t');
  }

  /** `name TYPE [DEFAULT …] [NOT NULL]`; dialects add SERIAL, AUTO_INCREMENT, COMMENT. */
  columnSpecification(column: ColumnImpl, _table: TableImpl, _firstPk = false): string {
    let text = `${this.formatColumn(column)} ${this.dialect.typeDDL(column.type)}`;
    const def = this.defaultString(column);
    if (def !== undefined) text += ` DEFAULT ${def}`;
    if (!column.nullable) text += ' NOT NULL';
    return text;
  }

  /** The DEFAULT expression of a server default, or undefined (SQLAlchemy's get_column_default_string). */
  protected defaultString(column: ColumnImpl): string | undefined {
    const def = column.serverDefault;
    if (!def) return undefined;
    if (typeof def.arg === 'string') return this.stringLiteral(def.arg);
    return this.expression(def.arg, true);
  }

  /** Text after the closing parenthesis (`ENGINE=InnoDB`, `\n WITHOUT ROWID`). */
  protected postCreateTable(_table: TableImpl): string {
    return '';
  }

  /** A constraint's definition; undefined when the dialect leaves it out. */
  constraintSpecification(constraint: Constraint): string | undefined {
    if (constraint instanceof PrimaryKeyConstraintImpl) return this.primaryKeyConstraint(constraint);
    if (constraint instanceof UniqueConstraintImpl) return this.uniqueConstraint(constraint);
    if (constraint instanceof CheckConstraintImpl) return this.checkConstraint(constraint);
    if (constraint instanceof ForeignKeyConstraintImpl) return this.foreignKeyConstraint(constraint);
    return undefined;
  }

  /** `CONSTRAINT name ` when the constraint has a name. */
  protected constraintPreamble(constraint: Constraint): string {
    if (constraint.namingError) throw constraint.namingError;
    return constraint.name !== undefined ? `CONSTRAINT ${this.formatName(constraint)} ` : '';
  }

  protected primaryKeyConstraint(pk: PrimaryKeyConstraintImpl): string | undefined {
    if (pk.columns.length === 0) return '';
    return `${this.constraintPreamble(pk)}${this.primaryKeyBody(pk)}${this.deferrable(pk)}`;
  }

  protected primaryKeyBody(pk: PrimaryKeyConstraintImpl): string {
    return `PRIMARY KEY (${pk.ddlColumns.map((c) => this.formatColumn(c)).join(', ')})`;
  }

  protected uniqueConstraint(unique: UniqueConstraintImpl): string | undefined {
    if (unique.columns.length === 0) return '';
    return `${this.constraintPreamble(unique)}${this.uniqueBody(unique)}${this.deferrable(unique)}`;
  }

  protected uniqueBody(unique: UniqueConstraintImpl): string {
    return `UNIQUE ${this.uniqueDistinct(unique)}(${unique.columns.map((c) => this.formatColumn(c)).join(', ')})`;
  }

  /** PostgreSQL's `NULLS NOT DISTINCT `; nothing elsewhere. */
  protected uniqueDistinct(_unique: UniqueConstraintImpl): string {
    return '';
  }

  protected checkConstraint(check: CheckConstraintImpl): string | undefined {
    return `${this.constraintPreamble(check)}CHECK (${this.expression(check.sqltext)})${this.deferrable(check)}`;
  }

  protected foreignKeyConstraint(fk: ForeignKeyConstraintImpl): string | undefined {
    return `${this.constraintPreamble(fk)}${this.foreignKeyBody(fk)}${this.foreignKeyMatch(fk)}${this.foreignKeyCascades(fk)}${this.deferrable(fk)}`;
  }

  protected foreignKeyBody(fk: ForeignKeyConstraintImpl): string {
    const remote = fk.elements.map((e) => e.column);
    const remoteTable = remote[0]?.table as TableImpl;
    const local = fk.elements.map((e) => this.formatColumn(e.parent as Column)).join(', ');
    return `FOREIGN KEY(${local}) REFERENCES ${this.remoteTable(fk, remoteTable)} (${remote.map((c) => this.formatColumn(c)).join(', ')})`;
  }

  /** The referenced table in a FOREIGN KEY clause (SQLite leaves the schema out). */
  protected remoteTable(_fk: ForeignKeyConstraintImpl, table: TableImpl): string {
    return this.formatTable(table);
  }

  protected foreignKeyMatch(fk: ForeignKeyConstraintImpl): string {
    return fk.fkOptions.match !== undefined ? ` MATCH ${fk.fkOptions.match}` : '';
  }

  protected foreignKeyCascades(fk: ForeignKeyConstraintImpl): string {
    let text = '';
    if (fk.ondelete !== undefined)
      text += ` ON DELETE ${this.validatePhrase(fk.ondelete, this.onDeletePattern)}`;
    if (fk.onupdate !== undefined) text += ` ON UPDATE ${this.validatePhrase(fk.onupdate, FK_ON_UPDATE)}`;
    return text;
  }

  /** What ON DELETE accepts; PostgreSQL also allows `SET NULL (col)`. */
  protected get onDeletePattern(): RegExp {
    return FK_ON_DELETE;
  }

  protected deferrable(constraint: Constraint): string {
    let text = '';
    const deferrable = constraint.deferrable;
    if (deferrable !== undefined) text += deferrable ? ' DEFERRABLE' : ' NOT DEFERRABLE';
    if (constraint.initially !== undefined)
      text += ` INITIALLY ${this.validatePhrase(constraint.initially, FK_INITIALLY)}`;
    return text;
  }

  // ---- other DDL --------------------------------------------------------------------------------------

  protected dropTable(drop: DropTable): string {
    return `\nDROP TABLE ${drop.options.ifExists ? 'IF EXISTS ' : ''}${this.formatTable(drop.table)}`;
  }

  protected verifyIndexTable(index: IndexImpl): TableImpl {
    if (!index.table) throw new CompileError(`Index '${index.name}' is not associated with any table.`);
    return index.table as TableImpl;
  }

  protected createIndex(create: CreateIndex): string {
    const index = create.index;
    const table = this.verifyIndexTable(index);
    if (index.name === undefined) throw new CompileError('CREATE INDEX requires that the index have a name');
    const columns = index.expressions.map((e) => this.indexExpression(e)).join(', ');
    return `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${create.options.ifNotExists ? 'IF NOT EXISTS ' : ''}${this.indexName(index, false)} ON ${this.formatTable(table)} (${columns})`;
  }

  /** The index name, with its table's schema when `includeSchema`. */
  protected indexName(index: IndexImpl, includeSchema: boolean): string {
    const schema = includeSchema ? index.table?.schema : undefined;
    const name = this.formatName(index);
    return schema ? `${this.dialect.identifierPreparer.quoteSchema(schema)}.${name}` : name;
  }

  /** An indexed column or expression, without table names. */
  protected indexExpression(expression: ClauseElement): string {
    return this.expression(expression);
  }

  protected dropIndex(drop: DropIndex): string {
    const index = drop.index;
    if (index.name === undefined) throw new CompileError('DROP INDEX requires that the index have a name');
    return `\nDROP INDEX ${drop.options.ifExists ? 'IF EXISTS ' : ''}${this.indexName(index, true)}`;
  }

  protected addConstraint(add: AddConstraint): string {
    const table = add.constraint.table as TableImpl;
    return `ALTER TABLE ${this.formatTable(table)} ADD ${this.constraintSpecification(add.constraint) ?? ''}`;
  }

  protected dropConstraint(drop: DropConstraint): string {
    const constraint = drop.constraint;
    if (constraint.name === undefined) {
      throw new CompileError(
        `Can't emit DROP CONSTRAINT for constraint ${constraint.label}(${describeColumns(constraint)}); it has no name`,
      );
    }
    return `ALTER TABLE ${this.formatTable(constraint.table as TableImpl)} DROP CONSTRAINT ${drop.options.ifExists ? 'IF EXISTS ' : ''}${this.formatName(constraint)}${drop.options.cascade ? ' CASCADE' : ''}`;
  }

  protected createSchema(create: CreateSchema): string {
    return `CREATE SCHEMA ${create.options.ifNotExists ? 'IF NOT EXISTS ' : ''}${this.quote(create.name)}`;
  }

  protected dropSchema(drop: DropSchema): string {
    return `DROP SCHEMA ${drop.options.ifExists ? 'IF EXISTS ' : ''}${this.quote(drop.name)}${drop.options.cascade ? ' CASCADE' : ''}`;
  }

  protected setTableComment(set: SetTableComment): string {
    return `COMMENT ON TABLE ${this.formatTable(set.table)} IS ${this.stringLiteral(set.table.comment ?? '')}`;
  }

  protected dropTableComment(drop: DropTableComment): string {
    return `COMMENT ON TABLE ${this.formatTable(drop.table)} IS NULL`;
  }

  protected setColumnComment(set: SetColumnComment): string {
    const column = set.column as ColumnImpl;
    return `COMMENT ON COLUMN ${this.qualifiedColumn(column)} IS ${this.stringLiteral(column.comment ?? '')}`;
  }

  protected dropColumnComment(drop: DropColumnComment): string {
    return `COMMENT ON COLUMN ${this.qualifiedColumn(drop.column as ColumnImpl)} IS NULL`;
  }

  protected qualifiedColumn(column: ColumnImpl): string {
    const table = column.table as TableImpl | undefined;
    return table ? `${this.formatTable(table)}.${this.formatColumn(column)}` : this.formatColumn(column);
  }

  protected createEnumType(create: CreateEnumType): string {
    throw this.unsupported(create);
  }

  protected dropEnumType(drop: DropEnumType): string {
    throw this.unsupported(drop);
  }
}

function describeColumns(constraint: Constraint): string {
  const columns = 'columns' in constraint ? (constraint as { columns: readonly Column[] }).columns : [];
  return columns.map((c) => `'${c.name}'`).join(', ');
}
