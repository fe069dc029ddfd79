// Public surface of the Retort test kit (private to this workspace).
// The type-only import brings global-setup's `inject('retortServers')` typing to packages that typecheck the kit.
import type {} from './global-setup';

export {
  availableDialects,
  type DescribeDialectsOptions,
  type DialectTestContext,
  describeDialects,
  dialectTitle,
  servers,
} from './describe-dialects';
export {
  DIALECT_NAMES,
  type DialectName,
  type DialectServer,
  type DialectServers,
  requiredDialects,
} from './dialect-name';
export { parseServerUrl } from './server-admin';
export { createTestDatabase, dropTestDatabase, type TestDatabase } from './test-database';
