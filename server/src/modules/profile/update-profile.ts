import {
  AppError,
  checkAgainstFloor,
  nationalDefaults,
  type RuleProfile,
  ruleProfileSchema,
} from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { currentProfileRow, insertVersion } from './profile.repository';

/**
 * The congress office saves an edited copy of its profile as a new version. It must parse, and no
 * statutory rule may fall below the national floor of the jurisdiction's level.
 */
export async function updateProfile(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { baseVersion: number; note: string; profile: unknown },
): Promise<{ version: number; profile: RuleProfile; updatedAt: Date }> {
  const parsed = ruleProfileSchema.safeParse(input.profile);
  if (!parsed.success) {
    throw new AppError(
      'PROFILE_INVALID',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return db.transaction(async (tx) => {
    const current = await currentProfileRow(tx, actor.jurisdictionId);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.profile.version !== input.baseVersion)
      throw new AppError('STALE_VERSION', { current: current.profile.version });
    const violations = checkAgainstFloor(
      parsed.data,
      nationalDefaults(current.jurisdiction.level as RuleProfile['level']),
    );
    if (violations.length) throw new AppError('PROFILE_INVALID', violations);
    const version = current.profile.version + 1;
    const row = await insertVersion(tx, {
      jurisdictionId: actor.jurisdictionId,
      version,
      profile: parsed.data,
      note: input.note,
      createdBy: actor.accountId,
    });
    await recordAudit(tx, ctx, {
      action: 'profile.updated',
      subjectType: 'rule_profile',
      subjectId: row.id,
      before: { version: current.profile.version, profile: current.profile.profile },
      after: { version, profile: parsed.data, note: input.note },
    });
    return { version, profile: parsed.data, updatedAt: row.createdAt };
  });
}
