import { AppError, type Nomination, type PresidiumNominationInput } from '@renda/shared';
import { nominations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { nominationView } from './election-view';
import { lockElection, standingNominations } from './elections.repository';
import { assertNominable } from './nomination-checks';

/**
 * 主席团提名 (地方组织法 第二十六条): valid at once, but the presidium may name no more candidates for an
 * office than its seats.
 */
export async function nominateByPresidium(
  db: Db,
  ctx: AuditContext,
  jid: string,
  electionId: string,
  input: PresidiumNominationInput,
): Promise<Nomination> {
  return db.transaction(async (tx) => {
    const election = await lockElection(tx, jid, electionId);
    if (!election) throw new AppError('NOT_FOUND');
    const office = await assertNominable(tx, jid, election, input);
    const nominated = (await standingNominations(tx, office.id)).filter(
      (n) => n.nominatedBy === 'presidium',
    ).length;
    if (nominated >= office.seats)
      throw new AppError('NOMINATION_INVALID', {
        reason: 'presidium_cap',
        officeId: office.id,
        seats: office.seats,
        nominated,
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
        nominatedBy: 'presidium',
        leadDeputyId: null,
        status: 'valid',
        createdBy: ctx.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
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
