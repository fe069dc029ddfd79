// Registers the SQLite dialect for `sqlite://` URLs when @retort/sqlite is imported, so that
// createEngine('sqlite:///app.db') finds it (core requires this package by name otherwise).
import { registerDialect } from '@retort/core';
import { SQLiteDialect } from './sqlite-dialect';

registerDialect({ names: ['sqlite'], drivers: ['better_sqlite3'], create: () => new SQLiteDialect() });
