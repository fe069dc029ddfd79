// Database URLs (SQLAlchemy's URL and make_url): `dialect+driver://user:password@host:port/database?k=v`.
// createEngine parses strings with makeUrl; dialect packages read the parts to connect. Immutable:
// `set()` and `updateQuery()` return new URLs. Rendering hides the password unless asked not to.
import { ArgumentError } from '../internal';

export type URLQuery = Readonly<Record<string, string | readonly string[]>>;

export interface URLParts {
  /** `postgresql`, `postgresql+pg`, `mysql+mysql2`, `sqlite`. */
  readonly drivername: string;
  readonly username?: string | null | undefined;
  readonly password?: string | null | undefined;
  readonly host?: string | null | undefined;
  readonly port?: number | null | undefined;
  readonly database?: string | null | undefined;
  readonly query?: URLQuery | undefined;
}

/** Characters kept as they are in rendered user names and passwords (SQLAlchemy quotes all others). */
const UNRESERVED = /[A-Za-z0-9_.\-~ +]/;

function quote(text: string): string {
  let out = '';
  for (const ch of text) {
    if (UNRESERVED.test(ch)) out += ch;
    else
      for (const byte of new TextEncoder().encode(ch))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function unquote(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ArgumentError(`Could not decode the percent-escapes of '${text}' in a database URL`);
  }
}

function quoteQuery(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

export class URL {
  readonly drivername: string;
  readonly username: string | null;
  readonly password: string | null;
  readonly host: string | null;
  readonly port: number | null;
  readonly database: string | null;
  readonly query: URLQuery;

  private constructor(parts: URLParts) {
    this.drivername = parts.drivername;
    this.username = parts.username ?? null;
    this.password = parts.password ?? null;
    this.host = parts.host ?? null;
    this.port = parts.port ?? null;
    this.database = parts.database ?? null;
    this.query = Object.freeze({ ...(parts.query ?? {}) });
    Object.freeze(this);
  }

  /** Builds a URL from its parts; special characters in the password need no escaping. */
  static create(parts: URLParts): URL {
    if (typeof parts.drivername !== 'string' || !/^[\w+]+$/.test(parts.drivername))
      throw new ArgumentError(
        `URL.create() needs a drivername such as 'postgresql', 'mysql+mysql2' or 'sqlite'; got ${JSON.stringify(parts.drivername)}`,
      );
    if (parts.port !== undefined && parts.port !== null && !(Number.isInteger(parts.port) && parts.port >= 0))
      throw new ArgumentError(`The port of a URL must be a non-negative integer; got ${parts.port}`);
    return new URL(parts);
  }

  /** The database part before `+`: `postgresql`, `mysql`, `sqlite`. */
  getBackendName(): string {
    return this.drivername.split('+')[0] as string;
  }

  /** The driver after `+`, or undefined when the URL names none (the dialect's default driver). */
  getDriverName(): string | undefined {
    return this.drivername.split('+')[1];
  }

  /** A copy with the given parts replaced (`url.set({ database: 'other' })`). */
  set(parts: Partial<URLParts>): URL {
    return URL.create({ ...this.parts(), ...parts });
  }

  /** A copy with `query` merged into the query string (or replacing it with `{ append: false }`). */
  updateQuery(query: URLQuery, options: { readonly append?: boolean } = {}): URL {
    return this.set({ query: options.append === false ? query : { ...this.query, ...query } });
  }

  /** A copy without the named query keys. */
  differenceUpdateQuery(names: readonly string[]): URL {
    return this.set({
      query: Object.fromEntries(Object.entries(this.query).filter(([k]) => !names.includes(k))),
    });
  }

  /** The URL as a string; the password shows as `***` unless `hidePassword: false`. */
  render(options: { readonly hidePassword?: boolean } = {}): string {
    const hide = options.hidePassword ?? true;
    let s = `${this.drivername}://`;
    if (this.username !== null) {
      s += quote(this.username);
      if (this.password !== null) s += `:${hide ? '***' : quote(this.password)}`;
      s += '@';
    }
    if (this.host !== null) s += this.host.includes(':') ? `[${this.host}]` : this.host;
    if (this.port !== null) s += `:${this.port}`;
    if (this.database !== null) s += `/${this.database}`;
    const pairs: string[] = [];
    for (const key of Object.keys(this.query).sort()) {
      const value = this.query[key] as string | readonly string[];
      for (const v of typeof value === 'string' ? [value] : value)
        pairs.push(`${quoteQuery(key)}=${quoteQuery(v)}`);
    }
    if (pairs.length > 0) s += `?${pairs.join('&')}`;
    return s;
  }

  /** SQLAlchemy's render_as_string(). */
  renderAsString(options: { readonly hidePassword?: boolean } = {}): string {
    return this.render(options);
  }

  toString(): string {
    return this.render();
  }

  toJSON(): string {
    return this.render();
  }

  equals(other: URL): boolean {
    return (
      other instanceof URL && this.render({ hidePassword: false }) === other.render({ hidePassword: false })
    );
  }

  private parts(): URLParts {
    return {
      drivername: this.drivername,
      username: this.username,
      password: this.password,
      host: this.host,
      port: this.port,
      database: this.database,
      query: this.query,
    };
  }
}

const URL_PATTERN =
  /^(?<name>[\w+]+):\/\/(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?(?:(?:\[(?<ipv6>[^/?]+)\]|(?<host>[^/:?]+))?(?::(?<port>[^/?]*))?)?(?:\/(?<database>[^?]*))?(?:\?(?<query>.*))?$/s;

/** Parses a URL string (SQLAlchemy's make_url); a URL object is returned as it is. */
export function makeUrl(input: string | URL): URL {
  if (input instanceof URL) return input;
  if (typeof input !== 'string')
    throw new ArgumentError(`A database URL must be a string or a URL object; got ${typeof input}`);
  const match = URL_PATTERN.exec(input.trim());
  const groups = match?.groups;
  if (!groups)
    throw new ArgumentError(
      `Could not parse a database URL from '${input}'; expected dialect[+driver]://user:password@host:port/database, e.g. 'postgresql://scott:tiger@localhost/test' or 'sqlite:///app.db'`,
    );
  let port: number | null = null;
  if (groups.port !== undefined && groups.port !== '') {
    if (!/^\d+$/.test(groups.port))
      throw new ArgumentError(
        `Could not parse a database URL from '${input}': the port '${groups.port}' is not a number`,
      );
    port = Number(groups.port);
  }
  const query: Record<string, string | string[]> = {};
  if (groups.query) {
    for (const pair of groups.query.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const key = unquote((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      const value = unquote((eq < 0 ? '' : pair.slice(eq + 1)).replace(/\+/g, ' '));
      const existing = query[key];
      if (existing === undefined) query[key] = value;
      else query[key] = typeof existing === 'string' ? [existing, value] : [...existing, value];
    }
  }
  return URL.create({
    drivername: groups.name as string,
    username: groups.username !== undefined ? unquote(groups.username) : null,
    password: groups.password !== undefined ? unquote(groups.password) : null,
    host: groups.ipv6 ?? (groups.host || null),
    port,
    database: groups.database !== undefined && groups.database !== '' ? groups.database : null,
    query,
  });
}
