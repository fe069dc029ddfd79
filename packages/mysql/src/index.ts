// @retort/mysql: the MySQL and MariaDB dialect. Importing it registers the dialect for `mysql://` and `mariadb://` URLs.
import './mysql-registration';

export { MySQLCompiler } from './mysql-compiler';
export { MySQLDDLCompiler } from './mysql-ddl-compiler';
export { MYSQL_CAPABILITIES, MySQLDialect } from './mysql-dialect';
export {
  connectMySQL,
  formatMySQL,
  type MySQLConnectOptions,
  MySQLDriverConnection,
  mysqlLifecycle,
} from './mysql-driver';
export {
  isMySQLDisconnect,
  mysqlConnectError,
  mysqlConstraintName,
  translateMySQLError,
} from './mysql-errors';
export { insert } from './mysql-insert';
export { MySQLIntrospector } from './mysql-introspector';
export { MARIADB_RESERVED_WORDS, MYSQL_RESERVED_WORDS } from './mysql-reserved-words';
export {
  BIT,
  BITType,
  LONGBLOB,
  LONGTEXT,
  MEDIUMBLOB,
  MEDIUMINT,
  MEDIUMTEXT,
  MySQLBlobType,
  type MySQLIntegerOptions,
  MySQLIntegerType,
  MySQLTextType,
  SET,
  SETType,
  TINYBLOB,
  TINYINT,
  TINYTEXT,
} from './mysql-specific-types';
export { MYSQL_TYPE_NAMES, mysqlBindProcessor, mysqlLiteral, mysqlResultProcessor } from './mysql-types';
export { mysqlConnectOptions } from './mysql-url';
