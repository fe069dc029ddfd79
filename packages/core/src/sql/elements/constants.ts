// SQL NULL, TRUE and FALSE as expressions (`null()`, `true()`, `false()`). TRUE/FALSE render as
// `true`/`false`, or 1/0 on databases without a boolean type; `not()` swaps them.
import { BooleanType, ColumnElement, type KeyBuilder, NULLTYPE, type TypeEngine } from '../../internal';

export class NullElement extends ColumnElement<null> {
  readonly kind = 'null' as const;
  readonly type: TypeEngine = NULLTYPE;
  addKey(builder: KeyBuilder): void {
    builder.push('null');
  }
}

export class TrueElement extends ColumnElement<boolean> {
  readonly kind = 'true' as const;
  readonly type: TypeEngine = new BooleanType();
  override negate(): ColumnElement<boolean> {
    return new FalseElement();
  }
  addKey(builder: KeyBuilder): void {
    builder.push('true');
  }
}

export class FalseElement extends ColumnElement<boolean> {
  readonly kind = 'false' as const;
  readonly type: TypeEngine = new BooleanType();
  override negate(): ColumnElement<boolean> {
    return new TrueElement();
  }
  addKey(builder: KeyBuilder): void {
    builder.push('false');
  }
}

/** SQL `NULL`. */
export function null_(): NullElement {
  return new NullElement();
}

/** SQL `true` (Python `true()`). */
export function true_(): TrueElement {
  return new TrueElement();
}

/** SQL `false` (Python `false()`). */
export function false_(): FalseElement {
  return new FalseElement();
}
