import { AppError } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import { attendance, deputies } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, Tx } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { electorateIds, getAttendance, lockSession } from './sessions.repository';

export type AttendanceStatus = 'present' | 'on_leave' | 'absent';
export type AttendanceMethod = 'self' | 'card' | 'staff';

/** Attendance is taken while the session meets: at the preparatory meeting and during the session. */
const SITTING = ['preparatory', 'in_progress'];

export interface AttendanceChange {
  deputyId: string;
  status: AttendanceStatus;
  method: AttendanceMethod;
}

/** Upsert one deputy's attendance, audited, and tell the screens. Used by every way of signing in. */
export async function setAttendance(
  tx: Tx,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  change: AttendanceChange,
): Promise<{ deputyId: string; status: AttendanceStatus; changed: boolean }> {
  const session = await lockSession(tx, jid, sessionId);
  if (!session) throw new AppError('NOT_FOUND');
  if (!SITTING.includes(session.status)) throw new AppError('INVALID_STATE', { status: session.status });
  const electorate = await electorateIds(tx, jid, session);
  if (!electorate.includes(change.deputyId))
    throw new AppError('VALIDATION_FAILED', [{ path: 'deputyId', message: 'not a voter of this session' }]);
  const before = await getAttendance(tx, sessionId, change.deputyId);
  if (before?.status === change.status)
    return { deputyId: change.deputyId, status: change.status, changed: false };
  const values = {
    status: change.status,
    method: change.method,
    recordedBy: ctx.actorId,
    recordedAt: new Date(),
  };
  await tx
    .insert(attendance)
    .values({ jurisdictionId: jid, sessionId, deputyId: change.deputyId, ...values })
    .onConflictDoUpdate({ target: [attendance.sessionId, attendance.deputyId], set: values });
  await recordAudit(tx, ctx, {
    action: 'attendance.recorded',
    subjectType: 'session',
    subjectId: sessionId,
    before: before ? { deputyId: change.deputyId, status: before.status } : null,
    after: { deputyId: change.deputyId, status: change.status, method: change.method },
  });
  await notifyLive(tx, { jurisdictionId: jid, sessionId, kind: 'attendance' });
  return { deputyId: change.deputyId, status: change.status, changed: true };
}

/** A deputy signs in on their own phone. */
export async function selfCheckIn(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  deputyId: string | null,
) {
  if (!deputyId) throw new AppError('FORBIDDEN');
  return db.transaction((tx) =>
    setAttendance(tx, ctx, jid, sessionId, { deputyId, status: 'present', method: 'self' }),
  );
}

/** Staff sign a deputy in by scanning the QR code on the deputy's card, or by hand. */
export async function staffCheckIn(
  db: Db,
  ctx: AuditContext,
  jid: string,
  sessionId: string,
  input: { deputyId?: string | undefined; cardCode?: string | undefined; status: AttendanceStatus },
) {
  return db.transaction(async (tx) => {
    let deputyId = input.deputyId;
    if (input.cardCode) {
      const [d] = await tx
        .select({ id: deputies.id })
        .from(deputies)
        .where(and(eq(deputies.jurisdictionId, jid), eq(deputies.cardCode, input.cardCode)));
      if (!d)
        throw new AppError('VALIDATION_FAILED', [{ path: 'cardCode', message: 'no deputy has this card' }]);
      deputyId = d.id;
    }
    if (!deputyId) throw new AppError('VALIDATION_FAILED', [{ path: 'deputyId', message: 'required' }]);
    return setAttendance(tx, ctx, jid, sessionId, {
      deputyId,
      status: input.status,
      method: input.cardCode ? 'card' : 'staff',
    });
  });
}
