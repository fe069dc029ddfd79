// What the relationships of all directions share at flush (SQLAlchemy's DependencyProcessor):
// the actions they order, reading the relationship's history, the orphan check and type checks.
// Subclassed per direction; created by createDependency() at configure time.
import {
  type FlushAction,
  type FlushContext,
  type FlushDependency,
  FlushError,
  type History,
  type InstanceState,
  instanceStateOf,
  type RelationshipProperty,
} from '@retort/orm';
import type { ConfiguredRelationship } from '../configured-relationship';
import type { JoinCondition } from '../join-condition';
import { hasParent } from './parent-tracker';

/** The aggregate actions one relationship orders (SQLAlchemy's per_property_flush_actions). */
export interface PropertyActions {
  readonly parentSaves: FlushAction;
  readonly childSaves: FlushAction;
  readonly parentDeletes: FlushAction;
  readonly childDeletes: FlushAction;
  readonly afterSave: FlushAction;
  readonly beforeDelete: FlushAction;
}

/** The actions of one object of a cycle (SQLAlchemy's per_state_flush_actions). */
export interface StateActions {
  /** The parent object's own action: its save, or its delete when `isDelete`. */
  readonly parent: FlushAction;
  readonly child: FlushAction;
  readonly afterSave: FlushAction;
  readonly beforeDelete: FlushAction;
  readonly isDelete: boolean;
  readonly childIsDelete: boolean;
}

export abstract class DependencyProcessor implements FlushDependency {
  readonly property: RelationshipProperty;
  readonly join: JoinCondition;

  constructor(readonly config: ConfiguredRelationship) {
    this.property = config.property;
    this.join = config.join;
  }

  get key(): string {
    return this.property.key;
  }

  get cascade() {
    return this.property.cascade;
  }

  get postUpdate(): boolean {
    return this.property.options.postUpdate === true;
  }

  get passiveDeletes(): boolean | 'all' {
    return this.property.options.passiveDeletes ?? false;
  }

  get passiveUpdates(): boolean {
    return this.property.options.passiveUpdates ?? true;
  }

  /** Deleting a parent loads its unloaded related objects, unless passiveDeletes leaves them to the database. */
  protected deleteHistory(context: FlushContext, state: InstanceState): Promise<History> {
    return context.history(state, this.key, { load: !this.passiveDeletes });
  }

  /** The history as it is, loading nothing. */
  protected currentHistory(context: FlushContext, state: InstanceState): Promise<History> {
    return context.history(state, this.key);
  }

  /** Whether `child` still has a parent along this relationship (false when it was removed, or never added). */
  protected hasParent(child: InstanceState): boolean {
    return hasParent(this.property, child) === true;
  }

  registerDependencies(context: FlushContext): void {
    const parent = this.property.parent;
    const target = this.property.mapper;
    this.propertyDependencies(context, {
      parentSaves: context.saves(parent),
      childSaves: context.saves(target),
      parentDeletes: context.deletes(parent),
      childDeletes: context.deletes(target),
      afterSave: context.process(this, false),
      beforeDelete: context.process(this, true),
    });
  }

  /**
   * Per-object ordering inside a cycle (an adjacency list): for every object with something to
   * process, its process action between its own save/delete and its related objects' ones.
   */
  registerStateDependencies(
    context: FlushContext,
    states: readonly InstanceState[],
    isDelete: boolean,
  ): void {
    const target = this.property.mapper;
    // An adjacency list's objects are in the cycle on both sides; a target of another mapper keeps
    // its aggregate actions (per-object actions of a mapper outside the cycle would save it twice).
    const childInCycle = target === this.property.parent;
    const inFlush = childInCycle
      ? new Set([...context.statesFor(target, false), ...context.statesFor(target, true)])
      : undefined;
    for (const state of states) {
      const related = relatedStates(this.property.impl.history(state).sum);
      if (related.length === 0) continue;
      const process = context.processState(this, isDelete, state);
      const base = {
        parent: isDelete ? context.deleteState(state) : context.saveState(state),
        afterSave: process,
        beforeDelete: process,
        isDelete,
      };
      const children: [FlushAction, boolean][] = [];
      if (inFlush === undefined) {
        children.push([context.saves(target), false], [context.deletes(target), true]);
      } else {
        for (const child of related) {
          if (!inFlush.has(child)) continue;
          const childIsDelete = context.isDeleted(child);
          children.push([
            childIsDelete ? context.deleteState(child) : context.saveState(child),
            childIsDelete,
          ]);
        }
      }
      for (const [child, childIsDelete] of children) {
        this.stateDependencies(context, { ...base, child, childIsDelete });
      }
    }
  }

  /** Checks a related object before its keys are copied (SQLAlchemy's _verify_canload). */
  protected verifyCanLoad(child: unknown): InstanceState | undefined {
    if (child === null || child === undefined) {
      if (this.property.uselist)
        throw new FlushError(`Can't flush None value found in collection ${this.property}`);
      return undefined;
    }
    const state = instanceStateOf(child);
    if (state === undefined || state.mapper !== this.property.mapper) {
      const type = (child as object).constructor?.name ?? typeof child;
      throw new FlushError(
        `Attempting to flush an item of type ${type} as a member of collection "${this.property}". Expected an object of type ${this.property.mapper.className} or a polymorphic subclass of this type.`,
      );
    }
    return state;
  }

  protected abstract propertyDependencies(context: FlushContext, actions: PropertyActions): void;
  protected abstract stateDependencies(context: FlushContext, actions: StateActions): void;
  abstract presortSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void>;
  abstract presortDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void>;
  abstract processSaves(context: FlushContext, states: readonly InstanceState[]): Promise<void>;
  abstract processDeletes(context: FlushContext, states: readonly InstanceState[]): Promise<void>;

  toString(): string {
    return `${this.constructor.name}(${this.property})`;
  }
}

/** States of the related objects in a history list (nulls skipped). */
export function relatedStates(values: readonly unknown[]): InstanceState[] {
  const out: InstanceState[] = [];
  for (const value of values) {
    const state = instanceStateOf(value);
    if (state !== undefined) out.push(state);
  }
  return out;
}
