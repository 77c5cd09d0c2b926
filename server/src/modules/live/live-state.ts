import type { LiveState, PublishedElectionRound } from '@renda/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import { agendaItems, electionParticipations, electionRounds, elections, votes } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';
import { openRoundBallotCount } from '../elections/elections.repository';
import { getProfile } from '../profile/get-profile';
import { quorumOf } from '../sessions/quorum';
import { findSessionAnywhere } from '../sessions/sessions.repository';
import { openVoteBallotCount, participationCount } from '../votes/votes.repository';

type Current = NonNullable<LiveState['current']>;
type LastResult = NonNullable<LiveState['lastResult']>;

async function currentVote(db: DbOrTx, sessionId: string): Promise<Current | null> {
  // the columns shown, not the vote's full text
  const [v] = await db
    .select({ id: votes.id, title: votes.title, openedAt: votes.openedAt, itemTitle: agendaItems.title })
    .from(votes)
    .innerJoin(agendaItems, eq(agendaItems.id, votes.itemId))
    .where(and(eq(votes.sessionId, sessionId), eq(votes.status, 'open')));
  if (!v) return null;
  return {
    kind: 'vote',
    id: v.id,
    itemTitle: v.itemTitle,
    title: v.title,
    status: 'open',
    ballotsReceived: await participationCount(db, v.id),
    openedAt: v.openedAt.toISOString(),
  };
}

async function currentRound(db: DbOrTx, sessionId: string): Promise<Current | null> {
  const [r] = await db
    .select({ r: electionRounds, title: elections.title, itemTitle: agendaItems.title })
    .from(electionRounds)
    .innerJoin(elections, eq(elections.id, electionRounds.electionId))
    .innerJoin(agendaItems, eq(agendaItems.id, elections.itemId))
    .where(and(eq(elections.sessionId, sessionId), sql`${electionRounds.status} in ('open', 'counting')`));
  if (!r) return null;
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(electionParticipations)
    .where(eq(electionParticipations.roundId, r.r.id));
  return {
    kind: 'election',
    id: r.r.id,
    itemTitle: r.itemTitle,
    title: r.title,
    status: r.r.status,
    ballotsReceived: n?.n ?? 0,
    openedAt: r.r.openedAt.toISOString(),
  };
}

async function lastVote(db: DbOrTx, sessionId: string): Promise<LastResult | null> {
  // the counts, not the published ballot list (one entry per ballot) nor the full text
  const [v] = await db
    .select({
      id: votes.id,
      title: votes.title,
      closedAt: votes.closedAt,
      passed: votes.passed,
      yes: votes.yes,
      no: votes.no,
      abstain: votes.abstain,
      notVoting: votes.notVoting,
      inOffice: votes.inOffice,
      yesNeeded: votes.yesNeeded,
    })
    .from(votes)
    .where(and(eq(votes.sessionId, sessionId), eq(votes.status, 'closed')))
    .orderBy(desc(votes.closedAt))
    .limit(1);
  if (!v?.closedAt) return null;
  return {
    kind: 'vote',
    id: v.id,
    title: v.title,
    closedAt: v.closedAt.toISOString(),
    passed: v.passed,
    counts: { yes: v.yes ?? 0, no: v.no ?? 0, abstain: v.abstain ?? 0, notVoting: v.notVoting ?? 0 },
    base: v.inOffice ?? 0,
    yesNeeded: v.yesNeeded ?? 0,
    elected: null,
  };
}

async function lastRound(db: DbOrTx, sessionId: string): Promise<LastResult | null> {
  const [r] = await db
    .select({ r: electionRounds, title: elections.title })
    .from(electionRounds)
    .innerJoin(elections, eq(elections.id, electionRounds.electionId))
    .where(and(eq(elections.sessionId, sessionId), sql`${electionRounds.status} in ('closed', 'void')`))
    .orderBy(desc(electionRounds.closedAt))
    .limit(1);
  if (!r?.r.closedAt) return null;
  const published = r.r.published as PublishedElectionRound | null;
  const offices = published?.offices ?? [];
  return {
    kind: 'election',
    id: r.r.id,
    title: r.title,
    closedAt: r.r.closedAt.toISOString(),
    passed: null,
    counts: null,
    base: r.r.inOffice ?? 0,
    yesNeeded: 0,
    elected: (published?.announced ?? []).map((a) => ({
      office: offices.find((o) => o.id === a.officeId)?.name ?? '',
      names: a.elected,
    })),
  };
}

/**
 * How many ballots the vote or election round in progress has received, or null when it is no longer in
 * progress (then the whole picture must be computed again).
 */
export function ballotsReceived(db: DbOrTx, current: Pick<Current, 'kind' | 'id'>): Promise<number | null> {
  return current.kind === 'vote' ? openVoteBallotCount(db, current.id) : openRoundBallotCount(db, current.id);
}

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The one picture of a session that the presiding console and the big screen show. */
export async function liveState(db: DbOrTx, sessionId: string): Promise<LiveState | null> {
  const session = await findSessionAnywhere(db, sessionId);
  if (!session) return null;
  const { profile } = await getProfile(db, session.jurisdictionId);
  // one part after another, letting the event loop run in between: the embedded database executes in
  // this thread, and a live refresh should not hold requests up for its whole length
  const quorum = await quorumOf(db, session.jurisdictionId, session, profile);
  await breathe();
  const vote = await currentVote(db, sessionId);
  const round = vote ? null : await currentRound(db, sessionId);
  await breathe();
  const lv = await lastVote(db, sessionId);
  const lr = await lastRound(db, sessionId);
  const last = [lv, lr]
    .filter((x): x is LastResult => x !== null)
    .sort((a, b) => b.closedAt.localeCompare(a.closedAt));
  return {
    sessionId,
    title: session.title,
    body: session.body as LiveState['body'],
    quorum,
    current: vote ?? round,
    lastResult: last[0] ?? null,
    at: new Date().toISOString(),
  };
}
