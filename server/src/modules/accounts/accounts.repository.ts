import { and, asc, eq } from 'drizzle-orm';
import { accounts, deputies, units } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export type AccountRow = typeof accounts.$inferSelect;

export async function listAccounts(db: DbOrTx, jurisdictionId: string): Promise<AccountRow[]> {
  return db
    .select()
    .from(accounts)
    .where(eq(accounts.jurisdictionId, jurisdictionId))
    .orderBy(asc(accounts.username));
}

export async function getAccount(db: DbOrTx, jurisdictionId: string, id: string): Promise<AccountRow | null> {
  const [r] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.jurisdictionId, jurisdictionId), eq(accounts.id, id)));
  return r ?? null;
}

export async function usernameTaken(db: DbOrTx, username: string): Promise<boolean> {
  const [r] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username));
  return Boolean(r);
}

export async function insertAccount(db: DbOrTx, values: typeof accounts.$inferInsert): Promise<AccountRow> {
  const [r] = await db.insert(accounts).values(values).returning();
  if (!r) throw new Error('insert returned nothing');
  return r;
}

export async function updateAccount(
  db: DbOrTx,
  id: string,
  set: Partial<typeof accounts.$inferInsert>,
): Promise<AccountRow> {
  const [r] = await db.update(accounts).set(set).where(eq(accounts.id, id)).returning();
  if (!r) throw new Error('update returned nothing');
  return r;
}

export async function deputyInJurisdiction(db: DbOrTx, jurisdictionId: string, id: string): Promise<boolean> {
  const [r] = await db
    .select({ id: deputies.id })
    .from(deputies)
    .where(and(eq(deputies.jurisdictionId, jurisdictionId), eq(deputies.id, id)));
  return Boolean(r);
}

export async function unitInJurisdiction(db: DbOrTx, jurisdictionId: string, id: string): Promise<boolean> {
  const [r] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.jurisdictionId, jurisdictionId), eq(units.id, id)));
  return Boolean(r);
}
