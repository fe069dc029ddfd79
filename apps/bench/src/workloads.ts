// The timed workloads W1–W6 (W7, memory, lives in memory/): what each calls on a system, the
// checksum it must return, and the untimed resets around it. Used by the runner.
import type { AdminConnection } from './bench-database';
import {
  BASE_USERS,
  deleteInsertedSql,
  joinRowsExpected,
  newUsers,
  POSTS_AUTHORS,
  POSTS_PER_AUTHOR,
} from './dataset';
import type { JoinWindow, System, WorkloadMethod } from './system';

export const WORKLOAD_IDS = [
  'W1',
  'W2',
  'W3',
  'W4',
  'W5',
  'W6-cached',
  'W6-uncached',
  'W7-load',
  'W7-stream',
] as const;
export type WorkloadId = (typeof WORKLOAD_IDS)[number];

export const WORKLOAD_TITLES: Readonly<Record<WorkloadId, string>> = {
  W1: 'get one user by primary key, 2000 times',
  W2: 'select 1000 users as objects',
  W3: 'insert 1000 users in one transaction',
  W4: '100 users with 10 posts each, eager loading',
  W5: 'change 1000 loaded users and flush',
  'W6-cached': 'two joins + subquery, 100 runs, compiled form reused',
  'W6-uncached': 'two joins + subquery, 100 runs, built and compiled each time',
  'W7-load': 'memory: load 100k users as objects (tracked where the system tracks)',
  'W7-stream': 'memory: stream 1M users through stream()',
};

/** Sizes that do not change between modes (W7's sizes are in memory/w7-sizes.ts). */
export const W1_LOOKUPS = 2000;
export const W2_USERS = 1000;
export const W3_ROWS = 1000;
export const W5_USERS = 1000;
export const W6_RUNS = 100;
const W6_WINDOW = 10;

export interface WorkloadContext {
  readonly admin: AdminConnection;
}

export interface TimedWorkload {
  readonly id: WorkloadId;
  readonly method: WorkloadMethod;
  /** Untimed, once before the workload's first iteration. */
  prepare?(ctx: WorkloadContext): Promise<void>;
  /** The timed call. */
  run(system: System, iteration: number): Promise<number>;
  /** The checksum `run` must return. */
  readonly expected: number;
  /** Untimed, after each timed call. */
  after?(ctx: WorkloadContext): Promise<void>;
}

/** Ids spread over the seed by a fixed LCG, so every run and system looks up the same ones. */
function lookupIds(count: number): number[] {
  const ids: number[] = [];
  let state = 12345;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    ids.push(1 + (state % BASE_USERS));
  }
  return ids;
}

export const W4_IDS: readonly number[] = Array.from({ length: POSTS_AUTHORS }, (_, i) => i + 1);

function joinWindows(count: number): JoinWindow[] {
  return Array.from({ length: count }, (_, i) => {
    const minId = (i * 7) % (POSTS_AUTHORS - W6_WINDOW);
    return { minId, maxId: minId + W6_WINDOW };
  });
}

/**
 * How many W1 lookups and W6 executions one sample makes. Smoke mode checks the machinery, not
 * the timings, and must finish within CI's minute, so it makes a tenth of them.
 */
export function repeatsFor(mode: 'full' | 'quick' | 'smoke'): {
  readonly lookups: number;
  readonly joins: number;
} {
  return mode === 'smoke'
    ? { lookups: W1_LOOKUPS / 10, joins: W6_RUNS / 10 }
    : { lookups: W1_LOOKUPS, joins: W6_RUNS };
}

/** An optional method the runner has already checked for; the runner never calls a workload a system lacks. */
function offered<F>(method: F | undefined, name: string): F {
  if (method === undefined) throw new Error(`${name} is not offered`);
  return method;
}

const removeInserted = async (ctx: WorkloadContext) => ctx.admin.run(deleteInsertedSql(BASE_USERS));

export function timedWorkloads(mode: 'full' | 'quick' | 'smoke'): readonly TimedWorkload[] {
  const repeats = repeatsFor(mode);
  const w1Ids = lookupIds(repeats.lookups);
  const w6Windows = joinWindows(repeats.joins);
  const w6Rows = w6Windows.reduce((sum, w) => sum + joinRowsExpected(w.minId, w.maxId), 0);
  return [
    {
      id: 'W1',
      method: 'getUsersByPk',
      run: (system) => system.getUsersByPk(w1Ids),
      expected: w1Ids.reduce((sum, id) => sum + id, 0),
    },
    {
      id: 'W2',
      method: 'selectUsers',
      run: (system) => system.selectUsers(W2_USERS),
      expected: W2_USERS,
    },
    {
      id: 'W3',
      method: 'insertUsers',
      prepare: removeInserted,
      run: (system, iteration) => system.insertUsers(newUsers(W3_ROWS, `w3-${system.id}-${iteration}`)),
      expected: W3_ROWS,
      after: removeInserted,
    },
    {
      id: 'W4',
      method: 'loadUsersWithPosts',
      run: (system) => offered(system.loadUsersWithPosts, 'loadUsersWithPosts').call(system, W4_IDS),
      expected: W4_IDS.length * POSTS_PER_AUTHOR,
    },
    {
      id: 'W5',
      method: 'updateLoadedUsers',
      run: (system, iteration) => system.updateLoadedUsers(W5_USERS, `w5 ${system.id} ${iteration} `),
      expected: W5_USERS,
    },
    {
      id: 'W6-cached',
      method: 'joinQuery',
      run: (system) => system.joinQuery(w6Windows, true),
      expected: w6Rows,
    },
    {
      id: 'W6-uncached',
      method: 'joinQuery',
      run: (system) => system.joinQuery(w6Windows, false),
      expected: w6Rows,
    },
  ];
}
