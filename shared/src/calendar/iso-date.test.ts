import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateFromDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
} from './iso-date';

/** Any date from 1900-01-01 to 2199-12-31. */
const anyDate = fc
  .integer({ min: dayNumber('1900-01-01'), max: dayNumber('2199-12-31') })
  .map(dateFromDayNumber);

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('leap years follow the Gregorian rule: 2100 is not leap, 2000 and 2028 are', () => {
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('day numbers match the Unix epoch and known weekdays', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2000-03-01')).toBe(11017);
    expect(dateFromDayNumber(-1)).toBe('1969-12-31');
    expect(dateFromDayNumber(dayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(dateFromDayNumber(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(() => dateFromDayNumber(dayNumber('9999-12-31') + 1)).toThrow(RangeError);
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2026-10-01')).toBe(4); // 10月1日（周四）
    expect(isoWeekday('2025-01-28')).toBe(2); // 1月28日（周二）
    expect(isoWeekday('2026-02-15')).toBe(7); // 2月15日（周日）
  });

  it('addDays, daysBetween and compareDates agree', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(compareDates('2026-02-28', '2026-03-01')).toBe(-1);
    expect(compareDates('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const e = addDays(d, n);
        expect(daysBetween(d, e)).toBe(n);
        expect(compareDates(d, e)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
        expect(compareDates(d, e)).toBe(d < e ? -1 : d > e ? 1 : 0);
      }),
    );
  });

  it('day numbers round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') }), (n) => {
        expect(dayNumber(dateFromDayNumber(n))).toBe(n);
      }),
    );
  });
});

describe('addMonths (民法典 第二百零二条: 对应日, else 月末日)', () => {
  it.each([
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2099-11-30', 3, '2100-02-28'],
    ['2099-08-31', 6, '2100-02-28'],
    ['1999-11-30', 3, '2000-02-29'],
    ['2026-03-15', 3, '2026-06-15'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-20', 0, '2026-05-20'],
  ])('%s + %i months → %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
  });

  it('a month end that is the shorter month’s last day keeps its day number', () => {
    expect(addMonths('2026-02-28', 1)).toBe('2026-03-28');
    expect(addMonths('2026-04-30', 1)).toBe('2026-05-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('does not chain: count every deadline from its own start', () => {
    expect(addMonths(addMonths('2026-11-30', 3), 3)).toBe('2027-05-28');
    expect(addMonths('2026-11-30', 6)).toBe('2027-05-30');
  });

  it('never overflows into the following month, and keeps the day when the month has it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -1200, max: 1200 }), (d, n) => {
        const start = parseIsoDate(d);
        const r = parseIsoDate(addMonths(d, n));
        const months = r.year * 12 + r.month - (start.year * 12 + start.month);
        expect(months).toBe(n);
        expect(r.day).toBe(Math.min(start.day, daysInMonth(r.year, r.month)));
      }),
    );
  });

  it('refuses fractions and the end of the range', () => {
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
    expect(() => addMonths('9999-12-01', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-31', Number.NaN)).toThrow(RangeError);
  });
});
