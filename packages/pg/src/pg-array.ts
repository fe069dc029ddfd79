// PostgreSQL ARRAY(T) (SQLAlchemy's postgresql.ARRAY): values are `T[]` (nested for several
// dimensions), sent and read as array literals ('{1,2,NULL}'). pg-types.ts converts each item
// with the item type's text form; pg-operators.ts gives ANY/ALL, containment and overlap.
import { type TypeAffinity, TypeEngine, type TypeLike, toType, type ValueOfType } from '@retort/core';

export interface ArrayOptions {
  /** Dimensions in DDL (`INTEGER[][]`); values may nest that deep. */
  readonly dimensions?: number;
}

export class ARRAYType<T = unknown> extends TypeEngine<T[]> {
  readonly visitName: string = 'ARRAY';
  readonly affinity: TypeAffinity = 'array';
  readonly itemType: TypeEngine<T>;

  constructor(
    itemType: TypeLike<T>,
    readonly options: ArrayOptions = {},
  ) {
    super();
    this.itemType = toType(itemType);
  }

  get dimensions(): number {
    return this.options.dimensions ?? 1;
  }

  protected ownKey(): string {
    return `ARRAY(${this.itemType.cacheKey()},${this.dimensions})`;
  }

  override compareValues(a: T[], b: T[]): boolean {
    if (a === b) return true;
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => {
      const other = b[i] as T;
      if (Array.isArray(item)) return this.compareValues(item as unknown as T[], other as unknown as T[]);
      return item === other || (item !== null && other !== null && this.itemType.compareValues(item, other));
    });
  }
}

/** ARRAY of `itemType`: `ARRAY(String(50))` holds `string[]`. */
export function ARRAY<Ty extends TypeLike>(itemType: Ty, options?: ArrayOptions): ARRAYType<ValueOfType<Ty>> {
  return new ARRAYType(itemType as TypeLike<ValueOfType<Ty>>, options);
}

/** Reads an array literal ('{1,2,NULL}', '{{"a","b"},{"c",NULL}}', '[0:1]={…}'), converting each item. */
export function parseArrayLiteral(text: string, item: (raw: string) => unknown): unknown[] {
  let i = 0;
  if (text.charCodeAt(0) === 91 /* [ */) i = text.indexOf('=') + 1;
  const parseList = (): unknown[] => {
    const out: unknown[] = [];
    i += 1; // {
    if (text.charCodeAt(i) === 125 /* } */) {
      i += 1;
      return out;
    }
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 123 /* { */) out.push(parseList());
      else if (c === 34 /* " */) {
        i += 1;
        let value = '';
        let start = i;
        for (;;) {
          const q = text.charCodeAt(i);
          if (q === 92 /* \ */) {
            value += text.slice(start, i);
            value += text.charAt(i + 1);
            i += 2;
            start = i;
          } else if (q === 34) {
            value += text.slice(start, i);
            i += 1;
            break;
          } else i += 1;
        }
        out.push(item(value));
      } else {
        const start = i;
        while (i < text.length && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 125) i += 1;
        const raw = text.slice(start, i);
        out.push(raw.length === 4 && raw.toUpperCase() === 'NULL' ? null : item(raw));
      }
      const sep = text.charCodeAt(i);
      i += 1;
      if (sep === 125 /* } */) return out;
    }
  };
  return parseList();
}

/** Writes an array literal; `item` gives each non-null item's text, which is then quoted. */
export function formatArrayLiteral(value: readonly unknown[], item: (value: unknown) => string): string {
  let out = '{';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    const v = value[i];
    if (v === null || v === undefined) out += 'NULL';
    else if (Array.isArray(v)) out += formatArrayLiteral(v, item);
    else out += `"${item(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  }
  return `${out}}`;
}
