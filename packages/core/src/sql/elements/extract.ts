// `EXTRACT(field FROM expr)` (SQLAlchemy's Extract), with per-dialect renderings (SQLite uses strftime).
import {
  ColumnElement,
  coerceColumnExpression,
  IntegerType,
  type KeyBuilder,
  type TypeEngine,
} from '../../internal';

export class Extract extends ColumnElement<number> {
  readonly kind = 'extract' as const;
  readonly type: TypeEngine = new IntegerType();
  constructor(
    readonly field: string,
    readonly expression: ColumnElement,
  ) {
    super();
  }
  addKey(builder: KeyBuilder): void {
    builder.push(`extract:${this.field}`);
    this.expression.addKey(builder);
  }
}

/** `extract('year', posts.c.created_at)`. */
export function extract(field: string, expression: ColumnElement<Date | string | null>): Extract {
  return new Extract(field, coerceColumnExpression(expression, 'extract'));
}
