import { describe, expect, it } from 'vitest';
import { allowedEvents } from './availability';
import { overdueDeadlinesOf } from './overdue';
import { newSuggestion } from './states';
import { ratingsOf, summarizeRatings } from './statistics';
import {
  apply,
  assigned,
  CO,
  contact,
  coUnit,
  ctxFor,
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
import { transitionOrThrow } from './transition';

describe('contact with the deputy before every reply (代表法 第五十一条)', () => {
  it('refuses the reply without a recorded contact, and a contact with a stranger', () => {
    let s = apply(assigned('2026-03-16'), unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    const before = structuredClone(s);
    const err = refusal(s, unit(LEAD_UNIT), reply('2026-04-20'));
    expect(err.code).toBe('INVALID_STATE');
    expect(err.details).toEqual({
      reason: 'contact_required',
      from: 'handling',
      event: 'reply',
      unitId: LEAD_UNIT,
      round: 1,
    });
    expect(s).toEqual(before);
    expect(allowedEvents(s, 'unit', { id: LEAD_UNIT })).toEqual(['record_contact', 'request_extension']);
    expect(refusal(s, unit(LEAD_UNIT), contact('2026-04-01', ['dep-someone-else'])).details).toMatchObject({
      reason: 'unknown_deputy',
      deputyIds: ['dep-someone-else'],
    });
    s = apply(s, unit(LEAD_UNIT), contact('2026-04-01', [ZHANG]));
    expect(allowedEvents(s, 'unit', { id: LEAD_UNIT })).toContain('reply');
    expect(apply(s, unit(LEAD_UNIT), reply('2026-04-20')).status).toBe('replied');
  });

  it('refuses a reply signed without a letter reference, or with a class outside the scheme', () => {
    let s = apply(assigned('2026-03-16'), unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    s = apply(s, unit(LEAD_UNIT), contact('2026-03-20'));
    expect(refusal(s, unit(LEAD_UNIT), { ...reply('2026-04-20'), letterRef: '' }).details).toMatchObject({
      reason: 'invalid_event',
      issues: [{ path: 'letterRef' }],
    });
    expect(refusal(s, unit(LEAD_UNIT), reply('2026-04-20', 'E')).details).toMatchObject({
      reason: 'unknown_result_class',
      known: ['A', 'B', 'C', 'D'],
    });
  });
});

describe('unsatisfied → re-handling → second reply → second rating (上海规定 第二十一条)', () => {
  it('re-handles within a month of the 不满意 rating and never a third time', () => {
    let s = apply(assigned('2026-03-16'), unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    s = apply(s, unit(LEAD_UNIT), contact('2026-04-02'));
    s = apply(s, unit(LEAD_UNIT), reply('2026-05-20', 'C'));
    s = apply(s, deputy(LEAD), rate('2026-06-01', LEAD, 'satisfied'));
    // a 不满意 needs reasons
    expect(refusal(s, deputy(LI), rate('2026-06-10', LI, 'unsatisfied')).details).toMatchObject({
      reason: 'invalid_event',
      issues: [{ path: 'reason' }],
    });
    // a deputy rates for themself only
    expect(refusal(s, deputy(LI), rate('2026-06-10', ZHANG, 'satisfied')).details).toMatchObject({
      reason: 'not_own_rating',
    });
    s = apply(s, deputy(LI), rate('2026-06-10', LI, 'unsatisfied', '答复未说明具体时限。'));
    expect(s.status).toBe('rehandling');
    expect(task(s, LEAD_UNIT)).toMatchObject({
      status: 'rehandling',
      round: 2,
      rehandlingFrom: '2026-06-10',
      rehandleDueOn: '2026-07-10',
    });
    expect(overdueDeadlinesOf(s, '2026-07-10')).toEqual([]);
    expect(overdueDeadlinesOf(s, '2026-07-11')).toEqual([
      { kind: 'rehandle_reply', unitId: LEAD_UNIT, dueOn: '2026-07-10' },
    ]);
    // round 1 is over: 张 rates the second reply
    expect(refusal(s, deputy(ZHANG), rate('2026-06-11', ZHANG, 'satisfied')).details).toMatchObject({
      reason: 'nothing_to_rate',
    });
    // the round-1 contact does not cover the second reply
    expect(refusal(s, unit(LEAD_UNIT), reply('2026-06-20', 'B')).details).toMatchObject({
      reason: 'contact_required',
      round: 2,
    });
    s = apply(s, unit(LEAD_UNIT), { ...contact('2026-06-15', [LI]), method: 'site_visit' });
    s = apply(s, unit(LEAD_UNIT), reply('2026-07-08', 'B'));
    expect(s.status).toBe('replied');
    expect(task(s, LEAD_UNIT).replies.map((r) => [r.round, r.resultClass, r.dueOn])).toEqual([
      [1, 'C', '2026-06-16'],
      [2, 'B', '2026-07-10'],
    ]);
    s = apply(s, deputy(LEAD), rate('2026-07-10', LEAD, 'satisfied'));
    s = apply(s, deputy(LI), rate('2026-07-11', LI, 'unsatisfied', '仍未解决。'));
    expect(task(s, LEAD_UNIT).status).toBe('replied'); // no third round; 张 still to rate
    expect(refusal(s, office, { type: 'close', on: '2026-07-12' }).details).toMatchObject({
      reason: 'ratings_pending',
    });
    s = apply(s, deputy(ZHANG), rate('2026-07-12', ZHANG, 'basically_satisfied'));
    expect(task(s, LEAD_UNIT).status).toBe('rated');
    expect(refusal(s, deputy(ZHANG), rate('2026-07-13', ZHANG, 'satisfied')).code).toBe('INVALID_STATE');
    s = apply(s, office, { type: 'close', on: '2026-07-15' });
    expect(s.status).toBe('closed');

    expect(summarizeRatings(ratingsOf(s, 'first'), 'result')).toMatchObject({ total: 2, unsatisfied: 1 });
    const final = summarizeRatings(ratingsOf(s, 'final'), 'result');
    expect(final).toMatchObject({ satisfied: 1, basicallySatisfied: 1, unsatisfied: 1, total: 3 });
    expect(final.satisfactionRate).toEqual({ num: 2, den: 3 });
  });

  it('refuses a second rating by the same deputy in a round as a duplicate', () => {
    let s = apply(assigned('2026-03-16'), unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    s = apply(s, unit(LEAD_UNIT), contact('2026-04-02'));
    s = apply(s, unit(LEAD_UNIT), reply('2026-05-20'));
    s = apply(s, deputy(LEAD), rate('2026-06-01', LEAD, 'satisfied'));
    expect(refusal(s, office, rate('2026-06-02', LEAD, 'satisfied')).code).toBe('DUPLICATE');
    expect(refusal(s, office, rate('2026-06-02', 'dep-outsider', 'satisfied')).details).toMatchObject({
      reason: 'not_a_signer',
    });
  });
});

describe('refusals by role, identity, data and date', () => {
  const s = assigned('2026-03-16', LEAD_UNIT, [CO]);

  it('names the role, the unit or the bad field', () => {
    expect(refusal(s, unit(LEAD_UNIT), { type: 'accept', on: '2026-03-17' }).details).toEqual({
      reason: 'role_not_allowed',
      from: 'assigned',
      event: 'accept',
      role: 'unit',
    });
    expect(refusal(s, unit(CO), { type: 'sign_for', on: '2026-03-17' }).details).toMatchObject({
      reason: 'wrong_unit_role',
      taskRole: 'co',
    });
    expect(refusal(s, unit('u-other'), { type: 'sign_for', on: '2026-03-17' }).details).toMatchObject({
      reason: 'unit_not_assigned',
      unitId: 'u-other',
    });
    const bad = refusal(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-02-30' });
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.details).toMatchObject({ reason: 'invalid_event', issues: [{ path: 'on' }] });
    expect(
      refusal(s, office, {
        type: 'assign',
        on: '2026-03-17',
        hardCase: false,
        plan: { mode: 'lead', leadUnitId: 'u-a', coUnitIds: ['u-a'] },
      }).code,
    ).toBe('VALIDATION_FAILED');
  });

  it('refuses a step dated before the step before it', () => {
    expect(refusal(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-15' }).details).toMatchObject({
      reason: 'date_before_previous_step',
      previous: '2026-03-16',
    });
  });

  it('never publishes a confidential item; throws the refusal from transitionOrThrow', () => {
    let c = newSuggestion({ leadDeputyId: LEAD, createdOn: '2026-03-01' });
    c = apply(c, deputy(LEAD), { type: 'submit', on: '2026-03-02' });
    c = apply(c, office, { type: 'accept', on: '2026-03-03', confidential: true });
    c = apply(c, office, {
      type: 'assign',
      on: '2026-03-04',
      hardCase: false,
      plan: { mode: 'lead', leadUnitId: LEAD_UNIT, coUnitIds: [] },
    });
    c = apply(c, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-05' });
    c = apply(c, unit(LEAD_UNIT), contact('2026-03-06'));
    c = apply(c, unit(LEAD_UNIT), reply('2026-03-20', 'A'));
    c = apply(c, deputy(LEAD), rate('2026-03-21', LEAD, 'satisfied'));
    c = apply(c, office, { type: 'close', on: '2026-03-22' });
    expect(allowedEvents(c, 'office')).toEqual([]);
    expect(() => transitionOrThrow(c, { type: 'publish', on: '2026-03-23' }, ctxFor(office))).toThrowError(
      expect.objectContaining({
        code: 'INVALID_STATE',
        details: expect.objectContaining({ reason: 'confidential' }),
      }),
    );
  });

  it('reads a local result-class scheme (甲/乙/丙)', () => {
    const scheme = {
      classes: [
        { code: '甲', label: '甲类', description: '已解决', solved: true, followUp: false },
        { code: '乙', label: '乙类', description: '列入计划', solved: false, followUp: true },
        { code: '丙', label: '丙类', description: '留作参考', solved: false, followUp: false },
      ],
      source: { kind: 'local' as const, law: '某县代表建议办理办法' },
    };
    let t = apply(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    t = apply(t, coUnit(CO), { type: 'sign_for', on: '2026-03-17' });
    t = apply(t, coUnit(CO), { type: 'give_opinion', on: '2026-03-18', text: '同意。' });
    t = apply(t, unit(LEAD_UNIT), contact('2026-03-19'));
    expect(
      refusal(t, unit(LEAD_UNIT), reply('2026-03-20', 'A'), { resultClasses: scheme }).details,
    ).toMatchObject({
      reason: 'unknown_result_class',
      known: ['甲', '乙', '丙'],
    });
    const done = apply(t, unit(LEAD_UNIT), reply('2026-03-20', '乙'), { resultClasses: scheme });
    expect(task(done, LEAD_UNIT).replies[0]).toMatchObject({ resultClass: '乙', followUp: true });
  });
});
