import { AppError, type Vote, type voteOpenSchema } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { electionRounds, elections, votes } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, Tx } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { getProfile } from '../profile/get-profile';
import { quorumOf, rulesFor } from '../sessions/quorum';
import { getAgendaItem, lockSession, type SessionRow } from '../sessions/sessions.repository';
import { presentVote } from './votes.presenter';
import { getVote, openVoteOf } from './votes.repository';

/** Items decided by a show of votes: resolutions and decisions (表决), appointment decisions (决定任命). */
const VOTABLE = ['vote', 'appointment'];

/**
 * The hall has one voting device: nothing else may be open. A vote or election round cannot open
 * without a quorum, and the error says how many are present and how many are needed.
 */
export async function assertCanOpen(
  tx: Tx,
  jid: string,
  session: SessionRow,
  meeting: string,
): Promise<void> {
  const sitting = meeting === 'preparatory' ? ['preparatory', 'in_progress'] : ['in_progress'];
  if (!sitting.includes(session.status))
    throw new AppError('INVALID_STATE', { sessionStatus: session.status, meeting });
  if (await openVoteOf(tx, session.id)) throw new AppError('CONFLICT', { reason: 'a vote is open' });
  const openRounds = await tx
    .select({ id: electionRounds.id })
    .from(electionRounds)
    .innerJoin(elections, eq(elections.id, electionRounds.electionId))
    .where(and(eq(elections.sessionId, session.id), eq(electionRounds.status, 'open')));
  if (openRounds.length) throw new AppError('CONFLICT', { reason: 'an election round is open' });
  const { profile } = await getProfile(tx, jid);
  const quorum = await quorumOf(tx, jid, session, profile);
  if (!quorum.met)
    throw new AppError('QUORUM_NOT_MET', {
      present: quorum.present,
      needed: quorum.needed,
      inOffice: quorum.inOffice,
      rule: quorum.rule,
    });
}

/** The presiding officer opens a vote on an agenda item (表决), with the text voted on. */
export async function openVote(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  input: z.infer<typeof voteOpenSchema>,
): Promise<Vote> {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, jid, sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    const item = await getAgendaItem(tx, jid, input.itemId);
    if (!item || item.sessionId !== sessionId)
      throw new AppError('VALIDATION_FAILED', [{ path: 'itemId', message: 'not an item of this session' }]);
    if (!VOTABLE.includes(item.kind))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'itemId', message: `a ${item.kind} item is not voted on` },
      ]);
    if (input.correctsVoteId) {
      const corrected = await getVote(tx, jid, input.correctsVoteId);
      if (!corrected || corrected.sessionId !== sessionId || corrected.status !== 'closed')
        throw new AppError('VALIDATION_FAILED', [
          { path: 'correctsVoteId', message: 'not a closed vote of this session' },
        ]);
    }
    await assertCanOpen(tx, jid, session, item.meeting);
    const { version, profile } = await getProfile(tx, jid);
    const rules = rulesFor(profile, session.body);
    const [row] = await tx
      .insert(votes)
      .values({
        jurisdictionId: jid,
        sessionId,
        itemId: item.id,
        title: input.title ?? item.title,
        text: input.text,
        mode: input.mode,
        allowChange: profile.session.mayChangeVoteBeforeClose.enabled,
        status: 'open',
        correctsVoteId: input.correctsVoteId ?? null,
        profileVersion: version,
        baseKind: rules.baseKind,
        rule: rules.pass,
        openedBy: ctx.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentVote(row, 0);
    await recordAudit(tx, ctx, {
      action: input.correctsVoteId ? 'vote.correction_opened' : 'vote.opened',
      subjectType: 'vote',
      subjectId: row.id,
      after,
    });
    await notifyLive(tx, { jurisdictionId: jid, sessionId, kind: 'opened' });
    return after;
  });
}
