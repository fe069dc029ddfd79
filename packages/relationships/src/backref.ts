// backref('parent', { lazy: 'joined' }) (SQLAlchemy's backref()): the other side a relationship
// creates on its target, with options for it. Read by the configure step.
import type { BackrefSpec, RelationshipOptions } from '@retort/orm';

/** Options of the created relationship; `uselist` overrides the collection-or-scalar choice by direction. */
export interface BackrefOptions extends RelationshipOptions {
  readonly uselist?: boolean;
}

export function backref(
  name: string,
  options: BackrefOptions = {},
): BackrefSpec & { readonly uselist?: boolean } {
  const { uselist, ...rest } = options;
  return uselist === undefined ? { name, options: rest } : { name, options: rest, uselist };
}
