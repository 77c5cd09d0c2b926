import { compareDates, type IsoDate, parseIsoDate } from '../calendar/iso-date';
import type { AppError } from '../errors/app-error';
import { SUGGESTION_EVENT_ROLES, SUGGESTION_EVENT_TYPES, type SuggestionEventType } from './events';
import { type Refusal, refusalError, refuse } from './refusals';
import type { Suggestion, SuggestionRole, SuggestionStatus, SuggestionTask } from './states';
import { activeUnitTasks, lastReplyOf, replyingUnitTasks, signersOf, unratedSigners } from './tasks';

/**
 * Which events are open at the suggestion's present state, before looking at an event's own data.
 * `transition` checks these first, with the actor's id and the event's date; `allowedEvents` asks the
 * same questions, so every event that `transition` accepts is one that `allowedEvents` listed.
 */
export interface ActorView {
  role: SuggestionRole;
  /** The deputy's or unit's id; without it, the answer is "some deputy / some unit of this role". */
  id?: string;
  /** The day of the event; without it, date windows (the return window, the due date) are not checked. */
  today?: IsoDate;
}

type Check = (s: Suggestion, who: ActorView) => Refusal | null;
type TaskCheck = (t: SuggestionTask, s: Suggestion, who: ActorView) => Refusal | null;

const AFTER_ASSIGNMENT: readonly SuggestionStatus[] = ['assigned', 'handling', 'replied', 'rehandling'];

const notInStep = (t: SuggestionTask): Refusal =>
  refuse('INVALID_STATE', 'task_not_in_step', { unitId: t.unitId, taskStatus: t.status });

const pendingExtension = (t: SuggestionTask) => t.extensions.some((x) => x.decision === null);

/** A unit acts on its own task: the lead or a separate unit as 'unit', a co-unit as 'co_unit'. */
const kindMatches = (t: SuggestionTask, role: SuggestionRole) =>
  role === 'co_unit' ? t.role === 'co' : role === 'unit' && t.role !== 'co';

/** Passes when one of the actor's tasks passes `cond`; otherwise the refusal of the first one. */
const onTask =
  (cond: TaskCheck): Check =>
  (s, who) => {
    const mine = activeUnitTasks(s).filter((t) => who.id === undefined || t.unitId === who.id);
    const tasks = mine.filter((t) => kindMatches(t, who.role));
    if (tasks.length === 0)
      return mine.length > 0
        ? refuse('FORBIDDEN', 'wrong_unit_role', { unitId: who.id, taskRole: mine[0]?.role })
        : refuse('FORBIDDEN', 'unit_not_assigned', who.id === undefined ? {} : { unitId: who.id });
    let first: Refusal | null = null;
    for (const t of tasks) {
      const r = cond(t, s, who);
      if (!r) return null;
      first ??= r;
    }
    return first;
  };

const signer: Check = (s, who) =>
  who.id !== undefined && !signersOf(s).includes(who.id)
    ? refuse('FORBIDDEN', 'not_a_signer', { deputyId: who.id })
    : null;

/** 代表法 第五十一条: "与代表联系沟通，充分听取意见" — a contact in the present round before each reply. */
const replyReady: TaskCheck = (t, s) => {
  if (t.status !== 'signed_for' && t.status !== 'rehandling') return notInStep(t);
  if (!t.contacts.some((c) => c.round === t.round))
    return refuse('INVALID_STATE', 'contact_required', { unitId: t.unitId, round: t.round });
  // 上海规定 第十七条 and 会签 practice (§5.4): the lead unit replies with the co-units' opinions in hand
  const pending = activeUnitTasks(s)
    .filter((c) => c.role === 'co' && c.status !== 'opinion_given')
    .map((c) => c.unitId);
  if (t.role === 'lead' && t.round === 1 && pending.length > 0)
    return refuse('INVALID_STATE', 'co_unit_opinions_pending', { unitIds: pending });
  return null;
};

const RULES: Record<SuggestionEventType, { from: readonly SuggestionStatus[]; check?: Check }> = {
  submit: {
    from: ['draft', 'returned_for_revision'],
    check: (s, who) =>
      who.id !== undefined && who.id !== s.leadDeputyId
        ? refuse('FORBIDDEN', 'not_lead_deputy', { deputyId: who.id })
        : null,
  },
  // 上海规定 第十条: withdrawal before assignment; a joint suggestion only when every signer asks
  withdraw: {
    from: ['submitted', 'returned_for_revision', 'to_assign'],
    check: (s, who) =>
      signer(s, who) ??
      (who.id !== undefined && s.withdrawalConsents.includes(who.id)
        ? refuse('INVALID_STATE', 'already_consented', { deputyId: who.id })
        : null),
  },
  accept: { from: ['submitted'] },
  return_for_revision: { from: ['submitted'] },
  not_accept: { from: ['submitted'] },
  assign: { from: ['to_assign'] },
  sign_for: { from: AFTER_ASSIGNMENT, check: onTask((t) => (t.status === 'assigned' ? null : notInStep(t))) },
  request_return: {
    from: AFTER_ASSIGNMENT,
    check: onTask((t, _s, who) => {
      if (t.status !== 'assigned') return notInStep(t);
      if (t.returnRequest) return refuse('INVALID_STATE', 'return_already_requested', { unitId: t.unitId });
      if (who.today !== undefined && compareDates(who.today, t.returnWindowEndsOn) > 0)
        return refuse('INVALID_STATE', 'return_window_passed', {
          unitId: t.unitId,
          assignedOn: t.assignedOn,
          windowEnd: t.returnWindowEndsOn,
          on: who.today,
        });
      return null;
    }),
  },
  decide_return: {
    from: AFTER_ASSIGNMENT,
    check: (s) =>
      activeUnitTasks(s).some((t) => t.status === 'return_requested')
        ? null
        : refuse('INVALID_STATE', 'no_pending_request'),
  },
  record_contact: {
    from: AFTER_ASSIGNMENT,
    check: onTask((t) => (t.status === 'signed_for' || t.status === 'rehandling' ? null : notInStep(t))),
  },
  // 上海规定 第十九条: an extension in the first round, asked for before the due date, one at a time
  request_extension: {
    from: AFTER_ASSIGNMENT,
    check: onTask((t, _s, who) => {
      if (t.status !== 'signed_for') return notInStep(t);
      if (pendingExtension(t)) return refuse('INVALID_STATE', 'extension_pending', { unitId: t.unitId });
      if (who.today !== undefined && compareDates(who.today, t.dueOn) > 0)
        return refuse('INVALID_STATE', 'past_due', { unitId: t.unitId, dueOn: t.dueOn, on: who.today });
      return null;
    }),
  },
  decide_extension: {
    from: AFTER_ASSIGNMENT,
    check: (s) =>
      activeUnitTasks(s).some((t) => t.status === 'signed_for' && pendingExtension(t))
        ? null
        : refuse('INVALID_STATE', 'no_pending_request'),
  },
  give_opinion: {
    from: AFTER_ASSIGNMENT,
    check: onTask((t) => (t.status === 'signed_for' ? null : notInStep(t))),
  },
  reply: { from: AFTER_ASSIGNMENT, check: onTask(replyReady) },
  rate: {
    from: AFTER_ASSIGNMENT,
    check: (s, who) => {
      const notSigner = who.role === 'deputy' ? signer(s, who) : null;
      if (notSigner) return notSigner;
      const open = replyingUnitTasks(s).some(
        (t) =>
          t.status === 'replied' &&
          unratedSigners(s, t).some((d) => who.role !== 'deputy' || who.id === undefined || d === who.id),
      );
      return open ? null : refuse('INVALID_STATE', 'nothing_to_rate');
    },
  },
  close: {
    from: ['replied'],
    check: (s) => {
      const pending = replyingUnitTasks(s)
        .filter((t) => t.status !== 'rated')
        .map((t) => t.unitId);
      return pending.length ? refuse('INVALID_STATE', 'ratings_pending', { unitIds: pending }) : null;
    },
  },
  start_follow_up: {
    from: ['closed'],
    check: (s) => {
      if (s.followUp) return refuse('INVALID_STATE', 'follow_up_already_started');
      return replyingUnitTasks(s).some((t) => lastReplyOf(t)?.followUp)
        ? null
        : refuse('INVALID_STATE', 'follow_up_not_required');
    },
  },
  record_progress: {
    from: ['follow_up'],
    check: onTask((t) =>
      lastReplyOf(t)?.followUp
        ? null
        : refuse('INVALID_STATE', 'follow_up_not_required', { unitId: t.unitId }),
    ),
  },
  carry_over: {
    from: ['follow_up'],
    check: (s, who) =>
      s.followUp && who.today !== undefined && s.followUp.year > parseIsoDate(who.today).year
        ? refuse('INVALID_STATE', 'already_carried_over', { year: s.followUp.year })
        : null,
  },
  complete_follow_up: { from: ['follow_up'] },
  publish: {
    from: ['closed', 'follow_up'],
    check: (s) => {
      if (s.confidential) return refuse('INVALID_STATE', 'confidential');
      return s.publishedOn
        ? refuse('INVALID_STATE', 'already_published', { publishedOn: s.publishedOn })
        : null;
    },
  },
};

/** Why `who` may not cause `type` now, or null when the event is open (its data still to be checked). */
export function availability(s: Suggestion, type: SuggestionEventType, who: ActorView): Refusal | null {
  if (!(SUGGESTION_EVENT_ROLES[type] as readonly SuggestionRole[]).includes(who.role))
    return refuse('FORBIDDEN', 'role_not_allowed', { role: who.role });
  const rule = RULES[type];
  if (!rule.from.includes(s.status)) return refuse('INVALID_STATE', 'event_not_allowed');
  return rule.check?.(s, who) ?? null;
}

export interface AllowedEventsOptions {
  /** The deputy's or unit's id, to answer for that actor rather than for any of the role. */
  id?: string;
  /** Today, to close the return window and extension requests after the due date. */
  today?: IsoDate;
}

/** The events `role` may cause next, in the order of the handling chain (for the actor's abilities). */
export function allowedEvents(
  s: Suggestion,
  role: SuggestionRole,
  options: AllowedEventsOptions = {},
): SuggestionEventType[] {
  const who: ActorView = { role, ...options };
  return SUGGESTION_EVENT_TYPES.filter((type) => availability(s, type, who) === null);
}

/** The refusal `transition` would give before reading the event's data, or null; to explain a greyed-out action. */
export function whyNotAllowed(
  s: Suggestion,
  type: SuggestionEventType,
  role: SuggestionRole,
  options: AllowedEventsOptions = {},
): AppError | null {
  const r = availability(s, type, { role, ...options });
  return r ? refusalError(r, s.status, type) : null;
}
