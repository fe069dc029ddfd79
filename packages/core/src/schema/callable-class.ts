// Lets a schema class be used with or without `new`, as SQLAlchemy's `Table(...)`, `Column(...)`
// are called: `Table('users', metadata, Column('id', Integer))`. `instanceof` keeps working.

export function callableClass<F>(
  cls: abstract new (...args: never[]) => object,
  /** Makes the object instead of `new cls(...args)` (Table returns the existing one for extendExisting). */
  create?: (...args: unknown[]) => object,
): F {
  const Concrete = cls as unknown as new (...args: unknown[]) => object;
  function construct(...args: unknown[]): object {
    return create ? create(...args) : new Concrete(...args);
  }
  construct.prototype = cls.prototype;
  Object.defineProperty(construct, 'name', { value: cls.name });
  Object.setPrototypeOf(construct, cls);
  return construct as unknown as F;
}
