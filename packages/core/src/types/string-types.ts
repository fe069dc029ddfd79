// Character SQL types: String(n) → VARCHAR(n), Text → TEXT, all carrying `string`, plus the
// uppercase types (VARCHAR, CHAR, NVARCHAR, NCHAR, TEXT, CLOB) that render their own name.
// Concatenation with `add()` follows SQLAlchemy: `+` on strings renders the dialect's concat.
import type { OperatorHooks } from './operator-hooks';
import { type TypeAffinity, TypeEngine } from './type-engine';

export interface StringOptions {
  readonly collation?: string;
}

const STRING_HOOKS: OperatorHooks = { replace: { add: 'concat' } };

export class StringType<T extends string = string> extends TypeEngine<T> {
  readonly visitName: string = 'string';
  readonly affinity: TypeAffinity = 'string';
  constructor(
    readonly length?: number,
    readonly options: StringOptions = {},
  ) {
    super();
  }
  get collation(): string | undefined {
    return this.options.collation;
  }
  override get operatorHooks(): OperatorHooks {
    return STRING_HOOKS;
  }
  protected ownKey(): string {
    return `${this.visitName}(${this.length ?? ''}${this.collation ? ` ${this.collation}` : ''})`;
  }
}

export class TextType extends StringType {
  override readonly visitName: string = 'text';
}

class UpperVarchar extends StringType {
  override readonly visitName: string = 'VARCHAR';
}
class UpperChar extends StringType {
  override readonly visitName: string = 'CHAR';
}
class UpperNVarchar extends StringType {
  override readonly visitName: string = 'NVARCHAR';
}
class UpperNChar extends StringType {
  override readonly visitName: string = 'NCHAR';
}
class UpperText extends TextType {
  override readonly visitName: string = 'TEXT';
}
class UpperClob extends TextType {
  override readonly visitName: string = 'CLOB';
}

/** VARCHAR(length): `string`. `String` with no length is VARCHAR without one (an error on MySQL DDL, as in SQLAlchemy). */
export function String(length?: number, options?: StringOptions): StringType {
  return new StringType(length, options);
}

/** TEXT: `string` of unlimited length. */
export function Text(length?: number, options?: StringOptions): TextType {
  return new TextType(length, options);
}

/** SQLAlchemy's Unicode: the same as String here, since every Retort driver speaks Unicode. */
export function Unicode(length?: number, options?: StringOptions): StringType {
  return new StringType(length, options);
}

/** SQLAlchemy's UnicodeText: the same as Text. */
export function UnicodeText(length?: number, options?: StringOptions): TextType {
  return new TextType(length, options);
}

/** The SQL type VARCHAR(n). */
export function VARCHAR(length?: number, options?: StringOptions): StringType {
  return new UpperVarchar(length, options);
}

/** The SQL type CHAR(n). */
export function CHAR(length?: number, options?: StringOptions): StringType {
  return new UpperChar(length, options);
}

/** The SQL type NVARCHAR(n) (NATIONAL VARCHAR on MySQL). */
export function NVARCHAR(length?: number, options?: StringOptions): StringType {
  return new UpperNVarchar(length, options);
}

/** The SQL type NCHAR(n) (NATIONAL CHAR on MySQL). */
export function NCHAR(length?: number, options?: StringOptions): StringType {
  return new UpperNChar(length, options);
}

/** The SQL type TEXT. */
export function TEXT(length?: number, options?: StringOptions): TextType {
  return new UpperText(length, options);
}

/** The SQL type CLOB. */
export function CLOB(length?: number, options?: StringOptions): TextType {
  return new UpperClob(length, options);
}
