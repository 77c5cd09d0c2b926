import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalDefaults } from '../rules/national-defaults';
import type { ElectionBallot, Mark } from './ballot-validity';
import { ballotDefect } from './ballot-validity';
import { countElection, type ElectionCountInput } from './election-count';
import { voteOutcome } from './vote-outcome';

const county = nationalDefaults('county');
const congressRule = county.session.resolutionPass;
const electionRule = county.session.electionPass;
const scRule = county.standingCommittee.decisionPass;

/** n ballots marking the given candidates yes (others unmarked = abstain). */
const ballots = (n: number, yes: string[], extra: Partial<ElectionBallot> = {}): ElectionBallot[] =>
  Array.from({ length: n }, () => ({
    marks: Object.fromEntries(yes.map((c) => [c, 'yes' as Mark])),
    writeIns: [],
    ...extra,
  }));

const election = (over: Partial<ElectionCountInput>): ElectionCountInput => ({
  seats: 1,
  candidates: ['甲', '乙'],
  base: 180,
  rule: electionRule,
  ballotsIssued: 170,
  ballots: [],
  writeInOnlyAfterNo: true,
  ...over,
});

describe('votes (表决)', () => {
  it('passes with more than half of ALL deputies in office, not of those present', () => {
    // 180 in office, 130 present: 80 yes is a majority of those voting but not of all deputies
    expect(voteOutcome({ yes: 80, no: 30, abstain: 20, notVoting: 0 }, 180, congressRule)).toMatchObject({
      passed: false,
      yesNeeded: 91,
    });
    expect(voteOutcome({ yes: 91, no: 30, abstain: 9, notVoting: 0 }, 180, congressRule)).toMatchObject({
      passed: true,
      base: 180,
    });
    expect(voteOutcome({ yes: 90, no: 0, abstain: 0, notVoting: 0 }, 180, congressRule).passed).toBe(false);
  });

  it('uses the standing committee’s own denominator: all of its members', () => {
    // 29 members in office: 15 needed, whatever the attendance
    expect(voteOutcome({ yes: 14, no: 1, abstain: 0, notVoting: 1 }, 29, scRule)).toMatchObject({
      passed: false,
      yesNeeded: 15,
    });
    expect(voteOutcome({ yes: 15, no: 0, abstain: 0, notVoting: 0 }, 29, scRule).passed).toBe(true);
  });

  it('refuses a tally larger than its base', () => {
    expect(() => voteOutcome({ yes: 100, no: 100, abstain: 0, notVoting: 0 }, 180, congressRule)).toThrow(
      RangeError,
    );
  });

  it('adding a yes never turns a pass into a fail', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), (base, a, b) => {
        const yes = a % (base + 1);
        const no = b % (base - yes + 1);
        const before = voteOutcome({ yes, no, abstain: 0, notVoting: 0 }, base, congressRule);
        if (before.passed && yes + no < base) {
          expect(voteOutcome({ yes: yes + 1, no, abstain: 0, notVoting: 0 }, base, congressRule).passed).toBe(
            true,
          );
        }
      }),
    );
  });
});

describe('elections (选举)', () => {
  it('first round: the candidate over half of all deputies is elected', () => {
    const r = countElection(election({ ballots: [...ballots(100, ['甲']), ...ballots(70, ['乙'])] }));
    expect(r).toMatchObject({ void: false, elected: ['甲'], tied: [], unfilledSeats: 0, validBallots: 170 });
  });

  it('more ballots returned than issued voids the round', () => {
    const r = countElection(election({ ballotsIssued: 169, ballots: ballots(170, ['甲']) }));
    expect(r).toEqual({
      void: true,
      reason: 'more_ballots_returned_than_issued',
      issued: 169,
      returned: 170,
    });
  });

  it('a ballot choosing more people than seats is void and counts for no one', () => {
    const r = countElection(election({ ballots: [...ballots(91, ['甲']), ...ballots(20, ['甲', '乙'])] }));
    if (r.void) throw new Error('round should be valid');
    expect(r.invalidBallots).toBe(20);
    expect(r.totals.find((t) => t.person === '乙')?.yes).toBe(0);
    expect(r.elected).toEqual(['甲']);
  });

  it('nobody over the threshold leaves the seat to a supplementary election (另行选举)', () => {
    const r = countElection(election({ ballots: [...ballots(90, ['甲']), ...ballots(80, ['乙'])] }));
    expect(r).toMatchObject({ void: false, elected: [], unfilledSeats: 1 });
  });

  it('more qualified than seats: the highest totals win', () => {
    const r = countElection(
      election({
        seats: 2,
        candidates: ['甲', '乙', '丙'],
        ballots: [...ballots(100, ['甲', '乙']), ...ballots(70, ['甲', '丙'])],
      }),
    );
    // 甲 170, 乙 100, 丙 70: only 甲 and 乙 pass 91 anyway
    expect(r).toMatchObject({ elected: ['甲', '乙'], unfilledSeats: 0 });
    const r2 = countElection(
      election({
        seats: 1,
        candidates: ['甲', '乙'],
        base: 20,
        ballotsIssued: 20,
        ballots: [...ballots(12, ['甲']), ...ballots(8, ['乙'])],
      }),
    );
    expect(r2).toMatchObject({ elected: ['甲'] });
  });

  it('a tie at the cut-off goes to a re-vote among the tied only', () => {
    // 3 seats; 甲 140, 乙 120, 丙 120, 丁 120 all qualify (>90); 乙/丙/丁 tie for the last two seats
    const input = election({
      seats: 3,
      candidates: ['甲', '乙', '丙', '丁'],
      ballots: [
        ...ballots(60, ['甲', '乙', '丙']),
        ...ballots(60, ['甲', '乙', '丁']),
        ...ballots(20, ['甲', '丙', '丁']),
        ...ballots(40, ['丙', '丁']),
      ],
      ballotsIssued: 180,
    });
    const r = countElection(input);
    if (r.void) throw new Error('valid round');
    expect(r.totals.map((t) => [t.person, t.yes])).toEqual([
      ['甲', 140],
      ['乙', 120],
      ['丙', 120],
      ['丁', 120],
    ]);
    expect(r).toMatchObject({ elected: ['甲'], tied: ['乙', '丙', '丁'], revoteSeats: 2, unfilledSeats: 0 });
  });

  it('a write-in after a "no" counts for the person written in; without a "no" it spoils the ballot', () => {
    const writeIn: ElectionBallot = { marks: { 甲: 'no' }, writeIns: ['戊'] };
    const bad: ElectionBallot = { marks: { 甲: 'abstain' }, writeIns: ['戊'] };
    expect(ballotDefect(writeIn, 1, true)).toBeNull();
    expect(ballotDefect(bad, 1, true)).toBe('write_in_not_allowed');
    expect(ballotDefect(bad, 1, false)).toBeNull();
    const r = countElection(
      election({
        candidates: ['甲'],
        ballots: [
          ...ballots(95, [], { marks: { 甲: 'no' }, writeIns: ['戊'] }),
          ...ballots(5, [], { writeIns: ['戊'] }),
        ],
      }),
    );
    if (r.void) throw new Error('valid round');
    expect(r.invalidBallots).toBe(5);
    expect(r.totals.find((t) => t.person === '戊')).toMatchObject({
      onBallot: false,
      yes: 95,
      qualified: true,
    });
    expect(r.elected).toEqual(['戊']);
  });

  const markArb = fc.constantFrom<Mark>('yes', 'no', 'abstain');
  const ballotArb = fc.record({
    marks: fc.record({ 甲: markArb, 乙: markArb, 丙: markArb }),
    writeIns: fc.constant<string[]>([]),
  });

  it('a void ballot never changes the effect of the valid ones', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 60 }), fc.integer({ min: 1, max: 2 }), (bs, seats) => {
        const input = election({
          seats,
          candidates: ['甲', '乙', '丙'],
          base: 60,
          ballotsIssued: 61,
          ballots: bs,
        });
        const voidBallot: ElectionBallot = { marks: { 甲: 'yes', 乙: 'yes', 丙: 'yes' }, writeIns: [] };
        const a = countElection(input);
        const b = countElection({ ...input, ballots: [...bs, voidBallot] });
        if (a.void || b.void) throw new Error('valid rounds');
        expect(b.elected).toEqual(a.elected);
        expect(b.tied).toEqual(a.tied);
        expect(b.totals.map((t) => t.yes)).toEqual(a.totals.map((t) => t.yes));
      }),
    );
  });

  it('one more yes for an elected candidate keeps them elected', () => {
    fc.assert(
      fc.property(fc.array(ballotArb, { minLength: 1, maxLength: 60 }), (bs) => {
        const input = election({
          seats: 1,
          candidates: ['甲', '乙', '丙'],
          base: 61,
          ballotsIssued: 61,
          ballots: bs,
        });
        const a = countElection(input);
        if (a.void || a.elected.length === 0) return;
        const winner = a.elected[0] as string;
        const extra: ElectionBallot = { marks: { [winner]: 'yes' }, writeIns: [] };
        const b = countElection({ ...input, ballots: [...bs, extra] });
        if (b.void) throw new Error('valid round');
        expect(b.elected).toContain(winner);
      }),
    );
  });
});
