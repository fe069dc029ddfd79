// containsEager() (SQLAlchemy's contains_eager): the statement already joins the target
// (`select(User).join(User.posts).options(containsEager(User.posts))`); its columns are added and
// the relationship is filled from the rows, without another join.
import type {
  JoinedLoadSetup,
  LoaderStrategy,
  OrmEntity,
  RelationshipProperty,
  RowPopulator,
} from '@retort/orm';
import { JoinedPopulator } from './joined-loader';

export class ContainsEagerLoader implements LoaderStrategy {
  readonly name = 'contains_eager';

  constructor(private readonly property: RelationshipProperty) {}

  setupQuery(setup: JoinedLoadSetup): RowPopulator {
    const read = setup.addEntity(this.property.mapper as OrmEntity, setup.options);
    if (this.property.uselist) setup.requireUnique();
    return new JoinedPopulator(this.property, read);
  }
}
