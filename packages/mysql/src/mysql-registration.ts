// Registers the MySQL dialect for `mysql://` and `mariadb://` URLs when @retort/mysql is imported,
// so that createEngine('mysql://…') finds it (core requires this package by name otherwise).
import { registerDialect } from '@retort/core';
import { MySQLDialect } from './mysql-dialect';

registerDialect({
  names: ['mysql', 'mariadb'],
  drivers: ['mysql2'],
  create: (url) => new MySQLDialect(url.getBackendName() === 'mariadb'),
});
