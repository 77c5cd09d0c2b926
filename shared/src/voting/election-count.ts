import { meetsThreshold, type Threshold } from '../rules/fraction';
import { ballotDefect, type ElectionBallot, roundIsVoid } from './ballot-validity';

export interface ElectionCountInput {
  /** 应选名额 */
  seats: number;
  /** Candidates on the ballot, in ballot order. */
  candidates: string[];
  /** The threshold's base, e.g. all deputies in office (全体代表), not those voting. */
  base: number;
  /** The profile's election rule (more than half of all deputies). */
  rule: Threshold;
  ballotsIssued: number;
  ballots: ElectionBallot[];
  writeInOnlyAfterNo: boolean;
}

export interface PersonTotal {
  person: string;
  onBallot: boolean;
  yes: number;
  no: number;
  abstain: number;
  qualified: boolean;
}

export type ElectionCount =
  | { void: true; reason: 'more_ballots_returned_than_issued'; issued: number; returned: number }
  | {
      void: false;
      validBallots: number;
      invalidBallots: number;
      totals: PersonTotal[];
      elected: string[];
      /** Tied at the cut-off: a re-vote among these only, for `revoteSeats` seats (第二十九条). */
      tied: string[];
      revoteSeats: number;
      /** Seats nobody won: a supplementary election (另行选举). */
      unfilledSeats: number;
      base: number;
      rule: Threshold;
    };

function tally(input: ElectionCountInput): {
  totals: Map<string, PersonTotal>;
  valid: number;
  invalid: number;
} {
  const totals = new Map<string, PersonTotal>();
  const person = (p: string, onBallot: boolean) => {
    const known = totals.get(p);
    if (known) return known;
    const t: PersonTotal = { person: p, onBallot, yes: 0, no: 0, abstain: 0, qualified: false };
    totals.set(p, t);
    return t;
  };
  for (const c of input.candidates) person(c, true);
  let valid = 0;
  for (const b of input.ballots) {
    if (ballotDefect(b, input.seats, input.writeInOnlyAfterNo)) continue;
    valid++;
    for (const c of input.candidates) {
      const mark = b.marks[c] ?? 'abstain';
      person(c, true)[mark]++;
    }
    for (const w of b.writeIns) person(w, input.candidates.includes(w)).yes++;
  }
  return { totals, valid, invalid: input.ballots.length - valid };
}

/**
 * Counts one round of an election of officials (地方组织法 第二十九条; 选举法 第四十四条): void rounds,
 * void ballots, the more-than-half-of-all threshold, highest totals when too many qualify, a re-vote
 * among those tied at the cut-off, and the seats left for a supplementary election.
 */
export function countElection(input: ElectionCountInput): ElectionCount {
  if (!Number.isInteger(input.seats) || input.seats < 1)
    throw new RangeError('seats must be a positive integer');
  if (roundIsVoid(input.ballotsIssued, input.ballots.length)) {
    return {
      void: true,
      reason: 'more_ballots_returned_than_issued',
      issued: input.ballotsIssued,
      returned: input.ballots.length,
    };
  }
  const { totals, valid, invalid } = tally(input);
  const all = [...totals.values()];
  for (const t of all) t.qualified = meetsThreshold(t.yes, input.base, input.rule);
  all.sort((a, b) => b.yes - a.yes || Number(b.onBallot) - Number(a.onBallot));
  const qualified = all.filter((t) => t.qualified);
  let elected: string[];
  let tied: string[] = [];
  if (qualified.length <= input.seats) {
    elected = qualified.map((t) => t.person);
  } else {
    const cutoff = (qualified[input.seats - 1] as PersonTotal).yes;
    const above = qualified.filter((t) => t.yes > cutoff);
    const atCutoff = qualified.filter((t) => t.yes === cutoff);
    if (above.length + atCutoff.length === input.seats) {
      elected = [...above, ...atCutoff].map((t) => t.person);
    } else {
      elected = above.map((t) => t.person);
      tied = atCutoff.map((t) => t.person);
    }
  }
  const revoteSeats = tied.length ? input.seats - elected.length : 0;
  return {
    void: false,
    validBallots: valid,
    invalidBallots: invalid,
    totals: all,
    elected,
    tied,
    revoteSeats,
    unfilledSeats: input.seats - elected.length - revoteSeats,
    base: input.base,
    rule: input.rule,
  };
}
