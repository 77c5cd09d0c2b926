import { randomUUID } from 'node:crypto';
import {
  AppError,
  clampMargin,
  type ElectionRound,
  marginFits,
  type NextRound,
  nextRound,
  type OfficeProgress,
  type RoundOpenInput,
  type RuleProfile,
  type RuleSource,
} from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { getProfile } from '../profile/get-profile';
import { quorumOf, rulesFor } from '../sessions/quorum';
import { getAgendaItem, lockSession } from '../sessions/sessions.repository';
import { assertCanOpen } from '../votes/open-vote';
import { roundView } from './election-view';
import { progressOf, type RoundOffices, rangeOf } from './elections.presenter';
import {
  getElection,
  insertRound,
  listNominations,
  listOffices,
  listRounds,
  lockElection,
  type NominationRow,
  type OfficeRow,
  setElectionStatus,
} from './elections.repository';

/**
 * 预选 has no threshold: the nominees are ranked by their yes votes and the top seats + margin become
 * the candidates (地方组织法 第二十七条: 根据在预选中得票多少的顺序). Counted with the election rules and
 * "at least 0 of the base", every nominee qualifies and only the ranking (and any tie at the cut-off)
 * decides.
 */
const PRELIMINARY_SOURCE: RuleSource = {
  kind: 'law',
  law: '地方各级人民代表大会和地方各级人民政府组织法（2022）',
  article: '第二十七条',
  note: '预选不设得票门槛，按得票多少的顺序确定正式候选人',
};

const WHY: Record<NextRound['type'], string> = {
  preliminary: 'more nominees than seats + margin: a preliminary vote (预选) decides the candidates first',
  formal: 'the formal vote comes next',
  revote: 'candidates tied at the cut-off: a re-vote among them comes first (第二十九条)',
  supplementary: 'seats remain unfilled: a supplementary election (另行选举) comes next',
};

type Person = { id: string | null; name: string };

function withIds(people: Person[]): Array<{ id: string; name: string }> {
  // a person written in and tied at the cut-off has no nomination: the re-vote ballot gives them an id
  return people.map((p) => ({ id: p.id ?? randomUUID(), name: p.name }));
}

/**
 * 另行选举 (地方组织法 第二十九条): candidates from the first vote's ranking, or named by the manager from
 * the office's nominations; either way the margin of 第二十七条 applies again for the unfilled seats.
 */
function supplementaryCandidates(
  office: OfficeRow,
  p: OfficeProgress,
  profile: RuleProfile,
  nominations: NominationRow[],
  named: string[] | undefined,
): Array<{ id: string; name: string }> {
  const unfilled = p.unfilled;
  const range = rangeOf(profile, { officeType: office.officeType, seats: unfilled });
  const electedIds = new Set(p.elected.map((e) => e.id));
  const fits = (n: number) =>
    marginFits(range, n - unfilled) || (range.unopposedIfSingleNominee && unfilled === 1 && n === 1);
  const short = (n: number, reason: string) =>
    new AppError('MARGIN_NOT_MET', [
      {
        officeId: office.id,
        office: office.name,
        unfilled,
        candidates: n,
        min: unfilled + range.min,
        max: range.max === null ? null : unfilled + range.max,
        reason,
      },
    ]);
  if (named) {
    const issues = named.flatMap((id, i) => {
      const n = nominations.find((x) => x.id === id && x.officeId === office.id && x.status === 'valid');
      if (!n)
        return [
          {
            path: `offices[${office.name}].candidateIds[${i}]`,
            message: 'not a valid nomination of this office',
          },
        ];
      if (electedIds.has(id))
        return [{ path: `offices[${office.name}].candidateIds[${i}]`, message: 'already elected' }];
      if (named.indexOf(id) !== i)
        return [{ path: `offices[${office.name}].candidateIds[${i}]`, message: 'named twice' }];
      return [];
    });
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues);
    if (!fits(named.length)) throw short(named.length, 'margin');
    return named.map((id) => {
      const n = nominations.find((x) => x.id === id) as NominationRow;
      return { id: n.id, name: n.candidateName };
    });
  }
  const ranking = p.firstRanking.filter((r) => r.id !== null && !electedIds.has(r.id));
  let take = Math.min(ranking.length, unfilled + clampMargin(range, office.marginExtra ?? 0));
  // a tie at the cut-off of the ranking takes in everyone tied, if the margin allows
  while (take > 0 && take < ranking.length && ranking[take]?.yes === ranking[take - 1]?.yes) take++;
  if (!fits(take))
    throw short(
      take,
      take > unfilled + (range.max ?? take)
        ? 'a tie in the first-round ranking: name the candidates'
        : 'the first-round ranking has too few candidates: name them',
    );
  return ranking.slice(0, take).map((r) => ({ id: r.id as string, name: r.name }));
}

/**
 * The presiding officer opens the next round of an election. Which round comes next follows from the
 * election's state (preliminary → formal → re-votes → supplementary); asking for another type is
 * refused with the reason. Like a vote it needs the session sitting, nothing else open in the hall and a
 * quorum (assertCanOpen). The round keeps its rule, base, the deputies in office and present as announced
 * at the opening, and its ballot paper (offices, seats and candidates).
 */
export async function openRound(
  db: Db,
  ctx: AuditContext,
  jid: string,
  electionId: string,
  input: RoundOpenInput,
): Promise<ElectionRound> {
  return db.transaction(async (tx) => {
    const found = await getElection(tx, jid, electionId);
    if (!found) throw new AppError('NOT_FOUND');
    const session = await lockSession(tx, jid, found.sessionId);
    const election = await lockElection(tx, jid, electionId);
    if (!session || !election) throw new AppError('NOT_FOUND');
    if (election.status !== 'candidates_fixed' && election.status !== 'voting')
      throw new AppError('INVALID_STATE', { electionStatus: election.status });
    const rounds = await listRounds(tx, election.id);
    const busy = rounds.find((r) => r.status === 'open' || r.status === 'counting');
    if (busy)
      throw new AppError('CONFLICT', { reason: 'a round of this election is not closed', roundId: busy.id });
    const [offices, nominations, { version, profile }, item] = await Promise.all([
      listOffices(tx, election.id),
      listNominations(tx, election.id),
      getProfile(tx, jid),
      getAgendaItem(tx, jid, election.itemId),
    ]);
    if (!item) throw new AppError('NOT_FOUND');
    const progress = progressOf(offices, nominations, rounds, profile);
    const next = nextRound(progress);
    if (!next) throw new AppError('INVALID_STATE', { reason: 'every seat is filled' });
    if (input.type && input.type !== next.type)
      throw new AppError('INVALID_STATE', {
        expected: next.type,
        requested: input.type,
        reason: WHY[next.type],
      });
    if (input.offices && next.type !== 'supplementary')
      throw new AppError('VALIDATION_FAILED', [
        { path: 'offices', message: 'only for a supplementary election' },
      ]);
    const stray = (input.offices ?? []).filter((o) => !next.officeIds.includes(o.officeId));
    if (stray.length)
      throw new AppError(
        'VALIDATION_FAILED',
        stray.map((o) => ({ path: 'offices', message: `${o.officeId} has no unfilled seat` })),
      );

    const ballot: RoundOffices = next.officeIds.map((officeId) => {
      const i = offices.findIndex((o) => o.id === officeId);
      const office = offices[i] as OfficeRow;
      const p = progress[i] as OfficeProgress;
      const line = (seats: number, candidates: Array<{ id: string; name: string }>) => ({
        id: office.id,
        name: office.name,
        seats,
        candidates,
      });
      if (next.type === 'preliminary') {
        const pending = p.preliminary?.pending;
        if (!pending) throw new Error('no preliminary pending');
        return line(pending.seats, withIds(pending.candidates));
      }
      if (next.type === 'formal') {
        if (!p.candidates)
          throw new AppError('MARGIN_NOT_MET', [
            { officeId: office.id, office: office.name, reason: 'no candidates fixed' },
          ]);
        return line(office.seats, withIds(p.candidates));
      }
      if (next.type === 'revote') {
        if (!p.revote) throw new Error('no revote pending');
        return line(p.revote.seats, withIds(p.revote.candidates));
      }
      const named = input.offices?.find((o) => o.officeId === office.id)?.candidateIds;
      return line(p.unfilled, supplementaryCandidates(office, p, profile, nominations, named));
    });

    await assertCanOpen(tx, jid, session, item.meeting);
    const rules = rulesFor(profile, session.body);
    const rule =
      next.type === 'preliminary'
        ? { num: 0, den: 1, of: rules.electionPass.of, strict: false, source: PRELIMINARY_SOURCE }
        : rules.electionPass;
    const quorum = await quorumOf(tx, jid, session, profile);
    const row = await insertRound(tx, {
      jurisdictionId: jid,
      electionId: election.id,
      number: Math.max(0, ...rounds.map((r) => r.number)) + 1,
      type: next.type,
      status: 'open',
      ballotsIssued: input.ballotsIssued ?? null,
      profileVersion: version,
      baseKind: rules.baseKind,
      rule,
      openedBy: ctx.actorId,
      inOffice: quorum.inOffice,
      present: quorum.present,
      offices: ballot,
    });
    if (next.type !== 'preliminary' && election.status !== 'voting')
      await setElectionStatus(tx, election.id, 'voting');
    const after = await roundView(tx, row);
    await recordAudit(tx, ctx, {
      action: 'election.round_opened',
      subjectType: 'election_round',
      subjectId: row.id,
      after,
    });
    await notifyLive(tx, { jurisdictionId: jid, sessionId: election.sessionId, kind: 'opened' });
    return after;
  });
}
