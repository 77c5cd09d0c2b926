/** One candidate's mark on an election ballot. A write-in names someone not on the list. */
export type Mark = 'yes' | 'no' | 'abstain';

export interface ElectionBallot {
  /** candidate id → mark; a candidate left unmarked counts as an abstention. */
  marks: Record<string, Mark>;
  /** people written in (另选他人), each counted as a yes for that person. */
  writeIns: string[];
}

export type BallotDefect = 'too_many_choices' | 'write_in_not_allowed';

/**
 * 选举法 第四十四条: a ballot choosing more people than seats is void; it counts for no one. Where the
 * profile's convention allows a write-in only after a "no" (另选他人), a write-in without a matching
 * "no" spoils the ballot too.
 */
export function ballotDefect(
  ballot: ElectionBallot,
  seats: number,
  writeInOnlyAfterNo: boolean,
): BallotDefect | null {
  const yes = Object.values(ballot.marks).filter((m) => m === 'yes').length;
  if (yes + ballot.writeIns.length > seats) return 'too_many_choices';
  if (writeInOnlyAfterNo) {
    const no = Object.values(ballot.marks).filter((m) => m === 'no').length;
    if (ballot.writeIns.length > no) return 'write_in_not_allowed';
  }
  return null;
}

/** 选举法 第四十四条: more ballots returned than issued voids the whole round; equal or fewer is valid. */
export function roundIsVoid(issued: number, returned: number): boolean {
  return returned > issued;
}
