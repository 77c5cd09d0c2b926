import type { AppError } from '../errors/app-error';
import { availability } from './availability';
import type { Handler, SuggestionTransitionContext } from './context';
import * as evaluation from './evaluation';
import { type SuggestionEvent, type SuggestionEventType, suggestionEventSchema } from './events';
import * as handling from './handling';
import { refusalError, refuse } from './refusals';
import * as review from './review';
import type { Suggestion, SuggestionActor } from './states';

export type SuggestionTransitionResult = { ok: true; state: Suggestion } | { ok: false; error: AppError };

const HANDLERS: { [T in SuggestionEventType]: Handler<T> } = {
  submit: review.submit,
  withdraw: review.withdraw,
  accept: review.accept,
  return_for_revision: review.returnForRevision,
  not_accept: review.notAccept,
  assign: review.assign,
  sign_for: handling.signFor,
  request_return: handling.requestReturn,
  decide_return: handling.decideReturn,
  record_contact: handling.recordContact,
  request_extension: handling.requestExtension,
  decide_extension: handling.decideExtension,
  give_opinion: handling.giveOpinion,
  reply: handling.reply,
  rate: evaluation.rate,
  close: evaluation.close,
  start_follow_up: evaluation.startFollowUp,
  record_progress: evaluation.recordProgress,
  carry_over: evaluation.carryOver,
  complete_follow_up: evaluation.completeFollowUp,
  publish: evaluation.publish,
};

const actorId = (a: SuggestionActor): string | undefined =>
  a.role === 'deputy' ? a.deputyId : a.role === 'office' ? undefined : a.unitId;

/**
 * The one way a suggestion changes: `state` + `event` by `ctx.actor` → the next state, or a refusal.
 * Checks, in order: the event's data against its schema (VALIDATION_FAILED, `details.issues`); the
 * actor's role, identity and the suggestion's status (`availability`, also behind `allowedEvents`);
 * then the rules that need the event's data (dates, the extension limit, the result class…).
 * A refusal is an AppError whose details hold `{ reason, from, event }` and what was wrong. Pure: the
 * given state is never changed, and a refusal returns no state.
 */
export function transition(
  state: Suggestion,
  event: SuggestionEvent,
  ctx: SuggestionTransitionContext,
): SuggestionTransitionResult {
  const parsed = suggestionEventSchema.safeParse(event);
  const type = String((event as { type?: unknown } | null)?.type ?? '');
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const error = refusalError(refuse('VALIDATION_FAILED', 'invalid_event', { issues }), state.status, type);
    return { ok: false, error };
  }
  const e = parsed.data;
  const blocked = availability(state, e.type, { role: ctx.actor.role, id: actorId(ctx.actor), today: e.on });
  if (blocked) return { ok: false, error: refusalError(blocked, state.status, e.type) };
  const next = structuredClone(state);
  const handler = HANDLERS[e.type] as Handler<typeof e.type>;
  const refused = handler(next, e as never, ctx);
  if (refused) return { ok: false, error: refusalError(refused, state.status, e.type) };
  return { ok: true, state: next };
}

/** `transition` for use-cases that throw: the next state, or the refusal thrown as an AppError. */
export function transitionOrThrow(
  state: Suggestion,
  event: SuggestionEvent,
  ctx: SuggestionTransitionContext,
): Suggestion {
  const r = transition(state, event, ctx);
  if (!r.ok) throw r.error;
  return r.state;
}
