// BOOLEAN: `boolean` on every dialect, including MySQL BOOL (TINYINT(1)) and SQLite integers.
// With `createConstraint`, tables add `CHECK (col IN (0, 1))` where the database has no native
// boolean, as SQLAlchemy's Boolean(create_constraint=True) does.
import { type TypeAffinity, TypeEngine } from './type-engine';

export interface BooleanOptions {
  /** Add a CHECK constraint on dialects without a native boolean (SQLAlchemy 2.0 defaults this to false). */
  readonly createConstraint?: boolean;
  /** The CHECK constraint's name. */
  readonly name?: string;
}

export class BooleanType extends TypeEngine<boolean> {
  readonly visitName: string = 'boolean';
  readonly affinity: TypeAffinity = 'boolean';
  constructor(readonly options: BooleanOptions = {}) {
    super();
  }
  get createConstraint(): boolean {
    return this.options.createConstraint === true;
  }
  get name(): string | undefined {
    return this.options.name;
  }
  protected ownKey(): string {
    return this.visitName;
  }
}

class UpperBoolean extends BooleanType {
  override readonly visitName: string = 'BOOLEAN';
}

export function Boolean(options?: BooleanOptions): BooleanType {
  return new BooleanType(options);
}

/** The SQL type BOOLEAN (BOOL on MySQL). */
export function BOOLEAN(options?: BooleanOptions): BooleanType {
  return new UpperBoolean(options);
}
