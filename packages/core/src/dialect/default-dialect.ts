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
  type DialectTypeRules,
  type DriverConnection,
  type DriverErrorRules,
  defaultDialectHolder,
  type ErrorContext,
  GENERIC_TYPE_NAMES,
  IdentifierPreparer,
  type Introspector,
  type IsolationLevel,
  isIsolationLevelConnection,
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
  /** The type rules (`<d>-types.ts`); without them the generic type names, no conversions, generic literals. */
  protected readonly typeRules: DialectTypeRules | undefined = undefined;
  /** The driver's error rules (`<d>-errors.ts`); without them a driver error becomes a plain DBAPIError. */
  protected readonly driverErrors: DriverErrorRules | undefined = undefined;
  /** The reflection class (`<d>-introspector.ts`); introspector() makes one per connection. */
  protected readonly introspectorClass: (new (conn: DialectConnection) => Introspector) | undefined =
    undefined;
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

  /** Type names by visitName: the typeRules' names, which spread GENERIC_TYPE_NAMES and override entries. */
  protected get typeNames(): TypeNames {
    return this.typeRules?.names ?? GENERIC_TYPE_NAMES;
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
   * the driver contract; dialect packages give them in their typeRules (`<d>-types.ts`).
   */
  affinityBindProcessor(type: TypeEngine): BindProcessor | undefined {
    return this.typeRules?.bindProcessor(type, this);
  }

  /** Conversions from the driver's raw forms for generic types, from the typeRules. */
  affinityResultProcessor(type: TypeEngine): ResultProcessor | undefined {
    return this.typeRules?.resultProcessor(type, this);
  }

  // ---- literals -------------------------------------------------------------------------------------

  renderLiteral(value: unknown, type: TypeEngine): string {
    if (value === null || value === undefined) return 'NULL';
    const t = type.forDialect(this);
    if (t instanceof TypeDecorator) return t.literal(value, this);
    return this.literalValue(value, t) ?? renderGenericLiteral(value, t, this);
  }

  /** A dialect's own literal for `value` (SQLite booleans, PostgreSQL intervals); undefined for the generic one. */
  protected literalValue(value: unknown, type: TypeEngine): string | undefined {
    return this.typeRules?.literal(value, type, this);
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

  /** The dialect's driverErrors map its driver's codes to IntegrityError, OperationalError, …; else a plain DBAPIError. */
  translateError(error: unknown, context: ErrorContext): DBAPIError {
    if (this.driverErrors) return this.driverErrors.translate(error, context);
    if (error instanceof DBAPIError) return error;
    return wrapDriverError(DBAPIError, error, context, { connectionInvalidated: this.isDisconnect(error) });
  }

  isDisconnect(error: unknown): boolean {
    return this.driverErrors?.isDisconnect(error) ?? false;
  }

  /** Asks the driver connection, when it keeps its isolation level (the dialect packages' adapters do). */
  async getIsolationLevel(connection: DriverConnection): Promise<IsolationLevel> {
    if (isIsolationLevelConnection(connection)) return connection.getIsolationLevel();
    throw new NotSupportedError(`The ${this.name} dialect cannot read the isolation level`, {
      orig: undefined,
    });
  }

  async setIsolationLevel(connection: DriverConnection, level: IsolationLevel): Promise<void> {
    if (isIsolationLevelConnection(connection)) return connection.setIsolationLevel(level);
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

  introspector(conn: DialectConnection): Introspector {
    if (this.introspectorClass) return new this.introspectorClass(conn);
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
