// ForeignKey('users.id', { ondelete: 'CASCADE' }): a column's reference to another table's
// column, resolved by name through the MetaData when first needed, as SQLAlchemy does.
import {
  ArgumentError,
  type Column,
  callableClass,
  type ForeignKeyConstraint,
  NoReferencedColumnError,
  NoReferencedTableError,
  NULLTYPE,
} from '../internal';

export interface ForeignKeyOptions {
  readonly name?: string;
  readonly ondelete?: string;
  readonly onupdate?: string;
  readonly deferrable?: boolean;
  readonly initially?: string;
  /** Create the constraint with ALTER TABLE after both tables exist (for cycles). */
  readonly useAlter?: boolean;
  readonly match?: string;
  /** The target spec names the referenced column's SQL name rather than its key. */
  readonly linkToName?: boolean;
}

export class ForeignKeyImpl {
  /** 'table.column' or 'schema.table.column', or the target column itself. */
  readonly target: string | Column;
  readonly options: ForeignKeyOptions;
  /** The column this key belongs to, once attached. */
  parent: Column | undefined;
  /** The constraint that owns this key (one per single-column key, shared by composite keys). */
  constraint: ForeignKeyConstraint | undefined;
  private resolved: Column | undefined;

  constructor(target: string | Column, options: ForeignKeyOptions = {}) {
    if (typeof target === 'string' && (target.split('.').length < 2 || target.split('.').some((p) => !p))) {
      throw new ArgumentError(
        `Invalid foreign key column specification: ${target} (expected 'table.column' or 'schema.table.column')`,
      );
    }
    this.target = target;
    this.options = options;
  }

  attach(parent: Column): void {
    this.parent = parent;
  }

  copy(): ForeignKeyImpl {
    return new ForeignKeyImpl(
      typeof this.target === 'string' ? this.target : this.targetFullname,
      this.options,
    );
  }

  /** `schema.table.column` of the target, without resolving it. */
  get targetFullname(): string {
    if (typeof this.target === 'string') return this.target;
    const table = this.target.table;
    return `${table ? `${table.fullname}.` : ''}${this.target.name}`;
  }

  /** The referenced table's full name (`schema.table` or `table`). */
  get targetTableName(): string {
    const parts = this.targetFullname.split('.');
    return parts.slice(0, -1).join('.');
  }

  get targetColumnName(): string {
    return this.targetFullname.split('.').at(-1) as string;
  }

  /** The referenced column, resolved through the parent table's MetaData. */
  get column(): Column {
    if (this.resolved) return this.resolved;
    if (typeof this.target !== 'string') return this.resolveTo(this.target);
    const parent = this.parent;
    const table = parent?.table;
    if (!parent || !table) {
      throw new ArgumentError(`ForeignKey('${this.target}') is not attached to a column of a table yet`);
    }
    // As in SQLAlchemy, a spec without a schema takes the MetaData's default schema.
    const tableName = this.targetTableName;
    const metadataSchema = table.metadata.schema;
    const target =
      table.metadata.tables[
        !tableName.includes('.') && metadataSchema ? `${metadataSchema}.${tableName}` : tableName
      ];
    if (!target) {
      throw new NoReferencedTableError(
        `Foreign key associated with column '${table.name}.${parent.name}' could not find table '${this.targetTableName}' with which to generate a foreign key to target column '${this.targetColumnName}'`,
      );
    }
    const name = this.targetColumnName;
    // The spec names the column's key, or its SQL name with linkToName, as in SQLAlchemy.
    const found = this.options.linkToName
      ? target.columnList.find((c) => c.name === name)
      : target.columnByKey(name);
    if (!found) {
      throw new NoReferencedColumnError(
        `Could not initialize target column for ForeignKey '${this.targetFullname}' on table '${table.name}': table '${target.name}' has no column named '${name}'`,
      );
    }
    return this.resolveTo(found as Column);
  }

  /** Whether the target can be resolved now (its table is in the MetaData). */
  get isResolvable(): boolean {
    try {
      void this.column;
      return true;
    } catch {
      return false;
    }
  }

  /** True when this key points into `table`. */
  references(table: { readonly fullname: string }): boolean {
    if (typeof this.target !== 'string') return this.target.table?.fullname === table.fullname;
    return this.targetTableFullname === table.fullname;
  }

  /** The full name of the referenced table, the MetaData's default schema applied, without resolving it. */
  get targetTableFullname(): string {
    const name = this.targetTableName;
    const schema = this.parent?.table?.metadata.schema;
    return !name.includes('.') && schema ? `${schema}.${name}` : name;
  }

  private resolveTo(column: Column): Column {
    this.resolved = column;
    // A column declared as Column('x', ForeignKey('t.id')) takes its target's type.
    if (this.parent && this.parent.type === NULLTYPE) this.parent.type = column.type;
    return column;
  }
}

/** A foreign key (SQLAlchemy's ForeignKey); callable with or without `new`. */
export type ForeignKey = ForeignKeyImpl;

export interface ForeignKeyFactory {
  (target: string | Column, options?: ForeignKeyOptions): ForeignKey;
  new (target: string | Column, options?: ForeignKeyOptions): ForeignKey;
}

export const ForeignKey: ForeignKeyFactory = callableClass<ForeignKeyFactory>(ForeignKeyImpl);
