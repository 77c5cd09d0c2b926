import { AppError, type RuleProfile, ruleProfileSchema } from '@renda/shared';
import type { DbOrTx } from '../../platform/db/database';
import { currentProfileRow } from './profile.repository';

/** The jurisdiction's rule profile in force. Every threshold and deadline is read from here. */
export async function getProfile(
  db: DbOrTx,
  jurisdictionId: string,
): Promise<{ version: number; profile: RuleProfile; updatedAt: Date }> {
  const r = await currentProfileRow(db, jurisdictionId);
  if (!r) throw new AppError('NOT_FOUND');
  return {
    version: r.profile.version,
    profile: ruleProfileSchema.parse(r.profile.profile),
    updatedAt: r.profile.createdAt,
  };
}
