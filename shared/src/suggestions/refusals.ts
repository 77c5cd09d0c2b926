import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/codes';

/**
 * Why a transition was refused. The error code says what kind of refusal it is (FORBIDDEN: not this
 * actor; INVALID_STATE: not at this stage; VALIDATION_FAILED: bad event data; DUPLICATE: done already);
 * `details.reason` says which rule, so a client can explain it. The strings are stable.
 */
export const SUGGESTION_REFUSAL_REASONS = [
  'invalid_event', // the event does not match its schema (details.issues)
  'role_not_allowed', // this role never causes this event
  'not_a_signer', // the deputy did not sign this suggestion
  'not_lead_deputy', // only the lead deputy (领衔代表) submits
  'not_own_rating', // a deputy rates only for themself
  'unit_not_assigned', // the unit has no task on this suggestion
  'wrong_unit_role', // e.g. a co-unit acting as the lead unit
  'event_not_allowed', // not at this status (details.from, details.event)
  'task_not_in_step', // the unit's task is not at the step this event needs (details.taskStatus)
  'date_before_previous_step', // the event is dated before the step before it
  'already_consented', // this signer already asked to withdraw
  'return_window_passed', // 上海规定 第十四条: more than 7 working days after assignment
  'return_already_requested', // one return request per assignment
  'no_pending_request', // nothing for the office to decide for that unit
  'contact_required', // 代表法 第五十一条: no recorded contact with the deputy in this round
  'co_unit_opinions_pending', // 上海规定 第十七条: the lead unit waits for the co-units' opinions
  'extension_pending', // one extension request at a time
  'extension_not_later', // the requested date does not move the due date
  'extension_beyond_limit', // 上海规定 第十九条 / 代表法 第五十一条: beyond the maximum
  'past_due', // an extension is asked for before the due date, not after it
  'unknown_result_class', // not in the result-class scheme
  'unknown_deputy', // a contact with someone who did not sign the suggestion
  'nothing_to_rate', // no reply of that unit awaits this deputy's rating
  'already_rated', // one rating per deputy, unit and round
  'ratings_pending', // the office closes only when every reply has been rated
  'follow_up_not_required', // no reply of a follow-up class (B, C)
  'follow_up_already_started',
  'already_carried_over', // 转下年度 once a year
  'confidential', // 涉密: never published
  'already_published',
] as const;
export type SuggestionRefusalReason = (typeof SUGGESTION_REFUSAL_REASONS)[number];

/** A refusal before it is dressed as an AppError with the status and event. */
export interface Refusal {
  code: ErrorCode;
  reason: SuggestionRefusalReason;
  details?: Record<string, unknown>;
}

export const refuse = (
  code: ErrorCode,
  reason: SuggestionRefusalReason,
  details?: Record<string, unknown>,
): Refusal => (details ? { code, reason, details } : { code, reason });

/** The AppError of a refusal: details are `{ reason, from, event, ...more }`. */
export function refusalError(r: Refusal, from: string, event: string): AppError {
  return new AppError(r.code, { reason: r.reason, from, event, ...r.details });
}
