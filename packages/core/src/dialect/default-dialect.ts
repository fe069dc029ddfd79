// DefaultDialect: the parts of a dialect every database shares (SQLAlchemy's DefaultDialect),
// and StrDialect, which renders `String(stmt)` with `:name` placeholders. Dialect packages
// extend DefaultDialect and override its small hooks: compiler classes, placeholders, type
// names, value conversion, literals.
import {
  ANSI_RESERVED_WORDS,
  ArgumentError,
  type BindProcessor,
  type ClauseElement,
  type Compiled,
  CompileError,
  type CompileOptions,
  type ConnectionLifecycle,
  type ConnectOptions,
  DBAPIError,
  DDLCompiler,
  DDLElement,
  DEFAULT_CAPABILITIES,
  type Dialect,
  type DialectCapabilities,
  type DialectConnection,
  type DriverConnection,
  defaultDialectHolder,
  type ErrorContext,
  GENERIC_TYPE_NAMES,
  IdentifierPreparer,
  type Introspector,
  type IsolationLevel,
  NotSupportedError,
  type Paramstyle,
  type PoolClass,
  type ResultProcessor,
  renderGenericLiteral,
  SQLCompiler,
  type StatementCompilerClass,
  StrSQLCompiler,
  TypeDecorator,
  type TypeEngine,
  type TypeNames,
  type URL,
  wrapDriverError,
} from '../internal';

export abstract class DefaultDialect implements Dialect {
  abstract readonly name: string;
  abstract readonly driver: string;
  abstract readonly paramstyle: Paramstyle;
  readonly capabilities: DialectCapabilities = DEFAULT_CAPABILITIES;
  readonly identifierPreparer: IdentifierPreparer = new IdentifierPreparer(ANSI_RESERVED_WORDS);
  readonly tupleInValuesPrefix: string = '';
  /** The statement compiler class; dialects give their subclass. */
  protected readonly statementCompiler: new (
    dialect: Dialect,
    statement: ClauseElement,
    options: CompileOptions,
  ) => SQLCompiler = SQLCompiler;
  /** The DDL compiler class; dialects give their subclass. */
  protected readonly ddlCompiler: new (
    dialect: Dialect,
    element: DDLElement,
    options: CompileOptions,
    statementCompiler: StatementCompilerClass,
  ) => DDLCompiler = DDLCompiler;
  private readonly bindProcessors = new WeakMap<TypeEngine, BindProcessor | null>();
  private readonly resultProcessors = new WeakMap<TypeEngine, ResultProcessor | null>();

  get positional(): boolean {
    return this.paramstyle !== 'named' && this.paramstyle !== 'pyformat';
  }

  placeholder(name: string, index: number): string {
    switch (this.paramstyle) {
      case 'named':
        return `:${name}`;
      case 'pyformat':
        return `%(${name})s`;
      case 'qmark':
        return '?';
      case 'format':
        return '%s';
      case 'numeric_dollar':
        return `$${index + 1}`;
    }
  }

  emptySetExpression(_type: TypeEngine, tupleWidth: number, expandOp: 'in' | 'notIn'): string {
    const nulls =
      tupleWidth > 1 ? `(${Array.from({ length: tupleWidth }, () => 'NULL').join(', ')})` : 'NULL';
    return expandOp === 'notIn' ? `${nulls}) OR (1 = 1` : `${nulls}) AND (1 != 1`;
  }

  compile(element: ClauseElement, options: CompileOptions = {}): Compiled {
    const withDialect = { ...options, dialect: this };
    if (element instanceof DDLElement)
      return new this.ddlCompiler(this, element, withDialect, this.statementCompiler).compile();
    return new this.statementCompiler(this, element, withDialect).compile();
  }

  // ---- types ---------------------------------------------------------------------------------------

  /** Renders `type` as in DDL (SQLAlchemy's type compiler): the dialect's typeNames by visitName. */
  typeDDL(type: TypeEngine): string {
    const t = type.forDialect(this);
    if (t instanceof TypeDecorator) return this.typeDDL(t.loadDialectImpl(this));
    const render = this.typeNames[t.visitName];
    if (!render)
      throw new CompileError(
        `The ${this.name} dialect has no DDL for type ${t.constructor.name} (visitName '${t.visitName}')`,
      );
    return render(t, this);
  }

  /** Type names by visitName; dialect packages spread GENERIC_TYPE_NAMES and override entries. */
  protected get typeNames(): TypeNames {
    return GENERIC_TYPE_NAMES;
  }

  bindProcessor(type: TypeEngine): BindProcessor | undefined {
    let cached = this.bindProcessors.get(type);
    if (cached === undefined) {
      const t = type.forDialect(this);
      cached = t.bindProcessor(this) ?? this.affinityBindProcessor(t) ?? null;
      this.bindProcessors.set(type, cached);
    }
    return cached ?? undefined;
  }

  resultProcessor(type: TypeEngine): ResultProcessor | undefined {
    let cached = this.resultProcessors.get(type);
    if (cached === undefined) {
      const t = type.forDialect(this);
      cached = t.resultProcessor(this) ?? this.affinityResultProcessor(t) ?? null;
      this.resultProcessors.set(type, cached);
    }
    return cached ?? undefined;
  }

  /**
   * Conversions to the driver for generic types (by visitName/affinity), in the raw forms of
   * the driver contract; dialect packages override it from their `<d>-types.ts`.
   */
  affinityBindProcessor(_type: TypeEngine): BindProcessor | undefined {
    return undefined;
  }

  /** Conversions from the driver's raw forms for generic types; dialect packages override. */
  affinityResultProcessor(_type: TypeEngine): ResultProcessor | undefined {
    return undefined;
  }

  // ---- literals -------------------------------------------------------------------------------------

  renderLiteral(value: unknown, type: TypeEngine): string {
    if (value === null || value === undefined) return 'NULL';
    const t = type.forDialect(this);
    if (t instanceof TypeDecorator) return t.literal(value, this);
    return this.literalValue(value, t) ?? renderGenericLiteral(value, t, this);
  }

  /** A dialect's own literal for `value` (SQLite booleans, PostgreSQL intervals); undefined for the generic one. */
  protected literalValue(_value: unknown, _type: TypeEngine): string | undefined {
    return undefined;
  }

  /** A string literal: single quotes doubled (MySQL also doubles backslashes). */
  quoteString(value: string): string {
    return `'${value.replace(/'/g, "''")}'`;
  }

  // ---- execution: what every database shares; dialect packages override the driver parts -----------

  serverVersionInfo: readonly number[] | undefined = undefined;
  defaultSchemaName: string | undefined = undefined;
  /** The isolation level of a fresh connection, found by initialize(); resetIsolationLevel() returns to it. */
  defaultIsolationLevel: IsolationLevel | undefined = undefined;

  createConnectionLifecycle(url: URL, _options: ConnectOptions): ConnectionLifecycle<DriverConnection> {
    throw new ArgumentError(
      `The ${this.name} dialect has no driver adapter, so it cannot connect to '${url.render()}'; use a dialect package (@retort/pg, @retort/mysql, @retort/sqlite)`,
    );
  }

  defaultPoolClass(url: URL): PoolClass {
    throw new ArgumentError(
      `The ${this.name} dialect names no pool class for '${url.render()}'; pass createEngine(url, { poolclass })`,
    );
  }

  /** Records the default isolation level; dialects add their server-version and schema queries. */
  async initialize(conn: DialectConnection): Promise<void> {
    this.defaultIsolationLevel = await this.getIsolationLevel(conn.driverConnection);
  }

  async onConnect(_connection: DriverConnection): Promise<void> {}

  /** A plain DBAPIError; dialects map their driver's codes to IntegrityError, OperationalError, … */
  translateError(error: unknown, context: ErrorContext): DBAPIError {
    if (error instanceof DBAPIError) return error;
    return wrapDriverError(DBAPIError, error, context, { connectionInvalidated: this.isDisconnect(error) });
  }

  isDisconnect(_error: unknown): boolean {
    return false;
  }

  async getIsolationLevel(_connection: DriverConnection): Promise<IsolationLevel> {
    throw new NotSupportedError(`The ${this.name} dialect cannot read the isolation level`, {
      orig: undefined,
    });
  }

  async setIsolationLevel(_connection: DriverConnection, level: IsolationLevel): Promise<void> {
    throw new NotSupportedError(`The ${this.name} dialect cannot set the isolation level ${level}`, {
      orig: undefined,
    });
  }

  async resetIsolationLevel(connection: DriverConnection): Promise<void> {
    if (this.defaultIsolationLevel !== undefined)
      await this.setIsolationLevel(connection, this.defaultIsolationLevel);
  }

  savepointSql(name: string): string {
    return `SAVEPOINT ${name}`;
  }

  releaseSavepointSql(name: string): string {
    return `RELEASE SAVEPOINT ${name}`;
  }

  rollbackToSavepointSql(name: string): string {
    return `ROLLBACK TO SAVEPOINT ${name}`;
  }

  introspector(_conn: DialectConnection): Introspector {
    throw new NotSupportedError(`The ${this.name} dialect has no reflection`, { orig: undefined });
  }
}

/** The dialect of `String(stmt)`: generic SQL with `:name` placeholders that renders every construct. */
export class StrDialect extends DefaultDialect {
  readonly name = 'default';
  readonly driver = '';
  readonly paramstyle: Paramstyle = 'named';
  /** SQLAlchemy's StrCompileDialect: RETURNING, native booleans, multi-VALUES; never fails to render. */
  override readonly capabilities: DialectCapabilities = {
    ...DEFAULT_CAPABILITIES,
    insertReturning: true,
    updateReturning: true,
    deleteReturning: true,
    postfetchLastrowid: true,
    defaultValuesInsert: false,
    emptyInsert: true,
    nativeBoolean: true,
    multiValuesInsert: true,
    multiTableUpdate: true,
    multiTableDelete: true,
  };
  protected override readonly statementCompiler = StrSQLCompiler;
}

defaultDialectHolder.set(new StrDialect());
