// `*`, as in `count(*)` and `SELECT *` from exists().
import { ColumnElement, type KeyBuilder, NULLTYPE, type TypeEngine } from '../../internal';

export class Star extends ColumnElement<unknown> {
  readonly kind = 'star' as const;
  readonly type: TypeEngine = NULLTYPE;
  addKey(builder: KeyBuilder): void {
    builder.push('*');
  }
}
