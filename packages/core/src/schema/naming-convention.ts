// SQLAlchemy's naming_convention: names for constraints and indexes made from `%(token)s`
// templates (`ix_%(column_0_label)s`). MetaData applies it when a constraint or index is
// attached to a table; the DDL compiler truncates long convention names as SQLAlchemy does.
import type { Column, Constraint, IndexImpl, Table } from '../internal';
import { InvalidRequestError } from '../internal';

/** A user-defined token: computes its text from the constraint (or index) and its table. */
export type ConventionToken = (constraint: Constraint | IndexImpl, table: Table) => string;

/**
 * Keys `ix`, `uq`, `ck`, `fk`, `pk` (or `Index`, `UniqueConstraint`, `CheckConstraint`,
 * `ForeignKeyConstraint`, `PrimaryKeyConstraint`) map to templates; any other key is a
 * user token usable in the templates as `%(key)s`.
 */
export type NamingConvention = Readonly<Record<string, string | ConventionToken>>;

/** SQLAlchemy's default: only indexes get a name, `ix_<table>_<column>`. */
export const DEFAULT_NAMING_CONVENTION: NamingConvention = { ix: 'ix_%(column_0_label)s' };

export type NamedKind = 'index' | Constraint['constraintKind'];

const KIND_KEYS: Readonly<Record<NamedKind, readonly [string, string]>> = {
  index: ['ix', 'Index'],
  unique: ['uq', 'UniqueConstraint'],
  check: ['ck', 'CheckConstraint'],
  foreignKey: ['fk', 'ForeignKeyConstraint'],
  primaryKey: ['pk', 'PrimaryKeyConstraint'],
};

/** What a template is rendered from. */
export interface NameSubject {
  readonly kind: NamedKind;
  readonly item: Constraint | IndexImpl;
  readonly table: Table;
  /** The name the user gave, if any. */
  readonly name: string | undefined;
  /** The constrained columns (for a foreign key, the local columns of its elements). */
  readonly columns: readonly Column[];
  /** For a foreign key: the referenced table's name as its spec gives it (no schema). */
  readonly referredTableName?: string | undefined;
  /** For a foreign key: resolves the referenced columns (throws when the table is not defined yet). */
  readonly referredColumns?: () => readonly Column[];
}

/** The template for `kind`, if the convention has one. */
export function conventionTemplate(convention: NamingConvention, kind: NamedKind): string | undefined {
  const [short, long] = KIND_KEYS[kind];
  const template = convention[short] ?? convention[long];
  return typeof template === 'string' ? template : undefined;
}

/** Whether the template for `kind` names the constraint itself (`%(constraint_name)s`). */
export function conventionNeedsName(convention: NamingConvention, kind: NamedKind): boolean {
  return conventionTemplate(convention, kind)?.includes('%(constraint_name)s') ?? false;
}

export const CONSTRAINT_NAME_REQUIRED =
  'Naming convention including %(constraint_name)s token requires that constraint is explicitly named.';

/**
 * The conventional name for `subject`, or undefined when the convention does not apply: no
 * template, or the user named it and the template does not use `%(constraint_name)s`.
 */
export function conventionalName(convention: NamingConvention, subject: NameSubject): string | undefined {
  const template = conventionTemplate(convention, subject.kind);
  if (template === undefined) return undefined;
  const needsName = template.includes('%(constraint_name)s');
  if (subject.name !== undefined && !needsName) return undefined;
  return template.replace(/%%|%\((\w+)\)s/g, (match, token: string | undefined) =>
    match === '%%' ? '%' : resolveToken(token as string, subject, convention),
  );
}

function resolveToken(token: string, s: NameSubject, convention: NamingConvention): string {
  const user = convention[token];
  if (typeof user === 'function') return user(s.item, s.table);
  switch (token) {
    case 'table_name':
      return s.table.name;
    case 'constraint_name':
      if (s.name === undefined) throw new InvalidRequestError(CONSTRAINT_NAME_REQUIRED);
      return s.name;
    case 'referred_table_name':
      return s.referredTableName ?? '';
    default:
      break;
  }
  const match = /^(referred_)?column_0(N|_N)?_(name|key|label)$/.exec(token);
  if (!match) {
    throw new InvalidRequestError(
      `Naming convention token '%(${token})s' is not known; add a function for it to the namingConvention`,
    );
  }
  const referred = match[1] !== undefined;
  const columns = referred ? (s.referredColumns?.() ?? []) : s.columns;
  const part = (c: Column): string => {
    if (match[3] === 'name') return c.name;
    if (match[3] === 'key') return c.columnKey;
    return ddlLabel(c);
  };
  if (match[2] === undefined) return columns[0] ? part(columns[0]) : '';
  return columns.map(part).join(match[2] === '_N' ? '_' : '');
}

/** `<schema>_<table>_<column>`: a column's label in DDL names (SQLAlchemy's `_ddl_label`). */
export function ddlLabel(column: Column): string {
  const table = column.table as Table | undefined;
  if (!table) return column.name;
  const schema = table.schema ? `${table.schema.replace(/\./g, '_')}_` : '';
  return `${schema}${table.name}_${column.name}`;
}
