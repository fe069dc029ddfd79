import { describe, expect, it } from 'vitest';
import { formatAsctime, formatLogLine } from './log-line';

describe('formatLogLine', () => {
  it("uses Python logging's asctime with a comma before the milliseconds", () => {
    const date = new Date(2024, 4, 1, 9, 5, 7, 42);
    expect(formatAsctime(date)).toBe('2024-05-01 09:05:07,042');
  });

  it('joins time, level, logger name and message with single spaces', () => {
    const date = new Date(2024, 11, 31, 23, 59, 59, 999);
    expect(formatLogLine('INFO', 'sqlalchemy.pool.impl.QueuePool', 'Pool recreating', date)).toBe(
      '2024-12-31 23:59:59,999 INFO sqlalchemy.pool.impl.QueuePool Pool recreating',
    );
  });

  it('prefixes only the first line of a multi-line message', () => {
    const date = new Date(2024, 0, 2, 3, 4, 5, 6);
    expect(formatLogLine('DEBUG', 'sqlalchemy.engine.Engine', 'SELECT a\nFROM t', date)).toBe(
      '2024-01-02 03:04:05,006 DEBUG sqlalchemy.engine.Engine SELECT a\nFROM t',
    );
  });
});
