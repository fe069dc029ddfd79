// How a relationship joins its parent to its target (SQLAlchemy's JoinCondition): the primary and
// secondary join, which columns are foreign, remote and local, the direction, and the column pairs
// the flush copies. Built once per relationship by the configure step; read by every other part.
import {
  AmbiguousForeignKeysError,
  ArgumentError,
  and,
  BinaryExpression,
  BooleanClauseList,
  type ColumnClause,
  ColumnElement,
  type ForeignKey,
  type FromClause,
  Grouping,
  NoForeignKeysError,
  type Table,
} from '@retort/core';
import type { RelationshipProperty } from '@retort/orm';
import { adaptClause, type ColumnReplacer, columnsIn } from './clause-adapter';

/** Aliases to re-aim a join condition at (JoinCondition.adapted). */
export interface JoinAliases {
  readonly parent?: FromClause | undefined;
  readonly target?: FromClause | undefined;
  readonly secondary?: FromClause | undefined;
}

export type RelationshipDirection = 'ONETOMANY' | 'MANYTOONE' | 'MANYTOMANY';

/** Two columns: `[source, destination]` for sync pairs, `[local, remote]` for local/remote pairs. */
export type ColumnPair = readonly [ColumnClause, ColumnClause];

export class JoinCondition {
  readonly primaryjoin: ColumnElement<boolean>;
  readonly secondaryjoin: ColumnElement<boolean> | undefined;
  readonly secondary: Table | undefined;
  readonly direction: RelationshipDirection;
  /** Columns that hold a reference (the foreign key side). */
  readonly foreignKeyColumns: ReadonlySet<ColumnClause>;
  /** Columns on the far side of the primary join: the target's, or the association table's. */
  readonly remoteColumns: ReadonlySet<ColumnClause>;
  /** The parent's columns the primary join compares with remote ones. */
  readonly localColumns: ReadonlySet<ColumnClause>;
  readonly localRemotePairs: readonly ColumnPair[];
  /** `[referenced, referencing]` pairs of the primary join, whose values the flush copies. */
  readonly synchronizePairs: readonly ColumnPair[];
  /** The same for the secondary join (many-to-many: target column → association column). */
  readonly secondarySynchronizePairs: readonly ColumnPair[];
  private readonly parentTable: Table;
  private readonly targetTable: Table;

  constructor(private readonly property: RelationshipProperty) {
    this.parentTable = property.parent.localTable;
    this.targetTable = property.mapper.localTable;
    this.secondary = property.secondary;
    const consider =
      property.foreignKeys.length > 0 ? new Set<ColumnClause>(property.foreignKeys) : undefined;
    const explicitPrimary = this.explicitJoin('primaryjoin');
    const explicitSecondary = this.explicitJoin('secondaryjoin');
    if (explicitSecondary !== undefined && this.secondary === undefined) {
      throw new ArgumentError(
        `Property ${property} specified with secondary join condition but no secondary argument`,
      );
    }
    if (this.secondary !== undefined) {
      this.secondaryjoin = explicitSecondary ?? this.deriveJoin(this.targetTable, this.secondary, consider);
      this.primaryjoin = explicitPrimary ?? this.deriveJoin(this.parentTable, this.secondary, consider);
    } else {
      this.primaryjoin = explicitPrimary ?? this.deriveJoin(this.parentTable, this.targetTable, consider);
    }
    this.foreignKeyColumns = this.annotateForeign(consider);
    this.remoteColumns = this.annotateRemote();
    const pairs = this.setupPairs();
    this.localRemotePairs = pairs.localRemote;
    this.synchronizePairs = pairs.sync;
    this.secondarySynchronizePairs = pairs.secondarySync;
    this.localColumns = new Set(
      columnsIn(this.primaryjoin).filter((c) => !this.remoteColumns.has(c) && c.table === this.parentTable),
    );
    this.direction = this.determineDirection();
  }

  /** Whether the parent and target map the same table (adjacency lists). */
  get selfReferential(): boolean {
    return this.parentTable === this.targetTable;
  }

  /** Whether a column occurrence is on the remote side of the primary join. */
  isRemote(column: ColumnClause): boolean {
    return this.remoteColumns.has(column);
  }

  /**
   * The join conditions re-aimed at aliases: the parent's columns at `parent`, the target's (the
   * remote side) at `target`, the association table's at `secondary`. Unset ones stay as they are.
   */
  adapted(to: JoinAliases): {
    primaryjoin: ColumnElement<boolean>;
    secondaryjoin: ColumnElement<boolean> | undefined;
  } {
    const secondary = this.secondary;
    const primary: ColumnReplacer = (column) => {
      if (secondary !== undefined && column.table === secondary)
        return to.secondary?.correspondingColumn(column);
      if (secondary === undefined && this.remoteColumns.has(column))
        return to.target?.correspondingColumn(column);
      if (column.table === this.parentTable) return to.parent?.correspondingColumn(column);
      return undefined;
    };
    const secondaryReplacer: ColumnReplacer = (column) => {
      if (column.table === secondary) return to.secondary?.correspondingColumn(column);
      if (column.table === this.targetTable) return to.target?.correspondingColumn(column);
      return undefined;
    };
    return {
      primaryjoin: adaptClause(this.primaryjoin, primary),
      secondaryjoin: this.secondaryjoin && adaptClause(this.secondaryjoin, secondaryReplacer),
    };
  }

  /**
   * The criterion that finds the related rows of one object (SQLAlchemy's lazy clause): the join
   * with the parent's columns turned into `bind(column)`; `reverse` turns the target's columns
   * instead (the rows that hold one related object: comparisons such as `Post.author.eq(user)`).
   * The association table of a many-to-many is replaced by `secondary` when given.
   */
  lazyClause(
    reverse: boolean,
    bind: (column: ColumnClause) => ColumnElement,
    secondary?: FromClause,
  ): ColumnElement<boolean> {
    const table = this.secondary;
    const toSecondary: ColumnReplacer = (column) =>
      table !== undefined && column.table === table ? secondary?.correspondingColumn(column) : undefined;
    if (table !== undefined) {
      const primary = adaptClause(this.primaryjoin, (column) =>
        !reverse && column.table !== table ? bind(column) : toSecondary(column),
      );
      const second = adaptClause(this.secondaryjoin as ColumnElement<boolean>, (column) =>
        reverse && column.table !== table ? bind(column) : toSecondary(column),
      );
      return and(primary, second);
    }
    return adaptClause(this.primaryjoin, (column) =>
      this.remoteColumns.has(column) === reverse ? bind(column) : undefined,
    );
  }

  private explicitJoin(option: 'primaryjoin' | 'secondaryjoin'): ColumnElement<boolean> | undefined {
    const thunk = this.property.options[option];
    if (thunk === undefined) return undefined;
    let produced: unknown;
    try {
      produced = (thunk as () => unknown)();
    } catch (error) {
      throw new ArgumentError(`${this.property}: the ${option} thunk failed (${(error as Error).message})`, {
        cause: error,
      });
    }
    if (Array.isArray(produced)) produced = and(...(produced as ColumnElement<boolean>[]));
    if (!(produced instanceof ColumnElement)) {
      throw new ArgumentError(
        `${this.property}: ${option} must return a SQL expression such as () => and(User.id.eq(Address.user_id), …), got ${typeof produced}`,
      );
    }
    return produced as ColumnElement<boolean>;
  }

  /** SQLAlchemy's join_condition(a, b, consider_as_foreign_keys): the foreign keys between two tables. */
  private deriveJoin(
    a: Table,
    b: Table,
    consider: ReadonlySet<ColumnClause> | undefined,
  ): ColumnElement<boolean> {
    const constraints = new Map<unknown, ColumnPair[]>();
    const scan = (holder: Table, referred: Table) => {
      for (const fk of holder.foreignKeys as readonly ForeignKey[]) {
        const parent = fk.parent;
        if (parent === undefined || !fk.isResolvable) continue;
        if (consider !== undefined && !consider.has(parent)) continue;
        const target = fk.column;
        if (target.table !== referred) continue;
        const key = fk.constraint ?? fk;
        const list = constraints.get(key) ?? [];
        list.push([target, parent]);
        constraints.set(key, list);
      }
    };
    scan(b, a);
    if (a !== b) scan(a, b);
    let found = [...constraints.values()];
    if (found.length > 1) {
      const distinct = new Map(found.map((pairs) => [pairs.map(pairKey).join(';'), pairs]));
      found = [...distinct.values()];
    }
    const via = this.secondary === undefined ? '' : ` via secondary table '${this.secondary.name}'`;
    if (found.length > 1) {
      const what =
        this.secondary === undefined
          ? 'to the parent table'
          : 'from the secondary table to each of the parent and child tables';
      throw new AmbiguousForeignKeysError(
        `Could not determine join condition between parent/child tables on relationship ${this.property} - there are multiple foreign key paths linking the tables${via}.  Specify the 'foreign_keys' argument, providing a list of those columns which should be counted as containing a foreign key reference ${what}.`,
      );
    }
    const pairs = found[0];
    if (pairs === undefined) {
      const fix =
        this.secondary === undefined
          ? "specify a 'primaryjoin' expression"
          : "specify 'primaryjoin' and 'secondaryjoin' expressions";
      throw new NoForeignKeysError(
        `Could not determine join condition between parent/child tables on relationship ${this.property} - there are no foreign keys linking these tables${via}.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or ${fix}.`,
      );
    }
    const criteria = pairs.map(([referred, referring]) => referred.eq(referring as never));
    return criteria.length === 1 ? (criteria[0] as ColumnElement<boolean>) : and(...criteria);
  }

  /** Foreign columns: those given by foreignKeys, or those of each `a = b` that reference the other. */
  private annotateForeign(consider: ReadonlySet<ColumnClause> | undefined): Set<ColumnClause> {
    const foreign = new Set<ColumnClause>();
    const secondaryColumns = new Set<unknown>(this.secondary?.columnList ?? []);
    const check = (join: ColumnElement, which: 'primary' | 'secondary') => {
      let found = false;
      if (consider !== undefined) {
        for (const c of columnsIn(join)) {
          if (consider.has(c)) {
            foreign.add(c);
            found = true;
          }
        }
      } else {
        for (const [left, right] of equalities(join)) {
          let column: ColumnClause | undefined;
          if (references(left, right)) column = left;
          else if (references(right, left)) column = right;
          else if (secondaryColumns.has(left) && !secondaryColumns.has(right)) column = left;
          else if (secondaryColumns.has(right) && !secondaryColumns.has(left)) column = right;
          if (column !== undefined) {
            foreign.add(column);
            found = true;
          }
        }
      }
      if (!found) {
        throw new ArgumentError(
          `Could not locate any relevant foreign key columns for ${which} join condition '${String(join)}' on relationship ${this.property}.  Ensure that referencing columns are associated with a ForeignKey or ForeignKeyConstraint, or are annotated in the join condition with the foreign() annotation.`,
        );
      }
    };
    check(this.primaryjoin, 'primary');
    if (this.secondaryjoin !== undefined) check(this.secondaryjoin, 'secondary');
    return foreign;
  }

  /** Remote columns, as SQLAlchemy's _annotate_remote decides them. */
  private annotateRemote(): Set<ColumnClause> {
    const remote = new Set<ColumnClause>();
    const joins = [this.primaryjoin, ...(this.secondaryjoin ? [this.secondaryjoin] : [])];
    if (this.secondary !== undefined) {
      const table = this.secondary;
      for (const join of joins) for (const c of columnsIn(join)) if (c.table === table) remote.add(c);
      return remote;
    }
    const remoteSide = this.property.remoteSide;
    if (remoteSide.length > 0) {
      const given = new Set<unknown>(remoteSide);
      for (const c of columnsIn(this.primaryjoin)) if (given.has(c)) remote.add(c);
      return remote;
    }
    if (this.selfReferential) {
      for (const [left, right] of equalities(this.primaryjoin)) {
        if (this.foreignKeyColumns.has(left)) remote.add(left);
        if (this.foreignKeyColumns.has(right)) remote.add(right);
      }
      return remote;
    }
    for (const c of columnsIn(this.primaryjoin)) if (c.table === this.targetTable) remote.add(c);
    return remote;
  }

  private setupPairs(): { localRemote: ColumnPair[]; sync: ColumnPair[]; secondarySync: ColumnPair[] } {
    const localRemote: ColumnPair[] = [];
    const visit = (join: ColumnElement, sync: ColumnPair[]) => {
      for (const [left, right] of equalities(join)) {
        if (this.remoteColumns.has(right) && !this.remoteColumns.has(left)) localRemote.push([left, right]);
        else if (this.remoteColumns.has(left) && !this.remoteColumns.has(right))
          localRemote.push([right, left]);
        if (this.foreignKeyColumns.has(right)) sync.push([left, right]);
        else if (this.foreignKeyColumns.has(left)) sync.push([right, left]);
      }
    };
    const sync: ColumnPair[] = [];
    const secondarySync: ColumnPair[] = [];
    visit(this.primaryjoin, sync);
    if (this.secondaryjoin !== undefined) visit(this.secondaryjoin, secondarySync);
    return { localRemote, sync, secondarySync };
  }

  private determineDirection(): RelationshipDirection {
    if (this.secondaryjoin !== undefined) return 'MANYTOMANY';
    const foreign = [...this.foreignKeyColumns];
    const oneToMany = foreign.some((c) => c.table === this.targetTable);
    const manyToOne = foreign.some((c) => c.table === this.parentTable);
    const name = `Can't determine relationship direction for relationship '${this.property}'`;
    if (oneToMany && manyToOne) {
      const pjColumns = columnsIn(this.primaryjoin);
      const remoteForeign = pjColumns.some((c) => this.remoteColumns.has(c) && this.foreignKeyColumns.has(c));
      const localForeign = pjColumns.some((c) => !this.remoteColumns.has(c) && this.foreignKeyColumns.has(c));
      if (remoteForeign && localForeign) {
        throw new ArgumentError(
          `${name} - foreign key columns within the join condition are present in both the parent and the child's mapped tables.  Ensure that only those columns referring to a parent column are marked as foreign, either via the foreign() annotation or via the foreign_keys argument.`,
        );
      }
      if (remoteForeign) return 'ONETOMANY';
      if (localForeign) return 'MANYTOONE';
      throw new ArgumentError(
        `${name} - foreign key columns are present in both the parent and the child's mapped tables.  Specify 'foreign_keys' argument.`,
      );
    }
    if (oneToMany) return 'ONETOMANY';
    if (manyToOne) return 'MANYTOONE';
    throw new ArgumentError(
      `${name} - foreign key columns are present in neither the parent nor the child's mapped tables`,
    );
  }
}

/** The `column = column` comparisons of a join condition (through AND and parentheses). */
export function equalities(join: ColumnElement): ColumnPair[] {
  const out: ColumnPair[] = [];
  const visit = (node: ColumnElement) => {
    if (node instanceof Grouping) visit(node.element);
    else if (node instanceof BooleanClauseList) for (const c of node.clauses) visit(c);
    else if (node instanceof BinaryExpression && node.operator === 'eq') {
      const left = columnOf(node.left);
      const right = columnOf(node.right);
      if (left !== undefined && right !== undefined) out.push([left, right]);
    }
  };
  visit(join);
  return out;
}

function columnOf(node: ColumnElement): ColumnClause | undefined {
  const inner = node instanceof Grouping ? node.element : node;
  const columns = columnsIn(inner);
  return columns.length === 1 && columns[0] === inner ? columns[0] : undefined;
}

/** Whether `a` has a foreign key to `b` (SQLAlchemy's Column.references). */
function references(a: ColumnClause, b: ColumnClause): boolean {
  const fks = (a as { foreignKeys?: readonly ForeignKey[] }).foreignKeys;
  return fks?.some((fk) => fk.isResolvable && fk.column === b) ?? false;
}

function pairKey(pair: ColumnPair): string {
  return `${pair[0].table?.fromName}.${pair[0].name}=${pair[1].table?.fromName}.${pair[1].name}`;
}
