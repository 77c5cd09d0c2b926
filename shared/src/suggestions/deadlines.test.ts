import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, dateFromDayNumber, dayNumber } from '../calendar/iso-date';
import { addWorkingDays, isWorkingDay, WEEKDAYS_ONLY } from '../calendar/working-days';
import type { RuleProfile } from '../rules/profile-schema';
import {
  assignmentDueDate,
  coUnitOpinionDueDate,
  extensionLimit,
  extensionProblem,
  isOverdue,
  mayRequestReturn,
  rehandleDueDate,
  remindersFor,
  replyClockStart,
  replyDueDate,
  returnWindowEnd,
} from './deadlines';
import { cn, county } from './suggestions.fixtures';

type Rules = RuleProfile['suggestions'];
const withRules = (over: Partial<Rules>): Pick<RuleProfile, 'suggestions'> => ({
  suggestions: { ...county.suggestions, ...over },
});
const ordinary = { hardCase: false };
const hard = { hardCase: true };

describe('reply due dates (代表法 第五十一条)', () => {
  it('three months from assignment, six for a hard case; month ends clamp (民法典 第二百零二条)', () => {
    expect(replyDueDate('2026-03-16', ordinary, county, cn)).toBe('2026-06-16');
    expect(replyDueDate('2026-03-16', hard, county, cn)).toBe('2026-09-16');
    expect(replyDueDate('2026-11-30', ordinary, county, cn)).toBe('2027-02-28');
    expect(replyDueDate('2027-11-30', ordinary, county, WEEKDAYS_ONLY)).toBe('2028-02-29');
  });

  it('counts from the session’s close only where the profile says so, and only when that date is known', () => {
    const fromClose = withRules({
      clockStartsAt: { value: 'session_close', source: { kind: 'local', law: '重庆（旧）' } },
    });
    const clock = { hardCase: false, sessionClosedOn: '2026-01-20' };
    expect(replyClockStart('2026-02-10', clock, fromClose)).toBe('2026-01-20');
    expect(replyDueDate('2026-02-10', clock, fromClose, cn)).toBe('2026-04-20');
    expect(replyDueDate('2026-02-10', ordinary, fromClose, cn)).toBe('2026-05-10');
    expect(replyDueDate('2026-02-10', clock, county, cn)).toBe('2026-05-10');
  });

  it('moves a due date off a day off only when asked (民法典 第二百零三条)', () => {
    expect(replyDueDate('2026-07-03', ordinary, county, cn)).toBe('2026-10-03');
    expect(replyDueDate('2026-07-03', ordinary, county, cn, { extendPastDaysOff: true })).toBe('2026-10-08');
  });
});

describe('the extension limit (上海规定 第十九条 within 代表法 第五十一条)', () => {
  it('is three months plus at most three, counted from the start in one go', () => {
    // (11-30 + 3) + 3 would be 05-28; 11-30 + 6 is 05-30
    expect(extensionLimit('2026-11-30', ordinary, county, cn)).toBe('2027-05-30');
    expect(extensionLimit('2026-03-16', ordinary, county, cn)).toBe('2026-09-16');
  });

  it('a hard case already has six months and no extension', () => {
    expect(extensionLimit('2026-11-30', hard, county, cn)).toBe(replyDueDate('2026-11-30', hard, county, cn));
  });

  it('follows a shorter local maximum, and never passes the hard-case limit', () => {
    const two = withRules({ maxExtension: { ...county.suggestions.maxExtension, amount: 2 } });
    expect(extensionLimit('2026-11-30', ordinary, two, cn)).toBe('2027-04-30');
    const four = withRules({ maxExtension: { ...county.suggestions.maxExtension, amount: 4 } });
    expect(extensionLimit('2026-11-30', ordinary, four, cn)).toBe('2027-05-30');
    const fiveMonths = withRules({
      hardCaseReplyWithin: { ...county.suggestions.hardCaseReplyWithin, amount: 5 },
    });
    expect(extensionLimit('2026-11-30', ordinary, fiveMonths, cn)).toBe('2027-04-30');
  });

  it('chains periods of different units: the extension runs from the due date', () => {
    const workingDays = withRules({
      maxExtension: { amount: 20, unit: 'working_days', source: county.suggestions.maxExtension.source },
    });
    // due 2026-04-05 (a Sunday); 清明 makes 04-06 a day off
    expect(replyDueDate('2026-01-05', ordinary, workingDays, cn)).toBe('2026-04-05');
    expect(extensionLimit('2026-01-05', ordinary, workingDays, cn)).toBe(
      addWorkingDays('2026-04-05', 20, cn),
    );
    expect(extensionLimit('2026-01-05', ordinary, workingDays, cn)).toBe('2026-05-07');
  });

  it('checks a requested date against the due date and the limit', () => {
    expect(extensionProblem('2027-02-28', '2027-02-28', '2027-05-30')).toEqual({
      reason: 'extension_not_later',
      currentDue: '2027-02-28',
    });
    expect(extensionProblem('2027-05-31', '2027-02-28', '2027-05-30')).toEqual({
      reason: 'extension_beyond_limit',
      limit: '2027-05-30',
    });
    expect(extensionProblem('2027-05-30', '2027-02-28', '2027-05-30')).toBeNull();
  });
});

describe('working-day windows and one-month periods', () => {
  it('the return window counts working days by the official 调休 arrangement', () => {
    // 春节 2026: 2月15日–23日 off, 2月14日 and 2月28日 (Saturdays) worked
    expect(returnWindowEnd('2026-02-12', county, cn)).toBe('2026-02-28');
    expect(returnWindowEnd('2026-02-12', county, WEEKDAYS_ONLY)).toBe('2026-02-23');
    expect(mayRequestReturn('2026-02-12', '2026-02-28', county, cn)).toBe(true);
    expect(mayRequestReturn('2026-02-12', '2026-03-02', county, cn)).toBe(false);
    expect(mayRequestReturn('2026-02-12', '2026-02-11', county, cn)).toBe(false);
  });

  it('assignment within 7 working days of receipt; co-units and re-handling within a month', () => {
    expect(assignmentDueDate('2025-09-26', county, cn)).toBe('2025-10-13');
    expect(coUnitOpinionDueDate('2026-01-31', county, cn)).toBe('2026-02-28');
    expect(rehandleDueDate('2026-06-10', county, cn)).toBe('2026-07-10');
    const chongqing = withRules({ rehandleWithin: { ...county.suggestions.rehandleWithin, amount: 2 } });
    expect(rehandleDueDate('2026-06-10', chongqing, cn)).toBe('2026-08-10');
  });
});

describe('reminders and overdue', () => {
  it('reminds 15, 5 and 1 days before on working days, and not before a given day', () => {
    expect(remindersFor('2026-10-09', county, cn)).toEqual(['2026-09-24', '2026-09-30', '2026-10-08']);
    expect(remindersFor('2026-10-09', county, cn, '2026-09-28')).toEqual(['2026-09-30', '2026-10-08']);
  });

  it('the due day itself is in time (以内 includes the last day)', () => {
    expect(isOverdue('2026-06-16', '2026-06-16')).toBe(false);
    expect(isOverdue('2026-06-17', '2026-06-16')).toBe(true);
    expect(isOverdue('2026-09-01', '2026-06-16', '2026-06-16')).toBe(false);
    expect(isOverdue('2026-06-01', '2026-06-16', '2026-06-17')).toBe(true);
  });
});

describe('laws of the deadlines', () => {
  const day = fc
    .integer({ min: dayNumber('2025-01-01'), max: dayNumber('2026-12-31') })
    .map(dateFromDayNumber);
  const months = fc.integer({ min: 1, max: 6 });

  it('no due date is before its start; the limit lies between the due date and the hard-case limit', () => {
    fc.assert(
      fc.property(day, months, months, months, fc.boolean(), (start, reply, extra, outer, hardCase) => {
        const p = withRules({
          replyWithin: { ...county.suggestions.replyWithin, amount: reply },
          maxExtension: { ...county.suggestions.maxExtension, amount: extra },
          hardCaseReplyWithin: { ...county.suggestions.hardCaseReplyWithin, amount: Math.max(reply, outer) },
        });
        const clock = { hardCase };
        const due = replyDueDate(start, clock, p, cn);
        const limit = extensionLimit(start, clock, p, cn);
        expect(compareDates(due, start)).toBe(1);
        expect(compareDates(limit, due)).toBeGreaterThanOrEqual(0);
        expect(compareDates(limit, replyDueDate(start, hard, p, cn))).toBeLessThanOrEqual(0);
        for (const d of [
          returnWindowEnd(start, p, cn),
          coUnitOpinionDueDate(start, p, cn),
          rehandleDueDate(start, p, cn),
          assignmentDueDate(start, p, cn),
        ])
          expect(compareDates(d, start)).toBe(1);
        expect(isWorkingDay(returnWindowEnd(start, p, cn), cn)).toBe(true);
        for (const r of remindersFor(due, p, cn)) expect(compareDates(r, due)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
