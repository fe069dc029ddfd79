// Dependency ordering for the unit of work (SQLAlchemy's util.topological): layers of items whose
// prerequisites are done, in the given order inside a layer, and the items that sit on cycles.
import { CircularDependencyError } from '@retort/core';

/** Kahn's algorithm in layers: each layer keeps the order of `items`; a cycle is an error. */
export function* sortAsSubsets<T>(edges: Iterable<readonly [T, T]>, items: readonly T[]): Generator<T[]> {
  const prerequisites = new Map<T, Set<T>>();
  for (const [before, after] of edges) {
    let set = prerequisites.get(after);
    if (set === undefined) {
      set = new Set();
      prerequisites.set(after, set);
    }
    set.add(before);
  }
  let unplaced = [...items];
  const remaining = new Set(items);
  while (remaining.size > 0) {
    const layer = unplaced.filter((item) => {
      const needs = prerequisites.get(item);
      if (needs === undefined) return true;
      for (const need of needs) if (remaining.has(need)) return false;
      return true;
    });
    if (layer.length === 0) {
      throw new CircularDependencyError(
        `Circular dependency detected among flush actions: ${unplaced.map(String).join(', ')}`,
      );
    }
    for (const item of layer) remaining.delete(item);
    unplaced = unplaced.filter((item) => remaining.has(item));
    yield layer;
  }
}

/** The items that lie on a cycle (Tarjan's strongly connected components of more than one item, or with a self edge). */
export function findCycles<T>(edges: Iterable<readonly [T, T]>, items: readonly T[]): Set<T> {
  const next = new Map<T, T[]>();
  const selfLoops = new Set<T>();
  for (const [before, after] of edges) {
    if (before === after) selfLoops.add(before);
    const list = next.get(before);
    if (list === undefined) next.set(before, [after]);
    else list.push(after);
  }
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const cycles = new Set<T>(selfLoops);
  let counter = 0;
  const visit = (node: T): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: T[] = [];
      for (;;) {
        const member = stack.pop() as T;
        onStack.delete(member);
        component.push(member);
        if (member === node) break;
      }
      if (component.length > 1) for (const member of component) cycles.add(member);
    }
  };
  const all = new Set<T>(items);
  for (const [before, after] of next.entries()) {
    all.add(before);
    for (const a of after) all.add(a);
  }
  for (const node of all) if (!index.has(node)) visit(node);
  return cycles;
}
