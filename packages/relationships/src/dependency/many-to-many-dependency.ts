// Flush behaviour of a many-to-many relationship (SQLAlchemy's ManyToManyDP): rows of the
// association table are inserted for appended members and deleted for removed ones (and for
// every member of a deleted parent), once per pair although both sides record the change.
import { and, bindparam, type Column, delete_, insert, warn } from '@retort/core';
import { type FlushContext, type InstanceState, StaleDataError } from '@retort/orm';
import { DependencyProcessor, type PropertyActions, type StateActions } from './dependency-processor';
import { populateRow } from './sync-columns';

type Row = Record<string, unknown>;

export class ManyToManyDependency extends DependencyProcessor {
  protected propertyDependencies(context: FlushContext, a: PropertyActions): void {
    context.order(a.parentSaves, a.afterSave);
    context.order(a.childSaves, a.afterSave);
    context.order(a.afterSave, a.childDeletes);
    context.order(a.beforeDelete, a.parentSaves);
    context.order(a.beforeDelete, a.parentDeletes);
    context.order(a.beforeDelete, a.childDeletes);
    context.order(a.beforeDelete, a.childSaves);
  }

  protected stateDependencies(context: FlushContext, a: StateActions): void {
    if (!a.isDelete) {
      context.order(a.parent, a.afterSave);
      if (a.childIsDelete) context.order(a.afterSave, a.child);
      else context.order(a.child, a.afterSave);
    } else {
      context.order(a.beforeDelete, a.child);
      context.order(a.beforeDelete, a.parent);
    }
  }

  async presortDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    // Loads the collections of deleted parents, so that their association rows are deleted.
    if (this.passiveDeletes) return;
    for (const state of states) await this.deleteHistory(context, state);
  }

  async presortSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    if (!this.cascade.deleteOrphan) return;
    for (const state of states) {
      const history = await this.currentHistory(context, state);
      for (const value of history.deleted) {
        const child = this.verifyCanLoad(value);
        if (child !== undefined && !this.hasParent(child)) context.registerObject(child, { isDelete: true });
      }
    }
  }

  async processDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    const processed = this.processedPairs(context);
    const deletes: Row[] = [];
    const done: [InstanceState, InstanceState][] = [];
    for (const state of states) {
      const history = await this.deleteHistory(context, state);
      for (const value of history.nonAdded) {
        const child = this.verifyCanLoad(value);
        if (child === undefined || processed.has(pairKey(state, child))) continue;
        const row = this.associationRow(state, child, 'delete');
        if (row !== undefined) deletes.push(row);
        done.push([child, state]);
      }
    }
    for (const [child, state] of done) processed.add(pairKey(child, state));
    await this.runCrud(context, [], deletes);
  }

  async processSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    const processed = this.processedPairs(context);
    const inserts: Row[] = [];
    const deletes: Row[] = [];
    const done: [InstanceState, InstanceState][] = [];
    for (const state of states) {
      const history = await this.currentHistory(context, state);
      for (const [values, into, operation] of [
        [history.added, inserts, 'add'],
        [history.deleted, deletes, 'delete'],
      ] as const) {
        for (const value of values) {
          const child = this.verifyCanLoad(value);
          if (child === undefined || processed.has(pairKey(state, child))) continue;
          const row = this.associationRow(state, child, operation);
          if (row !== undefined) into.push(row);
          done.push([child, state]);
        }
      }
    }
    for (const [child, state] of done) processed.add(pairKey(child, state));
    await this.runCrud(context, inserts, deletes);
  }

  /** The association row for a pair, or undefined when the member is not in the Session. */
  private associationRow(state: InstanceState, child: InstanceState, operation: string): Row | undefined {
    if (child.session !== state.session) {
      if (!child.deleted) {
        warn(
          `Object of type ${child.mapper.className} not in session, ${operation} operation along '${this.property}' won't proceed`,
        );
      }
      return undefined;
    }
    const row: Row = {};
    populateRow(state, row, this.join.synchronizePairs);
    populateRow(child, row, this.join.secondarySynchronizePairs);
    return row;
  }

  /** DELETE then INSERT of association rows, each as one executemany (SQLAlchemy's _run_crud). */
  private async runCrud(
    context: FlushContext,
    inserts: readonly Row[],
    deletes: readonly Row[],
  ): Promise<void> {
    const table = this.join.secondary;
    if (table === undefined) return;
    const connection = await context.session.connection();
    if (deletes.length > 0) {
      const keys = new Set(Object.keys(deletes[0] as Row));
      const columns = (table.columnList as readonly Column[]).filter((c) => keys.has(c.columnKey));
      const statement = delete_(table).where(
        and(...columns.map((c) => c.eq(bindparam(c.columnKey, undefined, { type: c.type }) as never))),
      );
      const result = await connection.execute(statement, deletes);
      if (connection.dialect.capabilities.saneMultiRowcount && result.rowcount !== deletes.length) {
        throw new StaleDataError(
          `DELETE statement on table '${table.name}' expected to delete ${deletes.length} row(s); Only ${result.rowcount} were matched.`,
        );
      }
    }
    if (inserts.length > 0) await connection.execute(insert(table), inserts);
  }

  /** Pairs already written by the other side of the relationship in this flush. */
  private processedPairs(context: FlushContext): Set<string> {
    const reverse = this.config.reverse;
    const names = [this.key, ...(reverse ? [reverse.key] : [])].sort().join(',');
    const key = `m2m:${this.join.secondary?.name}:${names}`;
    let set = context.attributes.get(key) as Set<string> | undefined;
    if (set === undefined) {
      set = new Set();
      context.attributes.set(key, set);
    }
    return set;
  }
}

const ids = new WeakMap<InstanceState, number>();
let nextId = 0;

function pairKey(a: InstanceState, b: InstanceState): string {
  const id = (s: InstanceState) => {
    let n = ids.get(s);
    if (n === undefined) {
      n = ++nextId;
      ids.set(s, n);
    }
    return n;
  };
  return `${id(a)}:${id(b)}`;
}
