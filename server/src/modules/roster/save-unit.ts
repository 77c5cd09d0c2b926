import { AppError, type Unit, type UnitInput } from '@renda/shared';
import { and, eq, sql } from 'drizzle-orm';
import { units } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { presentUnit } from './roster.presenter';
import { getUnit, unitNameTaken } from './roster.repository';

export async function createUnit(db: Db, ctx: AuditContext, jid: string, input: UnitInput): Promise<Unit> {
  return db.transaction(async (tx) => {
    if (await unitNameTaken(tx, jid, input.name)) throw new AppError('DUPLICATE', { name: input.name });
    if (input.parentId && !(await getUnit(tx, jid, input.parentId)))
      throw new AppError('VALIDATION_FAILED', [{ path: 'parentId', message: 'no such unit' }]);
    const [row] = await tx
      .insert(units)
      .values({ ...input, jurisdictionId: jid, parentId: input.parentId ?? null })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentUnit(row);
    await recordAudit(tx, ctx, { action: 'unit.created', subjectType: 'unit', subjectId: row.id, after });
    return after;
  });
}

export async function updateUnit(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string,
  patch: Partial<UnitInput> & { version: number },
): Promise<Unit> {
  return db.transaction(async (tx) => {
    const before = await getUnit(tx, jid, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== patch.version) throw new AppError('STALE_VERSION', { current: before.version });
    const { version, ...fields } = patch;
    if (fields.name && (await unitNameTaken(tx, jid, fields.name, id)))
      throw new AppError('DUPLICATE', { name: fields.name });
    if (fields.parentId === id)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'parentId', message: 'a unit cannot contain itself' },
      ]);
    const [row] = await tx
      .update(units)
      .set({ ...fields, version: sql`${units.version} + 1`, updatedAt: new Date() })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!row) throw new AppError('STALE_VERSION');
    const after = presentUnit(row);
    await recordAudit(tx, ctx, {
      action: 'unit.updated',
      subjectType: 'unit',
      subjectId: id,
      before: presentUnit(before),
      after,
    });
    return after;
  });
}
