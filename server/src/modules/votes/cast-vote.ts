import { AppError, type Choice } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { voteBallots } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { findSessionAnywhere, getAttendance, isInElectorate } from '../sessions/sessions.repository';
import { GroupCommit } from './group-commit';
import { hasParticipated, lockVote } from './votes.repository';
import { type CastResult, type NewCast, writeCasts } from './write-casts';

export type { CastResult } from './write-casts';

export interface CastInput {
  choice: Choice;
  receipt?: string | undefined;
}

/** One group-commit queue per database, one lane per vote. */
const queues = new WeakMap<Db, GroupCommit<NewCast & { jid: string; voteId: string }, CastResult>>();

function queueOf(db: Db) {
  let q = queues.get(db);
  if (!q) {
    q = new GroupCommit((_key, items) => {
      const { jid, voteId } = items[0] as { jid: string; voteId: string };
      return writeCasts(db, jid, voteId, items);
    });
    queues.set(db, q);
  }
  return q;
}

/**
 * A deputy present at the session casts a ballot. Who took part goes to vote_participations; what was
 * chosen goes to vote_ballots with a fresh random receipt and, for a secret vote, nothing that names
 * the deputy. Both rows are written in one transaction, and the participation's primary key makes a
 * second (or concurrent duplicate) ballot from the same deputy fail with ALREADY_VOTED.
 *
 * First ballots are written by group commit (`writeCasts`): casts on the same vote that arrive while
 * the previous batch is being written share the next transaction; each is answered after that commit
 * with its own receipt or its own refusal.
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
  if (!input.receipt)
    return queueOf(db).submit(`${jid}:${voteId}`, { ctx, jid, voteId, deputyId, choice: input.choice });
  const receipt = input.receipt;
  return db.transaction(async (tx) => {
    const vote = await lockVote(tx, jid, voteId, 'share');
    if (!vote) throw new AppError('NOT_FOUND');
    if (vote.status !== 'open') throw new AppError('VOTING_CLOSED');
    const session = await findSessionAnywhere(tx, vote.sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    if (!(await isInElectorate(tx, jid, session, deputyId))) throw new AppError('FORBIDDEN');
    const present = await getAttendance(tx, vote.sessionId, deputyId);
    if (present?.status !== 'present') throw new AppError('NOT_PRESENT');
    if (!vote.allowChange) throw new AppError('ALREADY_VOTED', { reason: 'changes not allowed' });
    // only a deputy who took part may change a ballot, and only the one whose receipt they hold
    if (!(await hasParticipated(tx, voteId, deputyId)))
      throw new AppError('VALIDATION_FAILED', [{ path: 'receipt', message: 'no ballot of yours' }]);
    const owner = vote.mode === 'named' ? eq(voteBallots.deputyId, deputyId) : undefined;
    const changed = await tx
      .update(voteBallots)
      .set({ choice: input.choice })
      .where(and(eq(voteBallots.voteId, voteId), eq(voteBallots.receipt, receipt), owner))
      .returning({ id: voteBallots.id });
    if (!changed.length)
      throw new AppError('VALIDATION_FAILED', [{ path: 'receipt', message: 'no such ballot' }]);
    await recordAudit(tx, ctx, {
      action: 'vote.ballot_changed',
      subjectType: 'vote',
      subjectId: voteId,
      after: { participated: true },
    });
    return { voteId, choice: input.choice, receipt, changed: true };
  });
}
