// Loader options as data (SQLAlchemy's Load options): `select(User).options(defer(User.bio),
// loadOnly(User.id, User.username))`. Core keeps them in the statement and its cache key; the
// query layer and entity-columns.ts read them; @retort/relationships builds selectinload() likewise.
import { ArgumentError, type KeyBuilder } from '@retort/core';
import { ColumnAttribute, RelationshipAttribute } from '../instrumentation/instrumented-attribute';

export type LoaderAttribute = ColumnAttribute | RelationshipAttribute;

/** How a loader option says an attribute loads. */
export interface LoaderStrategySpec {
  /** Columns: deferred (true) or loaded with the entity (false). */
  readonly deferred?: boolean;
  /** Deferred columns raise on access instead of loading (SQLAlchemy's raiseload=True). */
  readonly raiseload?: boolean;
  /** Relationships: the `lazy` strategy to use ('selectin', 'joined', 'select', 'raise', 'noload', …). */
  readonly lazy?: string;
  /** Relationship loading: use an INNER JOIN (joinedload). */
  readonly innerjoin?: boolean;
}

/** One loader option: a path of attributes, a strategy for its last attribute, and options for what it loads. */
export class LoaderOption {
  constructor(
    /** The attributes leading to the one configured: `[User.posts, Post.comments]`. */
    readonly path: readonly LoaderAttribute[],
    readonly strategy: LoaderStrategySpec,
    /** Options applied below the path (`selectinload(User.posts).options(loadOnly(Post.title))`). */
    readonly children: readonly LoaderOption[] = [],
    /** load_only: every other column of the entity is deferred. */
    readonly only: readonly ColumnAttribute[] = [],
    /** undefer_group: the deferred columns of this group load. */
    readonly group: string | undefined = undefined,
  ) {}

  /** Options for the entity the last attribute of the path loads. */
  options(...children: readonly LoaderOption[]): LoaderOption {
    return new LoaderOption(this.path, this.strategy, [...this.children, ...children], this.only, this.group);
  }

  /** Adds the option's structure to a statement's cache key (core calls it). */
  addKey(builder: KeyBuilder): void {
    const s = this.strategy;
    builder.push(
      `loader:${this.path.map(pathPart).join('/')}:${s.deferred ?? ''}:${s.raiseload ?? ''}:${s.lazy ?? ''}:${s.innerjoin ?? ''}:${this.only.map(pathPart).join(',')}:${this.group ?? ''}`,
    );
    builder.push(`children:${this.children.length}`);
    for (const child of this.children) child.addKey(builder);
  }

  toString(): string {
    return `LoaderOption(${this.path.map(String).join(' → ')})`;
  }
}

function pathPart(attribute: LoaderAttribute): string {
  return `${attribute.parent.displayName}.${attribute.attributeKey}`;
}

function columnAttribute(value: unknown, fn: string): ColumnAttribute {
  if (value instanceof ColumnAttribute) return value;
  if (value instanceof RelationshipAttribute) {
    throw new ArgumentError(
      `${fn}() applies to column attributes; ${value} is a relationship (use a relationship loader option)`,
    );
  }
  throw new ArgumentError(`${fn}() expects a column attribute such as User.bio, got ${typeof value}`);
}

/** Don't load this column with its entity; load it on access (`await obj.awaitableAttrs.x`), or raise with `{ raiseload: true }`. */
export function defer(
  attribute: ColumnAttribute,
  options: { readonly raiseload?: boolean } = {},
): LoaderOption {
  return new LoaderOption([columnAttribute(attribute, 'defer')], {
    deferred: true,
    raiseload: options.raiseload,
  });
}

/** Load a deferred column with its entity. */
export function undefer(attribute: ColumnAttribute): LoaderOption {
  return new LoaderOption([columnAttribute(attribute, 'undefer')], { deferred: false });
}

/** Load only these columns of their entity (the primary key always loads); the rest are deferred. */
export function loadOnly(...attributes: readonly ColumnAttribute[]): LoaderOption {
  if (attributes.length === 0) throw new ArgumentError('loadOnly() needs at least one column attribute');
  const columns = attributes.map((a) => columnAttribute(a, 'loadOnly'));
  const entity = columns[0]?.parent;
  if (columns.some((c) => c.parent !== entity)) {
    throw new ArgumentError('loadOnly() takes columns of one entity; use one loadOnly() per entity');
  }
  return new LoaderOption([], { deferred: false }, [], columns);
}

/** Load the deferred columns of `group` with their entity. */
export function undeferGroup(group: string): LoaderOption {
  return new LoaderOption([], { deferred: false }, [], [], group);
}
