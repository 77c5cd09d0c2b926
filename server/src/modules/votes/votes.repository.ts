import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import {
  attendance,
  congressSessions,
  deputies,
  standingCommitteeMembers,
  voteBallots,
  voteParticipations,
  votes,
} from '../../db/schema';
import { type DbOrTx, queryRows } from '../../platform/db/database';

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

/** The ballots received so far while the vote is open; null once it is not (or does not exist). */
export async function openVoteBallotCount(db: DbOrTx, voteId: string): Promise<number | null> {
  const [r] = await db
    .select({
      n: sql<number>`(select count(*)::int from ${voteParticipations} p where p.vote_id = ${votes.id})`,
    })
    .from(votes)
    .where(and(eq(votes.id, voteId), eq(votes.status, 'open')));
  return r ? r.n : null;
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

/** Locks the vote row for sharing (as `lockVote`) and reads its session with it, in one statement. */
export interface Participation {
  /** the deputy's attendance status at the session, null when none is recorded */
  attendance: string | null;
  /** true when this statement recorded the deputy's participation */
  took: boolean;
}

/**
 * For a batch of casts, in ONE statement (it runs with every batch of a plenary's casts):
 * - the vote row, share-locked (closing takes an update lock, so no ballot lands after closing; a vote
 *   closed meanwhile is read as closed), with its status and mode;
 * - while it is open, which of these deputies belong to the session's electorate (the same rule as
 *   `isInElectorate`: deputies of the term in office, or for a standing-committee meeting its members
 *   then serving) and their attendance;
 * - and for those present, the participation rows, left out where the deputy already took part (the
 *   primary key). Rows are inserted in deputy order, so that batches racing on other instances take the
 *   key locks in the same order and cannot deadlock.
 * Null when there is no such vote; deputies outside the electorate are absent from `who`.
 */
export async function lockVoteAndTakePart(
  db: DbOrTx,
  jid: string,
  voteId: string,
  deputyIds: readonly string[],
): Promise<{
  vote: { status: string; mode: string; sessionId: string };
  who: Map<string, Participation>;
} | null> {
  const ids = [...new Set(deputyIds)];
  const rows = await queryRows<{
    status: string;
    mode: string;
    sessionId: string;
    deputyId: string | null;
    attendance: string | null;
    took: boolean;
  }>(
    db,
    sql`
    with v as (
      select vt.status, vt.mode, vt.session_id, s.body, s.term_id, s.start_date
      from ${votes} vt join ${congressSessions} s on s.id = vt.session_id
      where vt.jurisdiction_id = ${jid} and vt.id = ${voteId}
      for share of vt
    ), who as (
      select d.id as deputy_id, a.status
      from v cross join ${deputies} d
      left join ${attendance} a on a.session_id = v.session_id and a.deputy_id = d.id
      where v.status = 'open' and d.id in ${ids} and d.status = 'in_office' and case
        when v.body = 'standing_committee' then exists (select 1 from ${standingCommitteeMembers} m
          where m.jurisdiction_id = ${jid} and m.term_id = v.term_id and m.deputy_id = d.id
            and (m.end_date is null or m.end_date >= v.start_date))
        else d.jurisdiction_id = ${jid} and d.term_id = v.term_id
      end
    ), took as (
      insert into ${voteParticipations} (jurisdiction_id, vote_id, deputy_id)
      select ${jid}, ${voteId}, deputy_id from who where status = 'present' order by deputy_id
      on conflict do nothing
      returning deputy_id
    )
    select v.status, v.mode, v.session_id as "sessionId", who.deputy_id as "deputyId",
      who.status as attendance, took.deputy_id is not null as took
    from v left join who on true left join took on took.deputy_id = who.deputy_id`,
  );
  const first = rows[0];
  if (!first) return null;
  const who = new Map<string, Participation>();
  for (const r of rows) if (r.deputyId) who.set(r.deputyId, { attendance: r.attendance, took: r.took });
  return { vote: { status: first.status, mode: first.mode, sessionId: first.sessionId }, who };
}

export type BallotInsert = typeof voteBallots.$inferInsert;

/** The ballots, and then (same statement) `then`: e.g. the live event that tells screens a ballot came in. */
export async function insertBallots(db: DbOrTx, rows: readonly BallotInsert[], then?: SQL): Promise<void> {
  if (!rows.length) return;
  const insert = db.insert(voteBallots).values([...rows]);
  if (!then) await insert;
  else await db.execute(sql`with ballots as (${insert.getSQL()}) ${then}`);
}
