import { AppError, type ElectionRound } from '@renda/shared';
import { eq } from 'drizzle-orm';
import { electionRounds } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { roundView } from './election-view';
import { lockRound } from './elections.repository';

/**
 * The number of paper ballots handed out (发出的选举票), recorded by the manager until closing. More
 * ballots returned than issued voids the round (选举法 第四十四条); electronic ballots count as issued and
 * returned one for one.
 */
export async function recordBallotsIssued(
  db: Db,
  ctx: AuditContext,
  jid: string,
  roundId: string,
  ballotsIssued: number,
): Promise<ElectionRound> {
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, jid, roundId, 'update');
    if (!round) throw new AppError('NOT_FOUND');
    if (round.status !== 'open' && round.status !== 'counting')
      throw new AppError('VOTING_CLOSED', { roundStatus: round.status });
    const [row] = await tx
      .update(electionRounds)
      .set({ ballotsIssued })
      .where(eq(electionRounds.id, roundId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, ctx, {
      action: 'election.ballots_issued',
      subjectType: 'election_round',
      subjectId: roundId,
      before: { ballotsIssued: round.ballotsIssued },
      after: { ballotsIssued },
    });
    return roundView(tx, row);
  });
}
