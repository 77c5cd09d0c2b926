import { parseIsoDate } from '../calendar/iso-date';
import { actorTask, type Handler, notBefore, touch } from './context';
import { rehandleDueDate } from './deadlines';
import { refuse } from './refusals';
import { deriveHandlingStatus, signersOf, unitTaskOf, unratedSigners } from './tasks';

/**
 * After the reply: the deputies' ratings (上海规定 第二十一条), re-handling when a deputy is not satisfied
 * (NPC 议事规则 第三十二条: 再作研究办理), closing (办结), follow-up of B/C items (上海规定 第二十二条) and
 * publication (代表法 第五十一条第三款: 办理情况的报告应当予以公开).
 *
 * Who rates: every signer, separately. Each co-signing deputy gets the reply (上海规定 第二十条) and the
 * item stays "未评价" until every one has rated (§5.4); any 不满意 is enough to have it handled again
 * (议事规则 第三十二条 gives the right to each deputy). The office enters paper forms for deputies who
 * do not rate online.
 */

/**
 * One deputy's rating of one unit's reply, on attitude (办理态度) and result (办理结果). In the first round
 * a 不满意 on either sends the unit back to re-handle, due `rehandleWithin` after the rating (one month
 * by default, 上海规定 第二十一条); the other signers then rate the second reply. In the second round
 * there is no third: the reply is rated once every signer has rated it.
 */
export const rate: Handler<'rate'> = (s, e, ctx) => {
  if (ctx.actor.role === 'deputy' && ctx.actor.deputyId !== e.deputyId)
    return refuse('FORBIDDEN', 'not_own_rating', { deputyId: e.deputyId });
  if (!signersOf(s).includes(e.deputyId))
    return refuse('FORBIDDEN', 'not_a_signer', { deputyId: e.deputyId });
  const t = unitTaskOf(s, e.unitId);
  if (!t || t.role === 'co' || t.status !== 'replied')
    return refuse('INVALID_STATE', 'nothing_to_rate', { unitId: e.unitId });
  if (!unratedSigners(s, t).includes(e.deputyId))
    return refuse('DUPLICATE', 'already_rated', { unitId: e.unitId, deputyId: e.deputyId, round: t.round });
  const late = notBefore(e.on, t.updatedOn);
  if (late) return late;
  t.ratings.push({
    deputyId: e.deputyId,
    round: t.round,
    on: e.on,
    attitude: e.attitude,
    result: e.result,
    reason: e.reason ?? null,
    enteredBy: ctx.actor.role === 'deputy' ? 'deputy' : 'office',
  });
  const unsatisfied = e.attitude === 'unsatisfied' || e.result === 'unsatisfied';
  if (unsatisfied && t.round === 1) {
    t.status = 'rehandling';
    t.round = 2;
    t.rehandlingFrom = e.on;
    t.rehandleDueOn = rehandleDueDate(e.on, ctx.profile, ctx.calendar, ctx.dueDateOptions);
  } else if (unratedSigners(s, t).length === 0) {
    t.status = 'rated';
  }
  touch(s, e.on, t);
  s.status = deriveHandlingStatus(s);
  return null;
};

/** 办结: by the office, once every reply has been rated (checked before this runs). */
export const close: Handler<'close'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.status = 'closed';
  s.closedOn = e.on;
  touch(s, e.on);
  return null;
};

/** 上海规定 第二十二条: items answered as in progress or planned (B, C) are followed up after closing. */
export const startFollowUp: Handler<'start_follow_up'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.followUp = {
    startedOn: e.on,
    year: parseIsoDate(e.on).year,
    updates: [],
    carryOvers: [],
    completedOn: null,
    note: null,
  };
  s.status = 'follow_up';
  touch(s, e.on);
  return null;
};

/** The unit records progress on what it promised (上海规定 第二十二条: 跟踪办理…录入网上处理系统). */
export const recordProgress: Handler<'record_progress'> = (s, e, ctx) => {
  const t = actorTask(s, ctx);
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  if (!s.followUp) return refuse('INVALID_STATE', 'event_not_allowed');
  s.followUp.updates.push({ on: e.on, unitId: t.unitId, year: s.followUp.year, text: e.text });
  touch(s, e.on);
  return null;
};

/**
 * 上海规定 第二十二条: "items still unsolved at year end roll over to the next year" (转下年度). One year at a
 * time, and never beyond the year after the day it is done (checked before this runs).
 */
export const carryOver: Handler<'carry_over'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  if (!s.followUp) return refuse('INVALID_STATE', 'event_not_allowed');
  s.followUp.year += 1;
  s.followUp.carryOvers.push({ on: e.on, toYear: s.followUp.year });
  touch(s, e.on);
  return null;
};

/** The promise is kept (or, at the end of a term, explained in writing): the item is closed again. */
export const completeFollowUp: Handler<'complete_follow_up'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  if (!s.followUp) return refuse('INVALID_STATE', 'event_not_allowed');
  s.followUp.completedOn = e.on;
  s.followUp.note = e.note;
  s.status = 'closed';
  touch(s, e.on);
  return null;
};

/**
 * 代表法 第五十一条第三款 and 地方组织法 第四十二条: handling results are published; 涉密 items never are
 * (checked before this runs). The status does not change: a B/C item is published while its
 * follow-up goes on.
 */
export const publish: Handler<'publish'> = (s, e) => {
  const late = notBefore(e.on, s.updatedOn);
  if (late) return late;
  s.publishedOn = e.on;
  touch(s, e.on);
  return null;
};
