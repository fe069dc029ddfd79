// The INSERT upsert clauses of the dialect packages (SQLAlchemy's postgresql/sqlite OnConflictDoNothing
// and OnConflictDoUpdate, mysql OnDuplicateClause), kept in Core so the packages share their
// validation and cache keys. Plain SET values become typed binds here, up front, so that a
// compiled form cached by structure receives the values of each new statement.
import {
  ArgumentError,
  BindParameter,
  CLAUSE_ELEMENT,
  ClauseElement,
  type ColumnElement,
  coerceWhere,
  ExtensionNode,
  hasClauseElement,
  inferType,
  type KeyBuilder,
  ScalarSubquery,
  SelectBase,
  type Table,
  type TableImpl,
} from '../../internal';

/** A SET of an upsert: column keys (or columns) and their values, in the order given. */
export type UpsertSet =
  | Readonly<Record<string, unknown>>
  | readonly (readonly [string | ColumnElement, unknown])[];

export interface OnConflictTarget {
  /** The unique index's columns (names or columns): `ON CONFLICT (a, b)`. */
  readonly indexElements?: readonly (string | ColumnElement)[];
  /** A partial unique index's predicate: `ON CONFLICT (a) WHERE …`. */
  readonly indexWhere?: ColumnElement<boolean | null>;
  /** A constraint name (PostgreSQL): `ON CONFLICT ON CONSTRAINT name`. */
  readonly constraint?: string | { readonly name?: string | undefined };
}

export interface OnConflictUpdateOptions extends OnConflictTarget {
  readonly set: UpsertSet;
  /** `DO UPDATE SET … WHERE …`. */
  readonly where?: ColumnElement<boolean | null>;
}

/** One SET assignment: the key naming a column of the INSERT's table, and the value's node. */
export interface UpsertAssignment {
  readonly key: string;
  readonly value: ClauseElement;
}

/** Converts a SET to assignments, binding plain values with the column's type (`param_N`). */
function assignments(table: TableImpl, set: UpsertSet, what: string): UpsertAssignment[] {
  const entries = Array.isArray(set)
    ? (set as readonly (readonly [string | ColumnElement, unknown])[])
    : Object.entries(set as Readonly<Record<string, unknown>>);
  if (entries.length === 0) throw new ArgumentError(`${what} parameter dictionary must not be empty`);
  return entries.map(([rawKey, raw]) => {
    const key =
      typeof rawKey === 'string' ? rawKey : ((rawKey as { columnKey?: string }).columnKey ?? String(rawKey));
    const column = table.columnList.find((c) => c.columnKey === key || c.name === key);
    let value: unknown = hasClauseElement(raw) ? raw[CLAUSE_ELEMENT]() : raw;
    if (value instanceof SelectBase) value = new ScalarSubquery(value);
    if (!(value instanceof ClauseElement)) {
      value = new BindParameter('param', value, column?.type ?? inferType(value), { unique: true });
    } else if (value instanceof BindParameter && column && value.type.affinity === 'null') {
      value = new BindParameter(value.paramKey, value.value, column.type, value.options);
    }
    return { key, value: value as ClauseElement };
  });
}

function targetKey(target: OnConflictTarget, builder: KeyBuilder): void {
  builder.push(
    `target:${constraintName(target.constraint) ?? ''}:${(target.indexElements ?? [])
      .map((e) => (typeof e === 'string' ? e : '#'))
      .join(',')}`,
  );
  for (const e of target.indexElements ?? []) if (typeof e !== 'string') e.addKey(builder);
  target.indexWhere?.addKey(builder);
}

function constraintName(constraint: OnConflictTarget['constraint']): string | undefined {
  if (constraint === undefined) return undefined;
  return typeof constraint === 'string' ? constraint : constraint.name;
}

function checkTarget(target: OnConflictTarget, requireTarget: boolean): void {
  if (target.constraint !== undefined && target.indexElements !== undefined) {
    throw new ArgumentError("'constraint' and 'indexElements' are mutually exclusive");
  }
  if (requireTarget && target.constraint === undefined && (target.indexElements ?? []).length === 0) {
    throw new ArgumentError(
      'Either constraint or indexElements, but not both, must be specified unless DO NOTHING',
    );
  }
  if (target.constraint !== undefined && constraintName(target.constraint) === undefined) {
    throw new ArgumentError('the constraint of ON CONFLICT needs a name');
  }
}

/** `ON CONFLICT [target] DO NOTHING`. */
export class OnConflictDoNothing extends ExtensionNode {
  readonly extensionName = 'onConflictDoNothing';
  constructor(readonly target: OnConflictTarget) {
    super();
    checkTarget(target, false);
  }
  get constraint(): string | undefined {
    return constraintName(this.target.constraint);
  }
  addKey(builder: KeyBuilder): void {
    builder.push('onconflict-nothing');
    targetKey(this.target, builder);
  }
}

/** `ON CONFLICT target DO UPDATE SET … [WHERE …]`. */
export class OnConflictDoUpdate extends ExtensionNode {
  readonly extensionName = 'onConflictDoUpdate';
  readonly set: readonly UpsertAssignment[];
  readonly where: ColumnElement | undefined;
  constructor(
    table: Table,
    readonly target: OnConflictTarget,
    set: UpsertSet,
    where: ColumnElement<boolean | null> | undefined,
  ) {
    super();
    checkTarget(target, true);
    this.set = assignments(table as TableImpl, set, 'set');
    this.where = where === undefined ? undefined : coerceWhere(where, 'onConflictDoUpdate({ where })');
  }
  get constraint(): string | undefined {
    return constraintName(this.target.constraint);
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`onconflict-update:${this.set.map((a) => a.key).join(',')}:${this.where ? 'w' : ''}`);
    targetKey(this.target, builder);
    for (const a of this.set) a.value.addKey(builder);
    this.where?.addKey(builder);
  }
}

/** MySQL's `ON DUPLICATE KEY UPDATE …`; `ordered` keeps the SET in the order given. */
export class OnDuplicateKeyUpdate extends ExtensionNode {
  readonly extensionName = 'onDuplicateKeyUpdate';
  readonly set: readonly UpsertAssignment[];
  readonly ordered: boolean;
  constructor(
    table: Table,
    /** The `inserted` alias whose columns stand for the row being inserted. */
    readonly inserted: object,
    set: UpsertSet,
  ) {
    super();
    this.ordered = Array.isArray(set);
    this.set = assignments(table as TableImpl, set, 'update');
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`onduplicate:${this.ordered ? 'o' : ''}:${this.set.map((a) => a.key).join(',')}`);
    for (const a of this.set) a.value.addKey(builder);
  }
}
