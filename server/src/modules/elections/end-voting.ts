import { AppError, type ElectionRound } from '@renda/shared';
import { eq } from 'drizzle-orm';
import { electionRounds } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { roundView } from './election-view';
import { getElection, lockRound } from './elections.repository';

/**
 * Voting ends and counting begins (计票): electronic ballots are no longer accepted, scrutineers go on
 * entering paper ballots, and the hall may open other business while they count.
 */
export async function endVoting(
  db: Db,
  ctx: AuditContext,
  jid: string,
  roundId: string,
): Promise<ElectionRound> {
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, jid, roundId, 'update');
    if (!round) throw new AppError('NOT_FOUND');
    if (round.status !== 'open') throw new AppError('VOTING_CLOSED', { roundStatus: round.status });
    const election = await getElection(tx, jid, round.electionId);
    if (!election) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .update(electionRounds)
      .set({ status: 'counting' })
      .where(eq(electionRounds.id, roundId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const after = await roundView(tx, row);
    await recordAudit(tx, ctx, {
      action: 'election.voting_ended',
      subjectType: 'election_round',
      subjectId: roundId,
      after: { status: after.status, electronicBallots: after.electronicBallots },
    });
    await notifyLive(tx, { jurisdictionId: jid, sessionId: election.sessionId, kind: 'closed' });
    return after;
  });
}
