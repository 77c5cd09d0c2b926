import { z } from 'zod';
import { dateFromDayNumber, dayNumber, type IsoDate, isIsoDate, isoWeekday, parseIsoDate } from './iso-date';
import type { HolidayCalendar } from './working-days';

/**
 * The holiday arrangement as the office edits it: one entry per year, taken from that year's notice of
 * 国务院办公厅 (《关于 YYYY 年部分节假日安排的通知》), with one line per holiday — its name, the days off
 * (放假, first to last, inclusive) and the weekend days worked in exchange (调休上班). A jurisdiction may add a
 * local holiday (e.g. a 自治区's own festival) as another line with a note.
 */

/** The holidays of 《全国年节及纪念日放假办法》, for pick lists; a notice may join two (国庆节、中秋节). */
export const STATUTORY_HOLIDAY_NAMES = [
  '元旦',
  '春节',
  '清明节',
  '劳动节',
  '端午节',
  '中秋节',
  '国庆节',
] as const;

export const calendarDateSchema = z.string().refine(isIsoDate, { message: 'expected a date YYYY-MM-DD' });

export const holidayNoticeSchema = z
  .object({
    /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
    title: z.string().trim().min(1).max(200),
    /** 文号, e.g. 国办发明电〔2024〕12号, where known */
    documentNumber: z.string().trim().max(100).optional(),
    issuedOn: calendarDateSchema,
    note: z.string().max(500).optional(),
  })
  .strict();
export type HolidayNotice = z.infer<typeof holidayNoticeSchema>;

export const holidayEntrySchema = z
  .object({
    name: z.string().trim().min(1).max(50),
    /** first day off */
    from: calendarDateSchema,
    /** last day off (inclusive) */
    to: calendarDateSchema,
    /** 调休上班: weekend days worked for this holiday */
    workdays: z.array(calendarDateSchema).max(10),
    note: z.string().max(500).optional(),
  })
  .strict();
export type HolidayEntry = z.infer<typeof holidayEntrySchema>;

const MAX_HOLIDAY_DAYS = 31;

/** Every day from `from` to `to`, inclusive; empty when the range is invalid (reported elsewhere). */
function daysOf(from: string, to: string): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (end - start + 1 > MAX_HOLIDAY_DAYS) return [];
  const out: IsoDate[] = [];
  for (let n = start; n <= end; n++) out.push(dateFromDayNumber(n));
  return out;
}

export const holidayYearSchema = z
  .object({
    year: z.number().int().min(1949).max(9999),
    source: holidayNoticeSchema,
    holidays: z.array(holidayEntrySchema).max(30),
  })
  .strict()
  .superRefine((y, ctx) => {
    const seen = new Set<IsoDate>();
    y.holidays.forEach((h, i) => {
      const path = ['holidays', i];
      const dates = [h.from, h.to, ...h.workdays];
      if (!dates.every(isIsoDate)) return; // reported by the field schema
      if (dates.some((d) => Math.abs(parseIsoDate(d).year - y.year) > 1)) {
        ctx.addIssue({ code: 'custom', path, message: `dates must lie within a year of ${y.year}` });
        return;
      }
      const length = dayNumber(h.to) - dayNumber(h.from) + 1;
      if (length < 1) {
        ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: 'the holiday ends before it starts' });
        return;
      }
      if (length > MAX_HOLIDAY_DAYS) {
        ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: `at most ${MAX_HOLIDAY_DAYS} days` });
        return;
      }
      for (const d of daysOf(h.from, h.to)) {
        if (seen.has(d)) ctx.addIssue({ code: 'custom', path, message: `${d} is listed twice` });
        seen.add(d);
      }
      h.workdays.forEach((d, j) => {
        if (isoWeekday(d) < 6)
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'workdays', j],
            message: `${d} is a weekday; a 调休 working day is a Saturday or Sunday`,
          });
        if (seen.has(d))
          ctx.addIssue({ code: 'custom', path: [...path, 'workdays', j], message: `${d} is listed twice` });
        seen.add(d);
      });
    });
  });
export type HolidayYear = z.infer<typeof holidayYearSchema>;

/** The office's holiday calendar document: one entry per year. */
export const holidayCalendarSchema = z
  .object({
    schemaVersion: z.literal(1),
    years: z.array(holidayYearSchema).max(200),
  })
  .strict()
  .superRefine((c, ctx) => {
    const years = new Set<number>();
    const dates = new Set<IsoDate>();
    c.years.forEach((y, i) => {
      if (years.has(y.year))
        ctx.addIssue({ code: 'custom', path: ['years', i, 'year'], message: 'each year once' });
      years.add(y.year);
      // a notice may reach into the next or previous year (元旦, 春节 调休); years must not disagree
      for (const d of datesOfYear(y)) {
        if (dates.has(d))
          ctx.addIssue({ code: 'custom', path: ['years', i], message: `${d} is listed in two years` });
        dates.add(d);
      }
    });
  });
export type HolidayCalendarDoc = z.infer<typeof holidayCalendarSchema>;

function datesOfYear(y: HolidayYear): IsoDate[] {
  return y.holidays.flatMap((h) => [...daysOf(h.from, h.to), ...h.workdays.filter(isIsoDate)]);
}

/** The working-day calendar of a validated document. */
export function compileHolidayCalendar(doc: HolidayCalendarDoc): HolidayCalendar {
  const holidays = new Set<IsoDate>();
  const workdays = new Set<IsoDate>();
  for (const y of doc.years) {
    for (const h of y.holidays) {
      for (const d of daysOf(h.from, h.to)) holidays.add(d);
      for (const d of h.workdays) workdays.add(d);
    }
  }
  return { holidays, workdays, years: new Set(doc.years.map((y) => y.year)) };
}

/** The name of the holiday that `date` falls in (e.g. 春节), or null. */
export function holidayNameOn(doc: HolidayCalendarDoc, date: IsoDate): string | null {
  const n = dayNumber(date);
  for (const y of doc.years)
    for (const h of y.holidays) if (n >= dayNumber(h.from) && n <= dayNumber(h.to)) return h.name;
  return null;
}
