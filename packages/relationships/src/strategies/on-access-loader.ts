// The strategies that do nothing while a query loads (SQLAlchemy's NoLoader, the raise loaders,
// write-only and dynamic collections): the relationship is resolved when it is read or awaited.
// Registered so that their names are known to the query layer.
import type { LoaderStrategy } from '@retort/orm';

export class OnAccessLoader implements LoaderStrategy {
  constructor(readonly name: string) {}
}
