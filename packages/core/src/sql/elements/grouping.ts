// Parentheses around an expression: created by selfGroup() where precedence requires them.
// Like SQLAlchemy's Grouping it otherwise stands for its element (name, key, boolean-ness).
import { ColumnElement, type KeyBuilder, type OperatorName, type TypeEngine } from '../../internal';

export class Grouping<T = unknown> extends ColumnElement<T> {
  readonly kind = 'grouping' as const;
  constructor(readonly element: ColumnElement<T>) {
    super();
  }
  get type(): TypeEngine {
    return this.element.type;
  }
  override get labelName(): string | undefined {
    return this.element.labelName;
  }
  override get elementKey(): string | undefined {
    return this.element.elementKey;
  }
  override get tqLabel(): string | undefined {
    return this.element.tqLabel ?? this.anonNameLabel;
  }
  override get isImplicitlyBoolean(): boolean {
    return this.element.isImplicitlyBoolean;
  }
  override get bindKey(): string | undefined {
    return this.element.bindKey;
  }
  override selfGroup(_against?: OperatorName, _againstPrecedence?: number): ColumnElement<T> {
    return this;
  }
  addKey(builder: KeyBuilder): void {
    builder.push('(');
    this.element.addKey(builder);
    builder.push(')');
  }
}
