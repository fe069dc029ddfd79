// The three databases Retort's own tests run against, and how the test kit names them.
// Used by every other module of the kit.

export const DIALECT_NAMES = ['pg', 'mysql', 'sqlite'] as const;

export type DialectName = (typeof DIALECT_NAMES)[number];

export function isDialectName(value: string): value is DialectName {
  return (DIALECT_NAMES as readonly string[]).includes(value);
}

/** What the global setup found for one dialect: a server to create test databases on, or why not. */
export type DialectServer =
  | {
      readonly available: true;
      readonly adminUrl: string;
      readonly source: 'env' | 'local' | 'container' | 'embedded';
    }
  | { readonly available: false; readonly reason: string };

export type DialectServers = Readonly<Record<DialectName, DialectServer>>;

/** How to bring each server back when it is down; the required-dialect error quotes it. */
export const START_HINTS: Readonly<Record<DialectName, string>> = {
  pg: 'start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or set RETORT_TEST_PG_URL=postgresql://user@host:5432/db',
  mysql:
    'start it with `start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`, or set RETORT_TEST_MYSQL_URL=mysql://root@host:3306/db',
  sqlite: 'install the better-sqlite3 package (it compiles from source; pnpm must be allowed to build it)',
};

/** The dialects named by RETORT_REQUIRE_DIALECTS (comma-separated); unknown names are an error. */
export function requiredDialects(env: NodeJS.ProcessEnv = process.env): DialectName[] {
  const raw = env.RETORT_REQUIRE_DIALECTS?.trim();
  if (!raw) return [];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!isDialectName(name)) {
      throw new Error(
        `RETORT_REQUIRE_DIALECTS names an unknown dialect '${name}'; use a comma-separated list of ${DIALECT_NAMES.join(', ')}`,
      );
    }
  }
  return names as DialectName[];
}
