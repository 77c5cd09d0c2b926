import type { DeputyInput, UnitInput } from '@renda/shared';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { delegations, deputies, terms, units } from '../../../db/schema';
import type { DbOrTx } from '../../../platform/db/database';

const BATCH = 500;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

/** The current term: the jurisdiction's newest. */
export async function currentTerm(db: DbOrTx, jid: string) {
  const [t] = await db
    .select()
    .from(terms)
    .where(eq(terms.jurisdictionId, jid))
    .orderBy(desc(terms.number))
    .limit(1);
  return t ?? null;
}

export async function delegationsOfTerm(db: DbOrTx, jid: string, termId: string) {
  return db
    .select({ id: delegations.id, name: delegations.name })
    .from(delegations)
    .where(and(eq(delegations.jurisdictionId, jid), eq(delegations.termId, termId)))
    .orderBy(asc(delegations.sortOrder));
}

/** Which of these 代表证号 the jurisdiction already has (in any term). */
export async function takenCardCodes(db: DbOrTx, jid: string, codes: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const part of chunks(codes)) {
    const rows = await db
      .select({ code: deputies.cardCode })
      .from(deputies)
      .where(and(eq(deputies.jurisdictionId, jid), inArray(deputies.cardCode, part)));
    for (const r of rows) if (r.code) out.push(r.code);
  }
  return out;
}

/** Which of these unit names the jurisdiction already has. */
export async function takenUnitNames(db: DbOrTx, jid: string, names: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const part of chunks(names)) {
    const rows = await db
      .select({ name: units.name })
      .from(units)
      .where(and(eq(units.jurisdictionId, jid), inArray(units.name, part)));
    out.push(...rows.map((r) => r.name));
  }
  return out;
}

export async function insertDeputies(db: DbOrTx, jid: string, inputs: DeputyInput[]) {
  const out: (typeof deputies.$inferSelect)[] = [];
  for (const part of chunks(inputs)) {
    const values = part.map((d) => ({ ...d, jurisdictionId: jid, delegationId: d.delegationId ?? null }));
    out.push(...(await db.insert(deputies).values(values).returning()));
  }
  return out;
}

export async function insertUnits(db: DbOrTx, jid: string, inputs: UnitInput[]) {
  const out: (typeof units.$inferSelect)[] = [];
  for (const part of chunks(inputs)) {
    const values = part.map((u) => ({ ...u, jurisdictionId: jid, parentId: u.parentId ?? null }));
    out.push(...(await db.insert(units).values(values).returning()));
  }
  return out;
}
