import { AppError, type Session, type SessionInput, type sessionPatchSchema } from '@renda/shared';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { congressSessions } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db, DbOrTx } from '../../platform/db/database';
import { notifyLive } from '../../platform/events/live-events';
import { chineseOrdinal } from '../roster/roster.presenter';
import { getJurisdiction, getTerm } from '../roster/roster.repository';
import { presentSession } from './sessions.presenter';
import { getSession, listOfficers } from './sessions.repository';

/** planned → preparatory (预备会议) → in_progress (大会) → closed; no step back once closed. */
const NEXT: Record<string, string[]> = {
  planned: ['preparatory', 'in_progress'],
  preparatory: ['in_progress'],
  in_progress: ['closed'],
  closed: [],
};

export async function loadSession(db: DbOrTx, jid: string, id: string): Promise<Session> {
  const r = await getSession(db, jid, id);
  if (!r) throw new AppError('NOT_FOUND');
  return presentSession(r, await listOfficers(db, id));
}

function defaultTitle(jurisdictionName: string, body: string, termNumber: number, number: number): string {
  // a jurisdiction is often named after its congress (云川县人民代表大会); the title names the place once
  const place = jurisdictionName.replace(/(人民代表大会)?(常务委员会)?$/, '');
  const term = `第${chineseOrdinal(termNumber)}届`;
  return body === 'standing_committee'
    ? `${place}${term}人民代表大会常务委员会第${chineseOrdinal(number)}次会议`
    : `${place}${term}人民代表大会第${chineseOrdinal(number)}次会议`;
}

export async function createSession(
  db: Db,
  ctx: AuditContext,
  jid: string,
  input: SessionInput,
): Promise<Session> {
  if (input.endDate < input.startDate)
    throw new AppError('VALIDATION_FAILED', [{ path: 'endDate', message: 'before the start date' }]);
  return db.transaction(async (tx) => {
    const term = await getTerm(tx, jid, input.termId);
    if (!term) throw new AppError('VALIDATION_FAILED', [{ path: 'termId', message: 'no such term' }]);
    const taken = await tx
      .select({ id: congressSessions.id })
      .from(congressSessions)
      .where(
        and(
          eq(congressSessions.jurisdictionId, jid),
          eq(congressSessions.body, input.body),
          eq(congressSessions.termId, input.termId),
          eq(congressSessions.number, input.number),
        ),
      );
    if (taken.length) throw new AppError('DUPLICATE', { number: input.number });
    const j = await getJurisdiction(tx, jid);
    const [row] = await tx
      .insert(congressSessions)
      .values({
        jurisdictionId: jid,
        body: input.body,
        termId: input.termId,
        number: input.number,
        kind: input.kind,
        title: input.title || defaultTitle(j?.name ?? '', input.body, term.number, input.number),
        startDate: input.startDate,
        endDate: input.endDate,
        venue: input.venue ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const after = presentSession({ s: row, termNumber: term.number }, []);
    await recordAudit(tx, ctx, {
      action: 'session.created',
      subjectType: 'session',
      subjectId: row.id,
      after,
    });
    return after;
  });
}

export async function updateSession(
  db: Db,
  ctx: AuditContext,
  jid: string,
  id: string,
  patch: z.infer<typeof sessionPatchSchema>,
): Promise<Session> {
  return db.transaction(async (tx) => {
    const before = await loadSession(tx, jid, id);
    if (before.version !== patch.version) throw new AppError('STALE_VERSION', { current: before.version });
    if (patch.status && patch.status !== before.status && !NEXT[before.status]?.includes(patch.status))
      throw new AppError('INVALID_STATE', { from: before.status, to: patch.status });
    const start = patch.startDate ?? before.startDate;
    const end = patch.endDate ?? before.endDate;
    if (end < start)
      throw new AppError('VALIDATION_FAILED', [{ path: 'endDate', message: 'before the start date' }]);
    const { version: _v, ...set } = patch;
    await tx
      .update(congressSessions)
      .set({ ...set, version: before.version + 1, updatedAt: new Date() })
      .where(eq(congressSessions.id, id));
    const after = await loadSession(tx, jid, id);
    await recordAudit(tx, ctx, {
      action: 'session.updated',
      subjectType: 'session',
      subjectId: id,
      before,
      after,
    });
    await notifyLive(tx, { jurisdictionId: jid, sessionId: id, kind: 'session' });
    return after;
  });
}
