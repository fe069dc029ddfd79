// A column attribute of a mapper (SQLAlchemy's ColumnProperty): the attribute key, its core
// Column, deferral, the event dispatcher of `User.username`, and the implementation behind the
// instance accessor. Created by the Mapper for each mappedColumn() or mapped table column.
import { type Column, EventDispatcher } from '@retort/core';
import { SCALAR_EVENT_NAMES, type ScalarAttributeEvents } from '../instrumentation/attribute-events';
import { type AttributeOwner, ScalarAttributeImpl } from '../instrumentation/attribute-impl';
import type { Mapper } from './mapper';

export interface ColumnPropertyOptions {
  /** Not loaded by default (SQLAlchemy's deferred). */
  readonly deferred?: boolean;
  /** Deferred columns of one group load together. */
  readonly group?: string;
}

export class ColumnProperty implements AttributeOwner {
  readonly dispatch = new EventDispatcher<ScalarAttributeEvents>(SCALAR_EVENT_NAMES);
  readonly impl: ScalarAttributeImpl;
  readonly deferred: boolean;
  readonly group: string | undefined;

  constructor(
    readonly parent: Mapper,
    readonly key: string,
    readonly column: Column,
    options: ColumnPropertyOptions = {},
  ) {
    this.deferred = options.deferred === true || options.group !== undefined;
    this.group = options.group;
    const type = column.type;
    this.impl = new ScalarAttributeImpl(this, this.dispatch, (a, b) =>
      a === null || b === null ? a === b : type.compareValues(a, b),
    );
  }

  /** Column properties are never relationships. */
  readonly isRelationship = false;

  eagerLoadHint(): string {
    const cls = this.parent.className;
    return `select(${cls}).options(undefer(${cls}.${this.key}))`;
  }

  toString(): string {
    return `${this.parent.className}.${this.key}`;
  }
}
