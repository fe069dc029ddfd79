// MetaData: the collection of Table objects of one schema design (SQLAlchemy's MetaData), with
// its default schema and naming convention; `sortedTables` orders tables by foreign-key
// dependency. createAll/dropAll run in the engine from the plan of ddl/ddl-plan.ts.
import {
  CONSTRAINT_NAME_REQUIRED,
  type Connection,
  type Constraint,
  type CreateAllOptions,
  callableClass,
  conventionalName,
  conventionNeedsName,
  conventionTemplate,
  DEFAULT_NAMING_CONVENTION,
  type Engine,
  ForeignKeyConstraintImpl,
  IndexImpl,
  InvalidRequestError,
  type NameSubject,
  type NamingConvention,
  NoReferencedTableError,
  NULLTYPE,
  type ReflectOptions,
  runCreateAll,
  runDropAll,
  runReflect,
  sortTablesByDependency,
  type Table,
} from '../internal';

export interface MetaDataOptions {
  /** Default schema of tables that do not name one. */
  readonly schema?: string;
  /** SQLAlchemy's naming_convention; merged over the default `{ ix: 'ix_%(column_0_label)s' }`. */
  readonly namingConvention?: NamingConvention;
  readonly info?: Readonly<Record<string, unknown>>;
}

export class MetaDataImpl {
  readonly schema: string | undefined;
  readonly namingConvention: NamingConvention;
  readonly info: Readonly<Record<string, unknown>>;
  private readonly tableMap = new Map<string, Table>();
  /** Foreign keys whose convention needs a referenced table that is not defined yet. */
  private readonly pendingNames = new Set<ForeignKeyConstraintImpl>();

  constructor(options: MetaDataOptions = {}) {
    this.schema = options.schema;
    this.namingConvention = { ...DEFAULT_NAMING_CONVENTION, ...options.namingConvention };
    this.info = options.info ?? {};
  }

  /** Tables by full name (`schema.name` or `name`), in the order they were defined. */
  get tables(): Readonly<Record<string, Table>> {
    return Object.fromEntries(this.tableMap);
  }

  /**
   * Tables so that every table comes after the tables it refers to, ties in name order; tables
   * in a foreign-key cycle come with a warning, as in SQLAlchemy (createAll handles cycles with ALTER).
   */
  get sortedTables(): Table[] {
    return sortTablesByDependency([...this.tableMap.values()]);
  }

  /** @internal Called by Table's constructor. */
  addTable(table: Table): void {
    this.tableMap.set(table.fullname, table);
    // Columns declared as Column('x', ForeignKey('t.id')) take their type from the target, as in SQLAlchemy.
    for (const other of this.tableMap.values()) {
      for (const fk of other.foreignKeys) {
        if (fk.parent?.type === NULLTYPE && fk.isResolvable) void fk.column;
      }
    }
    for (const constraint of [...this.pendingNames]) {
      if (constraint.elements.every((e) => e.isResolvable)) {
        this.pendingNames.delete(constraint);
        this.applyNamingConvention(constraint);
      }
    }
  }

  remove(table: Table): void {
    this.tableMap.delete(table.fullname);
  }

  clear(): void {
    this.tableMap.clear();
  }

  /**
   * @internal Names a constraint or index from the naming convention when it is attached, as
   * SQLAlchemy does: unnamed items get the template's name; named ones only when the template
   * uses `%(constraint_name)s`. A foreign key whose template needs the referenced columns is
   * named once the referenced table is defined (SQLAlchemy raises NoReferencedTableError then).
   */
  applyNamingConvention(item: Constraint | IndexImpl): void {
    const table = item.table;
    if (!table || item.conventionName) return;
    const isIndex = item instanceof IndexImpl;
    const kind = isIndex ? 'index' : (item as Constraint).constraintKind;
    const template = conventionTemplate(this.namingConvention, kind);
    if (template === undefined) return;
    const fk = item instanceof ForeignKeyConstraintImpl ? item : undefined;
    if (fk && /%\(referred_column_0/.test(template) && !fk.elements.every((e) => e.isResolvable)) {
      this.pendingNames.add(fk);
      return;
    }
    const subject: NameSubject = {
      kind,
      item,
      table,
      name: item.name,
      columns: fk ? fk.elements.map((e) => e.parent).filter((c) => c !== undefined) : columnsOf(item),
      referredTableName: fk?.referredTableName,
      referredColumns: fk ? () => fk.elements.map((e) => e.column) : undefined,
    };
    const typeBound = !isIndex && 'typeBound' in item && item.typeBound !== undefined;
    if (item.name === undefined && conventionNeedsName(this.namingConvention, kind)) {
      // SQLAlchemy raises at once for a constraint the user made, and at DDL time for the CHECK of a type.
      const error = new InvalidRequestError(CONSTRAINT_NAME_REQUIRED);
      if (typeBound) {
        item.namingError = error;
        return;
      }
      throw error;
    }
    let name: string | undefined;
    try {
      name = conventionalName(this.namingConvention, subject);
    } catch (error) {
      if (error instanceof NoReferencedTableError) {
        if (fk) this.pendingNames.add(fk);
        return;
      }
      throw error;
    }
    if (name !== undefined) {
      item.name = name;
      item.conventionName = true;
    }
  }

  /**
   * CREATE TABLE (and indexes, types) for the tables not in the database yet, in one transaction
   * (SQLAlchemy's create_all; `checkfirst: false` skips the existence checks).
   */
  createAll(bind: Engine | Connection, options?: CreateAllOptions): Promise<void> {
    return runCreateAll(this, bind, options);
  }

  /** DROP TABLE for this MetaData's tables that exist, dependents first (SQLAlchemy's drop_all). */
  dropAll(bind: Engine | Connection, options?: CreateAllOptions): Promise<void> {
    return runDropAll(this, bind, options);
  }

  /** Adds Table objects for the database's tables (SQLAlchemy's reflect). */
  reflect(bind: Engine | Connection, options?: ReflectOptions): Promise<void> {
    return runReflect(this, bind, options);
  }
}

function columnsOf(item: Constraint | IndexImpl): readonly Table['columnList'][number][] {
  if (item instanceof IndexImpl) return item.columns;
  return 'columns' in item
    ? (item as { readonly columns: readonly Table['columnList'][number][] }).columns
    : [];
}

/** The collection of tables (SQLAlchemy's MetaData); callable with or without `new`. */
export type MetaData = MetaDataImpl;

export const MetaData = callableClass<{
  (options?: MetaDataOptions): MetaDataImpl;
  new (options?: MetaDataOptions): MetaDataImpl;
}>(MetaDataImpl);
