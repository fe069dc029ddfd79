// Results read from a server-side cursor (SQLAlchemy's AsyncResult over stream_results): rows
// arrive in batches as the caller iterates, so a result of millions of rows stays in bounded
// memory. Returned by Connection.stream(); `for await (const row of result)`.
import {
  type DBAPIError,
  type DriverCursor,
  MultipleResultsFound,
  NoResultFound,
  ResourceClosedError,
  type Row,
  type RowBase,
  type RowLogger,
} from '../internal';

export interface StreamingResultInit {
  readonly cursor: DriverCursor;
  readonly keys: readonly string[];
  readonly build: (raw: readonly (readonly unknown[])[]) => RowBase[];
  /** Rows fetched from the cursor per round trip. */
  readonly batchSize: number;
  readonly logRow?: RowLogger | undefined;
  readonly translate: (error: unknown) => DBAPIError;
}

/** A streaming view: rows, scalars or mappings, all reading one cursor. */
abstract class StreamView<T> implements AsyncIterable<T> {
  constructor(protected readonly state: StreamState) {}

  protected abstract map(row: RowBase): T;

  /**
   * Rows from the fetched batch come without a trip through an async function: per row one
   * settled promise and one result object, so a stream of millions of rows makes little garbage.
   */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    const state = this.state;
    const done: IteratorReturnResult<undefined> = { value: undefined, done: true };
    return {
      next: (): Promise<IteratorResult<T, undefined>> => {
        const buffered = state.nextBuffered();
        if (buffered !== undefined) return Promise.resolve({ value: this.map(buffered), done: false });
        return state
          .next()
          .then(
            (row): IteratorResult<T, undefined> =>
              row === undefined ? done : { value: this.map(row), done: false },
          );
      },
      return: (): Promise<IteratorResult<T, undefined>> => Promise.resolve(done),
    };
  }

  /** Every remaining row (buffers them: use iteration for large results). */
  async all(): Promise<T[]> {
    const out: T[] = [];
    for await (const value of this) out.push(value);
    return out;
  }

  /** The next batch of up to `size` rows; empty at the end. */
  async fetchmany(size = this.state.init.batchSize): Promise<T[]> {
    const out: T[] = [];
    while (out.length < size) {
      const row = await this.state.next();
      if (row === undefined) break;
      out.push(this.map(row));
    }
    return out;
  }

  async fetchone(): Promise<T | undefined> {
    const row = await this.state.next();
    return row === undefined ? undefined : this.map(row);
  }

  /** Lists of up to `size` rows until the cursor is exhausted. */
  async *partitions(size = this.state.init.batchSize): AsyncGenerator<T[], void, undefined> {
    for (;;) {
      const part = await this.fetchmany(size);
      if (part.length === 0) return;
      yield part;
    }
  }

  async first(): Promise<T | undefined> {
    const row = await this.state.next();
    await this.state.close();
    return row === undefined ? undefined : this.map(row);
  }

  async one(): Promise<T> {
    const row = await this.state.next();
    const extra = row === undefined ? undefined : await this.state.next();
    await this.state.close();
    if (row === undefined) throw new NoResultFound('No row was found when one was required');
    if (extra !== undefined)
      throw new MultipleResultsFound('Multiple rows were found when exactly one was required');
    return this.map(row);
  }

  async oneOrNone(): Promise<T | undefined> {
    const row = await this.state.next();
    const extra = row === undefined ? undefined : await this.state.next();
    await this.state.close();
    if (extra !== undefined)
      throw new MultipleResultsFound('Multiple rows were found when one or none was required');
    return row === undefined ? undefined : this.map(row);
  }

  /** Releases the cursor early. */
  async close(): Promise<void> {
    await this.state.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.state.close();
  }
}

class StreamState {
  /** The fetched batch; a slot is cleared once its row is handed out, so consumed rows can die young. */
  private buffer: (RowBase | undefined)[] = [];
  private position = 0;
  private exhausted = false;
  closed = false;

  constructor(readonly init: StreamingResultInit) {}

  /** The next row of the fetched batch, or undefined when a fetch (or the end) comes first. */
  nextBuffered(): RowBase | undefined {
    if (this.closed || this.position >= this.buffer.length) return undefined;
    return this.take();
  }

  /** Hands out the row at the current position. */
  private take(): RowBase {
    const row = this.buffer[this.position] as RowBase;
    this.buffer[this.position++] = undefined;
    if (this.init.logRow) this.init.logRow(row);
    return row;
  }

  async next(): Promise<RowBase | undefined> {
    if (this.closed) {
      if (this.exhausted) return undefined;
      throw new ResourceClosedError('This result object is closed.');
    }
    if (this.position >= this.buffer.length) {
      if (this.exhausted) return undefined;
      let raw: readonly (readonly unknown[])[];
      try {
        raw = await this.init.cursor.fetch(this.init.batchSize);
      } catch (error) {
        await this.close();
        throw this.init.translate(error);
      }
      if (raw.length === 0) {
        this.exhausted = true;
        await this.close();
        return undefined;
      }
      this.buffer = this.init.build(raw);
      this.position = 0;
    }
    return this.take();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.buffer = [];
    await this.init.cursor.close();
  }
}

export class StreamingResult<R = Readonly<Record<string, unknown>> & readonly unknown[]> extends StreamView<
  Row<R>
> {
  constructor(init: StreamingResultInit) {
    super(new StreamState(init));
  }

  protected map(row: RowBase): Row<R> {
    return row as unknown as Row<R>;
  }

  keys(): string[] {
    return [...this.state.init.keys];
  }

  /** The first column of each row (or the named/numbered one). */
  scalars(
    column: number | string = 0,
  ): StreamingScalars<R extends readonly [infer F, ...unknown[]] ? F : unknown> {
    const index = typeof column === 'number' ? column : this.state.init.keys.lastIndexOf(column);
    return new StreamingScalars(this.state, index);
  }

  /** Rows as plain objects. */
  mappings(): StreamingMappings {
    return new StreamingMappings(this.state);
  }

  async scalar(): Promise<unknown> {
    const row = await this.first();
    return row === undefined ? undefined : (row as unknown as readonly unknown[])[0];
  }
}

export class StreamingScalars<T> extends StreamView<T> {
  constructor(
    state: StreamState,
    private readonly index: number,
  ) {
    super(state);
  }

  protected map(row: RowBase): T {
    return row[this.index] as T;
  }
}

export class StreamingMappings extends StreamView<Record<string, unknown>> {
  protected map(row: RowBase): Record<string, unknown> {
    return row._mapping;
  }
}
