// `event.listen(target, 'name', fn)` and `event.listensFor(target, 'name')(fn)`: SQLAlchemy's
// event API, typed per target. Engines, pools, sessions and mapped classes are targets.
import { EVENTS, type EventTarget, type Listener, type ListenOptions } from './event-dispatcher';

type EventsOf<T> = T extends { readonly [EVENTS]: { readonly '~events': { carry(events: infer E): void } } }
  ? E
  : never;

export const event = {
  /** Registers `fn` for `name` on `target`. */
  listen<T extends EventTarget<Record<string, Listener>>, K extends keyof EventsOf<T> & string>(
    target: T,
    name: K,
    fn: EventsOf<T>[K],
    options?: ListenOptions,
  ): void {
    target[EVENTS].listen(name, fn, options);
  },

  /** Decorator-style registration: `event.listensFor(engine, 'connect')(fn)`; returns `fn`. */
  listensFor<T extends EventTarget<Record<string, Listener>>, K extends keyof EventsOf<T> & string>(
    target: T,
    name: K,
    options?: ListenOptions,
  ): <F extends EventsOf<T>[K]>(fn: F) => F {
    return (fn) => {
      target[EVENTS].listen(name, fn, options);
      return fn;
    };
  },

  remove<T extends EventTarget<Record<string, Listener>>, K extends keyof EventsOf<T> & string>(
    target: T,
    name: K,
    fn: EventsOf<T>[K],
  ): void {
    target[EVENTS].remove(name, fn);
  },

  contains<T extends EventTarget<Record<string, Listener>>, K extends keyof EventsOf<T> & string>(
    target: T,
    name: K,
    fn: EventsOf<T>[K],
  ): boolean {
    return target[EVENTS].contains(name, fn);
  },
};
