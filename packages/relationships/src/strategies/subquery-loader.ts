// lazy='subquery' and subqueryload() (SQLAlchemy's SubqueryLoader): after the query, one SELECT of
// the related rows joined to the original query turned into a subquery of the parents' keys.
// The original statement is taken when the query is set up; the load runs after its rows.
import { Alias, type ColumnClause, type ColumnElement, type Select, select } from '@retort/core';
import {
  type InstanceState,
  type JoinedLoadSetup,
  type LoaderOption,
  type LoaderStrategy,
  NO_VALUE,
  type OrmEntity,
  type RelationshipProperty,
  type RowPopulator,
  type Session,
} from '@retort/orm';
import { adaptClause } from '../clause-adapter';
import { configuredRelationship } from '../configured-relationship';

/** The query that loaded each parent, and the entity it was loaded as. */
const origins = new WeakMap<InstanceState, { readonly statement: Select; readonly entity: OrmEntity }>();

export class SubqueryLoader implements LoaderStrategy {
  readonly name = 'subquery';

  constructor(private readonly property: RelationshipProperty) {}

  /** Remembers the statement the parents come from (nothing is added to it). */
  setupQuery(setup: JoinedLoadSetup): RowPopulator {
    const origin = { statement: setup.context.statement, entity: setup.parent };
    return {
      populate(parent) {
        origins.set(parent, origin);
      },
    };
  }

  async loadMany(
    states: readonly InstanceState[],
    session: Session,
    options: readonly unknown[],
  ): Promise<void> {
    const property = this.property;
    const config = configuredRelationship(property);
    const origin = states.map((s) => origins.get(s)).find((o) => o !== undefined);
    if (origin === undefined) return;
    const localColumns = config.join.localRemotePairs
      .map(([local]) => local)
      .filter((column) => column.table === property.parent.localTable);
    const entityColumns = localColumns.map((column) =>
      origin.entity.columnFor(property.parent.propertyForColumn(column as never) as never),
    );
    // The original query, selecting only the parents' key columns (SQLAlchemy keeps ORDER BY only with LIMIT/OFFSET).
    let inner = origin.statement
      .withOnlyColumns(...entityColumns)
      .setLabelStyle('tablenamePlusCol') as unknown as Select;
    if (inner.state.limit === undefined && inner.state.offset === undefined) inner = inner.orderBy(null);
    const parents = inner.subquery();
    const keyColumns = localColumns.map(
      (column) => parents.correspondingColumn(column as never) as ColumnClause,
    );
    const target = property.mapper;
    let statement = (select(target.class_ as never, ...(keyColumns as never[])) as unknown as Select)
      .selectFrom(parents)
      .setLabelStyle('tablenamePlusCol');
    const toParents = (column: ColumnClause): ColumnElement | undefined =>
      column.table === property.parent.localTable ? parents.correspondingColumn(column as never) : undefined;
    if (config.join.secondary !== undefined) {
      const secondary = new Alias(config.join.secondary, undefined);
      const { primaryjoin, secondaryjoin } = config.join.adapted({ secondary });
      statement = statement
        .join(secondary, adaptClause(primaryjoin, toParents))
        .join(target.localTable, secondaryjoin as ColumnElement<boolean>);
    } else {
      statement = statement.join(target.localTable, adaptClause(config.join.primaryjoin, toParents));
    }
    if (config.orderBy.length > 0) statement = statement.orderBy(...config.orderBy);
    const below = options as readonly LoaderOption[];
    if (below.length > 0) statement = statement.options(...below);
    const rows = (
      await session.execute(statement, undefined, { executionOptions: { autoflush: false } })
    ).all() as unknown as readonly (readonly unknown[])[];
    const data = new Map<string, object[]>();
    for (const row of rows) {
      const id = keyId(row.slice(1));
      const list = data.get(id) ?? [];
      if (!list.includes(row[0] as object)) list.push(row[0] as object);
      data.set(id, list);
    }
    for (const state of states) {
      const key = localColumns.map((column) => {
        const prop = property.parent.propertyForColumn(column as never);
        return prop === undefined || !(prop.key in state.dict) ? NO_VALUE : state.dict[prop.key];
      });
      const list = data.get(keyId(key)) ?? [];
      state.loadValues({ [property.key]: property.uselist ? list : (list[0] ?? null) }, { overwrite: true });
    }
  }
}

function keyId(key: readonly unknown[]): string {
  return key.map((v) => `${typeof v}:${String(v)}`).join('|');
}
