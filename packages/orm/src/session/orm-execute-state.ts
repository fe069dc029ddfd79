// What a `doOrmExecute` listener sees (SQLAlchemy's ORMExecuteState): the statement (which it may
// replace), its parameters and execution options, what kind of statement it is, and
// invokeStatement() to run it now (skipping the listeners up to this one) and return a Result.
import {
  type ClauseElement,
  Delete,
  type ExecutionOptions,
  Insert,
  type Result,
  Select,
  Update,
} from '@retort/core';
import type { Mapper } from '../mapper/mapper';
import { LoaderOption } from '../query/loader-options';
import type { Session } from './session';

type Params = Readonly<Record<string, unknown>>;

/** Runs the statement from a given listener position on (set up by the Session's execute). */
export type Invoke = (
  state: OrmExecuteState,
  statement: ClauseElement,
  parameters: Params | readonly Params[] | undefined,
  executionOptions: ExecutionOptions,
) => Promise<Result<unknown>>;

export class OrmExecuteState {
  /** The statement to run; assign another to change what runs. */
  statement: ClauseElement;
  parameters: Params | readonly Params[] | undefined;
  #executionOptions: ExecutionOptions;

  constructor(
    readonly session: Session,
    statement: ClauseElement,
    parameters: Params | readonly Params[] | undefined,
    executionOptions: ExecutionOptions,
    readonly bindArguments: Readonly<Record<string, unknown>>,
    /** The mappers the statement involves (its entities, or the DML target). */
    readonly allMappers: readonly Mapper[],
    /** Kind of load the Session issued itself ('column' for attribute loads, 'relationship'), if any. */
    readonly loadKind: 'column' | 'relationship' | undefined,
    private readonly invoke: Invoke,
  ) {
    this.statement = statement;
    this.parameters = parameters;
    this.#executionOptions = executionOptions;
  }

  /** The execution options in effect (the statement's, then the call's, then updates). */
  get executionOptions(): ExecutionOptions {
    return this.#executionOptions;
  }

  /** Adds execution options for the rest of this execution. */
  updateExecutionOptions(options: ExecutionOptions): void {
    this.#executionOptions = { ...this.#executionOptions, ...options };
  }

  get isSelect(): boolean {
    return this.statement instanceof Select;
  }

  get isInsert(): boolean {
    return this.statement instanceof Insert;
  }

  get isUpdate(): boolean {
    return this.statement instanceof Update;
  }

  get isDelete(): boolean {
    return this.statement instanceof Delete;
  }

  /** The statement involves mapped entities (an ORM-enabled statement). */
  get isOrmStatement(): boolean {
    return this.allMappers.length > 0;
  }

  /** The Session is loading column attributes of an object it holds (refresh, expired attributes). */
  get isColumnLoad(): boolean {
    return this.loadKind === 'column';
  }

  /** A relationship loader strategy is loading related objects. */
  get isRelationshipLoad(): boolean {
    return this.loadKind === 'relationship';
  }

  /** The first mapper of the statement (SQLAlchemy's bind_mapper). */
  get bindMapper(): Mapper | undefined {
    return this.allMappers[0];
  }

  /** Loader options of a select (`selectinload(…)`, `defer(…)`). */
  get loaderOptions(): readonly LoaderOption[] {
    const options = (this.statement as { state?: { options?: readonly unknown[] } }).state?.options ?? [];
    return options.filter((o): o is LoaderOption => o instanceof LoaderOption);
  }

  /** Options that are not loader options (SQLAlchemy's user_defined_options). */
  get userDefinedOptions(): readonly unknown[] {
    const options = (this.statement as { state?: { options?: readonly unknown[] } }).state?.options ?? [];
    return options.filter((o) => !(o instanceof LoaderOption));
  }

  /**
   * Runs the statement now (optionally another one, other parameters or extra execution options),
   * without the listeners up to and including this one, and returns its Result.
   */
  invokeStatement(
    options: {
      readonly statement?: ClauseElement;
      readonly params?: Params | readonly Params[];
      readonly executionOptions?: ExecutionOptions;
    } = {},
  ): Promise<Result<unknown>> {
    return this.invoke(this, options.statement ?? this.statement, options.params ?? this.parameters, {
      ...this.#executionOptions,
      ...options.executionOptions,
    });
  }
}
