// Warnings (SQLAlchemy's SAWarning and util.warn): something works but is probably not what was
// meant, e.g. tables that cannot be sorted because their foreign keys form a cycle. Emitted
// through Node's process warnings when available, so `process.on('warning')` and test spies see them.
import { RetortError } from './retort-error';

/** A warning Retort emits (SQLAlchemy's SAWarning); passed to `process.emitWarning`. */
export class RetortWarning extends RetortError {
  override name = 'RetortWarning';
}

type WarningSink = { emitWarning(warning: Error): void };

/** Emits `message` as a RetortWarning (console.warn where there is no `process`). */
export function warn(message: string): void {
  const warning = new RetortWarning(message);
  const sink = (globalThis as { process?: WarningSink }).process;
  if (sink && typeof sink.emitWarning === 'function') sink.emitWarning(warning);
  else console.warn(`RetortWarning: ${message}`);
}

const warnedOnce = new Set<string>();

/** Like warn(), but each distinct message only once per process (SQLAlchemy's warn_limited style). */
export function warnOnce(message: string): void {
  if (warnedOnce.has(message)) return;
  warnedOnce.add(message);
  warn(message);
}
