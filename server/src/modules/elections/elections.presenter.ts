import {
  type Election,
  type ElectionRound,
  marginRange,
  marginRuleFor,
  type Nomination,
  nextRound,
  type OfficeProgress,
  type OfficeType,
  officeProgress,
  type ProgressRound,
  type PublishedElectionRound,
  type RoundStatus,
  type RoundType,
  type RuleProfile,
} from '@renda/shared';
import type { ElectionRow, NominationRow, OfficeRow, PaperEntryRow, RoundRow } from './elections.repository';

export type RoundOffices = PublishedElectionRound['offices'];
export type Announced = PublishedElectionRound['announced'];

export function progressRound(r: RoundRow): ProgressRound {
  return {
    type: r.type as RoundType,
    status: r.status as RoundStatus,
    offices: r.offices as RoundOffices,
    announced: (r.announced as Announced | null) ?? null,
  };
}

export function rangeOf(profile: RuleProfile, office: Pick<OfficeRow, 'officeType' | 'seats'>) {
  return marginRange(marginRuleFor(profile, office.officeType as OfficeType), office.seats);
}

/** Every office's progress from its valid nominations and the election's rounds. */
export function progressOf(
  offices: OfficeRow[],
  nominations: NominationRow[],
  rounds: RoundRow[],
  profile: RuleProfile,
): OfficeProgress[] {
  const pr = rounds.map(progressRound);
  return offices.map((o) =>
    officeProgress(
      { id: o.id, seats: o.seats, marginExtra: o.marginExtra ?? 0 },
      nominations
        .filter((n) => n.officeId === o.id && n.status === 'valid')
        .map((n) => ({ id: n.id, name: n.candidateName })),
      pr,
      rangeOf(profile, o),
    ),
  );
}

export function presentElection(
  e: ElectionRow,
  offices: OfficeRow[],
  nominations: NominationRow[],
  rounds: RoundRow[],
  profile: RuleProfile,
): Election {
  const progress = progressOf(offices, nominations, rounds, profile);
  const busy = rounds.some((r) => r.status === 'open' || r.status === 'counting');
  const next = e.status === 'candidates_fixed' || e.status === 'voting' ? nextRound(progress) : null;
  return {
    id: e.id,
    sessionId: e.sessionId,
    itemId: e.itemId,
    title: e.title,
    status: e.status as Election['status'],
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    offices: offices.map((o, i) => {
      const p = progress[i] as OfficeProgress;
      const range = rangeOf(profile, o);
      return {
        id: o.id,
        name: o.name,
        officeType: o.officeType as OfficeType,
        seats: o.seats,
        marginExtra: o.marginExtra ?? 0,
        position: o.position,
        marginRange: { min: range.min, max: range.max },
        nominees: nominations.filter((n) => n.officeId === o.id && n.status === 'valid').length,
        places: p.plan.places,
        preliminaryRequired: p.plan.kind === 'preliminary',
        candidates: p.candidates,
        elected: p.elected,
        revote: p.revote,
        unfilled: p.unfilled,
      };
    }),
    nextRound: busy ? null : next,
  };
}

export function presentNomination(
  n: NominationRow,
  signers: Array<{ deputyId: string; name: string; confirmedAt: Date | null }>,
  signersNeeded: number,
): Nomination {
  const mine = [...signers].sort((a, b) =>
    a.deputyId === n.leadDeputyId ? -1 : b.deputyId === n.leadDeputyId ? 1 : a.name.localeCompare(b.name),
  );
  return {
    id: n.id,
    electionId: n.electionId,
    officeId: n.officeId,
    candidateName: n.candidateName,
    candidateDeputyId: n.candidateDeputyId,
    candidateInfo: n.candidateInfo,
    nominatedBy: n.nominatedBy as Nomination['nominatedBy'],
    leadDeputyId: n.leadDeputyId,
    status: n.status as Nomination['status'],
    createdAt: n.createdAt.toISOString(),
    signers: mine.map((s) => ({
      deputyId: s.deputyId,
      name: s.name,
      confirmedAt: s.confirmedAt?.toISOString() ?? null,
    })),
    confirmedSigners: signers.filter((s) => s.confirmedAt).length,
    signersNeeded: n.nominatedBy === 'deputies' ? signersNeeded : null,
  };
}

/** Paper entry progress: entered (first passes), agreed (both passes), unmatched (awaiting a second pass). */
export function paperStats(entries: Pick<PaperEntryRow, 'pass'>[]) {
  const first = entries.filter((e) => e.pass === 1).length;
  const second = entries.filter((e) => e.pass === 2).length;
  return { entries: first, agreed: second, unmatched: first - second };
}

export function presentRound(
  r: RoundRow,
  electronicBallots: number,
  paper: { entries: number; agreed: number; unmatched: number },
): ElectionRound {
  const published = r.published as PublishedElectionRound | null;
  return {
    id: r.id,
    electionId: r.electionId,
    number: r.number,
    type: r.type as RoundType,
    status: r.status as RoundStatus,
    openedAt: r.openedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    profileVersion: r.profileVersion,
    baseKind: r.baseKind as ElectionRound['baseKind'],
    rule: r.rule as ElectionRound['rule'],
    inOffice: r.inOffice,
    present: r.present,
    ballotsIssued: r.ballotsIssued,
    offices: r.offices as RoundOffices,
    electronicBallots,
    paper,
    result: published
      ? {
          ballotsIssued: published.ballotsIssued,
          ballotsReturned: published.ballotsReturned,
          announced: published.announced,
        }
      : null,
  };
}
