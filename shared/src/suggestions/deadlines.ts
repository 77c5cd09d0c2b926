import { type DueDateOptions, dueDateFor, reminderDates } from '../calendar/deadline';
import { compareDates, type IsoDate } from '../calendar/iso-date';
import type { HolidayCalendar } from '../calendar/working-days';
import type { RuleProfile } from '../rules/profile-schema';

/**
 * The deadlines of suggestion handling, all read from the jurisdiction's rule profile and counted with
 * the calendar module (民法典 第二百零一条/第二百零二条; working days by the official 调休 arrangement).
 * No date arithmetic happens here: every date comes from `dueDateFor` or `reminderDates`.
 */
export type SuggestionRules = Pick<RuleProfile, 'suggestions'>;

export interface ReplyClock {
  /** 涉及面广、处理难度大 (代表法 第五十一条第二款). */
  hardCase: boolean;
  /**
   * The close of the session the suggestion was made at. Used only when the profile's `clockStartsAt`
   * is 'session_close' (Chongqing's older rules, §5.2); suggestions made between sessions, or without
   * this date, count from assignment as the statute does.
   */
  sessionClosedOn?: IsoDate | null;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);

/** The day the reply period counts from: 交办之日 (代表法 第五十一条), or the session's close if the profile says so. */
export function replyClockStart(assignedOn: IsoDate, clock: ReplyClock, profile: SuggestionRules): IsoDate {
  const fromClose = profile.suggestions.clockStartsAt.value === 'session_close';
  return fromClose && clock.sessionClosedOn ? clock.sessionClosedOn : assignedOn;
}

/** 代表法 第五十一条第二款: "自交办之日起三个月内答复"; "六个月内" for wide-ranging, difficult items. */
export function replyDueDate(
  assignedOn: IsoDate,
  clock: ReplyClock,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  const s = profile.suggestions;
  const rule = clock.hardCase ? s.hardCaseReplyWithin : s.replyWithin;
  return dueDateFor(replyClockStart(assignedOn, clock, profile), rule, cal, options);
}

/**
 * The latest due date extensions may reach. 上海规定 第十九条: an extension needs the assigning body's
 * consent and "延长时间不得超过三个月" (`maxExtension`), so the ordinary period plus the maximum
 * extension, counted from the start in one go (addMonths does not chain: 11-30 + 6 months is 05-30,
 * but (11-30 + 3) + 3 is 05-28). That never passes the statute's outer limit for hard items,
 * `hardCaseReplyWithin` (代表法 第五十一条: 六个月; the profile floor lets a jurisdiction shorten it, never
 * lengthen it). A hard item already has that outer limit as its due date, so it cannot be extended.
 * Where the two periods use different units they are chained (the extension runs from the due date).
 */
export function extensionLimit(
  assignedOn: IsoDate,
  clock: ReplyClock,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  const s = profile.suggestions;
  const start = replyClockStart(assignedOn, clock, profile);
  const due = replyDueDate(assignedOn, clock, profile, cal, options);
  if (clock.hardCase) return due;
  const outer = dueDateFor(start, s.hardCaseReplyWithin, cal, options);
  const extended: IsoDate =
    s.replyWithin.unit === s.maxExtension.unit
      ? dueDateFor(
          start,
          { amount: s.replyWithin.amount + s.maxExtension.amount, unit: s.replyWithin.unit },
          cal,
          options,
        )
      : dueDateFor(dueDateFor(start, s.replyWithin, cal), s.maxExtension, cal, options);
  return later(due, earlier(extended, outer));
}

export type ExtensionProblem =
  | { reason: 'extension_not_later'; currentDue: IsoDate }
  | { reason: 'extension_beyond_limit'; limit: IsoDate };

/**
 * Checks a requested extended due date: it must move the due date later, and not past `limit`
 * (`extensionLimit`). Null when it may be granted.
 */
export function extensionProblem(
  requested: IsoDate,
  currentDue: IsoDate,
  limit: IsoDate,
): ExtensionProblem | null {
  if (compareDates(requested, currentDue) <= 0) return { reason: 'extension_not_later', currentDue };
  if (compareDates(requested, limit) > 0) return { reason: 'extension_beyond_limit', limit };
  return null;
}

/**
 * The last day a unit may ask to return a misassigned item. 上海规定 第十四条: "应当在收到之日起七个工作日内
 * …说明情况，经同意后退回"; after that no return is made (§5.2). The unit receives it on assignment
 * through the online system (上海规定 第十一条), so the window counts from the assignment date.
 */
export function returnWindowEnd(
  assignedOn: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  return dueDateFor(assignedOn, profile.suggestions.returnMisassignedWithin, cal, options);
}

/** True while a return may still be requested on `on`. */
export function mayRequestReturn(
  assignedOn: IsoDate,
  on: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): boolean {
  return (
    compareDates(on, assignedOn) >= 0 &&
    compareDates(on, returnWindowEnd(assignedOn, profile, cal, options)) <= 0
  );
}

/** 上海规定 第十七条: "会办单位应当在收到…之日起一个月内将会办意见书面送主办单位". */
export function coUnitOpinionDueDate(
  assignedOn: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  return dueDateFor(assignedOn, profile.suggestions.coUnitOpinionWithin, cal, options);
}

/** 上海规定 第二十一条: re-handled items are answered "在一个月内" (two months in Chongqing, §5.2), from the rating. */
export function rehandleDueDate(
  ratedOn: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  return dueDateFor(ratedOn, profile.suggestions.rehandleWithin, cal, options);
}

/**
 * 上海规定 第十一条: between sessions the office assigns "在收到之日起七个工作日内". (During a session the
 * session secretariat assigns on its own timetable, so this applies to suggestions made between sessions.)
 */
export function assignmentDueDate(
  receivedOn: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  options: DueDateOptions = {},
): IsoDate {
  return dueDateFor(receivedOn, profile.suggestions.assignWithin, cal, options);
}

/**
 * The days to remind the unit of `dueDate`: the profile's `remindDaysBefore` (15, 5 and 1 days by
 * default), each moved back to a working day, earliest first. Reminders that would fall before
 * `notBefore` (e.g. the assignment date of a short period) are left out.
 */
export function remindersFor(
  dueDate: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
  notBefore?: IsoDate,
): IsoDate[] {
  const days = reminderDates(dueDate, profile.suggestions.remindDaysBefore.days, cal);
  return notBefore ? days.filter((d) => compareDates(d, notBefore) >= 0) : days;
}

/**
 * Overdue: done after the due date, or not done and `today` is past it. The due date itself is still in
 * time ("三个月内" includes its last day, 民法典 第一千二百五十九条: 以内 includes the number itself).
 */
export function isOverdue(today: IsoDate, dueDate: IsoDate, doneOn?: IsoDate | null): boolean {
  return compareDates(doneOn ?? today, dueDate) > 0;
}
