// One flush (SQLAlchemy's UOWTransaction): the objects to save and delete, the relationships'
// flush dependencies, the actions (save/delete per mapper, dependency processing) ordered by
// foreign keys and dependencies, broken into per-object actions where they form a cycle.
import type { Column, Connection } from '@retort/core';
import type { History } from '../instrumentation/history';
import type { Mapper } from '../mapper/mapper';
import type { FlushAction, FlushContext, FlushDependency } from '../mapper/relationship-extension';
import type { RelationshipProperty } from '../mapper/relationship-property';
import type { Session } from '../session/session';
import type { InstanceState } from '../state/instance-state';
import { deleteObjects } from './delete-objects';
import { postUpdate, saveObjects } from './save-objects';
import { findCycles, sortAsSubsets } from './topological-sort';

interface Registration {
  isDelete: boolean;
  listOnly: boolean;
}

/** A step of the flush. `run` may take the other actions of its layer that it can do together. */
abstract class Action implements FlushAction {
  abstract readonly sortKey: string;
  abstract run(uow: UnitOfWork, layer: Set<Action>): Promise<void>;
  toString(): string {
    return this.sortKey;
  }
}

class SaveAll extends Action {
  readonly sortKey: string;
  constructor(readonly mapper: Mapper) {
    super();
    this.sortKey = `SaveUpdateAll\u0000${mapper.className}`;
  }
  run(uow: UnitOfWork): Promise<void> {
    return saveObjects(uow, this.mapper, uow.statesFor(this.mapper, false));
  }
}

class DeleteAll extends Action {
  readonly sortKey: string;
  constructor(readonly mapper: Mapper) {
    super();
    this.sortKey = `DeleteAll\u0000${mapper.className}`;
  }
  run(uow: UnitOfWork): Promise<void> {
    return deleteObjects(uow, this.mapper, uow.statesFor(this.mapper, true));
  }
}

class ProcessAll extends Action {
  readonly sortKey: string;
  constructor(
    readonly dependency: FlushDependency,
    readonly property: RelationshipProperty,
    readonly isDelete: boolean,
  ) {
    super();
    this.sortKey = `ProcessAll\u0000${property.parent.className}_${property.key}\u0000${isDelete}`;
  }
  run(uow: UnitOfWork): Promise<void> {
    const states = uow.statesFor(this.property.parent, this.isDelete);
    return this.isDelete
      ? this.dependency.processDeletes(uow, states)
      : this.dependency.processSaves(uow, states);
  }
}

class SaveState extends Action {
  readonly sortKey: string;
  constructor(
    readonly state: InstanceState,
    sequence: number,
  ) {
    super();
    this.sortKey = `SaveUpdateState\u0000${state.mapper.className}\u0000${pad(sequence)}`;
  }
  async run(uow: UnitOfWork, layer: Set<Action>): Promise<void> {
    const states = [this.state];
    for (const other of [...layer]) {
      if (other instanceof SaveState && other.state.mapper === this.state.mapper) {
        states.push(other.state);
        layer.delete(other);
      }
    }
    await saveObjects(uow, this.state.mapper, states, { presorted: true });
  }
}

class DeleteState extends Action {
  readonly sortKey: string;
  constructor(
    readonly state: InstanceState,
    sequence: number,
  ) {
    super();
    this.sortKey = `DeleteState\u0000${state.mapper.className}\u0000${pad(sequence)}`;
  }
  async run(uow: UnitOfWork, layer: Set<Action>): Promise<void> {
    const states = [this.state];
    for (const other of [...layer]) {
      if (other instanceof DeleteState && other.state.mapper === this.state.mapper) {
        states.push(other.state);
        layer.delete(other);
      }
    }
    await deleteObjects(uow, this.state.mapper, states, { presorted: true });
  }
}

class ProcessState extends Action {
  readonly sortKey: string;
  constructor(
    readonly dependency: FlushDependency,
    readonly property: RelationshipProperty,
    readonly isDelete: boolean,
    readonly state: InstanceState,
    sequence: number,
  ) {
    super();
    this.sortKey = `ProcessState\u0000${property.parent.className}_${property.key}\u0000${isDelete}\u0000${pad(sequence)}`;
  }
  async run(uow: UnitOfWork, layer: Set<Action>): Promise<void> {
    const states = [this.state];
    for (const other of [...layer]) {
      if (
        other instanceof ProcessState &&
        other.dependency === this.dependency &&
        other.isDelete === this.isDelete
      ) {
        states.push(other.state);
        layer.delete(other);
      }
    }
    await (this.isDelete
      ? this.dependency.processDeletes(uow, states)
      : this.dependency.processSaves(uow, states));
  }
}

function pad(n: number): string {
  return n.toString().padStart(10, '0');
}

export class UnitOfWork implements FlushContext {
  readonly attributes = new Map<unknown, unknown>();
  /** Every object in the flush and what happens to it. */
  readonly states = new Map<InstanceState, Registration>();
  private readonly byMapper = new Map<Mapper, Set<InstanceState>>();
  private readonly dependencies = new Map<FlushDependency, RelationshipProperty>();
  private readonly presorted = new Map<FlushDependency, Set<InstanceState>>();
  private readonly actions = new Map<unknown, Action>();
  private readonly edges = new Set<string>();
  private readonly edgeList: [Action, Action][] = [];
  private readonly postUpdates = new Map<InstanceState, Set<string>>();
  /** Deleted objects whose row a new object took over (row switch). */
  private readonly rowSwitched = new Set<InstanceState>();
  private stateSequence = 0;

  /** The transaction's connection, set once the flush has work. */
  connection!: Connection;

  constructor(readonly session: Session) {}

  // ---- FlushContext ----------------------------------------------------------------------------

  async history(
    state: InstanceState,
    key: string,
    options: { readonly load?: boolean } = {},
  ): Promise<History> {
    const impl = state.mapper.attributeImpls.get(key);
    if (impl === undefined) throw new Error(`${state.mapper.className} has no attribute '${key}'`);
    if (options.load && impl.loadRequired(state)) await this.session.loadAttributes(state, [key]);
    return impl.history(state);
  }

  registerObject(
    state: InstanceState,
    options: {
      readonly isDelete?: boolean;
      readonly listOnly?: boolean;
      readonly cancelDelete?: boolean;
    } = {},
  ): boolean {
    if (state.session !== this.session) return false;
    const isDelete = options.isDelete ?? false;
    const listOnly = options.listOnly ?? false;
    const existing = this.states.get(state);
    if (existing === undefined) {
      this.states.set(state, { isDelete, listOnly });
      this.addMapperState(state);
    } else if (!listOnly && (isDelete || options.cancelDelete)) {
      existing.isDelete = isDelete;
      existing.listOnly = false;
    }
    return true;
  }

  /** A row switch: the deleted object's row goes to a new object (UPDATE instead of DELETE + INSERT). */
  switchRow(existing: InstanceState): void {
    const reg = this.states.get(existing);
    if (reg !== undefined) {
      reg.isDelete = false;
      reg.listOnly = true;
    }
    this.rowSwitched.add(existing);
  }

  isDeleted(state: InstanceState): boolean {
    return this.states.get(state)?.isDelete ?? false;
  }

  /** The mapper's objects to save (isDelete false) or delete, pending ones first by insertion order, then by key. */
  statesFor(mapper: Mapper, isDelete: boolean, listOnly = false): InstanceState[] {
    const states: InstanceState[] = [];
    for (const state of this.byMapper.get(mapper) ?? []) {
      const reg = this.states.get(state) as Registration;
      if (reg.isDelete === isDelete && reg.listOnly === listOnly) states.push(state);
    }
    return sortStates(states);
  }

  addDependency(before: Mapper, after: Mapper): void {
    this.order(this.saves(before), this.saves(after));
    this.order(this.deletes(after), this.deletes(before));
  }

  saves(mapper: Mapper): FlushAction {
    return this.action(['saves', mapper], () => new SaveAll(mapper));
  }

  deletes(mapper: Mapper): FlushAction {
    return this.action(['deletes', mapper], () => new DeleteAll(mapper));
  }

  process(dependency: FlushDependency, isDelete: boolean): FlushAction {
    const property = this.propertyOf(dependency);
    return this.action(
      ['process', dependency, isDelete],
      () => new ProcessAll(dependency, property, isDelete),
    );
  }

  saveState(state: InstanceState): FlushAction {
    return this.action(['saveState', state], () => new SaveState(state, this.stateSequence++));
  }

  deleteState(state: InstanceState): FlushAction {
    return this.action(['deleteState', state], () => new DeleteState(state, this.stateSequence++));
  }

  processState(dependency: FlushDependency, isDelete: boolean, state: InstanceState): FlushAction {
    const property = this.propertyOf(dependency);
    return this.action(
      ['processState', dependency, isDelete, state],
      () => new ProcessState(dependency, property, isDelete, state, this.stateSequence++),
    );
  }

  order(before: FlushAction, after: FlushAction): void {
    const a = before as Action;
    const b = after as Action;
    const key = `${this.idOf(a)}>${this.idOf(b)}`;
    if (this.edges.has(key)) return;
    this.edges.add(key);
    this.edgeList.push([a, b]);
  }

  registerPostUpdate(state: InstanceState, keys: readonly string[]): void {
    let set = this.postUpdates.get(state);
    if (set === undefined) {
      set = new Set();
      this.postUpdates.set(state, set);
    }
    for (const key of keys) set.add(key);
  }

  // ---- running the flush -----------------------------------------------------------------------

  /** Whether any object is to be written. */
  get hasWork(): boolean {
    return this.states.size > 0;
  }

  /** Presorts (until no dependency adds objects), orders the actions and runs them. */
  async execute(): Promise<void> {
    await this.presort();
    for (const [dependency] of this.dependencies) dependency.registerDependencies(this);
    this.addForeignKeyOrder();
    const items = this.sortedActions([...new Set(this.actions.values())]);
    const cycles = findCycles(this.edgeList, items);
    if (cycles.size === 0) {
      for (const layer of sortAsSubsets(this.edgeList, items)) {
        for (const action of layer) await action.run(this, new Set());
      }
    } else {
      const [finalItems, finalEdges] = this.breakCycles(items, cycles);
      for (const layer of sortAsSubsets(finalEdges, finalItems)) {
        const pending = new Set(layer);
        for (const action of layer) {
          if (!pending.has(action)) continue;
          pending.delete(action);
          await action.run(this, pending);
        }
      }
    }
    if (this.postUpdates.size > 0) await postUpdate(this, this.postUpdates);
  }

  /** After the statements ran: deleted objects become deleted, the others persistent and unmodified. */
  finalize(): void {
    const session = this.session;
    for (const state of this.rowSwitched) session.registerDeleted(state);
    for (const [state, reg] of this.states) {
      if (this.rowSwitched.has(state)) continue;
      if (reg.isDelete) {
        session.registerDeleted(state);
        continue;
      }
      const mapper = state.mapper;
      const values = mapper.primaryKeyFromInstance(session.objectOf(state) as object);
      if (state.key === undefined) {
        if (values !== undefined) state.setIdentity(mapper.identityKeyFromPrimaryKey(values));
        session.registerInserted(state);
      } else if (values !== undefined) {
        const key = mapper.identityKeyFromPrimaryKey(values, state.key.token);
        if (!key.equals(state.key)) {
          session.registerKeySwitch(state, state.key);
          session.identityMap.discard(state);
          state.setIdentity(key);
          session.identityMap.replace(state);
        }
        if (!reg.listOnly) session.registerUpdated(state);
      }
      state.commitAll();
    }
  }

  // ---- internals -------------------------------------------------------------------------------

  private async presort(): Promise<void> {
    for (;;) {
      let progressed = false;
      for (const [dependency, property] of [...this.dependencies]) {
        let done = this.presorted.get(dependency);
        if (done === undefined) {
          done = new Set();
          this.presorted.set(dependency, done);
        }
        const fresh = [...(this.byMapper.get(property.parent) ?? [])].filter((s) => !done.has(s));
        if (fresh.length === 0) continue;
        for (const s of fresh) done.add(s);
        progressed = true;
        const saves = sortStates(fresh.filter((s) => !this.isDeleted(s)));
        const deletes = sortStates(fresh.filter((s) => this.isDeleted(s)));
        if (saves.length > 0) await dependency.presortSaves(this, saves);
        if (deletes.length > 0) await dependency.presortDeletes(this, deletes);
      }
      if (!progressed) return;
    }
  }

  private addMapperState(state: InstanceState): void {
    const mapper = state.mapper;
    let set = this.byMapper.get(mapper);
    if (set === undefined) {
      set = new Set();
      this.byMapper.set(mapper, set);
      this.order(this.saves(mapper), this.deletes(mapper));
      for (const property of mapper.relationships.values()) {
        if (property.options.viewonly) continue;
        const dependency = property.behavior?.dependency;
        if (dependency !== undefined) this.dependencies.set(dependency, property);
      }
    }
    set.add(state);
  }

  /**
   * Foreign keys between the mapped tables order saves (referenced table first) and deletes
   * (referencing table first), also where no relationship says so. SQLAlchemy orders mappers by
   * relationships only; a table referring to itself is ordered per row by the save/delete steps.
   */
  private addForeignKeyOrder(): void {
    const mappers = [...this.byMapper.keys()];
    for (const child of mappers) {
      for (const column of child.localTable.columnList as readonly Column[]) {
        for (const fk of column.foreignKeys) {
          const target = fk.column.table;
          if (target === child.localTable) continue;
          for (const parent of mappers) {
            if (parent !== child && parent.localTable === target) this.addDependency(parent, child);
          }
        }
      }
    }
  }

  /**
   * SQLAlchemy's cycle handling: the mapper-level actions on a cycle become per-object actions,
   * the dependencies order those (registerStateDependencies, key values of self-referring rows),
   * and every edge touching a broken-up action is rewritten to its per-object actions (an edge
   * between two of them is dropped: the per-object edges replace it).
   */
  private breakCycles(items: readonly Action[], cycles: Set<Action>): [Action[], [Action, Action][]] {
    const convert = new Map<Action, Action[]>();
    for (const action of cycles) convert.set(action, this.perStateActions(action));
    for (const action of cycles) {
      if (!(action instanceof ProcessAll)) continue;
      action.dependency.registerStateDependencies?.(
        this,
        this.statesFor(action.property.parent, action.isDelete),
        action.isDelete,
      );
    }
    this.addRowOrder(cycles);
    const edges: [Action, Action][] = [];
    for (const [a, b] of this.edgeList) {
      const aIn = cycles.has(a);
      const bIn = cycles.has(b);
      if (aIn && bIn) continue;
      if (aIn) for (const x of convert.get(a) as Action[]) edges.push([x, b]);
      else if (bIn) for (const y of convert.get(b) as Action[]) edges.push([a, y]);
      else edges.push([a, b]);
    }
    const perState = [...new Set(this.actions.values())].filter(isPerState);
    const finalItems = this.sortedActions([...items.filter((a) => !cycles.has(a)), ...perState]);
    return [finalItems, dedupe(edges)];
  }

  /** Per-object saves of a self-referential table follow the key values: referenced rows first. */
  private addRowOrder(cycles: Set<Action>): void {
    for (const action of cycles) {
      if (!(action instanceof SaveAll) && !(action instanceof DeleteAll)) continue;
      const isDelete = action instanceof DeleteAll;
      const states = this.statesFor(action.mapper, isDelete);
      for (const [parent, child] of referencingPairs(states)) {
        if (isDelete) this.order(this.deleteState(child), this.deleteState(parent));
        else this.order(this.saveState(parent), this.saveState(child));
      }
    }
  }

  private perStateActions(action: Action): Action[] {
    if (action instanceof SaveAll)
      return this.statesFor(action.mapper, false).map((s) => this.saveState(s) as Action);
    if (action instanceof DeleteAll)
      return this.statesFor(action.mapper, true).map((s) => this.deleteState(s) as Action);
    if (action instanceof ProcessAll) {
      return this.statesFor(action.property.parent, action.isDelete).map(
        (s) => this.processState(action.dependency, action.isDelete, s) as Action,
      );
    }
    return [action];
  }

  private sortedActions(actions: Action[]): Action[] {
    return actions.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  }

  private propertyOf(dependency: FlushDependency): RelationshipProperty {
    const property = this.dependencies.get(dependency);
    if (property === undefined) {
      throw new Error(
        'FlushContext.process(): this dependency belongs to no relationship of a mapper in this flush',
      );
    }
    return property;
  }

  private readonly ids = new Map<unknown, number>();
  private idOf(value: unknown): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(value, id);
    }
    return id;
  }

  private action(parts: readonly unknown[], make: () => Action): Action {
    const key = parts
      .map((p) => (typeof p === 'string' || typeof p === 'boolean' ? String(p) : this.idOf(p)))
      .join(':');
    let action = this.actions.get(key);
    if (action === undefined) {
      action = make();
      this.actions.set(key, action);
    }
    return action;
  }
}

function isPerState(action: Action): boolean {
  return action instanceof SaveState || action instanceof DeleteState || action instanceof ProcessState;
}

function dedupe(edges: [Action, Action][]): [Action, Action][] {
  const seen = new Set<string>();
  const ids = new Map<Action, number>();
  const id = (a: Action): number => {
    let n = ids.get(a);
    if (n === undefined) {
      n = ids.size;
      ids.set(a, n);
    }
    return n;
  };
  return edges.filter(([a, b]) => {
    const key = `${id(a)}>${id(b)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** SQLAlchemy's _sort_states: pending objects by insertion order, then persistent ones by key. */
export function sortStates(states: readonly InstanceState[]): InstanceState[] {
  const pending = states.filter((s) => s.key === undefined).sort((a, b) => a.insertOrder - b.insertOrder);
  const persistent = states
    .filter((s) => s.key !== undefined)
    .sort((a, b) => compareIdentity(a.key?.identity ?? [], b.key?.identity ?? []));
  return [...pending, ...persistent];
}

function compareIdentity(a: readonly unknown[], b: readonly unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as number | string | bigint;
    const y = b[i] as number | string | bigint;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}

/**
 * For objects of one self-referential table: pairs [referenced, referencing] where an object's
 * foreign key values equal another object's primary key values in this flush.
 */
export function referencingPairs(states: readonly InstanceState[]): [InstanceState, InstanceState][] {
  if (states.length < 2) return [];
  const mapper = (states[0] as InstanceState).mapper;
  const table = mapper.localTable;
  const byKey = new Map<string, InstanceState>();
  const pkProps = mapper.primaryKey.map((c) => mapper.propertyForColumn(c));
  const keyOf = (values: readonly unknown[]): string =>
    values.map((v) => `${typeof v}:${String(v)}`).join('|');
  for (const state of states) {
    const values = pkProps.map((p) => (p === undefined ? undefined : state.dict[p.key]));
    if (values.some((v) => v === undefined || v === null)) continue;
    byKey.set(keyOf(values), state);
  }
  const pairs: [InstanceState, InstanceState][] = [];
  for (const column of table.columnList as readonly Column[]) {
    for (const fk of column.foreignKeys) {
      if (fk.column.table !== table) continue;
      const constraint = fk.constraint;
      const local = (constraint?.columns ?? [column]) as readonly Column[];
      const remote = (constraint?.elements.map((e) => e.column) ?? [fk.column]) as readonly Column[];
      if (local[0] !== column) continue;
      if (remote.length !== pkProps.length || remote.some((c, i) => mapper.primaryKey[i] !== c)) continue;
      const localProps = local.map((c) => mapper.propertyForColumn(c));
      for (const state of states) {
        const values = localProps.map((p) => (p === undefined ? undefined : state.dict[p.key]));
        if (values.some((v) => v === undefined || v === null)) continue;
        const parent = byKey.get(keyOf(values));
        if (parent !== undefined && parent !== state) pairs.push([parent, state]);
      }
    }
  }
  return pairs;
}
