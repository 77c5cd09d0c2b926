import { meetsThreshold, type Threshold } from '../rules/fraction';

/** 表决: yes / no / abstain; those who did not press are counted apart. */
export interface VoteTally {
  yes: number;
  no: number;
  abstain: number;
  /** Eligible voters who cast nothing. */
  notVoting: number;
}

export interface VoteOutcome {
  passed: boolean;
  /** The denominator used (e.g. deputies in office) and the rule, stored with the result. */
  base: number;
  rule: Threshold;
  /** The least number of yes votes that would have passed. */
  yesNeeded: number;
}

/**
 * A resolution passes when yes meets the profile's rule against its explicit base — for a congress,
 * more than half of ALL deputies in office (地方组织法 第二十五条), not of those present or voting.
 */
export function voteOutcome(tally: VoteTally, base: number, rule: Threshold): VoteOutcome {
  const cast = tally.yes + tally.no + tally.abstain;
  if (cast + tally.notVoting > base) throw new RangeError('more voters than the base allows');
  let yesNeeded = 0;
  while (yesNeeded <= base && !meetsThreshold(yesNeeded, base, rule)) yesNeeded++;
  return { passed: meetsThreshold(tally.yes, base, rule), base, rule, yesNeeded };
}
