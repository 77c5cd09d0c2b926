import { type Handler, notBefore, touch } from './context';
import {
  coUnitOpinionDueDate,
  extensionLimit,
  type ReplyClock,
  replyClockStart,
  replyDueDate,
  returnWindowEnd,
} from './deadlines';
import { refuse } from './refusals';
import type { SuggestionTask, SuggestionTaskRole } from './states';
import { signersOf } from './tasks';

/**
 * From submission to assignment: submission by the lead deputy, the office's review (审查, 上海规定 第八条),
 * withdrawal (第十条) and assignment (交办, 代表法 第五十一条第一款; 上海规定 第十一条 and 第十三条).
 */

/** 上海规定 第四条/第五条: the lead deputy (领衔代表) submits, also again after a revision. */
export const submit: Handler<'submit'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.status = 'submitted';
  s.submittedOn = e.on;
  touch(s, e.on);
  return null;
};

/**
 * 上海规定 第十条: "经代表一致要求可以撤回". Each signer's request is recorded; the suggestion is withdrawn
 * when every signer has asked (at once for a suggestion with one deputy).
 */
export const withdraw: Handler<'withdraw'> = (s, e, ctx) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  if (ctx.actor.role !== 'deputy') return refuse('FORBIDDEN', 'role_not_allowed', { role: ctx.actor.role });
  s.withdrawalConsents.push(ctx.actor.deputyId);
  if (signersOf(s).every((id) => s.withdrawalConsents.includes(id))) {
    s.status = 'withdrawn';
    s.withdrawnOn = e.on;
  }
  touch(s, e.on);
  return null;
};

/** 立案: accepted as a suggestion; the office may mark it 涉密 here. */
export const accept: Handler<'accept'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.status = 'to_assign';
  if (e.confidential !== undefined) s.confidential = e.confidential;
  s.reviews.push({ on: e.on, outcome: 'accepted', reason: null, disposition: null });
  touch(s, e.on);
  return null;
};

/** 上海规定 第八条: returned to the deputy, after telling them why, to be revised and submitted again. */
export const returnForRevision: Handler<'return_for_revision'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.status = 'returned_for_revision';
  s.reviews.push({ on: e.on, outcome: 'returned_for_revision', reason: e.reason, disposition: null });
  touch(s, e.on);
  return null;
};

/**
 * 上海规定 第八条: not a suggestion (outside local competence, a personal matter, a court case, a forwarded
 * letter, academic discussion, no substance); "可以退回代表或者作代表来信处理".
 */
export const notAccept: Handler<'not_accept'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.status = 'not_accepted';
  s.reviews.push({ on: e.on, outcome: 'not_accepted', reason: e.reason, disposition: e.disposition });
  touch(s, e.on);
  return null;
};

/**
 * 交办. Every due date is fixed now, from the profile in force: the reply (三个月/六个月, 代表法 第五十一条),
 * the furthest extension, the return window (上海规定 第十四条) and the co-units' opinions (第十七条).
 */
export const assign: Handler<'assign'> = (s, e, ctx) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  const { profile, calendar: cal, dueDateOptions: opts = {} } = ctx;
  const clock: ReplyClock = { hardCase: e.hardCase, sessionClosedOn: e.sessionClosedOn ?? null };
  const replyDue = replyDueDate(e.on, clock, profile, cal, opts);
  const limit = extensionLimit(e.on, clock, profile, cal, opts);
  const windowEnd = returnWindowEnd(e.on, profile, cal, opts);
  const opinionDue = coUnitOpinionDueDate(e.on, profile, cal, opts);
  const task = (unitId: string, role: SuggestionTaskRole, scope: string | null): SuggestionTask => ({
    unitId,
    role,
    scope,
    assignedOn: e.on,
    status: 'assigned',
    returnWindowEndsOn: windowEnd,
    dueOn: role === 'co' ? opinionDue : replyDue,
    limitOn: role === 'co' ? null : limit,
    round: 1,
    rehandlingFrom: null,
    rehandleDueOn: null,
    signedForOn: null,
    returnRequest: null,
    contacts: [],
    extensions: [],
    opinion: null,
    replies: [],
    ratings: [],
    releasedOn: null,
    releaseReason: null,
    updatedOn: e.on,
  });
  const plan = e.plan;
  const tasks =
    plan.mode === 'lead'
      ? [task(plan.leadUnitId, 'lead', null), ...plan.coUnitIds.map((u) => task(u, 'co', null))]
      : plan.units.map((u) => task(u.unitId, 'separate', u.scope));
  s.tasks.push(...tasks);
  s.assignment = {
    on: e.on,
    mode: plan.mode,
    hardCase: e.hardCase,
    sessionClosedOn: clock.sessionClosedOn ?? null,
    clockStartsOn: replyClockStart(e.on, clock, profile),
  };
  s.status = 'assigned';
  touch(s, e.on);
  return null;
};
