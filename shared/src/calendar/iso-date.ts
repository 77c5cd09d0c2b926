/**
 * Calendar dates as plain ISO strings (YYYY-MM-DD): no time of day, no time zone, no `Date` object.
 * Every operation goes through a whole day number (days since 1970-01-01, proleptic Gregorian
 * calendar), so all arithmetic is exact integer arithmetic.
 *
 * Counting periods follows 民法典（2020）第一编第十章「期间计算」:
 * - 第二百零一条第一款: "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。" So a period of n days
 *   from day D ends on D + n, and n months end on the corresponding day (对应日) n months later.
 * - 第二百零二条: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。"
 *   See `addMonths`.
 * congress-rules.md (代表法 第五十一条: "自交办之日起三个月内答复") names no other counting rule, and
 * 民法典 第二百零四条 makes these the default unless a law provides otherwise.
 */

/** An ISO calendar date, YYYY-MM-DD (years 0001–9999). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_DAY = -719162; // 0001-01-01
const MAX_DAY = 2932896; // 9999-12-31

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsOrNull(date: string): DateParts | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar date in YYYY-MM-DD form (2026-02-29 and 2026-13-01 are not). */
export function isIsoDate(date: unknown): date is IsoDate {
  return typeof date === 'string' && partsOrNull(date) !== null;
}

export function parseIsoDate(date: IsoDate): DateParts {
  const p = partsOrNull(date);
  if (!p) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(date)}`);
  return p;
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const p = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(p)) throw new RangeError(`not a calendar date: ${year}-${month}-${day}`);
  return p;
}

function assertInteger(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be a safe integer`);
}

/** Days since 1970-01-01 (negative before it). H. Hinnant's days_from_civil, integers only. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day number (the inverse of `dayNumber`). */
export function dateFromDayNumber(n: number): IsoDate {
  assertInteger('day number', n);
  if (n < MIN_DAY || n > MAX_DAY) throw new RangeError('date out of range 0001-01-01..9999-12-31');
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIsoDate({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

/** ISO weekday: 1 = Monday (周一) … 7 = Sunday (周日). 1970-01-01 was a Thursday. */
export function isoWeekday(date: IsoDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday, before any 调休 arrangement. */
export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** `date` + n calendar days (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger('n', n);
  return dateFromDayNumber(dayNumber(date) + n);
}

/**
 * `date` + n calendar months, by 民法典 第二百零二条: the period ends on the corresponding day (对应日) of
 * the month it ends in; where that month has no such day, on the month's last day (月末日).
 * - 2026-11-30 + 3 → 2027-02-28; 2027-11-30 + 3 → 2028-02-29; 2026-01-31 + 1 → 2026-02-28.
 * - The corresponding day is the day number, not "the last day": 2026-02-28 + 1 → 2026-03-28, not 03-31.
 * - So month additions do not chain: (2026-11-30 + 3) + 3 = 2027-05-28, but 2026-11-30 + 6 = 2027-05-30.
 *   Count every deadline of a matter from its own start (e.g. an extension's limit as start + 6 months).
 * n may be negative (the same clamping applies).
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertInteger('n', n);
  const { year, month, day } = parseIsoDate(date);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError('date out of range 0001-01-01..9999-12-31');
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** -1, 0 or 1, for sorting. ISO dates also compare correctly as strings; this checks they are dates. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = dayNumber(a) - dayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** b − a in calendar days: daysBetween('2026-01-01', '2026-01-02') = 1; negative when b is earlier. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}
