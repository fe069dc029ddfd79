// The declarative base's type annotation map: what SQL type an annotation key such as `'str'`
// stands for. TypeScript has no run-time annotations, so `mappedColumn('str')` names the key
// that SQLAlchemy would read from `Mapped[str]`; the registry resolves it when it builds the Table.
import {
  ArgumentError,
  DateTime,
  Float,
  Integer,
  Interval,
  LargeBinary,
  Numeric,
  Boolean as SqlBoolean,
  Date as SqlDate,
  String as SqlString,
  Time,
  TypeEngine,
  type TypeLike,
  toType,
  Uuid,
  type ValueOfType,
} from '@retort/core';

/** Annotation keys and the SQL types they map to: `{ str: String(255), str50: String(50) }`. */
export type TypeAnnotationMap = { readonly [key: string]: TypeLike };

/**
 * SQLAlchemy's default map, keyed by the Python type a `Mapped[...]` annotation would name:
 * `int` → Integer, `str` → String, `Decimal` → Numeric, `datetime` → DateTime, and so on.
 */
export const DEFAULT_TYPE_ANNOTATION_MAP = {
  int: Integer,
  str: SqlString,
  float: Float,
  bool: SqlBoolean,
  bytes: LargeBinary,
  datetime: DateTime,
  date: SqlDate,
  time: Time,
  timedelta: Interval,
  Decimal: Numeric,
  UUID: Uuid,
} as const satisfies TypeAnnotationMap;

export type DefaultTypeAnnotationMap = typeof DEFAULT_TYPE_ANNOTATION_MAP;

/** The SQL type an annotation key names: the base's own map first, then the default map. */
export type AnnotatedType<M, K> = K extends keyof M
  ? M[K]
  : K extends keyof DefaultTypeAnnotationMap
    ? DefaultTypeAnnotationMap[K]
    : never;

/** The TypeScript value type of an annotation key under map `M`. */
export type AnnotatedValue<M, K> = ValueOfType<AnnotatedType<M, K>>;

/** The keys a base understands: its own and the defaults. */
export type AnnotationKeyOf<M> = (keyof M & string) | keyof DefaultTypeAnnotationMap;

/** Resolves an annotation key to a fresh SQL type, or says which keys exist. */
export function resolveAnnotation(map: TypeAnnotationMap, key: string, where: string): TypeEngine {
  const own = Object.hasOwn(map, key) ? map[key] : undefined;
  const found = own ?? (DEFAULT_TYPE_ANNOTATION_MAP as TypeAnnotationMap)[key];
  if (found === undefined) {
    const known = [...new Set([...Object.keys(map), ...Object.keys(DEFAULT_TYPE_ANNOTATION_MAP)])];
    throw new ArgumentError(
      `${where}: mappedColumn('${key}') names no entry of the typeAnnotationMap; known keys: ${known.join(', ')}. Add '${key}' to the base's typeAnnotationMap or pass a SQL type`,
    );
  }
  return toType(found);
}

/** Checks that every value of a user map is a SQL type (or a function returning one). */
export function checkTypeAnnotationMap(map: unknown): TypeAnnotationMap {
  if (typeof map !== 'object' || map === null) {
    throw new ArgumentError('typeAnnotationMap must be an object of SQL types: { str: String(255) }');
  }
  for (const [key, value] of Object.entries(map)) {
    if (!(value instanceof TypeEngine || typeof value === 'function')) {
      throw new ArgumentError(
        `typeAnnotationMap['${key}'] must be a SQL type such as String(255) or Integer, got ${typeof value}`,
      );
    }
  }
  return map as TypeAnnotationMap;
}
