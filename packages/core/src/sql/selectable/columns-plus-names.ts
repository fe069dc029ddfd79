// How a SELECT names its columns (SQLAlchemy's _generate_columns_plus_names and
// _column_naming_convention): which need `AS <label>` (dedupe labels `id__1`, anonymous
// `count_1`, `users_id` for label style 'tablenamePlusCol'), and the keys a subquery's `.c`
// exposes. Read by the compiler for the columns clause and by subqueries for their columns.
import { AnonMap, anonLabel, type ColumnElement, type LabelStyle } from '../../internal';

export interface ColumnPlusNames {
  /** A label the column must get (dedupe and table-qualified labels); may be anonymous. */
  readonly requiredLabelName: string | undefined;
  /** The key under which a subquery exposes the column. */
  readonly proxyKey: string | undefined;
  /** The label to use when the compiler decides the column needs one. */
  readonly fallbackLabelName: string | undefined;
  readonly column: ColumnElement;
  /** The same column selected again: rendered, but not a new result key. */
  readonly repeated: boolean;
}

/** The `.c` keys for a label style: proxy keys, made unique with anonymous suffixes (`id_1`). */
function namingConvention(style: LabelStyle): (c: ColumnElement) => string | undefined {
  const tableQualified = style === 'tablenamePlusCol';
  const dedupe = style !== 'none';
  const anon = new AnonMap();
  const names = new Set<string>();
  return (c) => {
    if (!c.renderLabelInColumnsClause) return undefined;
    if (!dedupe) return c.proxyKey ?? '_no_label';
    const name = tableQualified ? c.tqKeyLabel : c.proxyKey;
    if (name === undefined) {
      if (names.has('_no_label')) return anon.resolve(anonLabel(c, '_no_label'));
      names.add('_no_label');
      return '_no_label';
    }
    if (names.has(name)) {
      return anon.resolve(tableQualified ? anonLabel(c, c.tqKeyLabel ?? 'anon') : c.anonKeyLabel);
    }
    names.add(name);
    return name;
  };
}

/**
 * The naming of each selected column. With `anonForDupeKey` (compiling), a column selected twice
 * gets a dedupe label (`id__1`); without it (a subquery's `.c`), only its key is made unique.
 */
export function columnsPlusNames(
  columns: readonly ColumnElement[],
  style: LabelStyle,
  anonForDupeKey: boolean,
): ColumnPlusNames[] {
  const keyOf = namingConvention(style);
  const names = new Map<string, ColumnElement>();
  const tableQualified = style === 'tablenamePlusCol';
  let dedupeIndex = 1;
  const dedupeLabel = (c: ColumnElement) => {
    const label = tableQualified ? c.dedupeAnonTqLabel(dedupeIndex) : c.dedupeAnonLabel(dedupeIndex);
    dedupeIndex += 1;
    return label;
  };
  return columns.map((c) => {
    let repeated = false;
    let effective: string | undefined;
    let required: string | undefined;
    let fallback: string | undefined;
    if (!c.renderLabelInColumnsClause) {
      // text(): rendered as written
    } else if (style === 'none') {
      fallback = c.nonAnonLabel ?? c.anonNameLabel;
    } else {
      if (tableQualified) required = effective = fallback = c.tqLabel;
      else effective = fallback = c.nonAnonLabel;
      if (effective === undefined) {
        const anon = c.anonNameLabel;
        repeated = names.has(anon);
        names.set(anon, c);
        required = undefined;
        fallback = repeated ? dedupeLabel(c) : anon;
      }
    }
    if (effective !== undefined) {
      const existing = names.get(effective);
      if (existing !== undefined) {
        if (existing !== c) {
          required = fallback = tableQualified ? c.anonTqLabel : c.anonNameLabel;
          if (anonForDupeKey && names.has(required)) {
            required = fallback = dedupeLabel(c);
            repeated = true;
          } else names.set(required, c);
        } else if (anonForDupeKey) {
          required = fallback = dedupeLabel(c);
          repeated = true;
        }
      } else names.set(effective, c);
    }
    return {
      requiredLabelName: required,
      proxyKey: keyOf(c),
      fallbackLabelName: fallback,
      column: c,
      repeated,
    };
  });
}
