import type { z } from 'zod';
import type { durationRuleSchema } from '../rules/profile-schema';
import { addDays, addMonths, type IsoDate } from './iso-date';
import {
  addWorkingDays,
  firstWorkingDayFrom,
  type HolidayCalendar,
  lastWorkingDayUpTo,
} from './working-days';

/**
 * A deadline of the rule profile (e.g. `profile.suggestions.replyWithin`, `returnMisassignedWithin`,
 * `rehandleWithin`): an amount in months, calendar days or working days, counted from an event.
 */
export type DeadlineRule = Pick<z.infer<typeof durationRuleSchema>, 'amount' | 'unit'>;

export interface DueDateOptions {
  /**
   * 民法典 第二百零三条第一款: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
   * When true, a due date that falls on a day off moves to the first working day after it. Off by default:
   * 代表法 第五十一条 ("三个月内答复") and the local rules in congress-rules.md §5 say nothing either way,
   * so whether the office grants the extra days is the jurisdiction's choice.
   */
  extendPastDaysOff?: boolean;
}

/**
 * The last day of the period (the due date) that starts on `start` — the assignment (交办) date, the date
 * of receipt, etc.; the start day itself is not counted (民法典 第二百零一条).
 * - months: the corresponding day n months later, or that month's last day (民法典 第二百零二条);
 *   代表法 第五十一条: 交办之日起三个月内 (six for wide-ranging or difficult items).
 * - calendar_days: start + n.
 * - working_days: the n-th working day after start by `cal` (e.g. 上海规定 第十四条: 收到之日起七个工作日内).
 */
export function dueDateFor(
  start: IsoDate,
  rule: DeadlineRule,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  if (!Number.isSafeInteger(rule.amount) || rule.amount < 0)
    throw new RangeError('amount must be a non-negative integer');
  let due: IsoDate;
  switch (rule.unit) {
    case 'months':
      due = addMonths(start, rule.amount);
      break;
    case 'calendar_days':
      due = addDays(start, rule.amount);
      break;
    case 'working_days':
      due = addWorkingDays(start, rule.amount, cal);
      break;
    default:
      throw new RangeError(`unknown duration unit: ${String((rule as { unit: unknown }).unit)}`);
  }
  return options.extendPastDaysOff ? firstWorkingDayFrom(due, cal) : due;
}

/**
 * The day to send the reminder "due in `daysBefore` days": `daysBefore` calendar days before `due`, moved
 * back to the last working day on or before it when that day is off, so the reminder never arrives later
 * than promised (a reminder for a due date just after 国庆 goes out before the holiday). daysBefore = 0 is
 * the due day itself (or the working day before it).
 */
export function remindOn(due: IsoDate, daysBefore: number, cal: HolidayCalendar): IsoDate {
  if (!Number.isSafeInteger(daysBefore) || daysBefore < 0)
    throw new RangeError('daysBefore must be a non-negative integer');
  return lastWorkingDayUpTo(addDays(due, -daysBefore), cal);
}

/**
 * The reminder days for all of the profile's `remindDaysBefore.days` (e.g. 15, 5 and 1 days before),
 * earliest first and without duplicates (two reminders moved onto the same working day are sent once).
 */
export function reminderDates(due: IsoDate, daysBefore: readonly number[], cal: HolidayCalendar): IsoDate[] {
  return [...new Set(daysBefore.map((d) => remindOn(due, d, cal)))].sort();
}
