// Registers the PostgreSQL dialect for `postgresql://` URLs when @retort/pg is imported, so that
// createEngine('postgresql://…') finds it (core requires this package by name otherwise).
import { registerDialect } from '@retort/core';
import { PGDialect } from './pg-dialect';

registerDialect({ names: ['postgresql', 'postgres'], drivers: ['pg'], create: () => new PGDialect() });
