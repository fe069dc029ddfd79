// lazy='dynamic' (SQLAlchemy's AppenderQuery, seed 004 day 9): a write-only collection that can
// also be queried — filtered, ordered, counted, iterated — through the parent's Session without
// loading it. Queries autoflush first, so appended members are found.
import { type ColumnElement, func, InvalidRequestError, type Select, select } from '@retort/core';
import { Session } from '@retort/orm';
import { WriteOnlyCollection } from './write-only-collection';

/** A query over a dynamic collection's members (SQLAlchemy's Query of an AppenderQuery). */
export class DynamicQuery<T extends object> {
  constructor(
    private readonly collection: DynamicCollection<T>,
    /** The SELECT of the members, narrowed by where()/orderBy()/limit()/offset(). */
    readonly statement: Select,
  ) {}

  where(...criteria: readonly ColumnElement<boolean | null>[]): DynamicQuery<T> {
    return new DynamicQuery(this.collection, this.statement.where(...criteria));
  }

  /** SQLAlchemy's Query.filter(). */
  filter(...criteria: readonly ColumnElement<boolean | null>[]): DynamicQuery<T> {
    return this.where(...criteria);
  }

  filterBy(criteria: Readonly<Record<string, unknown>>): DynamicQuery<T> {
    return new DynamicQuery(this.collection, this.statement.filterBy(criteria));
  }

  orderBy(...clauses: readonly (ColumnElement | null)[]): DynamicQuery<T> {
    return new DynamicQuery(this.collection, this.statement.orderBy(...clauses));
  }

  limit(limit: number | null): DynamicQuery<T> {
    return new DynamicQuery(this.collection, this.statement.limit(limit));
  }

  offset(offset: number | null): DynamicQuery<T> {
    return new DynamicQuery(this.collection, this.statement.offset(offset));
  }

  /** The members (SQL through the parent's Session; a parent without a row gives its added members). */
  async all(): Promise<T[]> {
    const session = this.collection.session();
    if (session === undefined) return this.collection.pendingMembers();
    return (await session.execute(this.statement)).scalars().all() as T[];
  }

  async first(): Promise<T | undefined> {
    return (await this.limit(1).all())[0];
  }

  /** Exactly one member, or NoResultFound / MultipleResultsFound. */
  async one(): Promise<T> {
    const session = this.requireSession('one');
    return (await session.execute(this.statement)).scalars().one() as T;
  }

  async oneOrNone(): Promise<T | undefined> {
    const session = this.requireSession('oneOrNone');
    return ((await session.execute(this.statement)).scalars().oneOrNone() ?? undefined) as T | undefined;
  }

  /** `SELECT count(*) FROM (…)`, as SQLAlchemy's Query.count(). */
  async count(): Promise<number> {
    const session = this.collection.session();
    if (session === undefined) return this.collection.pendingMembers().length;
    const counted = select(func.count()).selectFrom(this.statement.subquery());
    return Number(await session.scalar(counted));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (const item of await this.all()) yield item;
  }

  private requireSession(method: string): Session {
    const session = this.collection.session();
    if (session === undefined) {
      throw new InvalidRequestError(
        `${method}() on a dynamic collection needs its parent to be persistent in a Session; ${this.collection}`,
      );
    }
    return session;
  }
}

export class DynamicCollection<T extends object> extends WriteOnlyCollection<T> {
  /** SQLAlchemy's AppenderQuery.append(). */
  append(item: T): void {
    this.add(item);
  }

  extend(items: Iterable<T>): void {
    this.addAll(items);
  }

  /** A query of the members. */
  query(): DynamicQuery<T> {
    return new DynamicQuery(this, this.select());
  }

  where(...criteria: readonly ColumnElement<boolean | null>[]): DynamicQuery<T> {
    return this.query().where(...criteria);
  }

  filter(...criteria: readonly ColumnElement<boolean | null>[]): DynamicQuery<T> {
    return this.query().filter(...criteria);
  }

  filterBy(criteria: Readonly<Record<string, unknown>>): DynamicQuery<T> {
    return this.query().filterBy(criteria);
  }

  orderBy(...clauses: readonly (ColumnElement | null)[]): DynamicQuery<T> {
    return this.query().orderBy(...clauses);
  }

  limit(limit: number | null): DynamicQuery<T> {
    return this.query().limit(limit);
  }

  offset(offset: number | null): DynamicQuery<T> {
    return this.query().offset(offset);
  }

  all(): Promise<T[]> {
    return this.query().all();
  }

  first(): Promise<T | undefined> {
    return this.query().first();
  }

  one(): Promise<T> {
    return this.query().one();
  }

  oneOrNone(): Promise<T | undefined> {
    return this.query().oneOrNone();
  }

  count(): Promise<number> {
    return this.query().count();
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.query()[Symbol.asyncIterator]();
  }

  /** The parent's Session when it has a row there (SQLAlchemy queries only then). */
  session(): Session | undefined {
    const session = this.state.session;
    return this.state.key !== undefined && session instanceof Session ? session : undefined;
  }

  /** The members added since the last flush (what a parent without a row has). */
  pendingMembers(): T[] {
    return this.impl.history(this.state).added as T[];
  }

  override toString(): string {
    return `DynamicCollection(${this.property})`;
  }
}
