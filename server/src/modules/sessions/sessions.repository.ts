import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  agendaDocuments,
  agendaItems,
  attendance,
  congressSessions,
  delegations,
  deputies,
  leaveRequests,
  sessionOfficers,
  standingCommitteeMembers,
  terms,
} from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export type SessionRow = typeof congressSessions.$inferSelect;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type AgendaDocumentRow = typeof agendaDocuments.$inferSelect;

export async function listSessions(db: DbOrTx, jid: string) {
  return db
    .select({ s: congressSessions, termNumber: terms.number })
    .from(congressSessions)
    .innerJoin(terms, eq(terms.id, congressSessions.termId))
    .where(eq(congressSessions.jurisdictionId, jid))
    .orderBy(desc(congressSessions.startDate), desc(congressSessions.number));
}

export async function getSession(db: DbOrTx, jid: string, id: string) {
  const [r] = await db
    .select({ s: congressSessions, termNumber: terms.number })
    .from(congressSessions)
    .innerJoin(terms, eq(terms.id, congressSessions.termId))
    .where(and(eq(congressSessions.jurisdictionId, jid), eq(congressSessions.id, id)));
  return r ?? null;
}

/** A session found by id alone: for the public big screen, which has no signed-in jurisdiction. */
export async function findSessionAnywhere(db: DbOrTx, id: string): Promise<SessionRow | null> {
  const [r] = await db.select().from(congressSessions).where(eq(congressSessions.id, id));
  return r ?? null;
}

/** Lock the session row for the rest of the transaction (open/close serialize on it). */
export async function lockSession(db: DbOrTx, jid: string, id: string): Promise<SessionRow | null> {
  const [r] = await db
    .select()
    .from(congressSessions)
    .where(and(eq(congressSessions.jurisdictionId, jid), eq(congressSessions.id, id)))
    .for('update');
  return r ?? null;
}

export async function listOfficers(db: DbOrTx, sessionId: string) {
  return db
    .select({ o: sessionOfficers, name: deputies.name })
    .from(sessionOfficers)
    .innerJoin(deputies, eq(deputies.id, sessionOfficers.deputyId))
    .where(eq(sessionOfficers.sessionId, sessionId))
    .orderBy(asc(sessionOfficers.role), asc(deputies.name));
}

export async function listAgenda(db: DbOrTx, jid: string, sessionId: string) {
  const items = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.jurisdictionId, jid), eq(agendaItems.sessionId, sessionId)))
    .orderBy(asc(agendaItems.position));
  const docs = items.length
    ? await db
        .select()
        .from(agendaDocuments)
        .where(
          inArray(
            agendaDocuments.itemId,
            items.map((i) => i.id),
          ),
        )
        .orderBy(asc(agendaDocuments.createdAt))
    : [];
  return { items, docs };
}

export async function getAgendaItem(db: DbOrTx, jid: string, id: string): Promise<AgendaItemRow | null> {
  const [r] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.jurisdictionId, jid), eq(agendaItems.id, id)));
  return r ?? null;
}

export async function getDocument(db: DbOrTx, jid: string, id: string): Promise<AgendaDocumentRow | null> {
  const [r] = await db
    .select()
    .from(agendaDocuments)
    .where(and(eq(agendaDocuments.jurisdictionId, jid), eq(agendaDocuments.id, id)));
  return r ?? null;
}

/**
 * Who votes at this session, and the base of its thresholds: the deputies of the term in office
 * (全体代表), or for a standing-committee meeting its members in office on the meeting's first day.
 */
export async function electorateIds(db: DbOrTx, jid: string, session: SessionRow): Promise<string[]> {
  if (session.body === 'standing_committee') {
    const rows = await db
      .select({ id: standingCommitteeMembers.deputyId })
      .from(standingCommitteeMembers)
      .innerJoin(deputies, eq(deputies.id, standingCommitteeMembers.deputyId))
      .where(
        and(
          eq(standingCommitteeMembers.jurisdictionId, jid),
          eq(standingCommitteeMembers.termId, session.termId),
          or(
            isNull(standingCommitteeMembers.endDate),
            gte(standingCommitteeMembers.endDate, session.startDate),
          ),
          eq(deputies.status, 'in_office'),
        ),
      );
    return rows.map((r) => r.id);
  }
  const rows = await db
    .select({ id: deputies.id })
    .from(deputies)
    .where(
      and(
        eq(deputies.jurisdictionId, jid),
        eq(deputies.termId, session.termId),
        eq(deputies.status, 'in_office'),
      ),
    );
  return rows.map((r) => r.id);
}

/** Is this deputy a voter of the session? One indexed lookup (casting must stay cheap). */
export async function isInElectorate(
  db: DbOrTx,
  jid: string,
  session: SessionRow,
  deputyId: string,
): Promise<boolean> {
  if (session.body === 'standing_committee') {
    const rows = await db
      .select({ id: standingCommitteeMembers.deputyId })
      .from(standingCommitteeMembers)
      .innerJoin(deputies, eq(deputies.id, standingCommitteeMembers.deputyId))
      .where(
        and(
          eq(standingCommitteeMembers.jurisdictionId, jid),
          eq(standingCommitteeMembers.termId, session.termId),
          eq(standingCommitteeMembers.deputyId, deputyId),
          or(
            isNull(standingCommitteeMembers.endDate),
            gte(standingCommitteeMembers.endDate, session.startDate),
          ),
          eq(deputies.status, 'in_office'),
        ),
      );
    return rows.length > 0;
  }
  const rows = await db
    .select({ id: deputies.id })
    .from(deputies)
    .where(
      and(
        eq(deputies.jurisdictionId, jid),
        eq(deputies.id, deputyId),
        eq(deputies.termId, session.termId),
        eq(deputies.status, 'in_office'),
      ),
    );
  return rows.length > 0;
}

/** Attendance counts among the electorate, in one query. */
export async function attendanceCounts(
  db: DbOrTx,
  jid: string,
  session: SessionRow,
): Promise<{ inOffice: number; present: number; onLeave: number }> {
  const electorate =
    session.body === 'standing_committee'
      ? sql`select m.deputy_id as id from standing_committee_members m join deputies d on d.id = m.deputy_id
            where m.jurisdiction_id = ${jid} and m.term_id = ${session.termId}
              and (m.end_date is null or m.end_date >= ${session.startDate}) and d.status = 'in_office'`
      : sql`select d.id from deputies d where d.jurisdiction_id = ${jid} and d.term_id = ${session.termId}
              and d.status = 'in_office'`;
  const result = (await db.execute(sql`
    with e as (${electorate})
    select count(*)::int as "inOffice",
      count(*) filter (where a.status = 'present')::int as "present",
      count(*) filter (where a.status = 'on_leave' or (a.status is null and exists (
        select 1 from leave_requests l where l.session_id = ${session.id} and l.deputy_id = e.id
          and l.status = 'approved')))::int as "onLeave"
    from e left join attendance a on a.session_id = ${session.id} and a.deputy_id = e.id`)) as unknown as {
    rows: { inOffice: number; present: number; onLeave: number }[];
  };
  const r = result.rows[0];
  return { inOffice: r?.inOffice ?? 0, present: r?.present ?? 0, onLeave: r?.onLeave ?? 0 };
}

export async function attendanceList(db: DbOrTx, jid: string, session: SessionRow) {
  const ids = await electorateIds(db, jid, session);
  if (!ids.length) return [];
  return db
    .select({
      deputyId: deputies.id,
      name: deputies.name,
      delegation: delegations.name,
      status: attendance.status,
      method: attendance.method,
      recordedAt: attendance.recordedAt,
    })
    .from(deputies)
    .leftJoin(delegations, eq(delegations.id, deputies.delegationId))
    .leftJoin(attendance, and(eq(attendance.sessionId, session.id), eq(attendance.deputyId, deputies.id)))
    .where(inArray(deputies.id, ids))
    .orderBy(asc(delegations.sortOrder), asc(deputies.name));
}

export async function getAttendance(db: DbOrTx, sessionId: string, deputyId: string) {
  const [r] = await db
    .select()
    .from(attendance)
    .where(and(eq(attendance.sessionId, sessionId), eq(attendance.deputyId, deputyId)));
  return r ?? null;
}

export async function listLeave(db: DbOrTx, jid: string, sessionId: string, deputyId?: string) {
  return db
    .select({ l: leaveRequests, name: deputies.name })
    .from(leaveRequests)
    .innerJoin(deputies, eq(deputies.id, leaveRequests.deputyId))
    .where(
      and(
        eq(leaveRequests.jurisdictionId, jid),
        eq(leaveRequests.sessionId, sessionId),
        deputyId ? eq(leaveRequests.deputyId, deputyId) : undefined,
      ),
    )
    .orderBy(desc(leaveRequests.createdAt));
}
