// `left JOIN right ON …` (SQLAlchemy's Join). Without an ON clause, the condition is built from
// the foreign keys between the two sides; none or several candidates raise the errors SQLAlchemy raises.
import {
  AmbiguousForeignKeysError,
  AnonMap,
  and,
  type ColumnClause,
  type ColumnElement,
  type ColumnMap,
  type ForeignKey,
  FromClause,
  identityOf,
  type KeyBuilder,
  NoForeignKeysError,
} from '../../internal';

export class Join extends FromClause<ColumnMap> {
  readonly kind = 'join' as const;
  readonly onclause: ColumnElement;

  constructor(
    readonly left: FromClause,
    readonly right: FromClause,
    onclause: ColumnElement<boolean | null> | undefined,
    readonly isouter: boolean,
    readonly full: boolean,
  ) {
    super();
    // An explicit ON clause is grouped as a lone boolean (`ON x = 1` for a boolean column without native booleans).
    this.onclause = onclause ? onclause.selfGroup('asBool') : joinCondition(left, right);
  }

  get c(): ColumnMap {
    const map: Record<string, ColumnClause> = {};
    for (const side of [this.left, this.right]) {
      for (const column of side.columnList) map[`${side.fromName ?? ''}_${column.columnKey}`] = column;
    }
    return map;
  }

  get fromName(): undefined {
    return undefined;
  }

  override get foreignKeys(): readonly ForeignKey[] {
    return [...this.left.foreignKeys, ...this.right.foreignKeys];
  }

  override get underlyingTables(): readonly FromClause[] {
    return [...this.left.underlyingTables, ...this.right.underlyingTables];
  }

  override correspondingColumn(column: ColumnElement): ColumnClause | undefined {
    return this.left.correspondingColumn(column) ?? this.right.correspondingColumn(column);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`join:${this.isouter ? 'o' : ''}${this.full ? 'f' : ''}`);
    this.left.addKey(builder);
    this.right.addKey(builder);
    this.onclause.addKey(builder);
  }

  addFromKey(builder: KeyBuilder): void {
    this.addKey(builder);
  }
}

/** How SQLAlchemy names a FROM clause in join errors (its `description`). */
function describeFrom(from: FromClause): string {
  if (from instanceof Join) {
    return `Join object on ${describeFrom(from.left)}(${identityOf(from.left)}) and ${describeFrom(from.right)}(${identityOf(from.right)})`;
  }
  return from.fromName === undefined
    ? `${from.constructor.name} object`
    : new AnonMap().resolve(from.fromName);
}

type Pair = readonly [referred: ColumnClause, referring: ColumnClause];

/**
 * The ON clause joining `a` to `b` through foreign keys in either direction (SQLAlchemy's
 * Join._join_condition): keys are looked for first between the right side of a join on the left
 * and `b`, then from all of `a`. More than one constraint is an AmbiguousForeignKeysError, none a
 * NoForeignKeysError, with SQLAlchemy's messages.
 */
export function joinCondition(a: FromClause, b: FromClause): ColumnElement<boolean> {
  const aSubset = a instanceof Join ? a.right : undefined;
  let constraints = scanLeftRight(a, aSubset, b);
  if (constraints.size > 1) {
    const distinct = new Set([...constraints.values()].map((pairs) => pairs.map(pairKey).join(';')));
    if (distinct.size === 1) constraints = new Map([[...constraints][0] as [unknown, Pair[]]]);
    else {
      throw new AmbiguousForeignKeysError(
        `Can't determine join between '${describeFrom(a)}' and '${describeFrom(b)}'; tables have more than one foreign key constraint relationship between them. Please specify the 'onclause' of this join explicitly.`,
      );
    }
  }
  const pairs = [...constraints.values()][0];
  if (!pairs) {
    throw new NoForeignKeysError(
      `Can't find any foreign key relationships between '${describeFrom(a)}' and '${describeFrom(b)}'.`,
    );
  }
  const criteria = pairs.map(([referred, referring]) => referred.eq(referring as never));
  return criteria.length === 1 ? (criteria[0] as ColumnElement<boolean>) : and(...criteria);
}

/** Whether foreign keys link `left` (or the right side of a join on the left) to `right` (SQLAlchemy's Join._can_join). */
export function canJoin(left: FromClause, right: FromClause): boolean {
  return scanLeftRight(left, left instanceof Join ? left.right : undefined, right).size > 0;
}

function pairKey(pair: Pair): string {
  return `${identityOf(pair[0])}=${identityOf(pair[1])}`;
}

/** SQLAlchemy's _joincond_scan_left_right: column pairs by foreign key constraint. */
function scanLeftRight(a: FromClause, aSubset: FromClause | undefined, b: FromClause): Map<unknown, Pair[]> {
  const constraints = new Map<unknown, Pair[]>();
  const add = (fk: ForeignKey, referred: ColumnClause, referring: ColumnClause) => {
    const key = fk.constraint ?? fk;
    const list = constraints.get(key) ?? [];
    list.push([referred, referring]);
    constraints.set(key, list);
  };
  for (const left of [aSubset, a]) {
    if (left === undefined) continue;
    for (const fk of b.foreignKeys) {
      if (!fk.isResolvable || !fk.parent) continue;
      const referred = left.correspondingColumn(fk.column);
      const referring = b.correspondingColumn(fk.parent);
      if (referred && referring) add(fk, referred, referring);
    }
    if (left !== b) {
      for (const fk of left.foreignKeys) {
        if (!fk.isResolvable || !fk.parent) continue;
        const referred = b.correspondingColumn(fk.column);
        const referring = left.correspondingColumn(fk.parent);
        if (referred && referring) add(fk, referred, referring);
      }
    }
    if (constraints.size > 0) break;
  }
  return constraints;
}
