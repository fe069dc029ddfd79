// Dialect-specific options of tables, indexes and constraints (SQLAlchemy's `postgresql_using=`,
// `mysql_engine=` keyword arguments), spelled `postgresqlUsing`, `mysqlEngine`. Checked when the
// construct is made, so a misspelt option fails at once, as in SQLAlchemy; read by the DDL compilers.
import { ArgumentError } from '../internal';

/** The dialect prefixes an option may carry. */
export const DIALECT_OPTION_PREFIXES = ['postgresql', 'mysql', 'mariadb', 'sqlite'] as const;
export type DialectOptionPrefix = (typeof DIALECT_OPTION_PREFIXES)[number];

export type DialectOptionOwner = 'Table' | 'Index' | 'Constraint';

/** Options each dialect accepts, by owner; `*` accepts any (MySQL table options become `KEY=value`). */
const ACCEPTED: Readonly<
  Record<DialectOptionPrefix, Readonly<Record<DialectOptionOwner, readonly string[]>>>
> = {
  postgresql: {
    Table: ['partitionBy', 'inherits', 'using', 'withOids', 'onCommit', 'tablespace', 'ignoreSearchPath'],
    Index: ['using', 'where', 'include', 'ops', 'concurrently', 'with', 'tablespace', 'nullsNotDistinct'],
    Constraint: ['include', 'nullsNotDistinct', 'notValid'],
  },
  mysql: {
    Table: ['*'],
    Index: ['length', 'prefix', 'using', 'withParser'],
    Constraint: ['using'],
  },
  mariadb: {
    Table: ['*'],
    Index: ['length', 'prefix', 'using', 'withParser'],
    Constraint: ['using'],
  },
  sqlite: {
    Table: ['autoincrement', 'withRowid', 'strict'],
    Index: ['where'],
    Constraint: ['onConflict'],
  },
};

/** `postgresqlUsing` → ['postgresql', 'using']; undefined when the key has no dialect prefix. */
export function splitDialectOption(key: string): [DialectOptionPrefix, string] | undefined {
  for (const prefix of DIALECT_OPTION_PREFIXES) {
    if (key.length > prefix.length && key.startsWith(prefix)) {
      const rest = key.slice(prefix.length);
      const first = rest.charAt(0);
      if (first === first.toUpperCase() && first !== first.toLowerCase()) {
        return [prefix, first.toLowerCase() + rest.slice(1)];
      }
    }
  }
  return undefined;
}

/** `postgresqlUsing` as SQLAlchemy spells it, `postgresql_using`, for messages. */
export function snakeOption(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Checks the dialect options among `options` (every key not in `known`), as SQLAlchemy checks
 * its `<dialect>_<argument>` keywords, and returns them.
 */
export function validateDialectOptions(
  owner: DialectOptionOwner,
  options: Readonly<Record<string, unknown>>,
  known: ReadonlySet<string>,
): Readonly<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (known.has(key) || value === undefined) continue;
    const split = splitDialectOption(key);
    if (!split) {
      throw new ArgumentError(
        `Additional arguments should be named <dialectname><Argument> (postgresqlUsing, mysqlEngine), got '${key}'`,
      );
    }
    const [dialect, argument] = split;
    const accepted = ACCEPTED[dialect][owner];
    if (!accepted.includes('*') && !accepted.includes(argument)) {
      throw new ArgumentError(
        `Argument '${key}' (${snakeOption(key)}) is not accepted by dialect '${dialect}' on behalf of ${owner}`,
      );
    }
    found[key] = value;
  }
  return found;
}

/**
 * A dialect's options of a construct by their short name (`{ engine: 'InnoDB' }` from
 * `mysqlEngine`), in declaration order; `mariadb…` options count for the MySQL dialect on MariaDB.
 */
export function dialectOptionsFor(
  options: Readonly<Record<string, unknown>>,
  dialect: DialectOptionPrefix,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    const split = splitDialectOption(key);
    if (split && split[0] === dialect) out[split[1]] = value;
  }
  return out;
}
