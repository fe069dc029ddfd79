// @retort/sqlite: the SQLite dialect. Importing it registers the dialect for `sqlite://` URLs.
import './sqlite-registration';

export { SQLiteCompiler } from './sqlite-compiler';
export { SQLiteDDLCompiler } from './sqlite-ddl-compiler';
export { SQLITE_CAPABILITIES, SQLiteDialect } from './sqlite-dialect';
export { connectSQLite, type SQLiteConnectOptions, SQLiteDriverConnection } from './sqlite-driver';
export { constraintNameOf, isSQLiteDisconnect, translateSQLiteError } from './sqlite-errors';
export { insert } from './sqlite-insert';
export { SQLiteIntrospector, sqliteTypeFromDeclared } from './sqlite-introspector';
export { SQLITE_RESERVED_WORDS } from './sqlite-reserved-words';
export { SQLITE_TYPE_NAMES, sqliteBindProcessor, sqliteLiteral, sqliteResultProcessor } from './sqlite-types';
export { isMemoryUrl, sqliteConnectOptions } from './sqlite-url';
