// The type machinery of declarative models: from `{ id: mappedColumn(...), posts: relationship.many(
// () => Post) }` it derives instances, the constructor, class attributes and table columns. Target
// types are computed lazily inside these mapped types, after all classes exist (model-typing.md).
import type {
  BigIntegerType,
  CLAUSE_ELEMENT,
  Column,
  EngineOf,
  EVENTS,
  EventDispatcher,
  IntegerType,
  Table,
  ValueOfType,
} from '@retort/core';
import type { ColumnAttribute, RelationshipAttribute } from '../instrumentation/instrumented-attribute';
import type { MapperEvents } from '../mapper/mapper-events';
import type { MAPPED_ATTRIBUTES } from '../state/instance-state';
import type { MappedColumn } from './mapped-column';
import type { RelationshipDef } from './relationship';
import type { AnnotatedType, AnnotatedValue, AnnotationKeyOf } from './type-annotation-map';

/** A model definition: attribute keys to column and relationship declarations. */
export type ModelDef = { readonly [key: string]: MappedColumn | RelationshipDef };

export type Simplify<T> = { [K in keyof T]: T[K] } & {};
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type IsUnion<U, All = U> = U extends unknown ? ([All] extends [U] ? false : true) : never;

/** The instance type of a class. */
export type InstanceOf<C> = C extends abstract new (...args: never[]) => infer I ? I : never;
/** The instance type of the class a relationship thunk returns (evaluated lazily). */
export type TargetOf<F> = F extends () => infer C ? InstanceOf<C> : never;

// ---- columns --------------------------------------------------------------------------------

type ColumnTypeOf<P, M> = P extends { readonly '~col': { readonly type: infer Ty } }
  ? Ty extends string
    ? AnnotatedType<M, Ty>
    : Ty
  : never;
type ColumnOptionsOf<P> = P extends { readonly '~col': { readonly options: infer O } } ? O : never;

/** The TypeScript value of a column declaration: `T`, or `T | null` with `nullable: true`. */
export type ColumnValue<P, M = {}> = P extends {
  readonly '~col': { readonly type: infer Ty; readonly options: infer O };
}
  ?
      | (Ty extends string ? AnnotatedValue<M, Ty> : ValueOfType<Ty>)
      | (O extends { readonly nullable: true } ? null : never)
  : never;

/**
 * Collection types other than arrays, by `lazy` value: @retort/relationships adds
 * `write_only: WriteOnlyCollection<T>` and `dynamic: DynamicCollection<T>` by declaration merging.
 */
export interface CollectionKinds<T> {
  /** Phantom (never set): the member type the merged declarations use. */
  readonly '~member'?: T;
}

type CollectionOf<T, O> = O extends { readonly lazy: infer L extends keyof CollectionKinds<T> }
  ? CollectionKinds<T>[L]
  : T[];

/** The value of a relationship: `Target[]`, `Target`, or `Target | null` with `nullable: true`. */
export type RelationshipValue<P> = P extends {
  readonly '~rel': { readonly target: infer F; readonly many: infer Many; readonly options: infer O };
}
  ? Many extends true
    ? CollectionOf<TargetOf<F>, O>
    : O extends { readonly nullable: true }
      ? TargetOf<F> | null
      : TargetOf<F>
  : never;

/** The value of any attribute declaration. */
export type PropValue<P, M = {}> = P extends { readonly '~col': unknown }
  ? ColumnValue<P, M>
  : RelationshipValue<P>;

/** The instance shape of a definition: one property per attribute. */
export type Instance<D, M = {}> = { -readonly [K in keyof D]: PropValue<D[K], M> };

// ---- the constructor --------------------------------------------------------------------------

type Given<O, K extends string> = O extends { readonly [P in K]: infer V }
  ? [V] extends [null | undefined]
    ? false
    : true
  : false;
type HasDefault<O> = true extends
  | Given<O, 'default'>
  | Given<O, 'defaultFactory'>
  | Given<O, 'insertDefault'>
  | Given<O, 'serverDefault'>
  ? true
  : false;
type IsPrimaryKey<P> = P extends { readonly '~col': { readonly options: { readonly primaryKey: true } } }
  ? true
  : false;
type PrimaryKeyKeys<D> = { [K in keyof D]-?: IsPrimaryKey<D[K]> extends true ? K : never }[keyof D];
type SinglePrimaryKey<D> = [PrimaryKeyKeys<D>] extends [never]
  ? false
  : true extends IsUnion<PrimaryKeyKeys<D>>
    ? false
    : true;
type IsIntegerType<Ty> = EngineOf<Ty> extends IntegerType | BigIntegerType ? true : false;

/** SQLAlchemy's autoincrement rule: `autoincrement: true`, or the single integer primary key column unless `autoincrement: false`. */
type Autoincrements<D, K extends keyof D, M> = D[K] extends {
  readonly '~col': { readonly options: { readonly autoincrement: true } };
}
  ? true
  : D[K] extends { readonly '~col': { readonly options: { readonly autoincrement: false } } }
    ? false
    : IsPrimaryKey<D[K]> extends true
      ? SinglePrimaryKey<D> extends true
        ? IsIntegerType<ColumnTypeOf<D[K], M>>
        : false
      : false;

/** A column the flush fills (the version counter): optional in the constructor, like a column with a default. */
type FilledByFlush<P> = P extends { readonly '~col': infer S extends { readonly options: object } }
  ? Omit<P, '~col'> & {
      readonly '~col': Omit<S, 'options'> & {
        readonly options: S['options'] & { readonly default: unknown };
      };
    }
  : P;

/** The definition with the version counter (mapperArgs.versionIdCol `V`) counted as defaulted: the flush sets it. */
export type WithVersionDefault<D, V> = [V] extends [never]
  ? D
  : { [K in keyof D]: K extends V ? FilledByFlush<D[K]> : D[K] };

/** Constructor keys that must be given: NOT NULL columns without a default, not autoincrementing, not filled through a relationship (no foreign key). */
export type RequiredKeys<D, M = {}> = {
  [K in keyof D]-?: D[K] extends { readonly '~col': { readonly options: infer O; readonly fk: infer Fk } }
    ? O extends { readonly nullable: true }
      ? never
      : HasDefault<O> extends true
        ? never
        : Fk extends true
          ? never
          : Autoincrements<D, K, M> extends true
            ? never
            : K
    : never;
}[keyof D];

/** The constructor's keyword object: required keys as above, every other attribute optional. */
export type Init<D, M = {}> = Simplify<
  { [K in RequiredKeys<D, M>]: PropValue<D[K], M> } & {
    [K in Exclude<keyof D, RequiredKeys<D, M>>]?: PropValue<D[K], M>;
  }
>;

/** `new User(init)`, with the argument optional when no key is required. */
export type InitArgs<D, M = {}> = {} extends Init<D, M> ? [init?: Init<D, M>] : [init: Init<D, M>];

// ---- class attributes, awaitable attributes, table columns --------------------------------------

/** Class-level attributes: `User.username` (a typed column expression), `User.posts` (a relationship). */
export type ClassAttributes<D, M = {}, Owner extends string = string> = {
  // homomorphic (`K in keyof D`): keeps go-to-definition and JSDoc from the definition object
  readonly [K in keyof D]: D[K] extends { readonly '~col': unknown }
    ? ColumnAttribute<K & string, ColumnValue<D[K], M>, Owner>
    : D[K] extends {
          readonly '~rel': { readonly target: infer F; readonly many: infer Many extends boolean };
        }
      ? RelationshipAttribute<K & string, TargetOf<F>, Many>
      : never;
};

/** `await user.awaitableAttrs.posts`: each attribute as a promise that loads it when needed. */
export type AwaitableAttrs<D, M = {}> = { readonly [K in keyof D]: Promise<PropValue<D[K], M>> };

/** Per attribute: its value type, and the type of its History entries (members, for collections). */
export type AttributeTypesOf<D, M = {}> = {
  [K in keyof D]: {
    readonly value: PropValue<D[K], M>;
    readonly item: D[K] extends { readonly '~rel': { readonly target: infer F; readonly many: true } }
      ? TargetOf<F>
      : PropValue<D[K], M>;
  };
};

/** What every mapped instance has besides its attributes. */
export interface MappedInstanceExtras<D, M> {
  /** `await user.awaitableAttrs.posts` loads an unloaded attribute; already loaded, no SQL. */
  readonly awaitableAttrs: AwaitableAttrs<D, M>;
  /** Phantom for typed `inspect(obj).attrs`. Never set. */
  readonly [MAPPED_ATTRIBUTES]?: AttributeTypesOf<D, M>;
}

type ColumnKeyName<K, O> = O extends { readonly key: infer X extends string }
  ? X
  : O extends { readonly name: infer N extends string }
    ? N
    : K & string;

/** The columns of the table a definition makes, by column key: `User.__table__.c.username`. */
export type TableColumns<D, M = {}> = {
  readonly [K in keyof D as D[K] extends { readonly '~col': unknown }
    ? ColumnKeyName<K, ColumnOptionsOf<D[K]>>
    : never]: Column<ColumnKeyName<K, ColumnOptionsOf<D[K]>>, ColumnValue<D[K], M>>;
};

// ---- checks on a definition ---------------------------------------------------------------------

/** Keys a column attribute cannot have: own properties of every class, and the declarative base's own statics. */
export type ReservedKey =
  | 'name'
  | 'length'
  | 'prototype'
  | 'caller'
  | 'arguments'
  | 'metadata'
  | 'registry'
  | 'table'
  | 'mapped'
  | 'typeAnnotationMap'
  | '__table__'
  | '__tablename__'
  | '__mapper__'
  | 'awaitableAttrs';

type ReservedMessage<K extends string> = K extends 'name' | 'length'
  ? `'${K}' cannot be a column attribute: every JavaScript class has its own '${K}'. Map it as ${K}_ with the database name given explicitly: ${K}_: mappedColumn('${K}', String(50))`
  : `'${K}' is reserved by the declarative base. Map it as ${K}_ with the database name given explicitly: ${K}_: mappedColumn('${K}', …)`;

/** Turns a reserved key into a compile error that says what to do. */
export type ReservedCheck<D> = { [K in keyof D & ReservedKey]: ReservedMessage<K> };

type UnknownAnnotation<P, M> = P extends { readonly '~col': { readonly type: infer Ty extends string } }
  ? Ty extends AnnotationKeyOf<M>
    ? never
    : Ty
  : never;

/** Turns an annotation key the base does not know into a compile error. */
export type AnnotationCheck<D, M> = {
  [K in keyof D as [UnknownAnnotation<D[K], M>] extends [never]
    ? never
    : K]: `mappedColumn('${UnknownAnnotation<D[K], M> &
    string}') names no entry of the base's typeAnnotationMap; add it there or pass a SQL type`;
};

// ---- mixins -----------------------------------------------------------------------------------

/** A class made by `mixin({...})`, possibly extended with methods. */
export type MixinClassLike = (abstract new () => object) & { readonly '~mixinDef': ModelDef };

/** The columns every listed mixin contributes. */
export type MixinDefs<Mx extends readonly unknown[]> = UnionToIntersection<
  Mx[number] extends infer C ? (C extends { readonly '~mixinDef': infer MD } ? MD : never) : never
>;

type MixinStaticsOf<C> = C extends { readonly '~mixinDef': infer MD }
  ? { [K in keyof C as K extends 'prototype' | '~mixinDef' | keyof MD ? never : K]: C[K] }
  : never;
type MixinInstanceOf<C> = C extends { readonly '~mixinDef': infer MD }
  ? Omit<InstanceOf<C>, keyof MD>
  : never;

/** The methods and getters the listed mixins give instances. */
export type MixinInstances<Mx extends readonly unknown[]> = UnionToIntersection<MixinInstanceOf<Mx[number]>>;
/** The static methods the listed mixins give the class. */
export type MixinStatics<Mx extends readonly unknown[]> = UnionToIntersection<MixinStaticsOf<Mx[number]>>;

// ---- the generated class ----------------------------------------------------------------------

/** The annotation map a declarative base declares (`static typeAnnotationMap = {...}`). */
export type MapOf<This> = This extends { readonly typeAnnotationMap: infer M } ? M : {};

/** The static side of a base class, without `prototype`. */
export type StaticSide<This> = { [K in keyof This as K extends 'prototype' ? never : K]: This[K] };

/** The instance type of a mapped class made from definition `D`. */
export type MappedInstance<This, D, M, Mx extends readonly unknown[] = []> = InstanceOf<This> &
  Instance<D, M> &
  MappedInstanceExtras<D, M> &
  ([Mx[number]] extends [never] ? unknown : MixinInstances<Mx>);

/** The class `Base.table('users', {...})` returns: extend it with `class User extends …`. */
export type MappedClass<This, N extends string, D, M, Mx extends readonly unknown[] = []> = StaticSide<This> &
  ClassAttributes<D, M, N> &
  ([Mx[number]] extends [never] ? unknown : MixinStatics<Mx>) & {
    new (...args: InitArgs<D, M>): MappedInstance<This, D, M, Mx>;
    readonly __tablename__: N;
    readonly __table__: Table<N, TableColumns<D, M>>;
    /** Phantom: the full definition, read by configureMappers()'s type-level checks. */
    readonly '~def': D;
    [CLAUSE_ELEMENT](): Table<N, TableColumns<D, M>>;
    /** Instance and mapper events: `event.listen(User, 'beforeInsert', fn)`. */
    readonly [EVENTS]: EventDispatcher<MapperEvents<MappedInstance<This, D, M, Mx>>>;
  };
