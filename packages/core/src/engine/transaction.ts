// Transaction handles (SQLAlchemy's RootTransaction and NestedTransaction): what
// Connection.begin()/beginNested() return. commit()/rollback() end them once; `await using`
// rolls back one that is still active, as leaving SQLAlchemy's `with conn.begin():` on error does.
import { type Connection, InvalidRequestError } from '../internal';

export abstract class Transaction implements AsyncDisposable {
  #active = true;

  constructor(readonly connection: Connection) {}

  /** Not yet committed or rolled back. */
  get isActive(): boolean {
    return this.#active;
  }

  /** @internal The root ended underneath this savepoint: it can no longer be committed or rolled back. */
  end(): void {
    this.#active = false;
  }

  protected deactivate(): void {
    if (!this.#active)
      throw new InvalidRequestError('This transaction is inactive; it was already committed or rolled back');
    this.#active = false;
  }

  abstract commit(): Promise<void>;
  abstract rollback(): Promise<void>;

  /** Rolls back if still active (SQLAlchemy's Transaction.close()). */
  async close(): Promise<void> {
    if (this.#active) await this.rollback();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

export class RootTransaction extends Transaction {
  async commit(): Promise<void> {
    this.deactivate();
    await this.connection.commitRoot(this);
  }

  async rollback(): Promise<void> {
    this.deactivate();
    await this.connection.rollbackRoot(this);
  }
}

/** A SAVEPOINT: commit() releases it, rollback() rolls back to it. */
export class NestedTransaction extends Transaction {
  constructor(
    connection: Connection,
    /** `sa_savepoint_N`. */
    readonly name: string,
    /** The savepoint this one was started inside, if any. */
    readonly previous: NestedTransaction | undefined,
  ) {
    super(connection);
  }

  async commit(): Promise<void> {
    this.deactivate();
    await this.connection.releaseSavepoint(this);
  }

  async rollback(): Promise<void> {
    this.deactivate();
    await this.connection.rollbackToSavepoint(this);
  }
}
