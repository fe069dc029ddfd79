// The SQLite dialect (SQLAlchemy's sqlite+pysqlite, on better-sqlite3): assembles the
// compilers, type rules, capabilities and driver adapter of this package. `?` placeholders,
// RETURNING (3.35+), no ALTER for constraints, values stored by type affinity.
import {
  type ConnectionLifecycle,
  type ConnectOptions,
  DEFAULT_CAPABILITIES,
  DefaultDialect,
  type DialectCapabilities,
  type DialectConnection,
  type DriverConnection,
  type DriverErrorRules,
  IdentifierPreparer,
  type Paramstyle,
  type PoolClass,
  type TypeEngine,
  type URL,
} from '@retort/core';
import { QueuePool, StaticPool } from '@retort/pool';
import { SQLiteCompiler } from './sqlite-compiler';
import { SQLiteDDLCompiler } from './sqlite-ddl-compiler';
import { type SQLiteDriverConnection, sqliteLifecycle } from './sqlite-driver';
import { isSQLiteDisconnect, translateSQLiteError } from './sqlite-errors';
import { SQLiteIntrospector } from './sqlite-introspector';
import { SQLITE_RESERVED_WORDS } from './sqlite-reserved-words';
import { SQLITE_TYPE_RULES } from './sqlite-types';
import { isMemoryUrl, sqliteConnectOptions } from './sqlite-url';

export const SQLITE_CAPABILITIES: DialectCapabilities = {
  ...DEFAULT_CAPABILITIES,
  insertReturning: true,
  updateReturning: true,
  deleteReturning: true,
  insertManyValuesReturningOrdered: false,
  postfetchLastrowid: true,
  defaultValuesInsert: true,
  nativeBoolean: false,
  nativeEnum: false,
  nativeUuid: false,
  nativeDecimal: false,
  nativeJson: false,
  alterTableConstraints: false,
  comments: false,
  serverSideCursors: true,
  fullOuterJoin: true,
  transactionalDdl: true,
  multiTableUpdate: true,
  multiTableDelete: false,
  maxBindParameters: 32766,
  isolationLevels: ['SERIALIZABLE', 'READ UNCOMMITTED', 'AUTOCOMMIT'],
};

export class SQLiteDialect extends DefaultDialect {
  readonly name = 'sqlite';
  readonly driver = 'better-sqlite3';
  readonly paramstyle: Paramstyle = 'qmark';
  override readonly capabilities: DialectCapabilities = SQLITE_CAPABILITIES;
  override readonly identifierPreparer = new IdentifierPreparer(SQLITE_RESERVED_WORDS);
  override readonly tupleInValuesPrefix = 'VALUES ';
  protected override readonly statementCompiler = SQLiteCompiler;
  protected override readonly ddlCompiler = SQLiteDDLCompiler;

  // ---- types: DDL names, value conversion and literals (sqlite-types.ts) ----

  protected override readonly typeRules = SQLITE_TYPE_RULES;

  /** SQLite renders an empty IN list as a subquery returning no rows, for IN and NOT IN alike. */
  override emptySetExpression(_type: TypeEngine, tupleWidth: number, _expandOp: 'in' | 'notIn'): string {
    const ones = tupleWidth > 0 ? Array.from({ length: tupleWidth }, () => '1').join(', ') : '1';
    return `SELECT ${ones} FROM (SELECT ${ones}) WHERE 1!=1`;
  }

  // ---- execution: the better-sqlite3 adapter (sqlite-driver.ts, sqlite-url.ts, sqlite-errors.ts) ----

  protected override readonly driverErrors: DriverErrorRules = {
    translate: translateSQLiteError,
    isDisconnect: isSQLiteDisconnect,
  };
  /** Reflection over PRAGMAs and sqlite_master (sqlite-introspector.ts). */
  protected override readonly introspectorClass = SQLiteIntrospector;

  override createConnectionLifecycle(
    url: URL,
    options: ConnectOptions,
  ): ConnectionLifecycle<DriverConnection> {
    return sqliteLifecycle(sqliteConnectOptions(url, options.connectArgs), isSQLiteDisconnect);
  }

  /** One connection for an in-memory database (each would have its own database), a QueuePool for files. */
  override defaultPoolClass(url: URL): PoolClass {
    return isMemoryUrl(url) ? StaticPool : QueuePool;
  }

  override async initialize(conn: DialectConnection): Promise<void> {
    const raw = (conn.driverConnection as SQLiteDriverConnection).raw;
    const version = raw.prepare('select sqlite_version()').pluck().get() as string;
    this.serverVersionInfo = version.split('.').map(Number);
    this.defaultSchemaName = 'main';
    await super.initialize(conn);
  }
}
