import { AppError, type ElectionCastInput, type RoundType } from '@renda/shared';
import { electionBallots, electionParticipations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { newReceipt } from '../../platform/events/receipt';
import { findSessionAnywhere, getAttendance, isInElectorate } from '../sessions/sessions.repository';
import { canonicalBallot } from './ballot-content';
import type { RoundOffices } from './elections.presenter';
import { getElection, lockRound, profileAt } from './elections.repository';

/**
 * A deputy present casts an electronic ballot (无记名投票, 地方组织法 第二十八条): a mark per candidate per
 * office and, where the ballot has room, people written in — only after a "no" where the profile's
 * convention says so. Who took part goes to election_participations; the ballot goes to
 * election_ballots with a random id and receipt and nothing that names the deputy or the time. The
 * participation's primary key makes a second ballot fail with ALREADY_VOTED. The device accepts no
 * ballot that would be void.
 */
export async function castElectionBallot(
  db: Db,
  ctx: AuditContext,
  jid: string,
  roundId: string,
  deputyId: string | null,
  input: ElectionCastInput,
): Promise<{ roundId: string; receipt: string }> {
  if (!deputyId) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, jid, roundId, 'share');
    if (!round) throw new AppError('NOT_FOUND');
    if (round.status !== 'open') throw new AppError('VOTING_CLOSED');
    const election = await getElection(tx, jid, round.electionId);
    const session = election && (await findSessionAnywhere(tx, election.sessionId));
    if (!election || !session) throw new AppError('NOT_FOUND');
    if (!(await isInElectorate(tx, jid, session, deputyId))) throw new AppError('FORBIDDEN');
    const present = await getAttendance(tx, session.id, deputyId);
    if (present?.status !== 'present') throw new AppError('NOT_PRESENT');
    const profile = await profileAt(tx, jid, round.profileVersion);
    if (!profile) throw new Error('the round’s profile version is missing');
    const content = canonicalBallot(round.offices as RoundOffices, input.offices, {
      type: round.type as RoundType,
      writeInOnlyAfterNo: profile.elections.writeInOnlyAfterNo.enabled,
      refuseDefects: true,
    });
    const took = await tx
      .insert(electionParticipations)
      .values({ jurisdictionId: jid, roundId, deputyId })
      .onConflictDoNothing()
      .returning({ deputyId: electionParticipations.deputyId });
    if (!took.length) throw new AppError('ALREADY_VOTED');
    const receipt = newReceipt();
    await tx
      .insert(electionBallots)
      .values({ jurisdictionId: jid, roundId, receipt, source: 'electronic', content });
    await notifyLive(tx, { jurisdictionId: jid, sessionId: session.id, kind: 'ballot' });
    // last, so the audit chain's lock is held only until commit
    await recordAudit(tx, ctx, {
      action: 'election.participated',
      subjectType: 'election_round',
      subjectId: roundId,
      after: { participated: true },
    });
    return { roundId, receipt };
  });
}
