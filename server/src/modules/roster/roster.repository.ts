import type { DeputyListQuery } from '@renda/shared';
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import {
  delegations,
  deputies,
  jurisdictions,
  standingCommitteeMembers,
  terms,
  units,
} from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export type DeputyRow = typeof deputies.$inferSelect & { delegationName: string | null };
export type UnitRow = typeof units.$inferSelect;
export type TermRow = typeof terms.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function getJurisdiction(db: DbOrTx, id: string) {
  const [r] = await db.select().from(jurisdictions).where(eq(jurisdictions.id, id));
  return r ?? null;
}

export async function listTerms(db: DbOrTx, jid: string): Promise<TermRow[]> {
  return db.select().from(terms).where(eq(terms.jurisdictionId, jid)).orderBy(desc(terms.number));
}

export async function getTerm(db: DbOrTx, jid: string, id: string): Promise<TermRow | null> {
  const [r] = await db
    .select()
    .from(terms)
    .where(and(eq(terms.jurisdictionId, jid), eq(terms.id, id)));
  return r ?? null;
}

export async function listDelegations(db: DbOrTx, jid: string, termId?: string) {
  const where = termId
    ? and(eq(delegations.jurisdictionId, jid), eq(delegations.termId, termId))
    : eq(delegations.jurisdictionId, jid);
  return db
    .select({
      id: delegations.id,
      termId: delegations.termId,
      name: delegations.name,
      sortOrder: delegations.sortOrder,
      deputyCount: sql<number>`(select count(*)::int from ${deputies} d where d.delegation_id = ${delegations.id} and d.status = 'in_office')`,
    })
    .from(delegations)
    .where(where)
    .orderBy(asc(delegations.sortOrder), asc(delegations.name));
}

export async function getDelegation(db: DbOrTx, jid: string, id: string) {
  const [r] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.jurisdictionId, jid), eq(delegations.id, id)));
  return r ?? null;
}

const deputyColumns = { d: deputies, delegationName: delegations.name };

function deputyWhere(jid: string, q: Partial<DeputyListQuery>): SQL | undefined {
  const conds: SQL[] = [eq(deputies.jurisdictionId, jid)];
  if (q.termId) conds.push(eq(deputies.termId, q.termId));
  if (q.delegationId) conds.push(eq(deputies.delegationId, q.delegationId));
  if (q.status) conds.push(eq(deputies.status, q.status));
  if (q.gender) conds.push(eq(deputies.gender, q.gender));
  if (q.q) {
    const p = like(q.q);
    const any = or(ilike(deputies.name, p), ilike(deputies.occupation, p), ilike(deputies.constituency, p));
    if (any) conds.push(any);
  }
  return and(...conds);
}

export async function listDeputies(
  db: DbOrTx,
  jid: string,
  q: DeputyListQuery,
): Promise<{ rows: DeputyRow[]; total: number }> {
  const where = deputyWhere(jid, q);
  const [rows, [total]] = await Promise.all([
    db
      .select(deputyColumns)
      .from(deputies)
      .leftJoin(delegations, eq(delegations.id, deputies.delegationId))
      .where(where)
      .orderBy(asc(delegations.sortOrder), asc(deputies.name), asc(deputies.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(deputies).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.d, delegationName: r.delegationName })),
    total: Number(total?.n ?? 0),
  };
}

export async function getDeputy(db: DbOrTx, jid: string, id: string): Promise<DeputyRow | null> {
  const [r] = await db
    .select(deputyColumns)
    .from(deputies)
    .leftJoin(delegations, eq(delegations.id, deputies.delegationId))
    .where(and(eq(deputies.jurisdictionId, jid), eq(deputies.id, id)));
  return r ? { ...r.d, delegationName: r.delegationName } : null;
}

export async function listUnits(
  db: DbOrTx,
  jid: string,
  q: { page: number; pageSize: number; q?: string | undefined; kind?: string | undefined },
) {
  const conds: SQL[] = [eq(units.jurisdictionId, jid)];
  if (q.kind) conds.push(eq(units.kind, q.kind));
  if (q.q) {
    const any = or(ilike(units.name, like(q.q)), ilike(units.shortName, like(q.q)));
    if (any) conds.push(any);
  }
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(units)
      .where(where)
      .orderBy(asc(units.kind), asc(units.name))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function getUnit(db: DbOrTx, jid: string, id: string): Promise<UnitRow | null> {
  const [r] = await db
    .select()
    .from(units)
    .where(and(eq(units.jurisdictionId, jid), eq(units.id, id)));
  return r ?? null;
}

export async function unitNameTaken(
  db: DbOrTx,
  jid: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.jurisdictionId, jid), eq(units.name, name)));
  return rows.some((r) => r.id !== exceptId);
}

export async function listScMembers(db: DbOrTx, jid: string, termId?: string) {
  const where = termId
    ? and(eq(standingCommitteeMembers.jurisdictionId, jid), eq(standingCommitteeMembers.termId, termId))
    : eq(standingCommitteeMembers.jurisdictionId, jid);
  return db
    .select({ m: standingCommitteeMembers, deputyName: deputies.name })
    .from(standingCommitteeMembers)
    .innerJoin(deputies, eq(deputies.id, standingCommitteeMembers.deputyId))
    .where(where)
    .orderBy(
      sql`case ${standingCommitteeMembers.position} when 'chair' then 0 when 'vice_chair' then 1 when 'secretary_general' then 2 else 3 end`,
      asc(deputies.name),
    );
}

export async function getScMember(db: DbOrTx, jid: string, id: string) {
  const [r] = await db
    .select({ m: standingCommitteeMembers, deputyName: deputies.name })
    .from(standingCommitteeMembers)
    .innerJoin(deputies, eq(deputies.id, standingCommitteeMembers.deputyId))
    .where(and(eq(standingCommitteeMembers.jurisdictionId, jid), eq(standingCommitteeMembers.id, id)));
  return r ?? null;
}

export async function rosterCounts(db: DbOrTx, jid: string) {
  const byStatus = await db
    .select({ status: deputies.status, n: count() })
    .from(deputies)
    .where(eq(deputies.jurisdictionId, jid))
    .groupBy(deputies.status);
  const byGender = await db
    .select({ gender: deputies.gender, n: count() })
    .from(deputies)
    .where(and(eq(deputies.jurisdictionId, jid), eq(deputies.status, 'in_office')))
    .groupBy(deputies.gender);
  const byDelegation = await db
    .select({ name: delegations.name, n: count() })
    .from(deputies)
    .innerJoin(delegations, eq(delegations.id, deputies.delegationId))
    .where(and(eq(deputies.jurisdictionId, jid), eq(deputies.status, 'in_office')))
    .groupBy(delegations.name, delegations.sortOrder)
    .orderBy(asc(delegations.sortOrder));
  const [u] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.jurisdictionId, jid), eq(units.active, true)));
  const [sc] = await db
    .select({ n: count() })
    .from(standingCommitteeMembers)
    .where(
      and(eq(standingCommitteeMembers.jurisdictionId, jid), sql`${standingCommitteeMembers.endDate} is null`),
    );
  return { byStatus, byGender, byDelegation, units: Number(u?.n ?? 0), sc: Number(sc?.n ?? 0) };
}
