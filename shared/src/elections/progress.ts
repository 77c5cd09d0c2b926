import { type CandidateListPlan, candidateListPlan, type MarginRange } from './margins';

/**
 * Where an election stands, worked out from its nominations and its closed rounds alone (nothing else
 * is stored): which candidates are fixed, who is elected, and which round comes next — a preliminary
 * vote (预选, 第二十七条), the formal vote, a re-vote among those tied at the cut-off, or a supplementary
 * election for seats nobody won (另行选举, 地方组织法 第二十九条). A void round (选举法 第四十四条) counts for
 * nothing, so the same round comes next again (重选).
 */

export const ROUND_TYPES = ['preliminary', 'formal', 'revote', 'supplementary'] as const;
export type RoundType = (typeof ROUND_TYPES)[number];
export const ROUND_STATUSES = ['open', 'counting', 'closed', 'void'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A person on a ballot: a nomination (id), or someone written in (id null). */
export interface BallotPerson {
  id: string | null;
  name: string;
}

export interface ProgressOffice {
  id: string;
  seats: number;
  marginExtra: number;
}

export interface ProgressRound {
  type: RoundType;
  status: RoundStatus;
  offices: Array<{ id: string; seats: number; candidates: Array<{ id: string; name: string }> }>;
  announced: Array<{
    officeId: string;
    void: boolean;
    totals: Array<{ name: string; onBallot: boolean; yes: number }>;
    elected: string[];
    tied: string[];
    revoteSeats: number;
  }> | null;
}

export interface OfficeProgress {
  officeId: string;
  plan: CandidateListPlan;
  /** The formal candidates; null while a preliminary vote has still to decide them (or too few nominees). */
  candidates: BallotPerson[] | null;
  /** Preliminary votes: who went through, and the places still to decide among whom. */
  preliminary: {
    advanced: BallotPerson[];
    pending: { seats: number; candidates: BallotPerson[] } | null;
  } | null;
  formalHeld: boolean;
  elected: BallotPerson[];
  /** Tied at the cut-off: a re-vote among these for `seats` seats. */
  revote: { seats: number; candidates: BallotPerson[] } | null;
  /** Seats left for a supplementary election (另行选举). */
  unfilled: number;
  /** The first vote's ranking of candidates on the ballot, most yes first (for 另行选举). */
  firstRanking: Array<{ id: string | null; name: string; yes: number }>;
}

export interface NextRound {
  type: RoundType;
  officeIds: string[];
}

function personOf(name: string, ...lists: Array<ReadonlyArray<{ id: string | null; name: string }>>) {
  for (const list of lists) {
    const found = list.find((p) => p.name === name);
    if (found) return { id: found.id, name };
  }
  return { id: null, name };
}

export function officeProgress(
  office: ProgressOffice,
  nominees: ReadonlyArray<{ id: string; name: string }>,
  rounds: readonly ProgressRound[],
  range: MarginRange,
): OfficeProgress {
  const plan = candidateListPlan(office.seats, office.marginExtra, nominees.length, range);
  const counted = rounds
    .filter((r) => r.status === 'closed' && r.announced)
    .flatMap((r) => {
      const onBallot = r.offices.find((o) => o.id === office.id);
      const section = r.announced?.find((a) => a.officeId === office.id && !a.void);
      return onBallot && section ? [{ type: r.type, onBallot, section }] : [];
    });

  let preliminary: OfficeProgress['preliminary'] = null;
  let candidates: BallotPerson[] | null = null;
  if (plan.kind === 'preliminary') {
    const advanced: BallotPerson[] = [];
    let pending: { seats: number; candidates: BallotPerson[] } | null = {
      seats: plan.places,
      candidates: [...nominees],
    };
    for (const { section, onBallot } of counted.filter((c) => c.type === 'preliminary')) {
      advanced.push(...section.elected.map((n) => personOf(n, onBallot.candidates, nominees)));
      pending = section.tied.length
        ? {
            seats: section.revoteSeats,
            candidates: section.tied.map((n) => personOf(n, onBallot.candidates, nominees)),
          }
        : null;
    }
    preliminary = { advanced, pending };
    candidates = pending ? null : advanced;
  } else if (plan.kind === 'fixed') {
    candidates = [...nominees];
  }

  let formalHeld = false;
  const elected: BallotPerson[] = [];
  let revote: OfficeProgress['revote'] = null;
  let firstRanking: OfficeProgress['firstRanking'] = [];
  for (const { type, section, onBallot } of counted.filter((c) => c.type !== 'preliminary')) {
    if (type === 'formal' && !formalHeld)
      firstRanking = section.totals
        .filter((t) => t.onBallot)
        .map((t) => ({ ...personOf(t.name, onBallot.candidates, nominees), yes: t.yes }))
        .sort((a, b) => b.yes - a.yes);
    if (type === 'formal') formalHeld = true;
    elected.push(...section.elected.map((n) => personOf(n, onBallot.candidates, nominees)));
    revote = section.tied.length
      ? {
          seats: section.revoteSeats,
          candidates: section.tied.map((n) => personOf(n, onBallot.candidates, nominees)),
        }
      : null;
  }
  const unfilled = formalHeld ? office.seats - elected.length - (revote?.seats ?? 0) : 0;
  return {
    officeId: office.id,
    plan,
    candidates,
    preliminary,
    formalHeld,
    elected,
    revote,
    unfilled,
    firstRanking,
  };
}

/**
 * The round that comes next: preliminary votes until every office has its candidates, then the formal
 * vote, then re-votes among the tied (they may leave seats unfilled), then supplementary elections.
 * Null when every seat is filled.
 */
export function nextRound(offices: readonly OfficeProgress[]): NextRound | null {
  const pick = (type: RoundType, f: (o: OfficeProgress) => boolean): NextRound | null => {
    const officeIds = offices.filter(f).map((o) => o.officeId);
    return officeIds.length ? { type, officeIds } : null;
  };
  return (
    pick('preliminary', (o) => o.preliminary !== null && o.preliminary.pending !== null) ??
    pick('formal', (o) => !o.formalHeld) ??
    pick('revote', (o) => o.revote !== null) ??
    pick('supplementary', (o) => o.unfilled > 0)
  );
}
