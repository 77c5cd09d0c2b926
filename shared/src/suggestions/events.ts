import { z } from 'zod';
import { calendarDateSchema } from '../calendar/holiday-schema';
import { optionalText, requiredText } from '../common/schemas';
import {
  DEPUTY_CONTACT_METHODS,
  NOT_ACCEPTED_DISPOSITIONS,
  SATISFACTION_LEVELS,
  type SuggestionRole,
} from './states';

/**
 * What can happen to a suggestion, one schema per event. Every event carries the day it happened (`on`);
 * the acting unit or deputy comes from the transition's actor, not from the event.
 */

const id = z.string().trim().min(1).max(64);
const on = calendarDateSchema;
const reason = requiredText(2000);

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), on, ...shape }).strict();

/** 上海规定 第十三条: a lead unit with co-units (主办/会办), or several units each with its part (分别办理). */
export const suggestionAssignmentPlanSchema = z
  .discriminatedUnion('mode', [
    z.object({ mode: z.literal('lead'), leadUnitId: id, coUnitIds: z.array(id).max(30) }).strict(),
    z
      .object({
        mode: z.literal('separate'),
        units: z
          .array(z.object({ unitId: id, scope: requiredText(500) }).strict())
          .min(2)
          .max(30),
      })
      .strict(),
  ])
  .superRefine((plan, ctx) => {
    const ids = plan.mode === 'lead' ? [plan.leadUnitId, ...plan.coUnitIds] : plan.units.map((u) => u.unitId);
    const seen = new Set<string>();
    for (const unitId of ids) {
      if (seen.has(unitId)) ctx.addIssue({ code: 'custom', message: `unit ${unitId} is named twice` });
      seen.add(unitId);
    }
  });
export type SuggestionAssignmentPlan = z.infer<typeof suggestionAssignmentPlanSchema>;

const rateSchema = event('rate', {
  unitId: id,
  deputyId: id,
  attitude: z.enum(SATISFACTION_LEVELS),
  result: z.enum(SATISFACTION_LEVELS),
  reason: optionalText(2000),
}).superRefine((e, ctx) => {
  // 上海规定 第二十一条: a deputy who is not satisfied "应当提出具体理由"
  const unsatisfied = e.attitude === 'unsatisfied' || e.result === 'unsatisfied';
  if (unsatisfied && !e.reason)
    ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a 不满意 rating needs its reasons' });
});

export const suggestionEventSchema = z.discriminatedUnion('type', [
  // deputy
  event('submit', {}),
  event('withdraw', {}),
  // office: review (审查)
  event('accept', { confidential: z.boolean().optional() }),
  event('return_for_revision', { reason }),
  event('not_accept', { reason, disposition: z.enum(NOT_ACCEPTED_DISPOSITIONS) }),
  // office: assignment (交办)
  event('assign', {
    plan: suggestionAssignmentPlanSchema,
    hardCase: z.boolean(),
    sessionClosedOn: calendarDateSchema.nullable().optional(),
  }),
  // units
  event('sign_for', {}),
  event('request_return', { reason }),
  event('decide_return', { unitId: id, approved: z.boolean(), note: optionalText(2000) }),
  event('record_contact', {
    deputyIds: z.array(id).min(1).max(100),
    method: z.enum(DEPUTY_CONTACT_METHODS),
    note: optionalText(2000),
  }),
  event('request_extension', { until: calendarDateSchema, reason }),
  event('decide_extension', { unitId: id, approved: z.boolean() }),
  event('give_opinion', { text: requiredText(20000) }),
  event('reply', {
    resultClass: requiredText(10),
    text: requiredText(50000),
    letterRef: requiredText(200),
    signedBy: requiredText(100),
  }),
  // deputies rate; the office enters paper forms
  rateSchema,
  // office: closing, follow-up, publication
  event('close', {}),
  event('start_follow_up', {}),
  event('record_progress', { text: requiredText(20000) }),
  event('carry_over', {}),
  event('complete_follow_up', { note: requiredText(2000) }),
  event('publish', {}),
]);
export type SuggestionEvent = z.infer<typeof suggestionEventSchema>;
export type SuggestionEventType = SuggestionEvent['type'];
export type SuggestionEventOf<T extends SuggestionEventType> = Extract<SuggestionEvent, { type: T }>;

/** Who may cause each event. The office also enters ratings from paper feedback forms. */
export const SUGGESTION_EVENT_ROLES = {
  submit: ['deputy'],
  withdraw: ['deputy'],
  accept: ['office'],
  return_for_revision: ['office'],
  not_accept: ['office'],
  assign: ['office'],
  sign_for: ['unit', 'co_unit'],
  request_return: ['unit', 'co_unit'],
  decide_return: ['office'],
  record_contact: ['unit', 'co_unit'],
  request_extension: ['unit'],
  decide_extension: ['office'],
  give_opinion: ['co_unit'],
  reply: ['unit'],
  rate: ['deputy', 'office'],
  close: ['office'],
  start_follow_up: ['office'],
  record_progress: ['unit'],
  carry_over: ['office'],
  complete_follow_up: ['office'],
  publish: ['office'],
} as const satisfies Record<SuggestionEventType, readonly SuggestionRole[]>;

/** Every event type, in the order of the handling chain (for menus and `allowedEvents`). */
export const SUGGESTION_EVENT_TYPES = Object.keys(SUGGESTION_EVENT_ROLES) as SuggestionEventType[];
