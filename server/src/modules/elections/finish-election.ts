import { AppError, type Election, nextRound } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { electionView } from './election-view';
import { progressOf } from './elections.presenter';
import {
  listNominations,
  listOffices,
  listRounds,
  lockElection,
  setElectionStatus,
} from './elections.repository';

/**
 * The congress decides to hold the supplementary election for unfilled seats at its next session
 * (地方组织法 第二十九条: 也可以在下一次人民代表大会会议上进行): the election closes with those seats
 * unfilled. A re-vote among tied candidates cannot be put off, and neither can a vote not yet held.
 */
export async function finishElection(
  db: Db,
  ctx: AuditContext,
  jid: string,
  electionId: string,
): Promise<Election> {
  return db.transaction(async (tx) => {
    const election = await lockElection(tx, jid, electionId);
    if (!election) throw new AppError('NOT_FOUND');
    if (election.status !== 'voting')
      throw new AppError('INVALID_STATE', { electionStatus: election.status });
    const { profile } = await getProfile(tx, jid);
    const [offices, nominations, rounds] = await Promise.all([
      listOffices(tx, election.id),
      listNominations(tx, election.id),
      listRounds(tx, election.id),
    ]);
    const busy = rounds.find((r) => r.status === 'open' || r.status === 'counting');
    if (busy)
      throw new AppError('CONFLICT', { reason: 'a round of this election is not closed', roundId: busy.id });
    const progress = progressOf(offices, nominations, rounds, profile);
    const next = nextRound(progress);
    if (next && next.type !== 'supplementary')
      throw new AppError('INVALID_STATE', {
        reason: `a ${next.type} round must be held first`,
        expected: next.type,
      });
    const updated = await setElectionStatus(tx, election.id, 'closed');
    const after = await electionView(tx, updated, profile);
    await recordAudit(tx, ctx, {
      action: 'election.finished',
      subjectType: 'election',
      subjectId: election.id,
      after: {
        status: after.status,
        unfilled: after.offices
          .filter((o) => o.unfilled > 0)
          .map((o) => ({ officeId: o.id, unfilled: o.unfilled })),
      },
    });
    return after;
  });
}
