// References to the columns clause from ORDER BY / GROUP BY (SQLAlchemy's _label_reference and
// _textual_label_reference): `orderBy(total.desc())` renders `ORDER BY total DESC` when `total`
// is a selected label, and `orderBy('name')` names a selected column or label.
import {
  ColumnElement,
  type KeyBuilder,
  Label,
  NULLTYPE,
  type TypeEngine,
  UnaryExpression,
} from '../../internal';

/** An ORDER BY term whose label, when it is selected, renders as just its name. */
export class LabelReference<T = unknown> extends ColumnElement<T> {
  readonly kind = 'labelReference' as const;
  constructor(readonly element: ColumnElement<T>) {
    super();
  }
  get type(): TypeEngine {
    return this.element.type;
  }
  addKey(builder: KeyBuilder): void {
    builder.push('lref');
    this.element.addKey(builder);
  }
}

/** `orderBy('name')`: a name resolved against the select's columns when compiling. */
export class TextualLabelReference extends ColumnElement<unknown> {
  readonly kind = 'textualLabelReference' as const;
  readonly type: TypeEngine = NULLTYPE;
  constructor(readonly name: string) {
    super();
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`tlref:${this.name}`);
  }
}

/** The label an ORDER BY term refers to: the label itself, or the one inside `x DESC` (SQLAlchemy's _order_by_label_element). */
export function orderByLabelElement(element: ColumnElement): Label | undefined {
  if (element instanceof Label) return element;
  if (element instanceof UnaryExpression && element.modifier !== undefined) {
    return orderByLabelElement(element.element);
  }
  return undefined;
}
