import { describe, expect, it } from 'vitest';
import { allowedEvents, whyNotAllowed } from './availability';
import { remindersFor } from './deadlines';
import { newSuggestion } from './states';
import { finalReplies, ratingsOf, summarizeRatings, summarizeResultClasses } from './statistics';
import {
  acceptedJoint,
  apply,
  assigned,
  CO,
  CO_SIGNERS,
  cn,
  contact,
  coUnit,
  county,
  deputy,
  LEAD,
  LEAD_UNIT,
  LI,
  office,
  rate,
  refusal,
  reply,
  task,
  unit,
  ZHANG,
} from './suggestions.fixtures';

describe('the whole chain: 提交 → 审查 → 交办 → 签收 → 办理 → 答复 → 评价 → 办结 → 跟踪 → 公开', () => {
  it('runs a joint suggestion with a lead unit and a co-unit to publication', () => {
    let s = newSuggestion({
      leadDeputyId: LEAD,
      coSignerIds: [...CO_SIGNERS, LEAD],
      createdOn: '2026-03-01',
    });
    expect(s.coSignerIds).toEqual(CO_SIGNERS); // the lead deputy is not listed twice
    expect(allowedEvents(s, 'deputy', { id: LEAD })).toEqual(['submit']);
    expect(allowedEvents(s, 'deputy', { id: LI })).toEqual([]); // only the 领衔代表 submits
    s = apply(s, deputy(LEAD), { type: 'submit', on: '2026-03-02' });
    expect(allowedEvents(s, 'office')).toEqual(['accept', 'return_for_revision', 'not_accept']);
    s = apply(s, office, { type: 'accept', on: '2026-03-04' });
    expect(s.status).toBe('to_assign');
    s = apply(s, office, {
      type: 'assign',
      on: '2026-03-16',
      hardCase: false,
      plan: { mode: 'lead', leadUnitId: LEAD_UNIT, coUnitIds: [CO] },
    });
    expect(s.status).toBe('assigned');
    // due dates fixed at assignment: 3 months (代表法 第五十一条), at most 6 with extensions,
    // 7 working days to return (上海规定 第十四条), a month for the co-unit (第十七条)
    expect(task(s, LEAD_UNIT)).toMatchObject({
      role: 'lead',
      dueOn: '2026-06-16',
      limitOn: '2026-09-16',
      returnWindowEndsOn: '2026-03-25',
    });
    expect(task(s, CO)).toMatchObject({ role: 'co', dueOn: '2026-04-16', limitOn: null });
    expect(remindersFor(task(s, LEAD_UNIT).dueOn, county, cn)).toEqual([
      '2026-06-01',
      '2026-06-11',
      '2026-06-15',
    ]);
    expect(allowedEvents(s, 'unit', { id: LEAD_UNIT })).toEqual(['sign_for', 'request_return']);
    expect(allowedEvents(s, 'co_unit', { id: CO })).toEqual(['sign_for', 'request_return']);

    s = apply(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    expect(s.status).toBe('assigned'); // the co-unit has not signed for it yet
    s = apply(s, coUnit(CO), { type: 'sign_for', on: '2026-03-18' });
    expect(s.status).toBe('handling');

    // no reply before the unit has talked with the deputy, then none before the co-unit's opinion
    expect(refusal(s, unit(LEAD_UNIT), reply('2026-04-01')).details).toMatchObject({
      reason: 'contact_required',
      from: 'handling',
      event: 'reply',
    });
    s = apply(s, unit(LEAD_UNIT), contact('2026-04-02', [LEAD, LI]));
    expect(refusal(s, unit(LEAD_UNIT), reply('2026-04-03')).details).toMatchObject({
      reason: 'co_unit_opinions_pending',
      unitIds: [CO],
    });
    s = apply(s, coUnit(CO), { type: 'give_opinion', on: '2026-04-10', text: '同意列入明年预算。' });
    s = apply(s, unit(LEAD_UNIT), reply('2026-05-20', 'B'));
    expect(s.status).toBe('replied');
    expect(task(s, LEAD_UNIT).replies[0]).toMatchObject({ round: 1, resultClass: 'B', followUp: true });
    expect(allowedEvents(s, 'office')).toEqual(['rate']); // paper forms only; not yet `close`
    expect(whyNotAllowed(s, 'close', 'office')?.details).toMatchObject({
      reason: 'ratings_pending',
      unitIds: [LEAD_UNIT],
    });

    // every signer rates separately
    s = apply(s, deputy(LEAD), rate('2026-05-25', LEAD, 'satisfied'));
    expect(allowedEvents(s, 'deputy', { id: LEAD })).toEqual([]);
    expect(allowedEvents(s, 'deputy', { id: LI })).toEqual(['rate']);
    s = apply(s, deputy(LI), rate('2026-05-26', LI, 'basically_satisfied'));
    s = apply(s, office, rate('2026-05-28', ZHANG, 'satisfied')); // a paper form entered by the office
    expect(task(s, LEAD_UNIT).status).toBe('rated');
    expect(task(s, LEAD_UNIT).ratings.map((r) => r.enteredBy)).toEqual(['deputy', 'deputy', 'office']);
    expect(allowedEvents(s, 'office')).toEqual(['close']);
    s = apply(s, office, { type: 'close', on: '2026-06-01' });
    expect(s.status).toBe('closed');
    expect(allowedEvents(s, 'office')).toEqual(['start_follow_up', 'publish']);

    // B: followed up, carried into the next year once, then completed
    s = apply(s, office, { type: 'start_follow_up', on: '2026-06-02' });
    expect(s).toMatchObject({ status: 'follow_up', followUp: { year: 2026 } });
    s = apply(s, unit(LEAD_UNIT), { type: 'record_progress', on: '2026-09-30', text: '已完成设计招标。' });
    expect(refusal(s, coUnit(CO), { type: 'record_progress', on: '2026-10-01', text: 'x' }).code).toBe(
      'FORBIDDEN',
    );
    s = apply(s, office, { type: 'carry_over', on: '2026-12-28' });
    expect(s.followUp?.year).toBe(2027);
    expect(refusal(s, office, { type: 'carry_over', on: '2026-12-30' }).details).toMatchObject({
      reason: 'already_carried_over',
      year: 2027,
    });
    s = apply(s, office, { type: 'complete_follow_up', on: '2027-06-30', note: '道路已改造完成。' });
    expect(s).toMatchObject({ status: 'closed', followUp: { completedOn: '2027-06-30' } });
    expect(allowedEvents(s, 'office')).toEqual(['publish']);
    s = apply(s, office, { type: 'publish', on: '2027-07-01' });
    expect(s).toMatchObject({ status: 'closed', publishedOn: '2027-07-01' });
    expect(refusal(s, office, { type: 'publish', on: '2027-07-02' }).details).toMatchObject({
      reason: 'already_published',
    });
    for (const role of ['deputy', 'office', 'unit', 'co_unit'] as const)
      expect(allowedEvents(s, role)).toEqual([]);

    // the figures of the handling report
    const first = ratingsOf(s, 'first');
    expect(summarizeRatings(first, 'result')).toMatchObject({
      satisfied: 2,
      basicallySatisfied: 1,
      satisfactionRate: { num: 3, den: 3 },
    });
    expect(summarizeResultClasses(finalReplies(s).map((r) => r.resultClass)).solvedRate).toEqual({
      num: 0,
      den: 1,
    });
  });

  it('returns for revision, then the lead deputy submits again; not accepted is final', () => {
    let s = apply(
      newSuggestion({ leadDeputyId: LEAD, coSignerIds: [LI], createdOn: '2026-03-01' }),
      deputy(LEAD),
      {
        type: 'submit',
        on: '2026-03-02',
      },
    );
    expect(refusal(s, office, { type: 'return_for_revision', on: '2026-03-03', reason: ' ' }).code).toBe(
      'VALIDATION_FAILED',
    );
    s = apply(s, office, { type: 'return_for_revision', on: '2026-03-03', reason: '请写明具体路段。' });
    expect(s.status).toBe('returned_for_revision');
    expect(refusal(s, deputy(LI), { type: 'submit', on: '2026-03-05' }).details).toMatchObject({
      reason: 'not_lead_deputy',
    });
    s = apply(s, deputy(LEAD), { type: 'submit', on: '2026-03-05' });
    s = apply(s, office, {
      type: 'not_accept',
      on: '2026-03-06',
      reason: '属于具体信访事项。',
      disposition: 'deputy_letter',
    });
    expect(s.status).toBe('not_accepted');
    expect(s.reviews.map((r) => r.outcome)).toEqual(['returned_for_revision', 'not_accepted']);
    expect(s.reviews[1]?.disposition).toBe('deputy_letter');
    for (const role of ['deputy', 'office', 'unit', 'co_unit'] as const)
      expect(allowedEvents(s, role)).toEqual([]);
  });
});

describe('withdrawal (上海规定 第十条: 联名建议经代表一致要求可以撤回)', () => {
  it('withdraws a joint suggestion only when every signer has asked', () => {
    let s = acceptedJoint();
    expect(s.status).toBe('to_assign');
    s = apply(s, deputy(LI), { type: 'withdraw', on: '2026-03-05' });
    expect(s).toMatchObject({ status: 'to_assign', withdrawalConsents: [LI] });
    expect(refusal(s, deputy(LI), { type: 'withdraw', on: '2026-03-05' }).details).toMatchObject({
      reason: 'already_consented',
    });
    expect(refusal(s, deputy('dep-outsider'), { type: 'withdraw', on: '2026-03-05' }).code).toBe('FORBIDDEN');
    s = apply(s, deputy(LEAD), { type: 'withdraw', on: '2026-03-06' });
    expect(s.status).toBe('to_assign');
    s = apply(s, deputy(ZHANG), { type: 'withdraw', on: '2026-03-07' });
    expect(s).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-03-07' });
    for (const role of ['deputy', 'office', 'unit', 'co_unit'] as const)
      expect(allowedEvents(s, role)).toEqual([]);
    expect(refusal(s, office, { type: 'accept', on: '2026-03-08' }).details).toMatchObject({
      reason: 'event_not_allowed',
      from: 'withdrawn',
      event: 'accept',
    });
  });

  it('a single deputy withdraws at once; nobody withdraws after assignment', () => {
    let solo = newSuggestion({ leadDeputyId: LEAD, createdOn: '2026-03-01' });
    solo = apply(solo, deputy(LEAD), { type: 'submit', on: '2026-03-02' });
    expect(apply(solo, deputy(LEAD), { type: 'withdraw', on: '2026-03-03' }).status).toBe('withdrawn');
    expect(
      refusal(assigned('2026-03-16'), deputy(LEAD), { type: 'withdraw', on: '2026-03-17' }).details,
    ).toEqual({
      reason: 'event_not_allowed',
      from: 'assigned',
      event: 'withdraw',
    });
  });
});

describe('several units handling separately (分别办理)', () => {
  it('each unit replies and is rated on its own; one leaving does not undo the other', () => {
    let s = apply(acceptedJoint(), office, {
      type: 'assign',
      on: '2026-04-01',
      hardCase: false,
      plan: {
        mode: 'separate',
        units: [
          { unitId: 'u-edu', scope: '校舍改造' },
          { unitId: 'u-health', scope: '校医配备' },
          { unitId: 'u-sport', scope: '操场开放' },
        ],
      },
    });
    s = apply(s, unit('u-sport'), { type: 'request_return', on: '2026-04-02', reason: '职责不符。' });
    s = apply(s, office, { type: 'decide_return', on: '2026-04-03', unitId: 'u-sport', approved: true });
    expect(s.status).toBe('assigned');
    for (const u of ['u-edu', 'u-health']) {
      s = apply(s, unit(u), { type: 'sign_for', on: '2026-04-07' });
      s = apply(s, unit(u), contact('2026-04-20'));
    }
    s = apply(s, unit('u-edu'), reply('2026-05-10', 'A'));
    expect(s.status).toBe('handling'); // u-health still works on its part
    for (const d of [LEAD, LI, ZHANG])
      s = apply(s, deputy(d), { ...rate('2026-05-12', d, 'satisfied'), unitId: 'u-edu' });
    expect(task(s, 'u-edu').status).toBe('rated');
    s = apply(s, unit('u-health'), reply('2026-06-01', 'D'));
    expect(s.status).toBe('replied');
    for (const d of [LEAD, LI, ZHANG])
      s = apply(s, deputy(d), { ...rate('2026-06-05', d, 'basically_satisfied'), unitId: 'u-health' });
    s = apply(s, office, { type: 'close', on: '2026-06-08' });
    expect(finalReplies(s).map((r) => r.resultClass)).toEqual(['A', 'D']);
    expect(summarizeResultClasses(['A', 'D']).solvedRate).toEqual({ num: 1, den: 2 });
    // no B/C reply: nothing to follow up
    expect(whyNotAllowed(s, 'start_follow_up', 'office')?.details).toMatchObject({
      reason: 'follow_up_not_required',
    });
  });
});
