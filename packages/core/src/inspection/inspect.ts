// `inspect(subject)` (SQLAlchemy's sqlalchemy.inspect): an Inspector for an Engine or Connection.
// Other packages (the ORM) register what inspect() gives for their objects with registerInspection.
import { ArgumentError, Connection, Engine, Inspector } from '../internal';

type InspectionHandler = (subject: object) => unknown;

const handlers: { readonly test: (subject: object) => boolean; readonly handler: InspectionHandler }[] = [];

/** Teaches inspect() a new kind of subject (used by @retort/orm for mapped classes and instances). */
export function registerInspection(test: (subject: object) => boolean, handler: InspectionHandler): void {
  handlers.unshift({ test, handler });
}

/** The Inspector of an Engine or Connection (reflection), or what a package registered for `subject`. */
export function inspect(subject: Engine | Connection): Inspector;
export function inspect(subject: object): unknown;
export function inspect(subject: object): unknown {
  if (subject instanceof Engine || subject instanceof Connection) return new Inspector(subject);
  for (const { test, handler } of handlers) if (test(subject)) return handler(subject);
  throw new ArgumentError(
    `No inspection system is available for object of type ${subject?.constructor?.name ?? typeof subject}`,
  );
}
