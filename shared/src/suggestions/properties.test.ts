import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueDateFor } from '../calendar/deadline';
import { addDays, compareDates } from '../calendar/iso-date';
import { AppError } from '../errors/app-error';
import { ERROR_STATUS } from '../errors/codes';
import { allowedEvents } from './availability';
import { SUGGESTION_EVENT_TYPES, type SuggestionEvent, type SuggestionEventType } from './events';
import { SUGGESTION_REFUSAL_REASONS } from './refusals';
import {
  DEPUTY_CONTACT_METHODS,
  NOT_ACCEPTED_DISPOSITIONS,
  newSuggestion,
  SATISFACTION_LEVELS,
  SUGGESTION_FINAL_STATUSES,
  SUGGESTION_STATUSES,
  type Suggestion,
  type SuggestionActor,
  type SuggestionStatus,
} from './states';
import { CO_SIGNERS, coUnit, county, ctxFor, deputy, LEAD, office, unit } from './suggestions.fixtures';
import { activeUnitTasks, deriveHandlingStatus, replyingUnitTasks, signersOf, unitTaskOf } from './tasks';
import { transition } from './transition';

/**
 * Random walks through the state machine: at each step an actor (often one with something to do) tries
 * an event (often one `allowedEvents` offers), with data that is sometimes wrong and a date that is
 * sometimes earlier than the last step. Every reachable state must keep the invariants below.
 */
const UNITS = ['u1', 'u2', 'u3'];
const ACTORS: SuggestionActor[] = [
  ...[LEAD, ...CO_SIGNERS, 'dep-outsider'].map(deputy),
  office,
  ...UNITS.map(unit),
  ...UNITS.map(coUnit),
];
const idOf = (a: SuggestionActor) =>
  a.role === 'deputy' ? a.deputyId : a.role === 'office' ? undefined : a.unitId;
const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

const step = fc.record({
  mode: fc.nat(9),
  who: fc.nat(),
  pick: fc.nat(),
  v: fc.nat(),
  days: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.integer({ min: 0, max: 40 })),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function eventFor(s: Suggestion, actor: SuggestionActor, type: SuggestionEventType, v: number, on: string) {
  const signer = actor.role === 'deputy' ? actor.deputyId : at(signersOf(s), v);
  const own = actor.role === 'unit' || actor.role === 'co_unit' ? unitTaskOf(s, actor.unitId) : undefined;
  const waiting = (f: (t: ReturnType<typeof activeUnitTasks>[number]) => boolean) =>
    (v % 4 !== 0 && activeUnitTasks(s).find(f)?.unitId) || at(UNITS, v);
  const unsatisfied = v % 3 === 0;
  const e: Record<SuggestionEventType, () => SuggestionEvent> = {
    submit: () => ({ type, on }) as SuggestionEvent,
    withdraw: () => ({ type: 'withdraw', on }),
    accept: () => ({ type: 'accept', on, confidential: v % 7 === 0 }),
    return_for_revision: () => ({ type: 'return_for_revision', on, reason: v % 9 === 0 ? '' : '请修改。' }),
    not_accept: () => ({
      type: 'not_accept',
      on,
      reason: '不属于建议。',
      disposition: at(NOT_ACCEPTED_DISPOSITIONS, v),
    }),
    assign: () => ({
      type: 'assign',
      on,
      hardCase: v % 5 === 0,
      plan:
        v % 3 === 0
          ? {
              mode: 'separate',
              units: UNITS.slice(0, 2 + (v % 2)).map((unitId) => ({ unitId, scope: '分项' })),
            }
          : { mode: 'lead', leadUnitId: 'u1', coUnitIds: v % 3 === 1 ? ['u2'] : [] },
    }),
    sign_for: () => ({ type: 'sign_for', on }),
    request_return: () => ({ type: 'request_return', on, reason: '职责不符。' }),
    decide_return: () => ({
      type: 'decide_return',
      on,
      unitId: waiting((t) => t.status === 'return_requested'),
      approved: v % 2 === 0,
    }),
    record_contact: () => ({
      type: 'record_contact',
      on,
      deputyIds: v % 6 === 0 ? ['dep-outsider'] : [at(signersOf(s), v)],
      method: at(DEPUTY_CONTACT_METHODS, v),
    }),
    request_extension: () => ({
      type: 'request_extension',
      on,
      until: addDays(own?.dueOn ?? on, at([-1, 15, 45, 120], v)),
      reason: '情况复杂。',
    }),
    decide_extension: () => ({
      type: 'decide_extension',
      on,
      unitId: waiting((t) => t.extensions.some((x) => x.decision === null)),
      approved: v % 2 === 0,
    }),
    give_opinion: () => ({ type: 'give_opinion', on, text: '会办意见。' }),
    reply: () => ({
      type: 'reply',
      on,
      resultClass: at(['A', 'B', 'C', 'D', 'X'], v),
      text: '答复。',
      letterRef: '函〔2026〕1号',
      signedBy: '负责人',
    }),
    rate: () => ({
      type: 'rate',
      on,
      unitId: waiting((t) => t.status === 'replied'),
      deputyId: signer,
      attitude: at(SATISFACTION_LEVELS, v >> 2),
      result: unsatisfied ? 'unsatisfied' : at(SATISFACTION_LEVELS, v >> 3),
      reason: v % 11 === 0 ? undefined : '理由。',
    }),
    close: () => ({ type: 'close', on }),
    start_follow_up: () => ({ type: 'start_follow_up', on }),
    record_progress: () => ({ type: 'record_progress', on, text: '进展。' }),
    carry_over: () => ({ type: 'carry_over', on }),
    complete_follow_up: () => ({ type: 'complete_follow_up', on, note: '已落实。' }),
    publish: () => ({ type: 'publish', on }),
  };
  return e[type]();
}

const AFTER_ASSIGNMENT: SuggestionStatus[] = ['assigned', 'handling', 'replied', 'rehandling'];

/** What must hold in every state the machine can reach. */
function checkInvariants(s: Suggestion): void {
  if (AFTER_ASSIGNMENT.includes(s.status)) expect(s.status).toBe(deriveHandlingStatus(s));
  if (s.status === 'to_assign') expect(activeUnitTasks(s)).toEqual([]);
  if (s.status === 'withdrawn') for (const d of signersOf(s)) expect(s.withdrawalConsents).toContain(d);
  if (s.publishedOn) expect(s.confidential).toBe(false);
  if (s.status === 'closed' || s.status === 'follow_up')
    for (const t of replyingUnitTasks(s)) expect(t.status).toBe('rated');
  for (const t of activeUnitTasks(s)) {
    expect(compareDates(t.dueOn, t.assignedOn)).toBe(1);
    if (t.role === 'co') continue;
    const limit = t.limitOn ?? '';
    const outer = dueDateFor(t.assignedOn, county.suggestions.hardCaseReplyWithin, ctxFor(office).calendar);
    expect(compareDates(t.dueOn, limit)).toBeLessThanOrEqual(0);
    expect(compareDates(limit, outer)).toBeLessThanOrEqual(0);
  }
  for (const t of s.tasks) {
    // 代表法 第五十一条: a contact with the deputy in the same round, before every reply
    for (const r of t.replies)
      expect(t.contacts.some((c) => c.round === r.round && compareDates(c.on, r.on) <= 0)).toBe(true);
    // 上海规定 第十七条: a lead unit's first reply comes after every co-unit still on it gave its opinion
    const first = t.role === 'lead' ? t.replies[0] : undefined;
    if (first)
      for (const c of s.tasks.filter(
        (x) => x.role === 'co' && x.assignedOn === t.assignedOn && !x.releasedOn,
      ))
        expect(c.opinion && compareDates(c.opinion.on, first.on) <= 0).toBe(true);
    const keys = t.ratings.map((r) => `${r.deputyId}/${r.round}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of t.ratings) expect(signersOf(s)).toContain(r.deputyId);
    if (t.round === 2)
      expect(
        t.ratings.some((r) => r.round === 1 && (r.result === 'unsatisfied' || r.attitude === 'unsatisfied')),
      ).toBe(true);
  }
}

const reached = new Set<SuggestionStatus>();
const applied = new Set<SuggestionEventType>();

function walk(joint: boolean, steps: Step[]): void {
  const coSignerIds = joint ? CO_SIGNERS : [];
  let s = newSuggestion({ leadDeputyId: LEAD, coSignerIds, createdOn: '2026-01-05' });
  for (const { mode, who, pick, v, days } of steps) {
    // withdrawal ends a walk early, so it is offered in a few modes only
    const offeredTo = (a: SuggestionActor) =>
      allowedEvents(s, a.role, { id: idOf(a) }).filter((t) => t !== 'withdraw' || mode <= 3);
    const busy = ACTORS.filter((a) => offeredTo(a).length > 0);
    const actor = mode >= 3 && busy.length ? at(busy, who) : at(ACTORS, who);
    const offered = offeredTo(actor);
    const type = mode >= 1 && offered.length ? at(offered, pick) : at(SUGGESTION_EVENT_TYPES, pick);
    const on = addDays(s.updatedOn, days);
    const event = eventFor(s, actor, type, v, on);
    const before = structuredClone(s);
    const r = transition(s, event, ctxFor(actor));
    expect(s).toEqual(before); // the given state is never changed
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(AppError);
      expect(Object.keys(ERROR_STATUS)).toContain(r.error.code);
      const d = r.error.details as { reason: string; from: string; event: string };
      expect(SUGGESTION_REFUSAL_REASONS).toContain(d.reason);
      expect(d).toMatchObject({ from: s.status, event: type });
      continue;
    }
    const next = r.state;
    // nothing `allowedEvents` hides is ever accepted
    expect(allowedEvents(s, actor.role, { id: idOf(actor), today: on })).toContain(type);
    expect(SUGGESTION_FINAL_STATUSES).not.toContain(s.status);
    expect(compareDates(next.updatedOn, s.updatedOn)).toBeGreaterThanOrEqual(0);
    // a closed item only moves on into follow-up; publication keeps its status
    if (s.status === 'closed') {
      expect(['start_follow_up', 'publish']).toContain(type);
      expect(next.status).toBe(type === 'start_follow_up' ? 'follow_up' : 'closed');
    }
    if (s.publishedOn) expect(next.publishedOn).toBe(s.publishedOn);
    checkInvariants(next);
    reached.add(next.status);
    applied.add(type);
    s = next;
  }
}

describe('properties of the suggestion state machine', () => {
  it('keeps its invariants on random walks; refusals change nothing', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { minLength: 10, maxLength: 80, size: 'max' }), walk),
      { numRuns: 400 },
    );
    // the walks reach every status and every event, so the checks above were exercised
    expect([...reached].sort()).toEqual([...SUGGESTION_STATUSES].filter((x) => x !== 'draft').sort());
    expect([...applied].sort()).toEqual([...SUGGESTION_EVENT_TYPES].sort());
  });

  it('accepts no event at all in a final status', () => {
    const ended = (status: SuggestionStatus): Suggestion => ({
      ...newSuggestion({ leadDeputyId: LEAD, coSignerIds: CO_SIGNERS, createdOn: '2026-01-05' }),
      status,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...SUGGESTION_FINAL_STATUSES),
        fc.constantFrom(...ACTORS),
        fc.constantFrom(...SUGGESTION_EVENT_TYPES),
        fc.nat(),
        (status, actor, type, v) => {
          const s = ended(status);
          const r = transition(s, eventFor(s, actor, type, v, '2026-02-01'), ctxFor(actor));
          expect(r.ok).toBe(false);
          expect(allowedEvents(s, actor.role, { id: idOf(actor) })).toEqual([]);
        },
      ),
    );
  });
});
