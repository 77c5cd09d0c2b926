import { type Account, AppError } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import { generateInitialPassword, hashPassword } from '../../platform/auth/passwords';
import { endOtherSessions } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import { presentAccount } from './accounts.presenter';
import * as repo from './accounts.repository';

/** A new one-time password; the account's sessions end and the password must be changed. */
export async function resetPassword(
  db: Db,
  ctx: AuditContext,
  jurisdictionId: string,
  id: string,
): Promise<{ account: Account; initialPassword: string }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    const before = await repo.getAccount(tx, jurisdictionId, id);
    if (!before) throw new AppError('NOT_FOUND');
    const row = await repo.updateAccount(tx, id, {
      passwordHash,
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
    });
    await endOtherSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'account.password_reset', subjectType: 'account', subjectId: id });
    return { account: presentAccount(row), initialPassword };
  });
}
