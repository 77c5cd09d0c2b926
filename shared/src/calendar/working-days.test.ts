import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_NATIONAL_HOLIDAYS } from './cn-holidays';
import { compileHolidayCalendar } from './holiday-schema';
import { addDays, dateFromDayNumber, dayNumber, isoWeekday } from './iso-date';
import {
  addWorkingDays,
  firstWorkingDayFrom,
  type HolidayCalendar,
  isWorkingDay,
  lastWorkingDayUpTo,
  missingHolidayYears,
  WEEKDAYS_ONLY,
  workingDaysBetween,
} from './working-days';

const cn = compileHolidayCalendar(CN_NATIONAL_HOLIDAYS);

/** A hand-made calendar: 劳动节 2026 only. */
const mayDay: HolidayCalendar = {
  holidays: new Set(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']),
  workdays: new Set(['2026-05-09']),
};

describe('isWorkingDay', () => {
  it('a 调休 Saturday is a working day; a holiday weekday is not', () => {
    expect(isoWeekday('2026-05-09')).toBe(6);
    expect(isWorkingDay('2026-05-09', mayDay)).toBe(true);
    expect(isoWeekday('2026-05-04')).toBe(1);
    expect(isWorkingDay('2026-05-04', mayDay)).toBe(false);
    expect(isWorkingDay('2026-05-06', mayDay)).toBe(true);
    expect(isWorkingDay('2026-05-10', mayDay)).toBe(false);
    expect(isWorkingDay('2026-05-04', WEEKDAYS_ONLY)).toBe(true);
    expect(isWorkingDay('2026-05-09', WEEKDAYS_ONLY)).toBe(false);
  });

  it('a holiday wins over a working-day entry for the same date', () => {
    const both: HolidayCalendar = { holidays: new Set(['2026-05-09']), workdays: new Set(['2026-05-09']) };
    expect(isWorkingDay('2026-05-09', both)).toBe(false);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('does not count the day of the event; n = 0 is the day itself', () => {
    expect(addWorkingDays('2026-03-02', 0, cn)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-07', 0, cn)).toBe('2026-03-07'); // a Saturday stays as given
    expect(addWorkingDays('2026-03-02', 1, cn)).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-06', 1, cn)).toBe('2026-03-09'); // Friday → Monday
    expect(addWorkingDays('2026-03-07', 1, cn)).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDays('2026-03-02', 5, cn)).toBe('2026-03-09');
  });

  it('counts a 调休 Saturday and skips holiday weekdays (劳动节 2026)', () => {
    // 5月1日（周五）至5日（周二）放假；5月9日（周六）上班
    expect(addWorkingDays('2026-04-30', 1, mayDay)).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-08', 1, mayDay)).toBe('2026-05-09');
    expect(addWorkingDays('2026-04-29', 6, mayDay)).toBe('2026-05-11');
    expect(addWorkingDays('2026-04-29', 7, mayDay)).toBe('2026-05-12');
    expect(workingDaysBetween('2026-04-29', '2026-05-11', mayDay)).toBe(6);
    expect(workingDaysBetween('2026-04-29', '2026-05-11', WEEKDAYS_ONLY)).toBe(8);
  });

  it('across 春节 2026: 七个工作日 from a Thursday ends on the 调休 Saturday 2月28日', () => {
    // 2月15日至23日放假；2月14日（周六）、2月28日（周六）上班
    expect(addWorkingDays('2026-02-13', 1, cn)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, cn)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-12', 7, cn)).toBe('2026-02-28');
    expect(workingDaysBetween('2026-02-12', '2026-02-28', cn)).toBe(7);
    expect(workingDaysBetween('2026-02-14', '2026-02-23', cn)).toBe(0);
  });

  it('across 春节 2025: 1月26日（周日） and 2月8日（周六） are worked', () => {
    expect(addWorkingDays('2025-01-24', 1, cn)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2, cn)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3, cn)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 7, cn)).toBe('2025-02-10');
  });

  it('across 国庆 2025 (8 days with 中秋) and 国庆 2026 (after 中秋)', () => {
    // 2025: 10月1日至8日放假；9月28日（周日）、10月11日（周六）上班
    expect(addWorkingDays('2025-09-26', 1, cn)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 4, cn)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 6, cn)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7, cn)).toBe('2025-10-13');
    expect(workingDaysBetween('2025-09-30', '2025-10-08', cn)).toBe(0);
    // 2026: 9月25日至27日 中秋，10月1日至7日 国庆；9月20日（周日）、10月10日（周六）上班
    expect(addWorkingDays('2026-09-18', 1, cn)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-18', 7, cn)).toBe('2026-09-29');
    expect(addWorkingDays('2026-09-30', 1, cn)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, cn)).toBe('2026-10-10');
  });

  it('counts backwards as a negative number, and 0 between equal dates', () => {
    expect(workingDaysBetween('2026-02-28', '2026-02-12', cn)).toBe(-7);
    expect(workingDaysBetween('2026-02-12', '2026-02-12', cn)).toBe(0);
    expect(workingDaysBetween('2026-01-01', '2027-01-01', WEEKDAYS_ONLY)).toBe(261);
  });

  it('counts the working days of the verified years', () => {
    // 2025: 261 weekdays − 18 weekdays off + 5 调休 weekend days; 2026: 261 − 19 + 6
    expect(workingDaysBetween('2024-12-31', '2025-12-31', WEEKDAYS_ONLY)).toBe(261);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', cn)).toBe(248);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', WEEKDAYS_ONLY)).toBe(261);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', cn)).toBe(248);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-02-12', -1, cn)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-12', 1.5, cn)).toThrow(RangeError);
  });

  it('first and last working day around a holiday', () => {
    expect(firstWorkingDayFrom('2026-10-03', cn)).toBe('2026-10-08');
    expect(firstWorkingDayFrom('2026-10-08', cn)).toBe('2026-10-08');
    expect(lastWorkingDayUpTo('2026-10-03', cn)).toBe('2026-09-30');
    expect(lastWorkingDayUpTo('2026-02-22', cn)).toBe('2026-02-14');
  });

  it('names the years with no arrangement loaded', () => {
    expect(missingHolidayYears(cn, '2025-03-01', '2026-09-01')).toEqual([]);
    expect(missingHolidayYears(cn, '2026-11-30', '2027-05-30')).toEqual([2027]);
    expect(missingHolidayYears(cn, '2027-01-01', '2024-01-01')).toEqual([2024, 2027]);
    expect(missingHolidayYears(mayDay, '2026-01-01', '2026-12-31')).toEqual([2026]);
  });
});

describe('working-day properties', () => {
  const seededDate = fc
    .integer({ min: dayNumber('2024-10-01'), max: dayNumber('2027-03-31') })
    .map(dateFromDayNumber);

  /** Random calendars around 2026: holidays anywhere, 调休 working days on weekends. */
  const randomCalendar = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
    )
    .map(([h, w]): HolidayCalendar => {
      const base = dayNumber('2025-12-01');
      const workdays = w.map((i) => dateFromDayNumber(base + i)).filter((d) => isoWeekday(d) >= 6);
      return { holidays: new Set(h.map((i) => dateFromDayNumber(base + i))), workdays: new Set(workdays) };
    });
  const nearDate = fc
    .integer({ min: dayNumber('2025-11-01'), max: dayNumber('2027-01-31') })
    .map(dateFromDayNumber);

  it('addWorkingDays lands on a working day for n ≥ 1, and workingDaysBetween gives n back', () => {
    fc.assert(
      fc.property(seededDate, fc.integer({ min: 1, max: 400 }), (a, n) => {
        const b = addWorkingDays(a, n, cn);
        expect(isWorkingDay(b, cn)).toBe(true);
        expect(workingDaysBetween(a, b, cn)).toBe(n);
        expect(workingDaysBetween(a, addDays(b, -1), cn)).toBe(n - 1);
      }),
    );
    fc.assert(
      fc.property(nearDate, fc.integer({ min: 0, max: 300 }), randomCalendar, (a, n, cal) => {
        const b = addWorkingDays(a, n, cal);
        if (n >= 1) expect(isWorkingDay(b, cal)).toBe(true);
        expect(workingDaysBetween(a, b, cal)).toBe(n);
      }),
    );
  });

  it('workingDaysBetween equals a day-by-day count and is additive', () => {
    fc.assert(
      fc.property(nearDate, nearDate, nearDate, randomCalendar, (a, b, c, cal) => {
        let count = 0;
        const [lo, hi] = dayNumber(a) <= dayNumber(b) ? [a, b] : [b, a];
        for (let d = dayNumber(lo) + 1; d <= dayNumber(hi); d++)
          if (isWorkingDay(dateFromDayNumber(d), cal)) count += 1;
        expect(workingDaysBetween(lo, hi, cal)).toBe(count);
        expect(workingDaysBetween(a, c, cal)).toBe(
          workingDaysBetween(a, b, cal) + workingDaysBetween(b, c, cal),
        );
      }),
    );
  });
});
