import { AppError, type Nomination } from '@renda/shared';
import { eq } from 'drizzle-orm';
import { nominations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { nominationView } from './election-view';
import { getNomination, lockElection } from './elections.repository';

/**
 * A nomination is withdrawn while nominations are open: by the presidium (any nomination, e.g. when the
 * candidate declines), or by the lead deputy of a joint nomination. Once candidates are fixed the list
 * stands; the margins were checked against it.
 */
export async function withdrawNomination(
  db: Db,
  ctx: AuditContext,
  jid: string,
  nominationId: string,
  by: { presidium: true } | { leadDeputyId: string | null },
): Promise<Nomination> {
  return db.transaction(async (tx) => {
    const found = await getNomination(tx, jid, nominationId);
    if (!found) throw new AppError('NOT_FOUND');
    const election = await lockElection(tx, jid, found.electionId);
    if (!election) throw new AppError('NOT_FOUND');
    const n = await getNomination(tx, jid, nominationId);
    if (!n) throw new AppError('NOT_FOUND');
    if (
      'leadDeputyId' in by &&
      (n.nominatedBy !== 'deputies' || !by.leadDeputyId || n.leadDeputyId !== by.leadDeputyId)
    )
      throw new AppError('FORBIDDEN', { reason: 'only the lead deputy withdraws a joint nomination' });
    if (election.status !== 'nominating')
      throw new AppError('INVALID_STATE', {
        electionStatus: election.status,
        reason: 'nominations are closed',
      });
    if (n.status === 'withdrawn') throw new AppError('INVALID_STATE', { nominationStatus: n.status });
    const before = await nominationView(tx, election, n.id);
    await tx.update(nominations).set({ status: 'withdrawn' }).where(eq(nominations.id, n.id));
    const after = await nominationView(tx, election, n.id);
    await recordAudit(tx, ctx, {
      action: 'election.nomination_withdrawn',
      subjectType: 'nomination',
      subjectId: n.id,
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}
