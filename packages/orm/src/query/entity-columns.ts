// The columns `select(User)` expands to (core's SELECT_COLUMNS protocol): the entity's columns in
// table order, without deferred ones, as changed by the statement's loader options (defer,
// undefer, loadOnly, undeferGroup). The primary key is always selected, as SQLAlchemy does.
import type { ColumnElement } from '@retort/core';
import { ColumnAttribute } from '../instrumentation/instrumented-attribute';
import type { ColumnProperty } from '../mapper/column-property';
import type { OrmEntity } from '../mapper/orm-entity';
import { LoaderOption } from './loader-options';

export function entityColumns(entity: OrmEntity, options: readonly unknown[]): ColumnElement[] {
  return selectedProperties(entity, options).map((prop) => entity.columnFor(prop));
}

/** The column properties `select(entity)` loads, in table order (the Session hydrates from them). */
export function selectedProperties(entity: OrmEntity, options: readonly unknown[]): ColumnProperty[] {
  const mapper = entity.mapper;
  const deferred = new Set<string>();
  const undeferred = new Set<string>();
  const groups = new Set<string>();
  let only: Set<string> | undefined;
  for (const option of options) {
    if (!(option instanceof LoaderOption)) continue;
    if (option.group !== undefined) groups.add(option.group);
    if (option.only.length > 0 && option.only[0]?.parent === entity) {
      only = new Set(option.only.map((a) => a.attributeKey));
    }
    const [attribute, ...rest] = option.path;
    if (rest.length === 0 && attribute instanceof ColumnAttribute && attribute.parent === entity) {
      (option.strategy.deferred ? deferred : undeferred).add(attribute.attributeKey);
    }
  }
  const primaryKey = new Set<unknown>(mapper.primaryKey);
  const props: ColumnProperty[] = [];
  for (const prop of mapper.columnAttrs.values()) {
    const selected = primaryKey.has(prop.column)
      ? true
      : deferred.has(prop.key)
        ? false
        : undeferred.has(prop.key)
          ? true
          : only !== undefined
            ? only.has(prop.key)
            : prop.group !== undefined && groups.has(prop.group)
              ? true
              : !prop.deferred;
    if (selected) props.push(prop);
  }
  return props;
}
