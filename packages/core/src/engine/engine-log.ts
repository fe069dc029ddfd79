// The engine's echo (ECHO.md §1-§6): logger `sqlalchemy.engine.Engine[.loggingName]`, INFO for
// `echo: true`, DEBUG too for `echo: 'debug'`, an optional `[token] ` prefix per connection. The
// Engine owns one; Connection and Result write through it. Also the stats bracket formats.
import { type LogWriter, writeLogLine } from '../internal';

export type EchoFlag = boolean | 'debug';

export class EngineLog {
  readonly name: string;
  /** INFO lines are written. */
  readonly info: boolean;
  /** DEBUG lines (Col/Row) are written. */
  readonly debug: boolean;

  constructor(
    echo: EchoFlag,
    loggingName: string | undefined,
    private readonly writer: LogWriter = writeLogLine,
  ) {
    this.name = loggingName ? `sqlalchemy.engine.Engine.${loggingName}` : 'sqlalchemy.engine.Engine';
    this.info = echo === true || echo === 'debug';
    this.debug = echo === 'debug';
  }

  writeInfo(message: string, token?: string): void {
    this.writer('INFO', this.name, token === undefined ? message : `[${token}] ${message}`);
  }

  writeDebug(message: string, token?: string): void {
    this.writer('DEBUG', this.name, token === undefined ? message : `[${token}] ${message}`);
  }
}

/** C's `%.4g`, as SQLAlchemy's `[cached since %.4gs ago]` prints: `0.0007184`, `12.5`, `3.541e-05`, `1.235e+04`. */
export function formatG4(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const precision = 4;
  const [mantissa, expText] = value.toExponential(precision - 1).split('e') as [string, string];
  const exponent = Number(expText);
  const strip = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exponent < -4 || exponent >= precision) {
    const sign = exponent < 0 ? '-' : '+';
    return `${strip(mantissa)}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return strip(value.toFixed(precision - 1 - exponent));
}

/** `%.5f` of seconds. */
export function formatSeconds5(seconds: number): string {
  return seconds.toFixed(5);
}
