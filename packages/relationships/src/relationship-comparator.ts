// Class-level SQL of a relationship (SQLAlchemy's RelationshipProperty.Comparator): the join target
// of `select(User).join(User.posts)`, `any()`/`has()` as EXISTS, `contains()`, `eq()`/`ne()`, on
// mapped classes and aliased() entities. Made by ConfiguredRelationship for RelationshipAttribute.
import {
  Alias,
  ArgumentError,
  and,
  BindParameter,
  type ColumnClause,
  type ColumnElement,
  type FromClause,
  InvalidRequestError,
  literalColumn,
  not,
  or,
  select,
  warn,
} from '@retort/core';
import {
  instanceStateOf,
  type Mapper,
  type OrmEntity,
  ormEntityOf,
  type RelationshipComparator,
  type RelationshipComparatorOptions,
  type RelationshipProperty,
  UnmappedInstanceError,
} from '@retort/orm';
import { adaptClause, columnsOf } from './clause-adapter';
import type { JoinCondition } from './join-condition';

export class Comparator implements RelationshipComparator {
  private readonly targetEntity: OrmEntity | undefined;
  private readonly criteria: readonly ColumnElement<boolean | null>[];

  constructor(
    private readonly property: RelationshipProperty,
    private readonly join: JoinCondition,
    /** The entity the attribute was read from: the mapped class or an aliased() entity. */
    private readonly entity: OrmEntity,
    options: RelationshipComparatorOptions = {},
  ) {
    this.criteria = options.criteria ?? [];
    if (options.targetEntity !== undefined) {
      const target = ormEntityOf(options.targetEntity);
      if (target === undefined || target.mapper !== property.mapper) {
        throw new ArgumentError(
          `${property}.of() takes ${property.mapper.className} or an aliased() ${property.mapper.className}, got ${target?.displayName ?? typeof options.targetEntity}`,
        );
      }
      this.targetEntity = target;
    }
  }

  /** The parent's alias when the attribute was read from an aliased() entity. */
  private get parentAlias(): FromClause | undefined {
    return this.entity.isAliasedClass ? this.entity.selectable : undefined;
  }

  private get targetAlias(): FromClause | undefined {
    return this.targetEntity?.isAliasedClass ? this.targetEntity.selectable : undefined;
  }

  joinTarget() {
    const target = this.targetEntity?.selectable ?? this.property.mapper.localTable;
    const parent = this.entity.selectable;
    if (target === parent) {
      throw new InvalidRequestError(
        `Can't construct a join from ${this.entity.mapper} to ${this.property.mapper}, they are the same entity`,
      );
    }
    const secondary =
      this.join.secondary === undefined ? undefined : new Alias(this.join.secondary, undefined);
    const { primaryjoin, secondaryjoin } = this.join.adapted({
      parent: this.parentAlias,
      target: this.targetAlias,
      secondary,
    });
    if (secondary !== undefined && secondaryjoin !== undefined) {
      return {
        target,
        onclause: this.withCriteria(secondaryjoin),
        via: { target: secondary, onclause: primaryjoin },
      };
    }
    return { target, onclause: this.withCriteria(primaryjoin) };
  }

  any(criterion?: ColumnElement<boolean | null>): ColumnElement<boolean> {
    if (!this.property.uselist) {
      throw new InvalidRequestError("'any()' not implemented for scalar attributes. Use has().");
    }
    return this.criterionExists(criterion);
  }

  has(criterion?: ColumnElement<boolean | null>): ColumnElement<boolean> {
    if (this.property.uselist) {
      throw new InvalidRequestError("'has()' not implemented for collections.  Use any().");
    }
    return this.criterionExists(criterion);
  }

  contains(item: object): ColumnElement<boolean> {
    if (!this.property.uselist) {
      throw new InvalidRequestError("'contains' not implemented for scalar attributes.  Use ==");
    }
    return this.optimizedCompare(item);
  }

  eq(item: object | null): ColumnElement<boolean> {
    if (item === null) {
      if (this.join.direction !== 'MANYTOONE') return not(this.criterionExists());
      return this.noneClause();
    }
    this.refuseCollection();
    return this.optimizedCompare(item);
  }

  ne(item: object | null): ColumnElement<boolean> {
    if (item === null) {
      if (this.join.direction !== 'MANYTOONE') return this.criterionExists();
      return not(this.noneClause());
    }
    this.refuseCollection();
    if (this.join.direction === 'MANYTOONE') {
      // SQLAlchemy's negated many-to-one comparison: the key differs, or is NULL.
      const state = stateOf(item, this.property);
      const clauses = this.join.localRemotePairs.map(([local, remote]) => {
        const column = this.adaptParent(local);
        const bind = new BindParameter(local.columnKey, undefined, local.type, {
          unique: true,
          callable: valueReader(this.property.mapper, state, remote),
        });
        return or(column.ne(bind as never), column.is(null));
      });
      return clauses.length === 1 ? (clauses[0] as ColumnElement<boolean>) : and(...clauses);
    }
    const mapper = this.property.mapper;
    const key = mapper.primaryKeyFromInstance(item) ?? [];
    const criterion = and(...mapper.primaryKey.map((column, i) => column.eq(key[i] as never)));
    return not(this.criterionExists(criterion));
  }

  /** `EXISTS (SELECT 1 FROM target[, secondary] WHERE join AND criterion)` (SQLAlchemy's _criterion_exists). */
  private criterionExists(criterion?: ColumnElement<boolean | null>): ColumnElement<boolean> {
    let target = this.targetEntity?.selectable;
    let adaptCriterion = false;
    if (target === undefined) {
      target = this.property.mapper.localTable;
      // An adjacency list compares a table with itself: the target side becomes an anonymous alias.
      if (target === this.entity.mapper.localTable) {
        target = new Alias(target, undefined);
        adaptCriterion = true;
      }
    }
    const targetAlias = target === this.property.mapper.localTable ? undefined : target;
    const { primaryjoin, secondaryjoin } = this.join.adapted({
      parent: this.parentAlias,
      target: targetAlias,
    });
    const parts: ColumnElement<boolean | null>[] = [primaryjoin];
    if (secondaryjoin !== undefined) parts.push(secondaryjoin);
    parts.push(...this.criteria);
    if (criterion !== undefined) {
      parts.push(
        adaptCriterion && targetAlias !== undefined
          ? adaptClause(criterion, columnsOf(this.property.mapper.localTable, targetAlias))
          : criterion,
      );
    }
    const froms: FromClause[] = [target];
    if (this.join.secondary !== undefined) froms.push(this.join.secondary);
    return select(literalColumn('1'))
      .selectFrom(...froms)
      .where(and(...parts))
      .correlateExcept(...froms)
      .exists();
  }

  /**
   * The lazy clause with values bound from `item` (SQLAlchemy's _optimized_compare): for a
   * collection, the parent's columns compared with what `item` holds; for a scalar, the rows
   * whose key is `item`'s. Values are read when the statement runs, so pending objects work once flushed.
   */
  private optimizedCompare(item: object): ColumnElement<boolean> {
    const state = stateOf(item, this.property);
    const mapper = this.property.mapper;
    const secondary =
      this.join.secondary === undefined ? undefined : new Alias(this.join.secondary, undefined);
    const clause = this.join.lazyClause(
      true,
      (column) =>
        new BindParameter('param', undefined, column.type, {
          unique: true,
          callable: valueReader(mapper, state, column),
        }),
      secondary,
    );
    return this.parentAlias === undefined
      ? clause
      : adaptClause(clause, columnsOf(this.property.parent.localTable, this.parentAlias));
  }

  /** `Post.author.eq(null)`: the local foreign key columns are NULL. */
  private noneClause(): ColumnElement<boolean> {
    const clauses = this.join.localRemotePairs.map(([local]) => this.adaptParent(local).is(null));
    return clauses.length === 1 ? (clauses[0] as ColumnElement<boolean>) : and(...clauses);
  }

  private adaptParent(column: ColumnClause): ColumnElement {
    return this.parentAlias?.correspondingColumn(column) ?? column;
  }

  private withCriteria(onclause: ColumnElement<boolean>): ColumnElement<boolean> {
    return this.criteria.length === 0 ? onclause : and(onclause, ...this.criteria);
  }

  private refuseCollection(): void {
    if (this.property.uselist) {
      throw new InvalidRequestError(
        "Can't compare a collection to an object or collection; use contains() to test for membership.",
      );
    }
  }
}

function stateOf(item: object, property: RelationshipProperty) {
  const state = instanceStateOf(item);
  if (state === undefined || state.mapper !== property.mapper) {
    throw new UnmappedInstanceError(
      `${property} compares with ${property.mapper.className} instances, got ${item?.constructor?.name ?? typeof item}`,
    );
  }
  return state;
}

/**
 * Reads the value of the attribute mapped to `column` when the statement runs (after autoflush has
 * given pending objects their keys). SQLAlchemy loads an expired value here; a property read cannot.
 */
export function valueReader(
  mapper: Mapper,
  state: ReturnType<typeof stateOf>,
  column: ColumnClause,
): () => unknown {
  const prop = mapper.propertyForColumn(column as never);
  if (prop === undefined) {
    throw new InvalidRequestError(
      `${mapper.className} maps no attribute to column ${column.table?.fromName}.${column.name}`,
    );
  }
  return () => {
    if (!(prop.key in state.dict)) {
      throw new InvalidRequestError(
        `${mapper.className}.${prop.key} of ${state.describe()} is not loaded, and a comparison with the object needs it; refresh the object first (await session.refresh(obj))`,
      );
    }
    const value = state.dict[prop.key];
    if (value === null || value === undefined) {
      warn(
        `Got None for value of column ${column.table?.fromName}.${column.name}; this is unsupported for a relationship comparison and will not currently produce an IS comparison (but may in a future release)`,
      );
    }
    return value;
  };
}
