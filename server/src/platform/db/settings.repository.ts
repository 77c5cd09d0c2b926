import { count, eq } from 'drizzle-orm';
import { jurisdictions, systemSettings } from '../../db/schema';
import type { DbOrTx } from './database';

/** An installation-wide setting, or null. */
export async function getSetting(db: DbOrTx, key: string): Promise<string | null> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, key));
  return row?.value ?? null;
}

/** Stores the value unless the key already has one; returns the value in force (another instance may have won). */
export async function setSettingOnce(db: DbOrTx, key: string, value: string): Promise<string> {
  await db.insert(systemSettings).values({ key, value }).onConflictDoNothing();
  const stored = await getSetting(db, key);
  if (stored === null) throw new Error(`could not store the setting ${key}`);
  return stored;
}

/** True when no jurisdiction exists yet: a fresh installation. */
export async function installationIsEmpty(db: DbOrTx): Promise<boolean> {
  const [r] = await db.select({ n: count() }).from(jurisdictions);
  return Number(r?.n ?? 0) === 0;
}
