import { describe, expect, it } from 'vitest';
import { lateRepliesOf, openDeadlinesOf, overdueDeadlinesOf, remindersDueOn } from './overdue';
import {
  apply,
  assigned,
  CO,
  cn,
  coUnit,
  county,
  LEAD,
  LEAD_UNIT,
  refusal,
  reply,
  unit,
} from './suggestions.fixtures';

describe('open deadlines, reminders and overdue lists (督办, 代表法 第五十二条)', () => {
  const s0 = assigned('2026-03-16', LEAD_UNIT, [CO]);

  it('lists what each unit still owes and what is past due', () => {
    expect(openDeadlinesOf(s0)).toEqual([
      { kind: 'reply', unitId: LEAD_UNIT, dueOn: '2026-06-16' },
      { kind: 'co_opinion', unitId: CO, dueOn: '2026-04-16' },
    ]);
    expect(overdueDeadlinesOf(s0, '2026-04-16')).toEqual([]);
    expect(overdueDeadlinesOf(s0, '2026-04-17')).toEqual([
      { kind: 'co_opinion', unitId: CO, dueOn: '2026-04-16' },
    ]);
  });

  it('reminds on the profile’s days before each due date', () => {
    // 2026-04-16 − 15 days = 04-01 (Wednesday); 2026-06-16 − 15 days = 06-01 (Monday)
    expect(remindersDueOn(s0, '2026-04-01', county, cn)).toEqual([
      { kind: 'co_opinion', unitId: CO, dueOn: '2026-04-16' },
    ]);
    expect(remindersDueOn(s0, '2026-06-01', county, cn)).toEqual([
      { kind: 'reply', unitId: LEAD_UNIT, dueOn: '2026-06-16' },
    ]);
    expect(remindersDueOn(s0, '2026-06-02', county, cn)).toEqual([]);
  });

  it('drops what was done, and tells a late reply', () => {
    let s = apply(s0, unit(LEAD_UNIT), { type: 'sign_for', on: '2026-03-17' });
    s = apply(s, coUnit(CO), { type: 'sign_for', on: '2026-03-17' });
    s = apply(s, coUnit(CO), { type: 'give_opinion', on: '2026-04-20', text: '同意。' });
    expect(openDeadlinesOf(s)).toEqual([{ kind: 'reply', unitId: LEAD_UNIT, dueOn: '2026-06-16' }]);
    s = apply(s, unit(LEAD_UNIT), {
      type: 'record_contact',
      on: '2026-04-02',
      deputyIds: [LEAD],
      method: 'phone',
    });
    // the reply rests on the co-unit's opinion, so it may not be dated before it
    expect(refusal(s, unit(LEAD_UNIT), reply('2026-04-19')).details).toMatchObject({
      reason: 'date_before_previous_step',
      previous: '2026-04-20',
    });
    s = apply(s, unit(LEAD_UNIT), reply('2026-06-17'));
    expect(openDeadlinesOf(s)).toEqual([]);
    expect(lateRepliesOf(s)).toEqual([
      { unitId: LEAD_UNIT, round: 1, on: '2026-06-17', dueOn: '2026-06-16' },
    ]);
  });
});
