import { AppError, type Deputy, type DeputyInput } from '@renda/shared';
import { and, eq, sql } from 'drizzle-orm';
import { deputies } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { checkDeputyRefs } from './create-deputy';
import { presentDeputy } from './roster.presenter';
import { getDeputy } from './roster.repository';

/**
 * Change a deputy's record. `version` guards against two people overwriting each other; a status
 * change (resigned, recalled, deceased, mandate ended) needs the date it took effect.
 */
export async function updateDeputy(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string,
  patch: Partial<Omit<DeputyInput, 'termId'>> & { version: number },
): Promise<Deputy> {
  return db.transaction(async (tx) => {
    const before = await getDeputy(tx, jid, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== patch.version) throw new AppError('STALE_VERSION', { current: before.version });
    const { version, ...fields } = patch;
    const status = fields.status ?? before.status;
    const statusDate = fields.statusDate === undefined ? before.statusDate : fields.statusDate;
    if (status !== 'in_office' && !statusDate) {
      throw new AppError('VALIDATION_FAILED', [
        { path: 'statusDate', message: 'a status change needs its date' },
      ]);
    }
    if (fields.delegationId !== undefined) await checkDeputyRefs(tx, jid, before.termId, fields.delegationId);
    const updated = await tx
      .update(deputies)
      .set({ ...fields, version: sql`${deputies.version} + 1`, updatedAt: new Date() })
      .where(and(eq(deputies.id, id), eq(deputies.version, version)))
      .returning({ id: deputies.id });
    if (updated.length === 0) throw new AppError('STALE_VERSION');
    const row = await getDeputy(tx, jid, id);
    if (!row) throw new Error('updated deputy not found');
    const after = presentDeputy(row, true);
    await recordAudit(tx, ctx, {
      action: 'deputy.updated',
      subjectType: 'deputy',
      subjectId: id,
      before: presentDeputy(before, true),
      after,
    });
    return after;
  });
}
