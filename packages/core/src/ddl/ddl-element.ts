// DDL constructs (SQLAlchemy's schema.CreateTable, DropTable, CreateIndex …): executable like
// statements, compiled by the dialect's DDLCompiler, never cached (echo shows `[no key …]`).
// The createAll/dropAll planner (ddl-plan.ts) produces them; users may execute them directly.
import {
  ClauseElement,
  type Column,
  type Constraint,
  type EnumType,
  type ForeignKeyConstraintImpl,
  type IndexImpl,
  type KeyBuilder,
  type TableImpl,
} from '../internal';

export type DDLKind =
  | 'createTable'
  | 'dropTable'
  | 'createIndex'
  | 'dropIndex'
  | 'addConstraint'
  | 'dropConstraint'
  | 'createSchema'
  | 'dropSchema'
  | 'setTableComment'
  | 'dropTableComment'
  | 'setColumnComment'
  | 'dropColumnComment'
  | 'createEnum'
  | 'dropEnum';

export abstract class DDLElement extends ClauseElement {
  readonly kind = 'ddl' as const;
  abstract readonly ddlKind: DDLKind;

  /** The table this statement creates, drops or alters, when there is one (DDL events use it). */
  get target(): TableImpl | undefined {
    return undefined;
  }

  /** DDL has no cache key: it is compiled every time, as in SQLAlchemy. */
  addKey(builder: KeyBuilder): void {
    builder.push(`ddl:${this.ddlKind}:${builder.anon(this)}`);
  }
}

export class CreateTable extends DDLElement {
  readonly ddlKind = 'createTable' as const;
  constructor(
    readonly table: TableImpl,
    readonly options: {
      readonly ifNotExists?: boolean;
      /**
       * The foreign key constraints CREATE TABLE includes (the others are left to ALTER TABLE);
       * all of them when not given. Ignored where the database has no ALTER for constraints.
       */
      readonly includeForeignKeyConstraints?: readonly ForeignKeyConstraintImpl[];
    } = {},
  ) {
    super();
  }
  override get target(): TableImpl {
    return this.table;
  }
}

export class DropTable extends DDLElement {
  readonly ddlKind = 'dropTable' as const;
  constructor(
    readonly table: TableImpl,
    readonly options: { readonly ifExists?: boolean } = {},
  ) {
    super();
  }
  override get target(): TableImpl {
    return this.table;
  }
}

export class CreateIndex extends DDLElement {
  readonly ddlKind = 'createIndex' as const;
  constructor(
    readonly index: IndexImpl,
    readonly options: { readonly ifNotExists?: boolean } = {},
  ) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.index.table;
  }
}

export class DropIndex extends DDLElement {
  readonly ddlKind = 'dropIndex' as const;
  constructor(
    readonly index: IndexImpl,
    readonly options: { readonly ifExists?: boolean } = {},
  ) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.index.table;
  }
}

/** `ALTER TABLE t ADD CONSTRAINT …` (foreign keys that close a cycle, migrations). */
export class AddConstraint extends DDLElement {
  readonly ddlKind = 'addConstraint' as const;
  constructor(readonly constraint: Constraint) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.constraint.table;
  }
}

export class DropConstraint extends DDLElement {
  readonly ddlKind = 'dropConstraint' as const;
  constructor(
    readonly constraint: Constraint,
    readonly options: { readonly ifExists?: boolean; readonly cascade?: boolean } = {},
  ) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.constraint.table;
  }
}

export class CreateSchema extends DDLElement {
  readonly ddlKind = 'createSchema' as const;
  constructor(
    readonly name: string,
    readonly options: { readonly ifNotExists?: boolean } = {},
  ) {
    super();
  }
}

export class DropSchema extends DDLElement {
  readonly ddlKind = 'dropSchema' as const;
  constructor(
    readonly name: string,
    readonly options: { readonly ifExists?: boolean; readonly cascade?: boolean } = {},
  ) {
    super();
  }
}

/** `COMMENT ON TABLE t IS '…'` (`ALTER TABLE t COMMENT '…'` on MySQL), from the table's `comment`. */
export class SetTableComment extends DDLElement {
  readonly ddlKind = 'setTableComment' as const;
  constructor(readonly table: TableImpl) {
    super();
  }
  override get target(): TableImpl {
    return this.table;
  }
}

/** `COMMENT ON TABLE t IS NULL`. */
export class DropTableComment extends DDLElement {
  readonly ddlKind = 'dropTableComment' as const;
  constructor(readonly table: TableImpl) {
    super();
  }
  override get target(): TableImpl {
    return this.table;
  }
}

/** `COMMENT ON COLUMN t.c IS '…'`, from the column's `comment`. */
export class SetColumnComment extends DDLElement {
  readonly ddlKind = 'setColumnComment' as const;
  constructor(readonly column: Column) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.column.table as TableImpl | undefined;
  }
}

/** `COMMENT ON COLUMN t.c IS NULL`. */
export class DropColumnComment extends DDLElement {
  readonly ddlKind = 'dropColumnComment' as const;
  constructor(readonly column: Column) {
    super();
  }
  override get target(): TableImpl | undefined {
    return this.column.table as TableImpl | undefined;
  }
}

/** `CREATE TYPE name AS ENUM (…)` for a native PostgreSQL enum (SQLAlchemy's CreateEnumType). */
export class CreateEnumType extends DDLElement {
  readonly ddlKind = 'createEnum' as const;
  constructor(readonly type: EnumType) {
    super();
  }
}

/** `DROP TYPE name` (SQLAlchemy's DropEnumType). */
export class DropEnumType extends DDLElement {
  readonly ddlKind = 'dropEnum' as const;
  constructor(readonly type: EnumType) {
    super();
  }
}
