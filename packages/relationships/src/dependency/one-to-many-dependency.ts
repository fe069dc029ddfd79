// Flush behaviour of a one-to-many relationship (SQLAlchemy's OneToManyDP): the parent's key is
// copied into its children's foreign keys after the parent's INSERT; removed children are
// orphan-deleted or get a NULL foreign key; deleting a parent deletes or releases its children.
import type { ColumnClause } from '@retort/core';
import type { FlushContext, InstanceState } from '@retort/orm';
import {
  DependencyProcessor,
  type PropertyActions,
  relatedStates,
  type StateActions,
} from './dependency-processor';
import { preUpdate } from './pre-update';
import { clear, populate, sourceModified } from './sync-columns';

export class OneToManyDependency extends DependencyProcessor {
  protected propertyDependencies(context: FlushContext, a: PropertyActions): void {
    if (this.postUpdate) {
      // The children's rows are written first; their foreign keys follow in a second UPDATE.
      context.order(a.childSaves, a.afterSave);
      context.order(a.parentSaves, a.afterSave);
      context.order(a.beforeDelete, a.parentDeletes);
      context.order(a.beforeDelete, a.childDeletes);
      return;
    }
    context.order(a.parentSaves, a.afterSave);
    context.order(a.afterSave, a.childSaves);
    context.order(a.afterSave, a.childDeletes);
    context.order(a.childSaves, a.parentDeletes);
    context.order(a.childDeletes, a.parentDeletes);
    context.order(a.beforeDelete, a.childSaves);
    context.order(a.beforeDelete, a.childDeletes);
  }

  protected stateDependencies(context: FlushContext, a: StateActions): void {
    if (this.postUpdate) {
      if (!a.isDelete) {
        if (!a.childIsDelete) context.order(a.parent, a.afterSave);
        context.order(a.child, a.afterSave);
      } else context.order(a.beforeDelete, a.parent);
      return;
    }
    if (!a.isDelete) {
      context.order(a.parent, a.afterSave);
      context.order(a.afterSave, a.child);
      context.order(a.parent, a.child);
    } else {
      context.order(a.beforeDelete, a.child);
      context.order(a.child, a.parent);
    }
  }

  async presortDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    const nullForeignKeys = !this.cascade.delete && this.passiveDeletes !== 'all';
    for (const state of states) {
      const history = await this.deleteHistory(context, state);
      for (const child of relatedStates(history.deleted)) {
        if (!this.hasParent(child)) context.registerObject(child, { isDelete: this.cascade.deleteOrphan });
      }
      // The Session cascades deletes along loaded collections; a collection this flush had to
      // load is cascaded here (SQLAlchemy loads it in session.delete()).
      if (this.cascade.delete) {
        for (const child of relatedStates(history.unchanged))
          context.registerObject(child, { isDelete: true });
      } else if (nullForeignKeys) {
        for (const child of relatedStates(history.unchanged)) context.registerObject(child);
      }
    }
  }

  async presortSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    const added = childrenAdded(context, this);
    const nullForeignKeys = !this.cascade.deleteOrphan && this.passiveDeletes !== 'all';
    for (const state of states) {
      const pksChanged = await sourceModified(context, state, this.join.synchronizePairs);
      const history = await context.history(state, this.key, { load: pksChanged && !this.passiveUpdates });
      for (const child of relatedStates(history.added)) {
        context.registerObject(child, { cancelDelete: true });
        added.add(child);
      }
      for (const child of relatedStates(history.deleted)) {
        if (!this.cascade.deleteOrphan) {
          if (nullForeignKeys) context.registerObject(child);
        } else if (!this.hasParent(child)) {
          context.registerObject(child, { isDelete: true });
        }
      }
      if (pksChanged) for (const child of relatedStates(history.unchanged)) context.registerObject(child);
    }
  }

  async processDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    if (!this.postUpdate && this.passiveDeletes === 'all') return;
    const added = childrenAdded(context, this);
    const pre = this.preUpdates(context);
    pre.clear();
    for (const state of states) {
      const history = await this.deleteHistory(context, state);
      for (const child of relatedStates(history.deleted)) {
        if (!this.hasParent(child)) this.synchronize(context, state, child, true);
      }
      if (this.postUpdate || !this.cascade.delete) {
        for (const child of relatedStates(history.unchanged)) {
          if (!added.has(child)) this.synchronize(context, state, child, true);
        }
      }
    }
    if (pre.size > 0)
      await preUpdate(
        context,
        [...pre],
        this.join.synchronizePairs.map(([, to]) => to),
      );
  }

  async processSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    const nullForeignKeys = !this.cascade.deleteOrphan && this.passiveDeletes !== 'all';
    for (const state of states) {
      const history = await this.currentHistory(context, state);
      for (const value of history.added) {
        const child = this.verifyCanLoad(value);
        if (child !== undefined) this.synchronize(context, state, child, false);
      }
      for (const child of relatedStates(history.deleted)) {
        if (nullForeignKeys && !this.hasParent(child)) this.synchronize(context, state, child, true);
      }
      if (await sourceModified(context, state, this.join.synchronizePairs)) {
        for (const child of relatedStates(history.unchanged)) this.synchronize(context, state, child, false);
      }
    }
  }

  private synchronize(
    context: FlushContext,
    parent: InstanceState,
    child: InstanceState,
    clearKeys: boolean,
  ): void {
    if (!this.postUpdate && context.isDeleted(child)) return;
    if (clearKeys) clear(child, this.join.synchronizePairs);
    else populate(parent, child, this.join.synchronizePairs);
    if (!this.postUpdate) return;
    // A child being deleted stops referring to its parent before the DELETEs (a pre-update).
    if (context.isDeleted(child)) this.preUpdates(context).add(child);
    else
      context.registerPostUpdate(
        child,
        this.join.synchronizePairs.map(([, to]) => keyOf(child, to)),
      );
  }

  private preUpdates(context: FlushContext): Set<InstanceState> {
    const key = `preUpdates:${this.property}`;
    let set = context.attributes.get(key) as Set<InstanceState> | undefined;
    if (set === undefined) {
      set = new Set();
      context.attributes.set(key, set);
    }
    return set;
  }
}

function keyOf(state: InstanceState, column: ColumnClause): string {
  return state.mapper.propertyForColumn(column as never)?.key ?? column.name;
}

/** Children appended in this flush, shared between presort and process (SQLAlchemy's uow.memo). */
function childrenAdded(context: FlushContext, dependency: OneToManyDependency): Set<InstanceState> {
  const key = `childrenAdded:${dependency.property}`;
  let set = context.attributes.get(key) as Set<InstanceState> | undefined;
  if (set === undefined) {
    set = new Set();
    context.attributes.set(key, set);
  }
  return set;
}
