import { describe, expect, it } from 'vitest';
import { nationalDefaults } from '../rules/national-defaults';
import { candidateListPlan, clampMargin, marginFits, marginRange, marginRuleFor } from './margins';
import { nextRound, officeProgress, type ProgressRound } from './progress';

const county = nationalDefaults('county');
const rangeFor = (type: Parameters<typeof marginRuleFor>[1], seats: number) =>
  marginRange(marginRuleFor(county, type), seats);

describe('candidate margins (地方组织法 第二十七条)', () => {
  it('reads count ranges for heads and deputy heads', () => {
    expect(rangeFor('head', 1)).toEqual({ min: 0, max: 1, unopposedIfSingleNominee: true });
    expect(rangeFor('deputy_head', 4)).toEqual({ min: 1, max: 3, unopposedIfSingleNominee: false });
  });

  it('turns the committee members’ fraction range into whole candidates: ⌈seats/10⌉ to ⌊seats/5⌋', () => {
    expect(rangeFor('committee_member', 10)).toMatchObject({ min: 1, max: 2 });
    expect(rangeFor('committee_member', 25)).toMatchObject({ min: 3, max: 5 });
    expect(rangeFor('committee_member', 30)).toMatchObject({ min: 3, max: 6 });
    // 3 seats: 0.3 to 0.6 holds no whole number; the minimum binds
    expect(rangeFor('committee_member', 3)).toMatchObject({ min: 1, max: 1 });
  });

  it('leaves other offices unbounded and clamps a margin into a range', () => {
    const other = rangeFor('other', 2);
    expect(other).toEqual({ min: 0, max: null, unopposedIfSingleNominee: false });
    expect(marginFits(other, 7)).toBe(true);
    expect(marginFits(rangeFor('deputy_head', 2), 0)).toBe(false);
    expect(clampMargin(rangeFor('committee_member', 2), 3)).toBe(1);
    expect(clampMargin(rangeFor('deputy_head', 1), 0)).toBe(1);
  });

  it('plans the candidate list: exact, preliminary, too few, or one unopposed head', () => {
    const vice = rangeFor('deputy_head', 2);
    expect(candidateListPlan(2, 1, 3, vice)).toEqual({ kind: 'fixed', places: 3, unopposed: false });
    expect(candidateListPlan(2, 1, 5, vice)).toEqual({ kind: 'preliminary', places: 3 });
    expect(candidateListPlan(2, 1, 2, vice)).toEqual({ kind: 'short', places: 3 });
    const head = rangeFor('head', 1);
    expect(candidateListPlan(1, 1, 1, head)).toEqual({ kind: 'fixed', places: 1, unopposed: true });
    expect(candidateListPlan(1, 1, 0, head)).toEqual({ kind: 'short', places: 2 });
  });
});

describe('election progress', () => {
  const office = { id: 'o', seats: 2, marginExtra: 1 };
  const nominees = ['A', 'B', 'C', 'D', 'E'].map((n) => ({ id: `id-${n}`, name: n }));
  const person = (n: string) => ({ id: `id-${n}`, name: n });
  const closed = (
    type: ProgressRound['type'],
    seats: number,
    names: string[],
    result: { elected: string[]; tied?: string[]; revoteSeats?: number; yes?: Record<string, number> },
    status: ProgressRound['status'] = 'closed',
  ): ProgressRound => ({
    type,
    status,
    offices: [{ id: 'o', seats, candidates: names.map(person) as Array<{ id: string; name: string }> }],
    announced: [
      {
        officeId: 'o',
        void: status === 'void',
        totals: names.map((n) => ({ name: n, onBallot: true, yes: result.yes?.[n] ?? 0 })),
        elected: result.elected,
        tied: result.tied ?? [],
        revoteSeats: result.revoteSeats ?? 0,
      },
    ],
  });
  const range = rangeFor('deputy_head', 2);
  const step = (rounds: ProgressRound[]) => {
    const p = officeProgress(office, nominees, rounds, range);
    return { p, next: nextRound([p]) };
  };

  it('asks for preliminary votes until the places are decided, a tie included', () => {
    expect(step([]).next).toEqual({ type: 'preliminary', officeIds: ['o'] });
    const tiedPre = closed('preliminary', 3, ['A', 'B', 'C', 'D', 'E'], {
      elected: ['A', 'B'],
      tied: ['C', 'D'],
      revoteSeats: 1,
    });
    const s = step([tiedPre]);
    expect(s.p.preliminary?.pending).toEqual({ seats: 1, candidates: [person('C'), person('D')] });
    expect(s.next).toEqual({ type: 'preliminary', officeIds: ['o'] });
    const decided = step([tiedPre, closed('preliminary', 1, ['C', 'D'], { elected: ['D'] })]);
    expect(decided.p.candidates).toEqual([person('A'), person('B'), person('D')]);
    expect(decided.next).toEqual({ type: 'formal', officeIds: ['o'] });
  });

  it('ignores a void round, then goes from a tie to a re-vote to a supplementary election', () => {
    const pre = closed('preliminary', 3, ['A', 'B', 'C', 'D', 'E'], { elected: ['A', 'B', 'C'] });
    const voided = closed('formal', 2, ['A', 'B', 'C'], { elected: ['A'] }, 'void');
    expect(step([pre, voided]).next).toEqual({ type: 'formal', officeIds: ['o'] });
    const formal = closed('formal', 2, ['A', 'B', 'C'], {
      elected: ['A'],
      tied: ['B', 'C'],
      revoteSeats: 1,
      yes: { A: 10, B: 9, C: 9 },
    });
    const tied = step([pre, voided, formal]);
    expect(tied.p.revote).toEqual({ seats: 1, candidates: [person('B'), person('C')] });
    expect(tied.next).toEqual({ type: 'revote', officeIds: ['o'] });
    const revote = closed('revote', 1, ['B', 'C'], { elected: [] });
    const after = step([pre, voided, formal, revote]);
    expect(after.p).toMatchObject({ unfilled: 1, elected: [person('A')] });
    expect(after.p.firstRanking.map((r) => [r.name, r.yes])).toEqual([
      ['A', 10],
      ['B', 9],
      ['C', 9],
    ]);
    expect(after.next).toEqual({ type: 'supplementary', officeIds: ['o'] });
    const filled = step([
      pre,
      voided,
      formal,
      revote,
      closed('supplementary', 1, ['B', 'C'], { elected: ['C'] }),
    ]);
    expect(filled.p.elected).toEqual([person('A'), person('C')]);
    expect(filled.next).toBeNull();
  });
});
