// JSON member and element access (`Config.data.key('theme')`, Python `data["theme"]`) and the
// typed extractions `asString()`, `asInteger()` … A binary expression whose operator the
// dialect compilers render (`->`/`->>` on PostgreSQL, JSON_EXTRACT on MySQL and SQLite).
import {
  ArgumentError,
  BinaryExpression,
  BindParameter,
  type BindProcessor,
  BooleanType,
  type ColumnElement,
  FloatType,
  IntegerType,
  JSONType,
  NumericType,
  StringType,
  type TypeAffinity,
  TypeEngine,
} from '../../internal';

/** How the extracted value is typed: `json` keeps JSON, the others unwrap to a SQL scalar. */
export type JsonExtraction = 'json' | 'string' | 'integer' | 'float' | 'numeric' | 'boolean';

export class JsonPathElement<T = unknown> extends BinaryExpression<T> {
  /** One step into `parent`: a key for objects, an index for arrays. */
  static step<T>(parent: ColumnElement, step: string | number): JsonPathElement<T> {
    if (parent.type.affinity !== 'json' && parent.type.affinity !== 'array') {
      throw new ArgumentError(
        `key()/index() apply to JSON (and ARRAY) expressions; this expression's type is ${parent.type}. Declare the column with JSON() or cast it`,
      );
    }
    const keyType = typeof step === 'number' ? new IntegerType() : new StringType();
    // named after the column stepped into (`data_1`), `param_N` below the first step, as in SQLAlchemy
    const bind = new BindParameter(parent.bindKey ?? 'param', step, keyType, { unique: true });
    const elementType =
      parent.type.affinity === 'json'
        ? parent.type
        : ((parent.type as { itemType?: TypeEngine }).itemType ?? parent.type);
    return new JsonPathElement<T>(
      parent,
      bind,
      parent.type.affinity === 'json' ? 'jsonGetitem' : 'getitem',
      elementType,
    );
  }

  /**
   * Several steps at once (Python `data[("a", 1)]`): `#>` on PostgreSQL, one JSON path
   * (`$."a"[1]`) on MySQL and SQLite.
   */
  static path<T>(parent: ColumnElement, steps: readonly (string | number)[]): JsonPathElement<T> {
    if (parent.type.affinity !== 'json') {
      throw new ArgumentError(
        `path() applies to JSON expressions; this expression's type is ${parent.type}. Declare the column with JSON() or cast it`,
      );
    }
    if (steps.length === 0) throw new ArgumentError('path() needs at least one key or index');
    const bind = new BindParameter(parent.bindKey ?? 'param', [...steps], new JsonPathType(), {
      unique: true,
    });
    return new JsonPathElement<T>(parent, bind, 'jsonPathGetitem', parent.type);
  }

  /** The value as text (`->>` on PostgreSQL). */
  asString(): ColumnElement<string | null> {
    return this.extract('string', new StringType());
  }

  asInteger(): ColumnElement<number | null> {
    return this.extract('integer', new IntegerType());
  }

  asFloat(): ColumnElement<number | null> {
    return this.extract('float', new FloatType());
  }

  asNumeric(precision: number, scale: number): ColumnElement<string | null> {
    return this.extract('numeric', new NumericType(precision, scale));
  }

  asBoolean(): ColumnElement<boolean | null> {
    return this.extract('boolean', new BooleanType());
  }

  /** The value as JSON again (the default for `key()`; useful after an extraction chain). */
  asJSON(): ColumnElement<T> {
    return this.extract('json', this.type instanceof JSONType ? this.type : new JSONType());
  }

  /** The extraction requested, read by the dialect compilers. */
  get extraction(): JsonExtraction {
    return this.type.affinity === 'json' ? 'json' : (EXTRACTIONS.get(this.type.affinity) ?? 'json');
  }

  private extract<V>(_kind: JsonExtraction, type: TypeEngine): ColumnElement<V> {
    return new JsonPathElement<V>(this.left, this.right, this.operator, type);
  }
}

const EXTRACTIONS: ReadonlyMap<string, JsonExtraction> = new Map<string, JsonExtraction>([
  ['string', 'string'],
  ['integer', 'integer'],
  ['float', 'float'],
  ['numeric', 'numeric'],
  ['boolean', 'boolean'],
]);

/**
 * The bind type of a JSON key or index on MySQL and SQLite (SQLAlchemy's JSONIndexType there):
 * the value is sent as a JSON path, `$."theme"` or `$[0]`.
 */
export class JsonIndexPathType extends TypeEngine<string | number> {
  readonly visitName = 'json_index';
  readonly affinity: TypeAffinity = 'other';
  protected ownKey(): string {
    return 'JSON_INDEX_PATH';
  }
  override bindProcessor(): BindProcessor {
    return (value) => jsonIndexPath(value);
  }
}

/** The bind type of a `path()`: a list of keys and indexes, which each dialect sends its own way. */
export class JsonPathType extends TypeEngine<readonly (string | number)[]> {
  readonly visitName = 'json_path';
  readonly affinity: TypeAffinity = 'other';
  protected ownKey(): string {
    return 'JSON_PATH';
  }
}

/** `$[0]` for an index, `$."key"` for a key, `$."a"[1]` for a path (MySQL and SQLite). */
export function jsonIndexPath(value: unknown): string {
  const steps = Array.isArray(value) ? value : [value];
  return `$${steps.map((step) => (typeof step === 'number' ? `[${step}]` : `."${String(step)}"`)).join('')}`;
}
