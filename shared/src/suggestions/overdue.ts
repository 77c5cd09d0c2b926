import type { IsoDate } from '../calendar/iso-date';
import type { HolidayCalendar } from '../calendar/working-days';
import { isOverdue, remindersFor, type SuggestionRules } from './deadlines';
import type { Suggestion } from './states';
import { activeUnitTasks } from './tasks';

/**
 * What a unit still owes on a suggestion, with its due date: for the reminder jobs and the overdue lists
 * (督办, 代表法 第五十二条). Due dates are the ones fixed on the task at assignment, extension or rating.
 */
export const SUGGESTION_DEADLINE_KINDS = [
  'reply', // the first reply (代表法 第五十一条), extended if approved
  'co_opinion', // the co-unit's opinion to the lead unit (上海规定 第十七条)
  'rehandle_reply', // the reply after re-handling (上海规定 第二十一条)
] as const;
export type SuggestionDeadlineKind = (typeof SUGGESTION_DEADLINE_KINDS)[number];

export interface SuggestionDeadline {
  kind: SuggestionDeadlineKind;
  unitId: string;
  dueOn: IsoDate;
}

export function openDeadlinesOf(s: Suggestion): SuggestionDeadline[] {
  const out: SuggestionDeadline[] = [];
  for (const t of activeUnitTasks(s)) {
    const waiting = t.status === 'assigned' || t.status === 'return_requested' || t.status === 'signed_for';
    if (t.role === 'co' && waiting) out.push({ kind: 'co_opinion', unitId: t.unitId, dueOn: t.dueOn });
    else if (t.role !== 'co' && waiting) out.push({ kind: 'reply', unitId: t.unitId, dueOn: t.dueOn });
    else if (t.status === 'rehandling' && t.rehandleDueOn)
      out.push({ kind: 'rehandle_reply', unitId: t.unitId, dueOn: t.rehandleDueOn });
  }
  return out;
}

/** The open deadlines already past on `today`. */
export function overdueDeadlinesOf(s: Suggestion, today: IsoDate): SuggestionDeadline[] {
  return openDeadlinesOf(s).filter((d) => isOverdue(today, d.dueOn));
}

/** Open deadlines that have a reminder on `today` (the profile's `remindDaysBefore`, on working days). */
export function remindersDueOn(
  s: Suggestion,
  today: IsoDate,
  profile: SuggestionRules,
  cal: HolidayCalendar,
): SuggestionDeadline[] {
  return openDeadlinesOf(s).filter((d) => remindersFor(d.dueOn, profile, cal).includes(today));
}

/** Replies made after the due date they answered to (for per-unit statistics). */
export function lateRepliesOf(
  s: Suggestion,
): Array<{ unitId: string; round: 1 | 2; on: IsoDate; dueOn: IsoDate }> {
  return s.tasks.flatMap((t) =>
    t.replies
      .filter((r) => isOverdue(r.on, r.dueOn))
      .map((r) => ({ unitId: t.unitId, round: r.round, on: r.on, dueOn: r.dueOn })),
  );
}
