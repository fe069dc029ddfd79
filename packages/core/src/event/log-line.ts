// Echo lines in SQLAlchemy's logging layout, `%(asctime)s %(levelname)s %(name)s %(message)s` with
// asctime `YYYY-MM-DD HH:MM:SS,mmm` in local time (ECHO.md §1). Used by the engine's and the pool's echo.

/** The levels echo emits: INFO for `echo: true`, DEBUG as well for `echo: 'debug'`. */
export type LogLevel = 'INFO' | 'DEBUG';

/** Where echo lines go (the `logger` option of createEngine and of the pools). */
export type LogWriter = (level: LogLevel, loggerName: string, message: string) => void;

const pad = (value: number, width = 2): string => globalThis.String(value).padStart(width, '0');

/** Python logging's default asctime: `2024-05-01 12:00:00,123`, local time. */
export function formatAsctime(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())},${pad(date.getMilliseconds(), 3)}`
  );
}

/** One echo line without its newline; a multi-line message gets the prefix once, before its first line. */
export function formatLogLine(
  level: LogLevel,
  loggerName: string,
  message: string,
  date = new Date(),
): string {
  return `${formatAsctime(date)} ${level} ${loggerName} ${message}`;
}

/** The default LogWriter: the formatted line to stdout, as SQLAlchemy's echo handler does. */
export const writeLogLine: LogWriter = (level, loggerName, message) => {
  process.stdout.write(`${formatLogLine(level, loggerName, message)}\n`);
};
