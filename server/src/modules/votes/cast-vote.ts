import { AppError, type Choice } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { voteBallots, voteParticipations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { newReceipt } from '../../platform/events/receipt';
import { findSessionAnywhere, getAttendance, isInElectorate } from '../sessions/sessions.repository';
import { lockVote } from './votes.repository';

export interface CastInput {
  choice: Choice;
  receipt?: string | undefined;
}

export interface CastResult {
  voteId: string;
  choice: Choice;
  receipt: string;
  changed: boolean;
}

/**
 * A deputy present at the session casts a ballot. Who took part goes to vote_participations; what was
 * chosen goes to vote_ballots with a fresh random receipt and, for a secret vote, nothing that names
 * the deputy. Both rows are written in one transaction, and the participation's primary key makes a
 * second (or concurrent duplicate) ballot from the same deputy fail with ALREADY_VOTED.
 *
 * Where the profile lets a choice change before closing, the deputy presents their receipt: for a secret
 * vote the receipt is the only link between them and their ballot, and only they hold it.
 */
export async function castVote(
  db: Db,
  ctx: AuditContext,
  jid: string,
  voteId: string,
  deputyId: string | null,
  input: CastInput,
): Promise<CastResult> {
  if (!deputyId) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const vote = await lockVote(tx, jid, voteId, 'share');
    if (!vote) throw new AppError('NOT_FOUND');
    if (vote.status !== 'open') throw new AppError('VOTING_CLOSED');
    const session = await findSessionAnywhere(tx, vote.sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    if (!(await isInElectorate(tx, jid, session, deputyId))) throw new AppError('FORBIDDEN');
    const present = await getAttendance(tx, vote.sessionId, deputyId);
    if (present?.status !== 'present') throw new AppError('NOT_PRESENT');

    if (input.receipt) {
      if (!vote.allowChange) throw new AppError('ALREADY_VOTED', { reason: 'changes not allowed' });
      const owner = vote.mode === 'named' ? eq(voteBallots.deputyId, deputyId) : undefined;
      const changed = await tx
        .update(voteBallots)
        .set({ choice: input.choice })
        .where(and(eq(voteBallots.voteId, voteId), eq(voteBallots.receipt, input.receipt), owner))
        .returning({ id: voteBallots.id });
      if (!changed.length)
        throw new AppError('VALIDATION_FAILED', [{ path: 'receipt', message: 'no such ballot' }]);
      await recordAudit(tx, ctx, {
        action: 'vote.ballot_changed',
        subjectType: 'vote',
        subjectId: voteId,
        after: { participated: true },
      });
      return { voteId, choice: input.choice, receipt: input.receipt, changed: true };
    }

    const took = await tx
      .insert(voteParticipations)
      .values({ jurisdictionId: jid, voteId, deputyId })
      .onConflictDoNothing()
      .returning({ deputyId: voteParticipations.deputyId });
    if (!took.length) throw new AppError('ALREADY_VOTED');
    const receipt = newReceipt();
    await tx.insert(voteBallots).values({
      jurisdictionId: jid,
      voteId,
      receipt,
      choice: input.choice,
      deputyId: vote.mode === 'named' ? deputyId : null,
    });
    await notifyLive(tx, { jurisdictionId: jid, sessionId: vote.sessionId, kind: 'ballot' });
    // last, so the audit chain's lock is held only until commit
    await recordAudit(tx, ctx, {
      action: 'vote.participated',
      subjectType: 'vote',
      subjectId: voteId,
      after: { participated: true },
    });
    return { voteId, choice: input.choice, receipt, changed: false };
  });
}
