import { and, desc, eq, sql } from 'drizzle-orm';
import { voteBallots, voteParticipations, votes } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export type VoteRow = typeof votes.$inferSelect;

export async function getVote(db: DbOrTx, jid: string, id: string): Promise<VoteRow | null> {
  const [r] = await db
    .select()
    .from(votes)
    .where(and(eq(votes.jurisdictionId, jid), eq(votes.id, id)));
  return r ?? null;
}

/** Locks the vote row: casting takes a share lock, closing an update lock, so no ballot lands after closing. */
export async function lockVote(db: DbOrTx, jid: string, id: string, mode: 'share' | 'update') {
  const [r] = await db
    .select()
    .from(votes)
    .where(and(eq(votes.jurisdictionId, jid), eq(votes.id, id)))
    .for(mode);
  return r ?? null;
}

export async function listVotes(db: DbOrTx, jid: string, sessionId: string): Promise<VoteRow[]> {
  return db
    .select()
    .from(votes)
    .where(and(eq(votes.jurisdictionId, jid), eq(votes.sessionId, sessionId)))
    .orderBy(desc(votes.openedAt));
}

export async function openVoteOf(db: DbOrTx, sessionId: string): Promise<VoteRow | null> {
  const [r] = await db
    .select()
    .from(votes)
    .where(and(eq(votes.sessionId, sessionId), eq(votes.status, 'open')));
  return r ?? null;
}

export async function participationCount(db: DbOrTx, voteId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(voteParticipations)
    .where(eq(voteParticipations.voteId, voteId));
  return r?.n ?? 0;
}

export async function hasParticipated(db: DbOrTx, voteId: string, deputyId: string): Promise<boolean> {
  const r = await db
    .select({ v: voteParticipations.voteId })
    .from(voteParticipations)
    .where(and(eq(voteParticipations.voteId, voteId), eq(voteParticipations.deputyId, deputyId)));
  return r.length > 0;
}

export async function choiceCounts(db: DbOrTx, voteId: string) {
  const rows = await db
    .select({ choice: voteBallots.choice, n: sql<number>`count(*)::int` })
    .from(voteBallots)
    .where(eq(voteBallots.voteId, voteId))
    .groupBy(voteBallots.choice);
  const n = (c: string) => rows.find((r) => r.choice === c)?.n ?? 0;
  return { yes: n('yes'), no: n('no'), abstain: n('abstain') };
}
