import { CN_NATIONAL_HOLIDAYS } from '../calendar/cn-holidays';
import { compileHolidayCalendar } from '../calendar/holiday-schema';
import type { AppError } from '../errors/app-error';
import { nationalDefaults } from '../rules/national-defaults';
import type { SuggestionTransitionContext } from './context';
import type { SuggestionEvent } from './events';
import { newSuggestion, type Suggestion, type SuggestionActor } from './states';
import { unitTaskOf } from './tasks';
import { transition } from './transition';

/** Test helpers: the official 2025/2026 holiday calendar, a county profile and named actors. */
export const cn = compileHolidayCalendar(CN_NATIONAL_HOLIDAYS);
export const county = nationalDefaults('county');

export const office: SuggestionActor = { role: 'office' };
export const deputy = (deputyId: string): SuggestionActor => ({ role: 'deputy', deputyId });
export const unit = (unitId: string): SuggestionActor => ({ role: 'unit', unitId });
export const coUnit = (unitId: string): SuggestionActor => ({ role: 'co_unit', unitId });

/** 王 leads, 李 and 张 co-sign. */
export const LEAD = 'dep-wang';
export const CO_SIGNERS = ['dep-li', 'dep-zhang'];

export const ctxFor = (
  actor: SuggestionActor,
  over: Partial<SuggestionTransitionContext> = {},
): SuggestionTransitionContext => ({ actor, profile: county, calendar: cn, ...over });

/** Applies an event that must succeed; a refusal fails the test with its details. */
export function apply(
  s: Suggestion,
  actor: SuggestionActor,
  event: SuggestionEvent,
  over: Partial<SuggestionTransitionContext> = {},
): Suggestion {
  const r = transition(s, event, ctxFor(actor, over));
  if (!r.ok) throw new Error(`${event.type} refused: ${r.error.code} ${JSON.stringify(r.error.details)}`);
  return r.state;
}

/** Applies an event that must be refused, and returns the refusal. */
export function refusal(
  s: Suggestion,
  actor: SuggestionActor,
  event: SuggestionEvent,
  over: Partial<SuggestionTransitionContext> = {},
): AppError {
  const r = transition(s, event, ctxFor(actor, over));
  if (r.ok) throw new Error(`${event.type} was accepted; expected a refusal`);
  return r.error;
}

/** A joint suggestion submitted on `submittedOn` and accepted two days later. */
export function acceptedJoint(submittedOn = '2026-03-02', acceptedOn = '2026-03-04'): Suggestion {
  let s = newSuggestion({ leadDeputyId: LEAD, coSignerIds: CO_SIGNERS, createdOn: submittedOn });
  s = apply(s, deputy(LEAD), { type: 'submit', on: submittedOn });
  return apply(s, office, { type: 'accept', on: acceptedOn });
}

/** Accepted early in 2025, then assigned on `on` to lead unit `lead` with co-units `co`. */
export function assigned(on: string, lead = 'u-transport', co: string[] = [], hardCase = false): Suggestion {
  return apply(acceptedJoint('2025-01-06', '2025-01-08'), office, {
    type: 'assign',
    on,
    hardCase,
    plan: { mode: 'lead', leadUnitId: lead, coUnitIds: co },
  });
}

/** The units of the scenarios, and event builders with plausible data. */
export const [LI, ZHANG] = CO_SIGNERS as [string, string];
export const LEAD_UNIT = 'u-transport';
export const CO = 'u-finance';
export const task = (s: Suggestion, unitId: string) => {
  const t = unitTaskOf(s, unitId);
  if (!t) throw new Error(`no task for ${unitId}`);
  return t;
};
export const reply = (on: string, resultClass = 'A') => ({
  type: 'reply' as const,
  on,
  resultClass,
  text: '经研究，已将该路段改造列入年度计划。',
  letterRef: '县交通函〔2026〕12号',
  signedBy: '局长 赵某',
});
export const contact = (on: string, deputyIds = [LEAD]) => ({
  type: 'record_contact' as const,
  on,
  deputyIds,
  method: 'face_to_face' as const,
});
export const rate = (
  on: string,
  deputyId: string,
  result: 'satisfied' | 'basically_satisfied' | 'unsatisfied',
  reason?: string,
) => ({
  type: 'rate' as const,
  on,
  unitId: LEAD_UNIT,
  deputyId,
  attitude: 'satisfied' as const,
  result,
  reason,
});
