// relationship.many(() => Post, {...}) / relationship.one(() => User): relationship declarations.
// The thunk's type is captured as `F extends Function`, never through its return type, so circular
// models type-check (model-typing.md); the mapper makes RelationshipProperties from them.
import { ArgumentError, type Table } from '@retort/core';

/** SQLAlchemy's `lazy` values: how the relationship loads when the query does not say. */
export type LazyStrategy =
  | 'select'
  | 'selectin'
  | 'joined'
  | 'subquery'
  | 'immediate'
  | 'raise'
  | 'raise_on_sql'
  | 'noload'
  | 'write_only'
  | 'dynamic';

/**
 * The options of a relationship. Everything that refers to another model is a string or a thunk
 * typed `Function` on purpose: a parameter type mentioning a target's instance type would bring
 * back the circularity that thunks avoid. `configureMappers()` checks them after every class exists.
 */
export interface RelationshipOptions {
  /** The attribute on the target that is the other side of this relationship. */
  readonly backPopulates?: string;
  /**
   * Legacy: creates the other side on the target (`backref: 'parent'`, or `backref('parent', { … })`
   * from @retort/relationships). The created attribute is not typed; prefer backPopulates.
   */
  readonly backref?: string | BackrefSpec;
  /** "save-update, merge" by default; e.g. "all, delete-orphan". */
  readonly cascade?: string;
  readonly lazy?: LazyStrategy;
  /** Self-referential many-to-one: the remote column(s), `() => [Category.id]`, or attribute key(s) of the target. */
  readonly remoteSide?: Function | string | readonly string[];
  /** Which foreign-key columns this relationship uses when several point at the target: `() => [Employee.manager_id]` or key(s). */
  readonly foreignKeys?: Function | string | readonly string[];
  /** Many-to-many: the association table (a core Table), its name, or a thunk returning it. */
  readonly secondary?: Table | string | Function;
  /** The join condition, when foreign keys do not give it: `() => and(User.id.eq(Address.user_id), …)`. */
  readonly primaryjoin?: Function;
  /** Many-to-many: the condition joining the association table to the target. */
  readonly secondaryjoin?: Function;
  /** Order of a collection when loaded: `() => Post.created_at.desc()`, a list of them, or attribute key(s). */
  readonly orderBy?: Function | string | readonly string[];
  /** For `relationship.one`: the attribute may be null (SQLAlchemy's `Mapped[Optional["User"]]`). */
  readonly nullable?: boolean;
  /** Read-only relationship: never written by a flush. */
  readonly viewonly?: boolean;
  /** Leave deleting children to the database's ON DELETE (true), or never touch them ('all'). */
  readonly passiveDeletes?: boolean | 'all';
  readonly passiveUpdates?: boolean;
  /** Write this relationship with a second UPDATE (cycles between rows). */
  readonly postUpdate?: boolean;
  readonly singleParent?: boolean;
  /** Joined eager loading uses an inner join. */
  readonly innerjoin?: boolean;
  /** Free-form data for applications; never read by Retort. */
  readonly info?: Readonly<Record<string, unknown>>;
}

/** A backref with options for the relationship it creates (SQLAlchemy's `backref("parent", lazy="joined")`). */
export interface BackrefSpec {
  readonly name: string;
  readonly options: RelationshipOptions;
}

/**
 * A relationship declaration. `F` is the type of the thunk itself (`() => typeof Post`), never
 * its return type; instance types are computed lazily by the model types, after every class exists.
 */
export class RelationshipDef<
  F extends Function = Function,
  Many extends boolean = boolean,
  const O extends RelationshipOptions = RelationshipOptions,
> {
  /** Phantom: the captured thunk type, cardinality and options. Never set at run time. */
  declare readonly '~rel': { readonly target: F; readonly many: Many; readonly options: O };
  readonly kind = 'relationship' as const;

  constructor(
    /** The thunk returning the target class. */
    readonly argument: F,
    /** A collection (`relationship.many`) or a single object (`relationship.one`). */
    readonly many: Many,
    readonly options: O,
  ) {}
}

/** A friendly error for `relationship.many(Post)`: checking for a construct signature never needs the thunk's return type. */
type ThunkCheck<F> = F extends abstract new (
  ...args: never[]
) => unknown
  ? 'relationship target must be a thunk: () => TargetClass'
  : unknown;

function checkThunk(target: unknown, kind: string): void {
  if (typeof target !== 'function' || /^class[\s{]/.test(Function.prototype.toString.call(target))) {
    throw new ArgumentError(
      `relationship.${kind}() takes a thunk returning the target class: relationship.${kind}(() => Target)`,
    );
  }
}

export const relationship = {
  /** A collection: `posts: relationship.many(() => Post, { backPopulates: 'author' })` is `Post[]`. */
  many<F extends Function, const O extends RelationshipOptions = {}>(
    target: F & ThunkCheck<F>,
    options?: O,
  ): RelationshipDef<F, true, O> {
    checkThunk(target, 'many');
    return new RelationshipDef<F, true, O>(target, true, (options ?? {}) as O);
  },

  /** A single object: `author: relationship.one(() => User)` is `User`; with `{ nullable: true }`, `User | null`. */
  one<F extends Function, const O extends RelationshipOptions = {}>(
    target: F & ThunkCheck<F>,
    options?: O,
  ): RelationshipDef<F, false, O> {
    checkThunk(target, 'one');
    return new RelationshipDef<F, false, O>(target, false, (options ?? {}) as O);
  },
};
