// Event listeners of one target (an Engine, a Pool, a Session class, a mapped class), by event
// name, in registration order. `event.listen()` finds a target's dispatcher; the target calls
// `dispatch()` at the moment the event happens. Used by the engine, the pool and the ORM.

export type Listener = (...args: never[]) => unknown;

export interface ListenOptions {
  /** Run before listeners added earlier (SQLAlchemy's insert=True). */
  readonly insert?: boolean;
  /** Remove the listener after it first runs. */
  readonly once?: boolean;
  /** For `beforeCursorExecute`: the listener returns `[statement, parameters]` to replace them. */
  readonly retval?: boolean;
  /** For attribute events: also fire on instance construction, and so on; read by the targets that support it. */
  readonly [option: string]: unknown;
}

interface Registration {
  readonly fn: Listener;
  readonly options: ListenOptions;
}

/** Carries an event map type in a method parameter (bivariant, unlike a property of type E). */
export interface EventMapCarrier<E> {
  carry(events: E): void;
}

export class EventDispatcher<E extends Record<string, Listener>> {
  /**
   * Phantom: the event map, so `event.listen()` can infer it from any dispatcher, subclasses and
   * published declarations included (inference through the methods alone is not reliable). A method
   * parameter keeps the dispatcher bivariant in E, as its listen()/dispatch() methods already are.
   */
  declare readonly '~events': EventMapCarrier<E>;

  // Keyed by PropertyKey rather than keyof E, so that a dispatcher of specific events (a pool's)
  // stays assignable to EventTarget<Record<string, Listener>>, which event.listen() accepts.
  private readonly listeners = new Map<PropertyKey, Registration[]>();

  constructor(
    /** Names accepted by this target; anything else is a typo the user should hear about. */
    readonly eventNames: ReadonlySet<string>,
    /** Where else to deliver: a pool's listeners also hear events registered on its engine. */
    private readonly parent?: () => EventDispatcher<E> | undefined,
  ) {}

  listen<K extends keyof E>(name: K, fn: E[K], options: ListenOptions = {}): void {
    if (!this.eventNames.has(name as string)) {
      throw new TypeError(
        `No such event '${String(name)}'; this target has: ${[...this.eventNames].join(', ')}`,
      );
    }
    const list = this.listeners.get(name) ?? [];
    const registration = { fn: fn as Listener, options };
    if (options.insert) list.unshift(registration);
    else list.push(registration);
    this.listeners.set(name, list);
  }

  remove<K extends keyof E>(name: K, fn: E[K]): void {
    const list = this.listeners.get(name);
    if (!list) return;
    const index = list.findIndex((r) => r.fn === fn);
    if (index >= 0) list.splice(index, 1);
  }

  contains<K extends keyof E>(name: K, fn: E[K]): boolean {
    return (this.listeners.get(name) ?? []).some((r) => r.fn === fn);
  }

  /** Whether anything listens for `name` here or on the parent (so callers can skip building arguments). */
  has(name: keyof E): boolean {
    return (this.listeners.get(name)?.length ?? 0) > 0 || (this.parent?.()?.has(name) ?? false);
  }

  /** Calls every listener with `args`, parent listeners first; returns their results in order. */
  dispatch<K extends keyof E>(name: K, ...args: Parameters<E[K]>): ReturnType<E[K]>[] {
    const results: ReturnType<E[K]>[] = [];
    const parent = this.parent?.();
    if (parent) results.push(...parent.dispatch(name, ...args));
    const list = this.listeners.get(name);
    if (!list || list.length === 0) return results;
    for (const registration of [...list]) {
      if (registration.options.once) this.remove(name, registration.fn as E[K]);
      results.push((registration.fn as (...a: Parameters<E[K]>) => ReturnType<E[K]>)(...args));
    }
    return results;
  }

  /** Like dispatch, awaiting each listener that returns a promise, in order. */
  async dispatchAsync<K extends keyof E>(name: K, ...args: Parameters<E[K]>): Promise<void> {
    const parent = this.parent?.();
    if (parent) await parent.dispatchAsync(name, ...args);
    const list = this.listeners.get(name);
    if (!list || list.length === 0) return;
    for (const registration of [...list]) {
      if (registration.options.once) this.remove(name, registration.fn as E[K]);
      await (registration.fn as (...a: Parameters<E[K]>) => unknown)(...args);
    }
  }

  /** The options a listener was registered with (e.g. `retval`). */
  registrations<K extends keyof E>(
    name: K,
  ): readonly { readonly fn: E[K]; readonly options: ListenOptions }[] {
    return (this.listeners.get(name) ?? []) as unknown as readonly { fn: E[K]; options: ListenOptions }[];
  }
}

/** Objects that can have listeners: they hand over their dispatcher. */
export const EVENTS: unique symbol = Symbol.for('retort.events');

export interface EventTarget<E extends Record<string, Listener>> {
  readonly [EVENTS]: EventDispatcher<E>;
}
