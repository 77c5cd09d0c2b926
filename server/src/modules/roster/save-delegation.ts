import { AppError, type Delegation } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { delegations } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { getDelegation, getTerm } from './roster.repository';

/** Create a delegation (代表团) in a term, or rename / reorder one. */
export async function saveDelegation(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string | null,
  input: { termId?: string | undefined; name?: string | undefined; sortOrder?: number | undefined },
): Promise<Delegation> {
  return db.transaction(async (tx) => {
    const before = id ? await getDelegation(tx, jid, id) : null;
    if (id && !before) throw new AppError('NOT_FOUND');
    const termId = before?.termId ?? input.termId;
    const name = input.name ?? before?.name;
    if (!termId || !name) throw new AppError('VALIDATION_FAILED', [{ path: 'name', message: 'required' }]);
    if (!(await getTerm(tx, jid, termId))) throw new AppError('NOT_FOUND', { termId });
    const sortOrder = input.sortOrder ?? before?.sortOrder ?? 0;
    const clash = await tx
      .select({ id: delegations.id })
      .from(delegations)
      .where(
        and(eq(delegations.jurisdictionId, jid), eq(delegations.termId, termId), eq(delegations.name, name)),
      );
    if (clash.some((c) => c.id !== id)) throw new AppError('DUPLICATE', { name });
    const [row] = id
      ? await tx.update(delegations).set({ name, sortOrder }).where(eq(delegations.id, id)).returning()
      : await tx.insert(delegations).values({ jurisdictionId: jid, termId, name, sortOrder }).returning();
    if (!row) throw new Error('write returned nothing');
    const after = { id: row.id, termId: row.termId, name: row.name, sortOrder: row.sortOrder };
    await recordAudit(tx, ctx, {
      action: id ? 'delegation.updated' : 'delegation.created',
      subjectType: 'delegation',
      subjectId: row.id,
      before: before
        ? { id: before.id, termId: before.termId, name: before.name, sortOrder: before.sortOrder }
        : undefined,
      after,
    });
    return { ...after, deputyCount: 0 };
  });
}
