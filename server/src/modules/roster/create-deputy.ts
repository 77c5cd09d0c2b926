import { AppError, type Deputy, type DeputyInput } from '@renda/shared';
import { deputies } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, DbOrTx } from '../../platform/db/database';
import { presentDeputy } from './roster.presenter';
import { getDelegation, getDeputy, getTerm } from './roster.repository';

/** The term and delegation must exist in the jurisdiction, and the delegation must belong to the term. */
export async function checkDeputyRefs(
  tx: DbOrTx,
  jid: string,
  termId: string,
  delegationId: string | null | undefined,
) {
  if (!(await getTerm(tx, jid, termId)))
    throw new AppError('VALIDATION_FAILED', [{ path: 'termId', message: 'no such term' }]);
  if (delegationId) {
    const d = await getDelegation(tx, jid, delegationId);
    if (!d || d.termId !== termId)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'delegationId', message: 'no such delegation in this term' },
      ]);
  }
}

export async function createDeputy(
  db: Db,
  ctx: AuditContext,
  jid: string,
  input: DeputyInput,
): Promise<Deputy> {
  return db.transaction(async (tx) => {
    await checkDeputyRefs(tx, jid, input.termId, input.delegationId);
    const [row] = await tx
      .insert(deputies)
      .values({ ...input, jurisdictionId: jid, delegationId: input.delegationId ?? null })
      .returning({ id: deputies.id });
    if (!row) throw new Error('insert returned nothing');
    const created = await getDeputy(tx, jid, row.id);
    if (!created) throw new Error('created deputy not found');
    const after = presentDeputy(created, true);
    await recordAudit(tx, ctx, { action: 'deputy.created', subjectType: 'deputy', subjectId: row.id, after });
    return after;
  });
}
