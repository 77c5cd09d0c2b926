import { AppError, type Me } from '@renda/shared';
import type { AuditContext } from '../../platform/audit/audit';
import { recordAudit } from '../../platform/audit/audit';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/passwords';
import { createSession } from '../../platform/auth/sessions';
import type { AppDeps } from '../../platform/http/context';
import { presentMe } from './auth.presenter';
import * as repo from './auth.repository';

export interface LoginResult {
  me: Me;
  token: string;
  expiresAt: Date;
}

/**
 * Password sign-in with two brakes, both kept in the database so every instance sees them: too many
 * failures from one address → RATE_LIMITED; too many failures on one account → a temporary lock.
 */
export async function logIn(
  deps: AppDeps,
  ctx: AuditContext & { userAgent: string | null },
  username: string,
  password: string,
): Promise<LoginResult> {
  const db = deps.database.db;
  const { login, sessionHours } = deps.config;
  const ip = ctx.ip ?? 'unknown';
  if ((await repo.failedAttemptsFromIp(db, ip, login.windowMinutes)) >= login.ipLimitPerWindow) {
    throw new AppError('RATE_LIMITED');
  }
  const account = await repo.findAccountByUsername(db, username);
  if (!account || account.disabled) {
    await verifyPassword(await dummyPasswordHash(), password);
    await repo.recordAttempt(db, ip, username, false);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) {
    await repo.recordAttempt(db, ip, username, false);
    throw new AppError('ACCOUNT_LOCKED', { lockedUntil: account.lockedUntil.toISOString() });
  }
  const ok = await verifyPassword(account.passwordHash, password);
  const actx = {
    ...ctx,
    jurisdictionId: account.jurisdictionId,
    actorId: account.id,
    actorLabel: `${account.displayName} (${account.username})`,
  };
  if (!ok) {
    const failures = account.failedLogins + 1;
    const lock = failures >= login.maxFailures;
    const lockedUntil = lock ? new Date(Date.now() + login.lockoutMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await repo.setLoginState(tx, account.id, { failedLogins: lock ? 0 : failures, lockedUntil });
      await repo.recordAttempt(tx, ip, username, false);
      if (lock) {
        await recordAudit(tx, actx, {
          action: 'account.locked',
          subjectType: 'account',
          subjectId: account.id,
          after: { lockedUntil: lockedUntil?.toISOString() },
        });
      }
    });
    throw new AppError(lock ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }
  return db.transaction(async (tx) => {
    await repo.setLoginState(tx, account.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    await repo.recordAttempt(tx, ip, username, true);
    const session = await createSession(tx, {
      accountId: account.id,
      jurisdictionId: account.jurisdictionId,
      hours: sessionHours,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await recordAudit(tx, actx, { action: 'auth.logged_in', subjectType: 'account', subjectId: account.id });
    const me = presentMe(account, await repo.jurisdictionName(tx, account.jurisdictionId));
    return { me, ...session };
  });
}
