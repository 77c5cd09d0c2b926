import { AppError, newPasswordSchema } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import { endOtherSessions } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import * as repo from './auth.repository';

/** The actor changes their own password; their other sessions end. */
export async function changePassword(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  current: string,
  next: string,
): Promise<void> {
  if (!newPasswordSchema.safeParse(next).success) throw new AppError('PASSWORD_TOO_WEAK');
  if (next === current) throw new AppError('PASSWORD_TOO_WEAK', { reason: 'same as the current password' });
  const account = await repo.findAccountById(db, actor.accountId);
  if (!account || !(await verifyPassword(account.passwordHash, current)))
    throw new AppError('INVALID_CREDENTIALS');
  const hash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await repo.setPassword(tx, actor.accountId, hash, false);
    await endOtherSessions(tx, actor.accountId, actor.sessionId);
    await recordAudit(tx, ctx, {
      action: 'account.password_changed',
      subjectType: 'account',
      subjectId: actor.accountId,
    });
  });
}
