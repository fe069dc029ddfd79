// Picks the flush dependency of a relationship by its direction (SQLAlchemy's DependencyProcessor.from_relationship).
import { ArgumentError } from '@retort/core';
import type { FlushDependency } from '@retort/orm';
import type { ConfiguredRelationship } from '../configured-relationship';
import { ManyToManyDependency } from './many-to-many-dependency';
import { ManyToOneDependency } from './many-to-one-dependency';
import { OneToManyDependency } from './one-to-many-dependency';

export function createDependency(config: ConfiguredRelationship): FlushDependency {
  if (config.join.synchronizePairs.length === 0) {
    throw new ArgumentError(
      `Can't build a DependencyProcessor for relationship ${config.property}. No target attributes to populate between parent and child are present`,
    );
  }
  switch (config.direction) {
    case 'ONETOMANY':
      return new OneToManyDependency(config);
    case 'MANYTOONE':
      return new ManyToOneDependency(config);
    case 'MANYTOMANY':
      return new ManyToManyDependency(config);
  }
}
