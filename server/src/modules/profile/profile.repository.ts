import { and, desc, eq } from 'drizzle-orm';
import { jurisdictions, ruleProfiles } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export async function currentProfileRow(db: DbOrTx, jurisdictionId: string) {
  const [j] = await db.select().from(jurisdictions).where(eq(jurisdictions.id, jurisdictionId));
  if (!j) return null;
  const [p] = await db
    .select()
    .from(ruleProfiles)
    .where(and(eq(ruleProfiles.jurisdictionId, jurisdictionId), eq(ruleProfiles.version, j.profileVersion)));
  return p ? { jurisdiction: j, profile: p } : null;
}

export async function listVersions(db: DbOrTx, jurisdictionId: string) {
  return db
    .select({
      version: ruleProfiles.version,
      note: ruleProfiles.note,
      createdAt: ruleProfiles.createdAt,
      createdBy: ruleProfiles.createdBy,
    })
    .from(ruleProfiles)
    .where(eq(ruleProfiles.jurisdictionId, jurisdictionId))
    .orderBy(desc(ruleProfiles.version));
}

export async function insertVersion(
  db: DbOrTx,
  v: {
    jurisdictionId: string;
    version: number;
    profile: unknown;
    note: string | null;
    createdBy: string | null;
  },
) {
  const [row] = await db.insert(ruleProfiles).values(v).returning();
  await db
    .update(jurisdictions)
    .set({ profileVersion: v.version })
    .where(eq(jurisdictions.id, v.jurisdictionId));
  if (!row) throw new Error('insert returned nothing');
  return row;
}
