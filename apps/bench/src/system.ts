// The contract every benchmarked system implements, one method per workload, and the shapes
// the workloads pass in. Implemented by src/systems/<system>.ts; driven by the runner.
import type { NewUser } from './dataset';

export type DbKind = 'sqlite' | 'pg' | 'mysql';
export const DB_KINDS: readonly DbKind[] = ['sqlite', 'pg', 'mysql'];

/** Where a system connects: one freshly created bench database. */
export interface BenchTarget {
  readonly db: DbKind;
  /** SQLAlchemy-style URL (Retort's form): `postgresql://…`, `mysql://…`, `sqlite:////abs/file.db`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** The database file, for SQLite. */
  readonly file: string;
}

/** W6's parameters for one execution: authors with `minId < id <= maxId`. */
export interface JoinWindow {
  readonly minId: number;
  readonly maxId: number;
}

/** One streamed row as the W7 stream workload counts it. */
export type RowSink = (row: unknown) => void;

export type WorkloadMethod =
  | 'getUsersByPk'
  | 'selectUsers'
  | 'insertUsers'
  | 'loadUsersWithPosts'
  | 'updateLoadedUsers'
  | 'joinQuery'
  | 'loadManyUsers'
  | 'streamUsers';

/**
 * A benchmarked system on one database. Every method returns a checksum the runner compares with
 * the expected value, so a system that skips work fails loudly instead of looking fast.
 * An optional method is absent when the system offers no such feature; `unsupported` says why.
 */
export interface System {
  readonly id: string;
  /** What the method means for this system (shown in the README table and the HTML page). */
  readonly description: string;
  /** Reasons for absent optional methods, shown in the report. */
  readonly unsupported?: Partial<Record<WorkloadMethod, string>>;

  open(target: BenchTarget): Promise<void>;
  close(): Promise<void>;

  /** W1: fetch each user by primary key, one query per id; returns the sum of the ids found. */
  getUsersByPk(ids: readonly number[]): Promise<number>;
  /** W2: select the first `limit` users (ordered by id) as objects; returns how many. */
  selectUsers(limit: number): Promise<number>;
  /** W3: insert the rows in one transaction (bulk / executemany / add-all + flush); returns how many. */
  insertUsers(rows: readonly NewUser[]): Promise<number>;
  /** W4: load the users with these ids and their posts through eager loading; returns the post count. */
  loadUsersWithPosts?(ids: readonly number[]): Promise<number>;
  /** W5: load the first `limit` users, rename each to `${name-prefix}${id}`, flush; returns how many changed. */
  updateLoadedUsers(limit: number, namePrefix: string): Promise<number>;
  /** W6: the two-join + subquery query once per window, reusing the compiled form when `cached`; returns rows. */
  joinQuery(windows: readonly JoinWindow[], cached: boolean): Promise<number>;
  /** W7 load: the first `limit` users as the system's objects (tracked where it tracks), held by the caller. */
  loadManyUsers?(limit: number): Promise<readonly unknown[]>;
  /** W7 stream: every user through the system's streaming API, row by row; returns the count. */
  streamUsers?(sink: RowSink): Promise<number>;
}

/** A system that cannot run on one database, with the reason the report prints. */
export interface SkippedSystem {
  readonly skip: string;
}

/** Builds a system for one database; the registry imports each system module only when it is needed. */
export type SystemFactory = (db: DbKind) => System | SkippedSystem;
