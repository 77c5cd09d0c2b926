import { AppError, type Election } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { findSessionAnywhere } from '../sessions/sessions.repository';
import { electionView } from './election-view';
import { progressOf } from './elections.presenter';
import { listNominations, listOffices, lockElection, setElectionStatus } from './elections.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Nominations close and each office's candidate list is settled (地方组织法 第二十七条): nominees equal to
 * seats + margin stand as candidates; more nominees need a preliminary vote (预选) that keeps the top
 * seats + margin; fewer are refused (MARGIN_NOT_MET), except a single nominee for a single head post
 * where the profile allows an unopposed election (如果提名的候选人只有一人，也可以等额选举). Collecting
 * joint nominations that did not reach the signatures needed lapse.
 *
 * At the first session of a term (换届) nominations must have been open for the profile's
 * nominationPeriodDays (提名、酝酿候选人的时间不得少于两天).
 */
export async function fixCandidates(
  db: Db,
  ctx: AuditContext,
  jid: string,
  electionId: string,
): Promise<Election> {
  return db.transaction(async (tx) => {
    const election = await lockElection(tx, jid, electionId);
    if (!election) throw new AppError('NOT_FOUND');
    if (election.status !== 'nominating')
      throw new AppError('INVALID_STATE', { electionStatus: election.status });
    const { profile } = await getProfile(tx, jid);
    const session = await findSessionAnywhere(tx, election.sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    const period = profile.elections.nominationPeriodDays.min;
    const elapsed = Date.now() - election.createdAt.getTime();
    if (session.body === 'congress' && session.number === 1 && elapsed < period * DAY_MS)
      throw new AppError('INVALID_STATE', {
        reason: 'nomination period',
        minDays: period,
        openSince: election.createdAt.toISOString(),
      });
    const offices = await listOffices(tx, election.id);
    const nominations = await listNominations(tx, election.id);
    const progress = progressOf(offices, nominations, [], profile);
    const short = offices.flatMap((o, i) => {
      const plan = progress[i]?.plan;
      if (plan?.kind !== 'short') return [];
      const nominees = nominations.filter((n) => n.officeId === o.id && n.status === 'valid').length;
      return [
        {
          officeId: o.id,
          office: o.name,
          seats: o.seats,
          marginExtra: o.marginExtra,
          needed: plan.places,
          nominees,
        },
      ];
    });
    if (short.length) throw new AppError('MARGIN_NOT_MET', short);
    const updated = await setElectionStatus(tx, election.id, 'candidates_fixed');
    const after = await electionView(tx, updated, profile);
    await recordAudit(tx, ctx, {
      action: 'election.candidates_fixed',
      subjectType: 'election',
      subjectId: election.id,
      after,
    });
    return after;
  });
}
