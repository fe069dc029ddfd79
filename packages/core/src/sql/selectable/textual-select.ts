// `text('SELECT …').columns(...)`: literal SQL that is a selectable with known, typed columns
// (SQLAlchemy's TextualSelect); usable as a subquery and executable with typed rows.
import {
  type ColumnClause,
  type ColumnElement,
  type KeyBuilder,
  SelectBase,
  type TextClause,
} from '../../internal';

export class TextualSelect<A extends readonly unknown[] = readonly unknown[]> extends SelectBase<A> {
  readonly kind = 'textualSelect' as const;

  constructor(
    readonly text: TextClause,
    readonly columnClauses: readonly ColumnClause[],
  ) {
    super();
  }

  get selectedColumns(): readonly ColumnElement[] {
    return this.columnClauses;
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`textual:${this.columnClauses.map((c) => `${c.name}:${c.type.cacheKey()}`).join(',')}`);
    this.text.addKey(builder);
  }
}
