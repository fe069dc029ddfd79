// The MySQL/MariaDB dialect (SQLAlchemy's mysql+pymysql, on mysql2): assembles the compilers,
// type rules, capabilities and driver adapter of this package. `?` placeholders, backtick
// quoting, AUTO_INCREMENT and lastrowid, RETURNING only on MariaDB 10.5+.
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
  InvalidRequestError,
  type Paramstyle,
  type PoolClass,
  type URL,
} from '@retort/core';
import { QueuePool } from '@retort/pool';
import { MySQLCompiler } from './mysql-compiler';
import { MySQLDDLCompiler } from './mysql-ddl-compiler';
import { type MySQLDriverConnection, mysqlLifecycle } from './mysql-driver';
import { isMySQLDisconnect, translateMySQLError } from './mysql-errors';
import { MySQLIntrospector } from './mysql-introspector';
import { MARIADB_RESERVED_WORDS, MYSQL_RESERVED_WORDS } from './mysql-reserved-words';
import { MYSQL_TYPE_RULES } from './mysql-types';
import { mysqlConnectOptions } from './mysql-url';

export const MYSQL_CAPABILITIES: DialectCapabilities = {
  ...DEFAULT_CAPABILITIES,
  insertReturning: false,
  updateReturning: false,
  deleteReturning: false,
  executemanyRoundTrips: true,
  postfetchLastrowid: true,
  defaultValuesInsert: false,
  emptyInsert: true,
  nativeBoolean: false,
  nativeEnum: true,
  nativeUuid: false,
  nativeJson: true,
  isDistinctFrom: false,
  comments: true,
  inlineComments: true,
  serverSideCursors: true,
  fullOuterJoin: false,
  transactionalDdl: false,
  saneRowcount: true,
  multiTableUpdate: true,
  multiTableDelete: true,
  maxBindParameters: 65535,
  maxIdentifierLength: 64,
};

export class MySQLDialect extends DefaultDialect {
  readonly name = 'mysql';
  readonly driver = 'mysql2';
  readonly paramstyle: Paramstyle = 'qmark';
  /** Replaced by initialize() when the server turns out to be MariaDB 10.5+ (INSERT/DELETE … RETURNING). */
  override capabilities: DialectCapabilities = MYSQL_CAPABILITIES;
  /** MySQL's reserved words until the server (or a `mariadb://` URL) says MariaDB, as SQLAlchemy's MariaDB preparer. */
  override identifierPreparer = new IdentifierPreparer(MYSQL_RESERVED_WORDS, '`', '`', 64);
  protected override readonly statementCompiler = MySQLCompiler;
  protected override readonly ddlCompiler = MySQLDDLCompiler;
  /** `DEFAULT (expression)` is allowed (MySQL 8.0.13+, MariaDB 10.2.1+); SQLAlchemy assumes not until it knows the server. */
  supportsDefaultFunction = false;

  // ---- types: DDL names and value conversion (mysql-types.ts) ----

  protected override readonly typeRules = MYSQL_TYPE_RULES;

  /** MySQL string literals treat backslash as an escape, so it is doubled too. */
  override quoteString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  }

  // ---- execution: the mysql2 adapter (mysql-driver.ts, mysql-url.ts, mysql-errors.ts, mysql-introspector.ts) ----

  protected override readonly driverErrors: DriverErrorRules = {
    translate: translateMySQLError,
    isDisconnect: isMySQLDisconnect,
  };
  protected override readonly introspectorClass = MySQLIntrospector;

  /** MariaDB, known after initialize() (or from a `mariadb://` URL, which requires it). */
  isMariaDB = false;
  /** The session's sql_mode and lower_case_table_names, read by initialize(). */
  sqlMode = '';
  lowerCaseTableNames = 0;

  /** `mariadbOnly`: the URL said `mariadb://`, so a MySQL server is refused at initialize(). */
  constructor(private readonly mariadbOnly = false) {
    super();
    this.isMariaDB = mariadbOnly;
    if (mariadbOnly) this.useMariaDBWords();
  }

  private useMariaDBWords(): void {
    this.identifierPreparer = new IdentifierPreparer(MARIADB_RESERVED_WORDS, '`', '`', 64);
  }

  override createConnectionLifecycle(
    url: URL,
    options: ConnectOptions,
  ): ConnectionLifecycle<DriverConnection> {
    return mysqlLifecycle(mysqlConnectOptions(url, options), isMySQLDisconnect);
  }

  override defaultPoolClass(_url: URL): PoolClass {
    return QueuePool;
  }

  /** The connect-time queries of ECHO.md §5, echoed as `[raw sql]`; the server version comes from the handshake. */
  override async initialize(conn: DialectConnection): Promise<void> {
    const driver = conn.driverConnection as MySQLDriverConnection;
    this.serverVersionInfo = driver.serverVersionInfo;
    this.isMariaDB = driver.isMariaDB;
    if (this.mariadbOnly && !this.isMariaDB) {
      throw new InvalidRequestError(
        `MySQL version ${driver.serverVersion} is not a MariaDB variant; use a mysql:// URL for MySQL servers`,
      );
    }
    if (this.isMariaDB) this.useMariaDBWords();
    this.defaultSchemaName = globalThis.String(
      (await conn.execDriverSql('SELECT DATABASE()')).scalar() ?? '',
    );
    this.sqlMode = globalThis.String((await conn.execDriverSql('SELECT @@sql_mode')).scalar() ?? '');
    this.lowerCaseTableNames = Number((await conn.execDriverSql('SELECT @@lower_case_table_names')).scalar());
    const [major = 0, minor = 0, patch = 0] = this.serverVersionInfo;
    const atLeast = (a: number, b: number, c: number) =>
      major !== a ? major > a : minor !== b ? minor > b : patch >= c;
    if (this.isMariaDB && atLeast(10, 5, 0)) {
      this.capabilities = {
        ...this.capabilities,
        insertReturning: true,
        deleteReturning: true,
        insertManyValuesAutoincrementSentinel: true,
      };
    }
    // `DEFAULT (expression)`: MariaDB 10.2.1+, MySQL 8.0.13+.
    this.supportsDefaultFunction = this.isMariaDB ? atLeast(10, 2, 1) : atLeast(8, 0, 13);
    await super.initialize(conn);
    // With autocommit off the queries above opened a transaction: end it, as SQLAlchemy rolls back after its first connect.
    await driver.rollback();
  }
}
