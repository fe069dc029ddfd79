// `expr AS name` (SQLAlchemy's Label): names a selected expression; the row field takes the name.
// Inside other expressions only the element renders; ORDER BY may refer to the label by name.
import { ColumnElement, type KeyBuilder, type OperatorName, type TypeEngine } from '../../internal';

export class Label<K extends string = string, T = unknown> extends ColumnElement<T> {
  readonly kind = 'label' as const;
  /** Phantom: the literal name, for typed row fields. */
  declare readonly '~key': K;

  constructor(
    readonly name: K,
    readonly element: ColumnElement,
  ) {
    super();
  }

  get type(): TypeEngine {
    return this.element.type;
  }

  override get labelName(): string {
    return this.name;
  }

  override get elementKey(): string {
    return this.name;
  }

  override get isNamedColumn(): boolean {
    return true;
  }

  override get tqLabel(): string {
    return this.name;
  }

  override get isImplicitlyBoolean(): boolean {
    return this.element.isImplicitlyBoolean;
  }

  /** Grouping applies to the element; the label keeps its name (SQLAlchemy's _apply_to_inner). */
  override selfGroup(against?: OperatorName, againstPrecedence?: number): ColumnElement<T> {
    const grouped = this.element.selfGroup(against, againstPrecedence);
    return grouped === this.element ? this : new Label<K, T>(this.name, grouped);
  }

  addKey(builder: KeyBuilder): void {
    builder.push(`label:${builder.name(this.name)}`);
    this.element.addKey(builder);
  }
}
