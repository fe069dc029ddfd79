// Base of dialect-specific constructs (PostgreSQL ON CONFLICT, MySQL ON DUPLICATE KEY UPDATE,
// ARRAY literals …). The node names its construct; each dialect compiler registers visitors for
// the names it supports, and an unsupported one fails to compile naming the dialect.
import { ClauseElement } from '../../internal';

export abstract class ExtensionNode extends ClauseElement {
  readonly kind = 'extension' as const;
  /** The visitor a dialect compiler looks up: `onConflictDoUpdate`, `onDuplicateKeyUpdate`, … */
  abstract readonly extensionName: string;
}
