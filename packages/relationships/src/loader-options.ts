// Relationship loader options (SQLAlchemy's selectinload(), joinedload(), …): which strategy
// loads a relationship for one query, chained along paths (`selectinload(User.posts)
// .selectinload(Post.comments)`). They are the ORM's LoaderOption nodes; the query layer reads them.
import { ArgumentError, InvalidRequestError } from '@retort/core';
import { ColumnAttribute, LoaderOption, type LoaderStrategySpec, RelationshipAttribute } from '@retort/orm';

/** Any relationship attribute (`User.posts`, `aliased(User).posts`, `User.posts.of(p2)`). */
export type AnyRelationship = RelationshipAttribute<string, unknown, boolean>;

type TargetOf<A> = A extends RelationshipAttribute<string, infer T, boolean> ? T : never;

/**
 * `A` is a relationship of the objects `T` a previous option loads: its key is one of `T`'s
 * attributes, holding what `A` holds (so `selectinload(User.posts).selectinload(Post.comments)`).
 */
type LinksFrom<T, A> =
  A extends RelationshipAttribute<infer K, infer U, infer M>
    ? K extends keyof T
      ? [M] extends [true]
        ? T[K] extends readonly U[]
          ? unknown
          : never
        : T[K] extends U | null
          ? unknown
          : never
      : never
    : never;

interface Level {
  readonly attribute: AnyRelationship;
  readonly strategy: LoaderStrategySpec;
  readonly children: readonly LoaderOption[];
}

/** Options of one loader option: `joinedload(User.posts, { innerjoin: true })`. */
export interface JoinedLoadOptions {
  /** INNER JOIN instead of LEFT OUTER JOIN. */
  readonly innerjoin?: boolean;
}

export interface RaiseLoadOptions {
  /** Raise only when loading would need SQL (SQLAlchemy's sql_only=True: lazy='raise_on_sql'). */
  readonly sqlOnly?: boolean;
}

/**
 * A relationship loader option with a path: `T` is what its last attribute loads, so chained
 * options are checked against it. A LoaderOption whose children carry the rest of the path.
 */
export class RelationshipLoad<T> extends LoaderOption {
  /** Phantom: the instance type the last attribute of the path loads. */
  declare readonly '~loads': T;

  constructor(private readonly levels: readonly Level[]) {
    const [first, ...rest] = levels as readonly [Level, ...Level[]];
    super([first.attribute], first.strategy, [
      ...first.children,
      ...(rest.length > 0 ? [new RelationshipLoad<unknown>(rest)] : []),
    ]);
  }

  /** Options for the objects the last attribute loads (SQLAlchemy's Load.options()). */
  override options(...children: readonly LoaderOption[]): RelationshipLoad<T> {
    const last = this.levels.at(-1) as Level;
    return new RelationshipLoad<T>([
      ...this.levels.slice(0, -1),
      { ...last, children: [...last.children, ...children] },
    ]);
  }

  selectinload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'selectin' }, 'selectinload');
  }

  joinedload<A extends AnyRelationship>(
    attribute: A & LinksFrom<T, A>,
    options: JoinedLoadOptions = {},
  ): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, joinedSpec(options), 'joinedload');
  }

  subqueryload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'subquery' }, 'subqueryload');
  }

  immediateload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'immediate' }, 'immediateload');
  }

  lazyload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'select' }, 'lazyload');
  }

  noload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'noload' }, 'noload');
  }

  raiseload<A extends AnyRelationship>(
    attribute: A & LinksFrom<T, A>,
    options: RaiseLoadOptions = {},
  ): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, raiseSpec(options), 'raiseload');
  }

  defaultload<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, {}, 'defaultload');
  }

  containsEager<A extends AnyRelationship>(attribute: A & LinksFrom<T, A>): RelationshipLoad<TargetOf<A>> {
    return this.chain(attribute, { lazy: 'contains_eager' }, 'containsEager');
  }

  private chain<U>(attribute: unknown, strategy: LoaderStrategySpec, fn: string): RelationshipLoad<U> {
    const previous = (this.levels.at(-1) as Level).attribute;
    const checked = relationshipAttribute(attribute, fn);
    const target = previous.property.mapper;
    if (checked.property.parent !== target) {
      throw new ArgumentError(
        `ORM mapped entity or attribute "${checked}" does not link from relationship "${previous}".`,
      );
    }
    return new RelationshipLoad<U>([...this.levels, { attribute: checked, strategy, children: [] }]);
  }
}

/**
 * A strategy for every relationship of the entities it applies to (`raiseload('*')`): an option
 * without a path, which specific options override.
 */
export class WildcardLoad extends LoaderOption {
  constructor(strategy: LoaderStrategySpec) {
    super([], strategy);
  }

  override toString(): string {
    return `LoaderOption(*: ${this.strategy.lazy})`;
  }
}

function relationshipAttribute(value: unknown, fn: string): AnyRelationship {
  if (value instanceof RelationshipAttribute) return value as AnyRelationship;
  if (value instanceof ColumnAttribute) {
    throw new InvalidRequestError(
      `Can't apply "${fn}" to property "${value}", which is a column property; ${fn}() is intended to be used with a relationship property (use defer()/undefer()/loadOnly() for columns)`,
    );
  }
  throw new ArgumentError(`${fn}() expects a relationship attribute such as User.posts, got ${typeof value}`);
}

function start<T>(attribute: unknown, strategy: LoaderStrategySpec, fn: string): RelationshipLoad<T> {
  return new RelationshipLoad<T>([
    { attribute: relationshipAttribute(attribute, fn), strategy, children: [] },
  ]);
}

function joinedSpec(options: JoinedLoadOptions): LoaderStrategySpec {
  return options.innerjoin === undefined
    ? { lazy: 'joined' }
    : { lazy: 'joined', innerjoin: options.innerjoin };
}

function raiseSpec(options: RaiseLoadOptions): LoaderStrategySpec {
  return { lazy: options.sqlOnly ? 'raise_on_sql' : 'raise' };
}

/** Load the relationship with a second SELECT … WHERE key IN (…) after the query: `selectinload(User.posts)`. */
export function selectinload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'selectin' }, 'selectinload');
}

/** Load the relationship in the same query with a LEFT OUTER JOIN (INNER with `innerjoin`). */
export function joinedload<A extends AnyRelationship>(
  attribute: A,
  options: JoinedLoadOptions = {},
): RelationshipLoad<TargetOf<A>> {
  return start(attribute, joinedSpec(options), 'joinedload');
}

/** Load the relationship with a second SELECT joined to the original query as a subquery. */
export function subqueryload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'subquery' }, 'subqueryload');
}

/** Load the relationship of each object right after the query, one SELECT per object. */
export function immediateload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'immediate' }, 'immediateload');
}

/** Load the relationship when it is awaited (`awaitableAttrs`), whatever the relationship's default. */
export function lazyload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'select' }, 'lazyload');
}

/** Never load the relationship: it reads as empty (or null). */
export function noload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'noload' }, 'noload');
}

/** Keep the relationship's default strategy; a starting point for options further down the path. */
export function defaultload<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, {}, 'defaultload');
}

/** The relationship's rows are already in the query (an explicit join): populate it from them. */
export function containsEager<A extends AnyRelationship>(attribute: A): RelationshipLoad<TargetOf<A>> {
  return start(attribute, { lazy: 'contains_eager' }, 'containsEager');
}

/**
 * Reading the relationship without loading it raises: `raiseload(User.posts)`, or every
 * relationship of the entity with `raiseload('*')`; `{ sqlOnly: true }` raises only where SQL is needed.
 */
export function raiseload<A extends AnyRelationship>(
  attribute: A,
  options?: RaiseLoadOptions,
): RelationshipLoad<TargetOf<A>>;
export function raiseload(wildcard: '*', options?: RaiseLoadOptions): WildcardLoad;
export function raiseload(attribute: AnyRelationship | '*', options: RaiseLoadOptions = {}): LoaderOption {
  if (attribute === '*') return new WildcardLoad(raiseSpec(options));
  return start(attribute, raiseSpec(options), 'raiseload');
}
