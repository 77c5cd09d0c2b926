import { AppError } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { leaveRequests } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { setAttendance } from './record-attendance';
import { electorateIds, getSession } from './sessions.repository';

/** 请假: a deputy asks leave from a session (before or while it meets). */
export async function requestLeave(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  deputyId: string | null,
  reason: string,
) {
  if (!deputyId) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const session = await getSession(tx, jid, sessionId);
    if (!session) throw new AppError('NOT_FOUND');
    if (session.s.status === 'closed') throw new AppError('INVALID_STATE', { status: 'closed' });
    if (!(await electorateIds(tx, jid, session.s)).includes(deputyId)) throw new AppError('FORBIDDEN');
    const pending = await tx
      .select({ id: leaveRequests.id })
      .from(leaveRequests)
      .where(
        and(
          eq(leaveRequests.sessionId, sessionId),
          eq(leaveRequests.deputyId, deputyId),
          eq(leaveRequests.status, 'pending'),
        ),
      );
    if (pending.length) throw new AppError('DUPLICATE');
    const [row] = await tx
      .insert(leaveRequests)
      .values({ jurisdictionId: jid, sessionId, deputyId, reason })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'leave.requested',
      subjectType: 'leave_request',
      subjectId: row.id,
      after: { sessionId, deputyId, reason },
    });
    return row;
  });
}

/** The office approves (the deputy counts as on leave, not absent) or refuses a leave request. */
export async function decideLeave(db: Db, ctx: AuditContext, jid: string, id: string, approve: boolean) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(leaveRequests)
      .where(and(eq(leaveRequests.jurisdictionId, jid), eq(leaveRequests.id, id)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.status !== 'pending') throw new AppError('INVALID_STATE', { status: before.status });
    const [row] = await tx
      .update(leaveRequests)
      .set({ status: approve ? 'approved' : 'refused', decidedBy: ctx.actorId, decidedAt: new Date() })
      .where(eq(leaveRequests.id, id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, ctx, {
      action: approve ? 'leave.approved' : 'leave.refused',
      subjectType: 'leave_request',
      subjectId: id,
      before: { status: before.status },
      after: { status: row.status },
    });
    const session = await getSession(tx, jid, row.sessionId);
    if (approve && session && ['preparatory', 'in_progress'].includes(session.s.status)) {
      await setAttendance(tx, ctx, jid, row.sessionId, {
        deputyId: row.deputyId,
        status: 'on_leave',
        method: 'staff',
      });
    }
    return row;
  });
}
