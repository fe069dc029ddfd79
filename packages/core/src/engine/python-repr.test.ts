import { describe, expect, it } from 'vitest';
import { reprNumber, reprParams, reprValue } from './python-repr';

// Expected strings recorded from SQLAlchemy 2.0.52's echo on SQLite.
describe('python repr of parameters', () => {
  it('formats values as Python does', () => {
    expect(
      reprParams([null, true, false, 1.5e-5, "it's", 'q"\'', new Uint8Array([0x61, 0x62, 0])], false),
    ).toBe(`(None, True, False, 1.5e-05, "it's", 'q"\\'', b'ab\\x00')`);
    expect(reprParams([1e16, 123456789.125, 0.1, Number.NaN], false)).toBe(
      '(1e+16, 123456789.125, 0.1, nan)',
    );
    expect(reprParams(['a\nb\\c\t\u0001é'], false)).toBe(`('a\\nb\\\\c\\t\\x01é',)`);
    expect(reprParams([], false)).toBe('()');
    expect(reprParams({ pk_1: 3 }, false)).toBe("{'pk_1': 3}");
    expect(reprParams({}, false)).toBe('{}');
    expect(reprValue(12n)).toBe('12');
    expect(reprNumber(1e21)).toBe('1e+21');
    expect(reprNumber(0.0001)).toBe('0.0001');
  });

  it('truncates a value longer than 300 characters', () => {
    const text = reprParams(['x'.repeat(400)], false);
    expect(text).toBe(`('${'x'.repeat(149)} ... (102 characters truncated) ... ${'x'.repeat(149)}',)`);
  });

  it('truncates a set of more than 100 values', () => {
    const values = Array.from({ length: 120 }, (_, i) => i);
    const head = values.slice(0, 50).join(', ');
    const tail = values.slice(70).join(', ');
    expect(reprParams(values, false)).toBe(`(${head} ... 20 parameters truncated ... ${tail})`);
  });

  it('shows the first 8 and last 2 of more than 10 parameter sets', () => {
    const sets = Array.from({ length: 15 }, (_, i) => [i]);
    expect(reprParams(sets, true)).toBe(
      '[(0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,)  ... displaying 10 of 15 total bound parameter sets ...  (13,), (14,)]',
    );
    expect(
      reprParams(
        [
          ['ed', 'jack'],
          ['mary', 'wendy'],
        ],
        true,
      ),
    ).toBe("[('ed', 'jack'), ('mary', 'wendy')]");
  });
});
