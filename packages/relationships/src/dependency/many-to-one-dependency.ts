// Flush behaviour of a many-to-one relationship (SQLAlchemy's ManyToOneDP): the target's key is
// copied into this object's foreign key before its own INSERT/UPDATE (NULL when unset); delete
// cascades follow the reference; postUpdate writes the key with a second UPDATE.
import { warn } from '@retort/core';
import type { FlushContext, InstanceState } from '@retort/orm';
import {
  DependencyProcessor,
  type PropertyActions,
  relatedStates,
  type StateActions,
} from './dependency-processor';
import { preUpdate } from './pre-update';
import { clear, populate } from './sync-columns';

export class ManyToOneDependency extends DependencyProcessor {
  protected propertyDependencies(context: FlushContext, a: PropertyActions): void {
    if (this.postUpdate) {
      context.order(a.childSaves, a.afterSave);
      context.order(a.parentSaves, a.afterSave);
      context.order(a.beforeDelete, a.childDeletes);
      context.order(a.beforeDelete, a.parentDeletes);
      return;
    }
    context.order(a.childSaves, a.afterSave);
    context.order(a.afterSave, a.parentSaves);
    context.order(a.parentSaves, a.childDeletes);
    context.order(a.parentDeletes, a.childDeletes);
  }

  protected stateDependencies(context: FlushContext, a: StateActions): void {
    if (this.postUpdate) {
      if (!a.isDelete) {
        if (!a.childIsDelete) {
          context.order(a.parent, a.afterSave);
          context.order(a.child, a.afterSave);
        }
      } else {
        context.order(a.beforeDelete, a.parent);
        context.order(a.beforeDelete, a.child);
      }
      return;
    }
    if (!a.isDelete) {
      if (!a.childIsDelete) context.order(a.child, a.afterSave);
      context.order(a.afterSave, a.parent);
    } else if (a.childIsDelete) {
      context.order(a.parent, a.child);
    }
  }

  async presortDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    if (!this.cascade.delete && !this.cascade.deleteOrphan) return;
    for (const state of states) {
      const history = await this.deleteHistory(context, state);
      const related = this.cascade.deleteOrphan ? history.sum : history.nonDeleted;
      for (const child of relatedStates(related)) context.registerObject(child, { isDelete: true });
    }
  }

  async presortSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    for (const state of states) {
      if (!this.cascade.deleteOrphan) continue;
      const history = await this.deleteHistory(context, state);
      for (const child of relatedStates(history.deleted)) {
        if (!this.hasParent(child)) context.registerObject(child, { isDelete: true });
      }
    }
  }

  async processDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    if (!this.postUpdate || this.cascade.deleteOrphan || this.passiveDeletes === 'all') return;
    // The row must stop referring to the target before either is deleted.
    const referring: InstanceState[] = [];
    for (const state of states) {
      const history = await this.deleteHistory(context, state);
      if (history.sum.some((value) => value !== null && value !== undefined)) referring.push(state);
    }
    await preUpdate(
      context,
      referring,
      this.join.synchronizePairs.map(([, to]) => to),
    );
  }

  async processSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void> {
    for (const state of states) {
      const history = await this.currentHistory(context, state);
      if (history.added.length > 0) {
        for (const value of history.added) this.synchronize(context, state, value, 'add');
      } else if (history.deleted.length > 0) {
        this.synchronize(context, state, null, 'delete');
      }
      if (this.postUpdate && history.sum.length > 0) this.registerPostUpdate(context, state);
    }
  }

  private synchronize(context: FlushContext, state: InstanceState, value: unknown, operation: string): void {
    if (!this.postUpdate && context.isDeleted(state)) return;
    const child = this.verifyCanLoad(value);
    if (child !== undefined && child.session !== state.session) {
      warn(
        `Object of type ${child.mapper.className} not in session, ${operation} operation along '${this.property}' won't proceed`,
      );
      return;
    }
    if (child === undefined) clear(state, this.join.synchronizePairs);
    else populate(child, state, this.join.synchronizePairs);
  }

  private registerPostUpdate(context: FlushContext, state: InstanceState): void {
    context.registerPostUpdate(
      state,
      this.join.synchronizePairs.map(([, to]) => state.mapper.propertyForColumn(to as never)?.key ?? to.name),
    );
  }
}
