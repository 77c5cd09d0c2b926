import { createHash, randomBytes } from 'node:crypto';
import { roleSchema } from '@renda/shared';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { accounts, authSessions, loginAttempts } from '../../db/schema';
import type { Db, DbOrTx } from '../db/database';
import type { Actor } from './actor';

export const SESSION_COOKIE = 'renda_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: DbOrTx,
  a: {
    accountId: string;
    jurisdictionId: string;
    hours: number;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + a.hours * 3600_000);
  await db.insert(authSessions).values({
    accountId: a.accountId,
    jurisdictionId: a.jurisdictionId,
    tokenHash: hashToken(token),
    expiresAt,
    ip: a.ip,
    userAgent: a.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** The actor for a session cookie, or null when it is unknown, expired or the account is disabled. */
export async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  const rows = await db
    .select({
      sessionId: authSessions.id,
      lastSeenAt: authSessions.lastSeenAt,
      accountId: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      role: accounts.role,
      jurisdictionId: accounts.jurisdictionId,
      deputyId: accounts.deputyId,
      unitId: accounts.unitId,
      mustChangePassword: accounts.mustChangePassword,
      disabled: accounts.disabled,
    })
    .from(authSessions)
    .innerJoin(accounts, eq(accounts.id, authSessions.accountId))
    .where(and(eq(authSessions.tokenHash, hashToken(token)), gt(authSessions.expiresAt, sql`now()`)));
  const r = rows[0];
  if (!r || r.disabled) return null;
  const role = roleSchema.safeParse(r.role);
  if (!role.success) return null;
  if (Date.now() - r.lastSeenAt.getTime() > 5 * 60_000) {
    await db.update(authSessions).set({ lastSeenAt: new Date() }).where(eq(authSessions.id, r.sessionId));
  }
  return {
    accountId: r.accountId,
    sessionId: r.sessionId,
    username: r.username,
    displayName: r.displayName,
    role: role.data,
    jurisdictionId: r.jurisdictionId,
    deputyId: r.deputyId,
    unitId: r.unitId,
    mustChangePassword: r.mustChangePassword,
  };
}

export async function endSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** Ends every session of an account except, optionally, the one in use (after a password change). */
export async function endOtherSessions(db: DbOrTx, accountId: string, keepSessionId?: string): Promise<void> {
  await db
    .delete(authSessions)
    .where(
      keepSessionId
        ? and(eq(authSessions.accountId, accountId), sql`${authSessions.id} <> ${keepSessionId}`)
        : eq(authSessions.accountId, accountId),
    );
}

/** Housekeeping at start-up: expired sessions, and sign-in attempts older than a day (the limits look back 15 minutes). */
export async function purgeExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, sql`now()`));
  await db.delete(loginAttempts).where(lt(loginAttempts.at, sql`now() - interval '1 day'`));
}
