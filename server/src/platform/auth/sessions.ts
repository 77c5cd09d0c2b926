import { createHash, randomBytes } from 'node:crypto';
import { roleSchema } from '@renda/shared';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
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

const TOUCH_AFTER_MS = 5 * 60_000;
const LOOKUP_BATCH = 500;

interface Lookup {
  hash: string;
  resolve: (actor: Actor | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Session lookups of one database, grouped: the requests that arrive while a lookup query is running
 * are answered together by the next one (`token_hash in (…)`), and the sessions among them not seen for
 * five minutes get `last_seen_at` in one update. Every request still reads the database after it
 * arrived — sign-out, expiry and disabled accounts take effect exactly as with one query per request —
 * but a burst of requests (a plenary vote) costs a few statements instead of one per request.
 */
class SessionLookups {
  private waiting: Lookup[] = [];
  private running = false;

  constructor(private readonly db: Db) {}

  find(hash: string): Promise<Actor | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ hash, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, LOOKUP_BATCH);
      try {
        const actors = await this.load([...new Set(batch.map((l) => l.hash))]);
        for (const l of batch) l.resolve(actors.get(l.hash) ?? null);
      } catch (err) {
        for (const l of batch) l.reject(err);
      }
    }
    this.running = false;
  }

  private async load(hashes: string[]): Promise<Map<string, Actor>> {
    const rows = await this.db
      .select({
        tokenHash: authSessions.tokenHash,
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
      .where(
        and(
          hashes.length === 1
            ? eq(authSessions.tokenHash, hashes[0] as string)
            : inArray(authSessions.tokenHash, hashes),
          gt(authSessions.expiresAt, sql`now()`),
        ),
      );
    const actors = new Map<string, Actor>();
    const stale: string[] = [];
    for (const r of rows) {
      if (r.disabled) continue;
      const role = roleSchema.safeParse(r.role);
      if (!role.success) continue;
      if (Date.now() - r.lastSeenAt.getTime() > TOUCH_AFTER_MS) stale.push(r.sessionId);
      actors.set(r.tokenHash, {
        accountId: r.accountId,
        sessionId: r.sessionId,
        username: r.username,
        displayName: r.displayName,
        role: role.data,
        jurisdictionId: r.jurisdictionId,
        deputyId: r.deputyId,
        unitId: r.unitId,
        mustChangePassword: r.mustChangePassword,
      });
    }
    if (stale.length)
      await this.db
        .update(authSessions)
        .set({ lastSeenAt: new Date() })
        .where(inArray(authSessions.id, stale));
    return actors;
  }
}

const lookups = new WeakMap<Db, SessionLookups>();

/** The actor for a session cookie, or null when it is unknown, expired or the account is disabled. */
export async function actorFromToken(db: Db, token: string): Promise<Actor | null> {
  let l = lookups.get(db);
  if (!l) {
    l = new SessionLookups(db);
    lookups.set(db, l);
  }
  return l.find(hashToken(token));
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
