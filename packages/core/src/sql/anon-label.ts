// Anonymous names (SQLAlchemy's _anonymous_label): `count_1`, `anon_2`, `id__1`, bind names like
// `name_1`. A node asks for one by its identity and a base name; the result is a token that the
// compiler turns into `<base>_<n>`, numbering per base in order of first use within one compile.
// Tokens survive inside other names (a subquery column named after an anonymous label), and
// cache keys replace the identities by their order of appearance.

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000([^\uE000\uE001 ]*) ([^\uE000\uE001]*)\uE001/g;

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A process-unique number for an object, standing for Python's `id()`. */
export function identityOf(object: object): number {
  let id = identities.get(object);
  if (id === undefined) {
    nextIdentity += 1;
    id = nextIdentity;
    identities.set(object, id);
  }
  return id;
}

/**
 * An anonymous name for `object` derived from `body`. `extra` tells apart several anonymous
 * names of one object with the same body (the dedupe labels `id__1`, `id__2`). When `body` is
 * itself anonymous, the new token is appended to it, as SQLAlchemy nests enclosing labels.
 */
export function anonLabel(object: object, body: string, extra?: number): string {
  const ident = extra === undefined ? `${identityOf(object)}` : `${identityOf(object)}.${extra}`;
  if (isAnonymous(body)) return `${body}${OPEN}${ident} ${CLOSE}`;
  return `${OPEN}${ident} ${body.replace(/[%() $]+/g, '_')}${CLOSE}`;
}

/** Whether a name contains anonymous parts still to be numbered. */
export function isAnonymous(name: string): boolean {
  return name.includes(OPEN);
}

/** Numbers anonymous names within one compilation (SQLAlchemy's prefix_anon_map). */
export class AnonMap {
  private readonly counters = new Map<string, number>();
  private readonly assigned = new Map<string, string>();

  /** The name with each anonymous token replaced by `<body>_<n>`. */
  resolve(name: string): string {
    if (!name.includes(OPEN)) return name;
    return name.replace(TOKEN, (_m, ident: string, body: string) => {
      const key = `${ident} ${body}`;
      let value = this.assigned.get(key);
      if (value === undefined) {
        const counter = this.counters.get(body) ?? 1;
        this.counters.set(body, counter + 1);
        value = `${body}_${counter}`;
        this.assigned.set(key, value);
      }
      return value;
    });
  }
}

/** The name with object identities replaced by `replace(identity)`, for structural cache keys. */
export function mapAnonIdentities(name: string, replace: (identity: string) => string): string {
  if (!name.includes(OPEN)) return name;
  return name.replace(TOKEN, (_m, ident: string, body: string) => `${OPEN}${replace(ident)} ${body}${CLOSE}`);
}
