import type { DueDateOptions } from '../calendar/deadline';
import { compareDates, type IsoDate } from '../calendar/iso-date';
import type { HolidayCalendar } from '../calendar/working-days';
import type { SuggestionRules } from './deadlines';
import type { SuggestionEventOf, SuggestionEventType } from './events';
import { type Refusal, refuse } from './refusals';
import type { ResultClassScheme } from './result-classes';
import type { Suggestion, SuggestionActor, SuggestionTask } from './states';
import { unitTaskOf } from './tasks';

/** What a transition needs besides the state and the event. */
export interface SuggestionTransitionContext {
  actor: SuggestionActor;
  /** The rule profile in force (`profile.suggestions` is read); due dates are fixed when set. */
  profile: SuggestionRules;
  calendar: HolidayCalendar;
  /** Defaults to A/B/C/D (`DEFAULT_RESULT_CLASSES`). */
  resultClasses?: ResultClassScheme;
  /** E.g. move due dates that fall on a day off (民法典 第二百零三条), if the jurisdiction does. */
  dueDateOptions?: DueDateOptions;
}

/**
 * Applies one event to a copy of the state (the caller's state is never touched) and returns null, or
 * a refusal, after which the copy is thrown away. Open-ness of the event is checked before.
 */
export type Handler<T extends SuggestionEventType> = (
  s: Suggestion,
  e: SuggestionEventOf<T>,
  ctx: SuggestionTransitionContext,
) => Refusal | null;

/** Steps are entered in the order they happened: an event may not be dated before the step before it. */
export function notBefore(on: IsoDate, previous: IsoDate): Refusal | null {
  return compareDates(on, previous) < 0
    ? refuse('VALIDATION_FAILED', 'date_before_previous_step', { on, previous })
    : null;
}

/** Records the date of a step on the suggestion (and on the task it concerns). */
export function touch(s: Suggestion, on: IsoDate, task?: SuggestionTask): void {
  if (task && compareDates(on, task.updatedOn) > 0) task.updatedOn = on;
  if (compareDates(on, s.updatedOn) > 0) s.updatedOn = on;
}

/** The acting unit's task; availability has already made sure it exists. */
export function actorTask(s: Suggestion, ctx: SuggestionTransitionContext): SuggestionTask {
  const a = ctx.actor;
  const task = a.role === 'unit' || a.role === 'co_unit' ? unitTaskOf(s, a.unitId) : undefined;
  if (!task) throw new Error('no task for the acting unit');
  return task;
}
