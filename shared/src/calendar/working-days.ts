import { dateFromDayNumber, dayNumber, type IsoDate, isoWeekday, parseIsoDate } from './iso-date';

/**
 * The working-day calendar of China's official holiday arrangement (国务院办公厅 每年的《部分节假日安排的通知》).
 * A day is a working day (工作日) when it is
 * - not a holiday (放假): `holidays` wins over everything, and
 * - either Monday–Friday, or a weekend day that the arrangement makes a working day (调休上班, `workdays`).
 * Build one from the editable document with `compileHolidayCalendar` (holiday-schema.ts).
 */
export interface HolidayCalendar {
  /** Days off by the arrangement (放假), weekdays and weekend days alike. */
  readonly holidays: ReadonlySet<IsoDate>;
  /** Weekend days that are working days (调休上班). */
  readonly workdays: ReadonlySet<IsoDate>;
  /** Years whose arrangement is loaded; in other years only weekends are off (see `missingHolidayYears`). */
  readonly years?: ReadonlySet<number>;
}

/** A calendar with no arrangement at all: Monday to Friday are the working days. */
export const WEEKDAYS_ONLY: HolidayCalendar = { holidays: new Set(), workdays: new Set(), years: new Set() };

export function isWorkingDay(date: IsoDate, cal: HolidayCalendar): boolean {
  if (cal.holidays.has(date)) return false;
  if (cal.workdays.has(date)) return true;
  return isoWeekday(date) <= 5;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
}

/**
 * The n-th working day after `date`; the day of the event itself is not counted (民法典 第二百零一条:
 * "开始的当日不计入"). "收到之日起七个工作日内" received on a Thursday before a 调休 Saturday: Friday is 1,
 * the Saturday is 2, and so on. n = 0 gives `date` itself. For n ≥ 1 the result is always a working day.
 */
export function addWorkingDays(date: IsoDate, n: number, cal: HolidayCalendar): IsoDate {
  assertCount(n);
  let day = dayNumber(date);
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(dateFromDayNumber(day), cal)) left -= 1;
  }
  return dateFromDayNumber(day);
}

/** Monday–Friday among the days after `a` up to and including `b` (a < b as day numbers). */
function weekdaysIn(a: number, b: number): number {
  const span = b - a;
  let count = Math.floor(span / 7) * 5; // every run of 7 consecutive days holds exactly 5 weekdays
  for (let d = a + Math.floor(span / 7) * 7 + 1; d <= b; d++) {
    if ((((d + 3) % 7) + 7) % 7 < 5) count += 1;
  }
  return count;
}

/**
 * Working days after `a` up to and including `b`: the count `addWorkingDays` makes, so
 * workingDaysBetween(a, addWorkingDays(a, n, cal), cal) === n. Negative when b is before a; 0 when equal.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, cal: HolidayCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return 0 - workingDaysBetween(b, a, cal); // 0 - x, not -x: never -0
  let count = weekdaysIn(from, to);
  const inside = (d: IsoDate) => {
    const n = dayNumber(d);
    return n > from && n <= to;
  };
  for (const h of cal.holidays) if (inside(h) && isoWeekday(h) <= 5) count -= 1;
  for (const w of cal.workdays) if (inside(w) && isoWeekday(w) >= 6 && !cal.holidays.has(w)) count += 1;
  return count;
}

/** `date` when it is a working day, otherwise the first working day after it. */
export function firstWorkingDayFrom(date: IsoDate, cal: HolidayCalendar): IsoDate {
  return isWorkingDay(date, cal) ? date : addWorkingDays(date, 1, cal);
}

/** `date` when it is a working day, otherwise the last working day before it. */
export function lastWorkingDayUpTo(date: IsoDate, cal: HolidayCalendar): IsoDate {
  let day = dayNumber(date);
  while (!isWorkingDay(dateFromDayNumber(day), cal)) day -= 1;
  return dateFromDayNumber(day);
}

/**
 * Years from `a` to `b` (inclusive, either order) for which the calendar holds no official arrangement.
 * Working-day results in those years treat only weekends as days off: warn the office to enter the year.
 */
export function missingHolidayYears(cal: HolidayCalendar, a: IsoDate, b: IsoDate): number[] {
  const [y1, y2] = [parseIsoDate(a).year, parseIsoDate(b).year].sort((x, y) => x - y) as [number, number];
  const out: number[] = [];
  for (let y = y1; y <= y2; y++) if (!cal.years?.has(y)) out.push(y);
  return out;
}
