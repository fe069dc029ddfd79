// configureMappers() (SQLAlchemy's configure_mappers()): resolves every mapper's relationships at
// run time with errors naming both classes, and, given the classes, checks backPopulates and
// remoteSide at compile time — after all classes exist, where declarations cannot look.

import { UnmappedClassError } from '../errors/orm-errors';
import type { ColumnAttribute } from '../instrumentation/instrumented-attribute';
import { mapperForClass } from '../mapper/class-mapper';
import type { InstanceOf, TargetOf } from './model-types';
import { configureAllRegistries } from './registry';

type BackPopulatesError<
  F,
  B extends string,
  K extends string,
  TN extends string,
  Self,
> = F extends () => infer T
  ? T extends { readonly '~def': infer TD; readonly __tablename__: infer TT extends string }
    ? B extends keyof TD
      ? TD[B] extends { readonly '~rel': { readonly target: infer F2; readonly options: infer O2 } }
        ? InstanceOf<Self> extends TargetOf<F2>
          ? O2 extends { readonly backPopulates: infer B2 extends string }
            ? B2 extends K
              ? never
              : `${TN}.${K}: ${TT}.${B} names backPopulates '${B2}', not '${K}'; the two sides must name each other`
            : never
          : `${TN}.${K}: ${TT}.${B} does not point back to ${TN}`
        : `${TN}.${K}: ${TT}.${B} is a column, not a relationship`
      : `${TN}.${K}: backPopulates '${B}' is not an attribute of ${TT}`
    : `${TN}.${K}: relationship target is not a mapped class`
  : never;

type RemoteSideError<F, O, K extends string, TN extends string> = O extends {
  readonly remoteSide: () => infer R;
}
  ? F extends () => { readonly __tablename__: infer TT extends string }
    ? R extends readonly ColumnAttribute<string, unknown, TT>[]
      ? never
      : `${TN}.${K}: remoteSide must return columns of ${TT}`
    : never
  : never;

/** The configure errors of one mapped class, as string literal types (never when it is fine). */
export type MapperErrors<C> = C extends {
  readonly '~def': infer D;
  readonly __tablename__: infer TN extends string;
}
  ? {
      [K in keyof D & string]: D[K] extends {
        readonly '~rel': { readonly target: infer F; readonly options: infer O };
      }
        ?
            | RemoteSideError<F, O, K, TN>
            | (O extends { readonly backPopulates: infer B extends string }
                ? BackPopulatesError<F, B, K, TN, C>
                : F extends () => { readonly '~def': unknown }
                  ? never
                  : `${TN}.${K}: relationship target is not a mapped class`)
        : never;
    }[keyof D & string]
  : never;

type Checked<C> = [MapperErrors<C>] extends [never] ? C : { readonly '~mapper_error': MapperErrors<C> };

/**
 * Configures every mapper not configured yet (it also happens on first use). With classes,
 * `configureMappers(User, Post, Category)` also checks their relationships at compile time.
 */
export function configureMappers<const Cs extends readonly (abstract new (...args: never[]) => object)[]>(
  ...classes: { [I in keyof Cs]: Checked<Cs[I]> }
): void {
  for (const cls of classes as readonly unknown[]) {
    if (mapperForClass(cls) === undefined) {
      throw new UnmappedClassError(
        `configureMappers() was given ${typeof cls === 'function' ? `class ${cls.name}` : typeof cls}, which is not mapped`,
      );
    }
  }
  configureAllRegistries();
}
