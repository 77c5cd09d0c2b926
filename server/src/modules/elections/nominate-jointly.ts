import { AppError, type JointNominationInput, type Nomination } from '@renda/shared';
import { nominationSigners, nominations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { electorateIds, findSessionAnywhere } from '../sessions/sessions.repository';
import { nominationView } from './election-view';
import { jointNominationsSignedBy, lockElection } from './elections.repository';
import { assertNominable } from './nomination-checks';

/**
 * 代表联合提名 (地方组织法 第二十六条: 县级的人民代表大会代表十人以上书面联名). The signed-in deputy leads
 * and names the co-signers; the lead signs by submitting, each co-signer confirms on their own account.
 * The nomination is valid once the confirmed signers — the lead included, since the lead is one of the
 * deputies who 联名 — reach the profile's nominationCosigners.min. A deputy may sign no more joint
 * nominations for an office than its seats.
 */
export async function nominateJointly(
  db: Db,
  ctx: AuditContext,
  jid: string,
  electionId: string,
  leadDeputyId: string | null,
  input: JointNominationInput,
): Promise<Nomination> {
  if (!leadDeputyId) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const election = await lockElection(tx, jid, electionId);
    if (!election) throw new AppError('NOT_FOUND');
    const session = await findSessionAnywhere(tx, election.sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    const voters = new Set(await electorateIds(tx, jid, session));
    if (!voters.has(leadDeputyId)) throw new AppError('FORBIDDEN');
    const office = await assertNominable(tx, jid, election, input);
    const issues = input.cosignerIds.flatMap((id, i) =>
      id === leadDeputyId
        ? [{ path: `cosignerIds[${i}]`, message: 'the lead signs already' }]
        : voters.has(id)
          ? []
          : [{ path: `cosignerIds[${i}]`, message: 'not a deputy of this congress' }],
    );
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues);
    const { profile } = await getProfile(tx, jid);
    const needed = profile.elections.nominationCosigners.min;
    const named = 1 + input.cosignerIds.length;
    if (named < needed)
      throw new AppError('NOMINATION_INVALID', { reason: 'too_few_signers', named, needed });
    const signed = await jointNominationsSignedBy(tx, office.id, leadDeputyId);
    if (signed >= office.seats)
      throw new AppError('NOMINATION_INVALID', {
        reason: 'deputy_cap',
        officeId: office.id,
        deputyId: leadDeputyId,
        seats: office.seats,
        signed,
      });
    const [row] = await tx
      .insert(nominations)
      .values({
        jurisdictionId: jid,
        electionId,
        officeId: office.id,
        candidateName: input.candidateName,
        candidateDeputyId: input.candidateDeputyId ?? null,
        candidateInfo: input.candidateInfo ?? null,
        nominatedBy: 'deputies',
        leadDeputyId,
        status: needed <= 1 ? 'valid' : 'collecting',
        createdBy: ctx.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await tx.insert(nominationSigners).values([
      { jurisdictionId: jid, nominationId: row.id, deputyId: leadDeputyId, confirmedAt: new Date() },
      ...input.cosignerIds.map((deputyId) => ({
        jurisdictionId: jid,
        nominationId: row.id,
        deputyId,
        confirmedAt: null,
      })),
    ]);
    const after = await nominationView(tx, election, row.id);
    await recordAudit(tx, ctx, {
      action: 'election.nominated',
      subjectType: 'nomination',
      subjectId: row.id,
      after,
    });
    return after;
  });
}
