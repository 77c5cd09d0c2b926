import { AppError, type Nomination } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { nominationSigners, nominations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getProfile } from '../profile/get-profile';
import { nominationView } from './election-view';
import {
  confirmedSignerCount,
  getNomination,
  jointNominationsSignedBy,
  listOffices,
  lockElection,
} from './elections.repository';

/**
 * A co-signer named in a joint nomination confirms their signature (书面联名). Confirming counts
 * toward their cap of `seats` joint nominations for the office; the confirmation that reaches the
 * profile's minimum makes the nomination valid.
 */
export async function confirmNomination(
  db: Db,
  ctx: AuditContext,
  jid: string,
  nominationId: string,
  deputyId: string | null,
): Promise<Nomination> {
  if (!deputyId) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const found = await getNomination(tx, jid, nominationId);
    if (!found) throw new AppError('NOT_FOUND');
    const election = await lockElection(tx, jid, found.electionId);
    if (!election) throw new AppError('NOT_FOUND');
    const n = await getNomination(tx, jid, nominationId);
    if (!n) throw new AppError('NOT_FOUND');
    if (election.status !== 'nominating')
      throw new AppError('INVALID_STATE', {
        electionStatus: election.status,
        reason: 'nominations are closed',
      });
    if (n.nominatedBy !== 'deputies' || n.status === 'withdrawn')
      throw new AppError('INVALID_STATE', { nominationStatus: n.status, nominatedBy: n.nominatedBy });
    const [signer] = await tx
      .select()
      .from(nominationSigners)
      .where(and(eq(nominationSigners.nominationId, n.id), eq(nominationSigners.deputyId, deputyId)));
    if (!signer) throw new AppError('FORBIDDEN', { reason: 'not named as a co-signer' });
    if (signer.confirmedAt) throw new AppError('CONFLICT', { reason: 'already confirmed' });
    const office = (await listOffices(tx, election.id)).find((o) => o.id === n.officeId);
    if (!office) throw new Error('office vanished');
    const signed = await jointNominationsSignedBy(tx, office.id, deputyId);
    if (signed >= office.seats)
      throw new AppError('NOMINATION_INVALID', {
        reason: 'deputy_cap',
        officeId: office.id,
        deputyId,
        seats: office.seats,
        signed,
      });
    await tx
      .update(nominationSigners)
      .set({ confirmedAt: new Date() })
      .where(and(eq(nominationSigners.nominationId, n.id), eq(nominationSigners.deputyId, deputyId)));
    const { profile } = await getProfile(tx, jid);
    const confirmed = await confirmedSignerCount(tx, n.id);
    if (n.status === 'collecting' && confirmed >= profile.elections.nominationCosigners.min)
      await tx.update(nominations).set({ status: 'valid' }).where(eq(nominations.id, n.id));
    const after = await nominationView(tx, election, n.id);
    await recordAudit(tx, ctx, {
      action: 'election.nomination_confirmed',
      subjectType: 'nomination',
      subjectId: n.id,
      after: { deputyId, confirmedSigners: after.confirmedSigners, status: after.status },
    });
    return after;
  });
}
