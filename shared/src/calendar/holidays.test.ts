import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CN_HOLIDAYS_2025, CN_HOLIDAYS_2026, CN_NATIONAL_HOLIDAYS } from './cn-holidays';
import {
  compileHolidayCalendar,
  type HolidayCalendarDoc,
  type HolidayYear,
  holidayCalendarSchema,
  holidayNameOn,
  holidayYearSchema,
} from './holiday-schema';
import { daysBetween, isoWeekday } from './iso-date';

const WEEKDAY: Record<string, number> = { 周一: 1, 周二: 2, 周三: 3, 周四: 4, 周五: 5, 周六: 6, 周日: 7 };

/**
 * The notices' own words: each holiday's first and last day with the weekday in brackets, its length
 * (共N天) and the 调休 working days with their weekdays. A typo in the data breaks one of these.
 */
const NOTICE: Record<number, [string, string, string, string, number, [string, string][]][]> = {
  2025: [
    ['元旦', '2025-01-01', '周三', '周三', 1, []],
    [
      '春节',
      '2025-01-28',
      '周二',
      '周二',
      8,
      [
        ['2025-01-26', '周日'],
        ['2025-02-08', '周六'],
      ],
    ],
    ['清明节', '2025-04-04', '周五', '周日', 3, []],
    ['劳动节', '2025-05-01', '周四', '周一', 5, [['2025-04-27', '周日']]],
    ['端午节', '2025-05-31', '周六', '周一', 3, []],
    [
      '国庆节、中秋节',
      '2025-10-01',
      '周三',
      '周三',
      8,
      [
        ['2025-09-28', '周日'],
        ['2025-10-11', '周六'],
      ],
    ],
  ],
  2026: [
    ['元旦', '2026-01-01', '周四', '周六', 3, [['2026-01-04', '周日']]],
    [
      '春节',
      '2026-02-15',
      '周日',
      '周一',
      9,
      [
        ['2026-02-14', '周六'],
        ['2026-02-28', '周六'],
      ],
    ],
    ['清明节', '2026-04-04', '周六', '周一', 3, []],
    ['劳动节', '2026-05-01', '周五', '周二', 5, [['2026-05-09', '周六']]],
    ['端午节', '2026-06-19', '周五', '周日', 3, []],
    ['中秋节', '2026-09-25', '周五', '周日', 3, []],
    [
      '国庆节',
      '2026-10-01',
      '周四',
      '周三',
      7,
      [
        ['2026-09-20', '周日'],
        ['2026-10-10', '周六'],
      ],
    ],
  ],
};

describe('seed data: 国务院办公厅 notices for 2025 and 2026', () => {
  it('validates against the editable schema', () => {
    expect(holidayCalendarSchema.parse(CN_NATIONAL_HOLIDAYS)).toEqual(CN_NATIONAL_HOLIDAYS);
    expect(CN_NATIONAL_HOLIDAYS.years.map((y) => y.year)).toEqual([2025, 2026]);
  });

  it.each([CN_HOLIDAYS_2025, CN_HOLIDAYS_2026])('$year matches the notice’s weekdays and day counts', (y) => {
    const expected = NOTICE[y.year]!;
    expect(y.holidays.map((h) => h.name)).toEqual(expected.map((e) => e[0]));
    y.holidays.forEach((h, i) => {
      const [, from, fromDay, toDay, days, workdays] = expected[i]!;
      expect(h.from).toBe(from);
      expect(isoWeekday(h.from)).toBe(WEEKDAY[fromDay]);
      expect(isoWeekday(h.to)).toBe(WEEKDAY[toDay]);
      expect(daysBetween(h.from, h.to) + 1).toBe(days);
      expect(h.workdays).toEqual(workdays.map((w) => w[0]));
      for (const [d, wd] of workdays) expect(isoWeekday(d)).toBe(WEEKDAY[wd]);
    });
  });

  it('compiles into day sets and names the holiday of a date', () => {
    const cal = compileHolidayCalendar(CN_NATIONAL_HOLIDAYS);
    expect(cal.holidays.size).toBe(28 + 33);
    expect(cal.workdays.size).toBe(5 + 6);
    expect(cal.years).toEqual(new Set([2025, 2026]));
    expect(holidayNameOn(CN_NATIONAL_HOLIDAYS, '2026-02-17')).toBe('春节');
    expect(holidayNameOn(CN_NATIONAL_HOLIDAYS, '2025-10-06')).toBe('国庆节、中秋节');
    expect(holidayNameOn(CN_NATIONAL_HOLIDAYS, '2026-02-14')).toBeNull();
  });
});

describe('holiday calendar schema', () => {
  const year = (holidays: HolidayYear['holidays'], y = 2026): unknown => ({
    year: y,
    source: { title: '测试通知', issuedOn: '2025-11-04' },
    holidays,
  });
  const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    r.error?.issues.map((i) => i.message) ?? [];

  it('refuses a 调休 working day that is not a weekend day', () => {
    const r = holidayYearSchema.safeParse(
      year([{ name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-13'] }]),
    );
    expect(r.success).toBe(false);
    expect(messages(r)[0]).toMatch(/Saturday or Sunday/);
  });

  it('refuses impossible dates, reversed ranges and overlaps', () => {
    expect(
      holidayYearSchema.safeParse(
        year([{ name: '春节', from: '2026-02-30', to: '2026-03-01', workdays: [] }]),
      ).success,
    ).toBe(false);
    const reversed = holidayYearSchema.safeParse(
      year([{ name: '春节', from: '2026-02-23', to: '2026-02-15', workdays: [] }]),
    );
    expect(messages(reversed)).toEqual(['the holiday ends before it starts']);
    const overlap = holidayYearSchema.safeParse(
      year([
        { name: '中秋节', from: '2026-09-25', to: '2026-10-01', workdays: [] },
        { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: [] },
      ]),
    );
    expect(messages(overlap)).toEqual(['2026-10-01 is listed twice']);
    const workedHoliday = holidayYearSchema.safeParse(
      year([{ name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: ['2026-04-04'] }]),
    );
    expect(messages(workedHoliday)).toEqual(['2026-04-04 is listed twice']);
  });

  it('refuses dates far from the year, over-long holidays and unknown fields', () => {
    expect(
      holidayYearSchema.safeParse(
        year([{ name: '春节', from: '2028-02-15', to: '2028-02-16', workdays: [] }]),
      ).success,
    ).toBe(false);
    expect(
      holidayYearSchema.safeParse(
        year([{ name: '春节', from: '2026-01-01', to: '2026-03-01', workdays: [] }]),
      ).success,
    ).toBe(false);
    expect(
      holidayYearSchema.safeParse({
        ...(year([]) as object),
        extra: true,
      }).success,
    ).toBe(false);
  });

  it('accepts dates in the neighbouring year (元旦 and 春节 调休 cross the new year)', () => {
    const r = holidayYearSchema.safeParse(
      year([{ name: '元旦', from: '2025-12-31', to: '2026-01-01', workdays: ['2025-12-27'] }]),
    );
    expect(r.success).toBe(true);
  });

  it('refuses a year entered twice and a date claimed by two years', () => {
    const twice: HolidayCalendarDoc = {
      schemaVersion: 1,
      years: [CN_HOLIDAYS_2026, CN_HOLIDAYS_2026],
    };
    expect(messages(holidayCalendarSchema.safeParse(twice))).toContain('each year once');
    const clash = {
      schemaVersion: 1,
      years: [
        CN_HOLIDAYS_2026,
        year([{ name: '元旦', from: '2026-01-01', to: '2026-01-01', workdays: [] }], 2027),
      ],
    };
    expect(messages(holidayCalendarSchema.safeParse(clash))).toEqual(['2026-01-01 is listed in two years']);
  });

  it('reports, never throws, on any input', () => {
    const date = fc.oneof(
      fc.string(),
      fc.constantFrom('2026-02-30', '0001-01-01', '9999-12-31', '2026-10-01', '2026-10-03', '2027-01-02'),
    );
    const entry = fc.record({ name: fc.string(), from: date, to: date, workdays: fc.array(date) });
    const doc = fc.record({
      schemaVersion: fc.constantFrom(1, 2),
      years: fc.array(
        fc.record({
          year: fc.integer({ min: 2020, max: 2030 }),
          source: fc.constant({ title: '测试通知', issuedOn: '2025-11-04' }),
          holidays: fc.array(entry, { maxLength: 4 }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.oneof(doc, fc.anything()), (input) => {
        expect(() => holidayCalendarSchema.safeParse(input)).not.toThrow();
      }),
    );
  });
});
