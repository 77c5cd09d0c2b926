import { type JurisdictionLevel, nationalDefaults } from '@renda/shared';
import { jurisdictions, ruleProfiles } from '../../db/schema';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';

/** A new congress, with version 1 of its rule profile: the national floor for its level. */
export async function createJurisdiction(
  db: Db,
  ctx: AuditContext,
  input: { code: string; name: string; level: JurisdictionLevel; parentId?: string | null },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [j] = await tx
      .insert(jurisdictions)
      .values({
        code: input.code,
        name: input.name,
        level: input.level,
        parentId: input.parentId ?? null,
        profileVersion: 1,
      })
      .returning();
    if (!j) throw new Error('insert returned nothing');
    const profile = nationalDefaults(input.level);
    await tx
      .insert(ruleProfiles)
      .values({ jurisdictionId: j.id, version: 1, profile, note: '全国法定默认', createdBy: ctx.actorId });
    const jctx = { ...ctx, jurisdictionId: j.id };
    await recordAudit(tx, jctx, {
      action: 'jurisdiction.created',
      subjectType: 'jurisdiction',
      subjectId: j.id,
      after: input,
    });
    await recordAudit(tx, jctx, {
      action: 'profile.created',
      subjectType: 'rule_profile',
      subjectId: j.id,
      after: { version: 1, profile },
    });
    return { id: j.id };
  });
}
