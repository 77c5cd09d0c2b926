import { type Account, AppError } from '@renda/shared';
import { type AuditContext, recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import { endOtherSessions } from '../../platform/auth/sessions';
import type { Db } from '../../platform/db/database';
import { presentAccount } from './accounts.presenter';
import * as repo from './accounts.repository';

export async function updateAccount(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  id: string,
  patch: { displayName?: string | undefined; disabled?: boolean | undefined },
): Promise<Account> {
  if (patch.disabled && id === actor.accountId)
    throw new AppError('CONFLICT', { reason: 'you cannot disable your own account' });
  return db.transaction(async (tx) => {
    const before = await repo.getAccount(tx, actor.jurisdictionId, id);
    if (!before) throw new AppError('NOT_FOUND');
    const set: { displayName?: string; disabled?: boolean } = {};
    if (patch.displayName !== undefined) set.displayName = patch.displayName;
    if (patch.disabled !== undefined) set.disabled = patch.disabled;
    const row = await repo.updateAccount(tx, id, set);
    if (patch.disabled) await endOtherSessions(tx, id);
    const after = presentAccount(row);
    await recordAudit(tx, ctx, {
      action: 'account.updated',
      subjectType: 'account',
      subjectId: id,
      before: presentAccount(before),
      after,
    });
    return after;
  });
}
