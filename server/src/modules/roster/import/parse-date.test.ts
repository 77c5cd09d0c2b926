import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseDay } from './parse-date';

describe('parseDay', () => {
  it.each([
    ['1970-01-02', '1970-01-02'],
    ['1970/1/2', '1970-01-02'],
    ['1970.1.2', '1970-01-02'],
    ['1970年1月2日', '1970-01-02'],
    ['1970年01月2', '1970-01-02'],
    ['19700102', '1970-01-02'],
    ['25570', '1970-01-02'], // Excel serial day
    ['2000-02-29', '2000-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseDay(input)).toBe(expected);
  });

  it.each(['1970-13-01', '1970-02-30', '1900-02-29', '1970/1', '一九七〇年', 'abc', '', '12'])(
    'refuses %j',
    (input) => {
      expect(parseDay(input)).toBeNull();
    },
  );
});

describe('parseBirthDate', () => {
  it('keeps birth dates between 1900 and today', () => {
    const today = new Date('2024-06-01T00:00:00Z');
    expect(parseBirthDate('1899-12-31', today)).toBeNull();
    expect(parseBirthDate('2024-06-02', today)).toBeNull();
    expect(parseBirthDate('2024-06-01', today)).toBe('2024-06-01');
  });
});
