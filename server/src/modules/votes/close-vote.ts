import {
  type AgendaEffect,
  AppError,
  type Choice,
  type PublishedVote,
  type Vote,
  voteOutcome,
} from '@renda/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { deputies, sessionOfficers, voteBallots, votes } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import { type Db, queryRows, type Tx } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { getProfile } from '../profile/get-profile';
import { getJurisdiction } from '../roster/roster.repository';
import { quorumOf } from '../sessions/quorum';
import { getAgendaItem, lockSession, type SessionRow } from '../sessions/sessions.repository';
import { presentVote } from './votes.presenter';
import { choiceCounts, lockVote, participationCount, type VoteRow } from './votes.repository';

type PublishedBallot = PublishedVote['ballots'][number];

/**
 * Secret ballots are rewritten in random order with new random ids, in one statement, so neither the
 * rows' ids nor their physical order keeps the order in which deputies voted. Returns the rewritten
 * ballots (receipt and choice) in the order of their new ids, the order of the published list.
 */
async function shuffleBallots(tx: Tx, voteId: string): Promise<PublishedBallot[]> {
  const rows = await queryRows<{ id: string; receipt: string; choice: string }>(
    tx,
    sql`
    with old as (delete from vote_ballots where vote_id = ${voteId}
                 returning jurisdiction_id, vote_id, receipt, choice)
    insert into vote_ballots (id, jurisdiction_id, vote_id, receipt, choice)
    select gen_random_uuid(), jurisdiction_id, vote_id, receipt, choice from old order by random()
    returning id, receipt, choice`,
  );
  // uuids compare as their lowercase hex text does
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((r) => ({ receipt: r.receipt, choice: r.choice as Choice }));
}

/** The ballots of the published list, read back: receipts and choices, and for a named vote the deputy. */
async function ballotList(tx: Tx, vote: VoteRow): Promise<PublishedBallot[]> {
  const rows = await tx
    .select({
      receipt: voteBallots.receipt,
      choice: voteBallots.choice,
      deputyId: voteBallots.deputyId,
      name: deputies.name,
    })
    .from(voteBallots)
    .leftJoin(deputies, eq(deputies.id, voteBallots.deputyId))
    .where(eq(voteBallots.voteId, vote.id))
    .orderBy(vote.mode === 'named' ? asc(deputies.name) : asc(voteBallots.id));
  return rows.map((b) => ({
    receipt: b.receipt,
    choice: b.choice as Choice,
    ...(vote.mode === 'named' && b.deputyId ? { deputy: { id: b.deputyId, name: b.name ?? '' } } : {}),
  }));
}

async function publishedDocument(
  tx: Tx,
  jid: string,
  session: SessionRow,
  vote: VoteRow,
  result: {
    inOffice: number;
    present: number;
    counts: PublishedVote['counts'];
    outcome: PublishedVote['result'];
  },
  closedAt: Date,
  ballots: PublishedBallot[],
): Promise<PublishedVote> {
  const j = await getJurisdiction(tx, jid);
  const item = await getAgendaItem(tx, jid, vote.itemId);
  return {
    kind: 'vote',
    formatVersion: 1,
    jurisdiction: { id: jid, name: j?.name ?? '' },
    session: { id: session.id, title: session.title, body: session.body as PublishedVote['session']['body'] },
    agendaItem: { id: vote.itemId, position: item?.position ?? 0, title: item?.title ?? vote.title },
    openedAt: vote.openedAt.toISOString(),
    closedAt: closedAt.toISOString(),
    profileVersion: vote.profileVersion,
    vote: {
      id: vote.id,
      title: vote.title,
      text: vote.text,
      mode: vote.mode as PublishedVote['vote']['mode'],
      correctsVoteId: vote.correctsVoteId,
    },
    eligible: {
      baseKind: vote.baseKind as PublishedVote['eligible']['baseKind'],
      inOffice: result.inOffice,
      present: result.present,
    },
    rule: vote.rule as PublishedVote['rule'],
    counts: result.counts,
    result: result.outcome,
    ballots,
  };
}

/** What passing does: the preparatory meeting's vote on the presidium list seats the presidium. */
async function applyEffect(tx: Tx, jid: string, session: SessionRow, vote: VoteRow): Promise<void> {
  const item = await getAgendaItem(tx, jid, vote.itemId);
  const effect = item?.effect as AgendaEffect | null | undefined;
  if (effect?.type !== 'elect_presidium') return;
  const rows = [
    ...effect.presidium.map((deputyId) => ({ deputyId, role: 'presidium' })),
    { deputyId: effect.secretaryGeneral, role: 'secretary_general' },
  ];
  await tx
    .insert(sessionOfficers)
    .values(rows.map((r) => ({ ...r, jurisdictionId: jid, sessionId: session.id, electedByVoteId: vote.id })))
    .onConflictDoNothing();
}

/**
 * Closing counts yes / no / abstain / did not vote and decides the outcome against the rule and base
 * stored with the vote: more than half of ALL deputies in office (地方组织法 第二十五条), or of all
 * committee members (第五十一条) — not of those present. The result is frozen (a trigger refuses any
 * later change); a correction is a new vote.
 */
export async function closeVote(db: Db, ctx: AuditContext, jid: string, voteId: string): Promise<Vote> {
  return db.transaction(async (tx) => {
    const vote = await lockVote(tx, jid, voteId, 'update');
    if (!vote) throw new AppError('NOT_FOUND');
    if (vote.status !== 'open') throw new AppError('VOTING_CLOSED');
    const session = await lockSession(tx, jid, vote.sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    const { profile } = await getProfile(tx, jid);
    const quorum = await quorumOf(tx, jid, session, profile);
    const counts = await choiceCounts(tx, voteId);
    const cast = counts.yes + counts.no + counts.abstain;
    const present = Math.max(quorum.present, cast);
    const tally = { ...counts, notVoting: present - cast };
    const rule = vote.rule as PublishedVote['rule'];
    const outcome = voteOutcome(tally, quorum.inOffice, rule);
    const ballots = vote.mode === 'secret' ? await shuffleBallots(tx, voteId) : await ballotList(tx, vote);
    const closedAt = new Date();
    const published = await publishedDocument(
      tx,
      jid,
      session,
      vote,
      {
        inOffice: quorum.inOffice,
        present,
        counts: tally,
        outcome: { passed: outcome.passed, base: outcome.base, yesNeeded: outcome.yesNeeded },
      },
      closedAt,
      ballots,
    );
    const [row] = await tx
      .update(votes)
      .set({
        status: 'closed',
        closedAt,
        inOffice: quorum.inOffice,
        present,
        ...tally,
        passed: outcome.passed,
        yesNeeded: outcome.yesNeeded,
        published,
      })
      .where(eq(votes.id, voteId))
      .returning();
    if (!row) throw new Error('update returned nothing');
    if (outcome.passed) await applyEffect(tx, jid, session, row);
    const after = presentVote(row, await participationCount(tx, voteId));
    await notifyLive(tx, { jurisdictionId: jid, sessionId: vote.sessionId, kind: 'closed' });
    await recordAudit(tx, ctx, { action: 'vote.closed', subjectType: 'vote', subjectId: voteId, after });
    return after;
  });
}
