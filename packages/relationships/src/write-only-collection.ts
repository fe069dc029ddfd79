// lazy='write_only' (SQLAlchemy's WriteOnlyCollection): a collection that is never loaded. Reading
// `user.posts` gives this object; add()/remove() record changes the flush writes, and select()
// (or insert/update/delete) builds statements about the members for the program to run.
import {
  BindParameter,
  type ColumnClause,
  type ColumnElement,
  type Delete,
  delete_,
  type Insert,
  InvalidRequestError,
  insert,
  type Select,
  select,
  type Update,
  update,
} from '@retort/core';
import type { CollectionAttributeImpl, InstanceState, RelationshipProperty } from '@retort/orm';
import { configuredRelationship } from './configured-relationship';
import { valueReader } from './relationship-comparator';

export class WriteOnlyCollection<T extends object> {
  constructor(
    protected readonly property: RelationshipProperty,
    /** The parent object's state. */
    protected readonly state: InstanceState,
  ) {}

  /** Adds a member: written at the next flush (and set on the other side, as any append). */
  add(item: T): void {
    this.impl.append(this.state, item);
  }

  addAll(items: Iterable<T>): void {
    for (const item of items) this.add(item);
  }

  /** Removes a member: its foreign key (or association row) goes at the next flush. */
  remove(item: T): void {
    this.impl.remove(this.state, item);
  }

  /** `SELECT` of the members (with the collection's orderBy): `await session.scalars(user.posts.select())`. */
  select(): Select {
    const config = configuredRelationship(this.property);
    let statement = (select(this.property.mapper.class_ as never) as unknown as Select).where(
      this.criterion(),
    );
    if (config.orderBy.length > 0) statement = statement.orderBy(...config.orderBy);
    return statement;
  }

  /** `INSERT` of new members with the parent's key (one-to-many only, as in SQLAlchemy). */
  insert(): Insert {
    const config = configuredRelationship(this.property);
    if (config.direction !== 'ONETOMANY') {
      throw new InvalidRequestError(
        'Write only bulk INSERT only supported for one-to-many collections; for many-to-many, use a separate bulk INSERT along with addAll().',
      );
    }
    const values: Record<string, unknown> = {};
    for (const [from, to] of config.join.synchronizePairs) values[to.columnKey] = this.bind(from);
    return insert(this.property.mapper.localTable).values(values as never) as unknown as Insert;
  }

  /** `UPDATE` of the members: `await session.execute(user.posts.update().values({ … }))`. */
  update(): Update {
    return update(this.property.mapper.localTable).where(this.criterion()) as unknown as Update;
  }

  /** `DELETE` of the members. */
  delete(): Delete {
    return delete_(this.property.mapper.localTable).where(this.criterion()) as unknown as Delete;
  }

  protected get impl(): CollectionAttributeImpl {
    return this.property.impl as CollectionAttributeImpl;
  }

  /** The members' criterion with the parent's key values read when the statement runs. */
  protected criterion(): ColumnElement<boolean> {
    return configuredRelationship(this.property).join.lazyClause(false, (column) => this.bind(column));
  }

  private bind(column: ColumnClause): BindParameter {
    return new BindParameter('param', undefined, column.type, {
      unique: true,
      callable: valueReader(this.property.parent, this.state, column),
    });
  }

  toString(): string {
    return `WriteOnlyCollection(${this.property})`;
  }
}

/** Whether a relationship reads as a write-only or dynamic collection. */
export function isWriteOnly(property: RelationshipProperty): boolean {
  return property.uselist && (property.lazy === 'write_only' || property.lazy === 'dynamic');
}
