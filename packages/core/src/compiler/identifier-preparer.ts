// Quoting of identifiers (SQLAlchemy's IdentifierPreparer): names are quoted when they are
// reserved words, mixed or upper case, start with a digit or `$`, or contain other characters.
// Each dialect gives its quote character and reserved words.

const LEGAL = /^[A-Z0-9_$]+$/i;
const ILLEGAL_INITIAL = /^[0-9$]/;

/** Names looked up by quote() before; compiling meets the same few names over and over. */
const QUOTED_LIMIT = 5000;

export class IdentifierPreparer {
  private readonly quoted = new Map<string, string>();

  constructor(
    readonly reservedWords: ReadonlySet<string>,
    readonly initialQuote = '"',
    readonly finalQuote = initialQuote,
    /** Identifiers longer than this are an error (PostgreSQL 63, MySQL 64). */
    readonly maxIdentifierLength = 9999,
  ) {}

  /** Whether `name` must be quoted to keep its meaning. */
  requiresQuotes(name: string): boolean {
    const lower = name.toLowerCase();
    return this.reservedWords.has(lower) || ILLEGAL_INITIAL.test(name) || !LEGAL.test(name) || lower !== name;
  }

  /** Whether `name` holds characters that force quoting, whatever its case (function names). */
  requiresQuotesIllegalChars(name: string): boolean {
    return !LEGAL.test(name);
  }

  /** Quotes unconditionally, doubling embedded quote characters. */
  quoteIdentifier(name: string): string {
    return `${this.initialQuote}${name.split(this.finalQuote).join(this.finalQuote + this.finalQuote)}${this.finalQuote}`;
  }

  /** Quotes when required, or as `force` says (a column's or table's `quote` option). */
  quote(name: string, force?: boolean): string {
    if (force === false) return name;
    if (force === true) return this.quoteIdentifier(name);
    let quoted = this.quoted.get(name);
    if (quoted === undefined) {
      quoted = this.requiresQuotes(name) ? this.quoteIdentifier(name) : name;
      if (this.quoted.size >= QUOTED_LIMIT) this.quoted.clear();
      this.quoted.set(name, quoted);
    }
    return quoted;
  }

  /** `schema.name`, each part quoted as needed. */
  formatTable(name: string, schema?: string, force?: boolean): string {
    return schema ? `${this.quoteSchema(schema)}.${this.quote(name, force)}` : this.quote(name, force);
  }

  /** A schema name; dotted names (`db.owner`) are quoted part by part. */
  quoteSchema(schema: string): string {
    return schema
      .split('.')
      .map((part) => this.quote(part))
      .join('.');
  }
}

/** SQL-standard reserved words that SQLAlchemy's default preparer quotes. */
export const ANSI_RESERVED_WORDS: ReadonlySet<string> = new Set(
  `all analyse analyze and any array as asc asymmetric authorization between binary both case cast check collate column constraint create cross current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join leading left like limit localtime localtimestamp natural new not notnull null off offset old on only or order outer overlaps placing primary references right select session_user similar some symmetric table then to trailing true union unique user using verbose when where`.split(
    /\s+/,
  ),
);
