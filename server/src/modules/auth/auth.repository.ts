import { and, count, eq, gt, sql } from 'drizzle-orm';
import { accounts, jurisdictions, loginAttempts } from '../../db/schema';
import type { DbOrTx } from '../../platform/db/database';

export async function findAccountByUsername(db: DbOrTx, username: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.username, username));
  return row ?? null;
}

export async function findAccountById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function jurisdictionName(db: DbOrTx, id: string): Promise<string> {
  const [row] = await db
    .select({ name: jurisdictions.name })
    .from(jurisdictions)
    .where(eq(jurisdictions.id, id));
  return row?.name ?? '';
}

export async function failedAttemptsFromIp(db: DbOrTx, ip: string, windowMinutes: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, ip),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, sql`now() - make_interval(mins => ${windowMinutes})`),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function recordAttempt(
  db: DbOrTx,
  ip: string,
  username: string,
  succeeded: boolean,
): Promise<void> {
  await db.insert(loginAttempts).values({ ip, username: username.slice(0, 64), succeeded });
}

export async function setLoginState(
  db: DbOrTx,
  id: string,
  state: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date },
): Promise<void> {
  await db.update(accounts).set(state).where(eq(accounts.id, id));
}

export async function setPassword(db: DbOrTx, id: string, passwordHash: string, mustChangePassword: boolean) {
  await db
    .update(accounts)
    .set({ passwordHash, mustChangePassword, failedLogins: 0, lockedUntil: null })
    .where(eq(accounts.id, id));
}
