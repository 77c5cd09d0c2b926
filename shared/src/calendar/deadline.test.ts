import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaults } from '../rules/national-defaults';
import { CN_NATIONAL_HOLIDAYS } from './cn-holidays';
import { dueDateFor, reminderDates, remindOn } from './deadline';
import { compileHolidayCalendar } from './holiday-schema';
import { addDays, dateFromDayNumber, dayNumber } from './iso-date';
import { isWorkingDay, WEEKDAYS_ONLY } from './working-days';

const cn = compileHolidayCalendar(CN_NATIONAL_HOLIDAYS);
const s = nationalDefaults('county').suggestions;

describe('dueDateFor with the profile’s suggestion deadlines', () => {
  it('replies: 3 months from assignment, 6 for hard items (代表法 第五十一条), month ends clamped', () => {
    expect(dueDateFor('2026-11-30', s.replyWithin, cn)).toBe('2027-02-28');
    expect(dueDateFor('2027-11-30', s.replyWithin, WEEKDAYS_ONLY)).toBe('2028-02-29');
    expect(dueDateFor('2026-08-31', s.hardCaseReplyWithin, cn)).toBe('2027-02-28');
    expect(dueDateFor('2027-08-31', s.hardCaseReplyWithin, WEEKDAYS_ONLY)).toBe('2028-02-29');
    expect(dueDateFor('2026-03-15', s.replyWithin, cn)).toBe('2026-06-15');
  });

  it('misassigned items go back within 7 working days (上海规定 第十四条), across 春节', () => {
    expect(s.returnMisassignedWithin).toMatchObject({ amount: 7, unit: 'working_days' });
    expect(dueDateFor('2026-02-12', s.returnMisassignedWithin, cn)).toBe('2026-02-28');
    expect(dueDateFor('2026-02-12', s.returnMisassignedWithin, WEEKDAYS_ONLY)).toBe('2026-02-23');
    expect(dueDateFor('2025-09-26', s.assignWithin, cn)).toBe('2025-10-13');
  });

  it('re-handling within 1 month (上海规定 第二十一条) and calendar days', () => {
    expect(dueDateFor('2026-01-31', s.rehandleWithin, cn)).toBe('2026-02-28');
    expect(dueDateFor('2026-02-12', { amount: 10, unit: 'calendar_days' }, cn)).toBe('2026-02-22');
  });

  it('moves a due date off a day off only when asked (民法典 第二百零三条)', () => {
    expect(dueDateFor('2026-07-03', s.replyWithin, cn)).toBe('2026-10-03');
    expect(dueDateFor('2026-07-03', s.replyWithin, cn, { extendPastDaysOff: true })).toBe('2026-10-08');
    expect(dueDateFor('2026-03-14', s.replyWithin, cn, { extendPastDaysOff: true })).toBe('2026-06-15');
    expect(dueDateFor('2026-06-15', s.replyWithin, cn, { extendPastDaysOff: true })).toBe('2026-09-15');
  });

  it('refuses a bad amount or unit', () => {
    expect(() => dueDateFor('2026-01-01', { amount: -1, unit: 'months' }, cn)).toThrow(RangeError);
    expect(() => dueDateFor('2026-01-01', { amount: 1.5, unit: 'calendar_days' }, cn)).toThrow(RangeError);
    expect(() => dueDateFor('2026-01-01', { amount: 1, unit: 'weeks' as 'months' }, cn)).toThrow(RangeError);
  });
});

describe('remindOn', () => {
  it('goes back to the last working day when the reminder day is off', () => {
    expect(remindOn('2026-10-09', 1, cn)).toBe('2026-10-08');
    expect(remindOn('2026-10-09', 5, cn)).toBe('2026-09-30'); // 10月4日 is in 国庆
    expect(remindOn('2026-10-12', 1, cn)).toBe('2026-10-10'); // Sunday → the 调休 Saturday
    expect(remindOn('2026-10-03', 0, cn)).toBe('2026-09-30');
    expect(reminderDates('2026-10-09', s.remindDaysBefore.days, cn)).toEqual([
      '2026-09-24',
      '2026-09-30',
      '2026-10-08',
    ]);
    expect(reminderDates('2026-10-09', [6, 5], cn)).toEqual(['2026-09-30']);
    expect(() => remindOn('2026-10-09', -1, cn)).toThrow(RangeError);
  });

  it('is never later than promised and always a working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2026-12-31') }).map(dateFromDayNumber),
        fc.integer({ min: 0, max: 60 }),
        (due, before) => {
          const r = remindOn(due, before, cn);
          expect(isWorkingDay(r, cn)).toBe(true);
          expect(dayNumber(r)).toBeLessThanOrEqual(dayNumber(addDays(due, -before)));
          for (let d = dayNumber(r) + 1; d <= dayNumber(due) - before; d++)
            expect(isWorkingDay(dateFromDayNumber(d), cn)).toBe(false);
        },
      ),
    );
  });
});
