// The PostgreSQL dialect (SQLAlchemy's postgresql+psycopg2, on node-postgres): assembles the
// compilers, type rules, capabilities and driver adapter of this package. Numbered `$1`
// placeholders; RETURNING, native ENUM/UUID/JSONB, DISTINCT ON, LATERAL, transactional DDL.
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
  type URL,
} from '@retort/core';
import { QueuePool } from '@retort/pool';
import { PGCompiler } from './pg-compiler';
import { PGDDLCompiler } from './pg-ddl-compiler';
import { pgLifecycle } from './pg-driver';
import { isPGDisconnect, translatePGError } from './pg-errors';
import { PGIntrospector } from './pg-introspector';
import { PG_RESERVED_WORDS } from './pg-reserved-words';
import { PG_TYPE_RULES } from './pg-types';
import { pgConnectOptions } from './pg-url';

export const PG_CAPABILITIES: DialectCapabilities = {
  ...DEFAULT_CAPABILITIES,
  insertReturning: true,
  updateReturning: true,
  deleteReturning: true,
  insertManyValuesReturningOrdered: true,
  insertManyValuesAutoincrementSentinel: true,
  insertManyValuesSentinelSelect: true,
  executemanyRoundTrips: true,
  // As SQLAlchemy's psycopg2 dialect (use_insertmanyvalues_wo_returning): an executemany INSERT
  // goes out as multi-row VALUES batches with or without RETURNING.
  insertManyValuesWithoutReturning: true,
  postfetchLastrowid: false,
  defaultValuesInsert: true,
  nativeBoolean: true,
  nativeEnum: true,
  nativeUuid: true,
  nativeDecimal: true,
  nativeJson: true,
  nativeInterval: true,
  namedEnumTypes: true,
  sequences: true,
  comments: true,
  serverSideCursors: true,
  lateral: true,
  distinctOn: true,
  transactionalDdl: true,
  multiTableUpdate: true,
  multiTableDelete: true,
  maxBindParameters: 32767,
  isolationLevels: ['SERIALIZABLE', 'REPEATABLE READ', 'READ COMMITTED', 'READ UNCOMMITTED', 'AUTOCOMMIT'],
  maxIdentifierLength: 63,
};

export class PGDialect extends DefaultDialect {
  readonly name = 'postgresql';
  readonly driver = 'pg';
  readonly paramstyle: Paramstyle = 'numeric_dollar';
  override readonly capabilities: DialectCapabilities = PG_CAPABILITIES;
  override readonly identifierPreparer = new IdentifierPreparer(PG_RESERVED_WORDS, '"', '"', 63);
  protected override readonly statementCompiler = PGCompiler;
  protected override readonly ddlCompiler = PGDDLCompiler;

  // ---- types: DDL names, value conversion and literals (pg-types.ts) ----

  protected override readonly typeRules = PG_TYPE_RULES;

  // ---- execution: the node-postgres adapter (pg-driver.ts, pg-url.ts, pg-errors.ts, pg-introspector.ts) ----

  protected override readonly driverErrors: DriverErrorRules = {
    translate: translatePGError,
    isDisconnect: isPGDisconnect,
  };
  protected override readonly introspectorClass = PGIntrospector;

  /** `standard_conforming_strings` is on (every supported server), so backslashes in literals are plain. */
  standardConformingStrings = true;

  override createConnectionLifecycle(
    url: URL,
    options: ConnectOptions,
  ): ConnectionLifecycle<DriverConnection> {
    return pgLifecycle(pgConnectOptions(url, options), isPGDisconnect);
  }

  override defaultPoolClass(_url: URL): PoolClass {
    return QueuePool;
  }

  /** The connect-time queries of ECHO.md §5, echoed as `[raw sql]`. */
  override async initialize(conn: DialectConnection): Promise<void> {
    const version = globalThis.String((await conn.execDriverSql('select pg_catalog.version()')).scalar());
    const numbers = /PostgreSQL (\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version);
    this.serverVersionInfo = numbers
      ? numbers
          .slice(1)
          .filter((n) => n !== undefined)
          .map(Number)
      : undefined;
    this.defaultSchemaName = globalThis.String(
      (await conn.execDriverSql('select current_schema()')).scalar(),
    );
    const conforming = (await conn.execDriverSql('show standard_conforming_strings')).scalar();
    this.standardConformingStrings = conforming === 'on';
    await super.initialize(conn);
  }
}
