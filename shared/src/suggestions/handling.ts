import { actorTask, type Handler, notBefore, touch } from './context';
import { extensionProblem } from './deadlines';
import { refuse } from './refusals';
import { DEFAULT_RESULT_CLASSES, resultClassOf } from './result-classes';
import type { SuggestionTask } from './states';
import {
  activeUnitTasks,
  currentReplyDueOn,
  deriveHandlingStatus,
  replyingUnitTasks,
  signersOf,
  unitTaskOf,
} from './tasks';

/**
 * The units' work, from signing for (签收) to the reply (答复): returns of misassigned items (上海规定
 * 第十四条), contact with the deputy (代表法 第五十一条), extensions (上海规定 第十九条), co-units' opinions
 * (第十七条) and the signed reply (第二十条). After each step the suggestion's status is worked out again
 * from its tasks.
 */

export const signFor: Handler<'sign_for'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  t.status = 'signed_for';
  t.signedForOn = e.on;
  touch(s, e.on, t);
  s.status = deriveHandlingStatus(s);
  return null;
};

/**
 * 上海规定 第十四条: a unit that is not competent "应当在收到之日起七个工作日内…说明情况，经同意后退回，不得滞留
 * 或者自行转办". The window (checked with the event's date before this runs) is fixed at assignment.
 */
export const requestReturn: Handler<'request_return'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  t.status = 'return_requested';
  t.returnRequest = { on: e.on, reason: e.reason, decision: null };
  touch(s, e.on, t);
  s.status = deriveHandlingStatus(s);
  return null;
};

function release(t: SuggestionTask, on: string, reason: 'misassigned' | 'reassignment'): void {
  t.status = 'released';
  t.releasedOn = on;
  t.releaseReason = reason;
}

/**
 * The office approves ("经同意后退回") or refuses the return. Refused: the unit must sign for it. Approved:
 * a co-unit, or one of several units handling separately, simply leaves; when the lead unit (or the last
 * replying unit) leaves, the whole assignment is undone and the item goes back to `to_assign`, to be
 * assigned anew with a new 交办 date (and so a new reply period).
 */
export const decideReturn: Handler<'decide_return'> = (s, e) => {
  const t = unitTaskOf(s, e.unitId);
  if (t?.status !== 'return_requested' || !t.returnRequest)
    return refuse('INVALID_STATE', 'no_pending_request', { unitId: e.unitId });
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  t.returnRequest.decision = { on: e.on, approved: e.approved, note: e.note ?? null };
  touch(s, e.on, t);
  if (!e.approved) {
    t.status = 'assigned';
    s.status = deriveHandlingStatus(s);
    return null;
  }
  release(t, e.on, 'misassigned');
  if (t.role === 'lead' || replyingUnitTasks(s).length === 0) {
    for (const other of activeUnitTasks(s)) release(other, e.on, 'reassignment');
    s.assignment = null;
    s.status = 'to_assign';
  } else {
    s.status = deriveHandlingStatus(s);
  }
  return null;
};

/** 代表法 第五十一条: "与代表联系沟通，充分听取意见"; the platform must hold the record (§5.4, Anhui). */
export const recordContact: Handler<'record_contact'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  const signers = signersOf(s);
  const unknown = e.deputyIds.filter((d) => !signers.includes(d));
  if (unknown.length) return refuse('VALIDATION_FAILED', 'unknown_deputy', { deputyIds: unknown });
  t.contacts.push({
    on: e.on,
    round: t.round,
    deputyIds: [...new Set(e.deputyIds)],
    method: e.method,
    note: e.note ?? null,
  });
  touch(s, e.on, t);
  return null;
};

/**
 * 上海规定 第十九条: a complex item may be extended with the assigning body's approval, "延长时间不得超过三个
 * 月"; never past the outer limit fixed at assignment (`extensionLimit`).
 */
export const requestExtension: Handler<'request_extension'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  const problem = extensionProblem(e.until, t.dueOn, t.limitOn ?? t.dueOn);
  if (problem?.reason === 'extension_not_later')
    return refuse('VALIDATION_FAILED', problem.reason, {
      requested: e.until,
      currentDue: problem.currentDue,
    });
  if (problem?.reason === 'extension_beyond_limit')
    return refuse('INVALID_STATE', problem.reason, {
      requested: e.until,
      limit: problem.limit,
      assignedOn: t.assignedOn,
    });
  t.extensions.push({ requestedOn: e.on, until: e.until, reason: e.reason, decision: null });
  touch(s, e.on, t);
  return null;
};

export const decideExtension: Handler<'decide_extension'> = (s, e) => {
  const t = unitTaskOf(s, e.unitId);
  const pending = t?.extensions.find((x) => x.decision === null);
  if (t?.status !== 'signed_for' || !pending)
    return refuse('INVALID_STATE', 'no_pending_request', { unitId: e.unitId });
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  // the request was checked against the due date and the limit; neither moves while it is pending
  pending.decision = { on: e.on, outcome: e.approved ? 'approved' : 'refused' };
  if (e.approved) t.dueOn = pending.until;
  touch(s, e.on, t);
  return null;
};

/** 上海规定 第十七条: the co-unit's written opinion to the lead unit, within a month of receipt. */
export const giveOpinion: Handler<'give_opinion'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  t.opinion = { on: e.on, text: e.text };
  t.status = 'opinion_given';
  touch(s, e.on, t);
  s.status = deriveHandlingStatus(s);
  return null;
};

/**
 * 上海规定 第十八条 and 第二十条: the reply, marked with its result class, signed by the unit's head and
 * sealed. Contact in this round and the co-units' opinions were checked before this runs. A pending
 * extension request lapses.
 */
export const reply: Handler<'reply'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  // the lead unit's first reply also comes after the co-units' opinions it rests on
  const opinions =
    t.role === 'lead' && t.round === 1 ? activeUnitTasks(s).flatMap((c) => c.opinion ?? []) : [];
  for (const previous of [t.updatedOn, ...opinions.map((o) => o.on)]) {
    const late = notBefore(e.on, previous);
    if (late) return late;
  }
  const scheme = ctx.resultClasses ?? DEFAULT_RESULT_CLASSES;
  const cls = resultClassOf(scheme, e.resultClass);
  if (!cls)
    return refuse('VALIDATION_FAILED', 'unknown_result_class', {
      resultClass: e.resultClass,
      known: scheme.classes.map((c) => c.code),
    });
  for (const x of t.extensions) if (x.decision === null) x.decision = { on: e.on, outcome: 'lapsed' };
  t.replies.push({
    round: t.round,
    on: e.on,
    resultClass: cls.code,
    followUp: cls.followUp,
    text: e.text,
    letterRef: e.letterRef,
    signedBy: e.signedBy,
    dueOn: currentReplyDueOn(t),
  });
  t.status = 'replied';
  touch(s, e.on, t);
  s.status = deriveHandlingStatus(s);
  return null;
};
