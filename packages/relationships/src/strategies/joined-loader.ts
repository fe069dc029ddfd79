// lazy='joined' and joinedload() (SQLAlchemy's JoinedLoader): the query itself LEFT OUTER JOINs an
// anonymous alias of the target (INNER JOIN with innerjoin), selects its columns and fills the
// relationship from each row. Collections repeat the parent rows, so the result must be unique()d.
import { Alias, Join } from '@retort/core';
import {
  aliased,
  type InstanceState,
  type JoinedLoadSetup,
  LoaderOption,
  type LoaderStrategy,
  type Mapper,
  type OrmEntity,
  ormEntityOf,
  type RelationshipProperty,
  type RowPopulator,
} from '@retort/orm';
import { adaptClause, columnsOf } from '../clause-adapter';
import { configuredRelationship } from '../configured-relationship';

export class JoinedLoader implements LoaderStrategy {
  readonly name = 'joined';

  constructor(private readonly property: RelationshipProperty) {}

  setupQuery(setup: JoinedLoadSetup): RowPopulator {
    const property = this.property;
    const config = configuredRelationship(property);
    const alias = aliased(property.mapper.class_ as never) as unknown as Record<string, unknown>;
    const target = ormEntityOf(alias) as OrmEntity;
    const parent = setup.parent.isAliasedClass ? setup.parent.selectable : undefined;
    const innerjoin = innerjoinOf(setup) ?? property.options.innerjoin ?? false;
    if (config.join.secondary !== undefined) {
      const secondary = new Alias(config.join.secondary, undefined);
      const { primaryjoin, secondaryjoin } = config.join.adapted({
        parent,
        target: target.selectable,
        secondary,
      });
      const nested = new Join(secondary, target.selectable, secondaryjoin, false, false);
      setup.join(nested, primaryjoin, { innerjoin });
    } else {
      const { primaryjoin } = config.join.adapted({ parent, target: target.selectable });
      setup.join(target.selectable, primaryjoin, { innerjoin });
    }
    const read = setup.addEntity(
      target,
      setup.options.map((option) => retarget(option, alias, property.mapper)),
    );
    if (property.uselist) {
      setup.requireUnique();
      // The collection's order, on the alias, after the query's own ORDER BY (as SQLAlchemy adds it).
      const order = config.orderBy.map((clause) =>
        adaptClause(clause, columnsOf(property.mapper.localTable, target.selectable)),
      );
      if (order.length > 0) setup.orderBy(...order);
    }
    return new JoinedPopulator(property, read);
  }
}

/** Collects each parent's related objects from its rows, and stores them after the last row. */
export class JoinedPopulator implements RowPopulator {
  /** Parents whose relationship this result fills (new ones, or ones without it loaded). */
  private readonly collected = new Map<InstanceState, object[]>();
  private readonly skipped = new Set<InstanceState>();

  constructor(
    private readonly property: RelationshipProperty,
    private readonly read: (row: readonly unknown[]) => object | undefined,
  ) {}

  populate(parent: InstanceState, row: readonly unknown[], info: { readonly isNew: boolean }): void {
    const key = this.property.key;
    let list = this.collected.get(parent);
    if (list === undefined) {
      if (this.skipped.has(parent)) {
        this.read(row);
        return;
      }
      if (!info.isNew && key in parent.dict && !parent.expiredAttributes.has(key)) {
        this.skipped.add(parent);
        this.read(row);
        return;
      }
      list = [];
      this.collected.set(parent, list);
    }
    const child = this.read(row);
    if (child !== undefined && !list.includes(child)) list.push(child);
  }

  finish(): void {
    const { key, uselist } = this.property;
    for (const [parent, list] of this.collected) {
      parent.loadValues({ [key]: uselist ? list : (list[0] ?? null) }, { overwrite: true });
    }
    this.collected.clear();
    this.skipped.clear();
  }
}

/** The innerjoin flag of the joinedload() option that chose this strategy, if any. */
function innerjoinOf(setup: JoinedLoadSetup): boolean | undefined {
  for (const option of setup.context.options) {
    if (!(option instanceof LoaderOption)) continue;
    const [first] = option.path;
    if (option.path.length === 1 && first !== undefined && first.attributeKey === setup.property.key) {
      if (first.parent.mapper === setup.parent.mapper && option.strategy.innerjoin !== undefined) {
        return option.strategy.innerjoin;
      }
    }
  }
  return undefined;
}

/**
 * An option for the target's objects, re-aimed at the anonymous alias the join selects them from
 * (`joinedload(User.posts).joinedload(Post.comments)`: `Post.comments` of `posts_1`).
 */
function retarget(option: LoaderOption, alias: Record<string, unknown>, mapper: Mapper): LoaderOption {
  const aim = <A extends LoaderOption['path'][number]>(attribute: A): A =>
    attribute.parent.mapper === mapper && !attribute.parent.isAliasedClass
      ? ((alias[attribute.attributeKey] as A | undefined) ?? attribute)
      : attribute;
  const [first, ...rest] = option.path;
  if (first === undefined && option.only.length === 0) return option;
  return new LoaderOption(
    first === undefined ? [] : [aim(first), ...rest],
    option.strategy,
    option.children,
    option.only.map(aim),
    option.group,
  );
}
