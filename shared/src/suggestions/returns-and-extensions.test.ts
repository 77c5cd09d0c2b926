import { describe, expect, it } from 'vitest';
import { WEEKDAYS_ONLY } from '../calendar/working-days';
import { AppError } from '../errors/app-error';
import { allowedEvents } from './availability';
import {
  acceptedJoint,
  apply,
  assigned,
  CO,
  contact,
  coUnit,
  ctxFor,
  LEAD_UNIT,
  office,
  refusal,
  reply,
  task,
  unit,
} from './suggestions.fixtures';
import { transition } from './transition';

describe('returning a misassigned item (上海规定 第十四条: 七个工作日内) across 中秋 and 国庆 2026', () => {
  // assigned Thursday 2026-09-24; 9月25日–27日 中秋, 10月1日–7日 国庆, 10月10日 (Saturday) 调休上班:
  // working days 9-28, 9-29, 9-30, 10-8, 10-9, 10-10, 10-12 → the window ends on Monday 2026-10-12
  const s0 = assigned('2026-09-24', LEAD_UNIT, [CO]);

  it('fixes the window with the official calendar (a weekdays-only count would end it on 10-05)', () => {
    expect(task(s0, LEAD_UNIT).returnWindowEndsOn).toBe('2026-10-12');
    const plain = apply(
      acceptedJoint('2025-01-06', '2025-01-08'),
      office,
      {
        type: 'assign',
        on: '2026-09-24',
        hardCase: false,
        plan: { mode: 'lead', leadUnitId: 'x', coUnitIds: [] },
      },
      { calendar: WEEKDAYS_ONLY },
    );
    expect(task(plain, 'x').returnWindowEndsOn).toBe('2026-10-05');
  });

  it('accepts a request on the 调休 Saturday and on the last day; the office approves the lead’s return', () => {
    let s = apply(s0, unit(LEAD_UNIT), {
      type: 'request_return',
      on: '2026-10-10',
      reason: '不属于本单位职责。',
    });
    expect(task(s, LEAD_UNIT).status).toBe('return_requested');
    expect(s.status).toBe('assigned');
    expect(allowedEvents(s, 'office')).toEqual(['decide_return']);
    s = apply(s, office, { type: 'decide_return', on: '2026-10-13', unitId: LEAD_UNIT, approved: true });
    // without its lead unit the assignment is undone: back to 待交办, every task released
    expect(s.status).toBe('to_assign');
    expect(s.assignment).toBeNull();
    expect(s.tasks.map((t) => [t.unitId, t.status, t.releaseReason])).toEqual([
      [LEAD_UNIT, 'released', 'misassigned'],
      [CO, 'released', 'reassignment'],
    ]);
    s = apply(s, office, {
      type: 'assign',
      on: '2026-10-14',
      hardCase: false,
      plan: { mode: 'lead', leadUnitId: 'u-housing', coUnitIds: [] },
    });
    // a new 交办 date, a new reply period
    expect(task(s, 'u-housing')).toMatchObject({ dueOn: '2027-01-14', assignedOn: '2026-10-14' });
    expect(refusal(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-10-15' }).details).toMatchObject({
      reason: 'unit_not_assigned',
    });
  });

  it('lets a co-unit leave on the last day while the lead unit carries on', () => {
    let s = apply(s0, coUnit(CO), { type: 'request_return', on: '2026-10-12', reason: '不涉及本单位。' });
    s = apply(s, office, { type: 'decide_return', on: '2026-10-12', unitId: CO, approved: true });
    expect(s.status).toBe('assigned');
    expect(s.assignment?.on).toBe('2026-09-24');
    s = apply(s, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-10-13' });
    expect(s.status).toBe('handling');
    s = apply(s, unit(LEAD_UNIT), contact('2026-10-14'));
    s = apply(s, unit(LEAD_UNIT), reply('2026-10-20')); // no co-unit opinion is awaited any more
    expect(s.status).toBe('replied');
  });

  it('refuses a request the day after the window, leaving the state as it was', () => {
    const before = structuredClone(s0);
    const r = transition(
      s0,
      { type: 'request_return', on: '2026-10-13', reason: '不属于本单位职责。' },
      ctxFor(unit(LEAD_UNIT)),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(AppError);
    expect(r.error.code).toBe('INVALID_STATE');
    expect(r.error.details).toEqual({
      reason: 'return_window_passed',
      from: 'assigned',
      event: 'request_return',
      unitId: LEAD_UNIT,
      assignedOn: '2026-09-24',
      windowEnd: '2026-10-12',
      on: '2026-10-13',
    });
    expect(s0).toEqual(before);
    expect(allowedEvents(s0, 'unit', { id: LEAD_UNIT, today: '2026-10-13' })).toEqual(['sign_for']);
    expect(allowedEvents(s0, 'unit', { id: LEAD_UNIT, today: '2026-10-12' })).toEqual([
      'sign_for',
      'request_return',
    ]);
  });

  it('after a refused return the unit must sign for it and may not ask again', () => {
    let s = apply(s0, unit(LEAD_UNIT), { type: 'request_return', on: '2026-09-28', reason: '职责不符。' });
    s = apply(s, office, {
      type: 'decide_return',
      on: '2026-09-29',
      unitId: LEAD_UNIT,
      approved: false,
      note: '属本单位职责。',
    });
    expect(task(s, LEAD_UNIT)).toMatchObject({
      status: 'assigned',
      returnRequest: { decision: { approved: false } },
    });
    expect(
      refusal(s, unit(LEAD_UNIT), { type: 'request_return', on: '2026-09-30', reason: '再次申请。' }).details,
    ).toMatchObject({ reason: 'return_already_requested' });
    expect(
      refusal(s, office, { type: 'decide_return', on: '2026-09-30', unitId: LEAD_UNIT, approved: true })
        .details,
    ).toMatchObject({ reason: 'no_pending_request' });
  });

  it('counts the 2025 国庆 window the same way (assigned Friday 2025-09-26, 9-28 and 10-11 worked)', () => {
    const s = assigned('2025-09-26');
    expect(task(s, LEAD_UNIT).returnWindowEndsOn).toBe('2025-10-13');
    expect(
      apply(s, unit(LEAD_UNIT), { type: 'request_return', on: '2025-10-13', reason: '职责不符。' }).status,
    ).toBe('assigned');
    expect(
      refusal(s, unit(LEAD_UNIT), { type: 'request_return', on: '2025-10-14', reason: '职责不符。' }).details,
    ).toMatchObject({ reason: 'return_window_passed', windowEnd: '2025-10-13' });
  });
});

describe('extensions (上海规定 第十九条; never past six months, 代表法 第五十一条)', () => {
  // 2026-11-30 + 3 months = 2027-02-28 (no 30th); the limit is 11-30 + 6 months = 2027-05-30
  const signed = () => apply(assigned('2026-11-30'), unit(LEAD_UNIT), { type: 'sign_for', on: '2026-12-01' });
  const ask = (on: string, until: string) => ({
    type: 'request_extension' as const,
    on,
    until,
    reason: '需协调多部门。',
  });

  it('refuses an extension beyond the maximum and leaves the state unchanged', () => {
    const s = signed();
    expect(task(s, LEAD_UNIT)).toMatchObject({ dueOn: '2027-02-28', limitOn: '2027-05-30' });
    const before = structuredClone(s);
    const err = refusal(s, unit(LEAD_UNIT), ask('2027-01-10', '2027-05-31'));
    expect(err.code).toBe('INVALID_STATE');
    expect(err.details).toEqual({
      reason: 'extension_beyond_limit',
      from: 'handling',
      event: 'request_extension',
      requested: '2027-05-31',
      limit: '2027-05-30',
      assignedOn: '2026-11-30',
    });
    expect(s).toEqual(before);
    expect(refusal(s, unit(LEAD_UNIT), ask('2027-01-10', '2027-02-28')).details).toMatchObject({
      reason: 'extension_not_later',
    });
  });

  it('grants extensions one at a time up to the limit, then refuses one more day', () => {
    let s = apply(signed(), unit(LEAD_UNIT), ask('2027-01-10', '2027-04-30'));
    expect(refusal(s, unit(LEAD_UNIT), ask('2027-01-11', '2027-05-10')).details).toMatchObject({
      reason: 'extension_pending',
    });
    s = apply(s, office, { type: 'decide_extension', on: '2027-01-12', unitId: LEAD_UNIT, approved: true });
    expect(task(s, LEAD_UNIT).dueOn).toBe('2027-04-30');
    s = apply(s, unit(LEAD_UNIT), ask('2027-04-01', '2027-05-30'));
    s = apply(s, office, { type: 'decide_extension', on: '2027-04-02', unitId: LEAD_UNIT, approved: true });
    expect(task(s, LEAD_UNIT).dueOn).toBe('2027-05-30');
    expect(refusal(s, unit(LEAD_UNIT), ask('2027-04-03', '2027-05-31')).details).toMatchObject({
      reason: 'extension_beyond_limit',
      limit: '2027-05-30',
    });
    expect(task(s, LEAD_UNIT).extensions.map((x) => x.decision?.outcome)).toEqual(['approved', 'approved']);
  });

  it('a refused extension keeps the due date; none may be asked after it; a hard case has none', () => {
    let s = apply(signed(), unit(LEAD_UNIT), ask('2027-01-10', '2027-03-31'));
    s = apply(s, office, { type: 'decide_extension', on: '2027-01-11', unitId: LEAD_UNIT, approved: false });
    expect(task(s, LEAD_UNIT).dueOn).toBe('2027-02-28');
    expect(refusal(s, unit(LEAD_UNIT), ask('2027-03-01', '2027-03-31')).details).toMatchObject({
      reason: 'past_due',
      dueOn: '2027-02-28',
    });
    const hard = apply(assigned('2026-11-30', LEAD_UNIT, [], true), unit(LEAD_UNIT), {
      type: 'sign_for',
      on: '2026-12-01',
    });
    expect(task(hard, LEAD_UNIT)).toMatchObject({ dueOn: '2027-05-30', limitOn: '2027-05-30' });
    expect(refusal(hard, unit(LEAD_UNIT), ask('2027-01-10', '2027-05-31')).details).toMatchObject({
      reason: 'extension_beyond_limit',
    });
  });

  it('a reply lapses a pending request', () => {
    let s = apply(signed(), unit(LEAD_UNIT), ask('2027-01-10', '2027-03-31'));
    s = apply(s, unit(LEAD_UNIT), contact('2027-01-12'));
    s = apply(s, unit(LEAD_UNIT), reply('2027-01-20'));
    expect(task(s, LEAD_UNIT).extensions[0]?.decision).toEqual({ on: '2027-01-20', outcome: 'lapsed' });
    expect(allowedEvents(s, 'office')).toEqual(['rate']);
  });
});
