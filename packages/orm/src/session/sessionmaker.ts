// sessionmaker (SQLAlchemy's sessionmaker): a configured Session factory. `SessionLocal()` makes
// a Session, `SessionLocal.begin(async (s) => …)` commits or rolls back around a callback, and
// listeners registered on the factory hear every Session it made.
import { Connection, Engine, EVENTS, EventDispatcher } from '@retort/core';
import { Session, type SessionOptions } from './session';
import { SESSION_EVENT_NAMES, type SessionEvents } from './session-events';

/** A Session subclass to instantiate (SQLAlchemy's class_). */
export type SessionClass<S extends Session> = new (
  bind?: Engine | Connection | SessionOptions,
  options?: SessionOptions,
  factoryDispatch?: EventDispatcher<SessionEvents>,
) => S;

export interface SessionMakerOptions<S extends Session = Session> extends SessionOptions {
  readonly class_?: SessionClass<S>;
}

export interface SessionMaker<S extends Session = Session> {
  /** A new Session with the factory's options, overridden by `options`. */
  (options?: SessionOptions): S;
  /**
   * A new Session with a transaction begun: commits after the callback, or rolls back and
   * rethrows; the Session is closed either way (`with Session.begin() as s:`).
   */
  begin<T>(fn: (session: S) => Promise<T>): Promise<T>;
  /** Changes the options of Sessions made from now on (SQLAlchemy's configure()). */
  configure(options: SessionOptions): void;
  /** The options Sessions are made with. */
  readonly kw: SessionOptions;
  /** `event.listen(SessionLocal, 'afterCommit', fn)`: listeners for the Sessions this factory makes. */
  readonly [EVENTS]: EventDispatcher<SessionEvents>;
}

export function sessionmaker<S extends Session = Session>(
  bindOrOptions?: Engine | Connection | SessionMakerOptions<S>,
  options: SessionMakerOptions<S> = {},
): SessionMaker<S> {
  const given: SessionMakerOptions<S> =
    bindOrOptions instanceof Engine || bindOrOptions instanceof Connection
      ? { ...options, bind: bindOrOptions }
      : { ...(bindOrOptions as SessionMakerOptions<S> | undefined), ...options };
  const { class_, ...rest } = given;
  let kw: SessionOptions = rest;
  const cls = (class_ ?? Session) as SessionClass<S>;
  const dispatch = new EventDispatcher<SessionEvents>(SESSION_EVENT_NAMES, () => Session[EVENTS]);
  const factory = ((local: SessionOptions = {}) =>
    new cls({ ...kw, ...local }, {}, dispatch)) as SessionMaker<S>;
  Object.defineProperty(factory, EVENTS, { value: dispatch });
  Object.defineProperty(factory, 'kw', { get: () => kw });
  factory.configure = (more: SessionOptions) => {
    kw = { ...kw, ...more };
  };
  factory.begin = async <T>(fn: (session: S) => Promise<T>): Promise<T> => {
    const session = factory();
    try {
      return await session.begin(() => fn(session));
    } finally {
      await session.close();
    }
  };
  return factory;
}
