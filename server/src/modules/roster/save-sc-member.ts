import { AppError, type ScMember } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { standingCommitteeMembers } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { presentScMember } from './roster.presenter';
import { getDeputy, getScMember, getTerm } from './roster.repository';

type Position = ScMember['position'];

/** A deputy becomes a member of the standing committee (常委会组成人员) for a term. */
export async function addScMember(
  db: Db,
  ctx: AuditContext,
  jid: string,
  input: {
    termId: string;
    deputyId: string;
    position: Position;
    startDate: string;
    endDate?: string | null | undefined;
  },
): Promise<ScMember> {
  return db.transaction(async (tx) => {
    if (!(await getTerm(tx, jid, input.termId)))
      throw new AppError('VALIDATION_FAILED', [{ path: 'termId', message: 'no such term' }]);
    const deputy = await getDeputy(tx, jid, input.deputyId);
    if (!deputy) throw new AppError('VALIDATION_FAILED', [{ path: 'deputyId', message: 'no such deputy' }]);
    const existing = await tx
      .select({ id: standingCommitteeMembers.id })
      .from(standingCommitteeMembers)
      .where(
        and(
          eq(standingCommitteeMembers.jurisdictionId, jid),
          eq(standingCommitteeMembers.termId, input.termId),
          eq(standingCommitteeMembers.deputyId, input.deputyId),
        ),
      );
    if (existing.length) throw new AppError('DUPLICATE', { deputyId: input.deputyId });
    const [row] = await tx
      .insert(standingCommitteeMembers)
      .values({ ...input, endDate: input.endDate ?? null, jurisdictionId: jid })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentScMember({ m: row, deputyName: deputy.name });
    await recordAudit(tx, ctx, {
      action: 'sc_member.added',
      subjectType: 'sc_member',
      subjectId: row.id,
      after,
    });
    return after;
  });
}

/** Change a member's position or record the end of their membership (never deleted). */
export async function updateScMember(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string,
  patch: { position?: Position | undefined; endDate?: string | null | undefined },
): Promise<ScMember> {
  return db.transaction(async (tx) => {
    const before = await getScMember(tx, jid, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (patch.endDate && patch.endDate < before.m.startDate) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'endDate', message: 'before the start date' }]);
    }
    const set: { position?: Position; endDate?: string | null } = {};
    if (patch.position !== undefined) set.position = patch.position;
    if (patch.endDate !== undefined) set.endDate = patch.endDate;
    const [row] = await tx
      .update(standingCommitteeMembers)
      .set(set)
      .where(eq(standingCommitteeMembers.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    const after = presentScMember({ m: row, deputyName: before.deputyName });
    await recordAudit(tx, ctx, {
      action: 'sc_member.updated',
      subjectType: 'sc_member',
      subjectId: id,
      before: presentScMember(before),
      after,
    });
    return after;
  });
}
