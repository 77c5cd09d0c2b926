import {
  AppError,
  type ElectionRound,
  nextRound,
  type PublishedElectionRound,
  publishedElectionRoundSchema,
  type RoundType,
  recount,
} from '@renda/shared';
import { eq, sql } from 'drizzle-orm';
import { electionBallots, electionRounds } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, Tx } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { newReceipt } from '../../platform/events/receipt';
import { getJurisdiction } from '../roster/roster.repository';
import { quorumOf } from '../sessions/quorum';
import { getAgendaItem, lockSession, type SessionRow } from '../sessions/sessions.repository';
import type { BallotContent, BoxContent } from './ballot-content';
import { countOffice } from './count-round';
import { roundView } from './election-view';
import { progressOf, type RoundOffices } from './elections.presenter';
import {
  ballotsOf,
  type ElectionRow,
  getElection,
  listNominations,
  listOffices,
  listRounds,
  lockElection,
  lockRound,
  type PaperEntryRow,
  paperEntriesOf,
  participationCount,
  profileAt,
  type RoundRow,
  setElectionStatus,
} from './elections.repository';

/**
 * Ballots are rewritten in random order with new random ids, in one statement, so neither ids nor the
 * physical order keep the order in which they were cast or entered.
 */
async function shuffleBallots(tx: Tx, roundId: string): Promise<void> {
  await tx.execute(sql`
    with old as (delete from election_ballots where round_id = ${roundId}
                 returning jurisdiction_id, round_id, receipt, source, content)
    insert into election_ballots (id, jurisdiction_id, round_id, receipt, source, content)
    select gen_random_uuid(), jurisdiction_id, round_id, receipt, source, content from old order by random()`);
}

/** Agreed paper ballots join the electronic ones, each with a receipt of its own; boxes stay tallies. */
async function admitPaper(tx: Tx, jid: string, round: RoundRow, entries: PaperEntryRow[]) {
  const agreed = entries.filter(
    (e) =>
      e.pass === 1 &&
      entries.some((s) => s.pass === 2 && s.kind === e.kind && s.box === e.box && s.seq === e.seq),
  );
  const ballots = agreed.filter((e) => e.kind === 'ballot');
  if (ballots.length)
    await tx.insert(electionBallots).values(
      ballots.map((e) => ({
        jurisdictionId: jid,
        roundId: round.id,
        receipt: newReceipt(),
        source: 'paper',
        content: e.content as BallotContent,
      })),
    );
  return agreed.filter((e) => e.kind === 'box').map((e) => ({ box: e.box, ...(e.content as BoxContent) }));
}

async function publishedDocument(
  tx: Tx,
  jid: string,
  session: SessionRow,
  election: ElectionRow,
  round: RoundRow,
  counts: { present: number; ballotsIssued: number; boxTallies: PublishedElectionRound['boxTallies'] },
  writeInOnlyAfterNo: boolean,
  closedAt: Date,
): Promise<PublishedElectionRound> {
  const j = await getJurisdiction(tx, jid);
  const item = await getAgendaItem(tx, jid, election.itemId);
  const ballots = (await ballotsOf(tx, round.id)).map((b) => ({
    receipt: b.receipt,
    source: b.source as 'electronic' | 'paper',
    offices: (b.content as BallotContent).offices,
  }));
  const offices = round.offices as RoundOffices;
  const doc: Omit<PublishedElectionRound, 'announced'> = {
    kind: 'election_round',
    formatVersion: 1,
    jurisdiction: { id: jid, name: j?.name ?? '' },
    session: {
      id: session.id,
      title: session.title,
      body: session.body as PublishedElectionRound['session']['body'],
    },
    agendaItem: { id: election.itemId, position: item?.position ?? 0, title: item?.title ?? election.title },
    openedAt: round.openedAt.toISOString(),
    closedAt: closedAt.toISOString(),
    profileVersion: round.profileVersion,
    election: { id: election.id, title: election.title },
    round: { id: round.id, number: round.number, type: round.type as RoundType },
    eligible: {
      baseKind: round.baseKind as PublishedElectionRound['eligible']['baseKind'],
      inOffice: round.inOffice ?? 0,
      present: counts.present,
    },
    rule: round.rule as PublishedElectionRound['rule'],
    writeInOnlyAfterNo,
    ballotsIssued: counts.ballotsIssued,
    ballotsReturned: ballots.length + counts.boxTallies.reduce((n, b) => n + b.ballots, 0),
    offices,
    ballots,
    boxTallies: counts.boxTallies,
  };
  return publishedElectionRoundSchema.parse({ ...doc, announced: offices.map((o) => countOffice(doc, o)) });
}

/**
 * Closing counts the round (地方组织法 第二十九条; 选举法 第四十四条) per office against the rule and base
 * stored with it — more than half of ALL deputies in office, not of those voting. Every paper entry must
 * have its agreeing second pass first. More ballots returned (electronic + paper + box tallies) than
 * issued (paper ballots handed out + electronic ballots) voids the round: it is held again (重选). The
 * ballots are shuffled, the result and the published ballot list are frozen (a trigger refuses any later
 * change), and the election moves on: a re-vote among the tied, a supplementary election for unfilled
 * seats, or closed when every seat is filled.
 */
export async function closeRound(
  db: Db,
  ctx: AuditContext,
  jid: string,
  roundId: string,
): Promise<ElectionRound> {
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, jid, roundId, 'update');
    if (!round) throw new AppError('NOT_FOUND');
    if (round.status !== 'open' && round.status !== 'counting') throw new AppError('VOTING_CLOSED');
    const found = await getElection(tx, jid, round.electionId);
    const session = found && (await lockSession(tx, jid, found.sessionId));
    const election = found && (await lockElection(tx, jid, found.id));
    if (!session || !election) throw new AppError('NOT_FOUND');
    const entries = await paperEntriesOf(tx, roundId);
    const unmatched = entries
      .filter(
        (e) =>
          e.pass === 1 &&
          !entries.some((s) => s.pass === 2 && s.kind === e.kind && s.box === e.box && s.seq === e.seq),
      )
      .map((e) => ({ kind: e.kind, box: e.box, seq: e.seq }));
    if (unmatched.length)
      throw new AppError('INVALID_STATE', { reason: 'paper entries await a second pass', unmatched });
    if (entries.length && round.ballotsIssued === null)
      throw new AppError('INVALID_STATE', { reason: 'the number of paper ballots issued is not recorded' });
    const profile = await profileAt(tx, jid, round.profileVersion);
    if (!profile) throw new Error('the round’s profile version is missing');

    const boxTallies = await admitPaper(tx, jid, round, entries);
    await shuffleBallots(tx, roundId);
    const electronic = await participationCount(tx, roundId);
    const quorum = await quorumOf(tx, jid, session, profile);
    const closedAt = new Date();
    const published = await publishedDocument(
      tx,
      jid,
      session,
      election,
      round,
      {
        present: Math.max(round.present ?? 0, quorum.present, electronic),
        ballotsIssued: (round.ballotsIssued ?? 0) + electronic,
        boxTallies,
      },
      profile.elections.writeInOnlyAfterNo.enabled,
      closedAt,
    );
    // the announced count is what anyone recounting the published list gets
    const check = recount(published);
    if (!check.matches)
      throw new Error(`published round does not recount: ${JSON.stringify(check.differences)}`);
    const isVoid = published.announced.some((a) => a.void);
    const [row] = await tx
      .update(electionRounds)
      .set({
        status: isVoid ? 'void' : 'closed',
        closedAt,
        present: published.eligible.present,
        announced: published.announced,
        published,
      })
      .where(eq(electionRounds.id, roundId))
      .returning();
    if (!row) throw new Error('update returned nothing');

    const [offices, nominations, rounds] = await Promise.all([
      listOffices(tx, election.id),
      listNominations(tx, election.id),
      listRounds(tx, election.id),
    ]);
    const next = nextRound(progressOf(offices, nominations, rounds, profile));
    if (!next && election.status === 'voting') await setElectionStatus(tx, election.id, 'closed');
    const after = await roundView(tx, row);
    await notifyLive(tx, { jurisdictionId: jid, sessionId: election.sessionId, kind: 'closed' });
    await recordAudit(tx, ctx, {
      action: 'election.round_closed',
      subjectType: 'election_round',
      subjectId: roundId,
      after: { status: after.status, result: after.result },
    });
    return after;
  });
}
