import type { DbOrTx } from '@renda/server/platform/db/database';

export interface JurisdictionRow {
  id: string;
  code: string;
  name: string;
  level: string;
}

/** The CLI's only direct read: which jurisdictions this installation has. */
export async function listJurisdictions(db: DbOrTx): Promise<JurisdictionRow[]> {
  const { jurisdictions } = await import('@renda/server/db/schema/index');
  const { asc } = await import('drizzle-orm');
  return db
    .select({
      id: jurisdictions.id,
      code: jurisdictions.code,
      name: jurisdictions.name,
      level: jurisdictions.level,
    })
    .from(jurisdictions)
    .orderBy(asc(jurisdictions.code));
}
